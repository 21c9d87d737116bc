import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { isMemberByline } from '../src/extract/layouts/member-answer.js';
import { isColumnIssue } from '../src/extract/words/genre.js';
import { isStaffNote } from '../src/extract/words/answer-extras.js';

/**
 * What fresh-82 (a 月子中心's mini-program share page, a 心理 platform's 问答 answered by a psychologist, a 学会's 科普 答疑 column
 * pasted from Word) taught the genre reader.
 */

const html = (title: string, body: string) => `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const pageOf = (page: string) => entriesOf(extractOrThrow(pageRecord(page, { url: 'saved-page.html' }))).find((e) => e.origin === 'page')!;

describe('a 月子中心’s share page: a 母婴护理师’s 补充 after the expert’s answer', () => {
  const QUESTION = '产后第二周恶露还是红色正常吗？';
  const ANSWER = ['产后恶露一般持续4到6周，前一周颜色鲜红，之后逐渐变淡。', '如果第二周仍有大量鲜红色恶露，或者伴有发热、异味，要及时到妇产科复查。'];
  const nurse = (byline: string) =>
    `<div class="nurse-add"><p class="who">${byline}</p><p>护理师补充：月子里注意保暖，少量多餐。</p></div>`;
  const page = (after: string) =>
    html(
      `${QUESTION} - 专家问答`,
      `<div class="bar"><span>母婴健康</span><a href="weixin://dl/business/?t=x">打开小程序</a></div>` +
        `<div class="q"><span class="tag">宝妈提问</span><h1>${QUESTION}</h1><p>1203人看过</p></div>` +
        `<div class="ex"><img src="/e/1.jpg" alt=""><div><p class="nm">周慧敏 <span>主任医师</span></p><p class="org">特邀专家 · 北岸市妇幼保健院 妇产科</p></div></div>` +
        `<div class="ans">${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div><p class="time">2023.05.06</p>${after}` +
        `<div class="cm"><h3>宝妈们的评论</h3><ul><li><b>李妈妈</b><p>太有用了，收藏了</p><span>05-07</span></li></ul></div>`,
    );

  it('ends the answer at the care staff’s byline (`吴国庆 高级母婴护理师`), before their 补充', () => {
    const read = pageOf(page(nurse('吴国庆 高级母婴护理师')));
    expect(read.answer_paragraphs).toEqual(ANSWER);
    expect(read.doctor.name).toBe('周慧敏');
    expect(read.date).toBe('2023-05-06');
  });

  it('reads the trade’s other grades as such bylines, but no line of the answer naming the role, nor a ward’s 护理师', () => {
    expect(isMemberByline('吴国庆 高级母婴护理师')).toBe(true);
    expect(isMemberByline('王丽 金牌月嫂')).toBe(true);
    expect(isMemberByline('陈芳 育婴师')).toBe(true);
    expect(isMemberByline('月子里可以请一位高级母婴护理师')).toBe(false);
    expect(isMemberByline('母婴护理师会上门指导喂奶。')).toBe(false);
    expect(isMemberByline('林小慧 护理师')).toBe(false);
  });

  it('ends it too at the care worker’s note with no byline over it, or under her grade printed before her name', () => {
    const note = '<div class="nurse-add"><p>母婴护理师补充：月子里注意保暖，少量多餐。</p></div>';
    expect(pageOf(page(note)).answer_paragraphs).toEqual(ANSWER);
    expect(pageOf(page(nurse('金牌月嫂 王丽'))).answer_paragraphs).toEqual(ANSWER);
  });

  it('tells the care worker’s note and byline from lines that only name the role, and from her own answer’s note', () => {
    expect(isStaffNote('母婴护理师补充：月子里注意保暖')).toBe(true);
    expect(isStaffNote('高级育婴师提醒：夜奶后记得拍嗝')).toBe(true);
    expect(isStaffNote('育婴师提醒大家注意保暖。')).toBe(false);
    expect(isStaffNote('母婴护理师补充：夜里多观察', '高级母婴护理师')).toBe(false);
    expect(isMemberByline('育婴师 提醒您')).toBe(false);
    expect(isMemberByline('金牌月嫂 王丽')).toBe(true);
  });
});

describe('a 心理 platform’s 问答: a 追问 round answered under `咨询师回复：`', () => {
  const QUESTION = '最近总是失眠焦虑怎么办？';
  const ANSWER = ['失眠和焦虑常常互相影响，先接纳自己的情绪，不要强迫自己入睡。', '可以尝试固定起床时间，白天适量运动，睡前一小时远离手机。'];
  const page = (round: string) =>
    html(
      `${QUESTION}_倾诉问答`,
      `<div class="q"><h1>${QUESTION}</h1><p class="tags"><span>#失眠#</span></p><p class="t">提问于 2023-05-02</p></div>` +
        `<div class="ans"><h3>咨询师回答</h3><div class="card"><img src="/a/1.jpg" alt=""><div><p class="nm">苏晴</p><p class="qual">国家二级心理咨询师</p><p class="exp">从业8年 · 累计倾听2300小时</p></div></div>` +
        `<div class="txt">${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div><p class="t">发布于 2023-05-06 14:22</p>` +
        `<div class="act"><span>有用 23</span><span>评论</span></div><div class="offer"><a href="/zixun/1">找TA倾诉</a> 1对1倾诉 ¥49/15分钟</div>${round}</div>`,
    );

  it('leaves the round out of the answer, and reads the psychologist’s card', () => {
    const read = pageOf(page('<div class="follow"><p><b>追问：</b>请问多久能见效？</p><p><b>咨询师回复：</b>一般坚持两到三周会有改善。</p></div>'));
    expect(read.answer_paragraphs).toEqual(ANSWER);
    expect(read.doctor).toEqual({ name: '苏晴', title: '国家二级心理咨询师', department: null, hospital: null, hospital_grade: null });
    expect(read.date).toBe('2023-05-06');
    expect(read.flags).not.toContain('unsure_reading');
  });

  it('leaves a follow-up with no labelled reply under it to the reader’s doubts', () => {
    const read = pageOf(page('<div class="follow"><p><b>追问：</b>请问多久能见效？</p><p>咨询师的回复很有帮助。</p></div>'));
    expect(read.flags).toContain('unsure_reading');
  });
});

describe('a 学会’s 答疑 column headlined by its issue: the 问： line is the page’s question', () => {
  const QUESTION = '孕期每天需要补充多少钙？';
  const ANSWER = ['孕中期每天钙的推荐摄入量为800毫克，孕晚期和哺乳期适当增加。', '每天喝300到500毫升牛奶，再吃些豆制品和深绿色蔬菜，一般不需要额外补充钙片。'];
  const p = (inner: string) => `<p style="text-indent:2em;line-height:1.75"><span style="font-family:宋体">${inner}</span></p>`;
  const page = (title: string, headline: string) =>
    html(
      title,
      `<div class="nav"><a href="/">首页</a><a href="/kp/">科普知识</a></div><div class="location">您现在的位置：<a href="/">首页</a> &gt; 专家答疑</div>` +
        `<h2>${headline}</h2><div class="info">发布时间：2023-05-06&nbsp;&nbsp;来源：科普工作委员会</div><div class="content">` +
        p(`<strong>问：</strong>${QUESTION}`) +
        ANSWER.map((x, i) => p(`${i === 0 ? '<strong>答：</strong>' : ''}${x}`)).join('') +
        `<p style="text-align:right">（解答专家：北岸市妇幼保健院营养科主任医师 周慧敏）</p></div>`,
    );

  it('reads it sure, with the answer after 答： and the closing credit’s doctor', () => {
    const read = pageOf(page('专家答疑-北岸市营养学会', '营养专家答疑（第54期）'));
    expect(read.question).toBe(QUESTION);
    expect(read.answer_paragraphs).toEqual(ANSWER);
    expect(read.doctor.name).toBe('周慧敏');
    expect(read.date).toBe('2023-05-06');
    expect(read.flags).not.toContain('unsure_reading');
  });

  it('stays unsure where the title asks another question, or the headline is no issue’s', () => {
    expect(pageOf(page('孕妇能不能喝咖啡？-北岸市营养学会', '营养专家答疑（第54期）')).flags).toContain('unsure_reading');
    expect(pageOf(page('专家答疑-北岸市营养学会', '营养与健康')).flags).toContain('unsure_reading');
  });

  it('tells a column’s issue from a headline that asks', () => {
    expect(isColumnIssue('营养专家答疑（第54期）')).toBe(true);
    expect(isColumnIssue('健康问答 第12期')).toBe(true);
    expect(isColumnIssue('第3期化疗后白细胞低怎么办？')).toBe(false);
    expect(isColumnIssue('营养专家答疑：孕期怎么补钙')).toBe(false);
  });
});
