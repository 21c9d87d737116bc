import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A page read from its address (as a crawl reads it) whose related label (相关文章, 相关新闻) heads bare linked questions on
 * the page's own host: its related links, wherever the site keeps them (an id in the query, each in its own dated folder).
 * Once the address is known the list is no longer doubted as unplaced: taken, not dropped unflagged. A site's own feed
 * under a head that says nothing of relation (最新文章) stays none of the page's related links.
 */

const own = (html: string, url: string) => entriesOf(extractOrThrow(pageRecord(html, { url }))).find((e) => e.question === '小孩夜里总是做梦挂什么科？')!;

const page = (head: string, links: string[], pager = '') => `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>【专家答疑】小孩夜里总是做梦挂什么科？-青川市妇幼保健院</title></head><body>
<header><nav><a href="/">首页</a><a href="/?about/">医院概况</a><a href="/?zjdy/">专家答疑</a></nav></header>
<div class="main"><div class="main-left">
<h1>【专家答疑】小孩夜里总是做梦挂什么科？</h1>
<div class="info"><span>发布时间：2022-05-31</span><span>浏览次数：1553</span></div>
<div class="content"><p><strong>问：</strong>小孩夜里总是做梦挂什么科？</p>
<p><strong>答：</strong>可以先观察一段时间，多梦如果伴有入睡困难或者持续加重，要及时到儿科或神经内科就诊查明原因。</p>
<p>解答专家：神经内科 邵霞平 主治医师</p></div>
${pager}
<div class="list"><h3>${head}</h3><ul>${links.map((href, i) => `<li><a href="${href}">${['得了失眠能治好吗', '年轻人焦虑症怎么治疗效果好', '产后入睡困难还早醒怎么回事？'][i]}</a><span>2020-0${i + 1}-08</span></li>`).join('\n')}</ul></div>
</div></div>
<footer><p>Copyright © 2022 青川市妇幼保健院 版权所有</p></footer>
</body></html>`;

describe("a related list on the page's own site, the page read from its address", () => {
  it('takes questions whose id is in the query (`/?zjdy/N.html`) under 相关文章, beside its pager, as the related links', () => {
    const links = ['http://www.qcfy-example.cn/?zjdy/20411.html', 'http://www.qcfy-example.cn/?zjdy/20469.html', 'http://www.qcfy-example.cn/?zjdy/20425.html'];
    const pager = '<div class="pager"><p>上一条：<a href="/?zjdy/20417.html">失眠吃什么好？</a></p><p>下一条：<a href="/?zjdy/20419.html">失眠挂什么科？</a></p></div>';
    const entry = own(page('相关文章', links, pager), 'http://www.qcfy-example.cn/?zjdy/20418.html');
    expect(entry.related_urls).toEqual(links);
    expect(entry.flags).not.toContain('unsure_reading');
  });

  it('takes an ASP site\'s `ShowArticle.asp?ArticleID=N`, written relative, as its siblings', () => {
    const links = ['ShowArticle.asp?ArticleID=5511', 'ShowArticle.asp?ArticleID=5488', 'ShowArticle.asp?ArticleID=5579'];
    const entry = own(page('相关文章', links), 'http://www.kepu-example.com/Article/ShowArticle.asp?ArticleID=5518');
    expect(entry.related_urls).toEqual(links.map((l) => `http://www.kepu-example.com/Article/${l}`));
  });

  it('takes questions each in its own dated folder (`/health/YYYYMMDD/<hex>/c.html`) under 相关新闻, on the page\'s host', () => {
    const links = ['/health/20190115/fff67ca6/c.html', '/health/20201001/b54356cc/c.html', '/health/20220522/28ae3915/c.html'];
    const entry = own(page('相关新闻', links), 'http://www.xw-example.cn/health/20210301/ab12cd34/c.html');
    expect(entry.related_urls).toEqual(links.map((l) => `http://www.xw-example.cn${l}`));
  });

  it("does not read the site's own feed under a head that says nothing of relation (最新文章) as related", () => {
    const links = ['/health/20190115/fff67ca6/c.html', '/health/20201001/b54356cc/c.html', '/health/20220522/28ae3915/c.html'];
    expect(own(page('最新文章', links), 'http://www.xw-example.cn/health/20210301/ab12cd34/c.html').related_urls).toEqual([]);
    expect(own(page('最新文章', links.map((l, i) => `/?zjdy/2041${i}.html`)), 'http://www.qcfy-example.cn/?zjdy/20418.html').related_urls).toEqual([]);
  });

  it('does not take a 相关新闻 list on another host than the page\'s, its address known', () => {
    const links = ['http://news.portal-example.com/health/20190115/fff67ca6/c.html', 'http://news.portal-example.com/health/20201001/b54356cc/c.html', 'http://news.portal-example.com/health/20220522/28ae3915/c.html'];
    expect(own(page('相关新闻', links), 'http://www.xw-example.cn/health/20210301/ab12cd34/c.html').related_urls).toEqual([]);
  });
});
