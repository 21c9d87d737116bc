import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A related list whose items show other doctors' whole answers, each in a box of its own under the question and the byline
 * (related-item.ts's answerBox): an answer of two paragraphs and one of three are shaped alike, no item doubted for its length.
 * A paragraph run into an item outside its answer's box still makes it unlike the others.
 */

const URL = 'https://www.tcm-clinic.example/ask/5521.html';
const item = (id: number, q: string, by: string, paras: readonly string[], after = '') =>
  `<li><h4><a href="/ask/${id}.html">${q}</a></h4><p class="by">${by} 中医师</p><div class="body">${paras.map((p) => `<p>${p}</p>`).join('')}</div>${after}</li>`;
const page = (items: readonly string[]) => `<html><head><meta charset="utf-8"><title>手脚冰凉怎么调理？ - 问中医</title></head><body>
<h1>手脚冰凉怎么调理？</h1>
<div class="doc"><p>解答：<b>林素梅</b> 主治医师 · 江州市中医院针灸科</p><p>解答日期：2023-05-06</p></div>
<div class="answer"><p>手脚冰凉多与阳气不足、气血运行不畅有关，平时注意保暖，少吃生冷。</p><p>可以每晚用温水泡脚十五分钟，配合适量运动，促进血液循环。</p></div>
<section><h3>相关问答</h3><ul>
${items.join('\n')}
</ul></section></body></html>`;
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const A = ['失眠多与心脾两虚有关，睡前不要看手机。', '可以用酸枣仁煮水代茶饮。'];
const B = ['胃胀多与脾胃虚弱有关，饭后不要马上躺下。', '饮食要定时定量，少吃甜腻。', '每天可以按揉足三里穴位五分钟。'];

describe('a related list of whole answers in boxes of their own', () => {
  it('doubts no item for its number of paragraphs', () => {
    const related = read(page([item(5530, '失眠多梦怎么调理？', '王丽', A), item(5541, '饭后胃胀怎么办？', '陈强', B), item(5552, '经常口干是什么原因？', '赵敏', A)])).filter((e) => e.origin === 'related');
    expect(related.map((e) => e.answer_paragraphs)).toEqual([A, B, A]);
    expect(related.every((e) => !e.flags.includes('unsure_reading'))).toBe(true);
  });

  it('still doubts an item with a paragraph outside its box', () => {
    const related = read(page([item(5530, '失眠多梦怎么调理？', '王丽', A), item(5541, '饭后胃胀怎么办？', '陈强', A, '<p>本周门诊时间调整，请留意公告。</p>'), item(5552, '经常口干是什么原因？', '赵敏', A)])).filter((e) => e.origin === 'related');
    expect(related[1]!.flags).toContain('unsure_reading');
  });
});
