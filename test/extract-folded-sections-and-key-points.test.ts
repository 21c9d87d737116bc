import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * An answer in sections the page folds (`<details>`, a disclosure button over a `hidden` panel, a tab list over tab panels), an
 * editor's key points above it and a health site's own disclaimer under it: what fresh-107's helloyishi-zhedie-fenlan taught the
 * reader, each on a small page of its own (other wording than the split's).
 */

describe('an answer in folded sections: every section with its head, the key points above and the site disclaimer none of it', () => {
  const page = (body: string) =>
    `<!DOCTYPE html><html lang="zh-TW"><head><meta charset="utf-8"><title>夜裡總是醒來怎麼辦 | 健康問答網</title></head><body>` +
    `<header><nav><a href="/">首頁</a> <a href="/ask/">醫師回覆</a></nav></header><main><h1>夜裡總是醒來怎麼辦</h1>` +
    `<div class="doc"><span>醫師回覆</span><p>林美華 醫師</p><p>光明市立醫院 · 精神科</p></div><p>發布日期：2022/08/16</p>${body}</main></body></html>`;
  const read = (body: string) => entriesOf(extractOrThrow(pageRecord(page(body), { url: 'https://ask.example-health.tw/ask/881/' })));
  const sections: Array<[string, string[]]> = [
    ['常見原因', ['夜裡醒來多與壓力、作息不規律有關，也可能與睡前飲用咖啡有關。']],
    ['改善建議', ['每天固定時間上床與起床，睡前一小時避免使用手機。', '午睡不要超過半小時，傍晚以後不喝含咖啡因的飲料。']],
    ['需要就醫的情況', ['若持續一個月以上仍未改善，建議到身心科門診評估。']],
  ];
  const expected = sections.flatMap(([head, ps]) => [head, ...ps]);
  const ps = (xs: string[]) => xs.map((p) => `<p>${p}</p>`).join('');

  it('tabs: the tab list is read once, as the heads each panel opens with; the hidden panels count', () => {
    const tabs = `<ul role="tablist">${sections.map(([h], i) => `<li role="tab" aria-selected="${i === 0}">${h}</li>`).join('')}</ul>`;
    const panels = sections.map(([h, xs], i) => `<section role="tabpanel"${i > 0 ? ' hidden' : ''}><h3>${h}</h3>${ps(xs)}</section>`).join('');
    const [entry] = read(`<div class="answer">${tabs}${panels}</div>`);
    expect([entry!.answer_paragraphs, entry!.flags]).toEqual([expected, []]);
  });

  it('an accordion: a disclosure button heads its hidden panel; the panels read in order with their heads', () => {
    const items = sections.map(([h, xs], i) => `<div class="item"><button type="button" aria-expanded="${i === 0}">${h}</button><div class="panel"${i > 0 ? ' hidden' : ''}>${ps(xs)}</div></div>`).join('');
    const [entry] = read(`<div class="answer">${items}</div>`);
    expect([entry!.answer_paragraphs, entry!.flags]).toEqual([expected, []]);
    // A button worded as the fold's own control (`展開全文`) heads nothing: no line of the answer.
    const folded = `<div class="answer">${ps(sections[0]![1])}<button type="button" aria-expanded="false">展開全文</button><div hidden>${ps(sections[1]![1])}</div></div>`;
    expect(read(folded)[0]!.answer_paragraphs).toEqual([...sections[0]![1], ...sections[1]![1]]);
  });

  it('details: each summary heads its section, closed ones too, and no short first line is doubted', () => {
    const details = sections.map(([h, xs], i) => `<details${i === 0 ? ' open' : ''}><summary>${h}</summary>${ps(xs)}</details>`).join('');
    const [entry] = read(`<div class="answer">${details}</div>`);
    expect([entry!.answer_paragraphs, entry!.flags]).toEqual([expected, []]);
  });

  it("an editor's key points above the answer are none of it, nor the site's claim that it gives no medical advice", () => {
    const points = '<aside class="summary"><h4>本文重點</h4><ul><li>作息規律有助改善。</li><li>久未改善請就醫。</li></ul></aside>';
    const disclaimer = '<p class="note">本站不提供醫療建議或診斷，所有內容僅供一般衛教參考。</p>';
    const text = sections.flatMap(([, xs]) => xs);
    const [entry] = read(`${points}<div class="answer">${ps(text)}</div>${disclaimer}`);
    expect([entry!.answer_paragraphs, entry!.flags]).toEqual([text, []]);
  });

  it('a card value printed in simplified script on a page in traditional is published as the card prints it, not as a menu prints the word', () => {
    const mixed = page(`<div class="answer">${ps(sections[0]![1])}</div>`).replace('<p>林美華 醫師</p>', '<p>林美华 医师</p>');
    const [entry] = entriesOf(extractOrThrow(pageRecord(mixed, { url: 'https://ask.example-health.tw/ask/882/' })));
    expect([entry!.doctor.name, entry!.doctor.title]).toEqual(['林美华', '医师']);
  });
});
