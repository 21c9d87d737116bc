import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/** What the blind split fresh-19 taught the genre reader, each rule on a small page of its own. */

describe('what fresh-19 taught the reader: menus, quoted Q&As, pages of several Q&As', () => {
  const html = (body: string, title = '膝盖疼怎么办_某站') => `<html><head><title>${title}</title></head><body>${body}</body></html>`;
  const read = (body: string, title?: string) => entriesOf(extractOrThrow(pageRecord(html(body, title), { url: 'https://www.example-yiyuan.cn/q/1.html' })));
  const card = '<div>陈思远 主治医师 滨海市第一医院 三甲 骨科</div>';
  const answer = '<p>膝盖疼多与劳损有关，先减少爬楼和深蹲。</p><p>疼痛持续两周以上，请到骨科拍片检查。</p>';
  const paragraphs = ['膝盖疼多与劳损有关，先减少爬楼和深蹲。', '疼痛持续两周以上，请到骨科拍片检查。'];
  const item = (n: number, q: string) => `<li><a href="/q/${n}.html">${q}</a><p>${q.replace(/[？?]$/u, '')}多与劳损有关，注意休息，必要时就医。</p></li>`;
  const related = `<div><h3>相关问题</h3><ul>${item(2, '爬楼梯膝盖疼是什么原因')}${item(3, '膝关节积液怎么治疗')}</ul></div>`;

  it("a menu entry that is a link named like a related heading (常见问题) heads no list: the page's own list is read", () => {
    // An old CMS's department menu, every entry leading to the department's page: two entries read as a question and its snippet.
    const menu = ['科室介绍', '常见问题', '健康教育', '就诊指南'].map((m) => `<tr><td height="26">&nbsp;&nbsp;<a href="/keshi/4.html">${m}</a></td></tr>`).join('');
    const body = `<table><tr><td><table>${menu}</table></td><td><h1>膝盖疼怎么办</h1>${card}<div>回答时间：2022-03-08</div><div>${answer}</div>${related}</td></tr></table>`;
    const [page, ...items] = read(body);
    expect(page!.answer_paragraphs).toEqual(paragraphs);
    expect(items.map((e) => e.question)).toEqual(['爬楼梯膝盖疼是什么原因', '膝关节积液怎么治疗']);
  });

  it("an earlier Q&A quoted at the answer's head (引用 box, or a blockquote of 问 and 答) is none of the answer, and its day dates nothing", () => {
    const quoted = '<p>问：爬楼梯膝盖疼是什么原因</p><p>答：多与髌骨软化有关，注意休息。</p><p><span>2020-11-02</span> <a href="/q/2.html">查看原问答 ›</a></p>';
    for (const quote of [
      `<div style="border-left:3px solid #ddd"><p><b>参考之前的回答（陈思远医生的回答）：</b></p>${quoted}</div>`,
      `<blockquote><p><b>引用：</b></p>${quoted}</blockquote>`,
      `<blockquote>${quoted}</blockquote>`,
    ]) {
      const [page] = read(`<h1>膝盖疼怎么办</h1>${card}<div>2022-03-08 回答</div><div>${quote}${answer}</div>${related}`);
      expect([page!.answer_paragraphs, page!.date, page!.flags.includes('unsure_reading')]).toEqual([paragraphs, '2022-03-08', false]);
    }
  });

  it('a quote of something other than a Q&A (a guideline, no 问 line) stays the answer', () => {
    const [page] = read(`<h1>膝盖疼怎么办</h1>${card}<div>2022-03-08 回答</div><div><blockquote><p>引用：</p><p>指南建议，膝骨关节炎首选运动治疗。</p></blockquote>${answer}</div>${related}`);
    expect(page!.answer_paragraphs).toEqual(['引用：', '指南建议，膝骨关节炎首选运动治疗。', ...paragraphs]);
  });
});
