import { describe, expect, it } from 'vitest';
import { readMetaLine } from '../src/extract/dates/page-meta.js';
import { sessionOpeningDay } from '../src/extract/dates/session-day.js';
import { isWriterCredit } from '../src/extract/words/news-lead.js';
import { namesSessionRecord } from '../src/extract/words/genre.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A site's record of a Q&A session (a patients' organisation's 答疑会 transcript, a hospital's 病友会 report with its 答疑摘录): a
 * heading naming the record, an intro naming the expert, the session's time, then several 问 / 答 pairs. The page's Q&A is the
 * first pair (the others have no address of their own), its expert the one the intro names, its day the session's — never the
 * record's 发布时间, published days later. What the split fresh-66 taught the genre reader.
 */

const URL = 'https://www.rare-care.org.cn/news/3321.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const FIRST = ['戈谢病的酶替代治疗需要长期规律输注，一般每两周一次。', '治疗期间要定期复查血常规和脾脏大小。'];
const transcript = (when: string, intro: string, label = '答：') =>
  `<html><head><title>【专家答疑】戈谢病病友线上答疑会问答实录-罕见病关爱中心</title></head><body>` +
  `<div class="header"><a href="/">罕见病关爱中心</a></div>` +
  `<div class="article"><h1>【专家答疑】戈谢病病友线上答疑会问答实录（第12期）</h1>` +
  `<div class="info">来源：罕见病关爱中心　发布时间：2023-03-06　浏览：812</div>` +
  `<p>${intro}我们邀请到东湖市人民医院血液科王立新主任医师，为戈谢病病友及家属在线答疑。现将部分问答整理如下，供病友参考。</p>${when}` +
  `<p><strong>问题1：</strong>戈谢病的酶替代治疗要做多久</p>${FIRST.map((p, i) => `<p>${i === 0 ? `<strong>${label}</strong>` : ''}${p}</p>`).join('')}` +
  `<p><strong>问题2：</strong>孩子脾大需要手术吗</p><p><strong>${label}</strong>一般不建议切脾，先规范治疗观察脾脏变化。</p>` +
  `<p>（以上内容由志愿者根据直播录音整理，仅供参考。）</p></div></body></html>`;

describe('a session record’s words', () => {
  it('a 答疑时间 labels the day the experts answered', () => {
    expect(readMetaLine('答疑时间：2023年2月28日 19:00-20:30')).toMatchObject({ dates: [{ iso: '2023-02-28', kind: 'answered' }], metaOnly: true });
  });
  it('a title naming a session’s record names one; a question does not', () => {
    expect(namesSessionRecord('【专家答疑】戈谢病病友线上答疑会问答实录（第12期）')).toBe(true);
    expect(namesSessionRecord('专家答疑摘录')).toBe(true);
    expect(namesSessionRecord('戈谢病的酶替代治疗要做多久')).toBe(false);
  });
  it('a report opening with the session’s full day gives it; a yearless day or 近日 none', () => {
    expect(sessionOpeningDay(['2023年5月6日上午，我院内分泌科举办第12期糖友俱乐部活动。'])).toBe('2023-05-06');
    expect(sessionOpeningDay(['5月6日晚，我们邀请到…'])).toBeNull();
    expect(sessionOpeningDay(['近日，我院举办…'])).toBeNull();
  });
  it('a report’s bracketed credit of its office and writer is one; a doctor’s bracketed name alone is none', () => {
    expect(isWriterCredit('（儿科 李建国）')).toBe(true);
    expect(isWriterCredit('（郝涛）')).toBe(false);
    expect(isWriterCredit('（注意休息 多喝水）')).toBe(false);
  });
});

describe('a session’s record', () => {
  it('keys the first pair, its expert from the intro, its day the 答疑时间', () => {
    const [own] = read(transcript('<p>答疑时间：2023年2月28日 19:00-20:30</p>', '近日，'));
    expect(own!.question).toBe('戈谢病的酶替代治疗要做多久');
    expect(own!.answer_paragraphs).toEqual(FIRST);
    expect(own!.doctor).toMatchObject({ name: '王立新', title: '主任医师', department: '血液科', hospital: '东湖市人民医院' });
    expect(own!.date).toBe('2023-02-28');
    expect(own!.flags).not.toContain('unsure_reading');
  });
  it('dates nothing by the record’s 发布时间 where the session’s day is yearless', () => {
    const [own] = read(transcript('', '2月28日晚，'));
    expect(own!.date).toBeNull();
  });
  it('reads a 答 naming the one answering in brackets as a label', () => {
    const [own] = read(transcript('<p>答疑时间：2023年2月28日 19:00-20:30</p>', '近日，', '答（王立新）：'));
    expect(own!.answer_paragraphs).toEqual(FIRST);
  });
  it('doubts a card whose title the intro prints otherwise after the expert’s name (a box’s second expert’s title read)', () => {
    const html = transcript('<p>答疑时间：2023年2月28日 19:00-20:30</p>', '近日，')
      .replace('血液科王立新主任医师，', '血液科王立新医师、李明轩主任医师，')
      .replace('<p><strong>问题1', '<section><p><strong>答疑专家</strong></p><p>王立新　医师</p><p>东湖市人民医院　血液科</p><p>李明轩　主任医师</p><p>东湖市人民医院</p></section><p><strong>问题1');
    const [own] = read(html);
    expect(own!.doctor.title === '医师' || own!.flags.includes('unsure_reading')).toBe(true);
  });
  it('takes no back issue of session records for a related item', () => {
    const html = transcript('<p>答疑时间：2023年2月28日 19:00-20:30</p>', '近日，').replace(
      '</div></body>',
      '<p><strong>往期回顾</strong></p><p><a href="/news/3301.html">【专家答疑】庞贝病病友线上答疑会问答实录（第11期）</a></p><p><a href="/news/3301.html">【专家答疑】法布雷病病友线上答疑会问答实录（第10期）</a></p></div></body>',
    );
    expect(read(html).filter((e) => e.origin === 'related')).toEqual([]);
  });
});

const report = (opening: string) =>
  `<html><head><title>糖友俱乐部活动-东湖市人民医院</title></head><body>` +
  `<div class="top"><span class="hname">东湖市人民医院</span><span class="hlv">三级甲等</span></div>` +
  `<div class="article"><h1>我院内分泌科举办第12期糖友俱乐部活动</h1><div class="info">发布时间：2023-05-08　来源：内分泌科　点击：312</div>` +
  `<p>${opening}，我院内分泌科在门诊楼5楼会议室举办第12期糖友俱乐部活动，60余名患者及家属参加。</p>` +
  `<p>活动中，内分泌科李红梅副主任医师以“糖尿病的日常管理”为题进行了讲解，并现场解答了病友们关心的问题。</p>` +
  `<p><strong>专家答疑摘录</strong></p><p><strong>问：</strong>血糖控制好了能停药吗</p>` +
  `<p><strong>答（李红梅副主任医师）：</strong>${FIRST[0]}</p><p>${FIRST[1]}</p>` +
  `<p>糖友俱乐部每月举办一次，欢迎患者及家属关注医院微信公众号报名参加。</p><p style="text-align:right">（内分泌科 赵晓东）</p></div>` +
  `<div class="footer">东湖市人民医院 版权所有</div></body></html>`;

describe('a hospital’s report of its patients’ club session', () => {
  it('keys the expert named in the report, the hospital the site’s, the day the report opens with', () => {
    const [own] = read(report('2023年5月6日上午'));
    expect(own!.question).toBe('血糖控制好了能停药吗');
    expect(own!.answer_paragraphs).toEqual(FIRST);
    expect(own!.doctor).toMatchObject({ name: '李红梅', title: '副主任医师', department: '内分泌科', hospital: '东湖市人民医院' });
    expect(own!.date).toBe('2023-05-06');
  });
  it('dates nothing by the report’s 发布时间 where it opens with 近日', () => {
    expect(read(report('近日'))[0]!.date).toBeNull();
  });
});
