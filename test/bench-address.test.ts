import { describe, expect, it } from 'vitest';
import { addressedKey, baseOf } from '../bench/genre/address.js';
import type { Expected, ExpectedItem } from '../bench/genre/family.js';

/** bench/genre/eval.ts --addressed: the key says what a crawl of the page, fetched from its address, should output. */

const item = (url: string): ExpectedItem => ({ question: '头痛怎么办', paragraphs: [], format: 'unknown', date: null, url });
const key = (...urls: string[]): Expected => ({
  question: '头痛吃什么药',
  doctor: { name: null, title: null, department: null, hospital: null, hospital_grade: null },
  paragraphs: ['多休息。'],
  date: null,
  format: 'unknown',
  related: urls.map(item),
});
const page = (head: string) => Buffer.from(`<!DOCTYPE html><html><head>${head}</head><body><p>正文</p></body></html>`, 'utf8');
const address = 'https://www.site.example/info/1023/100.htm';

describe('--addressed answer keys', () => {
  it('resolve a link keyed as written against the address where the page names none of its own', () => {
    const urls = addressedKey(key('/q/1.html', 'show.asp?id=2', '../../jkjy/3.htm', '//m.site.example/q/4'), page(''), address).related.map((r) => r.url);
    expect(urls).toEqual(['https://www.site.example/q/1.html', 'https://www.site.example/info/1023/show.asp?id=2', 'https://www.site.example/jkjy/3.htm', 'https://m.site.example/q/4']);
  });

  it('leave an absolute link as keyed, and the key itself where every link is', () => {
    const absolute = key('https://www.site.example/q/1.html');
    expect(addressedKey(absolute, page(''), address)).toBe(absolute);
  });

  it('resolve against <base href>, else the canonical or og:url the page prints on its own host, else the address', () => {
    expect(baseOf(page('<base href="/wenda/" target="_blank">'), address)).toBe('https://www.site.example/wenda/');
    expect(baseOf(page('<link href="https://www.site.example/ask/9.html" rel="canonical">'), address)).toBe('https://www.site.example/ask/9.html');
    expect(baseOf(page(`<meta content='/a/b/9.html' property='og:url'>`), address)).toBe('https://www.site.example/a/b/9.html');
    expect(baseOf(page('<!-- <link rel="canonical" href="https://x.example/"> -->'), address)).toBe(address);
    // An m. page's www twin: links are followed on the host the page was fetched from.
    expect(baseOf(page('<link href="https://www.site.example/ask/9.html" rel="canonical">'), 'https://m.site.example/ask/9.html')).toBe('https://m.site.example/ask/9.html');
  });

  it("follow on the address's host a link a family keyed against a canonical twin, where the page printed only its path", () => {
    const twin = (links: string) =>
      Buffer.from(`<html><head><link rel="canonical" href="https://www.site.example/wenda/9.html"></head><body>${links}</body></html>`, 'utf8');
    const keyed = key('https://www.site.example/wenda/1.html', 'https://www.site.example/wenda/2.html');
    const onM = 'https://m.site.example/wenda/9.html';
    expect(addressedKey(keyed, twin('<a href="/wenda/1.html">a</a><a href="/wenda/2.html">b</a>'), onM).related.map((r) => r.url)).toEqual([
      'https://m.site.example/wenda/1.html',
      'https://m.site.example/wenda/2.html',
    ]);
    // Printed with its host (absolute or scheme-relative), a link goes where it says.
    expect(addressedKey(keyed, twin('<a href="https://www.site.example/wenda/1.html">a</a><a href="//www.site.example/wenda/2.html">b</a>'), onM)).toBe(keyed);
    // Fetched from the canonical's own host, nothing moves.
    expect(addressedKey(keyed, twin('<a href="/wenda/1.html">a</a>'), 'https://www.site.example/wenda/9.html')).toBe(keyed);
  });
});
