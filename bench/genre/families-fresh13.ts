import iconv from 'iconv-lite';
import type { Rng } from '../../kit/pages/rng.js';
import { qaItem, type QaItem } from '../../kit/pages/universe.js';
import { TOPICS } from '../../kit/pages/vocab.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import { RELATED_HEADS_ALIKE, ask, cnDate, formatWord, hospitalWithGrade, relatedWith, shift, token, unpadded } from './ordinary-parts.js';
import { cls, esc, jsonLd, wrap } from './parts.js';
import type { TruthPage } from './truth.js';

/**
 * Thirteenth fresh held-out set (split `fresh-13`): written blind on 2026-11-30 — without reading
 * the reader (src/extract/, src/flags/) or its tests and without running it on these pages — and
 * committed before its first run. Each family is modelled on the general shape of a kind of real
 * page (from memory, no copied markup) that no earlier family covers: a scraper / 采集 site that
 * republishes a Q&A as its own article, with ad blocks between the answer's paragraphs, its own
 * later 发布时间, a 来源 / 原文链接 credit and 上一篇 / 下一篇 links; a mobile page whose doctors
 * stand in a horizontal swiper of cards (loop clones included), the answering one marked among
 * them; a page whose content sits in an `<iframe srcdoc>` (an attribute holding a whole escaped
 * document) inside the site's shell; an old GB2312 table layout whose charset is declared only in
 * a second `<meta>` after the first kilobyte, whose answer is one `<td>` of `<br>`-separated
 * paragraphs with `&nbsp;` indents and whose card is partly in a photo's alt / title, the related
 * list now and then a numbered plain-text list; a voice answer printed as audio clips with their
 * durations (1'32'') and a transcript behind a 转文字 toggle, its date on some pages only in
 * `<meta>` tags; a web archive's snapshot of a Q&A page (the Wayback Machine kind), with the
 * archive's toolbar of capture dates before the page and every link rewritten to the archive.
 *
 * The answer key holds what a careful person reads on the page, as printed; a field the page does
 * not print is null. What an `<iframe srcdoc>` shows is printed (the frame's document is part of
 * the page as displayed); an image's alt text and a title attribute are printed (shown in place of
 * the picture and on hover); other `<meta>` tags, og tags and JSON-LD are not, but the page's
 * published day in `<meta property="article:published_time">` is its date where nothing else dates
 * the answer, as fresh-5's kv-table-card keys it (the two splits must not contradict each other). A republished Q&A's date is the date the doctor answered (as
 * the copied text prints it), not the mirror's 发布时间; a rewritten clickbait headline is not the
 * question when the copied text prints the question (`问：`). Ads between the answer's paragraphs,
 * the credit and disclaimer lines, toggle labels (转文字, 收起) and audio durations are none of the
 * answer; a transcript behind a toggle is the answer (display:none until tapped). A voice answer
 * shown as audio clips is of format voice. Among several doctors' cards the page's doctor is the
 * one marked as answering (a badge, or the answer's `name医生的回答` line); a loop clone of a card is
 * the same card. Related items are the list headed as related to the question; 上一篇 / 下一篇 are
 * none; an item without an address (a numbered list of questions printed as plain text, no link)
 * is none, since an item is known by its address. In an archive's snapshot the toolbar (captures,
 * capture days) is the archive's, none of the page's; a link rewritten to the archive
 * (`/web/20210312083045/https://site/q/N.html`) stands for the original address it embeds, which is
 * the item's address. An item's format is printed only where the list prints a format word for
 * it. An indent of no-break or ideographic spaces opening a paragraph is no part of it.
 */

const [Y, M, D] = [(iso: string) => iso.slice(0, 4), (iso: string) => iso.slice(5, 7), (iso: string) => iso.slice(8, 10)];
/** A day as the families' sites print it. */
const dayText = (rng: Rng, iso: string, time?: string) => {
  const day = rng.pick([iso, iso.replace(/-/g, '/'), cnDate(iso), iso.replace(/-/g, '.'), unpadded(iso, '-')]);
  return time && rng.chance(0.4) ? `${day} ${time}` : day;
};

/**
 * Q&As of the site that are none of the page's related items: from clusters of other topics than
 * the page's, their questions and doctors unlike the page's and its items'.
 */
function otherItems(rng: Rng, page: TruthPage, n: number): QaItem[] {
  const taken = new Set([ask(page), ...page.related.map((r) => r.question.replace(/[？?]$/u, ''))]);
  const doctors = new Set([page.doctor.name]);
  const own = Math.floor(page.item.k / 48) % TOPICS.length;
  const out: QaItem[] = [];
  for (let tries = 0; out.length < n && tries < 300; tries++) {
    const k = rng.int(0, 40_000);
    if (Math.floor(k / 48) % TOPICS.length === own) continue;
    const item = qaItem(rng.int(1, 1_000_000), k);
    const q = item.question.replace(/[？?]$/u, '');
    if (taken.has(q) || doctors.has(item.doctor.name)) continue;
    taken.add(q);
    doctors.add(item.doctor.name);
    out.push(item);
  }
  return out;
}

const MIRROR_ADS = [
  '【广告】无痛胃肠镜 限时特惠 199元 立即预约',
  '扫码添加健康顾问，免费领取《家庭用药手册》',
  '推荐：三甲医院专家在线问诊，平均5分钟回复 >>',
  '【热门】全国名医预约挂号，点击进入',
  '本地正规医院，医保定点，咨询热线 400-800-1234',
];
const ORIGINS = ['有问必答网', '健康问答网', '名医在线', '快速问医生', '问医大全'];
const ORIGIN_HOSTS = ['www.youwenbida.example', 'www.jiankang-wenda.example', 'www.mingyi-zaixian.example', 'www.kuaisu-wenyi.example', 'www.wenyi-daquan.example'];

/**
 * M1. A scraper / 采集 site republishing a Q&A as its own article: the `<h1>` the question or (40%) a
 * clickbait rewrite of it (`…？医生这样说`) with the question then printed as `问：` in the copied
 * text; an article meta line with the mirror's own later 发布时间, 来源, 作者 / 编辑, 阅读 N; the copied
 * card (labelled line or two lines) and the copied 回答时间; one to three ad blocks between the
 * answer's paragraphs (a linked banner, an `<ins>` ad slot with a text fallback, a `<p>` of 【推荐】
 * text); after it 本文来源 / 原文链接 (the original's address printed) and a 免责声明; 上一篇 / 下一篇 links
 * to other Q&As; the mirror's 相关阅读 list (items dated on half the pages). UTF-8 or GBK (35%).
 */
const scraperMirror: Family = {
  name: 'scraper-mirror',
  split: 'fresh-13',
  site: 'www.caiji-jiankang.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gbk = rng.chance(0.35);
    const gradeShown = rng.chance(0.6);
    const printFormat = page.format !== 'unknown' && rng.chance(0.3);
    const datedItems = rng.chance(0.5);
    const rewritten = rng.chance(0.4);
    const o = rng.int(0, ORIGINS.length - 1);
    const num = page.canonical.replace(/^.*\/q\/(\d+)\.html$/u, '$1');
    const origUrl = `https://${ORIGIN_HOSTS[o]}/${rng.pick(['question', 'wenda', 'q'])}/${num}${rng.pick(['.html', '.shtml', ''])}`;
    const mirrorDay = shift(page.date!, rng.int(30, 900));
    const h1 = rewritten ? `${esc(ask(page))}？${rng.pick(['医生这样说', '看看专家怎么说', '原来是这样', '一文说清楚'])}` : esc(page.question);
    const meta = `<div${cls(rng)}><span>发布时间：${dayText(rng, mirrorDay, `${String(rng.int(0, 23)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`)}</span> <span>来源：${ORIGINS[o]}</span> <span>${rng.pick(['作者：网友投稿', '编辑：小采', '作者：admin'])}</span> <span>阅读：${rng.int(20, 9000)}</span></div>`;
    const card = rng.chance(0.5)
      ? `<p${cls(rng)}>${rng.pick(['回答医生：', '解答专家：', '医生：'])}${esc(d.name!)} ${d.title} ${hospitalWithGrade(rng, d.hospital!, gradeShown ? d.hospital_grade : null)} ${esc(d.department!)}</p>`
      : `<div${cls(rng)}><p>${esc(d.name!)}　${d.title}</p><p>${hospitalWithGrade(rng, d.hospital!, gradeShown ? d.hospital_grade : null)}　${esc(d.department!)}</p></div>`;
    const when = `<p${cls(rng)}>${rng.pick(['回答时间：', '医生解答于 ', '解答时间：'])}${dayText(rng, page.date!, page.time)}${printFormat ? `　${rng.pick(['', '类型：'])}${formatWord(rng, page.format)}` : ''}</p>`;
    const ad = () =>
      rng.pick([
        `<div${cls(rng)} style="margin:10px 0"><a href="https://ad.${token(rng, 5)}.example/c?id=${token(rng, 8)}" target="_blank" rel="nofollow"><img src="/ad/${token(rng, 6)}.gif" alt="广告" width="640" height="90"></a></div>`,
        `<div${cls(rng)}><ins class="adsbygoogle" style="display:block" data-ad-slot="${rng.int(1000000, 9999999)}"></ins><p${cls(rng)}>${rng.pick(MIRROR_ADS)}</p></div>`,
        `<p${cls(rng)}><strong>【推荐】</strong><a href="/zt/${token(rng, 4)}.html">${rng.pick(MIRROR_ADS)}</a></p>`,
        `<p${cls(rng)}>${rng.pick(MIRROR_ADS)}</p>`,
      ]);
    const ads = rng.int(1, Math.min(3, Math.max(1, page.paragraphs.length - 1)));
    const slots = new Set(rng.shuffle(Array.from({ length: Math.max(1, page.paragraphs.length - 1) }, (_, i) => i + 1)).slice(0, ads));
    const answer = page.paragraphs.map((p, i) => `${slots.has(i) ? ad() : ''}<p>${esc(p)}</p>`).join('\n');
    const answerHead = rng.pick(['<p><strong>医生回答：</strong></p>', '<h3>专家解答</h3>', '', '<p>答：</p>']);
    const question = rewritten ? `<p${cls(rng)}>${rng.pick(['问：', '问题：', '网友提问：'])}${esc(page.question)}</p>` : rng.chance(0.3) ? `<p${cls(rng)}>问：${esc(page.question)}</p>` : '';
    const credit = `<div${cls(rng)}><p>本文来源：${ORIGINS[o]}　原文链接：${rng.chance(0.5) ? `<a href="${origUrl}" rel="nofollow">${origUrl}</a>` : origUrl}</p><p>免责声明：本文${rng.pick(['转载自网络', '由网友投稿'])}，仅供参考，版权归原作者所有，如有侵权请联系删除。</p></div>`;
    const [prev, next] = otherItems(rng, page, 2);
    const nav = `<div${cls(rng)}><p>上一篇：<a href="/q/${prev!.num}.html">${esc(prev!.question)}</a></p><p>下一篇：<a href="/q/${next!.num}.html">${esc(next!.question)}</a></p></div>`;
    const items = page.related.map((r) => `<li${cls(rng)}><a href="${r.path}"${rng.chance(0.5) ? ' target="_blank"' : ''}>${esc(r.question)}</a><p${cls(rng)}>${esc(r.snippet)}</p>${datedItems ? `<span${cls(rng)}>${r.date}</span>` : ''}</li>`);
    const related = page.related.length ? `<div${cls(rng)}><h3>${rng.pick(['相关阅读', ...RELATED_HEADS_ALIKE])}</h3><ul${cls(rng)}>${items.join('\n')}</ul></div>` : '';
    const navFirst = rng.chance(0.5);
    const cardFirst = rng.chance(0.5);
    const html = `<!DOCTYPE html>
<html>
<head>
${gbk ? '<meta http-equiv="Content-Type" content="text/html; charset=gbk">' : '<meta charset="utf-8">'}
<title>${rewritten ? h1 : esc(page.question)}_健康资讯_采集健康网</title>
<meta name="keywords" content="${esc(ask(page))},健康资讯">
<link rel="canonical" href="${page.canonical}">
</head>
<body>
<div${cls(rng)}><a href="/">采集健康网</a> <a href="/zixun/">健康资讯</a> <a href="/wenda/">问答</a> <a href="/yangsheng/">养生</a></div>
<div${cls(rng)}>当前位置：<a href="/">首页</a> &gt; <a href="/wenda/">健康问答</a> &gt; 正文</div>
<div${cls(rng)}>
<h1${cls(rng)}>${h1}</h1>
${meta}
${ad()}
<div${cls(rng)}>
${question}
${cardFirst ? `${card}\n${when}` : ''}
${answerHead}
${answer}
</div>
${cardFirst ? '' : `${card}\n${when}`}
${credit}
${navFirst ? nav : ''}
</div>
${related}
${navFirst ? '' : nav}
<div${cls(rng)}>&copy; 采集健康网 本站内容来源于互联网</div>
</body>
</html>`;
    return {
      body: gbk ? iconv.encode(html, 'gbk') : Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: gradeShown ? d.hospital_grade : null },
        format: printFormat ? page.format : 'unknown',
        related: relatedWith(page, (e) => ({ format: 'unknown', date: datedItems ? e.date : null })),
      }),
    };
  },
};

interface CardDoctor {
  name: string;
  title: string;
  hospital: string;
  grade: string | null;
  department: string;
}

/**
 * M2. A mobile page whose doctors stand in a horizontal swiper (`swiper-container` / `swiper-wrapper`
 * / `swiper-slide`, or a scroll-x row of `<li>`s) under a heading such as 本题相关医生 or 为您推荐医生:
 * three to six cards alike (avatar, name, title, hospital with its grade where the page shows
 * grades, department — often the answering doctor's own — and a 咨询 / 问医生 button); the
 * answering doctor's card at any place, marked by a badge (`本题解答`, `回答者`, `✓ 已回答`) on 75%;
 * always named in the answer's head (`name医生的回答`, `name 医生解答`). With loop mode (35%) the
 * first and last slides are cloned at the other ends (`swiper-slide-duplicate`). The answer under it;
 * the date as `回答于 …` or `… 回答`; related items with 人看过 counts and dates on half the pages.
 */
const doctorSwiper: Family = {
  name: 'doctor-swiper',
  split: 'fresh-13',
  site: 'm.huadong-yisheng.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.65);
    const printFormat = page.format !== 'unknown' && rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const badge = rng.chance(0.75);
    const own: CardDoctor = { name: d.name!, title: d.title!, hospital: d.hospital!, grade: d.hospital_grade, department: d.department! };
    const others: CardDoctor[] = otherItems(rng, page, rng.int(2, 5)).map((it) => ({
      name: it.doctor.name,
      title: it.doctor.title,
      hospital: it.doctor.hospital,
      grade: it.doctor.grade,
      department: rng.chance(0.6) ? d.department! : it.doctor.department,
    }));
    const at = rng.int(0, others.length);
    const all = [...others.slice(0, at), own, ...others.slice(at)];
    const badgeHtml = rng.pick([`<span${cls(rng)}>本题解答</span>`, `<i${cls(rng)}>回答者</i>`, `<em${cls(rng)}>✓ 已回答</em>`]);
    const asSwiper = rng.chance(0.7);
    const slideTag = asSwiper ? 'div' : 'li';
    const button = rng.pick(['咨询', '问医生', '立即咨询', '图文问诊']);
    const slide = (c: CardDoctor, extra: string) => {
      const mine = c === own;
      const klass = asSwiper ? `swiper-slide${extra}${mine ? ' swiper-slide-active' : ''}` : `${rng.pick(['doc', 'dr', 'ys'])}-item${mine ? ' on' : ''}`;
      return `<${slideTag} class="${klass}"><img src="/avatar/${token(rng, 8)}.jpg" alt="">${mine && badge ? badgeHtml : ''}<div${cls(rng)}><b${cls(rng)}>${esc(c.name)}</b> <span${cls(rng)}>${c.title}</span></div><div${cls(rng)}>${hospitalWithGrade(rng, c.hospital, gradeShown ? c.grade : null)}</div><div${cls(rng)}>${esc(c.department)}</div><a href="/doctor/${token(rng, 6)}/"${cls(rng)}>${button}</a></${slideTag}>`;
    };
    const loop = asSwiper && rng.chance(0.35);
    const slides = all.map((c) => slide(c, ''));
    const list = loop ? [slide(all[all.length - 1]!, ' swiper-slide-duplicate'), ...slides, slide(all[0]!, ' swiper-slide-duplicate')] : slides;
    const swiper = asSwiper
      ? `<div class="swiper-container"><div class="swiper-wrapper" style="transform:translate3d(-${rng.int(0, 3) * 280}px,0,0)">${list.join('')}</div><div class="swiper-pagination">${all.map((_, i) => `<span class="swiper-pagination-bullet${i === at ? ' swiper-pagination-bullet-active' : ''}"></span>`).join('')}</div></div>`
      : `<ul style="display:flex;overflow-x:auto;white-space:nowrap"${cls(rng)}>${list.join('')}</ul>`;
    const swiperBlock = `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(['本题相关医生', '为您推荐医生', '专家团队', '医生'])}</h3>${swiper}</div>`;
    const answerHead = `<div${cls(rng)}>${rng.pick([`${esc(d.name!)}医生的回答`, `${esc(d.name!)} 医生解答`, `${esc(d.name!)}医生回答了该问题`])}</div>`;
    const when = `<span${cls(rng)}>${rng.chance(0.5) ? `回答于 ${dayText(rng, page.date!, page.time)}` : `${dayText(rng, page.date!, page.time)} 回答`}</span>${printFormat ? ` <span${cls(rng)}>${formatWord(rng, page.format)}</span>` : ''}`;
    const items = page.related.map((r) => `<li${cls(rng)}><a href="${r.path}"><p${cls(rng)}>${esc(r.question)}</p><p${cls(rng)}>${esc(r.snippet)}</p></a><div${cls(rng)}>${datedItems ? `<span>${r.date}</span> ` : ''}<span>${rng.int(10, 9999)}人看过</span></div></li>`);
    const related = page.related.length ? `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(RELATED_HEADS_ALIKE)}</h3><ul${cls(rng)}>${items.join('\n')}</ul></div>` : '';
    const swiperFirst = rng.chance(0.6);
    const answer = `<div${cls(rng)}>${answerHead}<div${cls(rng)}>${when}</div>${wrap(rng, page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join(''), 1)}</div>`;
    const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">
<title>${esc(page.question)}_滑动医生</title>
<link rel="canonical" href="${page.canonical}">
<link rel="stylesheet" href="/css/swiper-bundle.min.css">
${rng.chance(0.2) ? jsonLd(page, { date: true, author: true }) : ''}
</head>
<body>
<header${cls(rng)}><a href="/">滑动医生</a><a href="/search/">搜索</a></header>
<div${cls(rng)}>
<h1${cls(rng)}>${esc(page.question)}</h1>
${swiperFirst ? `${swiperBlock}\n${answer}` : `${answer}\n${swiperBlock}`}
<p${cls(rng)}>以上内容仅供参考，如有不适请线下就医。</p>
</div>
${related}
<footer${cls(rng)}>滑动医生 m.huadong-yisheng.example</footer>
<script src="/js/swiper-bundle.min.js"></script><script>new Swiper('.swiper-container',{slidesPerView:1.3${loop ? ',loop:true' : ''}})</script>
</body>
</html>`;
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: gradeShown ? d.hospital_grade : null },
        format: printFormat ? page.format : 'unknown',
        related: relatedWith(page, (e) => ({ format: 'unknown', date: datedItems ? e.date : null })),
      }),
    };
  },
};

/** A whole document's text as the value of a srcdoc attribute, in double or single quotes. */
const srcdocAttr = (doc: string, quote: '"' | "'") =>
  quote === '"' ? `srcdoc="${doc.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"` : `srcdoc='${doc.replace(/&/g, '&amp;').replace(/'/g, '&#39;')}'`;

/**
 * M3. A page whose content sits in an `<iframe srcdoc="…">` inside the site's shell (a CMS that
 * sandboxes the editor's HTML): the frame holds a whole document (doctype, head with a style,
 * body) escaped into the attribute (`&quot;`, `&amp;lt;`, in double or single quotes); in it the
 * card, the date, the answer and — on half the pages — the `<h1>` and the related list, the rest
 * printed by the shell around the frame (the `<h1>` above it, the related list below). An ad
 * `<iframe src>` beside it now and then. UTF-8, or GBK (25%).
 */
const srcdocFrame: Family = {
  name: 'srcdoc-frame',
  split: 'fresh-13',
  site: 'www.kuangjia-wenzhen.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gbk = rng.chance(0.25);
    const gradeShown = rng.chance(0.6);
    const printFormat = page.format !== 'unknown' && rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const h1Inside = rng.chance(0.5);
    const relatedInside = rng.chance(0.5);
    const h1 = `<h1${cls(rng)}>${esc(page.question)}</h1>`;
    const card = rng.chance(0.5)
      ? `<div${cls(rng)}><span${cls(rng)}>${esc(d.name!)}</span> <span${cls(rng)}>${d.title}</span><br><span${cls(rng)}>${hospitalWithGrade(rng, d.hospital!, gradeShown ? d.hospital_grade : null)}</span> <span${cls(rng)}>${esc(d.department!)}</span></div>`
      : `<table${cls(rng)}><tr><td>医生</td><td>${esc(d.name!)}（${d.title}）</td></tr><tr><td>医院</td><td>${hospitalWithGrade(rng, d.hospital!, gradeShown ? d.hospital_grade : null)}</td></tr><tr><td>科室</td><td>${esc(d.department!)}</td></tr></table>`;
    const when = `<div${cls(rng)}>${rng.pick(['回答时间：', '', '发布于 '])}${dayText(rng, page.date!, page.time)}${printFormat ? ` ${formatWord(rng, page.format)}` : ''}</div>`;
    const items = page.related.map((r) => `<li${cls(rng)}><a href="${r.path}" target="_top">${esc(r.question)}</a><p${cls(rng)}>${esc(r.snippet)}</p>${datedItems ? `<span${cls(rng)}>${r.date}</span>` : ''}</li>`);
    const related = page.related.length ? `<div${cls(rng)}><h3>${rng.pick(RELATED_HEADS_ALIKE)}</h3><ul${cls(rng)}>${items.join('\n')}</ul></div>` : '';
    const inner = `<!DOCTYPE html><html><head><meta charset="utf-8"><base target="_top"><style>body{margin:0;font:15px/1.8 "PingFang SC",sans-serif}p{margin:0 0 12px}</style></head><body>
${h1Inside ? h1 : ''}
${card}
${when}
<div${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}</div>
<p${cls(rng)}>&lt;温馨提示&gt; 以上回答仅供参考。</p>
${relatedInside ? related : ''}
</body></html>`;
    const frame = `<iframe ${srcdocAttr(inner, rng.chance(0.7) ? '"' : "'")} ${rng.pick(['frameborder="0" scrolling="no"', 'style="border:0;width:100%"', 'sandbox="allow-same-origin allow-top-navigation" width="100%"'])} title="${rng.pick(['问答内容', 'content', '正文'])}" onload="this.style.height=this.contentWindow.document.body.scrollHeight+'px'"></iframe>`;
    const adFrame = rng.chance(0.4) ? `<iframe src="https://ads.${token(rng, 5)}.example/slot/${token(rng, 6)}" width="300" height="250" frameborder="0"></iframe>` : '';
    const html = `<!DOCTYPE html>
<html>
<head>
${gbk ? '<meta http-equiv="Content-Type" content="text/html; charset=gbk">' : '<meta charset="utf-8">'}
<title>${esc(page.question)} - 框架问诊</title>
<link rel="canonical" href="${page.canonical}">
</head>
<body>
<div${cls(rng)}><a href="/">框架问诊</a> <a href="/ask/">提问</a> <a href="/ks/">科室</a></div>
<div${cls(rng)}>
${h1Inside ? '' : h1}
${wrap(rng, frame, 1)}
${adFrame}
${relatedInside ? '' : related}
</div>
<div${cls(rng)}>&copy; 框架问诊</div>
</body>
</html>`;
    return {
      body: gbk ? iconv.encode(html, 'gbk') : Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: gradeShown ? d.hospital_grade : null },
        format: printFormat ? page.format : 'unknown',
        related: relatedWith(page, (e) => ({ format: 'unknown', date: datedItems ? e.date : null })),
      }),
    };
  },
};

/** A head that fills the first kilobyte before the charset is declared: keywords, a description, statistics scripts. */
function longHead(rng: Rng, page: TruthPage): string {
  const words = [ask(page), '医生', '在线咨询', '问答', '健康', '疾病', '治疗', '症状', '病因', '挂什么科', '吃什么药', '怎么办'];
  const keywords = Array.from({ length: 14 }, () => rng.pick(words)).join(',');
  const stats = `<script type="text/javascript">
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.tongji.example/hm.js?${token(rng, 32)}";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
function AddFavorite(sURL, sTitle) { try { window.external.addFavorite(sURL, sTitle); } catch (e) { try { window.sidebar.addPanel(sTitle, sURL, ""); } catch (e) { alert("加入收藏失败，请使用Ctrl+D进行添加"); } } }
function SetHome(obj, vrl) { try { obj.style.behavior = 'url(#default#homepage)'; obj.setHomePage(vrl); } catch (e) { alert("此操作被浏览器拒绝！"); } }
</script>`;
  return `<meta name="keywords" content="${esc(keywords)}">
<meta name="description" content="${esc(page.paragraphs.join('').slice(0, 90))}">
${stats}
<!-- ${'='.repeat(rng.int(40, 120))} -->
`;
}

const NBSP = ['&nbsp;&nbsp;&nbsp;&nbsp;', '&nbsp;&nbsp;', '　　', '&#160;&#160;&#160;&#160;'];

/**
 * M4. An old table layout in GB2312: `<TABLE width=960>` and upper-case tags on half the pages,
 * `<font>`s, no `<h1>` (the question in a `<b>` or `<font size=4>` cell); the head fills its first
 * kilobyte (keywords, a description, statistics scripts) before the `<meta http-equiv>` that
 * declares gb2312, which is the second meta (after Content-Language, or after a Content-Type without
 * a charset) on 70% of the pages, the first and early on 15%, missing on 15%. The answer is one `<td>`
 * of paragraphs separated by `<br>` or `<br><br>`, each opened by an indent of `&nbsp;`s or
 * ideographic spaces, `专家回复：` in bold before it on half the pages. The card: the doctor's photo with
 * the name and title in its alt (and title) and the hospital and department in the photo's title
 * attribute (45%) or printed in the cell beside it (the name printed there too on half the pages).
 * The related list: linked questions with snippets (dated on half), or (45%) a numbered list of
 * questions as plain text, no links (then no related items).
 */
const brCellAlt: Family = {
  name: 'br-cell-alt',
  split: 'fresh-13',
  site: 'www.laoban-wenyi.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.6);
    const printFormat = page.format !== 'unknown' && rng.chance(0.35);
    const datedItems = rng.chance(0.5);
    const plainList = page.related.length > 0 && rng.chance(0.45);
    const upper = rng.chance(0.5);
    const t = (tag: string) => (upper ? tag.toUpperCase() : tag);
    const declare = rng.weighted([
      ['late', 14],
      ['early', 3],
      ['none', 3],
    ] as const);
    const ctMeta = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">';
    const firstMeta = rng.pick(['<meta http-equiv="Content-Language" content="zh-cn">', '<meta http-equiv="Content-Type" content="text/html">']);
    const head =
      declare === 'late'
        ? `${firstMeta}\n<title>${esc(page.question)}--老版问医网</title>\n${longHead(rng, page)}${ctMeta}\n`
        : declare === 'early'
          ? `${ctMeta}\n<title>${esc(page.question)}--老版问医网</title>\n${longHead(rng, page)}`
          : `<title>${esc(page.question)}--老版问医网</title>\n${longHead(rng, page)}`;
    const hosp = `${esc(d.hospital!)}${gradeShown ? `(${d.hospital_grade})` : ''}`;
    const inTitle = rng.chance(0.45);
    const nameText = !inTitle || rng.chance(0.5);
    const imgTitle = inTitle ? `${hosp} ${esc(d.department!)}` : `${esc(d.name!)} ${d.title}`;
    const photo = `<${t('img')} src="/uploadfile/doctor/${rng.int(1000, 99999)}.jpg" width="100" height="120" border="0" alt="${esc(d.name!)} ${d.title}" title="${imgTitle}">`;
    const beside = [
      nameText ? `解答医生：<b>${esc(d.name!)}</b><br>` : '',
      inTitle ? '' : `所在医院：${hosp}<br>所在科室：${esc(d.department!)}<br>`,
      `<font color="#999999">${rng.pick(['回复时间：', '解答时间：', '时间：'])}${dayText(rng, page.date!, `${page.time}:00`)}</font>`,
      printFormat ? `<br>回答方式：${formatWord(rng, page.format)}` : '',
    ].join('');
    const indent = rng.pick(NBSP);
    const sep = rng.pick(['<br>', '<br><br>', '<br />\n', '<BR><BR>\n']);
    const answer = `${rng.chance(0.5) ? `<b>${rng.pick(['专家回复：', '医生回复：'])}</b><br>` : ''}${page.paragraphs.map((p) => `${indent}${esc(p)}`).join(sep)}`;
    const linked = page.related.map((r, i) => `<${t('tr')}><${t('td')}>${i + 1}. <a href="${r.path}" target="_blank">${esc(r.question)}</a><br><font color="#666666">${esc(r.snippet)}</font>${datedItems ? ` <font color="#999999">[${r.date}]</font>` : ''}</${t('td')}></${t('tr')}>`);
    const plain = page.related.map((r, i) => `${i + 1}${rng.pick(['、', '. ', '．'])}${esc(r.question)}`).join('<br>\n');
    const relatedHtml = !page.related.length
      ? ''
      : plainList
        ? `<${t('table')} width="960" border="0"><${t('tr')}><${t('td')} bgcolor="#f0f0f0"><b>${rng.pick(RELATED_HEADS_ALIKE)}</b></${t('td')}></${t('tr')}><${t('tr')}><${t('td')}>${plain}</${t('td')}></${t('tr')}></${t('table')}>`
        : `<${t('table')} width="960" border="0"><${t('tr')}><${t('td')} bgcolor="#f0f0f0"><b>${rng.pick(RELATED_HEADS_ALIKE)}</b></${t('td')}></${t('tr')}>${linked.join('\n')}</${t('table')}>`;
    const html = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<${t('html')}>
<${t('head')}>
${head}<link rel="canonical" href="${page.canonical}">
</${t('head')}>
<${t('body')} leftmargin="0" topmargin="0">
<${t('table')} width="960" border="0" cellpadding="0" cellspacing="0" align="center"><${t('tr')}><${t('td')}><a href="/">老版问医网</a> | <a href="/ask/">我要提问</a> | <a href="javascript:AddFavorite(location.href,document.title)">加入收藏</a></${t('td')}></${t('tr')}></${t('table')}>
<${t('table')} width="960" border="0" cellpadding="4" cellspacing="1" bgcolor="#cccccc" align="center">
<${t('tr')}><${t('td')} colspan="2" bgcolor="#ffffff">${rng.chance(0.5) ? `<b>${esc(page.question)}</b>` : `<font size="4" color="#003399">${esc(page.question)}</font>`}</${t('td')}></${t('tr')}>
<${t('tr')}><${t('td')} width="120" valign="top" bgcolor="#ffffff">${photo}</${t('td')}><${t('td')} valign="top" bgcolor="#ffffff">${beside}</${t('td')}></${t('tr')}>
<${t('tr')}><${t('td')} colspan="2" bgcolor="#ffffff" style="line-height:200%">${answer}</${t('td')}></${t('tr')}>
<${t('tr')}><${t('td')} colspan="2" bgcolor="#ffffff"><font color="#ff0000">声明：本站信息仅供参考，不能作为诊断及医疗的依据。</font></${t('td')}></${t('tr')}>
</${t('table')}>
${relatedHtml}
<${t('table')} width="960" align="center"><${t('tr')}><${t('td')} align="center">Copyright &copy; 2006-2023 老版问医网 All Rights Reserved</${t('td')}></${t('tr')}></${t('table')}>
</${t('body')}>
</${t('html')}>`;
    return {
      body: iconv.encode(html, 'gbk'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: gradeShown ? d.hospital_grade : null },
        format: printFormat ? page.format : 'unknown',
        related: plainList ? [] : relatedWith(page, (e) => ({ format: 'unknown', date: datedItems ? e.date : null })),
      }),
    };
  },
};

/** An audio clip's length as players print it: 1'32'', 01:32, 92″, 92秒. */
const duration = (rng: Rng, seconds: number, style: number) =>
  [
    `${Math.floor(seconds / 60)}'${String(seconds % 60).padStart(2, '0')}''`,
    `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`,
    `${seconds}″`,
    `${seconds}秒`,
  ][style]!;

/**
 * M5. A voice answer: the doctor's answer as one to three audio clips, each a player with ▶ and its
 * duration (1'32'', 01:32, 92″ or 92秒, one style a page) and a 播放 / 收听 N 次 line; the transcript
 * either under each clip or as one block after them, visible or hidden (display:none) behind a toggle
 * (转文字, 查看文字版, 展开文字 ∨) with a 收起 link at its end. The format word (语音回答) printed on half the
 * pages; the date printed on 55% (`… 回答`, `回答时间：…`), else only in `<meta property=
 * "article:published_time">`, og tags and `<meta itemprop="datePublished">` (the key takes the
 * published day then, as kv-table-card in fresh-5 does). Related
 * items with a format word each (语音 / 图文 / 视频) on half the pages, their dates on half.
 */
const voiceDuration: Family = {
  name: 'voice-duration',
  split: 'fresh-13',
  site: 'www.yuyin-jieda.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.6);
    const dateShown = rng.chance(0.55);
    const wordShown = rng.chance(0.5);
    const datedItems = rng.chance(0.5);
    const itemFormats = rng.chance(0.5);
    const style = rng.int(0, 3);
    const clipCount = Math.min(page.paragraphs.length, rng.int(1, 3));
    // Paragraphs spread over the clips in order, each clip at least one.
    const cuts = rng.shuffle(Array.from({ length: page.paragraphs.length - 1 }, (_, i) => i + 1)).slice(0, clipCount - 1).sort((a, b) => a - b);
    const bounds = [0, ...cuts, page.paragraphs.length];
    const clips = bounds.slice(0, -1).map((from, i) => page.paragraphs.slice(from, bounds[i + 1]));
    const perClip = rng.chance(0.5);
    const hidden = rng.chance(0.5);
    const toggle = rng.pick(['转文字', '查看文字版', '展开文字 ∨']);
    const transcript = (paras: string[]) => {
      const id = `t${token(rng, 5)}`;
      const body = `<div id="${id}"${cls(rng)}${hidden ? ' style="display:none"' : ''}>${paras.map((p) => `<p>${esc(p)}</p>`).join('')}${hidden ? `<a href="javascript:;"${cls(rng)}>收起</a>` : ''}</div>`;
      return `${hidden ? `<a href="javascript:;" data-target="#${id}"${cls(rng)}>${toggle}</a>` : `<div${cls(rng)}>${rng.pick(['语音转文字：', '文字版：', ''])}</div>`}${body}`;
    };
    const player = (paras: string[]) => {
      const seconds = Math.max(8, Math.round(paras.join('').length / 4.2) + rng.int(-5, 12));
      return `<div${cls(rng)} data-src="/audio/${token(rng, 12)}.mp3"><i${cls(rng)}>▶</i><span${cls(rng)}>${duration(rng, seconds, style)}</span></div>`;
    };
    const audio = perClip
      ? clips.map((c) => `<div${cls(rng)}>${player(c)}${transcript(c)}</div>`).join('\n')
      : `<div${cls(rng)}>${clips.map((c) => player(c)).join('')}<span${cls(rng)}>${rng.pick([`收听 ${rng.int(10, 9000)} 次`, `${rng.int(10, 9000)}人听过`])}</span></div>\n${transcript(page.paragraphs)}`;
    const when = dateShown ? `<span${cls(rng)}>${rng.chance(0.5) ? `${dayText(rng, page.date!, page.time)} 回答` : `回答时间：${dayText(rng, page.date!, page.time)}`}</span>` : '';
    const word = wordShown ? `<span${cls(rng)}>${rng.pick(['语音回答', '语音解答', '【语音】'])}</span>` : '';
    const card = `<div${cls(rng)}><b${cls(rng)}>${esc(d.name!)}</b> <span${cls(rng)}>${d.title}</span> <span${cls(rng)}>${esc(d.department!)}</span><div${cls(rng)}>${hospitalWithGrade(rng, d.hospital!, gradeShown ? d.hospital_grade : null)}</div></div>`;
    const items = page.related.map((r) => `<li${cls(rng)}><a href="${r.path}">${esc(r.question)}</a><p${cls(rng)}>${esc(r.snippet)}</p><div${cls(rng)}>${itemFormats ? `<span${cls(rng)}>${formatWord(rng, r.format)}</span> ` : ''}${datedItems ? `<span${cls(rng)}>${r.date}</span>` : ''}</div></li>`);
    const related = page.related.length ? `<div${cls(rng)}><h3>${rng.pick(RELATED_HEADS_ALIKE)}</h3><ul${cls(rng)}>${items.join('\n')}</ul></div>` : '';
    const stamp = `${page.date}T${page.time}:00+08:00`;
    const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(page.question)}_语音解答</title>
<link rel="canonical" href="${page.canonical}">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(page.question)}">
<meta property="article:published_time" content="${stamp}">
${rng.chance(0.5) ? `<meta property="og:release_date" content="${page.date}">` : ''}
${rng.chance(0.5) ? `<meta itemprop="datePublished" content="${page.date}">` : ''}
${dateShown && rng.chance(0.3) ? jsonLd(page, { date: true, author: true }) : ''}
</head>
<body>
<div${cls(rng)}><a href="/">语音解答网</a> <a href="/voice/">听医生说</a></div>
<div${cls(rng)}>
<h1${cls(rng)}>${esc(page.question)}</h1>
${card}
<div${cls(rng)}>${word}${word && when ? ' ' : ''}${when}</div>
${audio}
<p${cls(rng)}>*语音内容由医生录制，文字由系统转写，仅供参考。</p>
</div>
${related}
<div${cls(rng)}>© 语音解答网</div>
</body>
</html>`;
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: gradeShown ? d.hospital_grade : null },
        date: page.date,
        format: 'voice',
        related: relatedWith(page, (e) => ({ format: itemFormats ? e.format : 'unknown', date: datedItems ? e.date : null })),
      }),
    };
  },
};

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * M6. A web archive's snapshot of a Q&A page (the Wayback Machine kind): its scripts and banner
 * styles first in the head (`<!-- End Wayback Rewrite JS Include -->`), the archive's toolbar first
 * in the body (the archived address, N captures, the first and last capture days, a calendar strip of
 * months, days and years, the capture's own day), then the page as archived; every link rewritten to
 * the archive — `/web/<14-digit capture time>/https://site/q/N.html` root-relative, or the archive's
 * full address — images with `im_`; the archive's closing comments (FILE ARCHIVED ON …, playback
 * timings). The capture is 10 days to 3 years after the answer. An item's address is the page the
 * archived link points at (the original address it embeds).
 */
const waybackSnapshot: Family = {
  name: 'wayback-snapshot',
  split: 'fresh-13',
  site: 'www.jiuban-wenda.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.6);
    const printFormat = page.format !== 'unknown' && rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const captureDay = shift(page.date!, rng.int(10, 1100));
    const [h, mi, se] = [rng.int(0, 23), rng.int(0, 59), rng.int(0, 59)].map((n) => String(n).padStart(2, '0'));
    const stamp = `${captureDay.replace(/-/g, '')}${h}${mi}${se}`;
    const absolute = rng.chance(0.4);
    const archived = (url: string, mode = '') => `${absolute ? 'https://web.archive.org' : ''}/web/${stamp}${mode}/${url}`;
    const original = (path: string) => new URL(path, page.canonical).href;
    const first = shift(page.date!, rng.int(1, 9));
    const last = shift(captureDay, rng.int(0, 600));
    const human = (iso: string) => `${Number(D(iso))} ${MONTH_NAMES[Number(M(iso)) - 1]} ${Y(iso)}`;
    const mIdx = Number(M(captureDay)) - 1;
    const yr = Number(Y(captureDay));
    const toolbar = `<!-- BEGIN WAYBACK TOOLBAR INSERT -->
<div id="wm-ipp-base" lang="en" style="display:block" direction="ltr"><div id="wm-ipp" style="position:fixed;left:0;top:0;right:0"><div id="wm-ipp-inside"><div id="wm-logo"><a href="/web/">Wayback Machine</a></div><div class="c"><form target="_top" method="get" action="/web/submit" name="wmtb" id="wmtb"><input type="text" name="url" id="wmtbURL" value="${page.canonical}"></form></div><div id="wm-nav-captures"><a class="t" href="/web/${stamp}*/${page.canonical}">${rng.int(3, 240)} captures</a><div class="r">${human(first)} - ${human(last)}</div></div><table class="c" id="wm-ipp-graphs"><tr class="y"><td class="f">${MONTHS[(mIdx + 11) % 12]}</td><td class="c">${MONTHS[mIdx]}</td><td class="f">${MONTHS[(mIdx + 1) % 12]}</td></tr><tr class="d"><td class="c" id="displayDayEl">${Number(D(captureDay))}</td></tr><tr class="y"><td class="f">${yr - 1}</td><td class="c" id="displayYearEl">${yr}</td><td class="f">${yr + 1}</td></tr></table><div id="wm-btns"><a href="https://archive.org/account/login">Log in</a> <a href="#close">Close</a> <a href="https://help.archive.org/">Help</a></div><div id="wm-capinfo" style="display:none">About this capture</div></div></div></div>
<!-- END WAYBACK TOOLBAR INSERT -->`;
    const card = rng.chance(0.5)
      ? `<div${cls(rng)}><img src="${archived(`https://${page.canonical.split('/')[2]}/avatar/${token(rng, 8)}.jpg`, 'im_')}" alt=""><span${cls(rng)}>${esc(d.name!)}</span> <span${cls(rng)}>${d.title}</span><p${cls(rng)}>${hospitalWithGrade(rng, d.hospital!, gradeShown ? d.hospital_grade : null)} ${esc(d.department!)}</p></div>`
      : `<div${cls(rng)}><p>${rng.pick(['回答医生：', '医生：'])}${esc(d.name!)} ${d.title}</p><p>${rng.pick(['医院：', '执业医院：'])}${hospitalWithGrade(rng, d.hospital!, gradeShown ? d.hospital_grade : null)}</p><p>科室：${esc(d.department!)}</p></div>`;
    const when = `<div${cls(rng)}>${rng.pick(['回答时间：', '', '发布于 '])}${dayText(rng, page.date!, page.time)}${printFormat ? ` <span>${formatWord(rng, page.format)}</span>` : ''}</div>`;
    const items = page.related.map((r) => `<li${cls(rng)}><a href="${archived(original(r.path))}">${esc(r.question)}</a><p${cls(rng)}>${esc(r.snippet)}</p>${datedItems ? `<span${cls(rng)}>${r.date}</span>` : ''}</li>`);
    const related = page.related.length ? `<div${cls(rng)}><h3>${rng.pick(RELATED_HEADS_ALIKE)}</h3><ul${cls(rng)}>${items.join('\n')}</ul></div>` : '';
    const retrieved = shift(last, rng.int(1, 300));
    const html = `<!DOCTYPE html>
<html>
<head><script src="//archive.org/includes/athena.js" type="text/javascript"></script>
<script type="text/javascript">window.addEventListener('DOMContentLoaded',function(){var v=archive_analytics.values;v.service='wb';v.server_name='wwwb-app${rng.int(10, 240)}.us.archive.org';v.server_ms=${rng.int(50, 900)};archive_analytics.send_pageview({});});</script>
<script type="text/javascript" src="/_static/js/bundle-playback.js?v=${token(rng, 7)}" charset="utf-8"></script>
<script type="text/javascript">__wm.init("https://web.archive.org/web");__wm.wombat("${page.canonical}","${stamp}","https://web.archive.org/","web","/_static/");</script>
<link rel="stylesheet" type="text/css" href="/_static/css/banner-styles.css?v=${token(rng, 8)}">
<!-- End Wayback Rewrite JS Include -->
<meta charset="utf-8">
<title>${esc(page.question)}_旧版问答</title>
<link rel="canonical" href="${archived(page.canonical)}">
<link rel="stylesheet" href="${archived(`https://${page.canonical.split('/')[2]}/css/main.css`, 'cs_')}">
</head>
<body>
${toolbar}
<div${cls(rng)}><a href="${archived(`https://${page.canonical.split('/')[2]}/`)}">旧版问答</a> <a href="${archived(`https://${page.canonical.split('/')[2]}/ask/`)}">提问</a></div>
<div${cls(rng)}>
<h1${cls(rng)}>${esc(page.question)}</h1>
${card}
${when}
<div${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}</div>
<p${cls(rng)}>以上回答仅供参考。</p>
</div>
${related}
<div${cls(rng)}>&copy; 旧版问答</div>
</body>
</html>
<!--
     FILE ARCHIVED ON ${h}:${mi}:${se} ${MONTH_NAMES[mIdx]} ${Number(D(captureDay))}, ${yr} AND RETRIEVED FROM THE
     INTERNET ARCHIVE ON ${String(rng.int(0, 23)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')} ${MONTH_NAMES[Number(M(retrieved)) - 1]} ${Number(D(retrieved))}, ${Y(retrieved)}.
     JAVASCRIPT APPENDED BY WAYBACK MACHINE, COPYRIGHT INTERNET ARCHIVE.
-->
<!--
playback timings (ms):
  captures_list: ${rng.int(100, 900)}.${rng.int(100, 999)}
  exclusion.robots: 0.${rng.int(100, 999)}
  load_resource: ${rng.int(50, 400)}.${rng.int(100, 999)}
-->`;
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: gradeShown ? d.hospital_grade : null },
        format: printFormat ? page.format : 'unknown',
        related: relatedWith(page, (e) => ({ format: 'unknown', date: datedItems ? e.date : null })),
      }),
    };
  },
};

export const FRESH13_FAMILIES: readonly Family[] = [scraperMirror, doctorSwiper, srcdocFrame, brCellAlt, voiceDuration, waybackSnapshot];
