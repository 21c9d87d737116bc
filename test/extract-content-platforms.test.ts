import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on content platforms and the files people save: video pages, certified accounts, a search engine's answer page, several answerers, archive.today snapshots.
 * What fresh-55 (content platforms, and the files people save) taught the genre reader.
 */

const URL = 'https://m.wenyi.example/qa/20871.html';
const html = (title: string, body: string, head = '') => `<html><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;
const read = (page: string, url = URL) => entriesOf(extractOrThrow(pageRecord(page, { url })));
const pageOf = (page: string, url = URL) => read(page, url).find((e) => e.origin === 'page');
const ps = (lines: readonly string[]) => lines.map((p) => `<p>${p}</p>`).join('');

const QUESTION = '小孩晚上咳嗽厉害怎么办';
const ANSWER = ['小孩夜间咳嗽加重多与呼吸道感染或过敏有关，睡前可以适当抬高枕头，保持室内空气湿润。', '如果伴有发热、气喘或者咳嗽超过两周，建议到儿科就诊，必要时拍胸片。'];
const card = `<div class="doc"><span>梁慧敏</span> <span>副主任医师</span><div>南湖市妇幼保健院 儿科</div></div>`;

describe('a video page: counters before their one worded button, the platform’s note, the transcript', () => {
  const page = (bar: string) =>
    html(
      `${QUESTION} - 视频`,
      `<h1>${QUESTION}</h1><div>${bar}</div><div>发布时间：2021-05-06 14:22</div><div>本视频由认证医生发布，内容仅供参考，不能作为诊断及治疗依据</div>
<div><div>视频文字版</div><div>${ps(ANSWER)}</div></div>${card}`,
    );

  it('a bar of bare counts and 分享 is no line of the answer: the transcript under the note is read', () => {
    const own = pageOf(page('<span>6002</span><span>110</span><span>69.8万</span><span>分享</span>'));
    expect(own?.answer_paragraphs).toEqual(ANSWER);
    expect(own?.doctor.name).toBe('梁慧敏');
  });

  it('so is one whose counts run together, a decimal count first (27.4万 839 4473 分享): no day is read in it', () => {
    expect(pageOf(page('<span>27.4万</span><span>839</span><span>4473</span><span>分享</span>'))?.answer_paragraphs).toEqual(ANSWER);
  });
});

describe('a platform’s certified doctor: nickname and verification line', () => {
  // A video platform's author box under the transcript: avatar, nickname, verification line, follower counts; comments after it.
  const page = (nick: string, line: string) =>
    html(
      `${QUESTION} - 视频`,
      `<h1>${QUESTION}</h1><div>发布时间：2022-10-14</div><div><div>文字版</div><div>${ps(ANSWER)}</div></div>
<div><a href="/user/x"><img src="/a.jpg"></a><div><a href="/user/y"><span>${nick}</span></a><div>${line}</div><p><span>粉丝</span><span>6951</span><span>获赞</span><span>21.8万</span></p></div><button>关注</button></div>
<div><div>全部评论(733)</div><div><a href="/user/z">木子李</a><p>学到了</p><span>5天前·福建</span></div></div>`,
    );

  it('a nickname opening with the department the verification line prints names the rest', () => {
    for (const line of ['南湖市妇幼保健院 儿科 副主任医师', '认证：南湖市妇幼保健院儿科副主任医师']) {
      const own = pageOf(page('儿科梁慧敏医生', line));
      expect(own?.doctor).toMatchObject({ name: '梁慧敏', title: '副主任医师', department: '儿科', hospital: '南湖市妇幼保健院' });
    }
  });

  it('where the nickname alone prints a department, no name is told from it', () => {
    expect(pageOf(page('儿科梁慧敏医生', '南湖市妇幼保健院 副主任医师'))?.doctor.name ?? null).toBeNull();
  });

  it('an icon opening the hospital’s line (a verified mark) is no grade badge: no doubt of a pictured grade', () => {
    const own = pageOf(page('梁慧敏医生', '<span class="v"></span>南湖市妇幼保健院 儿科 副主任医师'));
    expect(own?.doctor).toMatchObject({ name: '梁慧敏', hospital: '南湖市妇幼保健院', hospital_grade: null });
    expect(own?.flags).not.toContain('unsure_reading');
  });

  it('a picture after the hospital’s name still raises it', () => {
    expect(pageOf(page('梁慧敏医生', '南湖市妇幼保健院 <img src="/lv/3a.png"> 儿科 副主任医师'))?.flags).toContain('unsure_reading');
  });
});

describe('a search engine’s answer page', () => {
  const page = (over: string, label = '医生回答') =>
    html(
      `${QUESTION}-健康`,
      `<h1>${QUESTION}</h1><div>${label}</div>${card}${over}<div>${ps(ANSWER)}</div><div>更新时间：2021.07.19</div>
<div><div>大家还在搜</div><a href="/s?q=1">小孩咳嗽</a><a href="/s?q=2">小孩咳嗽吃什么药</a></div>`,
    );

  it('the suggested searches’ head is none of the answer', () => {
    expect(pageOf(page(''))?.answer_paragraphs).toEqual(ANSWER);
  });

  it('a still with a play icon and a film’s length over the answer is a video; a bar with a voice length is not', () => {
    expect(pageOf(page('<div><img src="/poster/1.jpg"><i class="play"></i><span>01:42</span></div>'))?.format).toBe('video');
    expect(pageOf(page('<div><i class="play"></i><div class="wave"></div><span>2\'48"</span></div>'))?.format).toBe('voice');
  });

  it('a label praising who answers (权威医生解答) signs no other doctor', () => {
    expect(pageOf(page('', '权威医生解答'))?.flags).not.toContain('unsure_reading');
  });
});

describe('a Q&A with several answerers, the doctor’s among them', () => {
  const foot = '<div><span>05-08</span><span>赞 154</span><span>评论 18</span></div>';
  const related = ['年轻人干眼症的症状有哪些', '小孩眼睛干涩是怎么回事', '老人眼睛干涩要做什么检查', '视物模糊眼睛疲劳是怎么回事'];
  const links = related.map((q, i) => `<a href="https://wen.example/detail?qid=11${i}"><span>${q}</span><span>${i + 3}个回答</span></a>`).join('');
  const page = html(QUESTION, `<h1>${QUESTION}</h1><div>732人关注 · 2个回答</div>${card}<div>${ps(ANSWER)}</div>${foot}<div><div>相关问题</div>${links}</div>`);

  it('a yearless day opening the answer’s social bar is none of the answer, and dates nothing', () => {
    const own = pageOf(page);
    expect(own?.answer_paragraphs).toEqual(ANSWER);
    expect(own?.date).toBeNull();
  });

  it('linked questions with their count of answers run into the link are the page’s related links', () => {
    expect(pageOf(page)?.related_urls).toEqual(related.map((_, i) => `https://wen.example/detail?qid=11${i}`));
  });
});

describe('an archive.today snapshot', () => {
  const head = `<link rel="canonical" href="https://archive.ph/5vpxV"><meta property="og:url" content="https://archive.ph/5vpxV"><meta property="article:published_time" content="2023-10-19T23:08:35Z">`;
  const item = (n: number, q: string) =>
    `<li><a href="https://archive.ph/o/5vpxV/https://ask.example.net/question/10${n}.html">${q}</a><p>${q}的原因比较多，建议先观察孩子的精神和饮食，症状持续时及时就医。</p></li>`;
  const page = html(
    `${QUESTION} - archive.ph`,
    `<div id="HEADER">archive.today webpage capture · Saved from https://ask.example.net/question/1.html · 19 Oct 2023 23:08:35 UTC</div>
<div id="CONTENT"><h1>${QUESTION}</h1>${card}${ps(ANSWER)}<div>2021-05-06</div><h3>相关问题</h3><ul>${item(1, '宝宝咳嗽有痰吃什么药')}${item(2, '孩子干咳无痰怎么回事')}${item(3, '儿童咳嗽反复发作要紧吗')}</ul></div>`,
    head,
  );

  for (const url of ['https://archive.ph/5vpxV', 'saved/snapshot.html']) {
    it(`fetched as ${url}: the answer's own day, no doubt from the capture's meta day or from items linking to the original site`, () => {
      const entries = read(page, url);
      const own = entries.find((e) => e.origin === 'page');
      expect(own?.date).toBe('2021-05-06');
      expect(own?.flags).not.toContain('unsure_reading');
      const items = entries.filter((e) => e.origin === 'related');
      expect(items.map((e) => e.url)).toEqual([1, 2, 3].map((n) => `https://ask.example.net/question/10${n}.html`));
      expect(items.flatMap((e) => e.flags)).not.toContain('unsure_reading');
    });
  }
});
