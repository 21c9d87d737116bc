import { describe, expect, it } from 'vitest';
import { parseCardParts } from '../src/extract/card/card-parts.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A dental chain's Q&A page: the clinic (`{brand}齿科{city}{place}诊所`) is the doctor's hospital, whole — a chain names itself
 * 齿科, a hospital its unit 口腔科, so the brand is no department run into a hospital's name; and a video platform's player
 * framed over the text (`<iframe src="https://v.qq.com/txp/iframe/player.html?vid=…">`) makes the answer a video. Before,
 * the clinic was read as department `瑞尔齿科` and hospital `江州滨江诊所`, and the framed film not seen, silently.
 * What the blind split fresh-78 taught the genre reader.
 */

const page = (card: string, frame = '') =>
  `<html><head><meta charset="utf-8"><title>牙龈出血怎么办-口腔问答</title></head><body>` +
  `<div class="nav"><a href="/">首页</a> <a href="/wenda/">口腔问答</a></div>` +
  `<div class="q"><h1>牙龈出血怎么办</h1><p>提问者：用户5521****</p><p>刷牙的时候总是出血，最近更明显了。</p></div>` +
  `<div class="a"><h2>医生解答</h2>${card}${frame}<div class="txt">牙龈出血多数与牙周炎有关，建议先做一次牙周检查和洁治。<br><br>平时用软毛牙刷，饭后漱口，出血持续不缓解要及时复诊。</div>` +
  `<p class="t">发布时间：2023-05-06</p></div></body></html>`;
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://www.example-dental.com/wenda/1.html' }))).find((e) => e.origin === 'page')!;
const CARD = '<div class="au"><b>梁然</b> <span>主治医师</span><p>瑞尔齿科江州滨江诊所 · 牙周科</p></div>';

describe('a dental chain’s clinic', () => {
  it('is the hospital, whole, the department beside it read apart', () => {
    expect(parseCardParts(['梁然', '主治医师', '瑞尔齿科江州滨江诊所 · 牙周科'])).toMatchObject({ department: '牙周科', hospital: '瑞尔齿科江州滨江诊所' });
    expect(parseCardParts(['梁然', '主治医师', '瑞尔齿科江州滨江诊所'])).toMatchObject({ department: null, hospital: '瑞尔齿科江州滨江诊所' });
  });

  it('a department run into a hospital’s name is still read apart', () => {
    expect(parseCardParts(['王清玉', '副主任医师', '骨科福建省人民医院'])).toMatchObject({ department: '骨科', hospital: '福建省人民医院' });
    expect(parseCardParts(['王清玉', '副主任医师', '口腔科江州市第一人民医院'])).toMatchObject({ department: '口腔科', hospital: '江州市第一人民医院' });
  });

  it('on the page: the card’s clinic the hospital', () => {
    const own = read(page(CARD));
    expect(own.doctor).toEqual({ name: '梁然', title: '主治医师', department: '牙周科', hospital: '瑞尔齿科江州滨江诊所', hospital_grade: null });
  });
});

describe('a video platform’s player in a frame', () => {
  it('over the text: the answer is a video', () => {
    const own = read(page(CARD, '<div class="v"><iframe src="https://v.qq.com/txp/iframe/player.html?vid=2c8bca9e569" frameborder="0" allowfullscreen></iframe></div>'));
    expect(own.format).toBe('video');
    expect(own.answer_paragraphs).toHaveLength(2);
  });

  it('a frame of another kind (a map, a chat box) plays nothing', () => {
    expect(read(page(CARD, '<iframe src="https://map.qq.com/api/frame.html?addr=滨江路"></iframe>')).format).toBe('unknown');
    expect(read(page(CARD, '<iframe src="https://v.qq.com/x/channel/health"></iframe>')).format).toBe('unknown');
  });
});
