import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * Pages of the genre where the rules fresh-79 taught the reader (a portal record's label standing alone, a maker's 客服回复 label,
 * a pharmacy's 用药提醒 box beside a doctor's 医生回复, a <br> ending a picture's line, an organisation as JSON-LD's author) could
 * misread: each reads as a user would check it.
 */

const html = (title: string, body: string, head = '') => `<html><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;
const pageOf = (page: string) => entriesOf(extractOrThrow(pageRecord(page, { url: 'saved-page.html' }))).find((e) => e.origin === 'page');
const P = (l: string) => `<p>${l}</p>`;

const QUESTION = '上下楼膝盖痛是什么原因引起的';
const ANSWER = ['上下楼膝盖痛需要结合具体情况来看，一般有以下几种情况：', '（1）在夜间加重的，一般和饮食不规律、熬夜有关，配合医生规范治疗效果更好。', '（2）年龄超过60岁的，不要长期自行服用软骨保护剂，以免延误病情。'];

describe('a health portal’s record whose reply’s label stands alone on its line', () => {
  const rows: [string, string][] = [
    ['标题', QUESTION],
    ['咨询人', '杨**'],
    ['咨询时间', '2019-03-23'],
    ['咨询内容', `${QUESTION}？最近一段时间一直这样。`],
    ['答复专家', '罗芳'],
    ['职称', '主治医师'],
    ['所在单位', '北岸市人民医院'],
    ['科室', '骨科'],
    ['答复时间', '2019-04-12'],
  ];
  const record = (reply: string, after = '') =>
    html(`${QUESTION}-名医在线-某省卫生健康委员会`, `<h2>名医在线</h2><div class="record">${rows.map(([k, v]) => `<p><b>${k}：</b>${v}</p>`).join('')}<p><b>答复内容：</b></p><div>${reply}</div>${after}</div>`);
  const CARD = { name: '罗芳', title: '主治医师', department: '骨科', hospital: '北岸市人民医院', hospital_grade: null };

  it('ends the reply with the record: no 满意度 row after it, the 上一篇 / 下一篇 links, the print buttons and the footer are none of it', () => {
    const page = record(ANSWER.map(P).join('')).replace(
      '</body>',
      `<div class="pn"><p>上一篇：<a href="/a/1.html">腰疼怎么办</a></p><p>下一篇：<a href="/a/3.html">头晕是什么原因</a></p></div>` +
        `<div class="tools"><p>【打印本页】【关闭窗口】</p></div><div class="footer"><p>版权所有：某省卫生健康委员会</p></div></body>`,
    );
    const read = pageOf(page)!;
    expect(read.answer_paragraphs).toEqual(ANSWER);
    expect(read.doctor).toEqual(CARD);
    expect(read.date).toBe('2019-04-12');
    expect(read.flags).not.toContain('unsure_reading');
  });

  it('reads the reply where the label and its text stand in rows of their own, up to the record’s end', () => {
    const page = html(
      `${QUESTION}-名医在线-某省卫生健康委员会`,
      `<h2>名医在线</h2><div class="record">${rows.map(([k, v]) => `<div class="row"><p><b>${k}：</b>${v}</p></div>`).join('')}<div class="row"><p><b>答复内容：</b></p></div><div class="row"><div>${ANSWER.map(P).join('')}</div></div></div>` +
        `<div class="footer"><p>版权所有：某省卫生健康委员会</p><p>地址：北岸市中山路1号　邮编：430000</p></div>`,
    );
    const read = pageOf(page)!;
    expect(read.answer_paragraphs).toEqual(ANSWER);
    expect(read.doctor).toEqual(CARD);
  });

  it('keeps the heads inside the reply (病情分析：, 指导意见：) as its lines, the reply running on to the 满意度 row', () => {
    const read = pageOf(record(`<p><b>病情分析：</b></p>${P(ANSWER[0]!)}<p><b>指导意见：</b></p>${P(ANSWER[1]!)}${P(ANSWER[2]!)}`, '<p><b>满意度：</b>满意</p>'))!;
    expect(read.answer_paragraphs).toEqual(['病情分析：', ANSWER[0], '指导意见：', ANSWER[1], ANSWER[2]]);
    expect(read.doctor).toEqual(CARD);
    expect(read.flags).not.toContain('unsure_reading');
  });
});

describe('a maker’s expert Q&A: the expert’s answer that speaks of the customer service', () => {
  const CARD = '<div><p>王芳 <i>特邀专家</i></p><p>主任医师</p><p>江州市人民医院</p><p>心血管内科</p></div>';
  const page = (answer: string[], before = '') =>
    html(
      `${QUESTION}-专家问答`,
      `<div><span>Q</span><h2>${QUESTION}</h2><p>用户omr_ab12****　提问时间：2023.05.01</p></div>${before}<div><span>A</span><h3>专家解答</h3>${CARD}<div>${answer.map(P).join('')}</div><p>解答时间：2023.05.06</p></div><p>专家解答仅供参考，不能代替医生面诊。</p>`,
    );

  it('keeps the answer’s line quoting what the service said (`您说的客服回复：`, `之前客服回复：`) and the lines after it', () => {
    for (const quoting of ['您说的客服回复：', '之前客服回复：']) {
      const answer = [ANSWER[0]!, quoting, '“血压计测量误差在正负3毫米汞柱以内属于正常”', '这个说法是对的，测量前请静坐5分钟，袖带与心脏同高。', ANSWER[2]!];
      const read = pageOf(page(answer))!;
      expect(read.answer_paragraphs).toEqual(answer);
      expect(read.date).toBe('2023-05-06');
      expect(read.flags).not.toContain('unsure_reading');
    }
  });

  it('reads the expert’s answer after the service’s note forwarding the question to them', () => {
    const read = pageOf(page(ANSWER, '<div><p>在线客服回复：</p><p>您好，您的问题已转交专家，请耐心等待专家解答。</p><p>2023.05.02</p></div>'))!;
    expect(read.answer_paragraphs).toEqual(ANSWER);
    expect(read.doctor).toMatchObject({ name: '王芳', title: '主任医师', hospital: '江州市人民医院' });
    expect(read.date).toBe('2023-05-06');
  });
});

describe('a pharmacy chain’s 问医生: the doctor’s box of lines parted by <br>, the shop pharmacist’s reminder, a 追问 round', () => {
  const doctorBox = (lines: string, label = '医生回复：', answer = ANSWER, day = '2020-03-03') =>
    `<div class="hf"><div class="doc">${lines}</div><div><p>${label}</p>${answer.map(P).join('')}</div><p>回复时间：${day} 14:22:31</p></div>`;
  const LINES = '<img src="/images/doc.gif"><span>益丰互联网医院</span> <a href="/doctor/1.html">慕容雪刚</a> 医师<br>执业医院：北岸市儿童医院<br>科室：神经内科';
  const PHARMACIST = `<div class="hf"><div class="doc">执业药师 董清　益丰大药房北岸中山路店</div><div><p>用药提醒：</p><p>用药前请仔细阅读说明书，如正在服用其他药物，请告知医生或药师，避免重复用药。</p></div><p>回复时间：2020-03-02 09:10:11</p></div>`;
  const page = (boxes: string) =>
    html(`${QUESTION}_问医生`, `<div><h1>${QUESTION}</h1><p>提问者：yf_1234****　女　37岁　提问时间：2020-03-01 10:00:00</p></div><div><h3>共3条回复</h3>${boxes}</div><p>以上回复仅供参考。</p>`);

  it('doubts a picture alone on the line a <br> opens under the hospital’s line, where a grade’s badge stands', () => {
    const under = LINES.replace('执业医院：北岸市儿童医院', '执业医院：北岸市儿童医院<br><img src="/images/lv3.gif">');
    const last = LINES.replace('<br>执业医院：北岸市儿童医院<br>科室：神经内科', '<br>科室：神经内科<br>执业医院：北岸市儿童医院<br><img src="/images/lv3.gif">');
    for (const lines of [under, last]) {
      const read = pageOf(page(doctorBox(lines)))!;
      expect(read.doctor).toMatchObject({ name: '慕容雪刚', hospital: '北岸市儿童医院', hospital_grade: null });
      expect(read.flags).toContain('unsure_reading');
    }
  });

  it('takes an avatar alone on the box’s first line for no badge', () => {
    const read = pageOf(page(doctorBox('<img src="/images/doc.gif"><br><a href="/doctor/1.html">慕容雪刚</a> 医师<br>执业医院：北岸市儿童医院<br>科室：神经内科')))!;
    expect(read.doctor).toEqual({ name: '慕容雪刚', title: '医师', department: '神经内科', hospital: '北岸市儿童医院', hospital_grade: null });
    expect(read.flags).not.toContain('unsure_reading');
  });

  it('takes the first reply (under 回复内容：) for the answer, not a 追问 round’s under 医生回复：, beside a pharmacist’s 用药提醒', () => {
    const followUp = '可以继续观察一周，如果仍然疼痛建议到医院骨科就诊，拍片检查。';
    const read = pageOf(page(doctorBox(LINES, '回复内容：') + PHARMACIST + `<div class="zw"><p>追问：吃了药还是疼怎么办？</p></div>` + doctorBox(LINES, '医生回复：', [followUp], '2020-03-05')))!;
    expect(read.answer_paragraphs).toEqual(ANSWER);
    expect(read.date).toBe('2020-03-03');
    expect(read.doctor).toMatchObject({ name: '慕容雪刚', hospital: '北岸市儿童医院' });
  });
});

describe('structured data whose answer’s author is an organisation', () => {
  const CARD = '<div><p>王芳</p><p>主任医师</p><p>江州市人民医院</p><p>心血管内科</p></div>';
  const ld = (author: object) =>
    `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'QAPage', mainEntity: { '@type': 'Question', name: QUESTION, acceptedAnswer: { '@type': 'Answer', text: ANSWER.join(''), dateCreated: '2023-05-06', author } } })}</script>`;
  const page = (author: object) =>
    html(`${QUESTION}-问医生`, `<div><h2>${QUESTION}</h2><p>提问时间：2023.05.01</p></div><div><h3>医生解答</h3>${CARD}<div>${ANSWER.map(P).join('')}</div><p>解答时间：2023.05.06</p></div>`, ld(author));

  it('doubts a hospital as the author other than the card’s', () => {
    for (const author of [{ '@type': 'Hospital', name: '南城市中医院' }, { '@type': 'MedicalOrganization', name: '南城市第二人民医院' }]) {
      const read = pageOf(page(author))!;
      expect(read.doctor).toMatchObject({ name: '王芳', hospital: '江州市人民医院' });
      expect(read.flags).toContain('unsure_reading');
    }
  });

  it('takes the card’s own hospital, or a maker, as the author for no disagreement', () => {
    for (const author of [{ '@type': 'Hospital', name: '江州市人民医院' }, { '@type': 'Corporation', name: '欧姆龙健康医疗（中国）有限公司' }]) {
      const read = pageOf(page(author))!;
      expect(read.doctor).toMatchObject({ name: '王芳', hospital: '江州市人民医院' });
      expect(read.flags).not.toContain('unsure_reading');
    }
  });
});
