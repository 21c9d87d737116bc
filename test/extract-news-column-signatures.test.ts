import { describe, expect, it } from 'vitest';
import { readMetaLine } from '../src/extract/dates/page-meta.js';
import { signedCard } from '../src/extract/card/credit-sentence.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A health paper's 问专家 column: the reader asks (`河南读者 王女士问：`), the expert answers under `专家答：`, and the card is a
 * signature, `解答专家：name，hospital department title` before the text or `（解答专家：hospital department title name）` after it;
 * the article's line names the reporter (`作者：记者 name`), who is none of the card. What the blind split fresh-74 taught the genre reader.
 */

const URL = 'https://www.example-paper.cn/html/wenda/1.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = ['多梦早醒大多和作息、情绪有关，先固定起床时间。', '持续一个月以上，请到神经内科或睡眠门诊就诊。'];
const answerHtml = ANSWER.map((p) => `<p>${p}</p>`).join('');
const DOCTOR = { name: '卢艳秀', title: '主治医师', department: '神经内科', hospital: '白沙市第一人民医院', hospital_grade: null };
const page = (info: string, content: string) =>
  `<html><head><title>男性多梦早醒是怎么回事_健康时报</title></head><body><div class="article"><h1>男性多梦早醒是怎么回事</h1>` +
  `<div class="info">${info}</div><div class="content"><p><b>河南读者 王女士问：</b>男性多梦早醒是怎么回事？最近一段时间一直这样。</p>${content}` +
  `<p>（责任编辑：周晓东）</p></div></div></body></html>`;

describe('a news column’s card printed as a signature', () => {
  it('before the text is the card, and the label over the answer none of it', () => {
    const [own] = read(page('2022-09-19 19:07:08　来源：健康时报', `<p>解答专家：卢艳秀，白沙市第一人民医院 神经内科 主治医师</p><p><b>专家答：</b></p>${answerHtml}`));
    expect(own!.doctor).toEqual(DOCTOR);
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.flags).not.toContain('unsure_reading');
  });

  it('after the text, in brackets, is the card and ends the answer', () => {
    const [own] = read(page('2022-09-19 19:07:08　来源：健康时报', `<p><b>专家答：</b>${ANSWER[0]}</p><p>${ANSWER[1]}</p><p>（解答专家：白沙市第一人民医院 神经内科 主治医师 卢艳秀）</p>`));
    expect(own!.doctor).toEqual(DOCTOR);
    expect(own!.answer_paragraphs).toEqual(ANSWER);
  });
});

describe('the reporter named on the article’s line (`作者：记者 name`)', () => {
  it('is meta beside the day: the day dates the answer, the reporter is no card', () => {
    expect(readMetaLine('2022-09-19 19:07:08　来源：健康时报　作者：记者 黄秀英').metaOnly).toBe(true);
    const [own] = read(page('2022-09-19 19:07:08　来源：健康时报　作者：记者 黄秀英', `<p><b>专家答：</b></p>${answerHtml}<p>（解答专家：白沙市第一人民医院 神经内科 主治医师 卢艳秀）</p>`));
    expect(own!.date).toBe('2022-09-19');
    expect(own!.doctor).toEqual(DOCTOR);
  });
});

describe('what is no such signature', () => {
  it('a bare 专家： line, or a signature naming no hospital, is left to the page’s reader', () => {
    expect(signedCard('专家：皮肤科 诸葛桂 副主任医师')).toBeNull();
    expect(signedCard('解答专家：皮肤科 诸葛桂 副主任医师')).toBeNull();
    expect(signedCard('（解答专家：侯浩佳 副主任医师 白沙市第二人民医院妇科）')).toMatchObject({ name: '侯浩佳', hospital: '白沙市第二人民医院' });
  });

  it('under a bare 答： a hospital page’s signature still names the doctor, and its posting line still dates the answer', () => {
    const html =
      `<html><head><title>男性多梦早醒是怎么回事</title></head><body><h2>男性多梦早醒是怎么回事</h2>` +
      `<div>发布时间：2021-11-01　来源：神经内科　作者：党委宣传部　点击数：1576　【字体：大 中 小】</div><div>` +
      `<p><strong>问：</strong>男性多梦早醒是怎么回事</p><p><strong>答：</strong>${ANSWER[0]}</p><p>${ANSWER[1]}</p>` +
      `<p>（解答专家：卢艳秀 主治医师 白沙市第一人民医院神经内科）</p></div></body></html>`;
    const [own] = read(html);
    expect(own!.doctor.name).toBe('卢艳秀');
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.date).toBe('2021-11-01');
  });
});
