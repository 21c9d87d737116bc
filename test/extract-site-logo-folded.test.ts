import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A hospital's own mailbox names its hospital in its <title> and its logo's alt, not in the reply's card (fresh-118's 安泰): the
 * card's hospital, as on any hospital's own site, though the page is read folded to simplified script and the alt is not.
 */
const page = `<html lang="zh-TW"><head><meta charset="utf-8"><title>眼睛癢怎麼辦 - 醫師信箱 - 北港紀念醫院</title></head><body>
<table><tr><td><a href="/"><img src="/images/logo.jpg" alt="北港紀念醫院"></a></td><td class="nav"><a href="/">首頁</a>｜<a href="/mailbox/">醫師信箱</a></td></tr></table>
<table class="letter"><tr><td>來信主旨：</td><td><b>眼睛癢怎麼辦</b></td></tr><tr><td>來信日期：</td><td>112/03/01</td></tr><tr><td>來信內容：</td><td>眼睛一直癢。</td></tr></table>
<div class="answer-box"><p class="doc">回覆醫師：眼科 林志明 主治醫師</p><p class="date">回覆日期：112/03/02</p>
<div class="c"><p>眼睛癢多與過敏性結膜炎有關，避免揉眼。</p><p>症狀持續請到眼科檢查。</p></div></div>
</body></html>`;

describe("a hospital's own mailbox named only by its title and logo", () => {
  it('the logo’s traditional-script alt names the site: the card’s hospital', () => {
    const [entry] = entriesOf(extractOrThrow(pageRecord(page, { url: 'https://www.example-hosp.tw/mailbox/reply.asp?no=1' })));
    expect([entry!.doctor.name, entry!.doctor.hospital]).toEqual(['林志明', '北港紀念醫院']);
  });
});
