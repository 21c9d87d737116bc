import { describe, expect, it } from 'vitest';
import { parseCardParts } from '../src/extract/card/card-parts.js';
import { fieldOfLabel } from '../src/extract/words/card-words.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A 中医 clinic chain names its branches by its brand's 堂 and the hall's place (`济生堂城西馆`), and its doctor's card prints the
 * branch the doctor sits in under `坐诊馆区：`: that branch is the doctor's hospital, as a 中医馆 of its own is. Before this the
 * card's hospital was left null, silently. A 馆 not after a 堂 (a library, a gym) is still none; nor is the chain's masthead.
 * What the blind split fresh-81 taught.
 */

const page = (hall: string) =>
  `<html><head><meta charset="utf-8"><title>胃胀反酸怎么调理_名医问答_济生堂</title></head><body>` +
  `<div class="top"><img src="/logo.gif" alt="济生堂"><span>百年老字号</span><div class="tel">预约电话：0571-86543210</div></div>` +
  `<div class="pos">当前位置：<a href="/">首页</a> &gt; <a href="/wenda/">名医问答</a> &gt; 正文</div>` +
  `<h1>胃胀反酸怎么调理</h1><div class="tw"><p>提问者：陈**　女　35岁</p><p>最近一个月吃完饭就胃胀，还反酸。</p></div>` +
  `<div class="hd"><div class="tit">医生回复</div><table class="ys"><tr><td rowspan="3"><img src="/ys/1.jpg"></td><td><b>沈国华</b>　主任中医师</td></tr>` +
  `<tr><td>${hall}</td></tr><tr><td>科室：中医内科</td></tr></table>` +
  `<div class="con"><p>胃胀反酸多与脾胃虚弱、肝胃不和有关，需要辨证调理。</p><p>饮食要规律，少吃生冷油腻，饭后不要马上躺下。</p></div>` +
  `<p class="time">回复时间：2023-05-06</p></div></body></html>`;
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://www.example-tcm.cn/wenda/1.html' }))).find((e) => e.origin === 'page')!;

describe('a 中医 chain’s branch hall on the doctor’s card', () => {
  it('under `坐诊馆区：` it is the doctor’s hospital, read without doubt', () => {
    const own = read(page('坐诊馆区：济生堂城西馆'));
    expect(own.doctor).toMatchObject({ name: '沈国华', title: '主任中医师', department: '中医内科', hospital: '济生堂城西馆' });
    expect(own.flags).not.toContain('unsure_reading');
  });

  it('printed without a label it is the hospital too: the brand’s 堂, the place, the 馆', () => {
    expect(parseCardParts(['沈国华', '主任中医师', '济生堂下沙馆', '中医内科']).hospital).toBe('济生堂下沙馆');
  });

  it('the labels of where the doctor sits name the hospital (`坐诊馆区`, `出诊馆`)', () => {
    expect(fieldOfLabel('坐诊馆区')).toBe('hospital');
    expect(fieldOfLabel('出诊馆')).toBe('hospital');
    expect(parseCardParts(['沈国华', '主任中医师', '坐诊馆区：城西馆']).hospital).toBe('城西馆');
  });

  it('a 馆 after no 堂 (a gym, a library) is none, nor is the hall’s 馆长 part of it', () => {
    expect(parseCardParts(['沈国华', '主任中医师', '城西体育馆']).hospital).toBeNull();
    expect(parseCardParts(['沈国华', '主任中医师', '江州图书馆']).hospital).toBeNull();
    expect(parseCardParts(['沈国华', '济生堂城西馆长']).hospital).toBeNull();
    expect(fieldOfLabel('场馆')).toBeNull();
  });
});
