import { describe, expect, it } from 'vitest';
import { parseCardParts } from '../src/extract/card/card-parts.js';
import { WHOLE_HOSPITAL_RE } from '../src/extract/words/genre.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A chain's card names the branch its doctor sits in under `院区：` (a dental chain's `院区：某某齿科深圳南山院`, a Taiwanese
 * medical centre's `院區：柳營某某醫院` after the replying doctor): that branch is the hospital. A dental chain's branch is its
 * brand's 齿科 / 口腔 / 牙科 and the branch's place before the 院; `口腔执业医师` is a licence of its class, one title. Before these
 * rules the branch was not read (null, or the site's own name from its masthead, silently) and the title lost its 口腔.
 */
const dentalPage = (rows: string) =>
  `<html><head><meta charset="utf-8"><title>牙龈出血怎么办_牙医问答_某某齿科</title></head><body>` +
  `<div class="top">某某齿科 预约热线</div><div class="crumb"><a href="/">首页</a> &gt; <a href="/wenda/">牙医问答</a> &gt; 正文</div>` +
  `<h1>牙龈出血怎么办</h1><div class="ask">提问者：网友　提问时间：2023-05-04</div>` +
  `<div class="ans"><div class="tit">牙医回答</div><p>牙龈出血多与牙结石、牙龈炎有关，建议先做一次洁牙。</p>` +
  `<p>平时刷牙用软毛牙刷，配合牙线清洁牙缝，出血持续不缓解要及时复诊。</p>` +
  `<table class="doc"><tr><td rowspan="4"><img src="/d/1.jpg"><td>医生：李文华${rows}</table>` +
  `<p class="time">回答时间：2023-05-06</p></div></body></html>`;
const consultPage = (doctor: string) =>
  `<html><head><meta charset="utf-8"><title>醫療諮詢-某某醫學中心</title></head><body><div id="logo">某某醫學中心</div>` +
  `<table class="consult"><tr><th>諮詢主題</th><td>膝蓋痛怎麼辦</td></tr><tr><th>諮詢日期</th><td>112/05/03</td></tr>` +
  `<tr><th>回覆醫師</th><td>${doctor}</td></tr><tr><th>回覆日期</th><td>112年5月6日</td></tr>` +
  `<tr><th>回覆內容</th><td>膝蓋痛常見於退化性關節炎，建議先減少爬樓梯。<br>若疼痛持續，請至骨科門診檢查。</td></tr></table></body></html>`;
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://www.example-dental.cn/wenda/1.html' }))).find((e) => e.origin === 'page')!;

describe('a chain’s 院区 row', () => {
  it('names the hospital: the branch the doctor sits in', () => {
    const doctor = read(dentalPage('<tr><td>职称：主治医师<tr><td>科室：正畸科<tr><td>院区：某某齿科深圳南山院')).doctor;
    expect(doctor).toMatchObject({ name: '李文华', title: '主治医师', department: '正畸科', hospital: '某某齿科深圳南山院' });
    expect(read(consultPage('骨科 王大明 主治醫師　院區：柳營某某醫院')).doctor.hospital).toBe('柳營某某醫院');
  });

  it('its address row names no branch', () => {
    const doctor = read(dentalPage('<tr><td>职称：主治医师<tr><td>科室：正畸科<tr><td>院区地址：南山区科技园路8号')).doctor;
    expect(doctor.hospital).toBeNull();
  });

  it('a licence of its class is one title', () => {
    expect(parseCardParts(['李文华', '口腔执业医师']).title).toBe('口腔执业医师');
    expect(read(dentalPage('<tr><td>职称：口腔执业医师<tr><td>科室：正畸科<tr><td>院区：某某齿科深圳南山院')).doctor.title).toBe('口腔执业医师');
  });
});

describe('a dental chain’s branch', () => {
  it('is a hospital’s name: the brand’s 齿科 / 口腔 / 牙科, the place, 院', () => {
    for (const name of ['某某齿科深圳南山院', '某某口腔城西院', '某某牙科福田院']) expect(WHOLE_HOSPITAL_RE.test(name)).toBe(true);
  });

  it('no school, institute or stay is one', () => {
    for (const name of ['某某口腔医学院', '某某口腔研究院', '口腔科住院', '口腔内科南山院', '某某齿科南山院区']) expect(WHOLE_HOSPITAL_RE.test(name)).toBe(false);
  });

  it('no stay or visit a sentence speaks of is one (出院, 来院, 来我院, 至本院), nor a graduate school or a care home', () => {
    // Before, any 院 two to six characters after 口腔 / 牙科 closed a hospital's name: `口腔术后来院` read as the card's hospital, silently.
    for (const name of ['口腔溃疡患者出院', '口腔术后来院', '口腔问题建议来我院', '牙科治疗转至本院', '某某口腔研究生院', '口腔护理养老院']) expect(WHOLE_HOSPITAL_RE.test(name)).toBe(false);
    expect(parseCardParts(['张三', '主治医师', '口腔种植科', '口腔术后来院复查']).hospital).toBeNull();
    for (const name of ['某某齿科东湖院', '某某口腔江北新区院']) expect(WHOLE_HOSPITAL_RE.test(name)).toBe(true);
  });
});
