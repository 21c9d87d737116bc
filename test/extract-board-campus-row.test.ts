import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A hospital's consultation board naming the campus its replier sits in on a row of its own (`院區：嘉義某某醫院`, fresh-113): the
 * hospital, where the row holds a hospital's name; a campus's name alone there is no hospital's.
 */
const row = (k: string, v: string) => `<tr><th>${k}</th><td>${v}</td></tr>`;
const board = (campus: string) =>
  `<html lang="zh-TW"><head><meta charset="utf-8"><title>線上諮詢 - 慈安醫院</title></head><body><div>慈安醫院</div><table>` +
  row('主旨', '膝蓋痛要看哪一科？') + row('回覆醫師', '骨科 林志明 主治醫師') + row('院區', campus) +
  row('回覆內容', '您好，膝蓋痛的原因很多，建議先到骨科門診檢查。<br><br>平時避免久站，適度運動。') + row('回覆日期', '112/03/05') +
  '</table><p>慈安醫院　版權所有</p></body></html>';
const entryOf = (html: string) => entriesOf(extractOrThrow(pageRecord(html))).find((e) => e.origin === 'page')!;

describe('a board’s 院區 row', () => {
  it('reads a hospital’s name there as the hospital', () => {
    expect(entryOf(board('嘉義慈安醫院')).doctor).toMatchObject({ name: '林志明', title: '主治醫師', department: '骨科', hospital: '嘉義慈安醫院' });
  });
  it('takes no campus’s name alone for the hospital', () => {
    expect(entryOf(board('東院區')).doctor.hospital).not.toBe('東院區');
  });
});
