import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Expected, type Family, type Rendered } from './family.js';
import { charsetMeta, cls, dateText, encode, esc, footer, formatAndDate, formatLabel, jsonLd, topBar, wrap, type Encoding } from './parts.js';
import type { TruthItem, TruthPage } from './truth.js';

/**
 * The families the genre reader was developed against (see families.ts for the split).
 */

const DISCLAIMERS = [
  '提示：以上内容仅供参考，不能代替面诊，如有不适请及时就医。',
  '温馨提示：本回答仅供参考，不能代替面诊，如有不适请及时就医。',
  '提示:本内容不能代替面诊,如有不适请尽快就医。',
];
const RELATED_LABELS = ['相关问答', '相关推荐', '相关问题', '相关解答'];

function head(rng: Rng, page: TruthPage, site: string, encoding: Encoding, extra = ''): string {
  const sep = rng.pick(['_', '-', ' - ', '|']);
  return `<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n${charsetMeta(encoding)}\n<title>${esc(page.question)}${sep}${site}</title>\n<link rel="canonical" href="${page.canonical}">\n${extra}</head>\n`;
}

/** A related item's format-and-date footer as plain text (`语音解答 2019-02-03 19:48`), or nothing. */
function itemMeta(rng: Rng, item: TruthItem, printFormat: boolean, printDate: boolean, time: string): { text: string; format: TruthItem['format']; date: string | null } {
  const label = printFormat ? formatLabel(rng, item.format) : '';
  const date = printDate && item.date ? dateText(rng, item.date, time) : '';
  return { text: [label, date].filter(Boolean).join(rng.pick([' ', ' ', ' · '])), format: printFormat ? item.format : 'unknown', date: printDate ? item.date : null };
}

/** 1. The 康问 kind: one plain-text doctor line with a label and separators, meta line at the top. */
const expertLine: Family = {
  name: 'expert-line',
  split: 'tuning',
  site: 'www.wenyi.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const encoding: Encoding = rng.pick(['utf-8', 'gbk-meta', 'gb2312-http-equiv']);
    const sep = rng.pick([' | ', ' · ', '  ', '，', ' / ', '｜']);
    const label = rng.pick(['解答医生：', '回答医生：', '答疑医生：', '医生：', '专家：', '']);
    const gradeStyle = rng.pick(['parens', 'space', 'none'] as const);
    const hospital = gradeStyle === 'parens' ? `${d.hospital}（${d.hospital_grade}）` : gradeStyle === 'space' ? `${d.hospital} ${d.hospital_grade}` : d.hospital;
    const parts = rng.chance(0.5) ? [`${d.name} ${d.title}`, d.department, hospital] : [`${d.name} ${d.title}`, hospital, d.department];
    const printFormat = rng.chance(0.5);
    const meta = `${dateText(rng, page.date!, page.time, true)}${printFormat ? ` ${formatLabel(rng, page.format)}` : ''}　<span>浏览：${rng.int(100, 9999)}次</span>`;
    const related = page.related.map((r) => ({ r, m: itemMeta(rng, r, true, true, page.time) }));
    const dl = rng.chance(0.5);
    const list = dl
      ? `<dl${cls(rng)}>${related.map(({ r, m }) => `<dt><a href="${r.path}">${esc(r.question)}</a></dt><dd>${esc(r.snippet)}</dd><dd>${m.text}</dd>`).join('\n')}</dl>`
      : `<ul${cls(rng)}>${related.map(({ r, m }) => `<li><a href="${r.path}">${esc(r.question)}</a><p>${esc(r.snippet)}</p><span>${m.text}</span></li>`).join('\n')}</ul>`;
    const outer = rng.pick(['article', 'div']);
    const body = rng.pick(['section', 'div']);
    const html = `${head(rng, page, '问医网', encoding)}<body>
${topBar(rng, '问医网')}
<div${cls(rng)}>当前位置：<a href="/">首页</a> ＞ <a href="/wenda/">健康问答</a> ＞ ${esc(d.department!)} ＞ 正文</div>
<${outer}${cls(rng)}>
  <h1${cls(rng)}>${esc(page.question)}</h1>
  <div${cls(rng)}>${meta}</div>
  ${rng.chance(0.5) ? `<div${cls(rng)}>问题描述：最近一段时间总是不舒服，想问一下${esc(page.question.replace(/？$/u, ''))}？</div>` : ''}
  <div${cls(rng)}>${label}${parts.map((p) => esc(p!)).join(sep)}</div>
  <${body}${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}</${body}>
  <p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
</${outer}>
${page.related.length ? wrap(rng, `<h2${cls(rng)}>${rng.pick(RELATED_LABELS)}</h2>\n${list}`, 1) : ''}
<div${cls(rng)}><h3>热门科室</h3><a href="/k/1/">儿科</a> <a href="/k/2/">消化内科</a> <a href="/k/3/">呼吸内科</a></div>
${footer(rng, '问医网')}
</body></html>`;
    const expected: Expected = expectedOf(page, {
      doctor: { ...d, hospital_grade: gradeStyle === 'none' ? null : d.hospital_grade },
      format: printFormat ? page.format : 'unknown',
      related: expectedOf(page).related.map((e, i) => ({ ...e, format: related[i]!.m.format, date: related[i]!.m.date })),
    });
    return { body: encode(html, encoding), expected };
  },
};

/** 2. The youlai kind with other markup: inline elements in a card whose parts come in any order. */
const inlineCard: Family = {
  name: 'inline-card',
  split: 'tuning',
  site: 'www.kangjian.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const tag = () => rng.pick(['span', 'em', 'b', 'i', 'strong', 'font', 'a']);
    const el = (text: string) => {
      const t = tag();
      return `<${t}${t === 'a' ? ' href="/doctor/1.html"' : ''}${cls(rng)}>${esc(text)}</${t}>`;
    };
    const orders = [
      ['name', 'title', 'department', 'hospital', 'hospital_grade'],
      ['name', 'title', 'hospital', 'hospital_grade', 'department'],
      ['hospital', 'hospital_grade', 'department', 'name', 'title'],
      ['department', 'name', 'title', 'hospital', 'hospital_grade'],
    ] as const;
    const order = rng.pick(orders);
    const space = rng.chance(0.5) ? ' ' : '';
    const split = rng.chance(0.5);
    const pieces = order.map((k) => el(d[k]!));
    const cardBody = split
      ? `<p${cls(rng)}>${pieces.slice(0, 2).join(space)}</p><p${cls(rng)}>${pieces.slice(2).join(space)}</p>`
      : `<h5${cls(rng)}>${pieces.join(space)}</h5>`;
    const card = `<div${cls(rng)}><a href="/doctor/1.html"><img src="/img/1.jpg" alt="${esc(d.name!)}"></a>${cardBody}</div>`;
    const metaAbove = rng.chance(0.6);
    const meta = `<p${cls(rng)}>${formatAndDate(rng, page.format, page.date!, page.time)}</p>`;
    const answer = `${rng.chance(0.5) ? `<h4${cls(rng)}>${rng.pick(['医生回答', '专家解答', '医生解答'])}</h4>` : ''}<div${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>`;
    const items = page.related.map((r) => {
      const h = rng.pick(['h3', 'h4', 'div']);
      return `<li${cls(rng)}><${h}><a href="${r.path}">${esc(r.question)}</a></${h}><p${cls(rng)}>${esc(r.snippet)}</p><div${cls(rng)}><span>${formatLabel(rng, r.format)}</span> <span>${r.date}</span></div>${r.format === 'voice' ? `<p>${esc(r.question)}</p>` : ''}</li>`;
    });
    const html = `${head(rng, page, '康健网', 'utf-8')}<body>
${topBar(rng, '康健网')}
<div${cls(rng)}>${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>`, 2)}
${metaAbove ? meta : ''}
${wrap(rng, `${card}${answer}`, 2)}
${metaAbove ? '' : meta}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${page.related.length ? `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(RELATED_LABELS)}</h3><ul${cls(rng)}>${items.join('\n')}</ul></div>` : ''}
</div>
${footer(rng, '康健网')}
</body></html>`;
    return { body: encode(html, 'utf-8'), expected: expectedOf(page) };
  },
};

function paragraph(rng: Rng, text: string): string {
  const tag = rng.pick(['p', 'div']);
  return `<${tag}>${esc(text)}</${tag}>`;
}

const PAIR_LABELS: Record<string, string[]> = {
  name: ['医生', '姓名', '专家', '回答医生'],
  title: ['职称', '医生职称', '职务'],
  department: ['科室', '所在科室', '就诊科室', '科别'],
  hospital: ['医院', '所在医院', '执业医院', '就职医院'],
  hospital_grade: ['医院等级', '等级'],
};

/** 3. A card of label/value pairs (dl, table, list or paragraphs), a labelled answer and labelled dates. */
const labelPairs: Family = {
  name: 'label-pairs',
  split: 'tuning',
  site: 'www.yiwen.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const keys = ['name', 'title', 'department', 'hospital', 'hospital_grade'] as const;
    const order = rng.chance(0.5) ? [...keys] : ['hospital', 'hospital_grade', 'name', 'title', 'department'];
    const gradeInHospital = rng.chance(0.4);
    const pairs = order
      .filter((k) => !(gradeInHospital && k === 'hospital_grade'))
      .map((k) => ({ label: rng.pick(PAIR_LABELS[k]!), value: k === 'hospital' && gradeInHospital ? `${d.hospital}（${d.hospital_grade}）` : d[k as keyof typeof d]! }));
    const colon = rng.pick(['：', ':', '']);
    const style = rng.pick(['dl', 'table', 'ul', 'p'] as const);
    const card =
      style === 'dl'
        ? `<dl${cls(rng)}>${pairs.map((p) => `<dt>${p.label}</dt><dd>${esc(p.value)}</dd>`).join('')}</dl>`
        : style === 'table'
          ? `<table${cls(rng)}>${pairs.map((p) => `<tr><th>${p.label}${colon}</th><td>${esc(p.value)}</td></tr>`).join('')}</table>`
          : style === 'ul'
            ? `<ul${cls(rng)}>${pairs.map((p) => `<li><label>${p.label}${colon || '：'}</label>${esc(p.value)}</li>`).join('')}</ul>`
            : `<div${cls(rng)}>${pairs.map((p) => `<p><span>${p.label}${colon || '：'}</span><span>${esc(p.value)}</span></p>`).join('')}</div>`;
    const asked = rng.chance(0.3);
    const askedDate = new Date(Date.parse(`${page.date}T00:00:00Z`) - rng.int(1, 20) * 86_400_000).toISOString().slice(0, 10);
    const printFormat = rng.chance(0.5);
    const meta = `<div${cls(rng)}>${asked ? `<span>提问时间：${dateText(rng, askedDate, page.time)}</span> ` : ''}<span>${rng.pick(['回答时间', '解答时间', '发布时间'])}：${dateText(rng, page.date!, page.time)}</span>${printFormat ? ` <span>回答类型：${formatLabel(rng, page.format)}</span>` : ''}</div>`;
    const ld = rng.chance(0.4);
    const answerLabel = rng.pick(['医生解答：', '专家回答', '回答内容：', '医生建议']);
    const items = page.related.map(
      (r) => `<div${cls(rng)}><a href="${r.path}"${cls(rng)}>${esc(r.question)}</a><div${cls(rng)}>${esc(r.snippet)}</div><div${cls(rng)}>${formatLabel(rng, r.format)} ${dateText(rng, r.date!, page.time)}</div></div>`,
    );
    // Now and then the structured data is stale: another answer's, left by the site's template.
    const stale = ld && rng.chance(0.15);
    const told = stale ? { ...page, question: page.item.related.length ? `${page.question}？` : page.question, paragraphs: ['这是另一条回答的内容，与本页显示的回答不同。'] } : page;
    const html = `${head(rng, page, '医问网', 'utf-8', ld ? jsonLd(told, { date: rng.chance(0.5), author: rng.chance(0.5) }) : '')}<body>
${topBar(rng, '医问网')}
<div${cls(rng)}>
<h1${cls(rng)}>${esc(page.question)}</h1>
${meta}
${wrap(rng, card, 1)}
<h3${cls(rng)}>${answerLabel}</h3>
<div${cls(rng)}>${page.paragraphs.map((p) => paragraph(rng, p)).join('')}</div>
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
</div>
${page.related.length ? `<div${cls(rng)}><div${cls(rng)}><span>${rng.pick(RELATED_LABELS)}</span></div>${items.join('\n')}</div>` : ''}
${footer(rng, '医问网')}
</body></html>`;
    const expected = expectedOf(page, {
      format: printFormat ? page.format : 'unknown',
      doctor: { ...d },
    });
    return { body: encode(html, 'utf-8'), expected };
  },
};

/** 4. The 心安 kind (issue #9): card in lines with a 科室 label, a 医生解答 heading, <br>-separated answer, an <ol> list. */
const blockCard: Family = {
  name: 'block-card',
  split: 'tuning',
  site: 'www.xinan.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const deptLine = rng.pick([`科室:${d.department}`, `科室：${d.department}`, `所属科室：${d.department}`, `${d.department}`]);
    const lines = [
      `<b>${esc(d.name!)}</b><i>${esc(d.title!)}</i>`,
      `${esc(d.hospital!)} <em>${d.hospital_grade}</em>`,
      esc(deptLine),
    ];
    const order = rng.chance(0.6) ? [0, 1, 2] : rng.chance(0.5) ? [0, 2, 1] : [1, 0, 2];
    const card = `<div${cls(rng)}>${order.map((i) => `<div${cls(rng)}>${lines[i]}</div>`).join('')}</div>`;
    const br = rng.pick(['<br><br>', '<br>', '<br/><br/>', '<br />\n']);
    const info = `<div${cls(rng)}>${formatAndDate(rng, page.format, page.date!, page.time)}<span>阅读 ${rng.int(100, 5000)}</span></div>`;
    const dept = d.department!;
    const items = page.related.map((r) => {
      const m = itemMeta(rng, r, true, true, page.time);
      return { m, html: `<li><a${cls(rng)} href="${r.path}">${esc(r.question)}</a><div${cls(rng)}>${esc(r.snippet)}</div><div${cls(rng)}>${m.text}</div></li>` };
    });
    const html = `${head(rng, page, '心安问医', 'utf-8')}<body>
${topBar(rng, '心安问医')}
<div${cls(rng)}>
  <div${cls(rng)}><h1${cls(rng)}>${esc(page.question)}</h1>${info}</div>
  <div${cls(rng)}>
    ${card}
    <div${cls(rng)}>${rng.pick(['医生解答', '医生回答', '专家解答'])}</div>
    <div${cls(rng)}>${page.paragraphs.map(esc).join(br)}</div>
    <div${cls(rng)}>${rng.pick(DISCLAIMERS)}</div>
  </div>
  ${page.related.length ? `<div${cls(rng)}><h2${cls(rng)}>${rng.pick([`${dept}相关问答`, '相关问答', '相关推荐'])}</h2><ol${cls(rng)}>${items.map((i) => i.html).join('\n')}</ol></div>` : ''}
</div>
${footer(rng, '心安问医')}
</body></html>`;
    const expected = expectedOf(page, {
      related: expectedOf(page).related.map((e, i) => ({ ...e, format: items[i]!.m.format, date: items[i]!.m.date })),
    });
    return { body: encode(html, 'utf-8'), expected };
  },
};

/** 5. An old table layout in GBK: <font>, <br>, 　　 indents, related rows. */
const tableGbk: Family = {
  name: 'table-gbk',
  split: 'tuning',
  site: 'www.jkzx.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const encoding: Encoding = rng.pick(['gbk-meta', 'gb2312-http-equiv', 'gbk-undeclared']);
    const nb = rng.pick(['&nbsp;', '&nbsp;&nbsp;', ' ']);
    const card = rng.chance(0.5)
      ? `<td${cls(rng)}><b>${esc(d.name!)}</b>${nb}${d.title}<br>${esc(d.hospital!)}${nb}${d.hospital_grade}<br>科室：${esc(d.department!)}</td>`
      : `<td${cls(rng)}><font color="#336699">${esc(d.name!)}</font>${nb}<font>${d.title}</font>${nb}<font>${esc(d.department!)}</font><br><font>${esc(d.hospital!)}</font>（${d.hospital_grade}）</td>`;
    const indent = rng.chance(0.5) ? '　　' : '';
    const br = rng.pick(['<br>', '<br><br>']);
    const printFormat = rng.chance(0.6);
    const rows = page.related.map((r) => `<tr><td${cls(rng)}><a href="${r.path}">${esc(r.question)}</a><br>${esc(r.snippet)}<br><font color="#999">${formatLabel(rng, r.format)} ${r.date}</font></td></tr>`);
    const html = `<html><head>${charsetMeta(encoding)}<title>${esc(page.question)}_健康咨询网</title><link rel="canonical" href="${page.canonical}"></head>
<body><table width="960"><tr><td>${topBar(rng, '健康咨询网')}</td></tr></table>
<table width="960" ${cls(rng)}><tr><td width="700">
<table><tr><td><h2${cls(rng)}>${esc(page.question)}</h2></td></tr>
<tr><td${cls(rng)}>发表时间：${dateText(rng, page.date!, page.time, true)}${printFormat ? `${nb}${formatLabel(rng, page.format)}` : ''}</td></tr>
<tr>${card}</tr>
<tr><td${cls(rng)}>${page.paragraphs.map((p) => `${indent}${esc(p)}`).join(br)}</td></tr>
<tr><td><font color="red">${rng.pick(DISCLAIMERS)}</font></td></tr></table>
${page.related.length ? `<table${cls(rng)}><tr><td><b>${rng.pick(RELATED_LABELS)}</b></td></tr>${rows.join('\n')}</table>` : ''}
</td><td width="260">${rng.chance(0.5) ? '<b>热门问答</b><br><a href="/q/1.html">孩子咳嗽怎么办</a><br><a href="/q/2.html">胃疼怎么办</a>' : ''}</td></tr></table>
${footer(rng, '健康咨询网')}
</body></html>`;
    return { body: encode(html, encoding), expected: expectedOf(page, { format: printFormat ? page.format : 'unknown' }) };
  },
};

export const TUNING_FAMILIES: readonly Family[] = [expertLine, inlineCard, labelPairs, blockCard, tableGbk];
