import { describe, expect, it } from 'vitest';
import { parseCardParts } from '../src/extract/card/card-parts.js';

/**
 * A pharmacist, nurse or technician called by the bare calling before the name (`药师 name`, `护师 name`) with their rank of that
 * ladder printed after (`副主任药师`, `主管护师`): the rank is the title, as a bare 医师 gives way to a clinical rank.
 */
describe('a bare calling before the name and the rank after it', () => {
  it('reads the rank of the same ladder', () => {
    expect(parseCardParts(['药师 韩立新 · 副主任药师 · 江州市中心医院药剂科'])).toMatchObject({ name: '韩立新', title: '副主任药师' });
    expect(parseCardParts(['护师 苗雨晴', '主管护师'])).toMatchObject({ name: '苗雨晴', title: '主管护师' });
  });
  it('keeps the calling where the other title is another ladder’s', () => {
    expect(parseCardParts(['药师 韩立新 主治医师'])).toMatchObject({ title: '药师' });
  });
});
