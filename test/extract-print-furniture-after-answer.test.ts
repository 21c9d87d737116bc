import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A printed column's furniture after the answer: a page's editor (`（本期编辑：…）`), further reading with the article's title run
 * on after its head (`相关阅读：《…》`), a bulletin's colophon (`编印：某某中心　内部资料　免费赠阅`). None is the answer.
 */

const URL = 'https://paper.example-evening.cn/health/2023-09/0412.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = ['老人夜里腿抽筋，多数和受凉、白天走路过多、睡姿不当有关，不一定是缺钙。', '睡前用温水泡脚、拉伸小腿，被子不要压得太紧；如果频繁发作或伴有腿肿，要查血钙、血糖和下肢血管。'];
const page = (foot: string) =>
  `<html><head><title>老人半夜腿抽筋是缺钙吗 - 健康周刊</title></head><body><div class="top">健康周刊 · 名医答疑</div>` +
  `<div class="art"><h2>老人半夜腿抽筋是缺钙吗</h2><p class="by">作者：江州市第一人民医院骨科 主任医师 贺文斌　2023-09-12</p>` +
  ANSWER.map((p) => `<p>${p}</p>`).join('') +
  foot +
  `</div></body></html>`;

describe('a printed column’s furniture after the answer', () => {
  it('drops a page editor’s credit', () => {
    expect(read(page('<p>（本期编辑：孙晓岚）</p>'))[0]!.answer_paragraphs).toEqual(ANSWER);
  });
  it('drops further reading with its article’s title on the head’s line', () => {
    expect(read(page('<p>相关阅读：《骨质疏松，这些信号别忽视》</p>'))[0]!.answer_paragraphs).toEqual(ANSWER);
  });
  it('drops a bulletin’s colophon', () => {
    expect(read(page('<p>编印：江州市健康促进中心　内部资料　免费赠阅</p>'))[0]!.answer_paragraphs).toEqual(ANSWER);
  });
  it('keeps advice that names a reading in a sentence', () => {
    const advice = '平时可以看看科普读物，比如《骨质疏松，这些信号别忽视》，了解补钙的正确方法。';
    expect(read(page(`<p>${advice}</p>`))[0]!.answer_paragraphs).toEqual([...ANSWER, advice]);
  });
});

describe('a doctor recommending a book at the answer’s end', () => {
  it('keeps a 推荐阅读 line with a book’s title', () => {
    const line = '推荐阅读：《老年人骨骼健康手册》';
    expect(read(page(`<p>${line}</p>`))[0]!.answer_paragraphs).toEqual([...ANSWER, line]);
  });
});
