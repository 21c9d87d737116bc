import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A portal's question page (its address `/q/N.html`) with a 相关文章 box of the site's articles (`/art/N.html`) and no list of
 * its own questions: a head naming articles over links into another named section of the site is that section's articles,
 * none of the page's related links. Links into the page's own section (`/q/N.html`) under the same head are.
 */

const own = (html: string, url: string) => entriesOf(extractOrThrow(pageRecord(html, { url }))).find((e) => e.origin === 'page')!;

const page = (head: string, links: string[]) => `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>宝宝湿疹反复发作怎么办_健康门户</title></head><body>
<div class="nav"><a href="/">首页</a><a href="/q/">问答</a><a href="/art/">文章</a></div>
<div class="main"><h1>宝宝湿疹反复发作怎么办</h1><p>2023-05-06 14:22</p>
<div class="card"><b>刘建国</b> <i>主任医师</i> <i>皮肤科</i><br><i>江州市人民医院</i> <i>三甲</i></div>
<div class="answer"><p>湿疹反复发作多与皮肤屏障受损有关，平时要注意保湿，洗澡水温不要过高。</p><p>如果瘙痒明显或者出现渗出，要及时到皮肤科就诊，在医生指导下用药。</p></div>
<div class="box"><h3>${head}</h3><ul>${links.map((href, i) => `<li><a href="${href}">${['春季养生要注意什么', '如何科学补钙'][i]}</a></li>`).join('')}</ul></div>
</div></body></html>`;

describe('a 相关文章 box leading into another section of the site than the page’s own', () => {
  it('is that section’s articles: none of the page’s related links', () => {
    const entry = own(page('相关文章', ['/art/1.html', '/art/2.html']), 'https://www.jiankang-example.com/q/130880.html');
    expect(entry.related_urls).toEqual([]);
  });

  it('leading deeper into another section (a channel’s dated folders: `/health/20230506/<hex>/c.html`), is not told so: taken', () => {
    const links = ['/health/20220109/669a6643/c.html', '/health/20220721/f9ebd6fe/c.html'];
    const entry = own(page('相关新闻', links), 'https://www.jiankang-example.com/qa/archive/130880.html');
    expect(entry.related_urls).toEqual(links.map((l) => `https://www.jiankang-example.com${l}`));
  });

  it('leading into the page’s own section, is its related links', () => {
    const entry = own(page('相关文章', ['/q/130861.html', '/q/130874.html']), 'https://www.jiankang-example.com/q/130880.html');
    expect(entry.related_urls).toEqual(['https://www.jiankang-example.com/q/130861.html', 'https://www.jiankang-example.com/q/130874.html']);
  });
});
