import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A newspaper's health hotline: a headline naming the topic and a promise (`健康热线：颈椎病话题医生来答疑`), a lede crediting the
 * doctor who sat for the hotline (`本期健康热线请到{hospital}{department}{title}{name}坐诊，为读者解答…`), then a caller's paragraph
 * after the day they called (`3月8日，市民赵先生来电：…`), or a bracketed `【咨询】` with `【解答】`, and the doctor's reply under
 * their name (`{name}：…`) or the bracketed label. Before these rules the headline was read as the question, the lede and the
 * caller's words into the answer, the reply's speaker label kept, and the credit's name read with 坐诊 run into it.
 */
const LEDE = '本期健康热线请到江北市第三人民医院骨科主治医师钱立新坐诊，为读者解答颈椎病方面的问题。';
const ANSWER = ['脖子发僵多数和姿势不良有关，注意每隔一小时起身活动。', '症状加重或手臂发麻时，要及时到骨科就诊。'];
const page = (asked: string, reply: string) =>
  `<html><head><meta charset="utf-8"><title>健康热线：颈椎病话题医生来答疑-江北晚报</title></head><body>` +
  `<div class="nav"><a href="https://www.example-paper.cn/">首页</a> <a href="https://www.example-paper.cn/health/">健康</a></div>` +
  `<div class="article"><h1>健康热线：颈椎病话题医生来答疑</h1>` +
  `<div class="info">2022-03-10 08:30　来源：江北晚报　作者：记者 吴婷</div>` +
  `<div class="content"><p>${LEDE}</p><p>${asked}</p><p>${reply}${ANSWER[0]}</p><p>${ANSWER[1]}</p></div>` +
  `<p class="tel">健康热线：0571-88886666，欢迎读者来电。</p></div></body></html>`;
const own = (html: string) => entriesOf(extractOrThrow(pageRecord(html))).find((e) => e.origin === 'page')!;

describe('a newspaper hotline’s caller and the doctor who sat for it', () => {
  it('asks the caller’s last sentence, the answer without the doctor’s name before a colon', () => {
    const entry = own(page('3月8日，市民赵先生来电：请问需要做什么检查？长期伏案脖子发僵怎么办？', '<b>钱立新：</b>'));
    expect(entry.question).toBe('长期伏案脖子发僵怎么办？');
    expect(entry.answer).toBe(ANSWER.join('\n'));
    expect(entry.doctor).toMatchObject({ name: '钱立新', title: '主治医师', department: '骨科', hospital: '江北市第三人民医院' });
    expect(entry.flags).not.toContain('unsure_reading');
  });

  it('asks the bracketed `【咨询】`’s question, the answer under `【解答】`', () => {
    const entry = own(page('<b>【咨询】</b>长期伏案脖子发僵怎么办？', '<b>【解答】</b>'));
    expect(entry.question).toBe('长期伏案脖子发僵怎么办？');
    expect(entry.answer).toBe(ANSWER.join('\n'));
    expect(entry.doctor.name).toBe('钱立新');
  });

  it('leaves a reply under a label alone on its line (`A：`) to the page’s reader: the label none of the answer', () => {
    const entry = own(page('读者赵先生问：长期伏案脖子发僵怎么办？', '<b>A：</b></p><p>'));
    expect(entry.answer).toBe(ANSWER.join('\n'));
  });

  it('drops `专家：` opening the reply under a reader’s line', () => {
    const entry = own(page('读者赵先生问：长期伏案脖子发僵怎么办？', '<b>专家：</b>'));
    expect(entry.question).toBe('长期伏案脖子发僵怎么办？');
    expect(entry.answer).toBe(ANSWER.join('\n'));
  });
});
