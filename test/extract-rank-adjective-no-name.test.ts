import { describe, expect, it } from 'vitest';
import { parseCardParts } from '../src/extract/card/card-parts.js';

/** A rank-like adjective before a role (`金牌营养师`, `高级健康管理师`, `资深康复医师`): the role's grade, none of a name. */
describe('a rank-like adjective before a role', () => {
  it('is no name: the name printed beside it is the card’s', () => {
    expect(parseCardParts(['金牌营养师 李明 江州市人民医院 营养科'])).toMatchObject({ name: '李明', title: '营养师' });
    expect(parseCardParts(['李明 资深康复医师 江州市康复医院']).name).toBe('李明');
  });
  it('names no one where no name is printed', () => {
    expect(parseCardParts(['高级健康管理师 江州市健康管理中心']).name).toBeNull();
    expect(parseCardParts(['高级康复医师 江州市康复医院']).name).toBeNull();
  });
  it('leaves a name that opens with the same surname', () => {
    expect(parseCardParts(['高明 康复医师 江州市康复医院']).name).toBe('高明');
  });
});
