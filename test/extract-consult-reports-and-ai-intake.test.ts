import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on consult platforms' own pages: an internet hospital's report, an app's order page and a transcript opened by an AI assistant's intake.
 * What the blind split fresh-40 taught the genre reader about consult platforms' own pages, each rule on a small page of its own.
 */

const read = (html: string, url = 'https://m.example-jiankang.cn/consult/8841.html') => entriesOf(extractOrThrow(pageRecord(html, { url })));
const pageOf = (html: string) => read(html).find((e) => e.origin === 'page');

const ANSWER = ['孩子反复流鼻血多与鼻腔干燥、挖鼻有关，先保持室内湿润，剪短指甲。', '每月出血超过三次或一次止不住十分钟以上，请到耳鼻喉科查鼻腔和血常规。'];

describe('an internet hospital’s consult report: labelled sections of a form', () => {
  const report = (advice: string) =>
    `<html><head><title>在线问诊报告单 - 南湖康健互联网医院</title></head><body>` +
    `<header><img src="/logo.png" alt="南湖康健互联网医院"><strong>南湖康健互联网医院</strong></header>` +
    `<h1>在线问诊报告单</h1><div>单号：NH2023031100458</div>` +
    `<dl class="patient"><dt>患者</dt><dd>赵**</dd><dt>性别</dt><dd>女</dd><dt>年龄</dt><dd>6岁</dd></dl>` +
    `<article><section><h2>主诉</h2><div>孩子经常流鼻血是怎么回事</div></section>` +
    `<section><h2>现病史</h2><div>最近一个月流了四五次，每次几分钟能止住，平时爱挖鼻子。</div></section>` +
    `<section><h2>${advice}</h2>${ANSWER.map((p) => `<div>${p}</div>`).join('')}</section>` +
    `<table><tr><th>接诊医生</th><td>孙立群</td><th>职称</th><td>副主任医师</td></tr>` +
    `<tr><th>科室</th><td>耳鼻喉科</td><th>执业医院</th><td>东江市人民医院（三甲）</td></tr>` +
    `<tr><th>回复时间</th><td>2023年03月09日 20:41</td><th>问诊方式</th><td>图文问诊</td></tr></table></article>` +
    `<footer><p>报告生成时间：2023-03-11 09:02</p><p>说明：本报告仅为在线咨询记录，不能作为诊断证明及处方，如病情变化请及时到医院就诊。</p></footer></body></html>`;

  for (const advice of ['处理意见', '诊疗建议', '医生建议']) {
    it(`reads the 主诉 as the question and the ${advice} section as the answer, not the report’s kind, the asker’s history or its notes`, () => {
      const entry = pageOf(report(advice))!;
      expect(entry.question).toBe('孩子经常流鼻血是怎么回事');
      expect(entry.answer_paragraphs).toEqual(ANSWER);
      expect(entry.doctor).toMatchObject({ name: '孙立群', title: '副主任医师', hospital: '东江市人民医院' });
      expect(entry.date).toBe('2023-03-09');
      expect(entry.flags).not.toContain('unsure_reading');
    });
  }
});

describe('an app’s order page of a finished consult', () => {
  const rows = (service: string) =>
    `<ul class="order">` +
    [['订单号', '2023030917250018832'], ['服务类型', service], ['支付金额', '¥39.00'], ['下单时间', '2023-03-08 17:25'], ['完成时间', '2023-03-10 08:00']]
      .map(([k, v]) => `<li><label>${k}</label><em>${v}</em></li>`)
      .join('') +
    `</ul>`;
  const order = (title: string, service: string) =>
    `<html><head><title>${title}</title></head><body><nav><a href="/orders">返回</a> 订单详情</nav>` +
    `<div class="status">交易成功</div>` +
    `<div class="doctor"><p>服务医生</p><p>孙立群 副主任医师</p><p>东江市人民医院 耳鼻喉科</p></div>` +
    rows(service) +
    `<div class="ask"><h4>咨询内容</h4><p>孩子经常流鼻血是怎么回事，需要去医院吗</p><p>女孩，6岁，最近一个月流了四五次。</p></div>` +
    `<div class="reply"><h4>医生回复</h4><p>回复时间：2023-03-09 20:41</p>${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div>` +
    `<div class="rate"><h4>我的评价</h4><p>★★★★★</p><p>医生很耐心，谢谢！</p><p>2023-03-10</p></div>` +
    `<a href="/consult/new">再次咨询</a><p>温馨提示：线上咨询不能代替面诊。</p></body></html>`;

  it('reads the question under its label, the answer under the reply’s, dated by its reply time, its format by the service row above the question', () => {
    const entry = pageOf(order('问诊订单', '电话问诊'))!;
    expect(entry.question).toBe('孩子经常流鼻血是怎么回事，需要去医院吗');
    expect(entry.answer_paragraphs).toEqual(ANSWER);
    expect(entry.date).toBe('2023-03-09');
    expect(entry.format).toBe('voice');
    expect(entry.flags).not.toContain('unsure_reading');
  });

  it('reads the same where the title names the page’s kind before a long question', () => {
    const entry = pageOf(order('订单详情 - 孩子经常流鼻血是怎么回事，需要去医院吗', '视频问诊'))!;
    expect(entry.question).toBe('孩子经常流鼻血是怎么回事，需要去医院吗');
    expect(entry.answer_paragraphs).toEqual(ANSWER);
    expect(entry.format).toBe('video');
  });

  it('takes no field’s name over a service label for the question (服务类型 above 图文问诊)', () => {
    const html = order('订单详情', '图文问诊').replace(/<ul class="order">.*?<\/ul>/u, (ul) =>
      ul.replace(/<li><label>(.*?)<\/label><em>(.*?)<\/em><\/li>/gu, '<dt>$1</dt><dd>$2</dd>').replace('<ul class="order">', '<dl>').replace('</ul>', '</dl>'),
    );
    const entry = pageOf(html)!;
    expect(entry.question).toBe('孩子经常流鼻血是怎么回事，需要去医院吗');
    expect(entry.format).toBe('text');
  });
});

describe('a consult transcript opened by an AI assistant’s intake', () => {
  const chat = (assistant: string) =>
    `<html><head><title>问诊记录</title></head><body><h3>问诊记录</h3><p>咨询问题：孩子经常流鼻血是怎么回事</p>` +
    `<div class="doc"><p>接诊医生</p><p>孙立群 副主任医师</p><p>东江市人民医院 耳鼻喉科</p></div>` +
    `<ol class="chat">` +
    `<li class="time">2023-03-08 23:50</li>` +
    `<li class="l"><i>${assistant}</i><div>你好，请描述一下孩子的情况。</div></li>` +
    `<li class="r"><i>我</i><div>孩子经常流鼻血是怎么回事</div></li>` +
    `<li class="l"><i>${assistant}</i><div>已为您整理病情：女孩6岁，反复流鼻血一个月，正在为您安排耳鼻喉科医生。</div></li>` +
    `<li class="time">2023-03-09 08:12</li>` +
    `<li class="sys">孙立群医生已接诊</li>` +
    ANSWER.map((p, i) => `<li class="l"><i>孙立群医生</i><i>08:1${i + 3}</i><div>${p}</div></li>`).join('') +
    `<li class="r"><i>我</i><div>谢谢医生</div></li><li class="sys">问诊已结束</li></ol></body></html>`;

  for (const assistant of ['小康AI助手', 'AI医生助理', '智能导诊']) {
    it(`reads the doctor’s turns alone as the answer, dated by the day line over them, none of ${assistant}’s`, () => {
      const entry = pageOf(chat(assistant))!;
      expect(entry.question).toBe('孩子经常流鼻血是怎么回事');
      expect(entry.answer_paragraphs).toEqual(ANSWER);
      expect(entry.date).toBe('2023-03-09');
      // The patient's 谢谢医生 signs nothing: no doubt of another doctor signing.
      expect(entry.flags).not.toContain('unsure_reading');
    });
  }
});
