import type { Rng } from '../../kit/pages/rng.js';
import { TOPICS } from '../../kit/pages/vocab.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import { DISCLAIMERS, FEW_TITLES, RELATED_HEADS, formatWord, otherName, plainCard, relatedList, relatedWith, whenLine } from './ordinary-parts.js';
import { cls, esc, wrap } from './parts.js';
import type { TruthPage } from './truth.js';

/**
 * Seventeenth fresh held-out set (split `fresh-17`): written blind on 2026-12-01 — without reading the
 * reader (src/extract/, src/flags/) or its tests and without running it on these pages — and
 * committed before its first run. Each family is modelled on the general shape of a kind of real
 * page (from memory, no copied markup) that no earlier family covers: a 注音 page that prints pinyin
 * over the hard characters with `<ruby>`; a 化验单解读 answer full of values and units written with
 * `<sup>` / `<sub>` (10<sup>9</sup>/L, HbA<sub>1c</sub>, kg/m<sup>2</sup>) and `<abbr title>` short
 * names; an answer holding a small table (drug | dose | times a day) between its paragraphs; a page
 * with an AI 总结 box restating the answer and 划重点 `<mark>`s inside it; a 猜你想问 list mixing
 * items with snippets and bare linked questions beside a list of doctor links; a compact doctor card
 * whose values are printed short, with the full value in a tooltip.
 *
 * The answer key holds what a careful person reads on the page, as displayed; a field the page does
 * not print is null, and agrees with the earlier splits (meta / og / JSON-LD are not printed; an
 * item is known by its address; hidden and non-rendered text is no text; a linked question with no
 * snippet is no item, as app-interstitial's locked ones and wechat-article's titles-only list; a
 * `<sup>[1]</sup>` footnote marker is none of the paragraph, as in baike-links).
 * - ruby-annotate: the text is the base characters: `<rt>` pinyin and `<rp>` brackets are none of
 *   the question, the answer or an item's question; the 拼音 on/off switch is no text of the answer.
 * - lab-units: `<sup>` and `<sub>` that write an exponent, a charge or an index ARE text, kept in
 *   place with nothing added, as a copy of the text gives them (`×10<sup>9</sup>/L` → `×109/L`,
 *   `HbA<sub>1c</sub>` → `HbA1c`, `Ca<sup>2+</sup>` → `Ca2+`, `kg/m<sup>2</sup>` → `kg/m2`); an
 *   `<abbr title>` is its printed short name (`ALT`), the title only a tooltip; a bracketed footnote
 *   marker (`<sup>[1]</sup>`) is none of the text and its 参考文献 list none of the answer. The
 *   values paragraphs are the doctor's answer like the others.
 * - answer-table: the answer is its paragraphs and its table in printed order; the table is one
 *   paragraph per row, the header row included, the row's cells' texts joined by one space
 *   (`药物 用法 每日次数`, `降压药 每次1片 1次`), as list-answer keyed one `<li>` one paragraph; the
 *   sentence before the table that introduces it is a paragraph of the answer.
 * - ai-summary: the AI 总结 box (its heading, its points — which may repeat the answer's sentences
 *   word for word —, its `内容由AI生成` note and its 继续问AI chips) is none of the answer and no
 *   related list; a `<mark>` inside a sentence is part of the sentence; the 有帮助 / 没帮助 votes are
 *   none of the answer.
 * - guess-ask: a 猜你想问 list item is one that prints a snippet under its linked question; a bare
 *   linked question in the same list is no item (the list's count is the items with snippets, in
 *   order; the page entry's related_urls their links). Where every one of the list's questions is bare
 *   (no snippet in the list: a list of bare linked questions), they are link-only items (`paragraphs: []`,
 *   the page entry's related_urls), as from fresh-47 on: key changed in the thirty-fifth stop, after
 *   eval.ts came to score related_urls on every page (it keyed them no items); the 推荐医生 / 本科室医生 list of doctor links (name, title, hospital, 擅长 sentence) is
 *   no related list, and its doctors are none of the page's card.
 * - abbr-card: a card value printed short (`副主任`, `心内科`, `三甲`) is keyed as printed: the `title`
 *   attribute's full value (`副主任医师`, `心血管内科`) is a tooltip, not a print of the value (unlike
 *   relative-title, where the print `3天前` is no date at all); a value clipped only by CSS
 *   (`text-overflow:ellipsis`, the whole text in the element) is the whole text.
 * Format is printed only where a format word is printed; related items' formats and dates only
 * where the list prints them.
 */

/** A whole page around a body: charset, title, canonical, top bar, footer. */
const pageDocument = (page: TruthPage, siteName: string, body: string, head = '') => `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(page.question)}_${siteName}</title>
<link rel="canonical" href="${page.canonical}">
${head}</head>
<body>
<div class="top-nav"><a href="/">${siteName}</a> <a href="/ask/">问医生</a> <a href="/jibing/">查疾病</a></div>
${body}
<div class="site-foot">© ${siteName} 版权所有</div>
</body>
</html>`;

// Pinyin of the characters a 注音 page annotates (those readers stumble on, and a few common ones).
const PINYIN: Record<string, string> = {
  龋: 'qǔ', 嗳: 'ài', 荨: 'xún', 疹: 'zhěn', 瘙: 'sào', 痒: 'yǎng', 疱: 'pào', 痔: 'zhì', 肛: 'gāng', 咽: 'yān',
  嘶: 'sī', 哑: 'yǎ', 涩: 'sè', 屑: 'xiè', 黏: 'nián', 椎: 'zhuī', 颈: 'jǐng', 痰: 'tán', 喘: 'chuǎn', 酶: 'méi',
  胰: 'yí', 龈: 'yín', 栓: 'shuān', 渗: 'shèn', 膝: 'xī', 溃: 'kuì', 疡: 'yáng', 嗽: 'sòu', 腺: 'xiàn', 泌: 'mì',
  膜: 'mó', 囊: 'náng', 胆: 'dǎn', 悸: 'jì', 眩: 'xuàn', 臀: 'tún', 腭: 'è', 疣: 'yóu', 痉: 'jìng', 挛: 'luán',
  蛋: 'dàn', 酸: 'suān', 剂: 'jì', 晕: 'yūn', 胀: 'zhàng', 烧: 'shāo', 炎: 'yán', 慌: 'huāng', 嗝: 'gé', 痹: 'bì',
  疼: 'téng', 痛: 'tòng', 疗: 'liáo', 症: 'zhèng', 肿: 'zhǒng', 腹: 'fù', 胃: 'wèi', 肠: 'cháng', 湿: 'shī', 疾: 'jí',
  涕: 'tì', 嚏: 'tì', 鼻: 'bí', 眠: 'mián', 泪: 'lèi', 尿: 'niào', 呕: 'ǒu', 麻: 'má', 疲: 'pí', 乏: 'fá',
  糖: 'táng', 脂: 'zhī', 肪: 'fáng', 痿: 'wěi', 瘀: 'yū', 疮: 'chuāng', 癌: 'ái', 孕: 'yùn', 娠: 'shēn', 哺: 'bǔ',
};
const RUBY_CHARS = Object.keys(PINYIN);

/**
 * F1. A 注音 (pinyin-annotated) page of a 科普 site for families and elders: the hard characters of
 * the question, the answer and (on half the pages) the related questions carry their pinyin in
 * `<ruby>`: `<ruby>龋<rt>qǔ</rt></ruby>`, with `<rp>(</rp>…<rp>)</rp>` fallbacks on some pages, the
 * base in `<rb>`, or a run of annotated characters in one `<ruby>` (`<ruby>疼<rt>téng</rt>痛<rt>tòng</rt></ruby>`); each page annotates its own choice of characters, every time or only the first time
 * in a paragraph; a 拼音 开/关 switch over the answer. Card ordinary (grade on 60%), date, a format word
 * on 40%, related items dated on half the pages.
 */
const rubyAnnotate: Family = {
  name: 'ruby-annotate',
  split: 'fresh-17',
  site: 'www.zhuyin-kepu.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.6) && page.doctor.hospital_grade !== null;
    const printFormat = page.format !== 'unknown' && rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const chosen = new Set(rng.shuffle(RUBY_CHARS).slice(0, rng.int(25, 55)));
    // At least one character of the answer annotated, where the answer has one the site would annotate.
    const inAnswer = RUBY_CHARS.filter((c) => page.paragraphs.some((p) => p.includes(c)));
    if (inAnswer.length && !inAnswer.some((c) => chosen.has(c))) chosen.add(rng.pick(inAnswer));
    const everyTime = rng.chance(0.5);
    const style = rng.pick(['plain', 'rp', 'rb', 'group'] as const);
    const pair = (c: string) => {
      const py = PINYIN[c]!;
      if (style === 'rp') return `${c}<rp>(</rp><rt>${py}</rt><rp>)</rp>`;
      if (style === 'rb') return `<rb>${c}</rb><rt>${py}</rt>`;
      return `${c}<rt>${py}</rt>`;
    };
    // Each annotated character in a <ruby> of its own, or ('group') a run of them in one <ruby>.
    const annotate = (text: string) => {
      const seen = new Set<string>();
      const out: string[] = [];
      let run: string[] = [];
      const flush = () => {
        if (run.length) out.push(style === 'group' ? `<ruby>${run.map(pair).join('')}</ruby>` : run.map((c) => `<ruby>${pair(c)}</ruby>`).join(''));
        run = [];
      };
      for (const c of Array.from(text)) {
        if (!chosen.has(c) || (!everyTime && seen.has(c))) {
          flush();
          out.push(esc(c));
          continue;
        }
        seen.add(c);
        run.push(c);
      }
      flush();
      return out.join('');
    };
    const itemsAnnotated = rng.chance(0.5);
    const toggle = `<div${cls(rng)}><span${cls(rng)}>${rng.pick(['拼音', '注音', '显示拼音'])}</span> <a href="javascript:;"${cls(rng)}>${rng.pick(['开', '关'])}</a></div>`;
    const answer = `<div${cls(rng)}>${page.paragraphs.map((p) => `<p>${annotate(p)}</p>`).join('\n')}</div>`;
    const body = wrap(
      rng,
      `<h1${cls(rng)}>${annotate(page.question)}</h1>\n${plainCard(rng, page, gradeShown)}\n${whenLine(rng, page, printFormat)}\n${toggle}\n${answer}\n<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>`,
    );
    const head = `<style>rt{font-size:10px;color:#999}ruby{ruby-position:over}</style>\n`;
    const html = pageDocument(page, '注音科普', `${body}\n${relatedList(rng, page.related, datedItems, RELATED_HEADS, itemsAnnotated ? annotate : esc)}`, head);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...page.doctor, hospital_grade: gradeShown ? page.doctor.hospital_grade : null },
        format: printFormat ? page.format : 'unknown',
        related: relatedWith(page, (e) => ({ format: 'unknown', date: datedItems ? e.date : null })),
      }),
    };
  },
};

/** A sentence of lab values: its markup and its text as the key holds it. */
interface Marked {
  html: string;
  text: string;
}

const sup = (s: string): Marked => ({ html: `<sup>${s}</sup>`, text: s });
const sub = (s: string): Marked => ({ html: `<sub>${s}</sub>`, text: s });
const abbr = (short: string, full: string): Marked => ({ html: `<abbr title="${full}">${short}</abbr>`, text: short });
/** Joins strings (escaped) and marked pieces into one piece. */
const marked = (...parts: (string | Marked)[]): Marked => ({
  html: parts.map((p) => (typeof p === 'string' ? esc(p) : p.html)).join(''),
  text: parts.map((p) => (typeof p === 'string' ? p : p.text)).join(''),
});
const decimal = (rng: Rng, lo: number, hi: number, places = 1) => (lo + rng.next() * (hi - lo)).toFixed(places);

/** Sentences a doctor writes when reading a lab sheet, each with its superscripts and subscripts. */
const LAB_SENTENCES: readonly ((rng: Rng) => Marked)[] = [
  (rng) => marked('化验单上白细胞计数', decimal(rng, 9.6, 14.8), '×10', sup('9'), '/L，高于正常参考值（3.5～9.5）×10', sup('9'), '/L'),
  (rng) => marked('红细胞计数', decimal(rng, 3.2, 3.9, 2), '×10', sup('12'), '/L，血红蛋白', String(rng.int(86, 108)), 'g/L，提示轻度贫血'),
  (rng) => marked('血小板', String(rng.int(320, 460)), '×10', sup('9'), '/L，略微偏高'),
  (rng) => marked('糖化血红蛋白（HbA', sub('1c'), '）是', decimal(rng, 6.6, 9.4), '%，HbA', sub('1c'), '一般建议控制在7%以下'),
  (rng) => marked('体重指数按体重除以身高的平方计算，单位是kg/m', sup('2'), '，您的是', decimal(rng, 24.2, 29.6), 'kg/m', sup('2'), '，属于超重'),
  (rng) => marked('血钙（Ca', sup('2+'), '）', decimal(rng, 2.0, 2.6, 2), 'mmol/L，血钾（K', sup('+'), '）', decimal(rng, 3.2, 4.9), 'mmol/L，都在正常范围'),
  (rng) => marked('血氧饱和度（SpO', sub('2'), '）', String(rng.int(93, 99)), '%，二氧化碳分压（PaCO', sub('2'), '）', String(rng.int(36, 48)), 'mmHg'),
  (rng) => marked('维生素B', sub('12'), '偏低，可以在医生指导下补充维生素B', sub('12'), '和叶酸'),
  (rng) => marked('游离T', sub('3'), '和游离T', sub('4'), '正常，促甲状腺激素', decimal(rng, 4.6, 7.8, 2), 'mIU/L，略高'),
  (rng) => marked('维生素D', sub('3'), '不足时，钙的吸收会受影响，可以多晒太阳'),
  (rng) => marked('谷丙转氨酶（', abbr('ALT', '丙氨酸氨基转移酶'), '）', String(rng.int(52, 96)), 'U/L，谷草转氨酶（', abbr('AST', '天门冬氨酸氨基转移酶'), '）', String(rng.int(41, 80)), 'U/L，轻度升高'),
  (rng) => marked(abbr('LDL-C', '低密度脂蛋白胆固醇'), '是', decimal(rng, 3.5, 4.9, 2), 'mmol/L，', abbr('TG', '甘油三酯'), '是', decimal(rng, 1.8, 3.2, 2), 'mmol/L，血脂偏高'),
  (rng) => marked('尿常规白细胞', String(rng.int(15, 60)), '个/μl，尿液中检出的细菌数超过10', sup('5'), '/ml时要考虑尿路感染'),
  (rng) => marked('肾小球滤过率（eGFR）', String(rng.int(62, 88)), 'ml/min/1.73m', sup('2'), '，肾功能基本正常'),
];

const REFERENCES = [
  '尚红，王毓三，申子瑜. 全国临床检验操作规程[M]. 第4版. 北京：人民卫生出版社，2015.',
  '中华医学会糖尿病学分会. 中国2型糖尿病防治指南（2020年版）[J]. 中华糖尿病杂志，2021.',
  '万学红，卢雪峰. 诊断学[M]. 第9版. 北京：人民卫生出版社，2018.',
];

/**
 * F2. A 化验单解读 (reading a lab sheet) answer: one or two paragraphs of values and units written with
 * `<sup>` / `<sub>` (×10<sup>9</sup>/L, HbA<sub>1c</sub>, Ca<sup>2+</sup>, SpO<sub>2</sub>,
 * kg/m<sup>2</sup>, 维生素B<sub>12</sub>) and `<abbr title>` short names (ALT, LDL-C) set among the
 * answer's paragraphs (after the first or before the last); on 30% a footnote marker `<sup>[1]</sup>`
 * after a values sentence and a 参考文献 list after the answer. A 化验单 photo thumbnail (`<img alt>`)
 * over the answer on half the pages; card ordinary, grade on 60%, date, format on 35%.
 */
const labUnits: Family = {
  name: 'lab-units',
  split: 'fresh-17',
  site: 'www.huayandan-jiedu.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.6) && page.doctor.hospital_grade !== null;
    const printFormat = page.format !== 'unknown' && rng.chance(0.35);
    const datedItems = rng.chance(0.5);
    const footnote = rng.chance(0.3);
    const picks = rng.shuffle(LAB_SENTENCES);
    const paraCount = rng.int(1, 2);
    const labParas: Marked[] = [];
    for (let i = 0; i < paraCount; i++) {
      const sentences = picks.slice(i * 2, i * 2 + rng.int(1, 2)).map((make) => make(rng));
      const lead = i === 0 ? rng.pick(['从您上传的化验单看，', '结合检查结果，', '']) : '';
      const joined = marked(lead, ...sentences.flatMap((s, j) => (j ? ['；', s] : [s])), '。');
      labParas.push(joined);
    }
    if (footnote) {
      const first = labParas[0]!;
      labParas[0] = { html: `${first.html}${rng.pick(['<sup>[1]</sup>', `<sup${cls(rng)}><a href="#ref1">[1]</a></sup>`])}`, text: first.text };
    }
    const at = page.paragraphs.length > 1 ? rng.pick([1, page.paragraphs.length - 1]) : 1;
    const paras: Marked[] = page.paragraphs.map((p) => ({ html: esc(p), text: p }));
    paras.splice(at, 0, ...labParas);
    const answer = `<div${cls(rng)}>${paras.map((p) => `<p>${p.html}</p>`).join('\n')}</div>`;
    const refs = footnote
      ? `<div${cls(rng)}><h4>${rng.pick(['参考文献', '参考资料'])}</h4><ol${cls(rng)}><li id="ref1">[1] ${esc(REFERENCES[page.item.num % REFERENCES.length]!)}</li></ol></div>`
      : '';
    const photo = rng.chance(0.5) ? `<div${cls(rng)}><img src="/upload/lab/${page.item.num}.jpg" alt="${rng.pick(['化验单', '患者上传的化验单', '检查报告'])}" width="120"></div>` : '';
    const body = wrap(
      rng,
      `<h1${cls(rng)}>${esc(page.question)}</h1>\n${plainCard(rng, page, gradeShown)}\n${whenLine(rng, page, printFormat)}\n${photo}\n${answer}\n${refs}\n<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>`,
    );
    const html = pageDocument(page, '化验单解读网', `${body}\n${relatedList(rng, page.related, datedItems)}`);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...page.doctor, hospital_grade: gradeShown ? page.doctor.hospital_grade : null },
        paragraphs: paras.map((p) => p.text),
        format: printFormat ? page.format : 'unknown',
        related: relatedWith(page, (e) => ({ format: 'unknown', date: datedItems ? e.date : null })),
      }),
    };
  },
};

/** The drugs of the page's topic (its disease or a symptom named in the question), or general ones. */
const drugsFor = (page: TruthPage): readonly string[] => {
  const topic = TOPICS.find((t) => page.question.includes(t.disease) || t.symptoms.some((s) => page.question.includes(s)));
  return topic && topic.drugs.length ? topic.drugs : ['消炎止痛药', '维生素B族'];
};

const DOSES = ['每次1片', '每次2片', '每次1粒', '每次10ml', '每次半片', '每次1袋', '每次5mg'];
const TOPICAL_DOSES = ['外用适量', '每次1粒', '每次1~2滴', '每次1片', '每次适量'];
const TIMES = ['1次', '2次', '3次', '睡前1次', '早晚各1次'];
const WHEN = ['饭后', '饭前半小时', '睡前', '晨起空腹', '症状发作时'];
const COURSES = ['7天', '10天', '2周', '1个月', '遵医嘱'];

/**
 * F3. An answer holding a small table between its paragraphs: a sentence introducing it
 * (具体用法可以参考下表：), then a `<table>` (border or styled, in an overflow wrapper on some pages)
 * whose header row is `<th>`s in a `<thead>` or a first row of bold `<td>`s, 2–4 columns (药物 /
 * 药品名称, 用法用量 / 单次剂量, 每日次数 / 频次, 服用时间, 疗程), one row a drug; the answer's other
 * paragraphs before and after. Card ordinary (grade on 60%), date on 80% (else none: null), format
 * word on 35%; related items dated on half the pages.
 */
const answerTable: Family = {
  name: 'answer-table',
  split: 'fresh-17',
  site: 'www.yongyao-biao.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.6) && page.doctor.hospital_grade !== null;
    const dateShown = rng.chance(0.8);
    const printFormat = page.format !== 'unknown' && rng.chance(0.35);
    const datedItems = rng.chance(0.5);
    const columns = rng.pick([
      [['药物', '药品名称'], ['用法用量', '单次剂量']],
      [['药物', '药品名称'], ['单次剂量', '用量'], ['每日次数', '频次']],
      [['药物', '药品'], ['用量', '用法用量'], ['每日次数', '次数'], ['服用时间', '用药时间']],
      [['药品名称', '药物'], ['用法用量', '单次剂量'], ['每日次数', '频次'], ['疗程', '用药疗程']],
    ] as const);
    const header = columns.map((c) => rng.pick(c));
    const drugs = rng.shuffle(drugsFor(page)).slice(0, rng.int(1, 3));
    const rows = drugs.map((drug) => {
      const cells: string[] = [drug];
      const key = columns.map((c) => c[0]);
      if (key.length > 1) cells.push(/膏|霜|眼药水|漱口水|栓剂|鼻喷|含片/u.test(drug) ? rng.pick(TOPICAL_DOSES) : rng.pick(DOSES));
      if (key.length > 2) cells.push(key[2] === '每日次数' ? rng.pick(TIMES) : rng.pick(COURSES));
      if (key.length > 3) cells.push(key[3] === '服用时间' ? rng.pick(WHEN) : rng.pick(COURSES));
      return cells;
    });
    const intro = rng.pick(['具体用法可以参考下表：', '常用药物的用法如下：', '用药可以参考以下方案：', '以下药物可以在医生指导下使用：']);
    const thead = rng.chance(0.6);
    const headRow = thead
      ? `<thead><tr>${header.map((h) => `<th>${h}</th>`).join('')}</tr></thead>`
      : `<tr>${header.map((h) => `<td><b>${h}</b></td>`).join('')}</tr>`;
    const bodyRows = rows.map((r) => `<tr>${r.map((c) => `<td${rng.chance(0.2) ? ' align="center"' : ''}>${esc(c)}</td>`).join('')}</tr>`).join('\n');
    const tableAttrs = rng.pick([' border="1" cellspacing="0" cellpadding="4"', ' style="border-collapse:collapse;width:100%"', cls(rng)]);
    let table = `<table${tableAttrs}>${headRow}${thead ? `<tbody>${bodyRows}</tbody>` : bodyRows}</table>`;
    if (rng.chance(0.5)) table = `<div style="overflow-x:auto"${cls(rng)}>${table}</div>`;
    const at = rng.int(1, Math.max(1, page.paragraphs.length - 1));
    const before = page.paragraphs.slice(0, at);
    const after = page.paragraphs.slice(at);
    const answer = `<div${cls(rng)}>${before.map((p) => `<p>${esc(p)}</p>`).join('')}\n<p>${intro}</p>\n${table}\n${after.map((p) => `<p>${esc(p)}</p>`).join('')}</div>`;
    const when = dateShown ? whenLine(rng, page, printFormat) : printFormat ? `<div${cls(rng)}>${formatWord(rng, page.format)}</div>` : '';
    const body = wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${plainCard(rng, page, gradeShown)}\n${when}\n${answer}\n<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>`);
    const html = pageDocument(page, '用药问答', `${body}\n${relatedList(rng, page.related, datedItems)}`);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...page.doctor, hospital_grade: gradeShown ? page.doctor.hospital_grade : null },
        paragraphs: [...before, intro, header.join(' '), ...rows.map((r) => r.join(' ')), ...after],
        date: dateShown ? page.date : null,
        format: printFormat ? page.format : 'unknown',
        related: relatedWith(page, (e) => ({ format: 'unknown', date: datedItems ? e.date : null })),
      }),
    };
  },
};

/** The points an AI box draws from an answer: whole sentences of it now and then, else their first clause. */
const summaryPoints = (rng: Rng, paragraphs: readonly string[]): string[] => {
  const points = paragraphs.length > 1 ? paragraphs.slice(1, 4) : paragraphs;
  return points.map((p) => {
    const plain = p.replace(/^(?:[一二三四五]、|\d\.|（\d）)/u, '');
    if (rng.chance(0.4)) return plain;
    const clause = plain.split('，')[0]!;
    return `${clause}${rng.pick(['。', '；', ''])}`;
  });
};

/** Splits a paragraph once around a run of 4–8 characters inside a clause, to mark it. */
const markOne = (rng: Rng, text: string): string => {
  const clauses = text.split('，');
  const i = rng.int(0, clauses.length - 1);
  const c = Array.from(clauses[i]!);
  if (c.length < 6) return esc(text);
  const len = Math.min(c.length - 1, rng.int(4, 8));
  const start = rng.int(0, c.length - len);
  const tag = rng.pick(['mark', 'mark', 'em', 'span style="background:#fff3b0"']);
  const close = tag.split(' ')[0];
  clauses[i] = `${esc(c.slice(0, start).join(''))}<${tag}>${esc(c.slice(start, start + len).join(''))}</${close}>${esc(c.slice(start + len).join(''))}`;
  return clauses.map((cl, j) => (j === i ? cl : esc(cl))).join('，');
};

/**
 * F4. A page with an AI 总结 box (AI帮你总结 / 智能摘要 / 内容速览 / AI划重点): 2–3 points drawn from
 * the answer (its sentences word for word on some, their first clause on others) as `<li>`s or
 * numbered lines, a `以上内容由AI生成，仅供参考` note, on half the pages 继续问AI chips (questions as
 * buttons, no links); the box under the question, between the card and the answer or after the answer;
 * inside the answer 1–2 划重点 phrases in `<mark>` (or `<em>`, a highlighted span); after it 这个回答对你
 * 有帮助吗？ with 有帮助 (N) / 没帮助 votes. Card ordinary, grade on 60%, date, format on 40%.
 */
const aiSummary: Family = {
  name: 'ai-summary',
  split: 'fresh-17',
  site: 'www.zhineng-wenyi.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.6) && page.doctor.hospital_grade !== null;
    const printFormat = page.format !== 'unknown' && rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const points = summaryPoints(rng, page.paragraphs);
    const pointsHtml = rng.chance(0.6)
      ? `<ul${cls(rng)}>${points.map((p) => `<li>${esc(p)}</li>`).join('')}</ul>`
      : points.map((p, i) => `<p${cls(rng)}>${i + 1}. ${esc(p)}</p>`).join('');
    const chips = rng.chance(0.5)
      ? `<div${cls(rng)}><span>继续问AI：</span>${['还需要做什么检查？', '平时饮食要注意什么？', '多久能好？'].map((q) => `<button type="button"${cls(rng)}>${q}</button>`).join('')}</div>`
      : '';
    const box = `<div${cls(rng)}><div${cls(rng)}>${rng.pick(['✨ ', '🤖 ', ''])}${rng.pick(['AI帮你总结', '智能摘要', '内容速览', 'AI划重点'])}</div>${pointsHtml}<p${cls(rng)}>${rng.pick(['以上内容由AI生成，仅供参考', '内容由AI生成，请注意甄别', '由AI大模型生成，仅供参考'])}</p>${chips}</div>`;
    const markAt = new Set(rng.shuffle(page.paragraphs.map((_, i) => i)).slice(0, rng.int(1, 2)));
    const answer = `<div${cls(rng)}>${page.paragraphs.map((p, i) => `<p>${markAt.has(i) ? markOne(rng, p) : esc(p)}</p>`).join('\n')}</div>`;
    const votes = `<div${cls(rng)}><span>这个回答对你有帮助吗？</span><a href="javascript:;">有帮助${rng.chance(0.5) ? `（${rng.int(2, 300)}）` : ''}</a> <a href="javascript:;">没帮助</a></div>`;
    const card = plainCard(rng, page, gradeShown);
    const when = whenLine(rng, page, printFormat);
    const h1 = `<h1${cls(rng)}>${esc(page.question)}</h1>`;
    const place = rng.pick(['top', 'middle', 'after'] as const);
    const inner =
      place === 'top'
        ? `${h1}\n${box}\n${card}\n${when}\n${answer}`
        : place === 'middle'
          ? `${h1}\n${card}\n${when}\n${box}\n${answer}`
          : `${h1}\n${card}\n${when}\n${answer}\n${box}`;
    const body = wrap(rng, `${inner}\n${votes}\n<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>`);
    const html = pageDocument(page, '智能问医', `${body}\n${relatedList(rng, page.related, datedItems)}`);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...page.doctor, hospital_grade: gradeShown ? page.doctor.hospital_grade : null },
        format: printFormat ? page.format : 'unknown',
        related: relatedWith(page, (e) => ({ format: 'unknown', date: datedItems ? e.date : null })),
      }),
    };
  },
};

const SKILLS = ['擅长高血压、冠心病的诊治。', '擅长慢性胃炎、胃食管反流病的诊治。', '擅长颈肩腰腿痛的微创治疗。', '擅长儿童呼吸道疾病的诊治。', '擅长湿疹、荨麻疹等过敏性皮肤病。', '擅长甲状腺疾病及糖尿病的规范治疗。'];

/**
 * F5. A mobile page with a 猜你想问 / 大家都在问 / 你可能还想问 list that mixes two kinds of entries in
 * one `<ul>`: a linked question with its snippet under it (and its date on dated pages) and a bare
 * linked question (an arrow `›` or a 🔍 before it on some pages, no snippet); and a 推荐医生 /
 * 本科室医生 / 相关医生 list of doctor links (avatar, name, title, hospital, an 擅长 sentence, 咨询
 * button) before or after it. Card ordinary (grade on 60%), date on 85% (else none: null), format word on 40%.
 */
const guessAsk: Family = {
  name: 'guess-ask',
  split: 'fresh-17',
  site: 'm.caini-xiangwen.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.6) && page.doctor.hospital_grade !== null;
    const printFormat = page.format !== 'unknown' && rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const dateShown = rng.chance(0.85);
    const bareShare = rng.pick([0.3, 0.5]);
    const bare = page.related.map(() => rng.chance(bareShare));
    const mark = rng.pick(['', '› ', '🔍 ']);
    const entries = page.related.map((r, i) =>
      bare[i]
        ? `<li${cls(rng)}><a href="${r.path}"${cls(rng)}>${mark}${esc(r.question)}</a></li>`
        : `<li${cls(rng)}><a href="${r.path}"${cls(rng)}>${esc(r.question)}</a><p${cls(rng)}>${esc(r.snippet)}</p>${datedItems ? `<span${cls(rng)}>${r.date}</span>` : ''}</li>`,
    );
    const guess = page.related.length ? `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(['猜你想问', '大家都在问', '你可能还想问'])}</h3><ul${cls(rng)}>${entries.join('\n')}</ul></div>` : '';
    const doctors = Array.from({ length: rng.int(2, 4) }, (_, i) => {
      const name = otherName(rng);
      return `<li${cls(rng)}><a href="/doctor/${page.item.num % 997}${i}.html"${cls(rng)}><img src="/avatar/${i}.png" alt=""><b>${name}</b> <span>${rng.pick(FEW_TITLES)}</span><p${cls(rng)}>${esc(page.doctor.hospital!.slice(0, 3))}${rng.pick(['中心医院', '第二人民医院', '中医院'])}</p><p${cls(rng)}>${rng.pick(SKILLS)}</p></a><span${cls(rng)}>咨询</span></li>`;
    });
    const doctorList = `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(['推荐医生', '本科室医生', '相关医生'])}</h3><ul${cls(rng)}>${doctors.join('\n')}</ul></div>`;
    const body = wrap(
      rng,
      `<h1${cls(rng)}>${esc(page.question)}</h1>\n${plainCard(rng, page, gradeShown)}\n${dateShown ? whenLine(rng, page, printFormat) : printFormat ? `<div${cls(rng)}>${formatWord(rng, page.format)}</div>` : ''}\n<div${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>\n<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>`,
    );
    const html = pageDocument(page, '猜你想问', `${body}\n${rng.chance(0.5) ? `${doctorList}\n${guess}` : `${guess}\n${doctorList}`}`, '<meta name="viewport" content="width=device-width,initial-scale=1">\n');
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...page.doctor, hospital_grade: gradeShown ? page.doctor.hospital_grade : null },
        format: printFormat ? page.format : 'unknown',
        date: dateShown ? page.date : null,
        // A list of bare linked questions alone: link-only items (key changed in the thirty-fifth stop, after related_urls came to be scored on every page).
        related: bare.every(Boolean)
          ? relatedWith(page, (e) => ({ format: 'unknown', date: datedItems ? e.date : null, paragraphs: [] }))
          : relatedWith(page, (e) => ({ format: 'unknown', date: datedItems ? e.date : null })).filter((_, i) => !bare[i]),
      }),
    };
  },
};

const SHORT_TITLES: Record<string, string> = { 主任医师: '主任', 副主任医师: '副主任', 主治医师: '主治', 住院医师: '住院医' };
const SHORT_DEPARTMENTS: Record<string, string> = {
  心血管内科: '心内科', 消化内科: '消化科', 呼吸内科: '呼吸科', 神经内科: '神内科', 内分泌科: '内分泌', 风湿免疫科: '风湿科', 泌尿外科: '泌尿科',
  肝胆外科: '肝胆科', 耳鼻喉科: '耳鼻喉', 感染性疾病科: '感染科', 精神心理科: '心理科', 康复医学科: '康复科', 全科医学科: '全科', 老年医学科: '老年科',
  生殖医学科: '生殖科', 乳腺外科: '乳腺科', 神经外科: '神外科',
};
const SHORT_GRADES: Record<string, string> = { 三级甲等: '三甲', 二级甲等: '二甲' };

/**
 * F6. A compact doctor card (a list page's or an app's, reused on the answer page) whose values are
 * printed short with the full value in a `title` tooltip: the title (`副主任` title="副主任医师") on
 * 60%, the department (`心内科` title="心血管内科") on 60% where it has a short form, the grade
 * (`三甲` title="三级甲等医院"; printed on 60%, else null); the hospital whole in a span clipped by
 * CSS (`text-overflow:ellipsis`, max-width) with a title repeating it; name with a `title` too on
 * some pages. Date and format ordinary; related questions clipped by CSS to one line with a title,
 * dated on half the pages.
 */
const abbrCard: Family = {
  name: 'abbr-card',
  split: 'fresh-17',
  site: 'm.jianlue-mingpian.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.6) && d.hospital_grade !== null;
    const printFormat = page.format !== 'unknown' && rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const shortTitle = SHORT_TITLES[d.title!] !== undefined && rng.chance(0.6);
    const shortDept = SHORT_DEPARTMENTS[d.department!] !== undefined && rng.chance(0.6);
    const title = shortTitle ? SHORT_TITLES[d.title!]! : d.title!;
    const department = shortDept ? SHORT_DEPARTMENTS[d.department!]! : d.department!;
    const grade = gradeShown ? (SHORT_GRADES[d.hospital_grade!] ?? d.hospital_grade!) : null;
    const tip = (full: string, printed: string) => (full !== printed || rng.chance(0.3) ? ` title="${esc(full)}"` : '');
    const clip = 'display:inline-block;max-width:9em;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;vertical-align:bottom';
    const parts = [
      `<span${cls(rng)}${tip(d.title!, title)}>${title}</span>`,
      `<span${cls(rng)}${tip(d.department!, department)}>${esc(department)}</span>`,
    ];
    const hosp = `<span${cls(rng)} style="${clip}" title="${esc(d.hospital!)}">${esc(d.hospital!)}</span>${grade ? `<i${cls(rng)} title="${d.hospital_grade === '二甲' || d.hospital_grade === '二级甲等' ? '二级甲等医院' : '三级甲等医院'}">${grade}</i>` : ''}`;
    const card = `<div${cls(rng)}><img src="/avatar/${page.item.num % 500}.png" alt="" width="48"><div${cls(rng)}><b${cls(rng)}${rng.chance(0.3) ? ` title="${esc(d.name!)}"` : ''}>${esc(d.name!)}</b> ${rng.chance(0.5) ? parts.join(' ') : parts.reverse().join(' | ')}</div><div${cls(rng)}>${hosp}</div></div>`;
    const items = page.related.map(
      (r) =>
        `<li${cls(rng)}><a href="${r.path}"${cls(rng)} title="${esc(r.question)}" style="display:block;white-space:nowrap;overflow:hidden;text-overflow:ellipsis">${esc(r.question)}</a><p${cls(rng)}>${esc(r.snippet)}</p>${datedItems ? `<span${cls(rng)}>${r.date}</span>` : ''}</li>`,
    );
    const related = page.related.length ? `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(RELATED_HEADS)}</h3><ul${cls(rng)}>${items.join('\n')}</ul></div>` : '';
    const body = wrap(
      rng,
      `<h1${cls(rng)}>${esc(page.question)}</h1>\n${card}\n${whenLine(rng, page, printFormat)}\n<div${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>\n<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>`,
    );
    const html = pageDocument(page, '简略名片', `${body}\n${related}`, '<meta name="viewport" content="width=device-width,initial-scale=1">\n');
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, title, department, hospital_grade: grade },
        format: printFormat ? page.format : 'unknown',
        related: relatedWith(page, (e) => ({ format: 'unknown', date: datedItems ? e.date : null })),
      }),
    };
  },
};

export const FRESH17_FAMILIES: readonly Family[] = [rubyAnnotate, labUnits, answerTable, aiSummary, guessAsk, abbrCard];
