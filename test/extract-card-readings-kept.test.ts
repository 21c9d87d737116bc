import { describe, expect, it } from 'vitest';
import { parseCardParts } from '../src/extract/card/card-parts.js';

/** A card's reading is kept by its parts (card-parts.ts): read again, it is the same, and each caller's copy is its own. */

describe('a card read again', () => {
  it('reads as it did the first time, whoever changed their copy since', () => {
    const first = parseCardParts(['王清玉', '副主任医师', '骨科', '福建省人民医院', '三甲']);
    const expected = { ...first };
    first.name = null;
    first.hospital = '别的医院';
    const again = parseCardParts(['王清玉', '副主任医师', '骨科', '福建省人民医院', '三甲']);
    expect(again).toEqual(expected);
    expect(again).not.toBe(first);
  });
});
