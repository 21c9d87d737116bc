import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A page in traditional script read folded, its values published as printed: a specialist's department run into the title
 * after it (`皮肤科專科醫生`, the card printing it in simplified) is published as the card prints it, not as the same word printed
 * apart nearby in another script (another doctor's `皮膚科` in the list of other answers right after the card).
 */

const Q = '濕疹反覆發作應該點處理？';
const A = ['濕疹反覆發作，多數和皮膚屏障受損、過敏體質有關，日常要做好保濕。', '急性發作時可以短期使用醫生處方的外用藥膏，避免自行長期使用類固醇。'];
const html = `<html lang="zh-HK"><head><meta charset="utf-8"><title>${Q} | 醫生問答 | 健康生活網</title></head><body>
<main><h1>${Q}</h1><p class="meta">發佈日期：2022年9月3日</p>
<div class="a">${A.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div class="dr"><b>何嘉敏醫生</b><span>皮肤科專科醫生</span></div></main>
<section><h3>其他醫生解答</h3><div class="row">
<div class="c"><span>梁志偉醫生</span><span>皮膚科</span><a href="/ask/2031">暗瘡印可以點樣淡化？</a></div>
<div class="c"><span>陳美玲醫生</span><span>皮膚科</span><a href="/ask/2044">頭皮屑多係咪真菌感染？</a></div>
</div></section><footer>© 健康生活網</footer></body></html>`;

describe('a specialist’s department printed in the card', () => {
  it('is published as the card prints it', () => {
    const entry = entriesOf(extractOrThrow(pageRecord(html))).find((e) => e.origin === 'page')!;
    expect(entry.doctor.name).toBe('何嘉敏');
    expect(entry.doctor.title).toBe('專科醫生');
    expect(entry.doctor.department).toBe('皮肤科');
  });
});
