import { describe, expect, it } from 'vitest';
import { parseCardParts } from '../src/extract/card/card-parts.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A hospital's own 国医馆 (or 中医馆) written after its name (`江州市中医院国医馆`) is a unit of that hospital: the hospital is
 * `江州市中医院`, as before 中医馆 named a hospital. Only a 馆 of its own (`固生堂西陵河西中医馆`, `江州仁和堂国医馆`) is the
 * hospital. Before this mend the unit was read into the hospital's name, silently.
 */
const page = (org: string) =>
  `<html><head><meta charset="utf-8"><title>失眠多梦怎么调理-中医问答</title></head><body>` +
  `<div class="nav"><a href="/">首页</a> <a href="/wenda/">中医问答</a></div>` +
  `<div class="q"><h1>失眠多梦怎么调理</h1><p>最近半年总是失眠多梦，白天没精神。</p></div>` +
  `<div class="a"><h2>医生解答</h2><div class="au"><b>沈国华</b> <span>主任中医师</span><p>${org}</p></div>` +
  `<div class="txt">失眠多梦多与心脾两虚、肝郁化火有关，需要辨证调理。<br><br>可以先从规律作息做起，睡前不喝浓茶咖啡，必要时到门诊面诊开方。</div>` +
  `<p class="t">发布时间：2023-05-06</p></div></body></html>`;
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://www.example-tcm.cn/wenda/1.html' }))).find((e) => e.origin === 'page')!;

describe('a hospital’s 国医馆 after its name', () => {
  it('is no hospital of its own: the hospital is the one named before it', () => {
    expect(parseCardParts(['沈国华', '主任中医师', '江州市中医院国医馆']).hospital).toBe('江州市中医院');
    expect(read(page('江州市中医院国医馆')).doctor.hospital).toBe('江州市中医院');
  });

  it('a 中医馆 or 国医馆 of its own is still the hospital', () => {
    expect(parseCardParts(['汤浩志', '副主任中医师', '固生堂西陵河西中医馆']).hospital).toBe('固生堂西陵河西中医馆');
    expect(read(page('江州仁和堂国医馆')).doctor.hospital).toBe('江州仁和堂国医馆');
  });
});
