import { expectedOf, type Family, type Rendered } from './family.js';
import { cls, dateText, encode, esc, formatLabel, pageHead, paragraphsHtml } from './parts.js';
import type { TruthPage } from './truth.js';

/**
 * Third fresh held-out set (split `fresh-3`): written after the reader was changed for the
 * second, committed before it was run; its first figures are the ones reported, and the reader
 * is not changed for it. A related list as a table with a header row, a case description over
 * several paragraphs, a video answer with its transcript under a label, a grade shown only as a
 * badge picture, related items that name their doctors.
 */

const card = (page: TruthPage, rng: Parameters<Family['render']>[1]) => {
  const d = page.doctor;
  return `<div${cls(rng)}><span>${esc(d.name!)}</span> <span>${d.title}</span> <span>${esc(d.department!)}</span> <span>${esc(d.hospital!)}</span> <span>${d.hospital_grade}</span></div>`;
};

/** I1. The related list a table: a header row, then one row per item (question, snippet, date). */
const tableList: Family = {
  name: 'table-list',
  split: 'fresh-3',
  site: 'www.biaoge.example',
  render(page, rng): Rendered {
    const rows = page.related.map((r) => `<tr><td><a href="${r.path}">${esc(r.question)}</a></td><td>${esc(r.snippet)}</td><td>${r.date}</td></tr>`);
    const html = `${pageHead(page, `${page.question}_表格问答`, '<meta charset="utf-8">')}<body>
<h1>${esc(page.question)}</h1><p>${dateText(rng, page.date!, page.time)}</p>${card(page, rng)}
<div${cls(rng)}>${paragraphsHtml(page.paragraphs)}</div>
${page.related.length ? `<h3>相关问答</h3><table${cls(rng)}><tr><th>问题</th><th>回答</th><th>时间</th></tr>${rows.join('')}</table>` : ''}
</body></html>`;
    const related = expectedOf(page).related.map((e) => ({ ...e, format: 'unknown' as const }));
    return { body: encode(html, 'utf-8'), expected: expectedOf(page, { format: 'unknown', related }) };
  },
};

/** I2. The asker's case over several paragraphs, only the first labelled, before the card. */
const longCase: Family = {
  name: 'long-case',
  split: 'fresh-3',
  site: 'www.bingqing.example',
  render(page, rng): Rendered {
    const html = `${pageHead(page, `${page.question}-病情问答`, '<meta charset="utf-8">')}<body>
<h1>${esc(page.question)}</h1>
<div${cls(rng)}><p>病情描述：最近一个月${esc(page.question.replace(/？$/u, ''))}，白天还好，晚上明显一些。</p><p>之前在社区医院看过，开了药，吃了一周效果不明显。</p><p>想得到怎样的帮助：需要做什么检查，平时要注意什么？</p></div>
${card(page, rng)}<div${cls(rng)}>${dateText(rng, page.date!, page.time)}</div>
<div${cls(rng)}>${paragraphsHtml(page.paragraphs)}</div>
</body></html>`;
    return { body: encode(html, 'utf-8'), expected: expectedOf(page, { format: 'unknown', related: [] }) };
  },
};

/** I3. A video answer: the player, its length, and the transcript under 视频文字版. */
const videoTranscript: Family = {
  name: 'video-transcript',
  split: 'fresh-3',
  site: 'www.shipinyi.example',
  render(page, rng): Rendered {
    const html = `${pageHead(page, `${page.question}_视频医生`, '<meta charset="utf-8">')}<body>
<h1>${esc(page.question)}</h1>${card(page, rng)}<p>${dateText(rng, page.date!, page.time)}</p>
<div${cls(rng)}><video src="/v/${page.item.num}.mp4" controls></video><span>视频时长 0${rng.int(1, 5)}:${String(rng.int(10, 59))}</span></div>
<div${cls(rng)}><h3>视频文字版</h3>${paragraphsHtml(page.paragraphs)}</div>
</body></html>`;
    return { body: encode(html, 'utf-8'), expected: expectedOf(page, { format: 'video', related: [] }) };
  },
};

/** I4. The hospital's grade only as a badge picture (its alt says 三甲), hospital and department on the first line. */
const gradeBadge: Family = {
  name: 'grade-badge',
  split: 'fresh-3',
  site: 'www.huizhang.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const html = `${pageHead(page, `${page.question}_徽章问答`, '<meta charset="utf-8">')}<body>
<h1>${esc(page.question)}</h1>
<div${cls(rng)}><p>${esc(d.hospital!)} <img src="/badge/${d.hospital_grade}.png" alt="${d.hospital_grade}"> ${esc(d.department!)}</p><p><b>${esc(d.name!)}</b> ${d.title}</p></div>
<div${cls(rng)}>${paragraphsHtml(page.paragraphs)}</div><p>${dateText(rng, page.date!, page.time)} ${formatLabel(rng, page.format)}</p>
</body></html>`;
    return { body: encode(html, 'utf-8'), expected: expectedOf(page, { related: [] }) };
  },
};

/** I5. Related items that name their doctor between the question and the snippet. */
const itemDoctors: Family = {
  name: 'item-doctors',
  split: 'fresh-3',
  site: 'www.mingyisay.example',
  render(page, rng): Rendered {
    const items = page.related.map(
      (r, i) => `<li${cls(rng)}><a href="${r.path}">${esc(r.question)}</a><div>${['王建华', '李静', '赵明'][i % 3]} ${['主任医师', '副主任医师', '主治医师'][i % 3]}</div><p>${esc(r.snippet)}</p><div>${formatLabel(rng, r.format)} ${r.date}</div></li>`,
    );
    const html = `${pageHead(page, `${page.question}-名医说`, '<meta charset="utf-8">')}<body>
<h1>${esc(page.question)}</h1>${card(page, rng)}
<div${cls(rng)}>${paragraphsHtml(page.paragraphs)}</div><p>${dateText(rng, page.date!, page.time)}</p>
${page.related.length ? `<div${cls(rng)}><h2>相关推荐</h2><ul>${items.join('')}</ul></div>` : ''}
</body></html>`;
    return { body: encode(html, 'utf-8'), expected: expectedOf(page, { format: 'unknown' }) };
  },
};

export const FRESH3_FAMILIES: readonly Family[] = [tableList, longCase, videoTranscript, gradeBadge, itemDoctors];
