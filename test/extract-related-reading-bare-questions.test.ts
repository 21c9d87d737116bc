import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A related head (相关文章, 相关新闻, 延伸阅读; 相關新聞 on a traditional page) over questions linked by paths alone, on a page that names no address of its own
 * (no canonical, no og:url) and prints no pager: every key of the splits that reads such a list where every title asks as a whole
 * reads it as the page's related list (fresh-80, -85, -87, -90, -92, -96, -97, -98), and every key reading such a list as none
 * prints headlines among it (fresh-74, -77, -78, -81, -82). So the titles tell them apart, not the page's unknown address.
 */

const QUESTION = '产后头晕要做什么检查';
const ANSWER = ['产后头晕多与贫血、休息不足有关，可以先查血常规。', '平时注意补充含铁食物，保证睡眠。'];
const page = (list: string) => `<html><head><meta charset="utf-8"><title>${QUESTION}_健康问答</title></head><body>
<div class="top"><a href="/">首页</a> <a href="/health/">健康</a></div>
<h1>${QUESTION}</h1><div class="info">2023-05-06　来源：本报</div>
<div class="content">${ANSWER.map((p) => `<p>${p}</p>`).join('')}<p>（解答：江州市人民医院妇产科 王清玉 副主任医师）</p></div>
${list}
<div class="foot">版权所有　江州日报社</div></body></html>`;
const read = (list: string) => entriesOf(extractOrThrow(pageRecord(page(list), { url: 'saved-page.html' })));
const links = (head: string, titles: readonly string[], snippets: readonly string[] = []) =>
  `<div class="rel"><h3>${head}</h3><ul>${titles.map((t, i) => `<li><a href="/health/${1201 + i}">${t}</a>${snippets[i] ? `<p>${snippets[i]}</p>` : ''}</li>`).join('')}</ul></div>`;
const ASKING = ['孕妇总是心慌是什么病', '哺乳期心前区疼痛胸闷是怎么回事', '产后乏力严重吗？'];

describe('a related head over questions linked by paths, the page’s address unknown', () => {
  it('reads them as the page’s related links where every title asks as a whole (相关文章, 相关新闻, 延伸阅读)', () => {
    for (const head of ['相关文章', '相关新闻', '相关阅读', '延伸阅读']) {
      const [own, ...rest] = read(links(head, ASKING));
      expect([head, own!.related_urls, rest.length, own!.flags.includes('unsure_reading')]).toEqual([head, ['/health/1201', '/health/1202', '/health/1203'], 0, false]);
    }
  });

  it('leaves them unread where a headline stands among them, as a portal’s articles do; doubted where it asks before its news', () => {
    const [asking] = read(links('相关文章', [...ASKING.slice(0, 2), '长期失眠怎么办？专家拆解五大迷思']));
    expect([asking!.related_urls, asking!.flags.includes('unsure_reading')]).toEqual([[], true]);
    const [headline] = read(links('相关文章', [...ASKING.slice(0, 2), '专家提醒：换季谨防呼吸道感染']));
    expect(headline!.related_urls).toEqual([]);
  });

  it('reads further reading (延伸阅读) of questions each with its excerpt beside the link as the related list', () => {
    const snippets = ['心慌多与贫血、甲状腺功能有关，可以先完善检查。', '胸闷需要结合心电图来看，必要时复查。', '产后乏力多与休息不足有关，注意营养。'];
    const [own, ...related] = read(links('延伸阅读', ASKING, snippets));
    expect(related.map((e) => [e.question, e.answer_paragraphs])).toEqual(ASKING.map((q, i) => [q, [snippets[i]]]));
    expect(own!.flags.includes('unsure_reading')).toBe(false);
  });

  it('keeps those links where an issue’s contents it cannot place follow them (本期目录)', () => {
    const contents = `<div class="toc"><h3>本期目录</h3><ul><li><a href="https://www.example-qikan.cn/article/7.html">夏日饮食宜清淡</a></li><li><a href="https://www.example-qikan.cn/article/7.html">一图读懂家庭急救</a></li><li><a href="https://www.example-qikan.cn/article/8.html">体检报告怎么看</a></li></ul></div>`;
    const [own] = read(links('相关文章', ASKING) + contents);
    expect(own!.related_urls).toEqual(['/health/1201', '/health/1202', '/health/1203']);
  });
});
