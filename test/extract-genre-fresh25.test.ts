import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/** Issue #9: what the blind split fresh-25 taught the genre reader, each rule on a small page of its own. */

const answer = '<p>胃胀多与饮食有关，少吃产气食物。</p><p>饭后适当散步，帮助胃肠蠕动。</p>';
const list =
  '<h3>相关问答</h3><ul><li><a href="/q/2.html">饭后胃胀是什么原因</a><p>饭后胃胀多与进食过快有关，细嚼慢咽。</p></li>' +
  '<li><a href="/q/3.html">胃胀气吃什么药</a><p>胃胀气可在医生指导下服用促胃动力药。</p></li></ul>';
const read = (body: string, head = '') =>
  entriesOf(extractOrThrow(pageRecord(`<html><head><title>胃胀怎么办_某站</title>${head}</head><body>${body}</body></html>`)));
const unsure = (e: { flags: readonly string[] }) => e.flags.includes('unsure_reading');

describe('a doctor card the page hides (a saved page\'s 推荐医生 pop-up) is not the answerer\'s', () => {
  const card = '<div><b>王清玉</b> <span>副主任医师</span><p>江州市人民医院 三甲 消化内科</p></div>';
  const popup = (cls: string) => `<div class="dialog ${cls}"><h4>推荐医生</h4><div><b>李明</b> <span>主任医师</span><p>江州市第一人民医院 三甲 消化内科</p><a href="/ask/">立即咨询</a></div></div>`;

  it('a pop-up hidden by a class rule of the page (SingleFile\'s sf-hidden, a site\'s .hide), before or after the card', () => {
    for (const [cls, rule] of [['sf-hidden', '.sf-hidden{display:none!important}'], ['hide', '.hide { display: none }']] as const) {
      for (const body of [`<h1>胃胀怎么办</h1>${popup(cls)}${card}<div>2021-03-16</div>${answer}${list}`, `<h1>胃胀怎么办</h1>${card}${popup(cls)}<div>2021-03-16</div>${answer}${list}`]) {
        const [page] = read(body, `<style>@font-face{font-family:i;src:url(data:font/woff2;base64,AAAA) format("woff2")}${rule}body{margin:0}</style>`);
        expect([page!.doctor.name, page!.doctor.hospital, unsure(page!)]).toEqual(['王清玉', '江州市人民医院', false]);
      }
    }
  });

  it('a pop-up the page shows is still a second card near the answer (flagged)', () => {
    const [page] = read(`<h1>胃胀怎么办</h1>${popup('open')}${card}<div>2021-03-16</div>${answer}${list}`);
    expect(unsure(page!)).toBe(true);
  });
});
