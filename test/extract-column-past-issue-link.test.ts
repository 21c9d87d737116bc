import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A newspaper column's site page with a link to a past issue above the article (`往期回顾`: `生命时报 2023-04-29 第1533期 第5版`):
 * another issue's line, not this article's; the article's own line (`2023-05-06 11:15:12　来源：生命时报`) dates it. Only the page's
 * own issue line (`生命时报 2022-03-12 第1534期 第5版`, no link) gives the day. Before this mend the past issue's day was
 * read as the column's, silently.
 */
const page = (side: string, info = '2023-05-06 11:15:12　来源：生命时报　作者：生命时报') =>
  `<html><head><meta charset="utf-8"><title>年轻人恶心呕吐吃什么药好_专家答疑</title></head><body>` +
  `<div class="nav"><a href="/">首页</a> <a href="/zjdy/">专家答疑</a></div>${side}` +
  `<div class="article"><div class="tit"><h1>年轻人恶心呕吐吃什么药好</h1><p class="info">${info}</p></div><div class="content">` +
  `<p><strong>江州读者赵女士问：</strong>年轻人恶心呕吐吃什么药好？请问需要做什么检查？</p>` +
  `<p><strong>江州市中西医结合医院感染性疾病科副主任医师欧阳文答：</strong>恶心呕吐多数与胃肠炎有关，注意休息、多喝温水。</p>` +
  `<p>一般几天就能缓解，不缓解再就诊。</p><p class="editor">（责任编辑：张志强）</p></div></div></body></html>`;
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://www.example-paper.cn/zjdy/1.html' }))).find((e) => e.origin === 'page')!;

describe('a past issue’s link above a column', () => {
  it('dates nothing: the article’s own line does', () => {
    for (const side of [
      '<div class="side"><h3>往期回顾</h3><ul><li><a href="/epaper/1533/5.html">生命时报 2023-04-29 第1533期 第5版</a></li></ul></div>',
      '<div class="side"><h3>往期回顾</h3><p><a href="/epaper/1533/5.html">生命时报 2023-04-29 第1533期 第5版</a></p></div>',
    ]) {
      const own = read(page(side));
      expect(own.date).toBe('2023-05-06');
      expect(own.doctor.name).toBe('欧阳文');
    }
  });

  it('the page’s own issue line still dates it', () => {
    expect(read(page('', '生命时报 2022-03-12 第1534期 第5版')).date).toBe('2022-03-12');
  });
});
