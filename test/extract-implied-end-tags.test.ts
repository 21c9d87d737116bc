import { describe, expect, it } from 'vitest';
import { parseHtml } from '../src/extract/tree/parse-html.js';
import { extractOrThrow, entriesOf, pageRecord } from './helpers/pages.js';
import type { Element } from 'domhandler';

/**
 * HTML lets `</li>`, `</dd>`, `</dt>` and `</p>` go unwritten; a browser closes them at the next
 * item or block. A page that leaves them out must read as the same page with them written.
 */

const tree = (html: string) => {
  const parsed = parseHtml(html);
  if (!parsed.ok) throw new Error('too deep');
  return parsed.document;
};
/** Tag names of an element's children, with their own children where they have elements. */
function shape(el: { children: unknown[] }): string {
  return (el.children as Element[])
    .filter((c) => c.type === 'tag')
    .map((c) => (c.children.some((k) => k.type === 'tag') ? `${c.name}(${shape(c)})` : c.name))
    .join(' ');
}
const list = (html: string) => shape(tree(html).children.find((c) => c.type === 'tag') as Element);

describe('end tags left out, closed where a browser closes them', () => {
  it('an item whose </li> is left out ends at the next <li>, whatever is still open inside it', () => {
    expect(list('<ul><li><a>问一</a><p>答一<span>2023-05-06</span><li><a>问二</a><p>答二<li><a>问三</a></ul>')).toBe('li(a p(span)) li(a p) li(a)');
    // A list nested in an item is still nested: its items close at its own end, not the outer item.
    expect(list('<ul><li>一<ul><li>甲<li>乙</ul><li>二</ul>')).toBe('li(ul(li li)) li');
  });

  it('<dd>/<dt> close at the next one, <p> at the next block; a page that closes everything is left as it is', () => {
    expect(list('<dl><dt>医生<dd><span>王清玉<dt>医院<dd><b>福建省人民医院</dl>')).toBe('dt dd(span) dt dd(b)');
    expect(list('<div><p>第一段<span>强调<div>第二块</div></div>')).toBe('p(span) div');
    expect(list('<ul><li><p>答一</p><span>a</span></li><li>二</li></ul>')).toBe('li(p span) li');
  });

  it('a <p> started inside an inline element of the open <p> keeps what follows that element\'s end tag, as a browser does', () => {
    // `<p>一<b>二<p>三</b>四<p>五`: the second paragraph reads 三四, not 三 with 四 as a line of its own.
    const doc = tree('<div><p>一<b>二<p>三</b>四<p>五</div>');
    const paragraphs = (doc.children[0] as Element).children.filter((c): c is Element => c.type === 'tag');
    const text = (el: Element): string => el.children.map((c) => (c.type === 'text' ? (c as unknown as { data: string }).data : text(c as Element))).join('');
    expect(paragraphs.map((p) => [p.name, text(p)])).toEqual([['p', '一二'], ['p', '三四'], ['p', '五']]);
    // A block after it still ends it.
    expect(list('<div><p>一<b>二<p>三</b>四<div>块</div></div>')).toBe('p(b) p div');
  });

  it('a cell closes at the next cell, a row at the next row, within their own table', () => {
    expect(list('<table><tr><td><span>医生<td><b>王清玉<tr><td><span>医院<td>福建省人民医院</table>')).toBe('tr(td(span) td(b)) tr(td(span) td)');
    expect(list('<table><tr><td><table><tr><td>甲<td>乙</table><td>二</table>')).toBe('tr(td(table(tr(td td))) td)');
  });

  it('a related list whose items leave out </li> and </p> gives every item, as the same list written out', () => {
    const items = [1, 2, 3, 4].map((i) => ({ q: `膝盖疼问题${i}是怎么回事`, a: `膝盖疼可能与关节劳损有关，第${i}种情况建议休息观察…`, d: `2023-05-0${i}` }));
    const page = (closed: boolean) => `<!DOCTYPE html><html><head><title>老人上下楼膝盖疼是怎么回事</title></head><body>
      <h1>老人上下楼膝盖疼是怎么回事</h1>
      <div class="doc"><span>王清玉</span> <span>副主任医师</span> <span>骨科</span> <span>福建省人民医院</span> <span>三甲</span></div>
      <div class="ans"><p>膝盖疼可能是膝关节受到刺激引起，注意休息。</p><p>如果伴有肿胀，建议到医院骨科做膝关节X线检查。</p></div>
      <h3>相关问答</h3><ul>${items
        .map((it, i) => `<li><a href="/ask/${i + 10}.html">${it.q}</a> <span>${it.d}</span><p>${it.a}${closed ? '</p></li>' : ''}`)
        .join('\n')}</ul></body></html>`;
    const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html))).map((e) => [e.origin, e.question, e.answer, e.date]);
    const written = read(page(true));
    expect(written.filter(([origin]) => origin === 'related')).toHaveLength(4);
    expect(read(page(false))).toEqual(written);
  });
});
