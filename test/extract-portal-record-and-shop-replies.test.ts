import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * What fresh-79 (a 卫健委's 名医在线 record of rows, a pharmacy chain's 问医生 with its shop pharmacist's reminder, a device
 * maker's 专家问答 with its customer service's reply) taught the genre reader.
 */

const html = (title: string, body: string, head = '') => `<html><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;
const pageOf = (page: string) => entriesOf(extractOrThrow(pageRecord(page, { url: 'saved-page.html' }))).find((e) => e.origin === 'page');

const QUESTION = '上下楼膝盖痛是什么原因引起的';
const ANSWER = ['上下楼膝盖痛需要结合具体情况来看，一般有以下几种情况：', '（1）在夜间加重的，一般和饮食不规律、熬夜有关，配合医生规范治疗效果更好。', '（2）年龄超过60岁的，不要长期自行服用软骨保护剂，以免延误病情。'];

describe('a health portal’s consultation record: the replying expert’s own rows are the card, the board’s rows none of the answer', () => {
  const rows = (unit: string, extra: [string, string][] = []): [string, string][] => [
    ['标题', QUESTION],
    ['咨询人', '杨**'],
    ['咨询时间', '2019-03-23'],
    ['咨询内容', `${QUESTION}？最近一段时间一直这样。`],
    ...extra,
    ['答复专家', '罗芳'],
    ['职称', '主治医师'],
    ['所在单位', unit],
    ['科室', '骨科'],
    ['答复时间', '2019-04-12'],
  ];
  const table = (unit: string, extra: [string, string][] = []) =>
    html(
      `${QUESTION}-名医在线-某省卫生健康委员会`,
      `<h2>名医在线</h2><table>${[...rows(unit, extra), ['答复内容', ANSWER.map((l) => `　　${l}`).join('<br>')], ['满意度', '满意']].map(([k, v]) => `<tr><td>${k}</td><td>${v}</td></tr>`).join('')}</table>`,
    );
  const lines = (unit: string) =>
    html(
      `${QUESTION}-名医在线-某省卫生健康委员会`,
      `<h2>名医在线</h2><div>${rows(unit).map(([k, v]) => `<p><b>${k}：</b>${v}</p>`).join('')}<p><b>答复内容：</b></p><div>${ANSWER.map((l) => `<p>${l}</p>`).join('')}</div><p><b>满意度：</b>非常满意</p></div>`,
    );

  it('reads the expert, their 所在单位 with its grade, the reply’s day and text, in a table of rows', () => {
    const page = pageOf(table('北岸市人民医院（二甲）'))!;
    expect(page.question).toBe(QUESTION);
    expect(page.doctor).toEqual({ name: '罗芳', title: '主治医师', department: '骨科', hospital: '北岸市人民医院', hospital_grade: '二甲' });
    expect(page.answer_paragraphs).toEqual(ANSWER);
    expect(page.date).toBe('2019-04-12');
    expect(page.flags).not.toContain('unsure_reading');
  });

  it('reads the reply’s text on the lines after a label standing alone, up to the 满意度 row', () => {
    const page = pageOf(lines('北岸市人民医院'))!;
    expect(page.doctor).toMatchObject({ name: '罗芳', title: '主治医师', hospital: '北岸市人民医院', hospital_grade: null });
    expect(page.answer_paragraphs).toEqual(ANSWER);
  });

  it('takes no hospital from the row the question was forwarded by (办理情况: 已转…办理)', () => {
    const page = pageOf(table('北岸市人民医院', [['办理情况', '已转北岸市人民医院办理'], ['转办单位', '某省卫生健康委员会医政医管处']]))!;
    expect(page.doctor.hospital).toBe('北岸市人民医院');
    expect(page.answer_paragraphs).toEqual(ANSWER);
  });

  it('leaves a web form’s record to the page’s reader where a row of the card is none the board reads (a 所属科室 select)', () => {
    const form = html(
      `${QUESTION}-咨询记录`,
      `<form><table><tr><th>咨询标题：</th><td>${QUESTION}</td></tr><tr><th>咨询时间：</th><td>2019-03-23 10:12</td></tr>` +
        `<tr><th>回复医生：</th><td>罗芳 职称：主治医师</td></tr><tr><th>所在医院：</th><td>北岸市人民医院</td></tr>` +
        `<tr><th>所属科室：</th><td><select disabled><option>中医科</option><option>外科</option><option selected>骨科</option><option>眼科</option></select></td></tr>` +
        `<tr><th>回复内容：</th><td>${ANSWER.join('<br>')}</td></tr><tr><th>回复时间：</th><td>2019-04-12 18:30</td></tr></table></form>`,
    );
    expect(pageOf(form)!.doctor).toMatchObject({ name: '罗芳', department: '骨科', hospital: '北岸市人民医院' });
  });

  it('reads no hospital from a 所在单位 that is none (an office), and doubts it', () => {
    const page = pageOf(table('某省卫生健康委员会医政医管处'))!;
    expect(page.doctor.hospital).toBeNull();
    expect(page.flags).toContain('unsure_reading');
  });
});

describe('a maker’s expert Q&A: its customer service’s reply and its structured data name no doctor of the answer', () => {
  const CARD = '<div><p>王芳 <i>特邀专家</i></p><p>主任医师</p><p>江州市人民医院</p><p>心血管内科</p></div>';
  const SERVICE = '<div><p>欧姆龙客服回复：</p><p>您好，关于血压计的使用，建议每天固定时间测量。产品问题请拨打客服热线400-770-9988。</p><p>2023.05.07</p></div>';
  const page = (after: string, ld = '') =>
    html(
      `${QUESTION}-专家问答`,
      `<div><span>Q</span><h2>${QUESTION}</h2><p>用户omr_ab12****　提问时间：2023.05.01</p></div><div><span>A</span><h3>专家解答</h3>${CARD}<div>${ANSWER.map((l) => `<p>${l}</p>`).join('')}</div><p>解答时间：2023.05.06</p></div>${after}<p>专家解答仅供参考，不能代替医生面诊。</p>`,
      ld,
    );
  const ld = (author: object) =>
    `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'QAPage', mainEntity: { '@type': 'Question', name: QUESTION, acceptedAnswer: { '@type': 'Answer', text: ANSWER.join(''), dateCreated: '2023-05-06', author } } })}</script>`;

  it('ends the answer at the label of the service’s reply after it', () => {
    const read = pageOf(page(SERVICE))!;
    expect(read.answer_paragraphs).toEqual(ANSWER);
    expect(read.doctor).toMatchObject({ name: '王芳', title: '主任医师', hospital: '江州市人民医院' });
    expect(read.date).toBe('2023-05-06');
  });

  it('keeps a line of the answer that asks to contact the service', () => {
    const asks = '如有设备问题请联系客服回复。';
    expect(pageOf(page('').replace('</div><p>解答时间', `<p>${asks}</p></div><p>解答时间`))!.answer_paragraphs).toEqual([...ANSWER, asks]);
  });

  it('takes an organisation as the structured data’s author for no doctor, but a person of another name for one', () => {
    expect(pageOf(page('', ld({ '@type': 'Organization', name: '欧姆龙健康医疗（中国）有限公司' })))!.flags).not.toContain('unsure_reading');
    expect(pageOf(page('', ld({ '@type': 'Person', name: '李明' })))!.flags).toContain('unsure_reading');
  });
});

describe('a pharmacy chain’s 问医生: the shop pharmacist’s reminder beside the doctor’s reply, and the doctor’s box of lines', () => {
  const doctorBox = (hospitalLine = '执业医院：北岸市儿童医院') =>
    `<div class="hf"><div class="doc"><img src="/images/doc.gif"><span>益丰互联网医院</span> <a href="/doctor/1.html">慕容雪刚</a> 医师<br>${hospitalLine}<br>科室：神经内科</div>` +
    `<div><p>医生回复：</p>${ANSWER.map((l) => `<p>${l}</p>`).join('')}</div><p>回复时间：2020-03-03 14:22:31</p></div>`;
  const pharmacistBox = (label: string) =>
    `<div class="hf"><div class="doc">执业药师 董清　益丰大药房北岸中山路店</div><div><p>${label}</p><p>用药前请仔细阅读说明书，如正在服用其他药物，请告知医生或药师，避免重复用药。</p></div><p>回复时间：2020-03-02 09:10:11</p></div>`;
  const page = (boxes: string) =>
    html(`${QUESTION}_问医生`, `<div><h1>${QUESTION}</h1><p>提问者：yf_1234****　女　37岁　提问时间：2020-03-01 10:00:00</p></div><div><h3>共2条回复</h3>${boxes}</div><p>以上回复仅供参考。</p>`);

  it('takes the doctor’s reply, not the pharmacist’s 用药提醒 before it', () => {
    const read = pageOf(page(pharmacistBox('用药提醒：') + doctorBox()))!;
    expect(read.doctor).toEqual({ name: '慕容雪刚', title: '医师', department: '神经内科', hospital: '北岸市儿童医院', hospital_grade: null });
    expect(read.answer_paragraphs).toEqual(ANSWER);
    expect(read.date).toBe('2020-03-03');
    expect(read.flags).not.toContain('unsure_reading');
  });

  it('keeps a pharmacist who answers alone under a reminder’s head as the answerer', () => {
    const alone = html(
      `${QUESTION}_问药师`,
      `<div><h1>${QUESTION}</h1></div><div class="hf"><div class="doc">执业药师 董清　益丰大药房北岸中山路店</div><div><p>用药提醒：</p>${ANSWER.map((l) => `<p>${l}</p>`).join('')}</div><p>回复时间：2020-03-02</p></div>`,
    );
    expect(pageOf(alone)!.doctor).toMatchObject({ name: '董清', title: '执业药师' });
  });

  it('takes a picture opening the name’s line, before a <br>, for no badge of the hospital on the next line', () => {
    expect(pageOf(page(doctorBox()))!.flags).not.toContain('unsure_reading');
  });

  it('still doubts a picture on the hospital’s own line, where a grade’s badge stands', () => {
    const read = pageOf(page(doctorBox('执业医院：北岸市儿童医院 <img src="/images/lv3.gif">')))!;
    expect(read.doctor.hospital_grade).toBeNull();
    expect(read.flags).toContain('unsure_reading');
  });
});
