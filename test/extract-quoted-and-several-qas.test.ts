import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on menu entries named like related heads, quoted earlier Q&As, pages of several 问 / 答 pairs and bare linked titles under a known label.
 * What the blind split fresh-19 taught the genre reader, each rule on a small page of its own.
 */

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
  describe('a page of several 问 / 答 pairs, each signed by its own doctor (a department\'s 常见问题解答)', () => {
    const pair = (q: string, a: readonly string[], signature: string) =>
      `<tr><td><font color="#0066cc"><b>问：</b></font>${q}<br><font color="#cc3300"><b>答：</b></font>${a.join('<br>&nbsp;&nbsp;&nbsp;&nbsp;')}<br><div align="right">回答专家：&nbsp;${signature}</div><hr></td></tr>`;
    const pairs = [
      pair('膝盖疼怎么办', paragraphs, '陈思远&nbsp;主治医师&nbsp;&nbsp;骨科&nbsp;&nbsp;滨海市第一医院（三甲）'),
      pair('做核磁共振前要注意什么？', ['检查前取下身上的金属物品。', '体内有心脏起搏器的患者不能做。'], '吴建国&nbsp;主任医师&nbsp;&nbsp;骨科&nbsp;&nbsp;滨海市第一医院&nbsp;&nbsp;日期：2019-10-23'),
      pair('术后多久可以洗澡？', ['伤口拆线后两三天即可淋浴。'], '张丽华&nbsp;主治医师&nbsp;&nbsp;骨科&nbsp;&nbsp;滨海市第一医院&nbsp;&nbsp;日期：2020-03-16'),
    ].join('\n');
    const page = (heading: string) => `<table><tr><td><b>滨海市第一医院</b></td></tr><tr><td align="center"><b>${heading}</b></td></tr>${pairs}</table>`;

    it("the page's entry is the first pair, whose signature prints no day: the later pairs' answers, doctors and days are none of it", () => {
      const [entry] = read(page('骨科常见问题解答'), '骨科常见问题解答-滨海市第一医院');
      expect([entry!.question, entry!.answer_paragraphs, entry!.doctor.name, entry!.doctor.hospital_grade, entry!.date]).toEqual(['膝盖疼怎么办', paragraphs, '陈思远', '三甲', null]);
      expect(entry!.flags.includes('unsure_reading')).toBe(false);
    });

    it('so too where the title is the first question', () => {
      const [entry] = read(page('骨科常见问题解答'), '膝盖疼怎么办');
      expect([entry!.question, entry!.answer_paragraphs, entry!.doctor.name, entry!.date]).toEqual(['膝盖疼怎么办', paragraphs, '陈思远', null]);
      expect(entry!.flags.includes('unsure_reading')).toBe(false);
    });
  });

  it("a question's 问 / 答 with the asker's follow-up answered under it, not signed pair by pair, is read as before: one Q&A", () => {
    const body = `<h1>膝盖疼怎么办</h1>${card}<div>2022-03-08 回答</div><p>问：爬楼后膝盖疼两周了。</p><p>答：${paragraphs[0]}</p><p>${paragraphs[1]}</p><p>问：需要吃药吗？</p><p>答：先不用，观察一周。</p>${related}`;
    const [page] = read(body);
    expect(page!.question).toBe('膝盖疼怎么办');
    expect(page!.answer_paragraphs.slice(0, 2)).toEqual(paragraphs);
  });
  it("an item's date in brackets after its snippet is read where the snippet was cut just after an opening bracket (…（ [2022-02-14])", () => {
    const dated = (n: number, q: string, snippet: string, day: string) => `<tr><td>·<a href="/q/${n}.html">${q}</a><br><font color="#888888">${snippet}</font>&nbsp;&nbsp;[${day}]</td></tr>`;
    const list =
      `<table><tr><td><b>相关文章</b></td></tr>${dated(2, '爬楼梯膝盖疼是什么原因', '多与髌骨软化有关：（1）注意休息。（2）避免爬楼。', '2021-05-27')}` +
      `${dated(3, '膝关节积液怎么治疗', '膝关节积液常见的原因有以下几种：（1）劳损，注意休息。（', '2022-02-14')}</table>`;
    const [, ...items] = read(`<h1>膝盖疼怎么办</h1>${card}<div>2022-03-08 回答</div><div>${answer}</div>${list}`);
    expect(items.map((e) => [e.question, e.date, e.flags.includes('unsure_reading')])).toEqual([
      ['爬楼梯膝盖疼是什么原因', '2021-05-27', false],
      ['膝关节积液怎么治疗', '2022-02-14', false],
    ]);
  });
  it('a list of bare linked titles under a known label (相关文章) is read as no items, and is no list the reader missed: the page is not doubted', () => {
    const titles = ['爬楼梯膝盖疼是什么原因？', '膝关节积液怎么治疗？', '膝盖响是怎么回事？'].map((q, i) => `<tr><td>·<a href="/q/${i + 2}.html">${q}</a>&nbsp;&nbsp;[2021-05-2${i}]</td></tr>`).join('');
    const entries = read(`<h1>膝盖疼怎么办</h1>${card}<div>2022-03-08 回答</div><div>${answer}</div><table><tr><td><b>相关文章</b></td></tr>${titles}</table>`);
    expect(entries.map((e) => [e.question, e.flags.includes('unsure_reading')])).toEqual([['膝盖疼怎么办', false]]);
  });

  it('titles under a known label with lines of text between them (snippets the reader did not take) still make it doubt', () => {
    const item = (n: number, q: string) => `<li><span>[2020-05-2${n}]</span> <a href="https://www.example-yiyuan.cn/q/${n}.html">${q}</a><br />${q.replace(/[？?]$/u, '')}常见的原因有以下几种：一、劳损，注意休息。二、髌骨软化，避免爬楼。</li>`;
    const list = `<div><h3>相关文章</h3><ul>${item(2, '爬楼梯膝盖疼是什么原因？')}${item(3, '膝关节积液怎么治疗？')}</ul></div>`;
    const entries = read(`<h1>膝盖疼怎么办</h1>${card}<div>2022-03-08 回答</div><div>${answer}</div>${list}`);
    const page = entries.find((e) => e.origin === 'page')!;
    expect(entries.length === 3 || page.flags.includes('unsure_reading')).toBe(true);
  });
});
