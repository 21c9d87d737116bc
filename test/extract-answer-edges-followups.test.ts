import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * Where the answer begins and ends, further (fresh-116's kinds of page, in other words): an advice box with its own head inside the
 * answer's container; a link line set into the answer with its points after it as a list; a bracketed follow-up round
 * (`【二次咨询】…？（day）` over `回复：…`) after a hospital's reply; a round's stamp labelled as a reply's under an answer dated above;
 * a column's link line set between its paragraphs; a reviewer's credit after a column's text (no credit of who answers, no other
 * card); a column's day printed relative or without its year (null, no doubt); a film between a column's headline and its reader's
 * question.
 */

const read = (html: string, url = 'https://www.example-news.org/health/qa/1024.html') => entriesOf(extractOrThrow(pageRecord(html, { url }))).find((e) => e.origin === 'page')!;

const POINTS = ['偏头痛多和作息不规律、睡眠不足有关，发作时先在安静、光线暗的地方休息。', '如果头痛越来越频繁，或者伴有呕吐、视物模糊，应尽快到神经内科就诊。'];

describe('an advice box with its own head inside the answer’s container', () => {
  const page = (advice: string) => `<html><head><meta charset="utf-8"><title>偏头痛反复发作怎么办 - 健康</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/health/">健康</a></div>
<div class="story"><h1>偏头痛反复发作怎么办</h1><div class="when">2023年5月6日 10:20</div>
<div class="body">
<div class="guest"><p class="name">王明远醫生</p><p class="role">腦神經科專科醫生</p></div>
${POINTS.map((p) => `<p>${p}</p>`).join('\n')}
${advice}
<p class="note">（本文內容只供參考，不能取代醫生診症。）</p>
</div></div>
<div class="more"><h3>相關新聞</h3><ul><li><a href="/health/qa/1001.html">失眠怎么办</a></li><li><a href="/health/qa/1002.html">头晕是什么原因</a></li></ul></div>
</body></html>`;
  it('keeps the head as a paragraph of the answer, its points after it (the section-head convention)', () => {
    const entry = read(page('<div class="advice"><h4>醫生建議</h4><ul><li>保持作息規律，飲食均衡。</li><li>切勿自行購買藥物服用。</li></ul></div>'));
    expect(entry.answer_paragraphs).toEqual([...POINTS, '醫生建議', '保持作息規律，飲食均衡。', '切勿自行購買藥物服用。']);
  });
});

describe('a link line set into the answer, its points after it as a list', () => {
  const page = `<html><head><meta charset="utf-8"><title>胃痛怎么办 - 新闻</title></head><body>
<div class="nav"><a href="https://www.example-tv.tw/">首頁</a> <a href="https://www.example-tv.tw/health">健康</a></div>
<div class="story"><h1>胃痛怎么办</h1><div class="time">2022/08/15 09:30　記者林小明 報導</div>
<p class="doctor">諮詢醫師：江州市人民醫院腸胃科 陳志明主治醫師</p>
<div class="text">
<p>胃痛常见的原因有以下几种：</p>
<p>一、饮食不规律、吃得过饱或过于辛辣，胃黏膜受到刺激，平时要按时吃饭。</p>
<p class="more">延伸閱讀：<a href="https://www.example-tv.tw/news/2022081500001">醫師提醒：胃痛別再忍</a></p>
<ul><li>二、长期服用止痛药的，要在医生指导下调整用药，不要自行加量。</li><li>三、胃痛伴有黑便、呕血的，应尽快到医院就诊，做胃镜检查。</li></ul>
<p>建议及时到医院消化内科就诊，明确诊断后规范治疗。</p>
</div>
<p class="editor">（編輯／張美玲）</p></div>
<div class="related"><h3>延伸閱讀</h3><ul><li><a href="https://www.example-tv.tw/news/2022081000002">胃胀是什么原因</a></li><li><a href="https://www.example-tv.tw/news/2022080900003">反酸怎么办</a></li></ul></div>
</body></html>`;
  it('passes over the link line: the list’s items and the paragraph after them are the answer’s', () => {
    const entry = read(page, 'https://www.example-tv.tw/news/2022081500009');
    expect(entry.answer_paragraphs).toHaveLength(5);
    expect(entry.answer_paragraphs[2]).toMatch(/^二、长期服用止痛药/u);
    expect(entry.answer_paragraphs[4]).toMatch(/^建议及时到医院消化内科就诊/u);
  });
});
