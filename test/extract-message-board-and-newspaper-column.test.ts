import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on a public message board's record and a newspaper's Q&A column.
 * What fresh-29's two untuned kinds of page taught the genre reader: a public board's record, a newspaper's Q&A column.
 */

const read = (html: string, url = 'https://zwfw.example-city.gov.cn/xinxiang/detail/8812.html') => entriesOf(extractOrThrow(pageRecord(html, { url })));
const REPLY = ['您好！膝盖疼多与劳损有关，建议先减少爬楼和深蹲。', '疼痛持续两周以上，请到骨科门诊拍片检查。'];
const doc = (title: string, body: string) => `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

describe("a public message board's record: the message's fields, then the reply from the unit it was forwarded to", () => {
  it('reads a table of label cells: the message title the question, the reply without its signature and closing, the unit the hospital, the signer the doctor', () => {
    const html = doc(
      '信件详情-滨海市卫生健康委员会',
      `<div class="crumb">您的位置：首页 » 市长信箱 » 信件详情</div>
<table class="letter">
<tr><td class="lbl">信件标题：</td><td class="val">膝盖疼了半个月该怎么办</td></tr>
<tr><td class="lbl">来信人：</td><td class="val">林**</td></tr>
<tr><td class="lbl">来信时间：</td><td class="val">2023-03-02</td></tr>
<tr><td class="lbl">来信内容：</td><td class="val">膝盖疼了半个月该怎么办？上下楼更疼，去过社区医院。</td></tr>
</table>
<table class="answer">
<tr><td class="lbl">办理单位：</td><td class="val">滨海市第一人民医院</td></tr>
<tr><td class="lbl">答复时间：</td><td class="val">2023年3月9日</td></tr>
<tr><td class="lbl">答复意见：</td><td class="val">${REPLY.map((p) => `<div>${p}</div>`).join('')}<div style="float:right">回复人：骨科 李明 主治医师</div><div>滨海市第一人民医院</div><div>2023年3月9日</div></td></tr>
</table>`,
    );
    const own = read(html)[0]!;
    expect(own.question).toBe('膝盖疼了半个月该怎么办');
    expect(own.answer_paragraphs).toEqual(REPLY);
    expect(own.doctor).toEqual({ name: '李明', title: '主治医师', department: '骨科', hospital: '滨海市第一人民医院', hospital_grade: null });
    expect(own.date).toBe('2023-03-09');
    expect(own.flags).not.toContain('unsure_reading');
  });

  it("reads a description list's terms the same way; an unsigned reply is the unit's, no one named", () => {
    const html = doc(
      '公众留言_滨海市卫健委',
      `<h3>公众留言</h3><dl class="msg"><dt>留言主题</dt><dd>孩子反复咳嗽需要拍胸片吗</dd><dt>留言人</dt><dd>网友</dd><dt>留言内容</dt><dd>孩子反复咳嗽需要拍胸片吗？已经咳了十天。</dd>
<dt>回复部门</dt><dd>滨海市妇幼保健院</dd><dt>回复日期</dt><dd>2022.11.20</dd><dt>回复内容</dt><dd><span>咳嗽十天以上建议到儿科就诊，由医生听诊后决定是否拍片。</span></dd></dl>`,
    );
    const own = read(html)[0]!;
    expect(own.question).toBe('孩子反复咳嗽需要拍胸片吗');
    expect(own.answer_paragraphs).toEqual(['咳嗽十天以上建议到儿科就诊，由医生听诊后决定是否拍片。']);
    expect(own.doctor).toEqual({ name: null, title: null, department: null, hospital: '滨海市妇幼保健院', hospital_grade: null });
    expect(own.date).toBe('2022-11-20');
  });

  it("doubts a reply whose unit is no hospital (the commission itself answered): no hospital read; the board's rating row ends the reply's text", () => {
    const html = doc(
      '留言详情',
      `<p><b>留言标题：</b>医保报销比例是多少呢</p><p><b>留言内容：</b>医保报销比例是多少？</p><p><b>回复单位：</b>市卫健委医政医管处</p><p><b>回复时间：</b>2022-08-01</p><div><b>回复内容：</b><p>按照现行政策，住院费用报销比例为百分之七十左右，具体以医保部门核定为准。</p><p>评价结果：满意</p><p>本件已于2022年8月2日公开。</p></div>`,
    );
    const own = read(html)[0]!;
    expect(own.answer_paragraphs).toEqual(['按照现行政策，住院费用报销比例为百分之七十左右，具体以医保部门核定为准。']);
    expect(own.doctor.hospital).toBeNull();
    expect(own.flags).toContain('unsure_reading');
  });

  it("reads the board's 相关留言 under the record, each snippet without its 回复摘要： label; other messages under a head it does not know make it doubt", () => {
    // The list inside the reply's box, as a template may set it: its heading ends the reply.
    const record = (list: string) =>
      `<p><b>留言标题：</b>膝盖疼了半个月该怎么办</p><p><b>回复单位：</b>滨海市第一人民医院</p><p><b>回复时间：</b>2023-03-09</p><div><b>回复内容：</b>${REPLY.map((p) => `<p>${p}</p>`).join('')}${list}</div>`;
    const items = (head: string) =>
      `<div class="side"><h4>${head}</h4><ul><li><a href="/xinxiang/detail/8790.html">脚踝扭伤后还能运动吗？</a><div>回复摘要：扭伤后先冰敷休息，一周内避免剧烈运动。</div></li>
<li><a href="/xinxiang/detail/8771.html">腰疼要拍片子吗？</a><div>回复摘要：腰疼超过两周或伴腿麻，建议到骨科拍片。</div></li></ul></div>`;
    const related = read(doc('留言详情', record(items('相关留言')))).filter((e) => e.origin === 'related');
    expect(related.map((e) => [e.question, e.answer_paragraphs])).toEqual([
      ['脚踝扭伤后还能运动吗？', ['扭伤后先冰敷休息，一周内避免剧烈运动。']],
      ['腰疼要拍片子吗？', ['腰疼超过两周或伴腿麻，建议到骨科拍片。']],
    ]);
    const hot = read(doc('留言详情', record(items('热点留言'))));
    expect(hot[0]!.answer_paragraphs).toEqual(REPLY);
    expect(hot.filter((e) => e.origin === 'related')).toEqual([]);
    expect(hot[0]!.flags).toContain('unsure_reading');
  });
});

describe("a newspaper's Q&A column: a reader's 问, then the 答 that names who answers", () => {
  const ANSWER = ['膝盖疼多与劳损有关，建议先减少爬楼和深蹲。', '疼痛持续两周以上，请到骨科门诊拍片检查。'];
  const url = 'https://paper.example-daily.cn/html/2023-05/06/content_3312.htm';

  it("reads the answer after the label, none of the byline, the reader's words, the profile or the editor's line; the card from the profile; the day the issue's", () => {
    const html = doc(
      '膝盖疼了半个月该怎么办--滨海日报',
      `<header><div class="mast">滨海日报</div><div class="issue"><em>2023年5月6日</em> <em>星期六</em></div><div class="ban">第B03版：健康周刊</div></header>
<article><div class="yt">名医坐堂</div><h2>膝盖疼了半个月该怎么办</h2><div class="by">记者 陈晓 通讯员 刘洋</div>
<div class="txt"><p><strong>读者李先生问：</strong>膝盖疼了半个月该怎么办？上下楼更疼。</p>
<p><strong>王芳答：</strong>${ANSWER[0]}</p><p>${ANSWER[1]}</p>
<p><strong>专家简介：</strong>王芳，滨海市第一医院骨科主任医师，擅长关节疾病的诊治。</p><p>(责任编辑：张三)</p></div></article>`,
    );
    const own = read(html, url)[0]!;
    expect(own.question).toBe('膝盖疼了半个月该怎么办');
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.doctor).toEqual({ name: '王芳', title: '主任医师', department: '骨科', hospital: '滨海市第一医院', hospital_grade: null });
    expect(own.date).toBe('2023-05-06');
    expect(own.flags).not.toContain('unsure_reading');
  });

  it("takes the card from a dash-led credit subtitle under an unnamed 专家答：, and doubts a page with no issue day", () => {
    const html = doc(
      '膝盖疼了半个月该怎么办',
      `<h1>膝盖疼了半个月该怎么办</h1><h3>——滨海市第一医院骨科主任医师王芳为您解答</h3>
<div><p>市民问：膝盖疼了半个月该怎么办？</p><p><b>专家答：</b>${ANSWER[0]}</p><p>${ANSWER[1]}</p></div>`,
    );
    const own = read(html, url)[0]!;
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.doctor.name).toBe('王芳');
    expect(own.doctor.hospital).toBe('滨海市第一医院');
    expect(own.date).toBeNull();
    expect(own.flags).toContain('unsure_reading');
  });

  it("fills what a label's own card leaves out (王芳主任医师答：) from a lead-in crediting the same doctor", () => {
    const html = doc(
      '膝盖疼了半个月该怎么办',
      `<div>2023年5月6日 星期六 第3版</div><h1>膝盖疼了半个月该怎么办</h1>
<div><p>本期我们邀请滨海市第一医院骨科主任医师王芳为读者解答。</p><p>网友问：膝盖疼了半个月该怎么办？</p><p>王芳主任医师答：${ANSWER[0]}</p></div>`,
    );
    const own = read(html, url)[0]!;
    expect(own.doctor).toEqual({ name: '王芳', title: '主任医师', department: '骨科', hospital: '滨海市第一医院', hospital_grade: null });
    expect(own.date).toBe('2023-05-06');
    expect(own.flags).not.toContain('unsure_reading');
  });

  it("doubts a label whose name no credit of the article gives", () => {
    const html = doc(
      '膝盖疼了半个月该怎么办--滨海日报',
      `<div>2023年5月6日 星期六</div><div>第B03版</div><h1>膝盖疼了半个月该怎么办</h1>
<div><p>　　近日有读者来电询问膝痛问题，本期我们请来滨海市第一医院骨科主任医师王芳为大家解答。</p><p>读者问：膝盖疼了半个月该怎么办？</p><p><b>李明答：</b>${ANSWER[0]}</p></div>`,
    );
    const own = read(html, url)[0]!;
    expect(own.answer_paragraphs).toEqual([ANSWER[0]]);
    expect(own.flags).toContain('unsure_reading');
  });
});
