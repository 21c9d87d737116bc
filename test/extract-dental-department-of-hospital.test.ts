import { describe, expect, it } from 'vitest';
import { parseCardParts } from '../src/extract/card/card-parts.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A hospital's own 齿科 written before the hospital (`齿科江州市人民医院`, `儿童齿科江州市口腔医院`) is its department, as
 * 口腔科 is: only a chain's brand (`瑞尔齿科`) before its branch clinic (诊所, 门诊部) is the clinic whole. Before this mend the
 * whole was read as the hospital, the department lost, silently.
 */
const page = (org: string) =>
  `<html><head><meta charset="utf-8"><title>牙齿松动怎么办-问医生</title></head><body>` +
  `<div class="nav"><a href="/">首页</a> <a href="/wenda/">问医生</a></div>` +
  `<div class="q"><h1>牙齿松动怎么办</h1><p>最近刷牙发现下面的门牙有点松，不疼。</p></div>` +
  `<div class="a"><h2>医生解答</h2><div class="au"><b>李静</b> <span>副主任医师</span><p>${org}</p></div>` +
  `<div class="txt">牙齿松动多数与牙周病有关，建议尽快到医院拍片检查牙槽骨的情况。<br><br>平时刷牙用软毛牙刷，定期洁牙。</div>` +
  `<p class="t">发布时间：2023-05-06</p></div></body></html>`;
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://www.example-wenyi.com/wenda/1.html' }))).find((e) => e.origin === 'page')!;

describe('a hospital’s 齿科 before the hospital', () => {
  it('is the department, the hospital read apart', () => {
    expect(parseCardParts(['李静', '副主任医师', '齿科江州市人民医院'])).toMatchObject({ department: '齿科', hospital: '江州市人民医院' });
    expect(parseCardParts(['李静', '副主任医师', '儿童齿科江州市口腔医院'])).toMatchObject({ department: '儿童齿科', hospital: '江州市口腔医院' });
    expect(read(page('齿科江州市人民医院')).doctor).toMatchObject({ department: '齿科', hospital: '江州市人民医院' });
  });

  it('a chain’s brand before its branch clinic is still the clinic, whole', () => {
    expect(parseCardParts(['梁然', '主治医师', '瑞尔齿科江州滨江门诊部'])).toMatchObject({ department: null, hospital: '瑞尔齿科江州滨江门诊部' });
    expect(read(page('瑞尔齿科江州滨江诊所')).doctor).toMatchObject({ department: null, hospital: '瑞尔齿科江州滨江诊所' });
  });
});
