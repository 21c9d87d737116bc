import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * Two lists after the answer, as real sites print them. A forum's 相关帖子 marks each linked question with a bullet (`• `): on
 * a GBK page the bullet has no character and is printed `?` — a marker, none of a snippet, so the items are bare links. A
 * campus clinic's side list under its column's name (`健康咨询`) prints each linked question with its day run in
 * (`<a>…</a><span>2022-08-28</span>`, or `06-21`): two such are a list of questions the reader does not take, doubted, not
 * passed over. What the blind split fresh-80 taught.
 */

const QUESTION = '产后腰椎间盘突出的症状有哪些？';
const ANSWER = ['关于腰椎间盘突出，可以从以下几个方面来考虑：', '1.腰痛持续7天以上的，多数在7到10天内逐渐缓解，不要长期自行服用消炎止痛药。', '2.腰痛反复发作6次以上，饮食以清淡、易消化为主，症状加重时要及时复诊。'];
const page = (after: string, charset = 'utf-8') => `<html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}" /><title>${QUESTION} - 专家答疑</title></head><body>
<h1>${QUESTION}</h1>
<div class="doc"><p>马怡 副主任医师</p><p>北岸市人民医院 骨科</p></div>
<div class="answer">${ANSWER.map((p) => `<p>${p}</p>`).join('\n')}</div>
${after}
</body></html>`;
const read = (html: string | Buffer) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://bbs.example-forum.cn/thread-111120-1-1.html' })));

describe('a list marker before a related item’s link', () => {
  const items = ['腰痛怎么办', '经期腿麻要做什么检查', '小孩腰椎间盘突出要做手术吗'];
  const list = (marker: string) => `<div><h3>相关帖子</h3><ul>${items.map((q, i) => `<li>${marker} <a href="thread-11112${i}-1-1.html" title="${q}">${q}</a></li>`).join('\n')}</ul></div>`;

  it('a bullet printed `?` by a GBK page, or `•`, is none of a snippet: the items are the page’s related links, no entries', () => {
    for (const [html, charset] of [[page(list('•'), 'gbk'), 'gbk'], [page(list('•')), 'utf-8']] as const) {
      const entries = read(charset === 'gbk' ? iconv.encode(html, 'gbk') : html);
      expect(entries).toHaveLength(1);
      expect(entries[0]!.related_urls).toEqual(items.map((_, i) => `https://bbs.example-forum.cn/thread-11112${i}-1-1.html`));
    }
  });

  it('a question mark that ends a badge’s words, no marker, is left to the snippet’s reading', () => {
    // (A `?` glued to words before the link is no bullet: the line is read as before.)
    const glued = `<div><h3>相关帖子</h3><ul>${items.map((q, i) => `<li>真的吗? <a href="thread-11112${i}-1-1.html">${q}</a></li>`).join('\n')}</ul></div>`;
    expect(read(page(glued)).filter((e) => e.origin === 'related').length).toBeGreaterThan(0);
  });
});

describe('a side list of linked questions with their days run in', () => {
  const side = (days: readonly string[], titles = ['年轻人支气管炎需要注意什么', '哺乳期低热挂什么科']) =>
    `<div class="right"><div class="side"><h3>健康咨询</h3><ul>${titles.map((q, i) => `<li><a href="../../info/1023/11690${i}.htm" title="${q}">${q}</a><span>${days[i]}</span></li>`).join('\n')}</ul></div></div>`;

  it('two linked questions, each with its whole or yearless day run in, are doubted as a list not taken', () => {
    for (const days of [['2022-08-28', '2021-01-03'], ['08-28', '01-03']]) {
      const own = read(page(side(days)))[0]!;
      expect(own.flags).toContain('unsure_reading');
    }
  });

  it('titles that ask nothing, or one question alone, are no such list', () => {
    expect(read(page(side(['08-28', '01-03'], ['新生入学体检安排', '流感疫苗接种通知'])))[0]!.flags).not.toContain('unsure_reading');
    expect(read(page(side(['2022-08-28'], ['年轻人支气管炎需要注意什么'])))[0]!.flags).not.toContain('unsure_reading');
  });
});
