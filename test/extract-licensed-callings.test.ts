import { describe, expect, it } from 'vitest';
import { parseCardParts } from '../src/extract/card/card-parts.js';

/** A registered TCM practitioner's card as Hong Kong's clinics print it: the licence's calling read whole wherever it stands. */

describe('a calling under its licence (註冊中醫師)', () => {
  it('is the title with the name printed after it, as a closing credit runs (`…{department}註冊中醫師{name}解答`)', () => {
    expect(parseCardParts(['（本文由仁心中醫診所暨教研中心（沙田）中醫婦科註冊中醫師何然桂解答）'])).toMatchObject({
      name: '何然桂',
      title: '註冊中醫師',
      department: '中醫婦科',
      hospital: '仁心中醫診所暨教研中心（沙田）',
    });
  });

  it('wins over the bare calling heading a table’s name column (`中醫師 | name`, `職稱 | 註冊中醫師`)', () => {
    expect(parseCardParts(['中醫師', '何然桂', '職稱', '註冊中醫師', '專科', '針灸科', '診所', '仁心中醫診所'])).toMatchObject({
      name: '何然桂',
      title: '註冊中醫師',
      department: '針灸科',
    });
  });
});
