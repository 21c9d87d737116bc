import type { Rng } from '../../kit/pages/rng.js';
import type { Family, Rendered } from './family.js';
import { DISCLAIMERS, dayText, documentOf, hm, otherName, plainCard, plainKey, relatedList, shift, token, topicWord, whenLine } from './ordinary-parts.js';
import { cls, esc, wrap } from './parts.js';

/**
 * Thirty-fourth fresh held-out set (split `fresh-37`): written blind on 2026-12-01 — without reading
 * the reader (src/extract/, src/flags/) or its tests and without running it on these pages — and
 * committed before its first run. The writer chose its own families (from memory of real pages, no
 * copied markup): three other kinds of page of the genre — a portal's 图集 (photo gallery) whose
 * slides carry the answer as captions, an online pharmacy's product page with a doctor's 用药咨询,
 * a note app's shared web clip of a Q&A page — and three things real HTML does to one — WeChat-style
 * emoticon pictures inside the text, a typeset answer (drop caps, `<wbr>` break points, style runs
 * inside words), closed `<dialog>`s and `hidden` blocks holding share cards and another answer.
 *
 * The answer key holds what a careful person reads on the page as displayed; a field the page does
 * not print is null, as in the earlier splits (meta / JSON-LD are not printed; an item is known by its
 * address; hidden text is no text). Where a careful person could hesitate, the key decides:
 * - photo-gallery: the answer is the slides' captions in order, one paragraph a slide; the slide
 *   counters (`1/5`), the picture credits (`图片来源：…`) and the thumbnail strip's cut copies of the
 *   captions are none of it; the 更多图集 list links galleries, not answered questions: no items.
 * - shop-consult: the `<h1>` names the product, not the question: the question is the consult's
 *   (`用户提问` / `问：`); price, specification, 说明书 lines and the 看了又看 products are none of the
 *   Q&A and no related items; the 相关咨询 list is the related list.
 * - note-clip: the page is the note; what it shows of the Q&A is the clipped page's heading, card,
 *   date line, answer and list; the note's own title (the clipped page's title with its site's suffix),
 *   its 创建 / 修改 days and its 来源 link date nothing and are none of the Q&A; the clipper
 *   wrote the list's links out in full, to the original site: the items' addresses are those.
 * - emoji-images: an emoticon is a picture (`<img alt="[微笑]">`, a sprite `<span>`): no text in the
 *   question, the answer or a snippet (its alt is not shown), so every text is as without it.
 * - typeset-splits: a drop cap, `<wbr>` and style runs print the text they hold, unbroken: a
 *   paragraph is one text however its characters are set.
 * - closed-dialogs: a `<dialog>` without `open` and an element with `hidden` show nothing: their share
 *   card (the question again, the answer's start, the doctor, a day), report form, 追问 box and the
 *   other doctor's answer are none of any field and date nothing; an open `<dialog>` (a cookie notice)
 *   shows, as furniture.
 * Format is printed only where a format word is; related items' formats and dates only where the list
 * prints them.
 */

/** Indices inside `text` just after a Chinese comma or full stop that is not its last character. */
const stops = (text: string) => [...text].flatMap((ch, i, all) => ((ch === '，' || ch === '。') && i < all.length - 1 ? [i + 1] : []));

/** `text` cut at `at` (character indices, ascending), each piece escaped, joined by `sep(i)`. */
const cutAt = (text: string, at: readonly number[], sep: (i: number) => string) => {
  const chars = [...text];
  const out: string[] = [];
  let from = 0;
  at.forEach((to, i) => {
    out.push(esc(chars.slice(from, to).join('')), sep(i));
    from = to;
  });
  out.push(esc(chars.slice(from).join('')));
  return out.join('');
};

// --- F1. photo-gallery ---

const CREDITS = ['视觉中国', '摄图网', '图虫创意', '站酷海洛', '网络图片'];

/**
 * F1. A health portal's 图集 (photo gallery): the question as `<h1>` (a 图集 badge before it on
 * 40%), 本期专家 and a plain card (grade on 50%), a date line (format word on 40%), then the slides —
 * one a paragraph: a picture, a counter (`1/5`, `（1/5）`, `01 / 05`; before or after the caption), the caption and a credit on half
 * —, 上一张 / 下一张 / 全屏 / 自动播放 controls, a thumbnail strip with the captions cut to 8–14
 * characters on 60%, a 更多图集 list of 3–4 galleries on 60%, a disclaimer and an ordinary related
 * list (dated on half).
 */
const photoGallery: Family = {
  name: 'photo-gallery',
  split: 'fresh-37',
  site: 'tuji.jiankang-pindao.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.5);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const n = page.paragraphs.length;
    const counterStyle = rng.int(0, 2);
    const counter = (i: number) =>
      [`${i + 1}/${n}`, `（${i + 1}/${n}）`, `${String(i + 1).padStart(2, '0')} / ${String(n).padStart(2, '0')}`][counterStyle]!;
    const credits = rng.chance(0.5);
    const counterFirst = rng.chance(0.5);
    const slides = page.paragraphs
      .map(
        (p, i) =>
          `<li${cls(rng)} id="p${i + 1}"><div${cls(rng)}><img src="/tuji/${page.item.num}/${i + 1}.jpg" alt=""></div><div${cls(rng)}>${
            counterFirst ? `<span${cls(rng)}>${counter(i)}</span><p${cls(rng)}>${esc(p)}</p>` : `<p${cls(rng)}>${esc(p)}</p><span${cls(rng)}>${counter(i)}</span>`
          }${credits ? `<small${cls(rng)}>图片来源：${rng.pick(CREDITS)}</small>` : ''}</div></li>`,
      )
      .join('\n');
    const controls = `<div${cls(rng)}><a href="javascript:;">上一张</a> <a href="javascript:;">下一张</a> <a href="javascript:;">${rng.pick(['全屏', '全屏查看'])}</a> <a href="javascript:;">自动播放</a></div>`;
    const thumbs = rng.chance(0.6)
      ? `<div${cls(rng)}>${page.paragraphs.map((p, i) => `<a href="#p${i + 1}"${cls(rng)}><img src="/tuji/${page.item.num}/${i + 1}_s.jpg" alt=""><em>${esc([...p].slice(0, rng.int(8, 14)).join(''))}…</em></a>`).join('')}</div>`
      : '';
    const topic = topicWord(page);
    const more = rng.chance(0.6)
      ? `<div${cls(rng)}><h3>${rng.pick(['更多图集', '热门图集', '图集推荐'])}</h3><ul${cls(rng)}>${Array.from(
          { length: rng.int(3, 4) },
          (_, i) =>
            `<li><a href="/tuji/${page.item.num + 17 * (i + 1)}.html"><img src="/tuji/c${i}.jpg" alt="">${esc(rng.pick([`图解${topic}：饮食要点`, `${topic}的日常护理`, `一组图看懂${topic}`, `${topic}患者的运动指南`]))}</a><span>${rng.int(3, 12)}图</span></li>`,
        ).join('')}</ul></div>`
      : '';
    const badge = rng.chance(0.4) ? `<span${cls(rng)}>${rng.pick(['图集', '组图', '图解'])}</span>` : '';
    const card = `<div${cls(rng)}><h4${cls(rng)}>${rng.pick(['本期专家', '解读专家', '审核专家'])}</h4>${plainCard(rng, page, gradeShown)}</div>`;
    const body = `<div${cls(rng)}><a href="/">健康频道</a> &gt; <a href="/tuji/">图集</a></div>
${wrap(rng, `${badge}<h1${cls(rng)}>${esc(page.question)}</h1>\n${whenLine(rng, page, printFormat)}\n${card}`)}
<div${cls(rng)}><ul${cls(rng)}>${slides}</ul>${controls}</div>
${thumbs}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${rng.chance(0.5) ? `${more}\n${relatedList(rng, page.related, datedItems)}` : `${relatedList(rng, page.related, datedItems)}\n${more}`}
<div${cls(rng)}>© 健康频道 图集</div>`;
    const html = documentOf(`${page.question}_图集_健康频道`, page.canonical, '', body);
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

// --- F2. shop-consult ---

const DRUGS = [
  ['阿莫西林胶囊', '0.25g*24粒/盒', '敏感菌所致的呼吸道、泌尿道感染'],
  ['布洛芬缓释胶囊', '0.3g*20粒/盒', '轻至中度疼痛及发热'],
  ['奥美拉唑肠溶胶囊', '20mg*14粒/盒', '胃溃疡、十二指肠溃疡、反流性食管炎'],
  ['氯雷他定片', '10mg*6片/盒', '过敏性鼻炎、荨麻疹'],
  ['蒙脱石散', '3g*10袋/盒', '成人及儿童急、慢性腹泻'],
  ['硝苯地平控释片', '30mg*7片/盒', '高血压、冠心病'],
  ['二甲双胍缓释片', '0.5g*30片/盒', '2型糖尿病'],
] as const;
const BRANDS = ['仁和', '修正', '白云山', '华北制药', '哈药', '石药'];

/**
 * F2. An online pharmacy's product page (京东健康 / 阿里健康大药房 kind) with a doctor's 用药咨询:
 * the `<h1>` the product (`【brand】drug spec`), price, 月销, 规格 choices, 加入购物车 / 立即购买, a
 * 处方药 notice on half; tabs 商品详情 / 说明书 / 用药咨询 (N); 说明书 lines (【适应症】, 【用法用量】) on 60%;
 * the consult: 用户提问 / 问： / 患者咨询 the question, a plain card (grade on 50%) and a date line
 * (format word on 40%) in either order, 医生回答 / 答： the answer; a 看了又看 list of 3–5 products
 * (links, prices); an ordinary 相关咨询 list (dated on half).
 */
const shopConsult: Family = {
  name: 'shop-consult',
  split: 'fresh-37',
  site: 'item.yaofang-shangcheng.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.5);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const drugAt = rng.int(0, DRUGS.length - 1);
    const [drug, spec, use] = DRUGS[drugAt]!;
    const brand = rng.pick(BRANDS);
    const price = `${rng.int(8, 120)}.${rng.pick(['00', '50', '80', '90'])}`;
    const product = `<div${cls(rng)}><h1${cls(rng)}>【${brand}】${drug} ${spec}</h1>
<div${cls(rng)}><span>¥</span><b${cls(rng)}>${price}</b> <span${cls(rng)}>月销 ${rng.int(10, 9999)}</span></div>
<div${cls(rng)}>规格：<a${cls(rng)}>${spec}</a> <a${cls(rng)}>${spec.replace(/\d+(\D+\/盒)$/u, (_m, unit: string) => `${rng.int(30, 60)}${unit}`)}</a></div>
<div${cls(rng)}><button>加入购物车</button> <button>立即购买</button></div>${rng.chance(0.5) ? `\n<p${cls(rng)}>处方药须凭处方在药师指导下购买和使用</p>` : ''}</div>`;
    const leaflet = rng.chance(0.6)
      ? `<div${cls(rng)}><p>【药品名称】${drug}</p><p>【适应症】用于${use}。</p><p>【用法用量】口服，一次1${rng.pick(['粒', '片', '袋'])}，一日${rng.int(1, 3)}次。</p><p>【不良反应】偶见恶心、头晕等。</p></div>`
      : '';
    const q = rng.pick(['用户提问：', '问：', '患者咨询：']);
    const a = rng.pick(['医生回答：', '答：', '医生解答']);
    const card = plainCard(rng, page, gradeShown);
    const when = whenLine(rng, page, printFormat);
    const consult = `<div${cls(rng)}><div${cls(rng)}><span${cls(rng)}>${q}</span><h2${cls(rng)}>${esc(page.question)}</h2></div>
${rng.chance(0.5) ? `${card}\n${when}` : `${when}\n${card}`}
<div${cls(rng)}><span${cls(rng)}>${a}</span>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div></div>`;
    const tabs = `<ul${cls(rng)}><li>商品详情</li><li>说明书</li><li${cls(rng)}>用药咨询（${rng.int(1, 60)}）</li></ul>`;
    const alsoViewed = `<div${cls(rng)}><h3>${rng.pick(['看了又看', '为你推荐', '同类药品'])}</h3><ul${cls(rng)}>${Array.from({ length: rng.int(3, 5) }, (_, i) => {
      const [d, s] = DRUGS[(drugAt + i + 1) % DRUGS.length]!;
      return `<li><a href="/item/${100000 + page.item.num * 7 + i}.html"><img src="/p/${i}.jpg" alt="">【${rng.pick(BRANDS)}】${d} ${s}</a><span>¥${rng.int(8, 120)}.00</span></li>`;
    }).join('')}</ul></div>`;
    const body = `<div${cls(rng)}><a href="/">药房商城</a> <a href="/cart/">购物车</a> <a href="/login/">登录</a></div>
${product}
${tabs}
${leaflet}
${wrap(rng, consult)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${rng.chance(0.5) ? `${alsoViewed}\n${relatedList(rng, page.related, datedItems, ['相关咨询', '其他用户的咨询', '相关问答'])}` : `${relatedList(rng, page.related, datedItems, ['相关咨询', '其他用户的咨询', '相关问答'])}\n${alsoViewed}`}
<div${cls(rng)}>药品经营许可证 粤AA${rng.int(1000000, 9999999)} © 药房商城</div>`;
    const html = documentOf(`【${brand}】${drug} ${spec}_用药咨询_药房商城`, page.canonical, '', body);
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

// --- F3. note-clip ---

const NOTE_APPS = [
  ['云笔记', 'note.yun-biji.example'],
  ['印象笔记', 'app.yinxiang-share.example'],
  ['为知笔记', 'share.weizhi-note.example'],
] as const;
const ORIGIN_SITES = ['有问必答', '问医生', '健康问答网'];

/**
 * F3. A note app's shared web clip (云笔记 / 印象笔记 kind) of a Q&A page: the app's bar (logo, 登录,
 * 保存到我的笔记), the note's title (the clipped page's `<title>`: the question and a site suffix) as
 * the page's `<h1>`, 创建时间 (the clip, 3–700 days after the answer, a time on half), 修改时间 on half,
 * 来源 (the original address, printed), 标签; then the clip: inline styles and no classes, the clipped
 * heading (the question), a plain card (grade on 50%), a date line (format word on 40%), the answer and
 * an ordinary related list (dated on half) whose links the clipper wrote out absolute; a 剪藏 footer.
 * The canonical link is the note's own on half, else none.
 */
const noteClip: Family = {
  name: 'note-clip',
  split: 'fresh-37',
  site: 'www.youwen-bida.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.5);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const [app, host] = rng.pick(NOTE_APPS);
    const origin = rng.pick(ORIGIN_SITES);
    const clipped = shift(page.date!, rng.int(3, 700));
    const noteUrl = `https://${host}/s/${token(rng, 12)}`;
    const st = () => rng.pick(['', ` style="margin:0 0 8px"`, ` style="font-size:14px;color:#333"`, ` style="line-height:1.8"`]);
    const noteHead = `<div style="border-bottom:1px solid #eee;padding:12px"><h1 style="font-size:22px">${esc(page.question)}_${origin}</h1>
<div style="color:#999;font-size:12px"><span>创建时间：${dayText(rng, clipped, rng.chance(0.5) ? hm(rng) : undefined)}</span>${
      rng.chance(0.5) ? ` <span>修改时间：${dayText(rng, shift(clipped, rng.int(0, 90)))}</span>` : ''
    }</div>
<div style="color:#999;font-size:12px">来源：<a href="${page.canonical}">${page.canonical}</a></div>${rng.chance(0.6) ? `\n<div style="font-size:12px">标签：<span>健康</span> <span>${esc(topicWord(page))}</span></div>` : ''}</div>`;
    // The clipper writes every link out in full, to the original site.
    const list = relatedList(rng, page.related, datedItems).replace(/href="(\/[^"]*)"/gu, (_m, path: string) => `href="${new URL(path, page.canonical).href}"`).replace(/ class="[^"]*"/gu, st);
    const clip = `<div style="padding:16px">
<div${st()}><h1 style="font-size:20px;font-weight:bold">${esc(page.question)}</h1></div>
${plainCard(rng, page, gradeShown).replace(/ class="[^"]*"/gu, st).replace(/href="(\/[^"]*)"/gu, (_m, path: string) => `href="${new URL(path, page.canonical).href}"`)}
${whenLine(rng, page, printFormat).replace(/ class="[^"]*"/gu, st)}
<div${st()}>${page.paragraphs.map((p) => `<p${st()}>${esc(p)}</p>`).join('')}</div>
${list}
</div>`;
    const body = `<div style="background:#2dbe60;color:#fff;padding:8px"><a href="https://${host}/">${app}</a> <a href="https://${host}/login">登录</a> <a href="https://${host}/save">保存到我的笔记</a></div>
${noteHead}
${clip}
<div style="color:#bbb;font-size:12px">${rng.pick([`本笔记由${app}网页剪报生成`, `使用${app}剪藏`, `—— 剪藏自${origin}`])}</div>`;
    const html = documentOf(`${page.question}_${origin} - ${app}`, rng.chance(0.5) ? noteUrl : null, '', body);
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

// --- F4. emoji-images ---

const EMOTICONS = ['[微笑]', '[抱拳]', '[握手]', '[玫瑰]', '[强]', '[愉快]', '[加油]', '[流泪]', '[可怜]', '[OK]'];

/**
 * F4. An online consultation page whose texts hold WeChat-style emoticons as pictures: `<img
 * class="emoji" alt="[微笑]" src="/emoji/N.png">` (a `title` too on half), or a sprite `<span
 * class="emoji e-N"></span>` with no text on 30% of pages; in 45% of the answer's paragraphs (after a
 * comma or full stop inside it, or at its end), at the question's end on 30% (a `<h1>` or a 问题 block),
 * inside or after 30% of the related snippets; a plain card (grade on 50%), a date line (format word on
 * 40%), a 感谢信 line `患者：谢谢医生` with emoticons on half, an ordinary-looking related list (dated on half).
 */
const emojiImages: Family = {
  name: 'emoji-images',
  split: 'fresh-37',
  site: 'm.zaixian-wenzhen.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.5);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const sprite = rng.chance(0.3);
    const titled = rng.chance(0.5);
    const emo = () => {
      const i = rng.int(0, EMOTICONS.length - 1);
      const alt = EMOTICONS[i]!;
      return sprite ? `<span class="emoji e-${i + 1}"></span>` : `<img class="emoji" src="/emoji/${i + 1}.png" alt="${alt}"${titled ? ` title="${alt}"` : ''} width="20" height="20">`;
    };
    const withEmo = (text: string, chance: number) => {
      if (!rng.chance(chance)) return esc(text);
      const at = stops(text);
      const picks = at.length && rng.chance(0.6) ? [rng.pick(at)] : [];
      return cutAt(text, picks, () => emo()) + (picks.length === 0 || rng.chance(0.3) ? emo() : '');
    };
    const answer = page.paragraphs.map((p) => `<p${cls(rng)}>${withEmo(p, 0.45)}</p>`).join('');
    const questionHtml = `${esc(page.question)}${rng.chance(0.3) ? emo() : ''}`;
    const head = rng.chance(0.6)
      ? `<h1${cls(rng)}>${questionHtml}</h1>`
      : `<div${cls(rng)}><span${cls(rng)}>问题</span><p${cls(rng)}>${questionHtml}</p></div>`;
    const thanks = rng.chance(0.5) ? `<div${cls(rng)}>${rng.pick(['患者：', '患者评价：'])}谢谢医生${emo()}${emo()}</div>` : '';
    const items = page.related
      .map(
        (r) =>
          `<li${cls(rng)}><a href="${r.path}"${cls(rng)}>${esc(r.question)}</a><p${cls(rng)}>${withEmo(r.snippet, 0.3)}</p>${datedItems ? `<span${cls(rng)}>${r.date}</span>` : ''}</li>`,
      )
      .join('\n');
    const list = page.related.length ? `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(['相关问题', '相似问题', '大家还在问'])}</h3><ul${cls(rng)}>${items}</ul></div>` : '';
    const card = plainCard(rng, page, gradeShown);
    const when = whenLine(rng, page, printFormat);
    const body = `<div${cls(rng)}><a href="/">在线问诊</a></div>
${wrap(rng, `${head}\n${rng.chance(0.5) ? `${card}\n${when}` : `${when}\n${card}`}\n<div${cls(rng)}>${answer}</div>\n${thanks}`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${list}`;
    const html = documentOf(`${page.question}_在线问诊`, page.canonical, '<meta name="viewport" content="width=device-width,initial-scale=1">\n<style>.emoji{width:20px;height:20px;vertical-align:middle}</style>\n', body);
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

// --- F5. typeset-splits ---

/**
 * F5. A magazine-style column whose answer a typesetter set by hand: a drop cap (the first
 * character of the first paragraph, or of every paragraph on 30%, in its own floated `<span>` — an
 * inline style or a `.dropcap` rule), `<wbr>` break points every 4–12 characters on half the pages
 * (in the question and the card's hospital too on half of those), and on 60% of pages one style run a
 * paragraph of 12 characters or more (`<strong>`, `<em>`, a coloured `<span>`, a highlighted `<b>`)
 * beginning and ending mid-phrase; a plain card (grade on
 * 50%), a date line (format word on 40%), a disclaimer and an ordinary related list (dated on half).
 */
const typesetSplits: Family = {
  name: 'typeset-splits',
  split: 'fresh-37',
  site: 'zhuanlan.paiban-jiankang.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.5);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const classRule = rng.chance(0.5);
    const capEvery = rng.chance(0.3);
    const wbr = rng.chance(0.5);
    const wbrOutside = wbr && rng.chance(0.5);
    const runs = rng.chance(0.6);
    const breaks = (text: string) => {
      const at: number[] = [];
      for (let i = rng.int(4, 12); i < [...text].length; i += rng.int(4, 12)) at.push(i);
      return at;
    };
    const set = (text: string) => {
      const chars = [...text];
      if (!runs || chars.length < 12) return wbr ? cutAt(text, breaks(text), () => '<wbr>') : esc(text);
      // A style run from one point inside the text to another.
      const from = rng.int(1, chars.length - 8);
      const to = from + rng.int(3, 7);
      const [open, close] = rng.pick([
        ['<strong>', '</strong>'],
        ['<em>', '</em>'],
        ['<span style="color:#c0392b">', '</span>'],
        ['<b style="background:#fff3c4">', '</b>'],
      ]);
      const piece = (s: string) => (wbr ? cutAt(s, breaks(s), () => '<wbr>') : esc(s));
      return `${piece(chars.slice(0, from).join(''))}${open}${piece(chars.slice(from, to).join(''))}${close}${piece(chars.slice(to).join(''))}`;
    };
    const cap = (ch: string) => (classRule ? `<span class="dropcap">${esc(ch)}</span>` : `<span style="float:left;font-size:2.8em;line-height:1;margin:2px 6px 0 0;color:#8b0000">${esc(ch)}</span>`);
    const answer = page.paragraphs
      .map((p, i) => {
        const chars = [...p];
        return i === 0 || capEvery ? `<p${cls(rng)}>${cap(chars[0]!)}${set(chars.slice(1).join(''))}</p>` : `<p${cls(rng)}>${set(p)}</p>`;
      })
      .join('\n');
    const d = page.doctor;
    const card = wbrOutside
      ? `<div${cls(rng)}><b${cls(rng)}>${esc(d.name!)}</b> <span${cls(rng)}>${d.title}</span><p${cls(rng)}>${cutAt(d.hospital!, [Math.ceil([...d.hospital!].length / 2)], () => '<wbr>')}${
          gradeShown && d.hospital_grade ? ` ${d.hospital_grade}` : ''
        } ${esc(d.department!)}</p></div>`
      : plainCard(rng, page, gradeShown);
    const question = wbrOutside ? cutAt(page.question, breaks(page.question), () => '<wbr>') : esc(page.question);
    const style = classRule ? '<style>.dropcap{float:left;font-size:2.8em;line-height:1;margin:2px 6px 0 0;color:#8b0000;font-family:"STKaiti",serif}</style>\n' : '';
    const body = `<div${cls(rng)}><a href="/">健康专栏</a> <a href="/zl/">专栏</a></div>
${wrap(rng, `<h1${cls(rng)}>${question}</h1>\n${rng.chance(0.5) ? `${card}\n${whenLine(rng, page, printFormat)}` : `${whenLine(rng, page, printFormat)}\n${card}`}\n<div${cls(rng)}>${answer}</div>`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${relatedList(rng, page.related, datedItems)}
<div${cls(rng)}>© 健康专栏</div>`;
    const html = documentOf(`${page.question} - 健康专栏`, page.canonical, style, body);
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

// --- F6. closed-dialogs ---

/**
 * F6. A Q&A page built with native `<dialog>`s and the `hidden` attribute: a closed 分享 dialog
 * (the question again, the answer's first 20–40 characters and `…`, the doctor's name and title, a
 * `分享于` day, 扫码 text), a closed 举报 dialog (reasons as radio labels), a closed 追问 dialog
 * (向 name 追问, a textarea's placeholder, a price) on half, a `<div hidden>` (or `<section hidden>`)
 * holding another doctor's answer (a name, a title, the page's hospital, a paragraph, a day) on 60%,
 * the dialogs at the body's top or its foot; an open `<dialog open>` cookie notice on 30%; then an
 * ordinary page: `<h1>`, plain card (grade on 50%), date line (format word on 40%), answer, 分享 /
 * 举报 / 追问 buttons, related list (dated on half).
 */
const closedDialogs: Family = {
  name: 'closed-dialogs',
  split: 'fresh-37',
  site: 'www.duihua-kuang.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.5);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const d = page.doctor;
    const first = [...page.paragraphs.join('')].slice(0, rng.int(20, 40)).join('');
    const share = `<dialog id="share"${cls(rng)}><h3>${esc(page.question)}</h3><p>${esc(first)}…</p><p>${esc(d.name!)} ${d.title}</p><p>分享于 ${dayText(rng, shift(page.date!, rng.int(1, 400)))}</p><p>扫码查看完整回答</p><img src="/qr/${page.item.num}.png" alt=""><form method="dialog"><button>关闭</button></form></dialog>`;
    const report = `<dialog id="report"${cls(rng)}><h3>举报</h3><label><input type="radio" name="r"> 内容不实</label><label><input type="radio" name="r"> 广告营销</label><label><input type="radio" name="r"> 其他</label><form method="dialog"><button>提交</button></form></dialog>`;
    const followUp = rng.chance(0.5)
      ? `<dialog id="ask"${cls(rng)}><h3>向${esc(d.name!)}医生追问</h3><textarea placeholder="请描述您的问题（不少于10字）"></textarea><p>图文问诊 ¥${rng.int(19, 99)}</p><form method="dialog"><button>取消</button></form></dialog>`
      : '';
    const other = otherName(rng);
    const hiddenTag = rng.pick(['div', 'section']);
    const hiddenBlock = rng.chance(0.6)
      ? `<${hiddenTag} hidden${cls(rng)}><h3>${rng.pick(['其他医生回答', '更多回答'])}</h3><p><b>${other}</b> ${rng.pick(['主治医师', '副主任医师', '医师'])} ${esc(d.hospital!)}</p><p>${esc(
          page.related[0]?.snippet ?? '建议到医院进一步检查，明确原因后再对症处理。',
        )}</p><p>${dayText(rng, shift(page.date!, rng.int(1, 60)))}</p></${hiddenTag}>`
      : '';
    const cookie = rng.chance(0.3) ? `<dialog open${cls(rng)}><p>本站使用Cookie以改善您的体验，继续浏览即表示同意《隐私政策》。</p><form method="dialog"><button>我知道了</button></form></dialog>` : '';
    const dialogs = [share, report, followUp, hiddenBlock].filter(Boolean).join('\n');
    const buttons = `<div${cls(rng)}><button onclick="share.showModal()">分享</button> <button onclick="report.showModal()">举报</button>${followUp ? ' <button onclick="ask.showModal()">追问</button>' : ''}</div>`;
    const card = plainCard(rng, page, gradeShown);
    const when = whenLine(rng, page, printFormat);
    const content = `<div${cls(rng)}><a href="/">问答</a></div>
${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${rng.chance(0.5) ? `${card}\n${when}` : `${when}\n${card}`}\n<div${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>\n${buttons}`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${relatedList(rng, page.related, datedItems)}`;
    const body = rng.chance(0.5) ? `${cookie}\n${dialogs}\n${content}` : `${cookie}\n${content}\n${dialogs}`;
    const html = documentOf(`${page.question}_问答`, page.canonical, '', body);
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

export const FRESH37_FAMILIES: readonly Family[] = [photoGallery, shopConsult, noteClip, emojiImages, typesetSplits, closedDialogs];
