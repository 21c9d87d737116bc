import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on a hospital's page on a local-services app, an order's progress bar, 其他患者也在问 lists, a counsellor's studio, a doctor's licence record and members' answers.
 * What the blind split fresh-33 taught the genre reader after its first run (a hospital's page on a
 * local-services app, an order page's progress bar, a counselling studio, a licence record, members'
 * answers beside the doctor's), each rule on a small page of its own.
 */

const URL = 'https://m.example-jiankang.cn/wenda/88.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = ['反复口腔溃疡多与熬夜、缺乏维生素有关，先规律作息。', '溃疡超过两周不愈合，请到口腔科当面检查。'];
const answerHtml = ANSWER.map((p) => `<p>${p}</p>`).join('');
const RELATED = `<section><h4>相关问答</h4><ul><li><a href="/wenda/90.html">口腔溃疡吃什么好得快</a><p>多吃新鲜蔬果，补充维生素。</p></li><li><a href="/wenda/91.html">口腔溃疡一直不好怎么办</a><p>长期不愈合需要排查其他原因。</p></li><li><a href="/wenda/92.html">小孩口腔溃疡怎么处理</a><p>注意口腔清洁，避免辛辣食物。</p></li></ul></section>`;

describe("a hospital's page on a local-services app: the header's hospital and its grade tag", () => {
  const page = (tags: string, title = '经常口腔溃疡怎么办_临江市口腔医院_问答') => `<html><head><title>${title}</title></head><body>
<nav><a href="/">首页</a> <a href="/city">城市</a></nav>
<section class="shop">
  <h2>临江市口腔医院</h2>
  <p>4.7分 · 1286条点评</p>
  <p>${tags}</p>
  <p>临江市滨江路8号</p>
  <p>营业时间：08:00-17:30</p>
</section>
<div class="tabs"><a href="#a">商户</a> <a href="#b">点评</a> <a href="#c">问大家</a></div>
<div class="ask"><span>问</span><h3>经常口腔溃疡怎么办</h3><small>m***n 提问于 2023-04-01</small></div>
<div class="reply">
  <div><em>认证医生</em> <strong>吴敏</strong> 主治医师 口腔内科 本院医生</div>
  ${answerHtml}
  <p>2023-04-03</p>
</div>
${RELATED}
</body></html>`;

  it("takes the hospital the <title> and the header name, and the grade among the header's tags", () => {
    const [own] = read(page('三级甲等 · 医保定点 · 公立医院'));
    expect(own!.doctor).toMatchObject({ name: '吴敏', title: '主治医师', department: '口腔内科', hospital: '临江市口腔医院', hospital_grade: '三级甲等' });
    expect(own!.date).toBe('2023-04-03');
    expect(own!.flags).not.toContain('unsure_reading');
  });

  it('takes no grade where the tags print none, and never a kind of hospital (公立医院) for one', () => {
    const [own] = read(page('公立医院'));
    expect(own!.doctor.hospital).toBe('临江市口腔医院');
    expect(own!.doctor.hospital_grade).toBeNull();
  });

  it('takes no tag for the hospital where the <title> names none', () => {
    const [own] = read(page('公立医院', '经常口腔溃疡怎么办 - 问答'));
    expect(own!.doctor.hospital).not.toBe('公立医院');
  });

  it('flags a card whose hospital is read as a kind of hospital (a tag beside the card), never publishing it clean', () => {
    const [own] = read(`<html><head><title>经常口腔溃疡怎么办 - 问医生</title></head><body>
<h1>经常口腔溃疡怎么办</h1>
<div class="doc"><b>吴敏</b> 主治医师 口腔内科 <span>公立医院</span></div>
${answerHtml}
<p>2023-04-03</p>
${RELATED}
</body></html>`);
    expect(own!.doctor.hospital === null || own!.flags.includes('unsure_reading')).toBe(true);
  });
});

// On this page the reader also takes the order's number and the review's `非常满意` into the answer (a miss of the reader's,
// not of these rules): the consistency checks flag that answer (a rating as its line), and only where it is so read.
const flaggedOnlyForItsAnswer = (own: { flags: readonly string[]; answer_paragraphs: readonly string[] }) =>
  expect(own.flags.includes('unsure_reading')).toBe(own.answer_paragraphs.includes('非常满意'));

describe("an order page's progress bar: the reply step dates the answer", () => {
  const page = (bar: string, top = '<h1>经常口腔溃疡怎么办</h1>', title = '经常口腔溃疡怎么办 - 订单详情') => `<html><head><title>${title}</title></head><body>
<div class="status">服务已完成</div>
${bar}
${top}
<p>服务类型：视频问诊</p>
<p>病情描述：最近一个月反复口腔溃疡。</p>
<div class="reply"><h4>医生回复</h4><div><b>吴敏</b> 主治医师 口腔内科 临江市口腔医院</div>${answerHtml}</div>
<div class="order"><p>订单号：8802211</p><p>支付时间：2023-03-30 08:12</p></div>
<div class="review"><p>非常满意</p><p>2023-04-05</p></div>
${RELATED}
</body></html>`;

  it('reads the day of the step that says the doctor replied, in lines of label and stamp', () => {
    const bar = `<ul class="steps"><li>已下单 2023-03-30 08:12</li><li>已接诊 2023-03-30 09:40</li><li>已回复 2023-04-01 20:15</li><li>已结束 2023-04-03 20:15</li></ul>`;
    const [own] = read(page(bar));
    expect(own!.date).toBe('2023-04-01');
    expect(own!.format).toBe('video');
    flaggedOnlyForItsAnswer(own!);
  });

  it('reads it from a label over its stamp, and from a table of labels over stamps', () => {
    const stacked = `<div class="steps"><div>提交问题<br>2023/03/30 08:12</div><div>医生接诊<br>2023/03/30 09:40</div><div>医生已回复<br>2023/04/01 20:15</div></div>`;
    const table = `<table><tr><td>提交问题</td><td>医生接诊</td><td>医生已回复</td><td>已评价</td></tr><tr><td>2023.03.30 08:12</td><td>2023.03.31 09:40</td><td>2023.04.01 20:15</td><td>2023.04.05 10:00</td></tr></table>`;
    for (const bar of [stacked, table]) {
      const [own] = read(page(bar));
      expect(own!.date).toBe('2023-04-01');
      flaggedOnlyForItsAnswer(own!);
    }
  });

  it('takes the question from its 问诊标题 line, not the heading that names the kind of page', () => {
    const bar = `<ul><li>已下单 2023-03-30 08:12</li><li>已接诊 2023-03-30 09:40</li><li>已回复 2023-04-01 20:15</li></ul>`;
    for (const title of ['经常口腔溃疡怎么办 - 问诊详情', '问诊详情']) {
      const [own] = read(page(bar, '<h2>问诊详情</h2><p>问诊标题：经常口腔溃疡怎么办</p>', title));
      expect(own!.question).toBe('经常口腔溃疡怎么办');
      flaggedOnlyForItsAnswer(own!);
    }
  });
});

describe("related lists under 其他患者也在问 and 更多问题", () => {
  const page = (head: string) => `<html><head><title>经常口腔溃疡怎么办 - 问医生</title></head><body>
<h1>经常口腔溃疡怎么办</h1>
<div><b>吴敏</b> 主治医师 口腔内科 临江市口腔医院</div>
${answerHtml}
<p>2023-04-03</p>
<div><h5>${head}</h5><div><a href="/wenda/90.html">口腔溃疡吃什么好得快</a><p>多吃新鲜蔬果，补充维生素。</p></div><div><a href="/wenda/91.html">口腔溃疡一直不好怎么办</a><p>长期不愈合需要排查其他原因。</p></div></div>
</body></html>`;

  it('reads a list of two items under either heading', () => {
    for (const head of ['其他患者也在问', '更多问题']) {
      const entries = read(page(head));
      expect(entries.filter((e) => e.origin === 'related').map((e) => e.question)).toEqual(['口腔溃疡吃什么好得快', '口腔溃疡一直不好怎么办']);
    }
  });
});

describe("a counsellor's card: the studio is their workplace", () => {
  const page = (card: string) => `<html><head><title>总是失眠多梦怎么办_心理问答</title></head><body>
<h1>总是失眠多梦怎么办</h1>
<aside>${card}<p>擅长：睡眠问题</p></aside>
${answerHtml.replace(/口腔溃疡|溃疡/gu, '失眠')}
<p>回答于 2023-04-03</p>
${RELATED}
</body></html>`;

  it('reads a studio printed bare under the name and title, with a psychotherapist level or a registration as the title', () => {
    for (const [title, studio] of [['中级心理治疗师', '临江安心心理咨询工作室'], ['注册心理师', '临江安心心理咨询有限公司']] as const) {
      const [own] = read(page(`<div><strong>周宁</strong> ${title}</div><div>${studio}</div>`));
      expect(own!.doctor).toMatchObject({ name: '周宁', title, hospital: studio, department: null, hospital_grade: null });
      expect(own!.flags).not.toContain('unsure_reading');
    }
  });
});

describe("a doctor's licence record (医师执业信息公示)", () => {
  const record = `<table class="licence"><caption>医师执业信息公示</caption>
<tr><th>姓名</th><td>吴敏</td></tr>
<tr><th>执业范围</th><td>口腔专业</td></tr>
<tr><th>执业证书编码</th><td>110330000123456</td></tr>
<tr><th>第一执业机构</th><td>临江市口腔医院</td></tr>
<tr><th>专业技术职务</th><td>主治医师</td></tr>
<tr><th>执业类别</th><td>口腔</td></tr>
<tr><th>科室</th><td>口腔内科</td></tr>
</table>`;
  const page = `<html><head><title>经常口腔溃疡怎么办_临江互联网医院</title></head><body>
<h1>经常口腔溃疡怎么办</h1>
${record}
<div><h4>回复内容</h4>${answerHtml}</div>
<p>回复时间：2023-04-03 图文</p>
<p>本服务由临江健康互联网医院提供 互联网医院执业许可证：2023-0098</p>
${RELATED}
</body></html>`;

  it('reads the card from its rows, the scope, category and numbers none of it, and leaves the platform out of the answer', () => {
    const [own] = read(page);
    expect(own!.doctor).toMatchObject({ name: '吴敏', title: '主治医师', department: '口腔内科', hospital: '临江市口腔医院' });
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.date).toBe('2023-04-03');
    expect(own!.flags).not.toContain('unsure_reading');
  });
});

describe("members' answers beside the doctor's", () => {
  const page = `<html><head><title>经常口腔溃疡怎么办 - 问大家</title></head><body>
<h1>经常口腔溃疡怎么办</h1>
<p>共3个回答</p>
<div class="a"><p>风吹麦浪 Lv5</p><p>多喝水就好了。</p><p>2023-04-09</p></div>
<div class="a"><p>小城故事 Lv2</p><p>我也是，去医院看看吧。</p><p>2023-04-12</p></div>
<div class="a"><div><em>认证医生</em> <strong>吴敏</strong> 主治医师 口腔内科 临江市口腔医院</div>${answerHtml}<p>2023-04-03</p></div>
${RELATED}
</body></html>`;

  it("dates the doctor's answer by its own day, not the members' later ones", () => {
    const [own] = read(page);
    expect(own!.date).toBe('2023-04-03');
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.flags).not.toContain('unsure_reading');
  });
});
