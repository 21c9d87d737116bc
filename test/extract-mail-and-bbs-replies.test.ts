import { describe, expect, it } from 'vitest';
import { hardWrapped } from '../src/extract/words/hard-wrap.js';
import { quoteHead } from '../src/extract/words/quoted-original.js';
import { withoutReplyMark } from '../src/extract/words/reply-subject.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on replies as mail and BBSes print them: reply marks, quoted originals, mail headers, telnet BBS articles.
 * Issue #9, sites never seen: a reply as mail and BBSes print it (fresh-41's BBS article, fresh-42's 站内信), each rule on a page of its own.
 */

const read = (html: string, url = 'https://bbs.example-health.cn/article/Medicine/58213') => entriesOf(extractOrThrow(pageRecord(html, { url })));
const pageOf = (html: string) => read(html).find((e) => e.origin === 'page');

const ANSWER = ['小腿湿疹反复多与皮肤干燥、搔抓有关，洗澡水别太热，洗后马上涂保湿霜。', '急性期可以短期外用弱效激素药膏，一周不见好请到皮肤科面诊。'];

describe('the reply mark before a subject (reply-subject.ts)', () => {
  it('takes off Re:, RE：, Re[2]:, 回复：, 答复： and their repeats, and leaves a question that only opens with the word', () => {
    expect(['Re: 湿疹反复发作怎么办', 'RE：湿疹反复发作怎么办', 'Re[2]: Re: 湿疹反复发作怎么办', '回复：湿疹反复发作怎么办', '答复: 湿疹反复发作怎么办'].map(withoutReplyMark)).toEqual(Array(5).fill('湿疹反复发作怎么办'));
    expect(['回复消息慢是焦虑症吗', 'Rest后心率多少正常', '答复'].map(withoutReplyMark)).toEqual(['回复消息慢是焦虑症吗', 'Rest后心率多少正常', '答复']);
  });

  it('reads an ordinary page whose heading and <title> carry a reply mark without it', () => {
    const html =
      `<html><head><title>回复：湿疹反复发作怎么办_健康问答</title></head><body><h1>回复：湿疹反复发作怎么办</h1>` +
      `<div class="doc">周立新 副主任医师 皮肤科 江州市第一人民医院</div><p>回答时间：2022-09-03</p>` +
      ANSWER.map((p) => `<p>${p}</p>`).join('') +
      `</body></html>`;
    expect(pageOf(html)!.question).toBe('湿疹反复发作怎么办');
  });
});

describe('a reply quoting the message it answers (quoted-original.ts)', () => {
  it('knows the heads mail clients and BBSes put over the original', () => {
    expect(['-----Original Message-----', '------------------ 原始邮件 ------------------', '在 2022年9月1日 21:40，您写道：', 'On Thu, Sep 1, 2022 at 9:40 PM, Li Ming wrote:'].map(quoteHead)).toEqual(Array(4).fill('below'));
    expect(quoteHead('【 在 lily2008 (小雨) 的大作中提到: 】')).toBe('marked');
    expect(['在医生指导下用药，不要自行停药。', '原始病历请带到门诊'].map(quoteHead)).toEqual([null, null]);
  });

  const mail = (quote: string) =>
    `<html><head><title>读信 - 社区卫生服务中心邮箱</title></head><body><div class="toolbar"><a href="/inbox">收件箱</a> <a href="/compose">写信</a></div>` +
    `<pre>发件人: 周立新 副主任医师\n单位: 江州市第一人民医院（三甲） 皮肤科\n发送时间: 2022年9月3日 8:15\n主题: RE：湿疹反复发作怎么办\n收件人: 我\n\n` +
    ANSWER.join('\n\n') +
    `\n\n-- \n周立新\n江州市第一人民医院 皮肤科\n\n${quote}</pre></body></html>`;

  it('a plain-text mail: the original under 您写道 with its lines marked "> " is none of the answer, its day none of the date', () => {
    const entry = pageOf(mail('在 2022年9月1日 21:40，您写道：\n> 湿疹反复发作怎么办\n> 小腿上的湿疹涂药就好，停药又起，已经半年了，怎么办？'))!;
    expect(entry.question).toBe('湿疹反复发作怎么办');
    expect(entry.answer_paragraphs).toEqual(ANSWER);
    expect(entry.doctor).toEqual({ name: '周立新', title: '副主任医师', department: '皮肤科', hospital: '江州市第一人民医院', hospital_grade: '三甲' });
    expect(entry.date).toBe('2022-09-03');
    expect(entry.flags).not.toContain('unsure_reading');
  });

  it('an Outlook reply: the original under -----Original Message----- with its own From / Sent / Subject is none of it', () => {
    const entry = pageOf(mail('-----Original Message-----\nFrom: 我\nSent: Thu, 1 Sep 2022 21:40:00 +0800\nSubject: 湿疹反复发作怎么办\n\n小腿上的湿疹涂药就好，停药又起，已经半年了，怎么办？'))!;
    expect([entry.question, entry.date]).toEqual(['湿疹反复发作怎么办', '2022-09-03']);
    expect(entry.answer_paragraphs).toEqual(ANSWER);
    expect(entry.flags).not.toContain('unsure_reading');
  });
});

describe('a mail client’s reply with its header in English (mailed-reply.ts)', () => {
  it('the date is the Date field’s day, the card the sender’s and the signature’s, the subject without its Re:', () => {
    const html =
      `<html><head><title>Webmail</title></head><body><table><tr><td><pre>From: 周立新 副主任医师\nDate: Sat, 3 Sep 2022 08:15:42 +0800\nTo: li.ming@example.com\nSubject: Re: 湿疹反复发作怎么办\n\n` +
      ANSWER.join('\n') +
      `\n\n-- \n周立新\n江州市第一人民医院 皮肤科\n\nOn Thu, 1 Sep 2022 21:40:00 +0800, Li Ming wrote:\n> 湿疹反复发作怎么办\n> 小腿上的湿疹涂药就好，停药又起。</pre></td></tr></table></body></html>`;
    const entry = pageOf(html)!;
    expect([entry.question, entry.date]).toEqual(['湿疹反复发作怎么办', '2022-09-03']);
    expect(entry.answer_paragraphs).toEqual(ANSWER);
    expect(entry.doctor).toMatchObject({ name: '周立新', title: '副主任医师', department: '皮肤科', hospital: '江州市第一人民医院' });
    expect(entry.flags).not.toContain('unsure_reading');
  });
});

describe('a telnet BBS article on its web view (mailed-reply.ts)', () => {
  const article = (quoteFirst: boolean) => {
    const quote = ['【 在 lily2008 (小雨) 的大作中提到: 】', ': 湿疹反复发作怎么办', ': 小腿上的湿疹涂药就好，停药又起，已经半年了。'];
    const body = quoteFirst ? [...quote, '', ...ANSWER] : [...ANSWER, '', ...quote];
    const lines = [
      '发信人: skin_doc (皮肤科小周), 信区: Medicine',
      '标&nbsp;&nbsp;题: Re: Re: 湿疹反复发作怎么办',
      '发信站: 未名BBS (Sat Sep&nbsp;&nbsp;3 08:15:42 2022), 转信',
      '',
      ...body,
      '',
      '--',
      '江州市第一人民医院 皮肤科',
      '周立新 副主任医师',
      '皮肤的事，慢慢来。',
      '',
      '※ 修改:·skin_doc 于 Mon Sep 12 10:02:11 2022 修改本文·[FROM: 10.12.0.*]',
      '※ 来源:·未名BBS bbs.example-health.cn·[FROM: 10.12.0.*]',
    ];
    return (
      `<html><head><title>Re: Re: 湿疹反复发作怎么办 - Medicine版</title></head><body>` +
      `<div class="nav"><a href="/">未名BBS</a> → <a href="/board/Medicine">医学版</a></div>` +
      `<div class="post"><p>${lines.join('<br>')}</p></div>` +
      `<div class="foot"><a href="/article/Medicine/58212">上一篇</a> <a href="/article/Medicine/58214">下一篇</a> <a href="/board/Medicine">返回版面</a></div></body></html>`
    );
  };

  for (const quoteFirst of [false, true]) {
    it(`the question is the title without its Re:s, the answer the reply's lines (the quote ${quoteFirst ? 'above' : 'below'} them none of it), the card the signature's, the date the 发信站 stamp's`, () => {
      const entry = pageOf(article(quoteFirst))!;
      expect(entry.question).toBe('湿疹反复发作怎么办');
      expect(entry.answer_paragraphs).toEqual(ANSWER);
      expect(entry.doctor).toEqual({ name: '周立新', title: '副主任医师', department: '皮肤科', hospital: '江州市第一人民医院', hospital_grade: null });
      expect(entry.date).toBe('2022-09-03');
      expect(entry.flags).not.toContain('unsure_reading');
    });
  }

  it('a signature whose card line runs into a sentence (a motto, a disclaimer on the same line) is flagged, not read short', () => {
    const html = article(false).replace('江州市第一人民医院 皮肤科<br>周立新 副主任医师<br>皮肤的事，慢慢来。', '周立新 副主任医师<br>江州市第一人民医院 皮肤科本人回复仅供参考，请以面诊为准');
    const entry = pageOf(html)!;
    expect([entry.question, entry.doctor.name, entry.doctor.hospital]).toEqual(['湿疹反复发作怎么办', '周立新', null]);
    expect(entry.flags).toContain('unsure_reading');
  });

  it('the account and nickname of 发信人 are no card: where no signature names the doctor, the page says it read none', () => {
    const html = article(false).replace(/--<br>江州市第一人民医院 皮肤科<br>周立新 副主任医师<br>/u, '--<br>');
    const entry = pageOf(html)!;
    expect(entry.doctor.name).toBeNull();
    expect(entry.flags).toContain('no_doctor');
  });
});

describe('an original quoted under an ordinary page’s answer (quoted-original.ts in the genre reader)', () => {
  it('the original a mail client prints under the reply (its own sender, time and subject) is none of the answer, and dates nothing', () => {
    const html =
      `<html><head><title>湿疹反复发作怎么办 - 家庭医生在线答疑</title></head><body><h1>湿疹反复发作怎么办</h1>` +
      `<div class="doc">周立新 副主任医师 皮肤科 江州市第一人民医院</div><p>回复时间：2022-09-03</p>` +
      ANSWER.map((p) => `<p>${p}</p>`).join('') +
      `<p>—— 原始邮件 ——</p><p>发件人：我</p><p>发送时间：2022-09-01 21:40</p><p>主题：湿疹反复发作怎么办</p>` +
      `<p>小腿上的湿疹涂药就好，停药又起，已经半年了，怎么办？</p></body></html>`;
    const entry = pageOf(html)!;
    expect(entry.question).toBe('湿疹反复发作怎么办');
    expect(entry.answer_paragraphs).toEqual(ANSWER);
    expect(entry.date).toBe('2022-09-03');
  });

  it('a BBS quote in an answer: its head and ": " lines are none of it', () => {
    const html =
      `<html><head><title>湿疹反复发作怎么办 - 健康论坛</title></head><body><h1>湿疹反复发作怎么办</h1>` +
      `<div class="doc">周立新 副主任医师 皮肤科 江州市第一人民医院</div><p>回复时间：2022-09-03</p>` +
      `<p>【 在 lily2008 (小雨) 的大作中提到: 】</p><p>: 小腿上的湿疹涂药就好，停药又起，已经半年了。</p>` +
      ANSWER.map((p) => `<p>${p}</p>`).join('') +
      `</body></html>`;
    expect(pageOf(html)!.answer_paragraphs).toEqual(ANSWER);
  });
});

describe('a BBS article’s lines are no hard wrap (hard-wrap.ts)', () => {
  it('a label padded to its column (标  题:) and a quoted line (": …") each open a line of their own, whatever the width of the line before', () => {
    // The sender's line as wide as the quote's head (a full line before a line opening with a mark: the sign of a wrap's width).
    const texts = ['发信人: skin_doc (皮肤科小周), 信区: Medicine', '标  题: Re: 湿疹反复发作怎么办', '发信站: 未名BBS (Sat Sep  3 08:15:42 2022), 转信', ...ANSWER, '【 在 lily2008 (小雨) 的大作中提到: 】', ': 湿疹反复发作怎么办', ': 小腿上的湿疹涂药就好。'];
    const marks = texts.map((t, i) => ({ width: i === 0 || i === 5 ? 40 : [...t].length, byBreak: true, blankBefore: i === 3 || i === 5, indented: false, linked: false }));
    expect(hardWrapped(texts, marks)).toBeNull();
  });
});
