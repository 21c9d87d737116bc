import { describe, expect, it } from 'vitest';
import { isDepartment } from '../src/extract/words/genre.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * An eye hospital's 视光中心 (眼视光中心, where optometrists fit glasses and lenses) is one of its departments, though 中心 ends
 * hospitals' names: a card's `石门眼科医院 · 视光中心` names the hospital and the department. What the blind split fresh-76
 * taught the genre reader.
 */

const URL = 'https://www.example-yanke.com/wenda/2231.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const page = `<html><head><title>孩子近视了怎么办_眼科问答</title></head><body><div class="wd-q"><h1>孩子近视了怎么办</h1><p>网友3224　2023-03-20</p></div>
<div class="wd-a"><div class="doc-box"><img src="/doctor/a.jpg"><p><b>程颖辰</b> <span>副主任医师</span></p><p>石门眼科医院 · 视光中心</p></div><div class="a-txt"><p>孩子近视要先到医院散瞳验光，明确是真性近视还是假性近视。</p><p>平时减少近距离用眼，多到户外活动。</p></div><p class="a-time">回答时间：2023-03-21</p></div></body></html>`;

describe('an eye hospital’s 视光中心', () => {
  it('is a department', () => {
    for (const t of ['视光中心', '眼视光中心']) expect(isDepartment(t), t).toBe(true);
    expect(isDepartment('石门眼科中心')).toBe(false);
  });

  it('the card’s department', () => {
    const [own] = read(page);
    expect(own!.doctor).toMatchObject({ name: '程颖辰', title: '副主任医师', hospital: '石门眼科医院', department: '视光中心' });
  });
});
