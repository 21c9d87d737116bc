import { boilerplate } from '../../kit/pages/boilerplate.js';
import iconv from 'iconv-lite';
import { expectedOf, type Family, type Rendered } from './family.js';
import { cls, dateText, encode, esc, formatLabel, pageHead, paragraphsHtml } from './parts.js';

/**
 * Second fresh held-out set (split `fresh-2`): written after the reader was changed for the
 * first fresh set, committed before it was run. More ways pages differ: an unlabelled
 * description of the asker's case, a card inside one link with the doctor's statistics, an
 * inline 答： prefix, answers as list items, dates without a year, sidebars full of other
 * doctors' cards, a date printed at the very bottom, full-width digits, UTF-16. Their first run
 * (95.1% per field; 178 of 360 page entries, 343 of 1411 related items silently wrong) was
 * reported; the reader was then changed for them (commit c61bc7d).
 */

/** G1. The asker's case described under the question in a paragraph without a label, then the card. */
const unlabelledCase: Family = {
  name: 'unlabelled-case',
  split: 'fresh-2',
  site: 'www.wendaba.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const ask = `${page.question.replace(/？$/u, '')}，已经持续一周了，吃了点药也不见好，请问医生该怎么办？`;
    const html = `${pageHead(page, `${page.question}_${ask.slice(0, 10)}..._问答吧`, '<meta charset="utf-8">')}<body>
<div${cls(rng)}><h1>${esc(page.question)}</h1><p${cls(rng)}>${esc(ask)}</p><p${cls(rng)}>患者：${rng.pick(['男', '女'])} ${rng.int(18, 70)}岁</p></div>
<div${cls(rng)}><div${cls(rng)}><span>${esc(d.name!)}</span><span>${d.title}</span><span>${esc(d.hospital!)}</span><span>${esc(d.department!)}</span><span>${d.hospital_grade}</span></div>
<div${cls(rng)}>${paragraphsHtml(page.paragraphs)}</div><div${cls(rng)}>${dateText(rng, page.date!, page.time)}</div></div>
</body></html>`;
    return { body: encode(html, 'utf-8'), expected: expectedOf(page, { format: 'unknown', related: [] }) };
  },
};

/** G2. The whole card one link with the doctor's statistics, the answer opened by an inline 答：. */
const linkCard: Family = {
  name: 'link-card',
  split: 'fresh-2',
  site: 'www.haoyisheng.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const prefix = rng.pick(['答：', '回答：', '医生回复：']);
    const card = `<a href="/doctor/${page.item.num}.html"${cls(rng)}><p>${esc(d.name!)} ${d.title}</p><p>${esc(d.hospital!)} ${esc(d.department!)} ${d.hospital_grade}</p><p>回答 ${rng.int(10, 9999)} | 好评率 ${rng.int(90, 100)}%</p></a><span>+关注</span>`;
    const [first, ...rest] = page.paragraphs;
    const items = page.related.map((r) => `<li><a href="${r.path}">${esc(r.question)}</a><p>${esc(r.snippet)}</p><span>${formatLabel(rng, r.format)} ${r.date}</span></li>`);
    const html = `${pageHead(page, `${page.question}-好医生问答`, '<meta charset="utf-8">')}<body>
<h1${cls(rng)}>${esc(page.question)}</h1><div${cls(rng)}>${card}</div>
<div${cls(rng)}><p>${prefix}${esc(first!)}</p>${rest.map((p) => `<p>${esc(p)}</p>`).join('')}</div>
<div${cls(rng)}>${dateText(rng, page.date!, page.time)} ${formatLabel(rng, page.format)}</div>
${page.related.length ? `<div${cls(rng)}><h3>相关问答</h3><ul>${items.join('')}</ul></div>` : ''}
</body></html>`;
    return { body: encode(html, 'utf-8'), expected: expectedOf(page) };
  },
};

/** G3. Answer points as <ol><li>, related items dated without a year (05-18: no date to read). */
const listAnswer: Family = {
  name: 'list-answer',
  split: 'fresh-2',
  site: 'www.yiliaobang.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const [intro, ...points] = page.paragraphs;
    const answer = points.length > 1 ? `<p>${esc(intro!)}</p><ol>${points.map((p) => `<li>${esc(p)}</li>`).join('')}</ol>` : page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('');
    const items = page.related.map((r) => `<li${cls(rng)}><a href="${r.path}">${esc(r.question)}</a><span>${r.date!.slice(5)}</span><p>${esc(r.snippet)}</p></li>`);
    const html = `${pageHead(page, `${page.question}_医疗帮`, '<meta charset="utf-8">')}<body>
<section${cls(rng)}><h1>${esc(page.question)}</h1><div${cls(rng)}>${esc(d.name!)} | ${d.title} | ${esc(d.department!)} | ${esc(d.hospital!)}（${d.hospital_grade}）</div>
<div${cls(rng)}>${answer}</div><div${cls(rng)}>更新于 ${dateText(rng, page.date!, page.time)}</div></section>
${page.related.length ? `<section${cls(rng)}><h2>相关问题</h2><ul>${items.join('')}</ul></section>` : ''}
</body></html>`;
    const related = expectedOf(page).related.map((e) => ({ ...e, format: 'unknown' as const, date: null }));
    return { body: encode(html, 'utf-8'), expected: expectedOf(page, { format: 'unknown', related }) };
  },
};

/** G4. A portal: other doctors' cards in a column before the question, articles and tags around the answer. */
const portal: Family = {
  name: 'portal',
  split: 'fresh-2',
  site: 'www.jiankangmen.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const extra = boilerplate('jiankang-gbk', page.related.length ? [page.item, page.item] : []);
    const doctors = ['刘建国 主任医师 江州市人民医院 三甲', '陈丽 副主任医师 云岭市中心医院 三甲', '张伟 主治医师 青川市第二人民医院 二甲']
      .map((t) => `<li><a href="/doctor/1.html">${t.split(' ').map((x) => `<span>${x}</span>`).join('')}</a></li>`);
    const items = page.related.map((r) => `<li><a href="${r.path}">${esc(r.question)}</a><p>${esc(r.snippet)}</p><em>${formatLabel(rng, r.format)} ${r.date}</em></li>`);
    const html = `${pageHead(page, `${page.question}_健康门户`, '<meta charset="utf-8">', { extra: extra.head })}<body>${extra.nav}
<div${cls(rng)}><div${cls(rng)}><h3>推荐医生</h3><ul>${doctors.join('')}</ul></div>
<div${cls(rng)}><h1>${esc(page.question)}</h1><p>${dateText(rng, page.date!, page.time)}</p>
<div${cls(rng)}><b>${esc(d.name!)}</b> <i>${d.title}</i> <i>${esc(d.department!)}</i><br><i>${esc(d.hospital!)}</i> <i>${d.hospital_grade}</i></div>
<div${cls(rng)}>${paragraphsHtml(page.paragraphs)}</div>
<p>相关疾病：<a href="/jb/1">${esc(page.item.question.slice(0, 4))}</a></p>
<div${cls(rng)}><h3>相关文章</h3><ul><li><a href="/art/1.html">春季养生要注意什么</a></li><li><a href="/art/2.html">如何科学补钙</a></li></ul></div>
${page.related.length ? `<div${cls(rng)}><h3>相关问答</h3><ul>${items.join('')}</ul></div>` : ''}
</div><div${cls(rng)}>${extra.side}</div></div>${extra.footer}</body></html>`;
    return { body: encode(html, 'utf-8'), expected: expectedOf(page, { format: 'unknown' }) };
  },
};

/** G5. A mobile page that prints the answer's date at the very bottom, after the related list. */
const dateAtBottom: Family = {
  name: 'date-at-bottom',
  split: 'fresh-2',
  site: 'm.jiankangbao.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const items = page.related.map((r) => `<a href="${r.path}"${cls(rng)}><h4>${esc(r.question)}</h4><p>${esc(r.snippet)}</p></a>`);
    const html = `${pageHead(page, `${page.question}-健康宝`, '<meta charset="utf-8">')}<body>
<h1>${esc(page.question)}</h1>
<div${cls(rng)}><p>${esc(d.name!)}<em>${d.title}</em></p><p>${esc(d.hospital!)}·${esc(d.department!)}·${d.hospital_grade}</p></div>
<div${cls(rng)}>${page.paragraphs.map((p) => `<div>${p.split('，').map((c) => `<span>${esc(c)}</span>`).join('，')}</div>`).join('')}</div>
${page.related.length ? `<div${cls(rng)}><div>相关推荐</div>${items.join('')}</div>` : ''}
<div${cls(rng)}>发布时间：${dateText(rng, page.date!, page.time)}</div>
</body></html>`;
    return { body: encode(html, 'utf-8'), expected: expectedOf(page, { format: 'unknown', related: expectedOf(page).related.map((e) => ({ ...e, format: 'unknown' as const, date: null })) }) };
  },
};

/** G6. UTF-16 pages and GBK pages with full-width digits in their dates (２０２１年５月８日). */
const wideDigits: Family = {
  name: 'wide-digits',
  split: 'fresh-2',
  site: 'www.kuanzi.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const wide = (s: string) => s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    const utf16 = rng.chance(0.5);
    const html = `${pageHead(page, `${page.question}_宽字问答`, utf16 ? '<meta charset="utf-16">' : '<meta charset="gbk">')}<body>
<div${cls(rng)}><h2>${esc(page.question)}</h2><span>${wide(dateText(rng, page.date!, page.time))}</span></div>
<div${cls(rng)}>解答医生：${esc(d.name!)}　${d.title}　${esc(d.department!)}　${esc(d.hospital!)}　${d.hospital_grade}</div>
<div${cls(rng)}>${paragraphsHtml(page.paragraphs)}</div>
</body></html>`;
    const body = utf16 ? Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(html, 'utf-16le')]) : iconv.encode(html, 'gb18030');
    return { body, expected: expectedOf(page, { format: 'unknown', related: [] }) };
  },
};

export const FRESH2_FAMILIES: readonly Family[] = [unlabelledCase, linkCard, listAnswer, portal, dateAtBottom, wideDigits];
