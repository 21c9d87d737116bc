import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on text a browser shows otherwise than the markup stores it: CSS pseudo-element content, bidi overrides, custom elements with an href, and a social note's tags.
 * What the blind split fresh-30 taught the genre reader about text a browser shows otherwise than the markup stores it, each rule on a small page of its own.
 */

const URL = 'https://www.jiankang-dayi.cn/wenda/88.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const QUESTION = '孩子晚上咳嗽厉害怎么办';
const ANSWER = ['夜间咳嗽加重常见于过敏或鼻后滴漏，睡前可以抬高枕头，保持室内湿润。', '咳嗽超过两周或伴有发热，请到儿科就诊。'];
const ITEMS = [
  ['孩子咳嗽有痰怎么处理', '可以多喝温水，拍背帮助排痰，必要时用化痰药。'],
  ['小孩干咳是什么原因', '干咳多与咽部刺激有关，注意避免冷空气。'],
];

/** A page of the genre with its question, card, answer and related snippets as `shown` prints each text; `head` goes into the `<head>`. */
const page = (shown: (text: string) => string, head = '') =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${QUESTION} - 健康大医</title>${head}</head><body>` +
  `<article><header><h1>${shown(QUESTION)}</h1><section class="who"><strong>孙立平</strong> <em>副主任医师</em> <span>${shown('江南市儿童医院')}</span> 三甲 <span>${shown('儿科')}</span></section><p class="when">回答于 2022-11-03</p></header>` +
  `<section class="body">${ANSWER.map((p) => `<p>${shown(p)}</p>`).join('')}</section><p>温馨提示：以上回答仅供参考，不能代替医生面诊。</p></article>` +
  `<aside><h2>相关问答</h2><ol>${ITEMS.map(([q, s], i) => `<li><a href="/wenda/${90 + i}.html">${q}</a><div>${shown(s!)}</div></li>`).join('')}</ol></aside></body></html>`;

const expectRead = (entries: ReturnType<typeof read>) => {
  const [own, ...items] = entries;
  expect(own).toMatchObject({ question: QUESTION, answer_paragraphs: ANSWER, date: '2022-11-03' });
  expect(own!.doctor).toMatchObject({ name: '孙立平', title: '副主任医师', hospital: '江南市儿童医院', department: '儿科' });
  expect(own!.flags).not.toContain('unsure_reading');
  expect(items.map((e) => [e.question, e.answer_paragraphs.join('')])).toEqual(ITEMS);
  for (const e of items) expect(e.flags).not.toContain('unsure_reading');
};

describe("characters a <style> draws with a pseudo-element's content", () => {
  /** Each of `chars` taken out of the text, an empty element standing in its place. */
  const drawnBy = (chars: string, element: (c: string, i: number) => string) => (text: string) =>
    [...text].map((c) => (chars.includes(c) ? element(c, chars.indexOf(c)) : c)).join('');
  const CHARS = '咳嗽儿科医院的';

  it('are read where they show (strings and CSS escapes, ::before and :after, class, tag and id selectors, the sheet in the head or the body), and nothing where nothing is drawn', () => {
    const hex = (c: string) => `\\${c.codePointAt(0)!.toString(16)}`;
    const ways: Array<[string, (c: string, i: number) => string, string]> = [
      ['class ::before, escapes', (_c, i) => `<i class="w${i}"></i>`, [...CHARS].map((c, i) => `.w${i}::before { content: "${hex(c)}" }`).join('\n')],
      ['tag.class :after, strings', (_c, i) => `<b class="z z${i}"></b>`, [...CHARS].map((c, i) => `b.z${i}:after{content:'${c}'}`).join('')],
      ['escape with its space, joined strings', (_c, i) => `<span class="q${i}"></span>`, [...CHARS].map((c, i) => `.q${i}::after{content:"${hex(c)} " ""}`).join('')],
    ];
    for (const [how, element, css] of ways) {
      expectRead(read(page(drawnBy(CHARS, element), `<style>${css}</style>`)));
      // The sheet after the text it draws, in the body.
      expectRead(read(page(drawnBy(CHARS, element)).replace('</body>', `<style>${css}</style></body>`)));
      expect(how).toBeTruthy();
    }
    // attr(): the character carried by the element itself.
    expectRead(read(page(drawnBy(CHARS, (c) => `<span class="ch" data-ch="${c}"></span>`), '<style>.ch:before{content:attr(data-ch)}</style>')));
    // An id's rule, a more specific rule winning over a class's.
    const byId = page((t) => t.replace('咳嗽', '咳<span id="s1" class="g"></span>'), '<style>.g::before{content:"X"} #s1::before{content:"嗽"}</style>');
    expect(read(byId)[0]!.question).toBe(QUESTION);
    // One empty element drawing before and after itself.
    const both = page((t) => t.replaceAll('咳嗽', '<s class="ks"></s>'), '<style>.ks::before{content:"咳"} .ks::after{content:"嗽"}</style>');
    expectRead(read(both));
    // Decoration around a text an element shows itself: a bullet and quotes around a linked title are none of the question.
    expectRead(read(page((t) => t, '<style>aside li a::before{content:"\\2022  "} aside a::after{content:"》"} aside a:before{content:"《"}</style>')));
    // Nothing where nothing is drawn: an icon glyph, a hidden clearfix dot, a counter, `none`.
    const css =
      '<style>.ico:before{content:"\\e61a"} .cf:after{content:".";display:block;height:0;clear:both;visibility:hidden} .num::before{content:counter(n) "、"} .off::after{content:none}</style>';
    const decorated = (text: string) => (text === QUESTION ? `<i class="ico"></i>${text}<span class="off"></span>` : text === ANSWER[0] ? `<span class="num"></span>${text}` : text);
    const html = page(decorated, css).replace('<section class="body">', '<section class="body cf">');
    expectRead(read(html));
  });

  it('flags the entry where the page draws what the reader cannot work out, never publishing the gap', () => {
    // A rule whose selector is not followed (a sibling combinator), and a picture drawn in a sentence.
    for (const css of ['<style>.x + .k1::before{content:"咳"}</style>', '<style>.k1::before{content:url(/glyph/ke.png)}</style>']) {
      const [own] = read(page((t) => t.replace('夜间咳嗽', '夜间<span class="k1"></span>嗽'), css));
      expect(own!.flags).toContain('unsure_reading');
      expect(own!.answer).not.toContain('\uFFFC');
    }
    // A card's value broken by it, which the card's reading may pass over rather than keep.
    const [own] = read(page((t) => t.replace('江南市儿童', '江南市<span class="k1"></span>童'), '<style>.k1::before{content:url(/glyph/er.png)}</style>'));
    expect(own!.flags).toContain('unsure_reading');
  });
});

describe('text under a right-to-left bidi override', () => {
  /** Stored so that an override shows it as `text`: reversed, its brackets mirrored. */
  const MIRRORED: Record<string, string> = { '（': '）', '）': '（', '(': ')', ')': '(' };
  const stored = (text: string) => [...text].reverse().map((c) => MIRRORED[c] ?? c).join('');
  /** The text's second half stored backwards in `wrap` (a card's value whole). */
  const halfBy = (wrap: (s: string) => string) => (text: string) => {
    const half = text.length <= 8 ? 0 : Math.floor(text.length / 2);
    return `${text.slice(0, half)}${wrap(stored(text.slice(half)))}`;
  };

  it('is read as shown (<bdo dir="rtl">, an inline style, a sheet rule, a direction inherited from dir), text only embedded right to left as it is', () => {
    expectRead(read(page(halfBy((s) => `<bdo dir="rtl">${s}</bdo>`))));
    expectRead(read(page(halfBy((s) => `<span style="direction: rtl; unicode-bidi: bidi-override">${s}</span>`))));
    expectRead(read(page(halfBy((s) => `<u class="rv">${s}</u>`), '<style>u.rv { unicode-bidi: isolate-override; direction: rtl; text-decoration: none }</style>')));
    expectRead(read(page(halfBy((s) => `<span dir="rtl"><span style="unicode-bidi:bidi-override">${s}</span></span>`))));
    // Text only embedded right to left (dir="rtl", direction: rtl) keeps its order.
    expectRead(read(page((t) => `<span dir="rtl">${t}</span>`)));
    expectRead(read(page((t) => `<span style="direction:rtl">${t}</span>`)));
  });

  it('keeps nested elements in place, draws brackets mirrored, and reverses each line apart', () => {
    const [own] = read(page((t) => (t === ANSWER[1] ? `<bdo dir="RTL">${stored('请到儿科就诊。')}<b>${stored('或伴有发热，')}</b>${stored('咳嗽超过两周')}</bdo>` : t)));
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    const bracketed = ['（1）睡前抬高枕头。', '（2）保持室内湿润。'];
    const [lines] = read(page((t) => (t === ANSWER[0] ? `<bdo dir="rtl">${bracketed.map(stored).join('<br>')}</bdo>` : t)));
    expect(lines!.answer_paragraphs.slice(0, 2)).toEqual(bracketed);
  });

  it('flags a run whose order the reader does not work out (an embedding inside the override)', () => {
    const [own] = read(page((t) => (t === ANSWER[1] ? `<bdo dir="rtl">${stored('咳嗽超过两周')}<span dir="ltr">或伴有发热，</span></bdo>请到儿科就诊。` : t)));
    expect(own!.flags).toContain('unsure_reading');
  });
});

describe('a custom element that carries an href', () => {
  it('is a link: the related items it wraps are read with their addresses', () => {
    const html = page((t) => t).replace(
      /<ol>[\s\S]*<\/ol>/u,
      `<div class="list">${ITEMS.map(([q, s], i) => `<ui-link class="row" href="https://m.jiankang-dayi.cn/wenda/${90 + i}.html"><h4>${q}</h4><p>${s}</p></ui-link>`).join('')}</div>`,
    );
    const [own, ...items] = read(html);
    expect(own!.flags).not.toContain('unsure_reading');
    expect(items.map((e) => [e.question, e.answer_paragraphs.join(''), e.url])).toEqual(ITEMS.map(([q, s], i) => [q, s, `https://m.jiankang-dayi.cn/wenda/${90 + i}.html`]));
  });
});

describe("a social platform's note: topic tags, its comments' count, a feed of related notes", () => {
  const note = (text: string, feedHead: string) =>
    `<!DOCTYPE html><html><head><title>${QUESTION} - 健康笔记</title></head><body>` +
    `<main><div class="author"><b>孙立平</b><div>副主任医师 江南市儿童医院 三甲 儿科</div></div><h1>${QUESTION}</h1>${text}<div class="foot">发布于 2022-11-03</div>` +
    `<div class="bar">赞 1.2万 收藏 356</div><div class="cmts"><div>共 12 条评论</div><div class="c"><b>晴天</b><p>谢谢医生，说得太好了，收藏了！</p><span>11-05</span></div></div></main>` +
    `<div class="feed"><div>${feedHead}</div>${ITEMS.map(([q, s], i) => `<section><a href="/note/${90 + i}"><img src="/c/${i}.webp" alt=""></a><a href="/note/${90 + i}"><span>${q}</span></a><div>${s}</div><div><span>小鱼干</span><span>♡ 35</span></div></section>`).join('')}</div></body></html>`;
  const tags = '<a href="/search?k=1">#咳嗽[话题]#</a> <a href="/search?k=2">#儿科科普</a>';

  it('reads the answer without its topic tags, after its last sentence or on a line of their own, and ends it at the comments', () => {
    for (const text of [`<p>${ANSWER[0]}</p><p>${ANSWER[1]} ${tags}</p>`, `<p>${ANSWER.join('<br>')}<br>${tags}</p>`, `<p>${ANSWER[0]}</p><p>${ANSWER[1]}</p><p>${tags}</p>`]) {
      const [own] = read(note(text, '相关推荐'));
      expect(own!.answer_paragraphs).toEqual(ANSWER);
    }
  });

  it('keeps a short last sentence whose topic tags after it outweigh it in linked characters', () => {
    const [own] = read(note(`<p>${ANSWER[0]}<br>${ANSWER[1]}<br>注意按时复查。 ${tags} <a href="/search?k=3">#医学科普[话题]#</a></p>`, '相关推荐'));
    expect(own!.answer_paragraphs).toEqual([...ANSWER, '注意按时复查。']);
  });

  it('reads the related notes under 相关笔记', () => {
    for (const head of ['相关笔记', '更多相关笔记']) {
      const [, ...items] = read(note(`<p>${ANSWER.join('</p><p>')}</p>`, head));
      expect(items.map((e) => [e.question, e.answer_paragraphs.join('')])).toEqual(ITEMS);
    }
  });
});
