import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

const row = (k: string, v: string) => `<tr><th>${k}</th><td>${v}</td></tr>`;
const board = (title: string) =>
  `<html><head><meta charset="utf-8"><title>醫療諮詢 - 南港市立聯合醫院</title></head><body><div>南港市立聯合醫院</div><table>` +
  row('主旨', '照X光會不會有輻射？') + row('回覆醫師', '林志明') + row('職稱', title) +
  row('回覆內容', '<p>一般X光的輻射劑量很低，偶爾照一次不必擔心。</p><p>孕婦照射前應先告知醫師。</p>') + '</table></body></html>';
const doctorOf = (html: string) => entriesOf(extractOrThrow(pageRecord(html))).find((e) => e.origin === 'page')!.doctor;

describe('a board’s 職稱 row printing the specialty before the title (放射科專科醫師)', () => {
  it('reads the title, the specialty the department', () => {
    expect(doctorOf(board('放射科專科醫師'))).toMatchObject({ name: '林志明', title: '專科醫師', department: '放射科' });
  });
  it('still reads a row of the title alone', () => {
    expect(doctorOf(board('主治醫師'))).toMatchObject({ name: '林志明', title: '主治醫師', department: null });
  });
});
