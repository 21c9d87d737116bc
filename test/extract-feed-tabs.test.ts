import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A board's feeds of its questions set in tabs (`最新问题 | 热门问题`: a strip of labels over one panel each, the later ones
 * hidden until clicked) where nothing else on the page lists other questions: the board's list of its other Q&As, every
 * panel's links the page's related links, in the tabs' order, hidden panels too. Where the page has a list of its own
 * (相关问答), the feeds stay none. A view count beside an item in traditional script (`瀏覽 1024`) is the item's meta, no snippet.
 */

const Q = '宝宝晚上睡觉出汗多正常吗';
const A = ['宝宝睡觉出汗多大多是生理性的，和穿盖过多、室温偏高有关。', '如果伴有夜惊、枕秃、烦躁，要考虑缺钙或维生素D不足，建议到儿科检查。'];
const NEW: [string, string][] = [['/board/qa/5101', '宝宝吃奶时出汗多怎么回事？'], ['/board/qa/5102', '孩子手心出汗要看医生吗？']];
const HOT: [string, string][] = [['/board/qa/4020', '宝宝枕秃是缺钙吗？'], ['/board/qa/3977', '婴儿需要补维生素D吗？']];

const tabs = (count: (i: number) => string, hidden: string) =>
  `<div class="board-tabs"><ul class="heads"><li class="cur">最新问题</li><li>热门问题</li></ul>
<ul class="pane">${NEW.map(([u, q]) => `<li><a href="https://www.mama.example${u}">${q}</a><em>2023-01-1${u.slice(-1)}</em></li>`).join('')}</ul>
<ul class="pane" ${hidden}>${HOT.map(([u, q], i) => `<li><a href="https://www.mama.example${u}">${q}</a><em>${count(i)}</em></li>`).join('')}</ul></div>`;
const page = (after: string, head = '') =>
  `<html><head><meta charset="utf-8"><title>${Q} - 专家答疑 - 妈妈社区</title></head><body>
<div class="post"><h1>${Q}</h1><p>楼主 发表于 2023-01-08</p><p>最近天冷了，宝宝半夜头发都湿了。</p></div>
<div class="expert"><p>答疑专家：<b>方晓雯</b> 主治医师 儿科</p><p>专家回复于 2023-01-09</p>${A.map((p) => `<p>${p}</p>`).join('')}</div>
${head}${after}<div class="ft">© 妈妈社区</div></body></html>`;
const read = (html: string | Buffer) => entriesOf(extractOrThrow(pageRecord(html)));
const pageOf = (html: string | Buffer) => read(html).find((e) => e.origin === 'page')!;
const all = [...NEW, ...HOT].map(([u]) => `https://www.mama.example${u}`);

describe('a board’s question feeds set in tabs', () => {
  it('reads every panel’s links in the tabs’ order, the hidden one too', () => {
    const entry = pageOf(page(tabs((i) => `${i + 2}条回复`, 'style="display:none"')));
    expect(entry.answer_paragraphs).toEqual(A);
    expect(entry.related_urls).toEqual(all);
    expect(entry.flags).not.toContain('unsure_reading');
  });

  it('takes none of them where the page lists its own related questions', () => {
    const own = `<div class="rel"><h3>相关问答</h3><ul><li><a href="https://www.mama.example/board/qa/901">宝宝出汗多要补钙吗？</a></li><li><a href="https://www.mama.example/board/qa/902">孩子盗汗是什么原因？</a></li></ul></div>`;
    const entry = pageOf(page(tabs((i) => `${i + 2}条回复`, 'hidden'), own));
    expect(entry.related_urls).toEqual(['https://www.mama.example/board/qa/901', 'https://www.mama.example/board/qa/902']);
  });

  it('reads a traditional page’s view counts (`瀏覽 N`) as the items’ meta', () => {
    const html = page(tabs((i) => `瀏覽 ${1024 + i * 77}`, 'style="display:none"'))
      .replace('最新问题', '最新問題')
      .replace('热门问题', '熱門問題')
      .replace('<meta charset="utf-8">', '<meta charset="utf-8"><meta http-equiv="content-language" content="zh-TW">')
      .replace('最近天冷了，宝宝半夜头发都湿了。', '最近天氣變冷，寶寶半夜頭髮都濕了，請問醫師這樣正常嗎？會不會是缺鈣？');
    const entries = read(html);
    expect(entries.filter((e) => e.origin !== 'page')).toHaveLength(0);
    expect(entries.find((e) => e.origin === 'page')!.related_urls).toEqual(all);
  });
});
