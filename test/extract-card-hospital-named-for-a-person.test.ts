import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { parseCardParts } from '../src/extract/card/card-parts.js';

/** A hospital abroad named for a person (`阿尔伯特·爱因斯坦以色列医院`), its name in Latin letters in brackets after it on the card. */

const html = (title: string, body: string) => `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const pageOf = (page: string) => entriesOf(extractOrThrow(pageRecord(page, { url: 'saved-page.html' }))).find((e) => e.origin === 'page')!;
const QUESTION = '年轻人尿路感染怎么治疗效果好？';
const ANSWER = ['一般不严重，尿痛大多是暂时的，调整作息、清淡饮食后可以慢慢好转。', '如果症状持续不缓解，应尽快到泌尿外科就诊。'];

describe('a hospital named for a person', () => {
  it('keeps the dot inside the hospital’s name, not a name and a hospital', () => {
    expect(parseCardParts(['阿尔伯特·爱因斯坦以色列医院消化内科专科医生 武清（CRM-SP 186979）'])).toMatchObject({ name: '武清', department: '消化内科', hospital: '阿尔伯特·爱因斯坦以色列医院' });
    // A Uyghur's name, its dot the name's, before a hospital apart from it stays a name.
    expect(parseCardParts(['阿依古丽·买合木提', '主治医师', '新疆医科大学附属医院'])).toMatchObject({ name: '阿依古丽·买合木提', hospital: '新疆医科大学附属医院' });
  });

  it('reads a head card however long the hospital’s Latin name in brackets', () => {
    const card = '孙娟医生　阿尔伯特·爱因斯坦以色列医院（Hospital Israelita Albert Einstein）泌尿外科专科医生　CRM-SP 164527';
    const page = html(QUESTION, `<h1>${QUESTION}</h1><p><strong>解答医生：</strong>${card}</p><p><strong>读者林女士问：</strong>最近一段时间一直这样。</p>${ANSWER.map((p) => `<p>${p}</p>`).join('')}`);
    expect(pageOf(page).doctor).toMatchObject({ name: '孙娟', title: '专科医生', department: '泌尿外科', hospital: '阿尔伯特·爱因斯坦以色列医院' });
  });
});
