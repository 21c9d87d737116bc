import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on booking sites' doctor pages and short hospital names, saved pages with no address, pages sent twice, read-only form fields, merged table cells, a picture for a name.
 * What the blind split fresh-22 taught the genre reader, each rule on a small page of its own.
 */

describe('what fresh-22 taught the reader: booking sites\' doctor pages, short hospital names', () => {
  const html = (body: string) => `<html><head><title>膝盖疼怎么办_挂号网</title></head><body>${body}</body></html>`;
  const read = (body: string) => entriesOf(extractOrThrow(pageRecord(html(body), { url: 'https://www.guahao.example/q/1.html' })));
  const header = (name: string, hospital: string) => `<div><img src="/d/1.jpg" alt=""><div><b>${name}</b><span>副主任医师</span><p>骨科</p><p><span>${hospital}</span> <i>三甲</i></p></div></div>`;
  const schedule =
    '<div><h4>出诊信息</h4><table><tr><th></th><th>周一</th><th>周二</th><th>周三</th><th>周四</th><th>周五</th></tr>' +
    '<tr><td>上午</td><td></td><td>约满</td><td>普通门诊<br>¥25</td><td>专家门诊<br>¥50</td><td></td></tr>' +
    '<tr><td>下午</td><td>普通门诊<br>¥25</td><td>约满</td><td></td><td></td><td>约满</td></tr></table><p>出诊地点：门诊楼6层</p></div>';
  const qa = '<div><div>患者提问</div><h1>膝盖疼怎么办</h1><div>医生回答</div><div><p>膝盖疼多与劳损有关，先减少爬楼和深蹲。</p><p>疼痛持续两周以上，请到骨科拍片检查。</p></div><div>回复于 2023/04/13</div></div>';

  it('a doctor header above the schedule, far above the question, is the card where none is nearer', () => {
    const [page] = read(header('陈思远', '滨海市第一人民医院') + schedule + qa);
    expect(page!.doctor).toEqual({ name: '陈思远', title: '副主任医师', department: '骨科', hospital: '滨海市第一人民医院', hospital_grade: '三甲' });
    expect(page!.flags).not.toContain('no_doctor');
  });

  it('not where a block of other doctors (推荐医生) or two doctors stand above the question', () => {
    const others = `<div><h3>推荐医生</h3>${header('陈思远', '滨海市第一人民医院')}</div>`;
    expect(read(others + schedule + qa)[0]!.doctor.name).toBe(null);
    expect(read(header('陈思远', '滨海市第一人民医院') + header('王清玉', '滨海市第二人民医院') + schedule + qa)[0]!.doctor.name).toBe(null);
  });

  it.each(['滨海一院', '北医三院', '郑大一附院', '滨海市人医', '滨海妇幼', '广东省中医', '浙江省肿瘤'])('a hospital printed by its short name (%s) is the card\'s hospital', (hospital) => {
    expect(read(header('陈思远', hospital) + schedule + qa)[0]!.doctor.hospital).toBe(hospital);
  });

  it('a list headed 同科室医生的回答 (colleagues\' answers to other questions) is the related list', () => {
    const list = '<div><h3>同科室医生的回答</h3><ul><li><a href="/q/2.html">爬楼梯膝盖疼是什么原因</a><p>多与劳损有关，注意休息。</p></li><li><a href="/q/3.html">膝关节积液怎么治疗</a><p>积液多时需要抽液治疗。</p></li></ul></div>';
    const [page, ...related] = read(header('陈思远', '滨海一院') + schedule + qa + list);
    expect([page!.doctor.name, page!.answer_paragraphs.length]).toEqual(['陈思远', 2]);
    expect(related.map((e) => [e.question, e.url])).toEqual([
      ['爬楼梯膝盖疼是什么原因', 'https://www.guahao.example/q/2.html'],
      ['膝关节积液怎么治疗', 'https://www.guahao.example/q/3.html'],
    ]);
  });

  it.each([
    ['北医三院运动医学科', '北医三院', '运动医学科'],
    ['滨海一院心内科', '滨海一院', '心内科'],
    ['滨海市人医骨科', '滨海市人医', '骨科'],
  ])('a short name with its department run on after it (%s) is the hospital and the department', (line, hospital, department) => {
    const [page] = read(`<h1>膝盖疼怎么办</h1><div><p>膝盖疼多与劳损有关，先减少爬楼和深蹲。</p><p>疼痛持续两周以上，请到骨科拍片检查。</p></div><div><p>陈思远　副主任医师</p><p>${line}</p></div>`);
    expect([page!.doctor.name, page!.doctor.hospital, page!.doctor.department]).toEqual(['陈思远', hospital, department]);
  });

  it('a department holding a short name\'s word is no short name and its department (胸部肿瘤内科, 中医内科)', () => {
    const [page] = read(`<h1>膝盖疼怎么办</h1><div><p>膝盖疼多与劳损有关，先减少爬楼和深蹲。</p><p>疼痛持续两周以上，请到骨科拍片检查。</p></div><div><p>陈思远　副主任医师</p><p>胸部肿瘤内科</p><p>滨海市第一人民医院</p></div>`);
    expect([page!.doctor.hospital, page!.doctor.department]).toEqual(['滨海市第一人民医院', '胸部肿瘤内科']);
  });

  it('a word going on after a short name is no hospital (中医科, 病人医保)', () => {
    const [page] = read(`<h1>膝盖疼怎么办</h1><div><b>陈思远</b> 副主任医师 中医科</div><p>病人医保可以报销一部分，先减少爬楼和深蹲。</p><p>疼痛持续两周以上，请到骨科拍片检查。</p>`);
    expect([page!.doctor.name, page!.doctor.department, page!.doctor.hospital]).toEqual(['陈思远', '中医科', null]);
  });
});

describe('a saved page that names no address of its own', () => {
  const page = (head: string) =>
    `<html><head><title>膝盖疼怎么办 - 咨询详情</title>${head}</head><body><h1>膝盖疼怎么办</h1><div>陈思远 主治医师 滨海市第一医院 三甲 骨科</div><div>回复时间：2022-03-08</div>` +
    '<div><p>膝盖疼多与劳损有关，先减少爬楼和深蹲。</p><p>疼痛持续两周以上，请到骨科拍片检查。</p></div>' +
    '<h3>其他咨询</h3><table><tr><th>咨询标题</th><th>回复摘要</th></tr><tr><td><a href="/q/2.html">爬楼梯膝盖疼是什么原因</a></td><td>多与劳损有关，注意休息。</td></tr><tr><td><a href="/q/3.html">膝关节积液怎么治疗</a></td><td>积液多时需要抽液治疗。</td></tr></table></body></html>';
  const urls = (head: string) => entriesOf(extractOrThrow(pageRecord(page(head), { url: 'Detail.aspx.html' }))).map((e) => e.url);

  it('keeps its related links as written (site-relative: no host is guessed), and resolves them where a canonical link names the address', () => {
    expect(urls('')).toEqual([null, '/q/2.html', '/q/3.html']);
    expect(urls('<link rel="canonical" href="https://zixun.example.org/q/1.html">')).toEqual(['https://zixun.example.org/q/1.html', 'https://zixun.example.org/q/2.html', 'https://zixun.example.org/q/3.html']);
  });
});

describe('a page sent twice by a retried transfer', () => {
  const doc = (title: string, body: string) => `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
  const body =
    '<h1>膝盖疼怎么办</h1><div>陈思远 主治医师 滨海市第一医院 三甲 骨科</div><div>回答时间：2022-03-08</div>' +
    '<div><p>膝盖疼多与劳损有关，先减少爬楼和深蹲。</p><p>疼痛持续两周以上，请到骨科拍片检查。</p></div>' +
    '<div><h3>相关问题</h3><ul><li><a href="/q/2.html">爬楼梯膝盖疼是什么原因</a><p>多与劳损有关，注意休息。</p></li><li><a href="/q/3.html">膝关节积液怎么治疗</a><p>积液多时需要抽液治疗。</p></li></ul></div>';
  const page = doc('膝盖疼怎么办_某站', body);
  const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://www.example-yiyuan.cn/q/1.html' })));
  const expected = read(page).map((e) => [e.question, e.answer_paragraphs, e.url]);

  it('is read once, from its last copy, whether the first copy is whole or broken off anywhere (in a text, a tag, an attribute)', () => {
    expect(expected).toHaveLength(3);
    for (const cut of [page.length, page.indexOf('请到骨科'), page.indexOf('href="/q/3') + 5, page.indexOf('<p>膝盖疼多') + 2]) {
      expect(read(page.slice(0, cut) + page).map((e) => [e.question, e.answer_paragraphs, e.url])).toEqual(expected);
    }
  });

  it('a document of another title before or after the page (an injected one) is not taken for a copy of it', () => {
    const injected = doc('流量提醒', '<div>您本月流量已用完80%</div>');
    expect(read(page + injected)[0]!.answer_paragraphs).toEqual(expected[0]![1]);
  });
});

describe("a record printed in a form's read-only fields", () => {
  const read = (body: string) => entriesOf(extractOrThrow(pageRecord(`<html><head><title>膝盖疼怎么办_咨询详情</title></head><body>${body}</body></html>`, { url: 'https://www.example-yiyuan.cn/q/1.html' })));

  it("is read as the form shows it: a read-only field's value, a textarea's lines, a disabled select's chosen option; an editable field and a hidden one show nothing", () => {
    const [page] = read(
      '<input type="text" name="q" value="搜索疾病">' +
        '<input type="hidden" value="王清玉">' +
        '<table><tr><th>咨询标题：</th><td><input type="text" value="膝盖疼怎么办" readonly></td></tr>' +
        '<tr><th>所属科室：</th><td><select disabled><option>内科</option><option selected>骨科</option></select></td></tr>' +
        '<tr><th>医生回复：</th><td><textarea readonly>膝盖疼多与劳损有关，先减少爬楼和深蹲。\r\n疼痛持续两周以上，请到骨科拍片检查 &amp; 复诊。</textarea></td></tr></table>',
    );
    expect(page!.question).toBe('膝盖疼怎么办');
    expect(page!.answer_paragraphs.slice(-2)).toEqual(['膝盖疼多与劳损有关，先减少爬楼和深蹲。', '疼痛持续两周以上，请到骨科拍片检查 & 复诊。']);
    expect(page!.answer_paragraphs.join('')).not.toMatch(/搜索疾病|王清玉|内科/u);
  });
});

describe('a table of merged cells: a cell spanning rows belongs to every row it spans', () => {
  const read = (body: string) => entriesOf(extractOrThrow(pageRecord(`<html><head><title>膝盖疼怎么办_专家答疑网</title></head><body>${body}</body></html>`, { url: 'https://www.example-dayi.cn/q/1.html' })));
  const qa = (answerLabel: string) =>
    '<h1>膝盖疼怎么办</h1><table><tr><td><b>陈思远</b></td><td>副主任医师</td></tr><tr><td colspan="2">滨海市第一人民医院</td></tr><tr><td>骨科</td><td>三甲</td></tr></table>' +
    '<table><tr><td rowspan="2">问题<br>描述</td><td>膝盖疼怎么办，上下楼的时候尤其明显，已经一个月了。</td></tr><tr><td>提问时间：2023-04-12</td></tr>' +
    `<tr><td rowspan="2">${answerLabel}</td><td><p>膝盖疼多与劳损有关，先减少爬楼和深蹲。</p><p>疼痛持续两周以上，请到骨科拍片检查。</p></td></tr><tr><td>回复时间：2023-04-13</td></tr></table>`;
  const row = (n: number, q: string) => `<td><a href="/q/${n}.html">${q}</a></td><td>${q.slice(0, 4)}多与劳损有关，注意休息。</td><td>2022-0${n}-01</td>`;
  const table =
    '<table><tr><td colspan="4"><b>相关问答</b></td></tr><tr><td>类型</td><td>问题</td><td>摘要</td><td>日期</td></tr>' +
    `<tr><td rowspan="2">语音问答</td>${row(2, '爬楼梯膝盖疼是什么原因')}</tr><tr>${row(3, '膝关节积液怎么治疗')}</tr>` +
    `<tr><td rowspan="2">图文问答</td>${row(4, '膝盖弹响要紧吗')}</tr><tr>${row(5, '半月板损伤能自愈吗')}</tr></table>`;

  it("a related table's format cell spanning a group of rows gives each of them its format", () => {
    const items = read(qa('专家解答') + table).filter((e) => e.origin === 'related');
    expect(items.map((e) => [e.question, e.format, e.answer_paragraphs[0]])).toEqual([
      ['爬楼梯膝盖疼是什么原因', 'voice', '爬楼梯膝多与劳损有关，注意休息。'],
      ['膝关节积液怎么治疗', 'voice', '膝关节积多与劳损有关，注意休息。'],
      ['膝盖弹响要紧吗', 'text', '膝盖弹响多与劳损有关，注意休息。'],
      ['半月板损伤能自愈吗', 'text', '半月板损多与劳损有关，注意休息。'],
    ]);
  });

  it('a table of other doctors\' answers to other questions (其他专家解答) is the related list', () => {
    const items = read(qa('专家解答') + table.replace('相关问答', '其他专家解答')).filter((e) => e.origin === 'related');
    expect(items.map((e) => e.question)).toEqual(['爬楼梯膝盖疼是什么原因', '膝关节积液怎么治疗', '膝盖弹响要紧吗', '半月板损伤能自愈吗']);
  });

  it("the asker's label cell spanning its rows labels the asker's words, none of the answer; an answer's label drawn over two lines is one label", () => {
    for (const label of ['专家<br>解答', '医生<br>回复']) {
      const [page] = read(qa(label));
      expect(page!.answer_paragraphs).toEqual(['膝盖疼多与劳损有关，先减少爬楼和深蹲。', '疼痛持续两周以上，请到骨科拍片检查。']);
      expect(page!.date).toBe('2023-04-13');
      expect(page!.flags).not.toContain('unsure_reading');
    }
    const [page] = read(qa('专家解答').replace('问题<br>描述', '咨询内容'));
    expect(page!.answer_paragraphs[0]).toBe('膝盖疼多与劳损有关，先减少爬楼和深蹲。');
  });
});

describe("a consult record's card and format in a form's read-only fields", () => {
  const read = (title: string, body: string) => entriesOf(extractOrThrow(pageRecord(`<html><head><title>${title}</title></head><body>${body}</body></html>`, { url: 'https://www.example-yiyuan.cn/q/1.html' })));
  const radios = (checked: number) =>
    ['图文', '语音', '视频'].map((label, i) => `<input id="t_${i}" type="radio" name="t" disabled="disabled"${i === checked ? ' checked="checked"' : ''}><label for="t_${i}">${label}</label>`).join(' ');
  const field = (value: string) => `<input type="text" value="${value}" readonly="readonly">`;
  const record = (checked: number) =>
    '<h2>在线咨询详情</h2><table>' +
    `<tr><th>咨询标题：</th><td>${field('膝盖疼怎么办')}</td></tr>` +
    '<tr><th>咨询内容：</th><td><textarea readonly="readonly">膝盖疼怎么办，上下楼的时候尤其明显，已经一个月了。</textarea></td></tr>' +
    `<tr><th>咨询时间：</th><td>${field('2023-04-12 09:30')}</td></tr>` +
    `<tr><th>接诊医生：</th><td>${field('陈思远')} 职称：${field('副主任医师')}</td></tr>` +
    `<tr><th>所在医院：</th><td>${field('滨海市第一人民医院')} <span>三甲</span></td></tr>` +
    '<tr><th>所属科室：</th><td><select disabled="disabled"><option>内科</option><option selected="selected">骨科</option></select></td></tr>' +
    '<tr><th>医生回复：</th><td><textarea readonly="readonly">膝盖疼多与劳损有关，先减少爬楼和深蹲。\n疼痛持续两周以上，请到骨科拍片检查。</textarea></td></tr>' +
    `<tr><th>回复时间：</th><td>${field('2023-04-13 10:02')}</td></tr>` +
    `<tr><th>回复方式：</th><td>${radios(checked)}</td></tr></table>`;

  it("reads the card from its label and value cells, the answer without the asker's 咨询内容, the format from the checked radio button's label", () => {
    const [page] = read('在线咨询 - 互联网医院', record(0));
    expect(page!.question).toBe('膝盖疼怎么办');
    expect(page!.doctor).toEqual({ name: '陈思远', title: '副主任医师', department: '骨科', hospital: '滨海市第一人民医院', hospital_grade: '三甲' });
    expect(page!.answer_paragraphs).toEqual(['膝盖疼多与劳损有关，先减少爬楼和深蹲。', '疼痛持续两周以上，请到骨科拍片检查。']);
    expect(page!.date).toBe('2023-04-13');
    expect(page!.format).toBe('text');
    expect(read('在线咨询 - 互联网医院', record(2))[0]!.format).toBe('video');
  });

  it('a grid of the asker\'s similar consults (相似咨询) is the related list', () => {
    const grid =
      '<h3>相似咨询</h3><table><tr><th>咨询标题</th><th>回复摘要</th><th>回复医生</th><th>回复时间</th></tr>' +
      '<tr><td><a href="/q/2.html">爬楼梯膝盖疼是什么原因</a></td><td>多与劳损有关，注意休息。</td><td>王清玉</td><td>2022-03-01</td></tr>' +
      '<tr><td><a href="/q/3.html">膝关节积液怎么治疗</a></td><td>积液多时需要抽液治疗。</td><td>李文</td><td>2022-04-01</td></tr></table>';
    const items = read('在线咨询 - 互联网医院', record(0) + grid).filter((e) => e.origin === 'related');
    expect(items.map((e) => [e.question, e.answer_paragraphs[0], e.url])).toEqual([
      ['爬楼梯膝盖疼是什么原因', '多与劳损有关，注意休息。', 'https://www.example-yiyuan.cn/q/2.html'],
      ['膝关节积液怎么治疗', '积液多时需要抽液治疗。', 'https://www.example-yiyuan.cn/q/3.html'],
    ]);
  });
});

describe('a page dated both when the doctor answered and when it was updated', () => {
  const read = (head: string, dates: string) =>
    entriesOf(
      extractOrThrow(
        pageRecord(
          `<html><head><title>膝盖疼怎么办_科普问答</title>${head}</head><body><h1>膝盖疼怎么办</h1><div><b>陈思远</b> <span>副主任医师</span><p>滨海市第一人民医院 骨科</p></div>${dates}` +
            '<div><p>膝盖疼多与劳损有关，先减少爬楼和深蹲。</p><p>疼痛持续两周以上，请到骨科拍片检查。</p></div></body></html>',
          { url: 'https://www.example-kepu.cn/q/1.html' },
        ),
      ),
    );

  it.each([
    '<div><span>回答于 2021-03-08 14:20</span> <span>更新于 2023-05-02 09:10</span></div>',
    '<div><span>2021-03-08 回答</span> <span>审核于 2023年5月2日</span></div>',
    '<div><span>回答于 2021-03-08</span> <span>最后更新：2023-05-02</span></div>',
  ])('the answer is dated by when the doctor answered, not the update (%s)', (dates) => {
    const [page] = read('', dates);
    expect(page!.date).toBe('2021-03-08');
    expect(page!.flags).not.toContain('unsure_reading');
  });

  it("structured data holding an older text (its last paragraph missing) does not cut the answer shown", () => {
    const ld = { '@context': 'https://schema.org', '@type': 'QAPage', mainEntity: { '@type': 'Question', name: '膝盖疼怎么办', acceptedAnswer: { '@type': 'Answer', text: '膝盖疼多与劳损有关，先减少爬楼和深蹲。' } } };
    const [page] = read(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`, '<div><span>回答于 2021-03-08</span></div>');
    expect(page!.answer_paragraphs).toEqual(['膝盖疼多与劳损有关，先减少爬楼和深蹲。', '疼痛持续两周以上，请到骨科拍片检查。']);
  });
});

describe("a doctor's name shown only as a picture", () => {
  const read = (card: string, after = '') =>
    entriesOf(
      extractOrThrow(
        pageRecord(
          `<html><head><title>膝盖疼怎么办-问医</title></head><body><h1>膝盖疼怎么办</h1>${card}<div>发布于 2021.03.08</div>` +
            `<div><p>膝盖疼多与劳损有关，先减少爬楼和深蹲。</p><p>疼痛持续两周以上，请到骨科拍片检查。</p></div>${after}<div><img src="/qr/1.png" alt="二维码"><p>扫码向医生提问</p></div></body></html>`,
          { url: 'https://www.example-wenyi.cn/q/1.html' },
        ),
      ),
    )[0]!;
  const expected = { name: '陈思远', title: '副主任医师', department: '骨科', hospital: '滨海市第一人民医院', hospital_grade: '三甲' };

  it("a text-to-image name whose alt calls the doctor so (陈思远医生) names the card's doctor", () => {
    const page = read('<div><img src="/avatar/1.jpg" alt="医生头像"><div><img src="/txt2img?t=ab12" alt="陈思远医生" height="18"><span>副主任医师</span><span>骨科</span><div>滨海市第一人民医院（三甲）</div></div></div>');
    expect(page.doctor).toEqual(expected);
  });

  it.each(['医生签名：<img src="/sign/1.png" alt="陈思远">', '<img src="/sign/1.png" alt="陈思远（电子签名）">'])('a card printing no name is the doctor the e-signature under the answer names (%s)', (signature) => {
    const page = read('<div><img src="/avatar/1.jpg" alt="医生头像"><p>副主任医师 · 骨科</p><p>滨海市第一人民医院（三甲）</p></div>', `<div style="text-align:right">${signature}</div>`);
    expect(page.doctor).toEqual(expected);
    expect(page.answer_paragraphs).toEqual(['膝盖疼多与劳损有关，先减少爬楼和深蹲。', '疼痛持续两周以上，请到骨科拍片检查。']);
  });
});

describe("a clinic's pharmacy as the card's department", () => {
  it('药房 (中药房, 西药房) on a line of its own is the department, as 药剂科 and 药学部 are; a pharmacy shop is a workplace', () => {
    const read = (card: string) => entriesOf(extractOrThrow(pageRecord(`<html><head><title>眼睛疲劳怎么办_药师问答</title></head><body><h1>眼睛疲劳怎么办</h1>${card}<p>眼睛疲劳多与用眼过度有关，注意休息。</p><p>可以在药师指导下使用人工泪液。</p></body></html>`, { url: 'https://www.example-yaoshi.cn/q/1.html' })));
    for (const department of ['药房', '中药房']) {
      const [page] = read(`<div><div>司马涵 <span>主管药师</span></div><div>滨海市中山北路社区卫生服务中心 <em>一级</em></div><div>${department}</div></div>`);
      expect([page!.doctor.department, page!.doctor.hospital]).toEqual([department, '滨海市中山北路社区卫生服务中心']);
    }
    const [shop] = read('<div><div>司马涵 <span>主管药师</span></div><div>益康大药房</div></div>');
    expect([shop!.doctor.department, shop!.doctor.hospital]).toEqual([null, '益康大药房']);
  });
});
