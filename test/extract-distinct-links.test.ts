import { describe, expect, it } from 'vitest';
import { distinctResolved, linkResolver } from '../src/extract/links/resolve-url.js';

/** distinctResolved is `[...new Set(hrefs.map(resolve))]`, told apart by path where it can (resolve-url.ts). */
const HREFS = [
  '/dise/1.html', 'https://www.youlai.cn/dise/1.html', '/dise/2.html', '//www.youlai.cn/dise/2.html', '/dise/1.html',
  '/a/../dise/3.html', '/dise/3.html', 'dise/4.html', '/dise/4.html', '/', 'https://www.youlai.cn', 'https://www.youlai.cn/',
  'http://www.youlai.cn/dise/1.html', 'https://www.youlai.cn:8080/dise/1.html', 'https://www.youlai.cn.evil.com/dise/1.html',
  '/dise/5.html?x=1', '/dise/5.html#top', '/dise/%E5%92%B3.html', '/dise/咳.html', '?page=2', '../up.html', 'https://other.cn/dise/1.html',
  '/Dise/1.html', '/dise//1.html', '/dise/./1.html', 'mip-youlai://x', 'https://user@www.youlai.cn/dise/1.html',
];
const BASES = ['https://www.youlai.cn/ask/0.html', 'https://www.youlai.cn', 'http://user:pw@www.youlai.cn:81/a/b.html', 'https://WWW.YOULAI.CN/ask/', 'file:///tmp/a.html', 'mip://x/y', null];

describe('distinct resolved links', () => {
  it.each(BASES)('are the Set of the resolved links, in the order first met, against %s', (base) => {
    for (const hrefs of [HREFS, [...HREFS].reverse(), HREFS.slice(5), [...HREFS.slice(3), ...HREFS.slice(0, 3)]]) {
      expect(distinctResolved(hrefs, base, linkResolver(base))).toEqual([...new Set(hrefs.map(linkResolver(base)))]);
    }
  });
});
