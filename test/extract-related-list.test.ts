import { describe, expect, it } from 'vitest';
import { load } from 'cheerio/slim';
import type { Element } from 'domhandler';
import { findRelatedList } from '../src/extract/related/related-list.js';
import { normStartsWith } from '../src/extract/words/normalized-start.js';
import { extractOrThrow, pageRecord, readFixture } from './helpers/pages.js';

/** What related-list.ts compares texts by: NFKC, whitespace removed. */
const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

describe('a related item\'s snippet asked whether it opens with the question', () => {
  // Characters NFKC changes, joins (a letter and a combining accent, Hangul jamo) or widens (ﬁ, ㎏, …) around where the head is cut.
  const pieces = ['问', '题', 'a', 'e', ' ', '\u3000', '\u00a0', '\u0301', 'é', 'ｅ', '？', '?', 'ﬁ', '①', '㎏', '…', 'ｶ', 'ﾞ', '\u1100', '\u1161', '\u11a8', '，', '\n', '😀'];

  it('answers as normalizing the whole snippet does, on every text of up to three pieces against the heads of it', () => {
    let texts = [''];
    for (let n = 0; n < 3; n++) texts = [...texts, ...texts.filter((t) => [...t].length === n).flatMap((t) => pieces.map((p) => t + p))];
    const wrong: string[] = [];
    for (const piece of texts) {
      const text = `${piece}问答`;
      const starts = new Set(['', 'a', 'e', 'é', '问', '?']);
      for (let cut = 1; cut <= text.length; cut++) starts.add(norm(text.slice(0, cut)));
      for (const start of starts) if (normStartsWith(text, start) !== norm(text).startsWith(start)) wrong.push(JSON.stringify([text, start]));
    }
    expect(texts.length).toBeGreaterThan(10_000);
    expect(wrong).toEqual([]);
  });

  it('does not take a question for the head of a line whose next character joins its last (cafe, café)', () => {
    expect(normStartsWith('cafe\u0301 很好喝吗', 'cafe')).toBe(false);
    expect(normStartsWith('ｃａｆｅ 很好喝吗', 'cafe')).toBe(true);
  });

  it('reads an item whose link and snippet share a line, in full-width letters, as before', () => {
    const $ = load(`<body><div><h3>相关问答</h3><ul>
      <li><a href="/q/1.html">ＡＢＯ溶血怎么办</a> ＡＢＯ溶血一般需要在医生指导下做蓝光治疗，多数可以好转。</li>
      <li><a href="/q/2.html">新生儿黄疸高怎么办</a> 新生儿黄疸高时，需要先查明原因，再决定是否治疗。</li>
    </ul></div></body>`);
    const { items } = findRelatedList($);
    expect(items.map((i) => [i.question, i.answerParagraphs])).toEqual([
      ['ＡＢＯ溶血怎么办', ['ＡＢＯ溶血一般需要在医生指导下做蓝光治疗，多数可以好转。']],
      ['新生儿黄疸高怎么办', ['新生儿黄疸高时，需要先查明原因，再决定是否治疗。']],
    ]);
  });
});

describe("a related item's link that opens with a tag", () => {
  it('takes a format tag in the link (`[语音]`, `【视频】`) as the item\'s format, none of its question; a bracketed word that is no format stays', () => {
    const $ = load(`<body><div><h3>相关问答</h3><ul>
      <li><a href="/q/1.html"><span>[语音]</span>腰椎间盘突出怎么治疗效果好？</a><p>腰椎间盘突出多数可以保守治疗，配合理疗。</p><span>2023-02-10</span></li>
      <li><a href="/q/2.html">【视频】小孩饭后饱胀怎么办</a><p>小孩饭后饱胀多与饮食有关，少吃多餐。</p><span>2019-12-18</span></li>
      <li><a href="/q/3.html">【科普】宝宝发烧怎么办</a><p>宝宝发烧先物理降温，精神差要及时就医。</p><span>2020-05-01</span></li>
    </ul></div></body>`);
    const { items } = findRelatedList($);
    expect(items.map((i) => [i.question, i.format, i.date])).toEqual([
      ['腰椎间盘突出怎么治疗效果好？', 'voice', '2023-02-10'],
      ['小孩饭后饱胀怎么办', 'video', '2019-12-18'],
      ['【科普】宝宝发烧怎么办', 'unknown', '2020-05-01'],
    ]);
  });
});

describe('the related list under the label a site profile names', () => {
  const SIDEBAR = `<div class="side"><h3>相关问答</h3><ul>
    <li><a href="/ask/side1.html">孩子夜里咳嗽怎么办？</a><p>夜里咳嗽多与受凉有关，注意保暖，多喝温水。</p></li>
    <li><a href="/ask/side2.html">嗓子疼吃什么好得快？</a><p>嗓子疼要多喝水，吃清淡的食物，必要时就医。</p></li>
  </ul></div>`;

  it('youlai: the list after its 相关推荐 heading, though a list under another label before it answers too', () => {
    const html = readFixture('pages/youlai-desktop-749259.html').toString('utf8').replace('<div class="recommend">', `${SIDEBAR}<div class="recommend">`);
    const { entries } = extractOrThrow(pageRecord(html, { url: 'https://www.youlai.cn/ask/749259.html' }));
    const related = entries.filter((e) => e.origin === 'related');
    expect(related.length).toBeGreaterThan(2);
    expect(related.some((e) => e.url?.includes('/ask/side'))).toBe(false);
    // The profile's reading of the fixture as it is: the same list.
    const plain = extractOrThrow(pageRecord(readFixture('pages/youlai-desktop-749259.html'), { url: 'https://www.youlai.cn/ask/749259.html' }));
    expect(related.map((e) => e.url)).toEqual(plain.entries.filter((e) => e.origin === 'related').map((e) => e.url));
  });

  it('an element named that the search would not take for a label (the list\'s box, a heading of more words) leaves the choice to the search', () => {
    const $ = load(`<body>${SIDEBAR}<div class="recommend"><h4>相关推荐<span>换一换</span></h4><ul>
      <li><a href="/ask/1.html">经期嗓子痒怎么办？</a><p>经期嗓子痒多与咽炎有关，多喝温水。</p></li>
      <li><a href="/ask/2.html">小孩咽炎吃什么药？</a><p>小孩咽炎要在医生指导下用药，不要自行加量。</p></li>
    </ul></div></body>`);
    const searched = findRelatedList($).items.map((i) => i.url);
    expect(searched).toEqual(['/ask/side1.html', '/ask/side2.html']);
    for (const css of ['.recommend', '.recommend > h4', '.recommend li']) expect(findRelatedList($, undefined, $(css).get(0) as Element).items.map((i) => i.url)).toEqual(searched);
  });
});
