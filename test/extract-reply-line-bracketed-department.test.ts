import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { parseCardParts } from '../src/extract/card/card-parts.js';

/**
 * An old 网上咨询 board heads its reply with one line naming who replies, the department bracketed after the title and the
 * verb closing it (`杨梅 副主任医师（妇科）回复：`); a board with no 咨询科室 cell names the department only there.
 */
const QUESTION = '月经推迟十天没怀孕怎么回事';
const ANSWER = ['月经推迟十天，验孕阴性，常见原因有精神压力大、作息不规律、体重变化等。', '如果偶尔一次推迟不必太担心，可以再观察一个周期。'];
const page = () =>
  `<html><head><title>网上咨询-曲靖市第一人民医院</title></head><body><table><tr><td><b>曲靖市第一人民医院</b></td></tr></table>` +
  `<table><tr><td>咨询标题</td><td><b>${QUESTION}</b></td></tr><tr><td>提问时间</td><td>2023-5-4 8:11:09</td></tr>` +
  `<tr><td colspan="2"><font color="#FF6600">杨梅 副主任医师（妇科）回复：</font></td></tr><tr><td>回复时间</td><td>2023-5-6 14:22:31</td></tr>` +
  `<tr><td colspan="2">${ANSWER.join('<br>')}</td></tr></table></body></html>`;

describe('a reply line naming its doctor with the department bracketed and 回复： after it', () => {
  it('reads the bracket as the department, the closing verb none of the card', () => {
    expect(parseCardParts(['杨梅', '副主任医师（妇科）回复：'])).toMatchObject({ name: '杨梅', title: '副主任医师', department: '妇科' });
    expect(parseCardParts(['杨梅', '副主任医师（妇科）答复：'])).toMatchObject({ department: '妇科' });
  });
  it('reads the department on a board with no 咨询科室 cell', () => {
    const entry = entriesOf(extractOrThrow(pageRecord(page(), { url: 'saved-page.html' }))).find((e) => e.origin === 'page');
    expect(entry?.question).toBe(QUESTION);
    expect(entry?.doctor).toMatchObject({ name: '杨梅', title: '副主任医师', department: '妇科' });
    expect(entry?.answer_paragraphs).toEqual(ANSWER);
  });
  it('leaves a department whose name ends in 回复 without a colon alone', () => {
    expect(parseCardParts(['杨梅', '副主任医师（妇科）'])).toMatchObject({ department: '妇科' });
  });
});
