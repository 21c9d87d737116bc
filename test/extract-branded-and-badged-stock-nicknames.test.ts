import { describe, expect, it } from 'vitest';
import { isMemberByline } from '../src/extract/layouts/member-answer.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A site's made-up nickname for a member, a stock word and digits, in two more shapes: the site's letters run into the
 * stock word (`7lk网友9556`, `yfw网友2231`), and a hobbyist's stock word under a `热心网友` badge (`热心网友 中医爱好者4597`).
 * Either byline opens a member's reply after the answer's box: none of the doctor's (pharmacist's) answer. What the blind
 * split fresh-77 taught the genre reader.
 */

const URL = 'https://www.example-shop.cn/wenda/5521.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = ['眼屎多常见的原因有以下几种：', '一、结膜炎引起的，需要在医生指导下使用抗生素眼药水。', '建议及时到医院眼科就诊，明确诊断后规范治疗。'];
const answerBox = `<div class="answer"><div class="info"><b>李芳</b> <span>执业药师</span><br>东湖药师服务中心</div><div class="txt">${ANSWER.map((p) => `<p>${p}</p>`).join('\n')}</div><p class="sj">回答时间：2021-09-07 17:33:01 <a href="javascript:;">有用(42)</a></p></div>`;
const member = (byline: string) => `<div class="answer member">${byline}<div class="txt"><p>建议去医院检查一下，别自己乱吃药。</p></div><p class="sj">回答时间：2021-09-07 17:41:44</p></div>`;
const page = (answers: string) =>
  `<html><head><title>眼屎多是怎么回事？_问答</title></head><body><div class="q"><h1>眼屎多是怎么回事？</h1><p>提问者：abc_826b　提问时间：2021-09-06 10:47:24</p><p>问题描述：平时工作比较忙。</p></div><div class="hd"><h3>共有2条回答</h3>${answers}</div></body></html>`;

describe('a member shown by a branded or badged stock nickname', () => {
  it('such lines are members’ bylines', () => {
    for (const line of ['7lk网友9556', 'yfw网友2231', '热心网友 中医爱好者4597', '中医爱好者7379']) expect(isMemberByline(line), line).toBe(true);
    for (const line of ['中医爱好者', '网友说的对', '李芳 执业药师']) expect(isMemberByline(line), line).toBe(false);
  });

  it('a reply under the site’s letters run into the stock word is none of the answer', () => {
    const [own] = read(page(`${answerBox}${member('<b>7lk网友9556</b>')}`));
    expect(own!.doctor.name).toBe('李芳');
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.date).toBe('2021-09-07');
  });

  it('a hobbyist’s reply under a 热心网友 badge is none of the answer', () => {
    const [own] = read(page(`${answerBox}${member('<span class="rx">热心网友</span> <b>中医爱好者4597</b>')}`));
    expect(own!.answer_paragraphs).toEqual(ANSWER);
  });
});
