import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * An old hospital-portal Q&A lists its related questions as table rows: the question with its answer's start under it
 * (`答：…`), then a cell naming the department the question is filed under (`[内科]`), then the day. The department in
 * brackets is where the list files the item, none of its snippet. What the blind split fresh-76 taught the genre reader.
 */

const URL = 'https://www.example-yiyuan.com/wenda/5521.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = ['脂肪肝多与饮食和作息有关，先控制体重、少吃油腻。', '建议三个月后复查肝功能和肝脏彩超。'];
const ROWS = [
  ['/wenda/136262.html', '脂肪肝需要注意什么', '脂肪肝的处理要根据病情轻重来决定：（1）在受凉或劳累以后，需...', '[内科]', '2020-02-01'],
  ['/wenda/136244.html', '脂肪肝多久能好？', '可能和饮食不规律、熬夜有关，症状加重时要及时复诊。二、如果是...', '[儿科]', '2023-05-16'],
  ['/wenda/136267.html', '哺乳期脂肪肝吃什么好？', '脂肪肝的处理要根据病情轻重来决定：1.转氨酶升高反复发作2次...', '【妇产科】', '2021-03-02'],
];
const page = `<html><head><title>转氨酶升高怎么回事_问答</title></head><body>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/wenda/">问答</a></div>
<h1>转氨酶升高怎么回事</h1><p>问题描述：体检发现转氨酶升高，平时不喝酒。</p>
<div class="answer"><h3>专家解答</h3><p>李华 主治医师　东湖市人民医院　消化内科</p>${ANSWER.map((p) => `<p>${p}</p>`).join('')}<p>解答时间：2023-05-06 14:22</p></div>
<div class="rel"><h3>相关问答</h3><table width="100%">${ROWS.map(([href, q, s, dept, day]) => `<tr><td><a href="${href}" target="_blank">${q}</a><br><span class="da">答：${s}</span></td><td class="ks">${dept}</td><td class="rq">${day}</td></tr>`).join('\n')}</table></div>
</body></html>`;

describe('a related list’s department column', () => {
  it('the bracketed department beside an item is none of its snippet', () => {
    const [own, ...items] = read(page);
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(items.map((e) => e.question)).toEqual(ROWS.map((r) => r[1]));
    expect(items.map((e) => e.answer_paragraphs)).toEqual(ROWS.map((r) => [r[2]]));
    expect(items.map((e) => e.date)).toEqual(ROWS.map((r) => r[4]));
  });
});
