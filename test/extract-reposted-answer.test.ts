import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { isRepostOpener } from '../src/extract/layouts/reposted-answer.js';

/**
 * A Q&A community's best answer in which a member pastes a doctor's answer from a portal, credited under it: the answer is the
 * doctor's text (not the asker's description, not the member's opener), the doctor the credit's, the day the source's where printed.
 */

const html = (title: string, body: string) => `<html><head><meta charset="utf-8"><title>${title}_问答吧</title></head><body>${body}</body></html>`;
const pageOf = (page: string) => entriesOf(extractOrThrow(pageRecord(page, { url: 'saved-page.html' }))).find((e) => e.origin === 'page')!;

const QUESTION = '孩子晚上磨牙是怎么回事';
const ANSWER = ['孩子夜间磨牙常见的原因有以下几种：', '1.白天过度兴奋或者精神紧张，睡前避免剧烈活动。', '2.牙齿咬合不良，可以到口腔科检查。', '如果长期磨牙，建议到医院口腔科就诊。'];
const paras = (lines: readonly string[]) => lines.map((l) => `<p>${l}</p>`).join('');
const asked = `<div class="q"><h1>${QUESTION}</h1><p>孩子六岁，最近一个月每晚都磨牙。</p><p><span>开心每一天</span> 提问于 2022-03-05</p></div>`;
const repost = (opener: string, credit: string, after: string) =>
  `<div class="best"><div>最佳答案</div><div class="user"><span>热心的路人</span> <i>LV6</i></div><div class="text">${opener}${paras(ANSWER)}${credit}${after}</div>` +
  `<div class="stamp">回答于 2022-03-06 · 赞(12) · 评论(3)</div></div>` +
  `<div class="others"><h3>其他回答</h3><div><span>路过的</span><p>同问，我家孩子也这样。</p><span>2022-03-09</span></div></div>`;

describe('a member’s answer that pastes a doctor’s, credited under it', () => {
  it('reads the pasted text as the answer, the credit as the doctor, and not the asker’s description', () => {
    const page = pageOf(html(QUESTION, asked + repost('', '<p>——摘自好大夫在线，周明 主治医师 江州市人民医院 口腔科</p>', '<p>原文链接：https://www.example-portal.com/wenda/1.html</p>')));
    expect(page.answer_paragraphs).toEqual(ANSWER);
    expect(page.doctor.name).toBe('周明');
    expect(page.doctor.hospital).toBe('江州市人民医院');
    expect(page.flags).not.toContain('unsure_reading');
  });

  it('leaves out the member’s opener and dates the answer by the source’s day, not the re-post’s', () => {
    const page = pageOf(html(QUESTION, asked + repost('<p>周明医生的解答如下：</p>', '<p>来源：好大夫在线 周明（主治医师，江州市人民医院，口腔科）</p>', '<p>原回答时间：2020-11-02</p>')));
    expect(page.answer_paragraphs).toEqual(ANSWER);
    expect(page.date).toBe('2020-11-02');
    expect(page.flags).not.toContain('unsure_reading');
  });

  it('gives no day where only the re-post’s own 回答于 is printed', () => {
    const page = pageOf(html(QUESTION, asked + repost('', '<p>来源：好大夫在线 周明（主治医师，江州市人民医院，口腔科）</p>', '')));
    expect(page.answer_paragraphs).toEqual(ANSWER);
    expect(page.date).toBeNull();
  });

  it('tells a re-poster’s opener from an answer’s line that ends in a colon', () => {
    expect(isRepostOpener('以下是好大夫在线上周明医生的回答，供参考：')).toBe(true);
    expect(isRepostOpener('医生是这样说的：')).toBe(true);
    expect(isRepostOpener('帮你找了一个专业医生的回答：')).toBe(true);
    expect(isRepostOpener('孩子夜间磨牙常见的原因有以下几种：')).toBe(false);
    expect(isRepostOpener('建议做以下检查：')).toBe(false);
  });
});
