import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A hospital's online consult page in traditional script: the asker's line, `問：` the question (perhaps with an English term in a
 * bracketed note, `（已照過 MRI）`, or a note of the photos sent after it, `（附圖2張）`), the replier's line
 * (`回覆者：{unit} {name} {title}`, the unit a service's office: `營養室`) and `答：` the answer. Before these rules the question was
 * cut at the space before the English term, kept the photos' note, the 營養室 was no department, and a 個案管理師's card was unread.
 */
const page = (asked: string, replier = '回覆者：血液腫瘤科 林志明 主治醫師') =>
  `<html lang="zh-TW"><head><meta charset="utf-8"><title>線上諮詢 | 北岸癌症醫院</title></head><body>` +
  `<div class="header"><a href="https://www.example-hospital.tw/">北岸癌症醫院</a></div>` +
  `<div class="consult"><h2>線上諮詢</h2><p class="who">諮詢者：李小姐　女／35歲　諮詢日期：111/03/02</p>` +
  `<div class="q"><b>問：</b>${asked}</div><p class="r">${replier}</p>` +
  `<div class="a"><b>答：</b><p>化療期間食慾差很常見，可以少量多餐，選擇高蛋白的食物。</p><p>若體重持續下降，請回診與醫師討論。</p></div>` +
  `<p class="date">回覆日期：2022/03/05</p></div></body></html>`;
const own = (html: string) => entriesOf(extractOrThrow(pageRecord(html))).find((e) => e.origin === 'page')!;

describe('a consult’s question with its bracketed notes, and a service office’s replier', () => {
  it('keeps a bracketed note with an English term whole (the space inside the bracket ends no part)', () => {
    expect(own(page('化療後一直沒有食慾該怎麼辦（已照過 MRI 沒有異常）？')).question).toBe('化療後一直沒有食慾該怎麼辦（已照過 MRI 沒有異常）？');
  });

  it('drops the note of the photos attached after the question', () => {
    expect(own(page('化療後一直沒有食慾該怎麼辦<span>（附圖2張）</span>')).question).toBe('化療後一直沒有食慾該怎麼辦');
  });

  it('reads a case manager (`個案管理師`) as the replier’s calling', () => {
    expect(own(page('化療後一直沒有食慾該怎麼辦？', '回覆者：護理部 王淑芬 個案管理師')).doctor).toMatchObject({ name: '王淑芬', title: '個案管理師', department: '護理部' });
  });

  it('reads a nutrition office (`營養室`) as the replier’s department', () => {
    expect(own(page('化療後一直沒有食慾該怎麼辦？', '回覆者：營養室 陳美玲 營養師')).doctor).toMatchObject({ name: '陳美玲', title: '營養師', department: '營養室' });
  });
});
