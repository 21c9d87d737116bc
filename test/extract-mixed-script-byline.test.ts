import { describe, expect, it } from 'vitest';
import { parseCardParts } from '../src/extract/card/card-parts.js';
import { PAPER_ANSWER as A, PAPER_ASK as ASK, paperPost as post, paperPageEntry as pageEntry, paras as ps } from './helpers/column-pages.js';

describe('a byline in traditional script on a page in simplified (撰文／營養科 王小美 營養師)', () => {
  it('reads the card folded, its values as printed', () => {
    const e = pageEntry(post(`<p>撰文／營養科 王小美 營養師</p>${ASK}${ps(A)}`));
    expect(e.doctor).toMatchObject({ name: '王小美', title: '營養師', department: '營養科' });
    expect(e.answer_paragraphs).toEqual(A);
  });
  it('reads a card whose title reads as printed so, not folded: a Japanese card’s 内科医師 is the department and 医師', () => {
    expect(parseCardParts(['姚宏颖，池袋中央クリニック内科医師。'])).toMatchObject({ name: '姚宏颖', title: '医師', department: '内科' });
  });
});
