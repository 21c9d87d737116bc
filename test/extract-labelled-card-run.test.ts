import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { isLabelledName } from '../src/extract/words/answer-extras.js';

/**
 * A card printed as a run of lines under the answerer's labelled name (`答复医生：name`, then `title　department`, then the
 * hospital), each line its own paragraph, between the asker's labelled fields and the reply: the card, none of the answer.
 */

const QUESTION = '饭后胃胀还反酸怎么回事';
const ANSWER = ['饭后胃胀伴反酸多与胃食管反流或慢性胃炎有关，建议少食多餐，饭后不要马上躺下。', '症状持续两周以上的，应到消化内科做胃镜检查，明确原因后再用药。'];
const page = (card: string) =>
  `<html><head><meta charset="utf-8"><title>${QUESTION}_网友问医</title></head><body><h1>${QUESTION}</h1>` +
  `<p>提问者：鹿城网友12　提问时间：2022-04-02 10:11</p><p>性别：女　年龄：45岁</p><p>病情描述：最近一个月饭后总是胃胀，还反酸。</p>` +
  `<div class="re"><h3>医生回复</h3>${card}<div class="c">${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div><p>回复时间：2022-04-03 16:40</p></div>` +
  `</body></html>`;
const pageOf = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'saved-page.html' }))).find((e) => e.origin === 'page')!;

describe('a card run under the answerer’s labelled name', () => {
  it('reads the name, the title and department line and the hospital line as the card, the reply as the answer', () => {
    const own = pageOf(page('<p>答复医生：<a href="/doctor/52.html">钟立新</a></p><p>副主任医师　消化内科</p><p>东湖市中心医院（三甲）</p>'));
    expect(own.doctor).toEqual({ name: '钟立新', title: '副主任医师', department: '消化内科', hospital: '东湖市中心医院', hospital_grade: '三甲' });
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.flags).not.toContain('unsure_reading');
  });

  it('reads the asker’s lines above a name labelled as the one replying as theirs, the reply under it as the answer', () => {
    const html =
      `<html><head><meta charset="gbk"><title>${QUESTION}</title></head><body><table><tr><td><b>问题：${QUESTION}</b></td></tr>` +
      `<tr><td>提问者：胃友5521　提问时间：2021-9-23 17:40:09</td></tr><tr><td>吃完饭就胀，要做胃镜吗？<br>已经两个月了。</td></tr>` +
      `<tr><td>答复专家：<a href="/zj.asp?id=7">钟立新</a><br><font color="red"><b>专家答复：</b></font><br>${ANSWER.join('<br><br>')}</td></tr></table></body></html>`;
    expect(pageOf(html).answer_paragraphs).toEqual(ANSWER);
  });

  it('takes a reply’s label before 医生 as a labelled name', () => {
    expect(isLabelledName('回复医生：白红')).toBe(true);
    expect(isLabelledName('答复专家：钟立新')).toBe(true);
  });
});
