import { describe, expect, it } from 'vitest';
import { readMetaLine } from '../src/extract/dates/page-meta.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/** A newspaper's 医生答问 column (column-answer.ts): the headline names a topic, `读者问：` the question, a doctor box, `医生答：` over the answer. */

const pageOf = (title: string, body: string) =>
  entriesOf(extractOrThrow(pageRecord(`<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`, { url: 'saved-page.html' }))).find((e) => e.origin === 'page')!;

const ANSWER = ['经前乳房疼常见的原因有以下几种：', '一、往往与乳腺增生有关，可以配合理疗和适量运动，注意规律作息、避免熬夜。'];

const column = (headline: string, asked: string, day: string) =>
  pageOf(
    `${headline} | 中國報 China Press`,
    `<article><h1>${headline}</h1><div>报道：赵建国 <span>|</span> <time>${day}</time></div><div>` +
      `<p><strong>${asked}</strong></p><p>平时工作比较忙，作息不太规律。</p>` +
      `<div><p>司马琳医生</p><p>乳腺外科顾问医生（Consultant Specialist）</p><p>马六甲鹰阁医院（Mahkota Medical Centre）</p></div>` +
      `<p><strong>医生答：</strong></p>${ANSWER.map((p) => `<p>${p}</p>`).join('')}<p><em>*以上资讯仅供参考，如有疑问请咨询您的医生。</em></p></div></article>`,
  );

describe('a newspaper’s 医生答问 column', () => {
  it('asks the reader’s labelled question, not the headline’s topic, and reads the doctor box under it', () => {
    const entry = column('医生答问｜乳腺增生怎么办？', '读者问：</strong>经前乳房疼怎么办', '6 May 2023');
    expect(entry.question).toBe('经前乳房疼怎么办');
    expect(entry.doctor).toMatchObject({ name: '司马琳', title: '顾问医生', department: '乳腺外科', hospital: '马六甲鹰阁医院' });
    expect(entry.answer_paragraphs).toEqual(ANSWER);
  });

  it('dates the answer by the byline’s English day (`6 May 2023`, `Oct 6, 2022`), none by a relative one', () => {
    expect(readMetaLine('报道：赵建国 | Oct 6, 2022')).toMatchObject({ dates: [{ iso: '2022-10-06' }], metaOnly: true });
    // A sentence reporting something is no byline.
    expect(readMetaLine('据报道：去年有2023人就诊').metaOnly).toBe(false);
    expect(column('医生答问｜乳腺增生怎么办？', '读者问：</strong>经前乳房疼怎么办', '6 May 2023').date).toBe('2023-05-06');
    expect(column('医生答问｜乳腺增生怎么办？', '读者问：</strong>经前乳房疼怎么办', 'Oct 6, 2022').date).toBe('2022-10-06');
    expect(column('医生答问｜乳腺增生怎么办？', '读者问：</strong>经前乳房疼怎么办', '3小时前').date).toBeNull();
  });

  it('leaves the reader’s further line out of the answer where the doctor box stands after it (`医生答：` heads the answer)', () => {
    const entry = pageOf(
      '【医师Easy】牙周炎怎么办？医生拆解',
      `<article><h1>【医师Easy】牙周炎怎么办？医生拆解</h1><div>撰文：周明轩　发布日期：2021-11-22 12:05</div>` +
        `<div><p><strong>网友问：</strong>宝宝牙周炎吃什么好</p><p>有没有什么好的办法缓解？</p></div>` +
        `<div><p><strong>医生答：</strong></p>${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div>` +
        `<div><p>傅敏医生</p><p>儿科专科医生</p><p>养和医院</p></div></article>`,
    );
    expect(entry.question).toBe('宝宝牙周炎吃什么好');
    expect(entry.answer_paragraphs).toEqual(ANSWER);
  });

  it('keeps a headline that asks and files nothing under a column (no `｜`): the reader’s line is their letter', () => {
    expect(column('乳腺增生怎么办？', '读者问：</strong>经前乳房疼怎么办', '6 May 2023').question).toBe('乳腺增生怎么办？');
  });

  it('reads a box line with its English name in brackets as short as its Chinese; a long line of Chinese is no card line', () => {
    const boxed = (title: string) =>
      pageOf(
        '医生答问｜乳腺增生怎么办？',
        `<article><h1>医生答问｜乳腺增生怎么办？</h1><div><p><strong>读者问：</strong>经前乳房疼怎么办</p>` +
          `<div><p>司马琳医生</p><p>${title}</p><p>马六甲鹰阁医院（Mahkota Medical Centre）</p></div>` +
          `<p><strong>医生答：</strong></p>${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div></article>`,
      );
    expect(boxed('乳腺外科顾问医生（Consultant Breast and Endocrine Surgeon）').doctor).toMatchObject({ name: '司马琳', title: '顾问医生', hospital: '马六甲鹰阁医院' });
    expect(boxed('乳腺外科顾问医生，专治乳腺增生乳腺结节甲状腺结节等疾病二十余年').doctor.title).not.toBe('顾问医生');
  });

  it('keeps the headline where no labelled question stands under it', () => {
    const entry = column('医生答问｜经前乳房疼怎么办？', '</strong>经前乳房疼，每个月都这样', '6 May 2023');
    expect(entry.question).toBe('经前乳房疼怎么办？');
  });
});
