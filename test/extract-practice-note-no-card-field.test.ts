import { describe, expect, it } from 'vitest';
import { parseCardParts } from '../src/extract/card/card-parts.js';

/** A clinic abroad's card notes how it sees patients (`Bulk Billing 免费看诊`, `接受新病人 Accepting new patients`): none of the card's fields. */

describe('a practice’s note on the card', () => {
  it('names no one: the English name stands where no Chinese one is printed', () => {
    expect(parseCardParts(['Dr Kevin Yang', '全科医生 · MBBS', '12 Railway Pde, Burwood NSW 2134', 'Bulk Billing 免费看诊'])).toMatchObject({ name: 'Kevin Yang', title: '全科医生' });
    expect(parseCardParts(['Dr Sarah Liu', 'General Practitioner', '接受新病人 Accepting new patients']).name).toBe('Sarah Liu');
  });
});
