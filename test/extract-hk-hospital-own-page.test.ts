import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A Hong Kong private hospital's own 健康問答 page in traditional characters: a lang naming no region (`zh-hant`), the card
 * `{specialty}專科醫生` with no hospital of its own, the site named in two scripts in its <title> and footer.
 */

const Q = '哺乳期白帶異常是什麼原因引起的？';
const A = ['白帶異常多數與陰道炎有關，注意休息、多喝溫水，一般幾天就能緩解，不緩解再就診。', '如果症狀持續不緩解，應及時到婦產科就診。'];

const page = (o: { spec?: string; day?: string; footer?: string; title?: string; related?: boolean } = {}) =>
  `<html lang="zh-hant"><head><meta charset="utf-8"><title>${Q} | 健康問答 | ${o.title ?? '仁安醫院 Union Hospital'}</title></head><body>
<header><a href="/tc"><img src="/logo.svg" alt="仁安醫院 Union Hospital"></a><nav><a href="/tc/services">醫療服務 Medical Services</a><a href="/tc/doctors">搵醫生 Find a Doctor</a></nav></header>
<div class="breadcrumb"><a href="/tc">首頁</a> &gt; <a href="/tc/health-qa">健康問答</a></div>
<main><article><h1>${Q}</h1>
<div class="q"><span>問：</span>${Q}<br>請問需要做什麼檢查？</div>
<div class="a"><h3>醫生回覆</h3>
<div class="doctor-card"><img src="/d.jpg" alt=""><div><p>段梅醫生</p><p>${o.spec ?? '婦產科專科醫生'}</p><p>Specialist in Obstetrics &amp; Gynaecology</p></div></div>
<div class="body">${A.map((p) => `<p>${p}</p>`).join('')}</div>
<p class="date">發佈日期：${o.day ?? '2020年5月16日'}</p></div>
<p class="disclaimer">以上資料只供參考，並不能取代醫生的診斷及治療。如有疑問，請向你的醫生查詢。</p>
</article>${o.related ? '<section><h2>相關問題 Related Questions</h2><ul><li><a href="/tc/health-qa/2">白帶異常怎麼辦</a></li><li><a href="/tc/health-qa/3">小孩陰道炎吃什麼好</a></li></ul></section>' : ''}</main>
<footer>${o.footer ?? '仁安醫院 Union Hospital　香港新界沙田大圍富健街18號　電話：(852) 2608 3388　© 2020 Union Hospital. All rights reserved.'}</footer>
</body></html>`;
const pageOf = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'saved-page.html' }))).find((e) => e.origin === 'page')!;

describe('a Hong Kong hospital’s own 健康問答: the card’s specialist calling, the site’s hospital', () => {
  it('reads `婦產科專科醫生` as a 專科醫生 in 婦產科 where the page’s phone names Hong Kong by its code, though its lang names no region', () => {
    const read = pageOf(page());
    expect(read.doctor).toEqual({ name: '段梅', title: '專科醫生', department: '婦產科', hospital: '仁安醫院', hospital_grade: null });
    expect(read.answer_paragraphs).toEqual(A);
    expect(read.date).toBe('2020-05-16');
  });

  it('reads the calling so on a page declaring itself `en` whose Chinese part declares `zh-HK` (no phone naming a region); whole where parts declare two regions', () => {
    const noPhone = '仁安醫院 Union Hospital　© 2020 Union Hospital. All rights reserved.';
    const bilingual = page({ footer: noPhone }).replace('<html lang="zh-hant">', '<html lang="en">').replace('<article>', '<article lang="zh-HK">');
    expect(pageOf(bilingual).doctor).toMatchObject({ name: '段梅', title: '專科醫生', department: '婦產科' });
    expect(pageOf(bilingual.replace('<p class="disclaimer">', '<p class="disclaimer" lang="zh-CN">')).doctor).toMatchObject({ title: '婦產科專科醫生', department: null });
  });

  it('keeps the calling whole where the page’s phones name no region, or two', () => {
    expect(pageOf(page({ footer: '仁安醫院 Union Hospital　電話：2608 3388　© 2020 Union Hospital. All rights reserved.' })).doctor).toMatchObject({ title: '婦產科專科醫生', department: null });
    expect(pageOf(page({ footer: '仁安醫院 Union Hospital　香港：(852) 2608 3388　新加坡：(65) 6123 4567　© 2020 Union Hospital. All rights reserved.' })).doctor).toMatchObject({ title: '婦產科專科醫生', department: null });
  });

  it('takes the site’s hospital from a <title> naming it in two scripts, printed in the footer line that ends in its copyright, with no related list to end the page', () => {
    expect(pageOf(page({ spec: '心臟科顧問醫生' })).doctor).toEqual({ name: '段梅', title: '顧問醫生', department: '心臟科', hospital: '仁安醫院', hospital_grade: null });
    expect(pageOf(page({ spec: '心臟科顧問醫生', related: true })).doctor.hospital).toBe('仁安醫院');
  });

  it('takes no site hospital the page does not print outside the question and answer', () => {
    expect(pageOf(page({ footer: '© 2020 Union Hospital. All rights reserved.' })).doctor.hospital).toBeNull();
    expect(pageOf(page({ title: '健康網 Health Net', footer: '健康網 Health Net　© 2020 All rights reserved.' })).doctor.hospital).toBeNull();
  });
});
