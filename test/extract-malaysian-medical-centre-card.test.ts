import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A Malaysian Chinese paper's medical column: the doctor's box (`{name}醫生` / `{specialty}專科醫生` / the hospital), the hospital a
 * private medical centre named by its English brand (`Sentosa醫藥專科中心`) or in Chinese (`詩巫醫藥中心`). Before these rules a
 * hospital opening with an English word was no hospital, and beside a 醫藥中心 an internist's calling was read whole (`內科專科醫生`).
 */
const page = (hospital: string, calling = '腸胃科專科醫生') =>
  `<html lang="zh-Hant-MY"><head><meta charset="utf-8"><title>胃脹氣怎麼辦 - 東方日報</title></head><body>` +
  `<div class="nav"><a href="https://www.example-daily.my/">首頁</a> <a href="https://www.example-daily.my/health/">健康</a></div>` +
  `<article><h1>胃脹氣怎麼辦</h1><div class="meta">12/08/2021 10:20　健康</div>` +
  `<div class="doctor"><div>黃文華醫生</div><div>${calling}</div><div>${hospital}</div></div>` +
  `<div class="text"><p><b>問：</b>胃脹氣怎麼辦</p><p><b>答：</b></p><p>胃脹氣多半和飲食習慣有關，建議細嚼慢嚥，少喝汽水。</p><p>如果伴有體重下降，應盡快就醫檢查。</p></div>` +
  `</article></body></html>`;
const own = (html: string) => entriesOf(extractOrThrow(pageRecord(html))).find((e) => e.origin === 'page')!;

describe('a Malaysian paper’s specialist beside a private medical centre', () => {
  it('reads a medical centre named by its English brand as the hospital, the specialist’s calling parted', () => {
    expect(own(page('Sentosa醫藥專科中心')).doctor).toMatchObject({ name: '黃文華', title: '專科醫生', department: '腸胃科', hospital: 'Sentosa醫藥專科中心' });
  });

  it('parts an internist’s calling (`內科專科醫生`, whole beside a clinic) beside a medical centre: a hospital', () => {
    expect(own(page('詩巫醫藥中心', '內科專科醫生')).doctor).toMatchObject({ title: '專科醫生', department: '內科', hospital: '詩巫醫藥中心' });
  });
});
