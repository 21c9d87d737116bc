import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on related items a script links, paywalls that blur the rest, a doctor's column on a video site and trap items moved off the screen.
 * What the blind split fresh-39 taught the genre reader, each rule on a small page of its own.
 */

const URL = 'https://www.example-wenyi.cn/wenda/305.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const page = (related: string) =>
  `<html><head><title>孩子夜里磨牙怎么办-问医网</title></head><body><main><h1>孩子夜里磨牙怎么办</h1>` +
  `<div><span>林晓</span> 主治医师 口腔科 西川市妇幼保健院</div><div>2023-04-02 回答</div>` +
  `<div><p>孩子夜里磨牙多与睡前兴奋、牙齿替换有关，先让孩子睡前放松。</p><p>磨牙持续半年以上或牙齿磨损明显，请到口腔科检查。</p></div></main>` +
  `<section><h3>相关问题</h3><ul>${related}</ul></section></body></html>`;

describe('related items a script links (an href that leads nowhere, the address in the code)', () => {
  const items = [
    ['/wenda/311.html', '孩子磨牙是缺钙吗', '缺钙不是磨牙的常见原因，不必自行补钙。'],
    ['/wenda/312.html', '磨牙需要戴牙套吗', '成人长期磨牙可以戴咬合垫，儿童一般观察即可。'],
    ['/wenda/313.html', '孩子磨牙和蛔虫有关吗', '蛔虫与磨牙关系不大，有腹痛消瘦再查大便。'],
  ] as const;
  const linked = (link: (path: string, question: string) => string) => items.map(([path, q, s]) => `<li>${link(path, q)}<p>${s}</p></li>`).join('');
  const ways: Record<string, (path: string, question: string) => string> = {
    'onclick assigning location.href': (p, q) => `<a href="javascript:void(0)" onclick="location.href='${p}'">${q}</a>`,
    'javascript: href opening a window': (p, q) => `<a href="javascript:window.open('${p}','_blank')">${q}</a>`,
    'a span whose onclick sets window.location': (p, q) => `<span style="cursor:pointer" onclick="window.location.href = &quot;${p}&quot;; return false;">${q}</span>`,
    'a site’s own function called with the address': (p, q) => `<a href="#" onclick="gotoDetail('${p}')">${q}</a>`,
  };
  for (const [way, link] of Object.entries(ways)) {
    it(`reads each item at the address its click opens: ${way}`, () => {
      const related = read(page(linked(link))).filter((e) => e.origin === 'related');
      expect(related.map((e) => [e.question, e.url])).toEqual(items.map(([p, q]) => [q, `https://www.example-wenyi.cn${p}`]));
      expect(related.map((e) => e.answer_paragraphs)).toEqual(items.map(([, , s]) => [s]));
    });
  }

  it('takes no address from code that names none plainly (a variable, a tracking call beside a real href)', () => {
    const related = read(
      page(
        `<li><a href="javascript:void(0)" onclick="location.href=base+'311.html'">孩子磨牙是缺钙吗</a><p>${items[0][2]}</p></li>` +
          `<li><a href="/wenda/312.html" onclick="track('/stat/click')">磨牙需要戴牙套吗</a><p>${items[1][2]}</p></li>` +
          `<li><a href="/wenda/313.html">孩子磨牙和蛔虫有关吗</a><p>${items[2][2]}</p></li>`,
      ),
    ).filter((e) => e.origin === 'related');
    expect(related.map((e) => e.url)).toEqual(['https://www.example-wenyi.cn/wenda/312.html', 'https://www.example-wenyi.cn/wenda/313.html']);
  });
});

describe('a paid answer’s rest drawn unreadable under its paywall', () => {
  const CLEAR = ['孩子夜里磨牙多与睡前兴奋、牙齿替换有关，先让孩子睡前放松。'];
  const REST = '<p>磨牙持续半年以上或牙齿磨损明显，请到口腔科检查。</p><p>必要时可以佩戴夜间咬合垫，保护牙齿。</p>';
  const paid = (rest: string, head = '') =>
    `<html><head><title>孩子夜里磨牙怎么办-问医网</title>${head}</head><body><main><h1>孩子夜里磨牙怎么办</h1>` +
    `<div><span>林晓</span> 主治医师 口腔科 西川市妇幼保健院</div><div>2023-04-02 回答</div>` +
    `<div><p>${CLEAR[0]}</p><div>${rest}<div class="wall"><p>还有 46 字未显示</p><button>￥3 解锁全部回答</button> <a href="/vip">开通会员免费看</a></div></div></div></main></body></html>`;

  const ways: Record<string, [string, string?]> = {
    'an inline blur': [`<div style="filter: blur(6px); user-select: none">${REST}</div>`],
    'a class the page’s sheet blurs': [`<section class="paid-rest">${REST}</section>`, '<style>.paid-rest { -webkit-filter: blur(0.4em); filter: blur(0.4em) }</style>'],
    'glyphs in no colour under a blurred shadow': [`<div style="color: rgba(0,0,0,0); text-shadow: 0 0 6px #999">${REST}</div>`],
  };
  for (const [way, [rest, head]] of Object.entries(ways)) {
    it(`reads the clear paragraphs alone, no prompt, no price: ${way}`, () => {
      const own = read(paid(rest, head)).find((e) => e.origin === 'page')!;
      expect(own.answer_paragraphs).toEqual(CLEAR);
      expect(own.date).toBe('2023-04-02');
    });
  }

  it('reads text a style leaves legible: a slight blur, a backdrop’s blur, a sharp shadow', () => {
    for (const style of ['filter: blur(1px)', 'backdrop-filter: blur(8px)', 'color: transparent; text-shadow: 0 0 0 #333']) {
      const own = read(paid(`<div style="${style}">${REST}</div>`)).find((e) => e.origin === 'page')!;
      expect(own.answer_paragraphs).toEqual([...CLEAR, '磨牙持续半年以上或牙齿磨损明显，请到口腔科检查。', '必要时可以佩戴夜间咬合垫，保护牙齿。']);
    }
  });
});

describe('a doctor’s column on a video site: the account is the card, its counters and comments none of the answer', () => {
  const column = (nickname: string, verified: string, stamp: string) =>
    `<html><head><title>孩子夜里磨牙怎么办 - 专栏</title></head><body><nav><a href="/read/">专栏</a> · <a href="/read/health">健康</a></nav>` +
    `<h1>孩子夜里磨牙怎么办</h1><div><span>${stamp}</span> <span>阅读 3021</span></div>` +
    `<div><img src="/face/1.jpg" alt=""><a href="/space/88">${nickname}</a> <span>粉丝 3.2万</span> <button>+ 关注</button><p><i></i>${verified}</p></div>` +
    `<div><p>孩子夜里磨牙多与睡前兴奋、牙齿替换有关，先让孩子睡前放松。</p><p>磨牙持续半年以上或牙齿磨损明显，请到口腔科检查。</p></div>` +
    `<div><a href="/tag/1">#健康科普</a> <a href="/tag/2">#磨牙</a></div><div><span>点赞 812</span> <span>投币 96</span> <span>收藏 230</span> <span>分享</span></div>` +
    `<section><h3>评论 41</h3><div><b>豆豆妈</b><p>我家孩子也是这样</p><span>2023-04-09 21:10</span></div><div><b>${nickname}</b> <em>UP主</em><p>可以先观察一段时间。</p><span>2023-04-10</span></div></section></body></html>`;

  it('reads the name from the nickname and the rest from the verification line, whatever the nickname’s shape', () => {
    for (const [nickname, verified] of [
      ['林晓医生', '认证：西川市妇幼保健院口腔科主治医师'],
      ['口腔科林晓医生', 'UP主认证：西川市妇幼保健院 口腔科 主治医师'],
      ['医生林晓', 'bilibili UP主认证：西川市妇幼保健院口腔科主治医师'],
    ]) {
      const own = read(column(nickname!, verified!, 'cv208811 2023-04-02 08:15')).find((e) => e.origin === 'page')!;
      expect(own.doctor).toMatchObject({ name: '林晓', title: '主治医师', department: '口腔科', hospital: '西川市妇幼保健院' });
      expect(own.answer_paragraphs).toEqual(['孩子夜里磨牙多与睡前兴奋、牙齿替换有关，先让孩子睡前放松。', '磨牙持续半年以上或牙齿磨损明显，请到口腔科检查。']);
      expect(own.date).toBe('2023-04-02');
    }
  });
});

describe('trap items a site hides among its related items, off the screen', () => {
  const shown = [
    ['/wenda/311.html', '孩子磨牙是缺钙吗', '缺钙不是磨牙的常见原因，不必自行补钙。'],
    ['/wenda/312.html', '磨牙需要戴牙套吗', '成人长期磨牙可以戴咬合垫，儿童一般观察即可。'],
  ] as const;
  const trap = (attrs: string) => `<li${attrs}><a href="/wenda/9912345.html">磨牙会影响长个子吗</a><p>磨牙一般不影响生长发育，注意睡眠质量即可。</p></li>`;
  const list = (trapAttrs: string) => [`<li><a href="${shown[0][0]}">${shown[0][1]}</a><p>${shown[0][2]}</p></li>`, trap(trapAttrs), `<li><a href="${shown[1][0]}">${shown[1][1]}</a><p>${shown[1][2]}</p></li>`].join('');

  it('reads only the items shown, however the trap is moved away', () => {
    for (const [attrs, sheet] of [
      [' style="position:absolute; left:-10000px; width:1px; height:1px; overflow:hidden" aria-hidden="true"', ''],
      [' class="t9"', '<style>.t9 { position: absolute; top: -9999px; left: -9999px }</style>'],
      [' style="text-indent:-5000px; overflow:hidden"', ''],
    ] as const) {
      const related = read(page(list(attrs)).replace('</head>', `${sheet}</head>`)).filter((e) => e.origin === 'related');
      expect(related.map((e) => [e.question, e.url])).toEqual(shown.map(([p, q]) => [q, `https://www.example-wenyi.cn${p}`]));
    }
  });

  it('keeps an item moved only a little (a negative margin of layout)', () => {
    const related = read(page(list(' style="margin-left:-12px"'))).filter((e) => e.origin === 'related');
    expect(related.map((e) => e.question)).toEqual([shown[0][1], '磨牙会影响长个子吗', shown[1][1]]);
  });
});
