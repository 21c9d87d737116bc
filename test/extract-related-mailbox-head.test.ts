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
