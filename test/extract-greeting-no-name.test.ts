import { describe, expect, it } from 'vitest';
import { parseCardParts } from '../src/extract/card/card-parts.js';

/** The asker's greeting to the doctor (`醫師您好`, `医生您好`, `大夫您好`): a calling, no name and no title, in either script. */
describe('a greeting to the doctor', () => {
  it('is no name nor title', () => {
    expect(parseCardParts(['醫師您好'])).toMatchObject({ name: null, title: null });
    expect(parseCardParts(['醫師你好'])).toMatchObject({ name: null, title: null });
    expect(parseCardParts(['医师您好'])).toMatchObject({ name: null, title: null });
  });
  it('leaves the card after it to be read', () => {
    expect(parseCardParts(['醫師您好', '營養師', '小美'])).toMatchObject({ name: '小美', title: '營養師' });
  });
});
