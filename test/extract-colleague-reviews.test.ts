import { describe, expect, it } from 'vitest';
import { colleagueReview } from '../src/extract/layouts/colleague-review.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A doctors' site lets a colleague review an answer under it (`钱慧刚 主治医师 点评：回答很全面。2020-02-18`): someone else's
 * words and day, none of the answer. What the blind split fresh-74 taught the genre reader.
 */

const URL = 'https://www.example-med.cn/wenda/detail/1';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = ['老人口臭多与牙周炎有关，先完善牙周检查。', '如果症状持续不缓解，应尽快到口腔科就诊。'];

describe('a colleague’s review under the answer (点评)', () => {
  it('is told by a byline with a title or a calling before the label', () => {
    expect(colleagueReview('钱慧刚 主治医师 点评：回答很全面，建议按时随访。2020-02-18')).toEqual({ labelOnly: false, calledOnly: false });
    expect(colleagueReview('王芳医生点评：')).toEqual({ labelOnly: true, calledOnly: true });
    for (const line of ['专家点评：这种治疗方法比较常用。', '简单点评：先观察即可。']) expect(colleagueReview(line), line).toBeNull();
  });

  it('ends the answer only after it has begun: a review’s label over the answer’s first line leaves the answer there', () => {
    for (const label of ['<p>上官艳医生点评：</p>', '<p>上官艳 主治医师 点评：老人口臭不一定是胃病。</p>']) {
      const html =
        `<html><head><title>老人口臭是怎么回事？</title></head><body><h1>老人口臭是怎么回事？</h1><div class="answer">` +
        `<div><a href="/doctor/1">上官艳</a> <span>主治医师</span><p>江州市医科大学附属医院 · 口腔科</p></div>` +
        `<div>${label}${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div><div><span>发布于 2020-02-17 19:36</span> <a>有帮助 130</a></div></div></body></html>`;
      const [own] = read(html);
      expect(own!.doctor.name, label).toBe('上官艳');
      expect(own!.answer_paragraphs.slice(-2), label).toEqual(ANSWER);
      expect(own!.date, label).toBe('2020-02-17');
    }
  });

  it('a name run into its calling among the answer’s paragraphs (`王芳医生点评：`) cuts none of the answer: kept, and doubted', () => {
    for (const label of ['王芳医生点评：', '王芳医生点评：这一点很重要。']) {
      const own = [ANSWER[0]!, label, ANSWER[1]!, '平时早晚刷牙，定期洗牙。'];
      const html =
        `<html><head><title>老人口臭是怎么回事？</title></head><body><h1>老人口臭是怎么回事？</h1><div class="answer">` +
        `<div><a href="/doctor/1">上官艳</a> <span>主治医师</span><p>江州市医科大学附属医院 · 口腔科</p></div>` +
        `<div>${own.map((p) => `<p>${p}</p>`).join('')}</div><div><span>发布于 2020-02-17 19:36</span> <a>有帮助 130</a></div></div></body></html>`;
      const [entry] = read(html);
      expect(entry!.answer_paragraphs, label).toEqual(own);
      expect(entry!.flags, label).toContain('unsure_reading');
    }
  });

  it('under the answer, past its stamp, the same byline is a review', () => {
    const html =
      `<html><head><title>老人口臭是怎么回事？</title></head><body><h1>老人口臭是怎么回事？</h1><div class="answer">` +
      `<div><a href="/doctor/1">上官艳</a> <span>主治医师</span><p>江州市医科大学附属医院 · 口腔科</p></div>` +
      `<div>${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div><div><span>发布于 2020-02-17 19:36</span> <a>有帮助 130</a></div>` +
      `<div><p>王芳医生点评：</p><p>回答很全面，建议按时随访。</p><em>2020-02-18</em></div></div></body></html>`;
    const [own] = read(html);
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.date).toBe('2020-02-17');
    expect(own!.flags).not.toContain('unsure_reading');
  });

  it('is none of the answer, and its day dates nothing', () => {
    const html =
      `<html><head><title>老人口臭是怎么回事？</title></head><body><h1>老人口臭是怎么回事？</h1><div class="answer">` +
      `<div><a href="/doctor/1">上官艳</a> <span>主治医师</span><p>江州市医科大学附属医院 · 口腔科</p></div>` +
      `<div>${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div><div><span>发布于 2020-02-17 19:36</span> <a>有帮助 130</a></div>` +
      `<div><span>钱慧刚 主治医师 点评：</span>回答很全面，建议按时随访。<em>2020-02-18</em></div></div></body></html>`;
    const [own] = read(html);
    expect(own!.doctor.name).toBe('上官艳');
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.date).toBe('2020-02-17');
    expect(own!.flags).not.toContain('unsure_reading');
  });
});
