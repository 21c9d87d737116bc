import { describe, expect, it } from 'vitest';
import { parseCardParts } from '../src/extract/card/card-parts.js';
import { reviewerOf } from '../src/extract/card/reviewer-credit.js';

/**
 * Two labelled doctors on one card (`审核医生：…　解答医生：…`, `会诊医生：…` beside `主诊医生：…`): the reviewer's or the
 * co-signer's fields none of the card, the other's the card; a reviewer's label alone still names the one who answers for the text.
 */
describe('a reviewer’s or a co-signer’s label beside another doctor’s', () => {
  it('gives the other doctor, with their own title', () => {
    expect(parseCardParts(['审核医生：王刚 主任医师　解答医生：李明 主治医师 江州市人民医院 骨科'])).toMatchObject({ name: '李明', title: '主治医师', hospital: '江州市人民医院' });
    expect(parseCardParts(['会诊医生：王刚 主任医师', '主诊医生：李明 主治医师', '江州市人民医院 骨科'])).toMatchObject({ name: '李明', title: '主治医师' });
    expect(parseCardParts('主治医师：王刚 江州市人民医院 骨科 审核：李明 主任医师'.split(' '))).toMatchObject({ name: '王刚', title: '主治医师' });
  });
  it('is no reviewer’s credit', () => {
    expect(reviewerOf('审核医生：王刚 主任医师 解答医生：李明 主治医师 江州市人民医院 骨科')).toMatchObject({ name: '李明', title: '主治医师' });
    expect(reviewerOf('审核专家：李明 主任医师 江州市人民医院　责任医师：王刚')).toBeNull();
  });
  it('leaves a reviewer’s line alone', () => {
    expect(reviewerOf('审核医生：王刚 主任医师 江州市人民医院')).toMatchObject({ name: '王刚', title: '主任医师' });
  });
});
