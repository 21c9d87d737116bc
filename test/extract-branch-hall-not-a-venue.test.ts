import { describe, expect, it } from 'vitest';
import { parseCardParts } from '../src/extract/card/card-parts.js';
import { fieldOfLabel } from '../src/extract/words/card-words.js';
import { ownDoubts } from '../src/flags/consistency.js';
import type { Doctor } from '../src/schema/entry.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A 中医 chain's branch hall (`济生堂城西馆`) is the doctor's hospital; a 馆 after some other 堂 is none. A doctor's card on a
 * 中医 site prints more than the hall it sits in (the museum the doctor advises, a memorial hall, the gym beside a canteen), and
 * a hospital's own 国医堂 opens halls of its own (`江州市中医院国医堂城西馆`: the 中医院's unit, as its 国医馆 is). Read as the
 * hospital, those came out clean-looking and wrong; the consistency check, which knows the hall's shape, let them pass too.
 * The hall's label names the hall where it ends in 馆区 (`坐诊馆区：`); the hall's address and phone (`馆区地址：`, `馆区电话：`) are
 * no hospital, and taken for it they hid the hall the card prints under them.
 */

const page = (cardRow: string) =>
  `<html><head><meta charset="utf-8"><title>胃胀反酸怎么调理_名医问答_济生堂</title></head><body>` +
  `<div class="top"><img src="/logo.gif" alt="济生堂"><span>百年老字号</span><div class="tel">预约电话：0571-86543210</div></div>` +
  `<div class="pos">当前位置：<a href="/">首页</a> &gt; <a href="/wenda/">名医问答</a> &gt; 正文</div>` +
  `<h1>胃胀反酸怎么调理</h1><div class="tw"><p>提问者：陈**　女　35岁</p><p>最近一个月吃完饭就胃胀，还反酸。</p></div>` +
  `<div class="hd"><div class="tit">医生回复</div><table class="ys"><tr><td rowspan="3"><img src="/ys/1.jpg"></td><td><b>沈国华</b>　主任中医师</td></tr>` +
  `<tr><td>${cardRow}</td></tr><tr><td>科室：中医内科</td></tr></table>` +
  `<div class="con"><p>胃胀反酸多与脾胃虚弱、肝胃不和有关，需要辨证调理。</p><p>饮食要规律，少吃生冷油腻，饭后不要马上躺下。</p></div>` +
  `<p class="time">回复时间：2023-05-06</p></div></body></html>`;
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://www.example-tcm.cn/wenda/1.html' }))).find((e) => e.origin === 'page')!;

describe('a 馆 after a 堂 that is no chain’s branch hall', () => {
  it.each(['胡庆余堂中药博物馆', '李玉堂纪念馆', '食堂旁体育馆', '济生堂图书馆'])('%s on the card is no hospital of the doctor’s', (venue) => {
    expect(read(page(venue)).doctor.hospital).toBeNull();
    expect(parseCardParts(['沈国华', '主任中医师', venue]).hospital).toBeNull();
  });

  it('a hall after a hospital’s own 国医堂 leaves the hospital its name', () => {
    expect(read(page('江州市中医院国医堂城西馆')).doctor.hospital).toBe('江州市中医院');
  });

  it('the chain’s own halls still are (`济生堂城西馆`, `方回春堂清河坊馆`)', () => {
    expect(read(page('坐诊馆区：济生堂城西馆')).doctor.hospital).toBe('济生堂城西馆');
    expect(parseCardParts(['沈国华', '主任中医师', '方回春堂清河坊馆']).hospital).toBe('方回春堂清河坊馆');
  });

  it('read as a hospital all the same, a venue is doubted by the consistency check', () => {
    const shape = (hospital: string) => {
      const doctor: Doctor = { name: '沈国华', title: '主任中医师', department: '中医内科', hospital, hospital_grade: null };
      return ownDoubts({ question: '胃胀反酸怎么调理', answer_paragraphs: ['胃胀反酸多与脾胃虚弱有关，需要辨证调理。'], doctor, date: null, origin: 'page' }).doctor_shape;
    };
    expect(shape('李玉堂纪念馆')).toMatch(/no institution word/u);
    expect(shape('胡庆余堂中药博物馆')).toMatch(/no institution word/u);
    expect(shape('济生堂城西馆')).toBeNull();
  });

  it('the hall’s address and phone are no hospital: the hall printed beside them is', () => {
    expect(fieldOfLabel('馆区地址')).toBeNull();
    expect(fieldOfLabel('馆区电话')).toBeNull();
    expect(fieldOfLabel('所在馆区')).toBe('hospital');
    const own = read(page('馆区地址：杭州市上城区河坊街117号</td></tr><tr><td>坐诊馆区：济生堂城西馆'));
    expect(own.doctor.hospital).toBe('济生堂城西馆');
    expect(own.flags).not.toContain('unsure_reading');
    expect(read(page('馆区电话：0571-86543210')).doctor.hospital).toBeNull();
  });
});
