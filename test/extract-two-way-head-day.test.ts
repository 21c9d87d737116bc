import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A programme page's head with its publishing day in an order the page does not show (`發佈：11/09/2019`) beside a first airing's
 * day that reads the same either way (`首播：09/09/2019`, fresh-118's 澳亞衛視): the day read may not be the answer's. Said.
 */
const page = (info: string) => `<html lang="zh-Hant-MO"><head><meta charset="utf-8"><title>胃脹要做什麼檢查 - 健康</title></head><body>
<h1>【視頻】胃脹要做什麼檢查</h1>
<div class="info">${info}</div>
<video id="player-container-id" preload="auto" playsinline></video>
<p>主講：王建國 主任醫師</p><p>東湖醫院消化內科</p>
<div class="body"><p>胃脹反覆出現，建議先做胃鏡檢查。</p><p>平時少吃產氣食物，飯後散步。</p></div>
</body></html>`;
const read = (info: string) => entriesOf(extractOrThrow(pageRecord(page(info), { url: 'https://www.example-tv.mo/health/1.html' })))[0]!;
const doubtsOf = (info: string) => extractOrThrow(pageRecord(page(info), { url: 'https://www.example-tv.mo/health/1.html' })).entries.find((e) => e.origin === 'page')!.doubts ?? [];
const SAID = 'a day in the entry’s head is printed in an order of day and month the page does not show, beside the day read: the answer’s day may be that one';

describe('a two-way day in the head beside the day read', () => {
  it('is doubted', () => {
    expect(read('<span>發佈：11/09/2019</span> <span>首播：09/09/2019</span>').flags).toContain('unsure_reading');
    expect(doubtsOf('<span>發佈：11/09/2019</span> <span>首播：09/09/2019</span>')).toContain(SAID);
  });

  it('not where the page shows its order (a day over 12 first)', () => {
    expect(doubtsOf('<span>發佈：25/09/2019</span> <span>首播：09/09/2019</span>')).not.toContain(SAID);
  });
});
