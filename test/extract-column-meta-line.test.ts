import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { readMetaLine } from '../src/extract/dates/page-meta.js';

/**
 * A meta line under the headline opening with the column the page is filed in, a bar after it (`健康问答 ｜ 发布日期：3月14日`):
 * the column's name is where the page stands, no text, and the line is meta as its fields are, its day yearless (none read).
 * Read as text, it stood between the question and the answer as the asker's words and no answer was read.
 */

const Q = '胃胀气吃什么药比较好？';
const A = ['胃胀气多数和饮食过快、吃产气食物有关，先调整饮食习惯。', '症状明显时可以在医生指导下短期使用促胃动力药，超过两周不缓解要做胃镜检查。'];
const page = (meta: string) => `<html><head><meta charset="utf-8"><title>${Q} | 健康问答 | 康宁健康网</title></head><body>
<header><a href="/">康宁健康网</a><nav><a href="/news">资讯</a> <a href="/ask">健康问答</a></nav></header>
<main><h1>${Q}</h1><p class="meta">${meta}</p>
<div class="share"><a href="javascript:;">微信</a> <a href="javascript:;">微博</a></div>
<div class="q"><b>读者问：</b>吃完饭肚子总是胀，打嗝也多。</div>
<div class="a">${A.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div class="doc"><b>梁思远医生</b><span>消化内科 主治医师</span></div></main>
<footer>© 康宁健康网</footer></body></html>`;
const pageOf = (html: string) => entriesOf(extractOrThrow(pageRecord(html))).find((e) => e.origin === 'page');

describe('a column’s name opening the meta line under the headline', () => {
  it('reads the line as meta, the answer under it', () => {
    expect(readMetaLine('健康问答 ｜ 发布日期：3月14日').metaOnly).toBe(true);
    const entry = pageOf(page('健康问答　｜　发布日期：3月14日'))!;
    expect(entry.question).toBe(Q);
    expect(entry.answer_paragraphs).toEqual(A);
    expect(entry.date).toBeNull();
  });

  it('keeps a line of text after a bar as text', () => {
    expect(readMetaLine('健康问答 ｜ 吃完饭肚子总是胀怎么办').metaOnly).toBe(false);
  });
});
