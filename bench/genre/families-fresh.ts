import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import { charsetMeta, cls, dateText, encode, esc, formatLabel, jsonLd, pageHead, paragraphsHtml } from './parts.js';
import type { TruthPage } from './truth.js';

/**
 * Fresh held-out families (split `fresh`): written after the first held-out run came out at
 * 100%, to probe what the reader may not know — other wordings of labels and formats, answers
 * with sub-headings, two doctors answering, an old <embed> player, a date given only as
 * 3天前 with its <time datetime>. Their first run (85.1% per field, 193 of 300 page entries
 * silently wrong) was reported; the reader was then changed for them (commit 9041d30).
 */

const TAGS = ['div', 'section', 'p', 'span', 'article', 'figure', 'blockquote', 'li', 'td'] as const;

function box(rng: Rng, inner: string, block = true): string {
  const tag = block ? rng.pick(['div', 'section', 'div', 'article']) : rng.pick(['span', 'em', 'b', 'font']);
  return `<${tag}${cls(rng)}>${inner}</${tag}>`;
}

const element = (tag: string, inner: string, attrs = '') => `<${tag}${attrs}>${inner}</${tag}>`;

const CARD_LABELS = {
  name: ['主诊医生', '答疑专家', '接诊医生', '医生姓名'],
  title: ['医生职称', '职称', '技术职称'],
  department: ['科别', '所属科室', '出诊科室'],
  hospital: ['出诊医院', '所属医院', '就职医院', '工作单位'],
  hospital_grade: ['医院级别', '医院等级'],
} as const;
/** Format wordings the tuning families never print. */
const FRESH_FORMATS = { voice: ['语音咨询', '电话回复', '语音'], text: ['图文咨询', '文字回复', '图文'], video: ['视频咨询', '视频'] } as const;

/** F1. Every part in a random tag, in one of several orders, with label wordings of its own. */
const fuzzedBlocks: Family = {
  name: 'fuzzed-blocks',
  split: 'fresh',
  site: 'www.zixun.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const keys = ['name', 'title', 'department', 'hospital', 'hospital_grade'] as const;
    const labelled = rng.chance(0.5);
    const parts = keys.map((k) => {
      const tag = rng.pick(TAGS);
      const text = labelled ? `${rng.pick(CARD_LABELS[k])}${rng.pick(['：', ':', ' '])}${d[k]}` : d[k]!;
      return `<${tag}${cls(rng)}>${esc(text)}</${tag}>`;
    });
    const card = box(rng, rng.chance(0.5) ? parts.join('') : [parts[3], parts[4], parts[0], parts[1], parts[2]].join(''));
    const format = page.format === 'unknown' ? 'unknown' : page.format;
    const fmtWord = format === 'unknown' ? '' : rng.pick(FRESH_FORMATS[format]);
    const meta = box(rng, `${box(rng, dateText(rng, page.date!, page.time), false)}${fmtWord ? ` ${box(rng, fmtWord, false)}` : ''}`);
    const answer = box(rng, page.paragraphs.map((p) => element(rng.pick(['p', 'div']), esc(p))).join(''));
    const label = rng.chance(0.6) ? box(rng, rng.pick(['医生答复', '专家意见', '医生解答：', '回复内容'])) : '';
    const order = rng.pick([
      [meta, card, label, answer],
      [card, meta, label, answer],
      [label, card, answer, meta],
    ]);
    const itemTag = rng.pick(['li', 'div']);
    const items = page.related.map((r) =>
      element(itemTag, `<a href="${r.path}">${esc(r.question)}</a>${box(rng, esc(r.snippet))}${box(rng, `${formatLabel(rng, r.format)} ${dateText(rng, r.date!, page.time)}`)}`, cls(rng)),
    );
    const html = `${pageHead(page, `${page.question}_健康咨询`, charsetMeta('utf-8'))}<body>
${box(rng, '<a href="/">健康咨询</a> <a href="/ask/">提问</a>')}
${box(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>${order.join('\n')}<p>温馨提示：以上内容仅供参考，不能代替面诊。</p>`)}
${page.related.length ? box(rng, `<h3>相关问答</h3><ul>${items.join('')}</ul>`) : ''}
</body></html>`;
    // A format printed in words the reader may not know still is the page's format.
    return { body: encode(html, 'utf-8'), expected: expectedOf(page, { format: fmtWord ? format : 'unknown' }) };
  },
};

/** F2. An answer with sub-headings (一、病因 as <h4>), a related item whose meta stands outside its link. */
const subHeadings: Family = {
  name: 'sub-headings',
  split: 'fresh',
  site: 'www.yixue.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const heads = ['一、可能的原因', '二、处理建议'];
    const withHeads = page.paragraphs.length >= 3;
    const paras = page.paragraphs.map((p) => `<p>${esc(p)}</p>`);
    const answer = withHeads ? [`<h4>${heads[0]}</h4>`, ...paras.slice(0, 2), `<h4>${heads[1]}</h4>`, ...paras.slice(2)].join('') : paras.join('');
    const items = page.related.map(
      (r) => `<div${cls(rng)}><a href="${r.path}"><h3>${esc(r.question)}</h3><p>${esc(r.snippet)}</p></a><div${cls(rng)}>${formatLabel(rng, r.format)} · ${dateText(rng, r.date!, page.time)}</div></div>`,
    );
    const html = `${pageHead(page, `${page.question}-医学问答`, charsetMeta('utf-8'))}<body>
<div${cls(rng)}><h1>${esc(page.question)}</h1><span>${dateText(rng, page.date!, page.time)}</span> <span>${formatLabel(rng, page.format)}</span></div>
<div${cls(rng)}><p><b>${esc(d.name!)}</b> ${d.title} ${esc(d.department!)}</p><p>${esc(d.hospital!)} ${d.hospital_grade}</p></div>
<article${cls(rng)}>${answer}</article>
<p>提示：本内容不能代替面诊，如有不适请尽快就医。</p>
${page.related.length ? `<div${cls(rng)}><h2>相关推荐</h2>${items.join('')}</div>` : ''}
</body></html>`;
    const paragraphs = withHeads ? [heads[0]!, ...page.paragraphs.slice(0, 2), heads[1]!, ...page.paragraphs.slice(2)] : page.paragraphs;
    return { body: encode(html, 'utf-8'), expected: expectedOf(page, { paragraphs }) };
  },
};

/** F3. Two doctors answer: the page's entry is the first answer with its doctor. */
const twoDoctors: Family = {
  name: 'two-doctors',
  split: 'fresh',
  site: 'www.duoyi.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const other = { name: d.name === '林晓' ? '周明' : '林晓', title: '主治医师', hospital: '临江市人民医院' };
    const card = (n: string, t: string, h: string, extra = '') => `<div${cls(rng)}><span>${esc(n)}</span> <span>${t}</span>${extra} <span>${esc(h)}</span></div>`;
    const html = `${pageHead(page, `${page.question}_多医问答`, charsetMeta('utf-8'))}<body>
<h1>${esc(page.question)}</h1><p${cls(rng)}>${dateText(rng, page.date!, page.time)}</p>
<div${cls(rng)}>${card(d.name!, d.title!, d.hospital!, ` <span>${esc(d.department!)}</span> <span>${d.hospital_grade}</span>`)}<div>${paragraphsHtml(page.paragraphs)}</div></div>
<div${cls(rng)}>${card(other.name, other.title, other.hospital)}<div><p>同意楼上医生的意见，平时注意休息，按时复查。</p></div></div>
</body></html>`;
    return { body: encode(html, 'utf-8'), expected: expectedOf(page, { format: 'unknown', related: [] }) };
  },
};

/** F4. An old GBK page without a declaration: an <embed> player, <br>-separated card parts, a 12:03:44 time. */
const embedPlayer: Family = {
  name: 'embed-player',
  split: 'fresh',
  site: 'www.laozhan.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const voice = page.format === 'voice';
    const rows = page.related.map((r) => `<tr><td><a href="${r.path}">${esc(r.question)}</a></td><td>${r.date}</td></tr><tr><td colspan="2">${esc(r.snippet)}</td></tr>`);
    const html = `<html><head><title>${esc(page.question)}--老站问答</title><link rel="canonical" href="${page.canonical}"></head><body>
<table><tr><td><h2>${esc(page.question)}</h2></td></tr>
<tr><td>${esc(d.name!)}<br>${d.title}<br>${esc(d.hospital!)}&nbsp;${d.hospital_grade}<br>${esc(d.department!)}</td></tr>
<tr><td>回答时间：${page.date} ${page.time}:44</td></tr>
${voice ? `<tr><td><embed src="/voice/${page.item.num}.mp3" width="300" height="40"></td></tr>` : ''}
<tr><td>${page.paragraphs.map(esc).join('<br><br>')}</td></tr></table>
${page.related.length ? `<table><tr><td colspan="2"><b>相关问题</b></td></tr>${rows.join('')}</table>` : ''}
</body></html>`;
    const related = expectedOf(page).related.map((e) => ({ ...e, format: 'unknown' as const }));
    return { body: encode(html, 'gbk-undeclared'), expected: expectedOf(page, { format: voice ? 'voice' : 'unknown', related }) };
  },
};

/** F5. A date shown only as 3天前, its day in <time datetime> and JSON-LD. */
const relativeDate: Family = {
  name: 'relative-date',
  split: 'fresh',
  site: 'www.xinwen-yi.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const ld = rng.chance(0.5) ? jsonLd(page, { date: true, author: true }) : '';
    const html = `${pageHead(page, `${page.question} - 问一问`, charsetMeta('utf-8'), { extra: ld })}<body>
<main><h1>${esc(page.question)}</h1><time datetime="${page.date}T${page.time}:00+08:00">${rng.int(2, 6)}天前</time>
<div${cls(rng)}><strong>${esc(d.name!)}</strong><em>${d.title}</em><span>${esc(d.department!)}</span><span>${esc(d.hospital!)}（${d.hospital_grade}）</span></div>
${paragraphsHtml(page.paragraphs)}
</main></body></html>`;
    return { body: encode(html, 'utf-8'), expected: expectedOf(page, { format: 'unknown', related: [] }) };
  },
};

export const FRESH_FAMILIES: readonly Family[] = [fuzzedBlocks, subHeadings, twoDoctors, embedPlayer, relativeDate];
