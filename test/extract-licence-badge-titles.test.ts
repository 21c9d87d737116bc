import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { parseCardParts } from '../src/extract/card/card-parts.js';

/**
 * A licence printed as a badge in the doctor's card (`执业医师`, `执业药师`) is what the holder may practise, no rung of the
 * ladder: where the card prints the rank beside it (`副主任医师`, `主管药师`, the first rung `医师`), the rank is the title;
 * where it prints none, the licence is the title as printed.
 */

const html = (body: string) => `<html><head><meta charset="utf-8"><title>失眠多梦怎么办_问答</title></head><body>${body}</body></html>`;
const ANSWER = '<p>失眠多梦多与精神压力大、作息不规律有关，建议规律作息，睡前避免使用手机。</p><p>如果持续两周以上影响白天工作，建议到医院精神科或睡眠门诊就诊。</p>';
const pageOf = (card: string) =>
  entriesOf(extractOrThrow(pageRecord(html(`<h1>失眠多梦怎么办</h1><div class="ans"><div class="author">${card}<p>江州市精神卫生中心 精神科</p></div>${ANSWER}<div>回答于 2023-05-06 21:10</div></div>`)))).find((e) => e.origin === 'page')!;

describe('a licence badge beside the rank is no title', () => {
  it('reads 副主任医师, not the 执业医师 badge before it', () => {
    const page = pageOf('<a href="/doctor/1.html">于然伟</a> <span class="badge">执业医师</span> <span>副主任医师</span>');
    expect(page.doctor.name).toBe('于然伟');
    expect(page.doctor.title).toBe('副主任医师');
  });

  it('reads the first rung 医师 printed after the badge', () => {
    expect(parseCardParts(['于然伟', '执业医师', '医师']).title).toBe('医师');
  });

  it('reads a pharmacist’s rank after the 执业药师 badge', () => {
    expect(parseCardParts(['王芳 执业药师 主管药师']).title).toBe('主管药师');
  });

  it('keeps the rank printed first, the licence after it none of the title', () => {
    expect(parseCardParts(['王芳 副主任医师 执业医师']).title).toBe('副主任医师');
  });

  it('keeps the licence as the title where the card prints no rank', () => {
    const page = pageOf('<a href="/doctor/1.html">于然伟</a> <span class="badge">执业医师</span>');
    expect(page.doctor.title).toBe('执业医师');
    expect(parseCardParts(['王芳 执业药师']).title).toBe('执业药师');
  });
});
