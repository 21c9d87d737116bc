import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/** A radio station's mailbox column lists its other answered letters under `更多X信箱` (fresh-113): the related list. */
const page = (head: string) => `<html lang="zh-HK"><head><meta charset="utf-8"><title>暗瘡反覆點算好 - 健康</title></head><body>
<article><h1>暗瘡反覆點算好？</h1><div>06/05/2023</div><p>解答：陳志明醫生　皮膚科專科醫生</p>
<div class="b"><p>暗瘡反覆出現，多與油脂分泌旺盛有關。</p><p>建議保持面部清潔，避免用手擠壓。</p></div></article>
<div class="list"><h3>${head}</h3><ul><li><a href="/health/letter/201">濕疹會唔會傳染？</a></li><li><a href="/health/letter/202">脫髮係咪遺傳？</a></li></ul></div>
<footer>© 某某廣播</footer></body></html>`;

describe('a mailbox column’s 更多…信箱 head', () => {
  it('heads the related list', () => {
    const own = entriesOf(extractOrThrow(pageRecord(page('更多醫生信箱'), { url: 'https://radio.example.hk/health/letter/200' }))).find((e) => e.origin === 'page')!;
    expect(own.related_urls).toEqual(['https://radio.example.hk/health/letter/201', 'https://radio.example.hk/health/letter/202']);
  });
});

/**
 * A hospital's own mailbox lists its other answered letters under `其他來信`, each link after its 民國 day in brackets; a
 * programme's page its other films under `相關影片` (fresh-118): the related list.
 */
const letters = (head: string, item: (n: number, q: string) => string) => `<html lang="zh-TW"><head><meta charset="utf-8"><title>喉嚨痛很久怎麼辦 - 醫師信箱 - 北岸紀念醫院</title></head><body>
<table><tr><td>來信主旨：</td><td><b>喉嚨痛很久怎麼辦</b></td></tr><tr><td>來信日期：</td><td>112/03/01</td></tr></table>
<div class="answer"><p class="doc">回覆醫師：耳鼻喉科 林志明 主治醫師</p><p class="date">回覆日期：112/03/02</p>
<div class="c"><p>喉嚨痛超過兩週，建議到耳鼻喉科做內視鏡檢查。</p><p>平時多喝溫水，避免辛辣食物。</p></div></div>
<div class="more"><b>${head}</b><ul>${item(301, '扁桃腺發炎要吃抗生素嗎')}${item(302, '聲音沙啞兩週要檢查嗎')}</ul></div>
</body></html>`;

describe('a mailbox’s 其他來信 and a programme’s 相關影片 heads', () => {
  const url = 'https://www.example-hosp.tw/mailbox/reply.asp?no=300';
  const own = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url }))).find((e) => e.origin === 'page')!;
  const urls = ['https://www.example-hosp.tw/mailbox/reply.asp?no=301', 'https://www.example-hosp.tw/mailbox/reply.asp?no=302'];

  it('其他來信 heads the related list, a 民國 day in brackets before each link', () => {
    const html = letters('其他來信', (n, q) => `<li>[111/12/0${n - 300}] <a href="/mailbox/reply.asp?no=${n}">${q}</a></li>`);
    expect(own(html).related_urls).toEqual(urls);
  });

  it('相關影片 heads the related list', () => {
    const html = letters('相關影片', (n, q) => `<li><a href="/mailbox/reply.asp?no=${n}">${q}</a></li>`);
    expect(own(html).related_urls).toEqual(urls);
  });
});
