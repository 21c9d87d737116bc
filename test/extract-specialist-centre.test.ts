import { describe, expect, it } from 'vitest';
import { parseCardParts } from '../src/extract/card/card-parts.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/** A specialist hospital's clinical centres named by the disease or surgery they treat are departments, not hospitals. */

const read = (body: string, title: string) =>
  entriesOf(extractOrThrow(pageRecord(`<html><head><title>${title}</title></head><body>${body}</body></html>`, { url: 'https://www.example.org/q/1.html' })));

describe('a clinical centre on a card', () => {
  it('reads 冠心病中心, 心律失常中心, 结构性心脏病中心, 成人外科中心 as the department', () => {
    for (const centre of ['冠心病中心', '心律失常中心', '高血压中心', '结构性心脏病中心', '成人外科中心', '胸痛中心']) {
      expect(parseCardParts(['张华', '主治医师', centre])).toMatchObject({ department: centre, hospital: null });
    }
  });

  it('reads an eye hospital’s 白内障中心, 青光眼中心, 屈光手术中心 as the department', () => {
    for (const centre of ['白内障中心', '青光眼中心', '屈光手术中心']) {
      expect(parseCardParts(['张华', '主治医师', centre])).toMatchObject({ department: centre, hospital: null });
    }
    expect(parseCardParts(['张华', '主治医师', '江州市白内障中心'])).toMatchObject({ hospital: '江州市白内障中心' });
  });

  it('keeps a centre with a place or a school before it as the hospital', () => {
    expect(parseCardParts(['张华', '主治医师', '江州市肿瘤中心'])).toMatchObject({ hospital: '江州市肿瘤中心' });
    expect(parseCardParts(['张华', '主治医师', '国家心血管病中心'])).toMatchObject({ hospital: '国家心血管病中心' });
  });

  it('keeps a centre named by a disease as the hospital where the card prints a department beside it', () => {
    expect(parseCardParts(['李明', '主任医师', '血液科', '陆道培血液肿瘤中心'])).toMatchObject({ department: '血液科', hospital: '陆道培血液肿瘤中心' });
    expect(parseCardParts(['李明', '主任医师', '泰和肿瘤中心', '肿瘤科'])).toMatchObject({ department: '肿瘤科', hospital: '泰和肿瘤中心' });
  });

  it('doubts a centre named by a disease read as the department where no hospital is read: it may be the hospital itself', () => {
    const body = '<h1>心慌气短怎么办</h1><div>发布日期：2020-03-09</div>' +
      '<dl><dt>专家解答</dt><dd>心慌气短多与心律失常有关，建议做动态心电图检查。</dd><dd>平时注意休息，避免劳累。</dd></dl>' +
      '<p>答疑专家：张华　主治医师　中山肿瘤中心</p>';
    const [page] = read(body, '心慌气短怎么办');
    expect(page!.doctor.hospital !== null || page!.flags.includes('unsure_reading')).toBe(true);
  });

  it("takes the hospital from the hospital's own site where the card names only the centre", () => {
    const body = '<div class="top">江州心血管病医院</div><h1>心慌气短怎么办</h1><div>发布日期：2020-03-09</div>' +
      '<dl><dt>专家解答</dt><dd>心慌气短多与心律失常有关，建议做动态心电图检查。</dd><dd>平时注意休息，避免劳累。</dd></dl>' +
      '<p>答疑专家：张华　主治医师　冠心病中心</p><div class="foot">江州心血管病医院　地址：江州市北路1号</div>';
    const [page] = read(body, '心慌气短怎么办-专家答疑-江州心血管病医院');
    expect(page!.doctor).toMatchObject({ name: '张华', department: '冠心病中心', hospital: '江州心血管病医院' });
  });

  it("reads a side card under 答疑专家 that names the doctor, title and department, the hospital the site's own", () => {
    const body = '<div class="top">江州心血管病医院</div><div><div><dl><dt>答疑专家</dt><dd>陈怡磊</dd><dd>副主任医师</dd><dd>心血管内科</dd></dl></div>' +
      '<div><h1>心慌气短怎么办</h1><div>发布日期：2020-03-09</div>' +
      '<dl><dt>专家解答</dt><dd>心慌气短多与心律失常有关，建议做动态心电图检查。</dd><dd>平时注意休息，避免劳累。</dd></dl></div></div>' +
      '<div class="foot">江州心血管病医院　地址：江州市北路1号</div>';
    const [page] = read(body, '心慌气短怎么办-专家答疑-江州心血管病医院');
    expect(page!.doctor).toMatchObject({ name: '陈怡磊', title: '副主任医师', department: '心血管内科', hospital: '江州心血管病医院' });
    expect(page!.flags).not.toContain('unsure_reading');
  });

  it('does not let a side card naming no hospital set aside several doctors’ cards by the answer', () => {
    const body = '<div><div><h1>心慌气短怎么办</h1><div>发布日期：2020-03-09</div>' +
      '<p>李明　主任医师　心血管内科　北岸市人民医院</p><p>心慌气短多与心律失常有关，建议做动态心电图检查，平时注意休息，避免劳累。</p>' +
      '<p>张强　副主任医师　呼吸内科　南湖医院</p><p>也可能与肺功能下降有关，建议做肺功能检查。</p></div>' +
      '<aside><h3>本文医生</h3><p>王芳</p><p>主治医师</p><p>儿科</p></aside></div>';
    const [page] = read(body, '心慌气短怎么办');
    expect(page!.doctor.name !== '王芳' || page!.flags.includes('unsure_reading')).toBe(true);
  });
});

describe('a hospital site’s side card with the doctor’s week of clinic sessions', () => {
  const QUESTION = '头晕伴有耳鸣是怎么回事';
  const ANSWER = '<p>头晕伴有耳鸣多与后循环缺血有关，建议先做头颅磁共振和颈部血管超声检查。</p><p>平时注意休息，避免熬夜和情绪激动。</p>';
  const schedule =
    '<table class="sched"><tr><th>出诊时间</th><th>上午</th><th>下午</th></tr><tr><td>周一</td><td>专家门诊</td><td></td></tr>' +
    '<tr><td>周二</td><td></td><td>特需门诊</td></tr><tr><td>周三</td><td>专家门诊</td><td></td></tr><tr><td>周四</td><td></td><td></td></tr></table>';
  const card = (unit: string) => `<aside class="expert-card"><img src="/e/1.jpg" alt=""><div>陈立华</div><div>副主任医师</div><div>${unit}</div>${schedule}<a href="/guahao/">预约挂号</a></aside>`;
  const article = `<article><h1>${QUESTION}</h1><div class="meta"><span>发布时间：2022-11-24</span></div><div class="answer"><div>专家解答</div>${ANSWER}</div></article>`;
  const site = (main: string) =>
    read(`<header><b>江州市第一人民医院</b></header><main>${main}</main><footer>江州市第一人民医院　地址：江州市北路1号</footer>`, `${QUESTION}_专家答疑_江州市第一人民医院`)[0]!;

  it('reads a centre named by a disease as the department, the sessions in the grid (专家门诊, 特需门诊) no unit, the hospital the site’s', () => {
    const page = site(`${article}${card('脑血管病中心')}`);
    expect(page.doctor).toMatchObject({ name: '陈立华', title: '副主任医师', department: '脑血管病中心', hospital: '江州市第一人民医院' });
  });

  it('reads the card before the article in the markup alike, the page’s only card', () => {
    const page = site(`${card('神经内科')}${article}`);
    expect(page.doctor).toMatchObject({ name: '陈立华', title: '副主任医师', department: '神经内科', hospital: '江州市第一人民医院' });
  });

  it('doubts such a card before the article where the site names no hospital of its own (a directory’s card)', () => {
    const page = read(`<div class="top">挂号问答</div><main>${card('神经内科')}${article}</main><div class="foot">© 挂号问答</div>`, `${QUESTION}_挂号问答`)[0]!;
    expect(page.doctor).toMatchObject({ name: '陈立华', hospital: null });
    expect(page.flags).toContain('unsure_reading');
  });

  it('doubts the card before the article where the article names another doctor, or no label names the answer an expert’s', () => {
    // The hospital's own article, a reviewer's line naming another doctor under it: the side card may be any doctor the site shows.
    const reviewed = site(`${card('神经内科')}${article.replace('</div></article>', '<p>审核专家：李强 主任医师 神经内科</p></div></article>')}`);
    expect(reviewed.doctor.name !== '陈立华' || reviewed.flags.includes('unsure_reading')).toBe(true);
    // Its 宣传科's text, no 专家解答 over it: no one is said to answer.
    const unlabelled = site(`${card('神经内科')}${article.replace('<div>专家解答</div>', '').replace('</div></article>', '<p>（宣传科 供稿）</p></div></article>')}`);
    expect(unlabelled.doctor.name !== '陈立华' || unlabelled.flags.includes('unsure_reading')).toBe(true);
  });

  it('reads no department off the grid where the card prints none', () => {
    const bare = `<aside class="expert-card"><div>陈立华</div><div>副主任医师</div><div>江州市第一人民医院</div>${schedule}</aside>`;
    expect(site(`${article}${bare}`).doctor).toMatchObject({ name: '陈立华', department: null, hospital: '江州市第一人民医院' });
  });

  it('takes a kind of session beside a centre for no unit, the centre staying the department', () => {
    expect(parseCardParts(['陈立华', '副主任医师', '脑血管病中心', '专家门诊'])).toMatchObject({ department: '脑血管病中心', hospital: null });
    expect(parseCardParts(['陈立华', '副主任医师', '特需门诊', '神经内科'])).toMatchObject({ department: '神经内科' });
  });
});
