import { load } from 'cheerio/slim';
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import type { Doctor } from '../src/schema/entry.js';
import { parseDoctorCard } from '../src/extract/card/card-parts.js';
import { renderLines } from '../src/extract/lines/html-lines.js';
import { readCard, select } from '../src/extract/profiles/profile-extractor.js';
import { cheerioQuery } from '../src/extract/reader/page-query.js';
import { youlai } from '../src/extract/profiles/youlai.js';

/**
 * A profile reads a doctor's card by its field selectors and by the card rules: a title and a grade
 * the rules read win (a selector may hit the wrong span), the other fields are the selectors' where
 * they hit. A field's selector is asked only where its reading is used; the card reads the same as
 * asking every selector first.
 */
const [desktop, mobile] = youlai.layouts;

/** Every selector asked, then the readings picked: the card as read before the selectors were asked lazily. */
function everySelectorAsked(html: string, layout: typeof desktop): Doctor {
  const $ = load(html);
  const q = cheerioQuery($);
  const card = $(layout!.doctorCard!).get(0) as Element;
  const rules = parseDoctorCard(renderLines(card).map((l) => l.text).join(' '));
  const fields = Object.keys(rules) as Array<keyof Doctor>;
  const selected = Object.fromEntries(fields.map((f) => [f, layout!.doctor[f] ? (select(q, card, layout!.doctor[f]!)?.value ?? null) : null]));
  return Object.fromEntries(fields.map((f) => [f, f === 'title' || f === 'hospital_grade' ? (rules[f] ?? selected[f]) : (selected[f] ?? rules[f])])) as unknown as Doctor;
}

const read = (html: string, layout: typeof desktop) => {
  const $ = load(html);
  return readCard(cheerioQuery($), $(layout!.doctorCard!).get(0) as Element, layout!.doctor);
};

describe("a profile's reading of a doctor's card", () => {
  const desktopCards = [
    '<div class="doc_left"><h5>王清玉<span>主任医师</span><em>耳鼻喉科</em><span>北京协和医院</span></h5><i class="grade">三甲</i></div>',
    // The title span holds no title (markup drift): the rules read none, the selector's text stands.
    '<div class="doc_left"><h5>王清玉<span>擅长咽炎</span><em>耳鼻喉科</em></h5></div>',
    // The spans swapped: the rules read the title where the selector reads the hospital.
    '<div class="doc_left"><h5>李明<span>上海市第六人民医院</span><em>骨科</em><span>副主任医师</span></h5><p>三级甲等</p></div>',
    // No field the selectors know: the rules read what the text says.
    '<div class="doc_left"><p>张华 主治医师 儿科 广州市妇女儿童医疗中心</p></div>',
    '<div class="doc_left"></div>',
  ];
  const mobileCards = [
    '<div class="doc_info"><h5>陈静<span>副主任医师</span><em>皮肤科</em></h5><p><span>四川大学华西医院</span></p><b class="grade">三甲</b></div>',
    '<div class="doc_info"><h5>陈静</h5><p>皮肤科 主任医师</p></div>',
  ];

  it('reads the same fields as asking every selector first, desktop and mobile', () => {
    for (const html of desktopCards) expect(read(html, desktop), html).toEqual(everySelectorAsked(html, desktop));
    for (const html of mobileCards) expect(read(html, mobile), html).toEqual(everySelectorAsked(html, mobile));
  });

  it('takes the title the card rules read over a selector that hits another span', () => {
    const doctor = read(desktopCards[2]!, desktop);
    expect(doctor.title).toBe('副主任医师');
    expect(doctor.name).toBe('李明');
  });
});
