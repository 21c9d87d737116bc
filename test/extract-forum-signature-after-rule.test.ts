import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A health forum's follow-up page: the doctor's reply, then their signature set apart by a rule (`<hr>`) or a line of dashes
 * (`——————`), printed as short paragraphs of the post's own box: the name, the clinic, the calling, the address and phone. The
 * card, none of the answer; a signature line the reader reads as no field (a clinic's name it does not know) is doubted.
 */
const post = (separator: string, signature: string[]) =>
  `<html><head><meta charset="utf-8"><title>回复：小孩腰痛需要注意什么 - 健康园地</title></head><body>` +
  `<div class="post"><h1><b>回复：小孩腰痛需要注意什么</b></h1>` +
  `<p>送交者: <a href="/user/doc706">doc706</a> 于 2020-05-23 16:58:53 已读 4389 次</p>` +
  `<div class="text"><p>腰痛需要结合具体情况来看，多数与姿势不良有关。</p><p>总之，建议在医生指导下明确原因后再治疗。</p>` +
  `${separator}${signature.map((l) => `<p>${l}</p>`).join('')}</div></div>` +
  `<div class="tree"><b>所有跟帖:</b><ul><li>• <a href="/health/2.html">谢谢医生！</a> - 阿May 05/25/2020</li></ul></div></body></html>`;
const own = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://bbs.example.com/health/1.html' }))).find((e) => e.origin === 'page')!;

describe('a forum doctor’s signature after a rule', () => {
  it('is the card, none of the answer', () => {
    for (const separator of ['<hr>', '——————<br>']) {
      const entry = own(post(separator, ['刘子涵医生', '太平洋家庭牙科 Pacific Family Dentistry', '牙医 Dentist', '4151 Hazelbridge Way, Richmond, BC V6X 4J7', 'Tel: 905 244-6862 | 接受新病人 Accepting new patients']));
      expect(entry.doctor).toMatchObject({ name: '刘子涵', title: '牙医', hospital: '太平洋家庭牙科' });
      expect(entry.answer_paragraphs).toEqual(['腰痛需要结合具体情况来看，多数与姿势不良有关。', '总之，建议在医生指导下明确原因后再治疗。']);
    }
  });

  it('is doubted where a line of it reads as no field', () => {
    const entry = own(post('<hr>', ['Dr. Chen Jiayi, DMD', '牙医', 'Pacific Family Dentistry', 'Tel: 905 280-8552']));
    expect(entry.doctor.name).toBe('Chen Jiayi');
    expect(entry.flags).toContain('unsure_reading');
  });

  it('is none where the lines after the rule are the answer’s sentences', () => {
    const entry = own(post('<hr>', ['补充一点：平时注意坐姿，避免久坐。', '如果疼痛加重，请及时就医。']));
    expect(entry.doctor.name).toBeNull();
    expect(entry.answer_paragraphs).toContain('补充一点：平时注意坐姿，避免久坐。');
  });
});
