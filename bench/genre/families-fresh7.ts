import type { Rng } from '../../kit/pages/rng.js';
import { CITIES, GIVEN, SURNAMES } from '../../kit/pages/vocab.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import { ENGLISH_MONTHS, ask, cnDate, epochSeconds, relatedWith, token } from './ordinary-parts.js';
import { cls, encode, esc, formatLabel } from './parts.js';
import type { Format, TruthDoctor, TruthPage } from './truth.js';

/**
 * Seventh fresh held-out set (split `fresh-7`): written blind on 2026-11-30 — without reading the
 * reader (src/extract/, src/flags/) and without running it on these pages — and committed before
 * its first run. Each family is modelled on the general shape of a kind of real page (from
 * memory, no copied markup) that no earlier family covers: an encyclopaedia-style health page
 * (百科 / 健康频道) whose answer is numbered sub-answers with bold lead words and whose doctor card
 * stands BELOW the content in a side column, beside a 推荐医生 block of other doctors; a uni-app
 * H5 export of a mini-program (custom <uni-view>/<uni-text> elements, inline styles and no
 * classes, dates as seconds in data attributes and printed without their year now and then, the
 * related list a horizontal scroller of items that carry their address in data-* and have no
 * <a>); an ask-a-pharmacist / nutritionist page (药师, 主管药师, 营养师; a pharmacy chain's shop or a
 * 社区卫生服务中心 in place of a hospital, no grade and often no department; a product card among
 * the answer's paragraphs); a 阅读模式 / reader view of one <article> of <p>s whose labels are in
 * English and Chinese mixed (Doctor:, Hospital:, Published: May 6, 2023); an illustrated 图文
 * answer (figures with captions between the paragraphs, the intro sometimes only as the lead
 * figure's caption, an author and a 审核 reviewer with cards of their own, the date now and then
 * only in a data attribute filled by script); a many-answer page (问答 portals) where the page's
 * own answer is the one marked 最佳答案 / 已采纳, wherever it stands, among other doctors' answers.
 *
 * The answer key holds what a careful person reads on the page, as printed. A field the page does
 * not print is null (a pharmacy has no grade; a date printed 05-06 without its year, or only in
 * an attribute, is not printed); a related item without a printed date has date null; ads and
 * product cards in a related list are no items.
 */

const [Y, M, D] = [(iso: string) => iso.slice(0, 4), (iso: string) => iso.slice(5, 7), (iso: string) => iso.slice(8, 10)];
const dotted = (iso: string) => `${Y(iso)}.${M(iso)}.${D(iso)}`;

/** The format word a site prints, without brackets. */
const FORMAT_WORDS: Record<Exclude<Format, 'unknown'>, readonly string[]> = {
  voice: ['语音回答', '语音解答', '语音'],
  text: ['图文回答', '图文解答', '图文'],
  video: ['视频回答', '视频解答', '视频'],
};
const formatWord = (rng: Rng, f: Format) => (f === 'unknown' ? '' : rng.pick(FORMAT_WORDS[f]));

/** Another doctor: a name the page's doctor does not have, a title, a hospital with its grade, a department. */
function otherDoctor(rng: Rng, not: string): Required<{ [K in keyof TruthDoctor]: string }> {
  let name = '';
  do name = rng.pick([...SURNAMES]) + rng.pick([...GIVEN]) + (rng.chance(0.5) ? rng.pick([...GIVEN]) : '');
  while (name === not);
  return {
    name,
    title: rng.pick(['主任医师', '副主任医师', '主治医师', '医师']),
    department: rng.pick(['全科医学科', '内科', '消化内科', '呼吸内科', '皮肤科', '儿科', '妇科', '中医科', '骨科']),
    hospital: rng.pick(CITIES) + rng.pick(['第一人民医院', '中心医院', '中医院', '人民医院', '第二人民医院']),
    hospital_grade: rng.pick(['三甲', '三级甲等', '二甲']),
  };
}

/** A paragraph's lead words (up to its first comma), the rest after them. */
function splitLead(p: string): [string, string] | null {
  const at = p.search(/[，,：:]/u);
  return at > 1 && at < 30 ? [p.slice(0, at), p.slice(at)] : null;
}
const NUMBERED = /^(?:[一二三四五六七八九十]+、|\d+[.、．]|（\d+）|\(\d+\))/u;

/** Off-site ads shaped like related items: a question-like title and a blurb. */
const ADS = [
  ['{t}反复发作？试试这个方法', '三甲医生在线问诊，最快3分钟回复，首单立减。'],
  ['{t}怎么调理？专家教你一招', '限时免费领取调理方案，已有10万人领取。'],
  ['治疗{t}的好方法，点击了解', '正规医院，医保定点，预约挂号不排队。'],
] as const;
const topicOf = (page: TruthPage) => ask(page).replace(/(是什么原因引起的|是怎么回事|怎么办|吃什么药|挂什么科|有哪些症状|能治好吗).*$/u, '').slice(0, 8);

/**
 * L1. An encyclopaedia-style health page (百科 / 健康频道 of a search portal): the <h1> question with
 * 更新时间 or 发布时间 in dotted or Chinese form, a player for a video or voice answer; the answer as
 * numbered sub-answers whose lead words are bold (the paragraph's own text, not a heading); a
 * 以上内容仅供参考 note, 有用 / 没用 buttons; the related list under 相关问答 / 大家还在问 with an ad
 * or two and some items without a date; then, in source order after all that, the side column:
 * the answering doctor's card (回答医生 / 答主信息: avatar, name, title, grade badge, hospital,
 * department, 擅长, 已帮助 N 人), a 推荐医生 block of other doctors' cards and 热门搜索 links.
 */
const baikeSidebar: Family = {
  name: 'baike-sidebar',
  split: 'fresh-7',
  site: 'health.soubaike.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const printFormat = page.format !== 'unknown' && rng.chance(0.5);
    const boldTag = rng.pick(['strong', 'b', 'span style="font-weight:bold"']);
    const closeBold = boldTag.split(' ')[0]!;
    const para = (p: string) => {
      const lead = NUMBERED.test(p) ? splitLead(p) : null;
      return lead ? `<p${cls(rng)}><${boldTag}>${esc(lead[0])}</${closeBold}>${esc(lead[1])}</p>` : `<p${cls(rng)}>${esc(p)}</p>`;
    };
    const date = rng.pick([`${rng.pick(['更新时间', '发布时间', '更新于'])}：${dotted(page.date!)}`, `${rng.pick(['更新时间', '审核时间'])}：${cnDate(page.date!)}`, `${page.date} ${page.time}`]);
    // The player stands only where the format is printed: a bare player would leave the key to a guess.
    const player = !printFormat
      ? ''
      : page.format === 'voice'
        ? `<div${cls(rng)}><i${cls(rng)}></i><span>${formatWord(rng, 'voice')}</span> <span>${rng.int(0, 2)}'${String(rng.int(10, 59))}"</span></div>`
        : page.format === 'video'
          ? `<div${cls(rng)}><video src="https://vd.soubaike.example/${token(rng, 16)}.mp4" poster="/img/${token(rng, 8)}.jpg" controls></video><p>${formatWord(rng, 'video')}</p></div>`
          : `<span${cls(rng)}>${formatWord(rng, 'text')}</span>`;
    const datedList = rng.chance(0.7);
    const items = page.related.map((r, i) => {
      const dated = datedList && (i > 0 ? rng.chance(0.8) : true);
      return {
        dated,
        html: `<li${cls(rng)}><a href="${r.path}" target="_blank">${esc(r.question)}</a><p${cls(rng)}>${esc(r.snippet)}</p>${dated ? `<span${cls(rng)}>${r.date}</span>` : `<span${cls(rng)}>${rng.int(2, 900)}人觉得有用</span>`}</li>`,
      };
    });
    const list = items.map((x) => x.html);
    if (list.length) {
      for (const [t, b] of rng.shuffle(ADS).slice(0, rng.int(0, 2))) {
        const ad = `<li${cls(rng)}><a href="https://e.adnet-${rng.pick(['lm', 'jk', 'yx'])}.example/c?k=${token(rng, 10)}" target="_blank">${esc(t.replace('{t}', topicOf(page)))}</a><p>${esc(b)}</p><span>${rng.pick(['广告', '推广', ''])}</span></li>`;
        list.splice(rng.int(1, list.length), 0, ad);
      }
    }
    const others = Array.from({ length: rng.int(2, 3) }, () => otherDoctor(rng, d.name!));
    const card = `<div${cls(rng)}><div${cls(rng)}>${rng.pick(['回答医生', '答主信息', '本文医生', '医生信息'])}</div>
<div${cls(rng)}><img src="/avatar/${page.item.num}.jpg" alt="${esc(d.name!)}"><div${cls(rng)}><a href="/doctor/${page.item.num}/"${cls(rng)}>${esc(d.name!)}</a> <span${cls(rng)}>${d.title}</span> <span${cls(rng)}>${d.hospital_grade}</span></div>
${rng.chance(0.5) ? `<p${cls(rng)}>${esc(d.hospital!)}</p><p${cls(rng)}>${esc(d.department!)}</p>` : `<p${cls(rng)}>${esc(d.hospital!)} ${esc(d.department!)}</p>`}
<p${cls(rng)}>擅长：${esc(d.department!)}常见病的诊断与治疗</p><p${cls(rng)}>已帮助 <b>${rng.int(1000, 400000)}</b> 人</p><a href="/consult/${page.item.num}/"${cls(rng)}>向TA提问</a></div></div>`;
    const recommended = `<div${cls(rng)}><div${cls(rng)}>${rng.pick(['推荐医生', '相关医生', '同科室医生'])}</div><ul>${others
      .map((o) => `<li${cls(rng)}><a href="/doctor/${rng.int(10000, 99999)}/">${esc(o.name)}</a> <span>${o.title}</span><p>${esc(o.hospital)} ${o.hospital_grade}</p><p>${o.department}</p></li>`)
      .join('')}</ul></div>`;
    const hot = `<div${cls(rng)}><div${cls(rng)}>热门搜索</div>${['高血压', '糖尿病', '失眠', '胃炎', '感冒'].map((w) => `<a href="/s?wd=${encodeURIComponent(w)}">${w}</a>`).join(' ')}</div>`;
    const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(page.question)}_搜百科健康</title>
<link rel="canonical" href="${page.canonical}">
<meta name="description" content="${esc(page.paragraphs[0]!.slice(0, 60))}">
</head>
<body>
<div${cls(rng)}><a href="/">搜百科·健康</a> <a href="/ask/">问答</a> <a href="/disease/">疾病百科</a> <a href="/drug/">药品</a></div>
<div${cls(rng)}><div${cls(rng)}>
<div${cls(rng)}><h1${cls(rng)}>${esc(page.question)}</h1><div${cls(rng)}><span${cls(rng)}>${date}</span> <span${cls(rng)}>${rng.int(1, 99)}万浏览</span></div></div>
${player}
<div${cls(rng)}>${page.paragraphs.map(para).join('\n')}</div>
<p${cls(rng)}>以上内容仅供参考，不能代替医生面诊，如有不适请及时就医。</p>
<div${cls(rng)}><button>有用 ${rng.int(0, 999)}</button> <button>没用</button></div>
${page.related.length ? `<div${cls(rng)}><h2${cls(rng)}>${rng.pick(['相关问答', '大家还在问', '相关问题'])}</h2><ul>${list.join('\n')}</ul></div>` : ''}
</div>
<div${cls(rng)}>${rng.shuffle([card, recommended]).join('\n')}\n${hot}</div>
</div>
<div${cls(rng)}>© 搜百科 | 本站内容由医生提供，仅供参考</div>
</body>
</html>`;
    const related = relatedWith(page, (_e, i) => ({ format: 'unknown', date: items[i]!.dated ? page.related[i]!.date : null }));
    return { body: encode(html, 'utf-8'), expected: expectedOf(page, { format: printFormat ? page.format : 'unknown', related }) };
  },
};

/**
 * L2. A uni-app H5 export of a mini-program page, prerendered: <uni-page-body>, <uni-view> and
 * <uni-text><span>…</span></uni-text> with data-v-* and inline styles, no classes; the question a
 * bold <uni-view>, no heading element; the card's lines unlabelled in some order; the answer's date
 * as seconds in data-time and printed either whole (2023-05-06, 2023.05.06) or as 05-06 14:22
 * without its year (then not printed, for the key); the answer in <uni-text> blocks or one
 * <uni-text> with <br>s; the related list a horizontal <uni-scroll-view> of cards with no <a>,
 * each carrying its address in data-href / data-url / data-path (a /q/ path or the
 * mini-program's route); a tab bar and an 打开小程序 bar.
 */
const uniappH5: Family = {
  name: 'uniapp-h5',
  split: 'fresh-7',
  site: 'h5.yixiaozhu.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const v = `data-v-${token(rng, 8)}`;
    const style = (s: string) => (rng.chance(0.8) ? ` style="${s}"` : '');
    const view = (inner: string, s = '') => `<uni-view ${v}${s ? style(s) : ''}>${inner}</uni-view>`;
    const text = (t: string, s = '') => `<uni-text ${v}${s ? style(s) : ''}><span>${t}</span></uni-text>`;
    const yearless = rng.chance(0.35);
    const shownDate = yearless ? `${M(page.date!)}-${D(page.date!)} ${page.time}` : rng.pick([page.date!, dotted(page.date!), `${page.date} ${page.time}`]);
    const printFormat = page.format !== 'unknown' && rng.chance(0.4);
    const lines = rng.shuffle([
      view(`${text(esc(d.name!), 'font-size:16px;font-weight:600;color:#333')}${text(d.title!, 'margin-left:6px;color:#666;font-size:13px')}`, 'display:flex;align-items:center'),
      view(`${text(esc(d.hospital!), 'color:#666;font-size:13px')}${text(d.hospital_grade!, 'margin-left:4px;padding:0 4px;background:#e8f3ff;color:#1677ff;font-size:11px;border-radius:2px')}`, 'margin-top:4px'),
      view(text(esc(d.department!), 'color:#999;font-size:12px'), 'margin-top:2px'),
    ]);
    const card = view(
      `<uni-image ${v} style="width:48px;height:48px;border-radius:50%"><div style="background-image:url(&quot;https://img.yixiaozhu.example/avatar/${page.item.num}.png&quot;);background-size:cover"></div></uni-image>${view(lines.join(''), 'margin-left:10px;flex:1')}${view(text('关注'), 'border:1px solid #1677ff;border-radius:14px;padding:2px 10px;color:#1677ff')}`,
      'display:flex;align-items:center;padding:12px 15px;background:#fff',
    );
    const player =
      page.format === 'voice' && printFormat
        ? view(`${text('▶')}${text(`${rng.int(20, 150)}″`)}${text(formatWord(rng, 'voice'))}`, 'display:flex;background:#f0f7ff;border-radius:20px;padding:8px 14px;width:60%')
        : printFormat
          ? view(text(formatWord(rng, page.format)), 'font-size:12px;color:#1677ff')
          : '';
    const answer = rng.chance(0.4)
      ? view(`<uni-text ${v} space="nbsp"><span>${page.paragraphs.map(esc).join('<br>')}</span></uni-text>`, 'padding:0 15px;line-height:1.8;font-size:15px')
      : view(page.paragraphs.map((p) => view(text(esc(p)), 'margin-bottom:12px')).join(''), 'padding:0 15px;line-height:1.8;font-size:15px');
    const attr = rng.pick(['data-href', 'data-url', 'data-path']);
    const route = rng.chance(0.3);
    const hrefOf = (path: string) => (route ? `/pages/qa/detail?id=${path.replace(/\D/g, '')}` : path);
    const itemDates = rng.chance(0.6);
    const items = page.related.map((r) =>
      view(
        `${view(text(esc(r.question)), 'font-weight:600;font-size:15px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap')}${view(text(esc(r.snippet)), 'font-size:13px;color:#666;-webkit-line-clamp:3;display:-webkit-box;overflow:hidden')}${itemDates ? view(text(r.date!), 'font-size:11px;color:#999') : ''}`,
        'display:inline-block;width:260px;margin-right:10px;padding:10px;background:#fff;border-radius:8px;white-space:normal;vertical-align:top',
      ).replace(`<uni-view ${v}`, `<uni-view ${v} ${attr}="${hrefOf(r.path)}"`),
    );
    const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width,user-scalable=no,initial-scale=1.0,maximum-scale=1.0,minimum-scale=1.0">
<title>${esc(page.question)}</title>
<link rel="canonical" href="${page.canonical}">
<link rel="stylesheet" href="/static/index.${token(rng, 8)}.css">
</head>
<body><noscript><strong>本站点必须要开启JavaScript才能运行</strong></noscript><div id="app"><uni-app class="uni-app--showtabbar"><uni-page data-page="pages/qa/detail"><uni-page-head uni-page-head-type="default"><div class="uni-page-head" style="background-color:#fff;color:#000"><div class="uni-page-head-hd"><div class="uni-page-head-btn"><i class="uni-btn-icon">&#xe601;</i></div></div><div class="uni-page-head-bd"><div class="uni-page-head__title">问答详情</div></div></div></uni-page-head><uni-page-wrapper><uni-page-body>${view(
      `${view(text(esc(page.question)), 'padding:15px;font-size:18px;font-weight:bold;color:#222;background:#fff')}${view(`<uni-text ${v} data-time="${epochSeconds(page.date!, page.time)}"><span>${shownDate}</span></uni-text>${text(` · ${rng.int(100, 50000)}次浏览`)}`, 'padding:0 15px 10px;font-size:12px;color:#999;background:#fff')}${card}${player}${answer}${view(text('本回答仅供参考，不能作为诊断及医疗的依据'), 'padding:10px 15px;font-size:12px;color:#bbb')}${page.related.length ? `${view(text(rng.pick(['相关问题', '相关推荐', '看了又看'])), 'padding:15px 15px 8px;font-size:16px;font-weight:bold')}<uni-scroll-view ${v}><div class="uni-scroll-view"><div class="uni-scroll-view" style="overflow-x:auto;overflow-y:hidden"><div class="uni-scroll-view-content">${view(items.join(''), 'white-space:nowrap;padding:0 15px')}</div></div></div></uni-scroll-view>` : ''}${view(`${text('打开小程序')}${text('立即咨询医生')}`, 'position:fixed;bottom:50px;left:0;right:0;display:flex;justify-content:space-around;background:#1677ff;color:#fff;padding:10px')}`,
      'background:#f5f5f5;min-height:100vh',
    )}</uni-page-body></uni-page-wrapper></uni-page><uni-tabbar class="uni-tabbar-bottom"><div class="uni-tabbar">${['首页', '问医生', '消息', '我的'].map((t) => `<div class="uni-tabbar__item"><div class="uni-tabbar__label">${t}</div></div>`).join('')}</div></uni-tabbar></uni-app></div><script src="/static/js/chunk-vendors.${token(rng, 8)}.js"></script><script src="/static/js/index.${token(rng, 8)}.js"></script></body>
</html>`;
    const related = relatedWith(page, (e, i) => ({ format: 'unknown', date: itemDates ? e.date : null, url: new URL(hrefOf(page.related[i]!.path), page.canonical).href }));
    return { body: encode(html, 'utf-8'), expected: expectedOf(page, { date: yearless ? null : page.date, format: printFormat ? page.format : 'unknown', related }) };
  },
};

const PHARMACIST_TITLES = ['药师', '执业药师', '主管药师', '副主任药师', '临床药师'];
const NUTRITIONIST_TITLES = ['营养师', '注册营养师', '公共营养师', '临床营养师'];
const CHAINS = ['益康大药房', '仁心堂大药房', '百姓健康大药房', '国泰药房连锁', '康之家医药连锁'];
const DISTRICTS = ['解放路', '中山北路', '人民广场', '滨江', '新华街', '城南'];
const PRODUCTS = [
  ['布洛芬缓释胶囊', '0.3g*20粒'],
  ['蒙脱石散', '3g*10袋'],
  ['维生素C咀嚼片', '100mg*60片'],
  ['益生菌粉', '2g*20袋'],
  ['氯雷他定片', '10mg*6片'],
] as const;

/**
 * L3. An ask-a-pharmacist / nutritionist page of a pharmacy chain's or a health app's site: the
 * answerer's title is 药师 … or 营养师 …, the place a pharmacy shop (益康大药房（解放路店）) — no grade,
 * no department — or a 社区卫生服务中心 (a department now and then, 一级 now and then) or a
 * hospital's 药剂科 / 临床营养科 with its grade; the asker's 患者信息 line (sex, age, 过敏史, 孕期); the
 * answer under 药师解答 / 营养师建议 with a product card (name, 规格, price, 加入购物车) after it or
 * between its paragraphs; the date 2023.05.06 or 解答时间：…; related questions mixed with product
 * links (/goods/…, ¥ prices) under 其他用户还问了.
 */
const pharmacistQa: Family = {
  name: 'pharmacist-qa',
  split: 'fresh-7',
  site: 'www.yaoshi-wenda.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const nutrition = rng.chance(0.35);
    const place = rng.weighted([['shop', 5], ['community', 3], ['hospital', 2]] as const);
    const city = rng.pick(CITIES);
    const doctor: TruthDoctor = {
      name: d.name,
      title: rng.pick(nutrition ? NUTRITIONIST_TITLES : PHARMACIST_TITLES),
      department: null,
      hospital: null,
      hospital_grade: null,
    };
    if (place === 'shop') doctor.hospital = `${rng.pick(CHAINS)}（${rng.pick(DISTRICTS)}店）`;
    if (place === 'community') {
      doctor.hospital = `${city}${rng.pick(DISTRICTS)}社区卫生服务中心`;
      if (rng.chance(0.4)) doctor.department = rng.pick(['全科', '药房', '预防保健科']);
      if (rng.chance(0.4)) doctor.hospital_grade = '一级';
    }
    if (place === 'hospital') {
      doctor.hospital = d.hospital;
      doctor.department = nutrition ? rng.pick(['临床营养科', '营养科']) : rng.pick(['药剂科', '临床药学科', '药学部']);
      doctor.hospital_grade = d.hospital_grade;
    }
    const role = nutrition ? '营养师' : '药师';
    const pairs: Array<[string, string]> = [[rng.pick([`答疑${role}`, `解答${role}`, role]), `${esc(doctor.name!)} <span>${doctor.title}</span>`]];
    pairs.push([rng.pick(['执业单位', '所在单位', place === 'shop' ? '所在药店' : '工作单位']), `${esc(doctor.hospital!)}${doctor.hospital_grade ? ` <em>${doctor.hospital_grade}</em>` : ''}`]);
    if (doctor.department) pairs.push([rng.pick(['科室', '部门']), esc(doctor.department)]);
    const cardStyle = rng.int(0, 2);
    const card =
      cardStyle === 0
        ? `<div${cls(rng)}>${pairs.map(([l, x]) => `<p${cls(rng)}><label>${l}：</label>${x}</p>`).join('')}</div>`
        : cardStyle === 1
          ? `<div${cls(rng)}><img src="/avatar/${page.item.num}.jpg" alt=""><div${cls(rng)}>${pairs.map(([, x]) => `<div${cls(rng)}>${x}</div>`).join('')}<div${cls(rng)}>${role}认证 · 已解答${rng.int(50, 9000)}个问题</div></div></div>`
          : `<div${cls(rng)}>${pairs.map(([l, x]) => `${l}：${x}`).join(rng.pick([' | ', '　', '；']))}</div>`;
    const product = () => {
      const [name, spec] = rng.pick(PRODUCTS);
      return `<div${cls(rng)}><a href="/goods/${rng.int(10000, 99999)}.html"><img src="/goods/img/${token(rng, 8)}.jpg" alt="${name}"><p>${name}</p><p>规格：${spec}</p><p>¥${rng.int(8, 99)}.${rng.int(0, 9)}0</p></a><button>加入购物车</button></div>`;
    };
    const cardFirst = rng.chance(0.5);
    const paragraphs = page.paragraphs.map((p) => `<p>${esc(p)}</p>`);
    const productInside = rng.chance(0.4) && paragraphs.length > 1;
    if (productInside) paragraphs.splice(rng.int(1, paragraphs.length - 1), 0, product());
    const date = rng.pick([dotted(page.date!), `${rng.pick(['解答时间', '回复时间'])}：${page.date} ${page.time}`, `${dotted(page.date!)} ${page.time}`]);
    const list = page.related.map((r) => `<li${cls(rng)}><a href="${r.path}">${esc(r.question)}</a><p>${esc(r.snippet)}</p><span>${dotted(r.date!)}</span></li>`);
    if (list.length)
      for (let n = rng.int(1, 2); n > 0; n--) {
        const [name, spec] = rng.pick(PRODUCTS);
        list.splice(rng.int(0, list.length), 0, `<li${cls(rng)}><a href="/goods/${rng.int(10000, 99999)}.html">${name} ${spec}</a><p>${rng.pick(['药师推荐', '热销', '门店自提'])}</p><span>¥${rng.int(8, 99)}.${rng.int(0, 9)}0</span></li>`);
      }
    const html = `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(page.question)}-${role}问答-药师帮问答</title>
<link rel="canonical" href="${page.canonical}">
</head>
<body>
<div${cls(rng)}><a href="/">药师帮问答</a> <a href="/yaopin/">查药品</a> <a href="/yaodian/">附近药店</a> <a href="/app/">下载APP</a></div>
<div${cls(rng)}>
<h1${cls(rng)}>${esc(page.question)}</h1>
<div${cls(rng)}>患者信息：${rng.pick(['男', '女'])} ${rng.int(1, 80)}岁 | 过敏史：${rng.pick(['无', '青霉素过敏', '不详'])} | 孕期/哺乳期：${rng.pick(['否', '是'])}</div>
<div${cls(rng)}>问题描述：${esc(ask(page))}，${rng.pick(['能吃什么药', '平时饮食要注意什么', '需要去医院吗'])}？</div>
</div>
<div${cls(rng)}>
${cardFirst ? card : ''}
<div${cls(rng)}>${rng.pick([`${role}解答`, `${role}建议`, '专业解答'])}</div>
${cardFirst ? '' : card}
<div${cls(rng)}>${paragraphs.join('\n')}</div>
${productInside ? '' : product()}
<div${cls(rng)}>${date}</div>
<p${cls(rng)}>温馨提示：用药请遵医嘱或在药师指导下使用，本解答仅供参考。</p>
</div>
${page.related.length ? `<div${cls(rng)}><h3>${rng.pick(['其他用户还问了', '相关问题', '相似问题'])}</h3><ul>${list.join('\n')}</ul></div>` : ''}
<div${cls(rng)}>药品网络销售许可证 · 互联网药品信息服务资格证书（京）-经营性-2020-0000</div>
</body>
</html>`;
    const related = relatedWith(page, () => ({ format: 'unknown' }));
    return { body: encode(html, 'utf-8'), expected: expectedOf(page, { doctor, format: 'unknown', related }) };
  },
};

const ENGLISH_FORMAT: Record<Exclude<Format, 'unknown'>, string> = { voice: 'Voice answer', text: 'Text answer', video: 'Video answer' };

/**
 * L4. The site's 阅读模式 / reader view: no side blocks, one <article> of <p>s. The question an
 * <h1> (or a `Q:` / `问：` line), then labelled lines whose labels are English or Chinese at random
 * (Doctor: / 医生：, Title:, Dept.: / 科室：, Hospital: / 医院：, the grade in brackets after the
 * hospital), the date as `Published: May 6, 2023`, `6 May 2023` or 2023-05-06, the answer's format
 * in English (Voice answer) or Chinese; an `A:` / `Answer:` / `回答：` line of its own over the
 * answer's paragraphs; `Related:` / `相关问答：` then per item a linked question <p>, a snippet <p>
 * and a `Voice · 2021-05-18` line; the reading time (约 2 分钟) and a 退出阅读模式 link.
 */
const readerMode: Family = {
  name: 'reader-mode',
  split: 'fresh-7',
  site: 'www.jiankangdu.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const en = () => rng.chance(0.6);
    const label = (english: string, chinese: string) => (en() ? `${english}: ` : `${chinese}：`);
    const printFormat = page.format !== 'unknown' && rng.chance(0.6);
    const [y, m, dd] = [Number(Y(page.date!)), Number(M(page.date!)), Number(D(page.date!))];
    const dateShown = rng.pick([`${ENGLISH_MONTHS[m - 1]} ${dd}, ${y}`, `${dd} ${ENGLISH_MONTHS[m - 1]!.slice(0, 3)} ${y}`, page.date!, cnDate(page.date!)]);
    const fmt = (f: Format) => (f === 'unknown' ? '' : rng.chance(0.5) ? ENGLISH_FORMAT[f] : formatWord(rng, f));
    const nameLine = rng.chance(0.5)
      ? [`${label('Doctor', '医生')}${esc(d.name!)}`, `${label('Title', '职称')}${d.title}`]
      : [`${label('Doctor', '医生')}${esc(d.name!)}（${d.title}）`];
    const card = [
      ...nameLine,
      `${label(rng.pick(['Dept.', 'Department']), '科室')}${esc(d.department!)}`,
      rng.chance(0.5) ? `${label('Hospital', '医院')}${esc(d.hospital!)}（${d.hospital_grade}）` : `${label('Hospital', '医院')}${esc(d.hospital!)} [${d.hospital_grade}]`,
    ];
    const meta = [`${label(rng.pick(['Published', 'Date', 'Answered']), rng.pick(['发布时间', '回答时间']))}${dateShown}`, ...(printFormat ? [`${label('Format', '类型')}${fmt(page.format)}`] : [])];
    const head = rng.chance(0.7) ? `<h1>${esc(page.question)}</h1>` : `<p><b>${rng.pick(['Q: ', '问：'])}</b>${esc(page.question)}</p>`;
    const opening = rng.pick(['A:', 'Answer:', '回答：', '医生回答：']);
    const itemFormat = rng.chance(0.5);
    const items = page.related.flatMap((r) => [
      `<p><a href="${new URL(r.path, page.canonical).href}">${esc(r.question)}</a></p>`,
      `<p>${esc(r.snippet)}</p>`,
      `<p>${itemFormat ? `${fmt(r.format)} · ` : ''}${r.date}</p>`,
    ]);
    const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(page.question)} | Reader</title>
<link rel="canonical" href="${page.canonical}">
<style>article{max-width:38em;margin:auto;font:18px/1.7 serif}</style>
</head>
<body${cls(rng)}>
<div${cls(rng)}><a href="${page.canonical}">${rng.pick(['退出阅读模式', 'Exit reader view'])}</a> · <span>${rng.pick([`约 ${rng.int(1, 4)} 分钟`, `${rng.int(1, 4)} min read`])}</span></div>
<article>
${head}
${rng.shuffle([...card, ...meta]).map((l) => `<p>${l}</p>`).join('\n')}
<p><b>${opening}</b></p>
${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
<p><i>${rng.pick(['Disclaimer: for reference only, not a substitute for medical advice.', '声明：本文仅供参考，不能代替面诊。'])}</i></p>
${page.related.length ? `<p><b>${rng.pick(['Related:', 'Related questions', '相关问答：'])}</b></p>\n${items.join('\n')}` : ''}
</article>
</body>
</html>`;
    const related = relatedWith(page, () => (itemFormat ? {} : { format: 'unknown' }));
    return { body: encode(html, 'utf-8'), expected: expectedOf(page, { format: printFormat ? page.format : 'unknown', related }) };
  },
};

const CAPTIONS = ['▲ 示意图', '图片来源：网络，侵删', '图：相关部位示意', '（图片仅供参考）', '▲ 图源：站酷海洛'];

/**
 * L5. An illustrated 图文 answer (a 科普 site's Q&A): figures between the paragraphs whose captions
 * are picture credits or ▲ 示意图 — and on some pages the answer's opening sentence printed only as
 * the lead figure's caption (it is the answer's first paragraph all the same); the card of the
 * author (作者 / 回答) and, on half the pages, a reviewer's card (审核 / 医学审核) with a full card
 * of its own, before or after the author's; the date 2023.05.06, 发布于 …, or only in
 * data-timestamp on an empty <span> a script fills (not printed); a 温馨提示 box; related 科普
 * items with thumbnails, 阅读 counts, an off-site ad marked 广告.
 */
const figureAnswer: Family = {
  name: 'figure-answer',
  split: 'fresh-7',
  site: 'www.kepu-tuwen.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const reviewer = rng.chance(0.5) ? otherDoctor(rng, d.name!) : null;
    const hiddenDate = rng.chance(0.3);
    const captionIntro = page.paragraphs.length > 1 && rng.chance(0.4);
    const figure = (caption: string) => `<figure${cls(rng)}><img src="https://img.kepu-tuwen.example/${token(rng, 12)}.jpg" alt="${rng.pick(['示意图', '', '图片'])}" width="640"><figcaption${cls(rng)}>${esc(caption)}</figcaption></figure>`;
    const body: string[] = [];
    page.paragraphs.forEach((p, i) => {
      if (i === 0 && captionIntro) body.push(figure(p));
      else {
        body.push(`<p${cls(rng)}>${esc(p)}</p>`);
        if (rng.chance(0.3)) body.push(figure(rng.pick(CAPTIONS)));
      }
    });
    if (!captionIntro && rng.chance(0.5)) body.unshift(figure(rng.pick(CAPTIONS)));
    const cardOf = (role: string, x: { name: string; title: string; department: string; hospital: string; hospital_grade: string }) =>
      `<div${cls(rng)}><span${cls(rng)}>${role}</span><img src="/avatar/${token(rng, 6)}.jpg" alt="${esc(x.name)}"><a href="/doctor/${token(rng, 6)}"${cls(rng)}>${esc(x.name)}</a> <span${cls(rng)}>${x.title}</span><p${cls(rng)}>${esc(x.hospital)} <span${cls(rng)}>${x.hospital_grade}</span> ${esc(x.department)}</p></div>`;
    const author = cardOf(rng.pick(['作者', '回答', '解答医生']), d as { name: string; title: string; department: string; hospital: string; hospital_grade: string });
    const cards = reviewer ? (rng.chance(0.5) ? [author, cardOf(rng.pick(['审核', '医学审核', '审核专家']), reviewer)] : [cardOf(rng.pick(['审核', '医学审核', '审核专家']), reviewer), author]) : [author];
    const date = hiddenDate
      ? `<span${cls(rng)} data-timestamp="${epochSeconds(page.date!, page.time)}"></span>`
      : `<span${cls(rng)}>${rng.pick([dotted(page.date!), `发布于 ${dotted(page.date!)}`, `${cnDate(page.date!)}发布`])}</span>`;
    const printFormat = page.format !== 'unknown' && rng.chance(0.4);
    const list = page.related.map(
      (r) =>
        `<li${cls(rng)}><a href="${r.path}"><img src="/thumb/${token(rng, 8)}.jpg" alt=""><h4>${esc(r.question)}</h4></a><p>${esc(r.snippet)}</p><span>${dotted(r.date!)}</span> <span>阅读 ${rng.int(1, 99)}${rng.pick(['', '万'])}</span></li>`,
    );
    if (list.length && rng.chance(0.6))
      list.splice(rng.int(1, list.length), 0, `<li${cls(rng)}><a href="https://www.promo-jk.example/land/${token(rng, 6)}" rel="nofollow" target="_blank"><img src="/ad/${token(rng, 6)}.jpg" alt=""><h4>${esc(topicOf(page))}${rng.pick(['反复发作怎么办？', '的调理方法'])}</h4></a><p>专家在线解答，点击免费咨询。</p><span>广告</span></li>`);
    const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(page.question)} - 科普图文</title>
<link rel="canonical" href="${page.canonical}">
<meta property="og:type" content="article">
</head>
<body>
<div${cls(rng)}><a href="/">科普图文</a> <a href="/wenda/">问答</a> <a href="/video/">视频</a></div>
<div${cls(rng)}>
<h1${cls(rng)}>${esc(page.question)}</h1>
<div${cls(rng)}>${date}${printFormat ? ` <span${cls(rng)}>${formatLabel(rng, page.format)}</span>` : ''} <span${cls(rng)}>${rng.int(100, 90000)}阅读</span></div>
<div${cls(rng)}>${cards.join('\n')}</div>
<div${cls(rng)}>${body.join('\n')}</div>
<div${cls(rng)}><b>温馨提示</b><p>本文仅为健康科普，不能代替医生面诊，如有不适请及时就医。</p></div>
</div>
${page.related.length ? `<div${cls(rng)}><h3>${rng.pick(['相关科普', '相关问答', '你可能还想看'])}</h3><ul>${list.join('\n')}</ul></div>` : ''}
<div${cls(rng)}>© 科普图文</div>
<script>document.querySelectorAll('[data-timestamp]').forEach(function(e){var t=new Date(e.dataset.timestamp*1000);e.textContent=t.getFullYear()+'.'+(t.getMonth()+1)+'.'+t.getDate()})</script>
</body>
</html>`;
    const related = relatedWith(page, () => ({ format: 'unknown' }));
    return { body: encode(html, 'utf-8'), expected: expectedOf(page, { date: hiddenDate ? null : page.date, format: printFormat ? page.format : 'unknown', related }) };
  },
};

const OTHER_ANSWERS = [
  '你好，根据你的描述，{q}需要结合具体检查来判断，建议到正规医院就诊。',
  '建议先做个相关检查，明确原因后再对症处理，平时注意休息，饮食清淡。',
  '这种情况一般不用太担心，注意观察，如果症状加重要及时就医。',
  '可以先在医生指导下用药观察几天，不要自行乱用药物。',
  '{q}的原因比较多，最好面诊，必要时复查。',
];

/**
 * L6. A 问答 portal's page with several doctors' answers (2 to 4, 共N条回答): each with a full
 * card (name, title, hospital with grade, department) and 回答时间; the page's own answer is the
 * one marked 最佳答案 / 提问者采纳 / 已采纳 (a badge's text or a picture's alt), wherever it
 * stands — often second or last, and sometimes with the earliest date; the others are short
 * answers of other doctors; the asker's 问题描述 / 曾经的治疗情况 / 想得到怎样的帮助 block; related
 * items with 3个回答 counts, a date on some only, and an ad.
 */
const acceptedAnswer: Family = {
  name: 'accepted-answer',
  split: 'fresh-7',
  site: 'www.wenyi-120.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const count = rng.int(2, 4);
    const at = rng.weighted(Array.from({ length: count }, (_, i) => [i, i === 0 ? 1 : 3] as const));
    const mark = rng.pick([
      `<span${cls(rng)}>最佳答案</span>`,
      `<span${cls(rng)}>提问者采纳</span>`,
      `<i${cls(rng)}>已采纳</i>`,
      `<img src="/static/best.png" alt="最佳答案"${cls(rng)}>`,
    ]);
    const answerBlock = (x: { name: string; title: string; department: string; hospital: string; hospital_grade: string }, paragraphs: readonly string[], iso: string, time: string, best: boolean) =>
      `<div${cls(rng)}>${best ? mark : ''}<div${cls(rng)}><img src="/avatar/${token(rng, 6)}.jpg" alt=""><a href="/doctor/${token(rng, 6)}/"${cls(rng)}>${esc(x.name)}</a> <span${cls(rng)}>${x.title}</span> <span${cls(rng)}>${esc(x.department)}</span><p${cls(rng)}>${esc(x.hospital)}（${x.hospital_grade}）</p></div>
<div${cls(rng)}>${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>
<div${cls(rng)}>回答时间：${iso} ${time} <a href="#">有帮助(${rng.int(0, 99)})</a></div></div>`;
    const shift = (days: number) => new Date(Date.parse(`${page.date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    // Every answer comes after the question was asked; the page's own is not always the first.
    const asked = -rng.int(2, 4);
    const blocks: string[] = [];
    for (let i = 0; i < count; i++) {
      if (i === at) blocks.push(answerBlock(d as Parameters<typeof answerBlock>[0], page.paragraphs, page.date!, page.time, true));
      else {
        const o = otherDoctor(rng, d.name!);
        const n = rng.int(1, 2);
        const paras = rng.shuffle(OTHER_ANSWERS).slice(0, n).map((t) => t.replace('{q}', topicOf(page)));
        blocks.push(answerBlock(o, paras, shift(rng.int(asked, 3)), `${String(rng.int(7, 22)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`, false));
      }
    }
    const list = page.related.map((r, i) => ({
      dated: i === 0 || rng.chance(0.6),
      r,
    }));
    const listHtml = list.map(({ dated, r }) => `<li${cls(rng)}><a href="${r.path}">${esc(r.question)}</a><p>${esc(r.snippet)}</p><span>${rng.int(1, 9)}个回答</span>${dated ? ` <span>${r.date}</span>` : ''}</li>`);
    if (listHtml.length && rng.chance(0.5))
      listHtml.splice(rng.int(1, listHtml.length), 0, `<li${cls(rng)}><a href="https://cpro.adunion-${rng.pick(['a', 'b'])}.example/c/${token(rng, 8)}" target="_blank">${esc(topicOf(page))}专科医院排名，在线预约</a><p>医保定点，名医坐诊，${rng.int(2, 9)}分钟快速回复。</p><span>广告</span></li>`);
    const html = `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>${esc(page.question)}_问医120</title>
<link rel="canonical" href="${page.canonical}">
</head>
<body>
<div${cls(rng)}><a href="/">问医120</a> &gt; <a href="/list/">健康问答</a> &gt; <span>${esc(d.department!)}</span></div>
<div${cls(rng)}>
<h1${cls(rng)}>${esc(page.question)}</h1>
<div${cls(rng)}><p><b>问题描述：</b>${esc(ask(page))}，${rng.pick(['已经有一周了', '反反复复', '最近加重了'])}。</p><p><b>曾经的治疗情况和效果：</b>${rng.pick(['没有治疗过', '自己吃过药，效果不明显'])}</p><p><b>想得到怎样的帮助：</b>${rng.pick(['怎么治疗', '严重吗', '需要做什么检查'])}？</p><span>${rng.pick(['男', '女'])} ${rng.int(2, 80)}岁 提问时间：${shift(asked)}</span></div>
</div>
<div${cls(rng)}><div${cls(rng)}>共${count}条${rng.pick(['回答', '医生回答'])}</div>
${blocks.join('\n')}
</div>
<p${cls(rng)}>以上回答仅供参考，不能作为诊断及医疗的依据。</p>
${page.related.length ? `<div${cls(rng)}><h3>${rng.pick(['相关问题', '相关问答', '大家都在问'])}</h3><ul>${listHtml.join('\n')}</ul></div>` : ''}
<div${cls(rng)}>© 问医120</div>
</body>
</html>`;
    const related = relatedWith(page, (e, i) => ({ format: 'unknown', date: list[i]!.dated ? e.date : null }));
    return { body: encode(html, 'utf-8'), expected: expectedOf(page, { format: 'unknown', related }) };
  },
};

export const FRESH7_FAMILIES: readonly Family[] = [baikeSidebar, uniappH5, pharmacistQa, readerMode, figureAnswer, acceptedAnswer];
