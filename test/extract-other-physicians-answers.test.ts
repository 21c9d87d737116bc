import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * An answer page listing other physicians' answers under `更多中医师解答`: each item a linked question, its physician's line
 * (`name title`, the day after a dot on some sites) and on some sites the whole answer. The list's label ends the page's own
 * entry (its bylines are no card of the page's); a day after an item's physician line dates the item; a sentence of an item's
 * answer naming a title (`…由药师评估…。`) is the answer's, no card line. What the blind split fresh-108 taught.
 */

const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://www.example-herbal.com/ask/3001.html' })));
const QUESTION = '经常口腔溃疡怎么调理？';
const ANSWER = ['口腔溃疡反复发作，多与作息不规律、饮食偏辛辣有关。', '平时可以多吃新鲜蔬果，少熬夜；溃疡超过两周不愈合要到医院检查。'];
const ITEMS = [
  ['口腔溃疡可以吃维生素吗', ['口腔溃疡可以适量补充B族维生素，但不能代替规范治疗，饮食要清淡。', '如症状反复，建议由药师评估后再用药。']],
  ['嘴唇干裂是什么原因', ['嘴唇干裂多与天气干燥、缺水有关，要多喝水，少舔嘴唇。', '平时可以涂抹润唇膏，保持室内湿度。']],
  ['舌头上长泡怎么办', ['舌头上长泡可能是口腔溃疡或者咬伤，一般一到两周可以自愈。', '如症状反复，建议由医师面诊后再用药。']],
] as const;
const BYLINES = ['黄立新 注册中医师', '周晓梅 注册中医师', '郑国华 注册中医师'];
const page = (item: (i: number) => string) => `<html><head><title>${QUESTION} | 问医师</title></head><body>
<main><h1>${QUESTION}</h1><p class="ask">会员 L** 提问</p>
<div class="doc"><img src="/doc/1.jpg" alt=""><p>解答医师：<b>林秀英</b></p><p>注册中医师 · 百草堂中医诊所 <span>东区分店</span></p></div>
<p class="day">解答日期：2022年3月5日</p>
<div class="answer">${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div>
<p class="note">以上解答仅供参考，不能取代中医师的面诊。</p><div class="share"><a href="javascript:;">分享</a></div></main>
<section class="more"><h3>更多中医师解答</h3>
${ITEMS.map(([q], i) => `<article><h4><a href="/ask/${3100 + i}.html">${q}</a></h4>${item(i)}</article>`).join('\n')}
</section></body></html>`;

describe('other physicians’ answers listed under the page’s own', () => {
  it('a list of linked questions and their physicians’ lines under its label: none of them the page’s card', () => {
    const [own] = read(page((i) => `<p class="by">${BYLINES[i]}</p>`));
    expect(own!.doctor.name).toBe('林秀英');
    expect(own!.answer_paragraphs).toEqual(ANSWER);
  });

  it('an item’s whole answer with a sentence naming a title: the answer’s, all of it', () => {
    const [, ...items] = read(page((i) => `<p class="by">${BYLINES[i]}</p><div>${ITEMS[i]![1].map((p) => `<p>${p}</p>`).join('')}</div>`));
    expect(items.map((e) => [e.question, e.answer_paragraphs])).toEqual(ITEMS.map(([q, ps]) => [q, [...ps]]));
  });

  it('a day after an item’s physician line, past a dot: the item’s day', () => {
    const days = ['6 May 2022', '2021-11-03', '2020年7月9日'];
    const [, ...items] = read(page((i) => `<p class="by">${BYLINES[i]} · ${days[i]}</p><div>${ITEMS[i]![1].map((p) => `<p>${p}</p>`).join('')}</div>`));
    expect(items.map((e) => e.date)).toEqual(['2022-05-06', '2021-11-03', '2020-07-09']);
  });
});
