import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A hospital's WeChat article mirrored on its site: a headline that asks nothing (`缺铁性贫血｜这些问题，专家来解答`) over the
 * reader's question under `Q：` and the answer under `A：`, a 腾讯视频 player framed lazily (`<iframe data-src="…v.qq.com/iframe/
 * preview.html…">`), and the column's other questions linked in a side box headed by the column's name (专家答疑). The question is
 * the one printed under Q： (retitled-question.ts), the frame a film (html-lines.ts), the side box the related links
 * (related-list.ts). What the blind split fresh-79 taught.
 */

const read = (html: string, url = 'file:///saved/article.html') => entriesOf(extractOrThrow(pageRecord(html, { url }))).find((e) => e.origin === 'page')!;
const ANSWER = ['孩子脸色苍白的处理要根据病情轻重来决定：', '（1）缺铁性贫血，需要在医生指导下补充铁剂，同时多吃红肉和动物肝脏。', '如果症状持续不缓解，应尽快到儿科就诊。'];
const QUESTION = '小孩脸色苍白是怎么回事';
const RELATED = ['宝宝乏力怎么办', '孩子头晕是怎么回事', '小孩贫血吃什么好'];
const FRAME = '<iframe class="video_iframe" data-src="https://v.qq.com/iframe/preview.html?vid=x0033abcdef" allowfullscreen frameborder="0"></iframe>';
const page = ({ headline = '缺铁性贫血｜这些问题，鼓楼专家来解答', player = '', side = '专家答疑', hrefs = (i: number) => `/news/wx/${300 + i}.html`, titles = RELATED } = {}) => `<html><head><title>${headline}-江州鼓楼医院</title></head><body>
<div class="head"><a href="/">江州鼓楼医院</a> <a href="/news/">新闻中心</a></div>
<div class="main"><div class="l"><div class="rich_media_area_primary"><h1 class="rich_media_title">${headline}</h1>
<div class="wx-src">来源：江州鼓楼医院微信公众号　发布时间：2023-05-06</div>
<div id="js_content"><section><p>近日，不少网友在后台留言询问贫血的相关问题，我们邀请了医院专家进行解答。</p></section>
<section><p>答疑专家：李红　江州鼓楼医院儿科 主任医师</p></section>
<section><p><strong>Q：</strong>${QUESTION}</p></section>
<section><p><strong>A：</strong></p>${player}${ANSWER.map((p) => `<p><span>${p}</span></p>`).join('')}</section>
<section><p>编辑：王伟</p></section></div></div></div>
<div class="r"><div class="side"><h3>${side}</h3><ul>${titles.map((t, i) => `<li><a href="${hrefs(i)}">${t}</a></li>`).join('\n')}</ul></div></div></div>
</body></html>`;

describe('a hospital’s WeChat Q&A article', () => {
  it('a headline that asks nothing over `Q：question`: the question is the printed one', () => {
    const own = read(page());
    expect(own.question).toBe(QUESTION);
    expect(own.doctor).toMatchObject({ name: '李红', title: '主任医师', department: '儿科', hospital: '江州鼓楼医院' });
    expect(own.answer_paragraphs).toEqual(ANSWER);
  });

  it('a headline that asks a question itself stays the question', () => {
    const own = read(page({ headline: '孩子脸色苍白要紧吗？' }));
    expect(own.question).toBe('孩子脸色苍白要紧吗？');
  });

  it('a 腾讯视频 frame keeping its address in data-src (WeChat’s lazy video_iframe) is a film: a video answer', () => {
    expect(read(page({ player: FRAME })).format).toBe('video');
    expect(read(page({ player: '<iframe data-src="https://v.qq.com/x/cover/abc.html"></iframe>' })).format).toBe('unknown');
  });

  it('the column’s name (专家答疑) over questions linked on the site: the page’s related links, undoubted', () => {
    const own = read(page());
    expect(own.related_urls).toEqual(RELATED.map((_, i) => `/news/wx/${300 + i}.html`));
    expect(own.flags).not.toContain('unsure_reading');
  });

  it('the column’s name over answered items (a landing page’s own Q&A under it) is passed over: no related list, no reading list doubted', () => {
    const html = page().replace(/<li><a href="([^"]+)">([^<]+)<\/a><\/li>/gu, '<li><a href="$1">$2</a><p>医生答：这种情况多与饮食有关，建议清淡饮食，必要时到医院就诊。</p></li>');
    const drafts = extractOrThrow(pageRecord(html, { url: 'file:///saved/article.html' })).entries;
    expect(drafts.map((d) => d.origin)).toEqual(['page']);
    expect(drafts[0]!.relatedUrls).toEqual([]);
    expect((drafts[0]!.doubts ?? []).join(' ')).not.toContain('reading list');
  });

  it('the column’s name over links that ask nothing, or over another host’s pages, gives no related links', () => {
    expect(read(page({ titles: ['医院新院区开诊', '专家门诊时间调整', '夏季体检安排'] })).related_urls).toEqual([]);
    expect(read(page({ hrefs: (i) => `https://www.other-${i}.com/q/${i}.html` })).related_urls).toEqual([]);
  });
});
