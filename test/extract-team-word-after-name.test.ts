import { describe, expect, it } from 'vitest';
import { isLabelledProse, signedCard } from '../src/extract/card/credit-sentence.js';

/**
 * A team word beside a card under `解答：` is the card's where it names the team the doctor serves in before the hospital
 * (`中国援柬医疗队 {hospital}…`); after the name it opens the answer's prose (`{name} 专家组 讨论后认为…`).
 */
describe('a team word after the name under an answer’s label', () => {
  it('is prose, no card', () => {
    expect(signedCard('解答： 江州市人民医院骨科 李明医师 专家组 讨论后认为')).toBeNull();
    expect(isLabelledProse('解答： 江州市人民医院骨科 李明医师 专家组 讨论后认为')).toBe(true);
    expect(isLabelledProse('解答：江州市人民医院骨科 李明医师 医疗组 会诊后建议')).toBe(true);
  });
  it('still reads a team before the hospital as the card’s', () => {
    expect(signedCard('解答：中国援柬医疗队 西陵市大学附属第二医院消化内科医师 白欣')).toMatchObject({ name: '白欣', hospital: '西陵市大学附属第二医院' });
    expect(isLabelledProse('解答：中国援柬医疗队 西陵市大学附属第二医院消化内科医师 白欣')).toBe(false);
  });
});
