import { describe, expect, it } from 'vitest';
import { extractPage } from '../src/extract/extract-page.js';
import { SiteProfileSchema } from '../src/extract/profiles/profile.js';
import { extractItem, newExtractStats } from '../src/extract/stage.js';
import type { Entry } from '../src/schema/entry.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader and built-in site profiles on other versions of a site's page than the one the profile was written from.
 * What fresh-50 (other versions of a site's page than the one its built-in profile was written from) taught the reader.
 */

const html = (title: string, body: string) => `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const ps = (lines: readonly string[]) => lines.map((p) => `<p>${p}</p>`).join('');

/** A built-in profile of a made-up site, written from its one-answer template. */
const profile = SiteProfileSchema.parse({
  id: 'wenyi-example',
  site: 'www.wenyi.example',
  hosts: ['www.wenyi.example'],
  layouts: [
    {
      name: 'desktop',
      detect: ['h1.q-head', 'div.reply'],
      baseUrl: 'https://www.wenyi.example/',
      question: ['h1.q-head'],
      answer: ['div.reply'],
      doctorCard: 'div.expert',
      doctor: { name: 'b.nm', title: 'span.zc', hospital: 'span.yy', department: 'span.ks' },
      date: ['.posted'],
      related: 'div.also > h3',
      relatedItems: { item: 'div.also > ol > li', link: 'a', snippet: 'p.sn' },
    },
  ],
});
const URL = 'https://www.wenyi.example/wenda/88231.html';

function read(page: string, url = URL): { extractor: string; own: Entry | undefined; related: Entry[] } {
  const outcome = extractPage(pageRecord(page, { url }), { profiles: [profile] });
  if (!outcome.ok) throw new Error(outcome.reject.detail);
  const entries = entriesOf(outcome.value);
  return { extractor: outcome.value.extractor, own: entries.find((e) => e.origin === 'page'), related: entries.filter((e) => e.origin === 'related') };
}

const QUESTION = '宝宝湿疹反复发作怎么办';
const FIRST = ['湿疹反复多和皮肤屏障差有关，洗澡水温不要太高，洗完三分钟内厚涂保湿霜。', '发作期可以在医生指导下短期用弱效激素药膏，不要自己停停用用。'];
const expert = (name: string, title: string, hospital: string) =>
  `<div class="expert"><b class="nm">${name}</b><span class="zc">${title}</span><span class="yy">${hospital}</span><span class="ks">皮肤科</span></div>`;
const related = `<div class="also"><h3>相关问答</h3><ol>${[
  ['/wenda/88102.html', '婴儿湿疹可以用什么药膏', '婴儿湿疹一般先加强保湿，渗出明显的要看医生。'],
  ['/wenda/87911.html', '湿疹和痱子怎么区分', '痱子多在出汗多的部位，湿疹常在面颊和皮肤褶皱处。'],
  ['/wenda/87650.html', '湿疹能洗澡吗', '可以洗，水温37度左右，时间不要太长。'],
]
  .map(([href, q, s]) => `<li><a href="${href}">${q}</a><p class="sn">${s}</p></li>`)
  .join('')}</ol></div>`;

describe('a built-in profile reads only the template it knows: two answers where it knows one are read by the genre rules', () => {
  // The site now lets a second doctor answer: two reply boxes alike, each with its card and its own day,
  // printed in a line the profile's date selector never knew.
  const page = html(
    `${QUESTION}_问医`,
    `<h1 class="q-head">${QUESTION}</h1><div class="count">2位医生回答</div>` +
      `<section class="item">${expert('陆晓岚', '副主任医师', '江城市妇幼保健院')}<div class="reply">${ps(FIRST)}</div><div class="when">回复于 2022-03-14</div></section>` +
      `<section class="item">${expert('程远', '主治医师', '江城市人民医院')}<div class="reply"><p>注意保湿就行，一般会慢慢好。</p></div><div class="when">回复于 2022-09-02</div></section>` +
      related,
  );

  it('the page entry is the first answer shown, with its card and its day, never an unflagged reading without its day', () => {
    const { own } = read(page);
    expect(own!.answer_paragraphs).toEqual(FIRST);
    expect(own!.doctor).toMatchObject({ name: '陆晓岚', title: '副主任医师', hospital: '江城市妇幼保健院' });
    expect(own!.date).toBe('2022-03-14');
  });

  it('says which layout did not fit and why, and the extract stage counts it, so a person sees the profile needs a new layout', () => {
    const outcome = extractPage(pageRecord(page, { url: URL }), { profiles: [profile] });
    expect(outcome.ok && outcome.value.extractor).toBe('generic-html');
    expect(outcome.ok && outcome.value.profileMisfit).toBe('wenyi-example/desktop: 2 answers in div.reply');
    const stats = newExtractStats();
    for (const url of [URL, 'https://www.wenyi.example/wenda/88232.html']) extractItem({ kind: 'page', page: pageRecord(page, { url }) }, { profiles: [profile] }, stats);
    expect(stats.profileMisfits).toEqual({ 'wenyi-example/desktop: 2 answers in div.reply': 2 });
    expect(stats.byExtractor).toEqual({ 'generic-html': 2 });
  });

  it('the template the profile knows (one reply box) is still read by the profile', () => {
    const one = html(`${QUESTION}_问医`, `<h1 class="q-head">${QUESTION}</h1>${expert('陆晓岚', '副主任医师', '江城市妇幼保健院')}<div class="reply">${ps(FIRST)}</div><p class="posted">2022-03-14</p>${related}`);
    const { extractor, own } = read(one);
    expect(extractor).toBe('wenyi-example/desktop');
    expect(own!.answer_paragraphs).toEqual(FIRST);
    expect(own!.date).toBe('2022-03-14');
    const outcome = extractPage(pageRecord(one, { url: URL }), { profiles: [profile] });
    expect(outcome.ok && 'profileMisfit' in outcome.value).toBe(false);
  });
});

describe('a profile whose date selectors miss reads the stamp printed right under the answer’s box', () => {
  const page = (stamp: string) =>
    html(
      `${QUESTION}_问医`,
      `<h1 class="q-head">${QUESTION}</h1>${expert('陆晓岚', '副主任医师', '江城市妇幼保健院')}<div class="box"><div class="reply">${ps(FIRST)}</div>${stamp}</div>${related}`,
    );

  it('its day and its format word', () => {
    const { extractor, own } = read(page('<div class="foot"><i>视频回答</i> · <span>2022年3月14日</span></div>'));
    expect(extractor).toBe('wenyi-example/desktop');
    expect(own!.date).toBe('2022-03-14');
    expect(own!.format).toBe('video');
  });

  it('not the asker’s day, nor a line that says more than a stamp', () => {
    expect(read(page('<div class="foot">提问于 2022-03-12</div>')).own!.date).toBeNull();
    expect(read(page('<div class="foot">2022-03-14 江城市妇幼保健院皮肤科门诊时间调整通知</div>')).own!.date).toBeNull();
  });
});

describe('an answer box the profile names left empty, the text standing elsewhere: the page is read, not given up', () => {
  // A voice answer's page: the player, the transcript under a heading of its own, the profile's box empty.
  const page = html(
    `${QUESTION}_问医`,
    `<h1 class="q-head">${QUESTION}</h1>${expert('陆晓岚', '副主任医师', '江城市妇幼保健院')}<p class="posted">语音回答 2022-03-14</p>` +
      `<audio src="/media/88231.mp3" controls></audio><section class="transcript"><h4>录音文字稿</h4>${ps(FIRST)}</section><div class="reply"></div>${related}`,
  );

  it('the page entry is the text the page shows', () => {
    const { own, related: items } = read(page);
    expect(own).toBeDefined();
    expect(own!.answer_paragraphs).toEqual(FIRST);
    expect(own!.date).toBe('2022-03-14');
    expect(items.map((i) => i.question)).toEqual(['婴儿湿疹可以用什么药膏', '湿疹和痱子怎么区分', '湿疹能洗澡吗']);
  });
});

describe('a page a profile reads keeps its list of bare linked questions as its related links', () => {
  // The related cards are a component library's link elements around a title and a tag, no snippet.
  const cards = ['/wenda/88102.html', '/wenda/87911.html', '/wenda/87650.html'];
  const titles = ['婴儿湿疹可以用什么药膏', '湿疹和痱子怎么区分', '湿疹能洗澡吗'];
  const page = html(
    `${QUESTION}_问医`,
    `<h1 class="q-head">${QUESTION}</h1>${expert('陆晓岚', '副主任医师', '江城市妇幼保健院')}<div class="reply">${ps(FIRST)}</div><p class="posted">2022-03-14</p>` +
      `<div class="others"><h3>大家都在问</h3><div class="row">${cards.map((href, i) => `<x-link href="${href}"><div class="tile"><h5>${titles[i]}</h5><em>图文</em></div></x-link>`).join('')}</div></div>`,
  );

  it('the links are the page entry’s related_urls, in the list’s order', () => {
    const { extractor, own, related: items } = read(page);
    expect(extractor).toBe('wenyi-example/desktop');
    expect(items).toEqual([]);
    expect(own!.related_urls).toEqual(cards.map((c) => `https://www.wenyi.example${c}`));
  });
});

describe('the last of a list of bare links that ends the page is no item cut by a short download', () => {
  const links = ['/ask/5521.html', '/ask/5530.html', '/ask/5547.html'];
  const page = html(
    `${QUESTION}`,
    `<h1>${QUESTION}</h1><div>陆晓岚 副主任医师 江城市妇幼保健院 皮肤科</div><div>${ps(FIRST)}</div><div>2022-03-14</div>` +
      `<div><h3>相关问题</h3>${links.map((href, i) => `<a href="${href}"><span>${['湿疹会传染吗', '湿疹需要忌口吗', '湿疹会留疤吗'][i]}</span></a>`).join('')}</div>`,
  );

  it('every link is the page’s', () => {
    const own = entriesOf(extractOrThrow(pageRecord(page, { url: 'https://qa.example.org/ask/5500.html' }))).find((e) => e.origin === 'page');
    expect(own!.related_urls).toEqual(links.map((l) => `https://qa.example.org${l}`));
  });
});

describe('更多精彩回答 over questions of the page’s own folder, each with its snippet, is the related list', () => {
  const items = [
    ['/share/q/7120.html', '湿疹宝宝能打疫苗吗', '湿疹不严重、没有破溃感染的，一般可以正常接种。'],
    ['/share/q/7133.html', '湿疹要用激素药膏吗', '中重度湿疹短期规范用激素药膏是安全的，不必太担心。'],
  ];
  const list = (label: string) =>
    `<div><div class="hd">${label}</div>${items.map(([href, q, s]) => `<a class="it" href="${href}"><div>${q}</div><div>${s}</div></a>`).join('')}</div>`;
  const page = (label: string) =>
    html(QUESTION, `<div class="t">${QUESTION}</div><div>${ps(FIRST)}</div><div>陆晓岚 副主任医师 江城市妇幼保健院 皮肤科</div><div>2022-03-14</div>${list(label)}`);
  const read50 = (label: string) => entriesOf(extractOrThrow(pageRecord(page(label), { url: 'https://m.wenyi.example/share/q/7100.html' })));

  it('its items are the page’s related items', () => {
    const entries = read50('更多精彩回答');
    expect(entries.filter((e) => e.origin === 'related').map((e) => e.question)).toEqual(items.map((i) => i[1]));
    expect(entries.find((e) => e.origin === 'page')!.answer_paragraphs).toEqual(FIRST);
  });
});
