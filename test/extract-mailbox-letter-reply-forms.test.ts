import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { isLetterLine, isOfficeSignature, isReplyFormLine } from '../src/extract/words/reply-form.js';

/**
 * A hospital's 院长信箱 reply as a record of rows (信件主题, 留言内容, 答复时间, 答复内容): the office's letter around the doctor's
 * reply — its greeting, its acknowledgement, its quote of the citizen's letter or its relay line, its closing thanks with the office's
 * number, its signature — none of the answer; a subject naming only the topic over the letter's asking line; the site's full name.
 */

const html = (title: string, body: string) => `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const pageOf = (page: string) => entriesOf(extractOrThrow(pageRecord(page, { url: 'saved-page.html' }))).find((e) => e.origin === 'page')!;

const ASKED = '孩子反复扁桃体发炎需要手术吗';
const ANSWER = ['扁桃体一年发炎超过五六次，或者肿大影响呼吸和睡眠的，可以考虑手术切除。', '手术前需要在炎症消退两到三周后进行，术前要做血常规和凝血功能检查。'];
const row = (k: string, v: string) => `<tr><th>${k}</th><td>${v}</td></tr>`;

function mailbox(o: { subject?: string; opening?: string[]; closing?: string[]; credit?: 'cell' | 'closing'; list?: string } = {}): string {
  const opening = o.opening ?? ['尊敬的来信人：您好！'];
  const closing = o.closing ?? [];
  const credit = o.credit ?? 'cell';
  const reply = [...opening, ...ANSWER, ...closing, ...(credit === 'closing' ? ['（答复专家：耳鼻喉科副主任医师周明）'] : [])].map((p) => `<p>${p}</p>`).join('');
  return html(
    `${o.subject ?? ASKED}-院长信箱-江州医院`,
    `<div class="top"><h1>江州医科大学江州医院</h1></div><div class="crumb">首页 &gt; 院长信箱</div><table>` +
      row('信件主题', o.subject ?? ASKED) +
      row('留言人', '赵**') +
      row('留言时间', '2023-04-28 20:11:05') +
      row('留言内容', `<p>孩子今年七岁，这一年扁桃体发炎了好几次。</p><p>${ASKED}</p>`) +
      (credit === 'cell' ? row('答复专家', '耳鼻喉科 周明（副主任医师）') : '') +
      row('答复时间', '2023-05-04 10:20:00') +
      row('答复内容', `<div>${reply}<p>江州医院院长办公室<br>2023年5月4日</p></div>`) +
      `</table>${o.list ?? ''}<div class="foot">版权所有 © 江州医科大学江州医院　苏ICP备12345678号</div>`,
  );
}

describe('a hospital mailbox’s reply set out as the office’s letter', () => {
  it('keeps only the doctor’s paragraphs: greeting, acknowledgement, quote, closing thanks with the office’s number and the office’s signature are none', () => {
    const entry = pageOf(mailbox({ opening: ['赵先生/女士：您好！', '您的留言已收悉，谢谢您的信任。', `您在来信中提到：“${ASKED}”`], closing: ['感谢您对我院工作的支持！如有疑问，可拨打我院门诊办公室电话0510-88886666。'] }));
    expect(entry.answer_paragraphs).toEqual(ANSWER);
    expect(entry.doctor).toMatchObject({ name: '周明', title: '副主任医师', department: '耳鼻喉科' });
    expect(entry.date).toBe('2023-05-04');
  });

  it('passes over the relay line naming whom the letter was passed to', () => {
    const entry = pageOf(mailbox({ opening: ['尊敬的来信人：您好！', `关于您咨询的“${ASKED}”问题，经转耳鼻喉科周明副主任医师，现答复如下：`] }));
    expect(entry.answer_paragraphs).toEqual(ANSWER);
  });

  it('reads a record whose only credit is in brackets under the reply (`（答复专家：…）`): the doctor from it, none of the answer', () => {
    const entry = pageOf(mailbox({ credit: 'closing' }));
    expect(entry.answer_paragraphs).toEqual(ANSWER);
    expect(entry.doctor).toMatchObject({ name: '周明', title: '副主任医师', department: '耳鼻喉科' });
  });

  it('takes the letter’s asking line where the subject names only its topic', () => {
    expect(pageOf(mailbox({ subject: '关于扁桃体炎的咨询' })).question).toBe(ASKED);
    // A subject that asks stays the question.
    expect(pageOf(mailbox()).question).toBe(ASKED);
  });

  it('keeps a `关于…的问题` subject naming a problem of its own (a predicate in it) as the question, over the letter’s lines', () => {
    expect(pageOf(mailbox({ subject: '关于扁桃体手术排期时间太长的问题' })).question).toBe('关于扁桃体手术排期时间太长的问题');
    expect(pageOf(mailbox({ subject: '关于术后复查费用不能报销的问题' })).question).toBe('关于术后复查费用不能报销的问题');
    // A topic naming a symptom whose characters a predicate holds too (不适, 不良) is still a bare topic.
    expect(pageOf(mailbox({ subject: '关于咽部不适的咨询' })).question).toBe(ASKED);
  });

  it('names the hospital as its masthead and footer print it, the university’s name before the <title>’s short one', () => {
    expect(pageOf(mailbox()).doctor.hospital).toBe('江州医科大学江州医院');
  });

  it('takes the mailbox’s 最新信件 feed after the letter as its related links', () => {
    const list = '<div class="new"><h3>最新信件</h3><ul><li><a href="show-11.html">宝宝腺样体肥大怎么办</a></li><li><a href="show-12.html">鼻炎能根治吗</a></li><li><a href="show-13.html">耳鸣挂什么科</a></li></ul></div>';
    expect(pageOf(mailbox({ list })).related_urls).toEqual(['show-11.html', 'show-12.html', 'show-13.html']);
  });

  it('tells the office’s form lines from the reply’s own words', () => {
    expect(isReplyFormLine('尊敬的市民：您好！')).toBe(true);
    expect(isReplyFormLine('李先生/女士：您好！')).toBe(true);
    expect(isReplyFormLine('您的来信我们已收到，非常感谢您的关注。')).toBe(true);
    expect(isReplyFormLine('您来信反映：“胃镜检查要空腹多久”')).toBe(true);
    expect(isReplyFormLine('感谢您的来信！如有疑问，请拨打医务部电话 020-1234 5678。')).toBe(true);
    // The reply's own words going on from the quote, or a number given as advice, stay.
    expect(isReplyFormLine('您在来信中提到的“胃胀”，多与饮食不规律有关，建议少食多餐。')).toBe(false);
    expect(isReplyFormLine('如需预约胃镜，可拨打我院预约电话020-12345678。')).toBe(false);
    expect(isOfficeSignature('江州医院院长办公室')).toBe(true);
    expect(isOfficeSignature('耳鼻喉科')).toBe(false);
  });
});

describe('a mailbox’s reply with the citizen’s letter printed under its own label above it', () => {
  const letter = (label: string, greeting = false) =>
    html(
      `${ASKED}_院长信箱_江州医院`,
      `<div class="hd">江州医院 院长信箱</div><div class="box"><h1>${ASKED}</h1><div class="lt">${label}孩子今年七岁，一年里扁桃体发炎了六七次，每次都要输液。（2023-04-28）</div>` +
        `<div class="re">${greeting ? '<p>您好！</p>' : ''}${ANSWER.map((p) => `<p>${p}</p>`).join('')}<p class="sig">耳鼻喉科　周明　副主任医师　2023-05-04</p></div></div>`,
    );

  it('passes over the reply’s salutation alone (`您好！`) under such a letter, as the office’s form', () => {
    expect(pageOf(letter('来信内容：', true)).answer_paragraphs).toEqual(ANSWER);
  });

  it('takes the letter (`来信：…`, `【来信】…`) as the asker’s, none of the answer, and its day none of the answer’s', () => {
    for (const label of ['来信：', '【来信】']) {
      const entry = pageOf(letter(label));
      expect(entry.answer_paragraphs).toEqual(ANSWER);
      expect(entry.date).toBe('2023-05-04');
    }
    expect(isLetterLine('来信内容：孩子发烧三天了')).toBe(true);
    // The reply speaking of the letter is the reply's own.
    expect(isLetterLine('来信收悉，现答复如下')).toBe(false);
  });
});
