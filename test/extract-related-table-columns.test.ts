import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A related list printed as a table with a head row: a row's linked question is the item; the cells under a head naming
 * the item's department, hospital or counts (所属科室, 回答数) are columns, none of its snippet.
 */

const Q = '孩子反复低烧一周是怎么回事';
const A = ['反复低烧一周常见的原因有以下几种：', '一、病毒感染后的恢复期，体温会有波动，注意多喝水、适当休息。', '二、如果伴有咳嗽或精神差，应及时到儿科就诊，查血常规明确原因。'];
const ROWS: [string, string, string, string, string][] = [
  ['/ask/50121.html', '小孩低烧不退怎么办？', '小儿内科', '陈秀英', '12'],
  ['/ask/50122.html', '宝宝低烧需要吃药吗', '儿科', '李卫东', '3'],
  ['/ask/50123.html', '低烧一周要做什么检查？', '感染科', '王桂兰', '7'],
];

const page = (heads: string[]) =>
  `<html><head><meta charset="utf-8"><title>${Q}_问医生</title></head><body>` +
  `<div class="qa"><h1>${Q}</h1><p class="desc">孩子五岁，晚上体温37.6度左右，白天正常。</p>` +
  `<div class="doc">回答医生：周丽萍 主治医师 北岸市儿童医院 儿科</div>` +
  `<div class="ans">${A.map((p) => `<p>${p}</p>`).join('')}</div><p class="time">回答时间：2022-09-14</p></div>` +
  `<div class="more"><h3>相关问答</h3><table><thead><tr>${heads.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>` +
  ROWS.map(([href, q, dept, doc, n]) => `<tr><td><a href="${href}">${q}</a></td><td>${dept}</td><td>${doc}</td><td>${n}</td></tr>`).join('\n') +
  `</tbody></table></div><div class="foot">版权所有</div></body></html>`;

describe('a related list as a table with columns', () => {
  it('takes each row’s linked question, and none of its 科室 or count cells as its answer', () => {
    const extraction = extractOrThrow(pageRecord(page(['标题', '所属科室', '回答医生', '回答数']), { url: 'https://www.wenyi.example/ask/50120.html' }));
    const entries = entriesOf(extraction);
    const own = entries.find((e) => e.origin === 'page')!;
    expect(own.question).toBe(Q);
    // No row is read as an answered item with its department for an answer.
    expect(entries.filter((e) => e.origin !== 'page')).toEqual([]);
    expect(own.related_urls).toEqual(ROWS.map(([href]) => `https://www.wenyi.example${href}`));
  });
});
