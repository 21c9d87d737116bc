import { describe, expect, it } from 'vitest';
import { PAPER_ANSWER as A, PAPER_ASK as ASK, paperPost as post, paperPageEntry as pageEntry, paras as ps } from './helpers/column-pages.js';

describe('a byline in traditional script on a page in simplified (撰文／營養科 王小美 營養師)', () => {
  it('reads the card folded, its values as printed', () => {
    const e = pageEntry(post(`<p>撰文／營養科 王小美 營養師</p>${ASK}${ps(A)}`));
    expect(e.doctor).toMatchObject({ name: '王小美', title: '營養師', department: '營養科' });
    expect(e.answer_paragraphs).toEqual(A);
  });
});
