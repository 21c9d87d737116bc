import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on pages that show their answerer as no card (a byline, a picture's caption) under a paper's stamp.
 * What the blind split fresh-111 taught the reader, each rule on a small page of its own (wording other than the split's).
 */

describe('what fresh-111 taught the reader: a paper\'s stamp and credits, a caption naming the doctor, further reading', () => {
  const read = (body: string, head = '') => entriesOf(extractOrThrow(pageRecord(`<html><head><title>腰痛怎么办</title>${head}</head><body>${body}</body></html>`, { url: 'https://news.example.cn/a/10231.html' })));
  const unsure = (e: { flags: readonly string[] }) => e.flags.includes('unsure_reading');
  const answer = '<p>腰痛多与久坐、姿势不良有关，先注意休息。</p><p>疼痛持续不缓解，应到骨科就诊。</p>';
  const byline = '<p>指导专家：江州市人民医院骨科主任医师 王清玉</p>';

  it("a paper's stamp with its own name before its reporter and 通讯员 (`某某晚报·客户端记者 x 通讯员 y  2021-04-09 08:30`) dates the page", () => {
    for (const credit of ['江南晚报·掌上客户端记者 赵雪 通讯员 钱明', '云城日报记者 孙丽']) {
      const [page] = read(`<h1>腰痛怎么办</h1><div><span>${credit}</span> <span>2021-04-09 08:30</span></div>${byline}<div>${answer}</div>`);
      expect([page!.date, page!.answer_paragraphs, unsure(page!)]).toEqual(['2021-04-09', ['腰痛多与久坐、姿势不良有关，先注意休息。', '疼痛持续不缓解，应到骨科就诊。'], false]);
    }
  });

  it('a picture\'s caption naming the doctor (`图为…`, `上图为…`) gives the card without its 图为', () => {
    for (const lead of ['图为', '上图为', '圖為']) {
      const [page] = read(`<h1>腰痛怎么办</h1><div>2021-04-09 08:30　来源：某某网</div><div><img src="/p/1.jpg" alt="" width="500"><p>${lead}江州市人民医院骨科主任医师王清玉</p>${answer}</div>`);
      expect([page!.doctor.name, page!.doctor.hospital, page!.doctor.department, page!.doctor.title]).toEqual(['王清玉', '江州市人民医院', '骨科', '主任医师']);
    }
  });

  it('closing credits in brackets with a 审核 among them (`（编辑 x　审核 y）`) are none of the answer', () => {
    const [page] = read(`<h1>腰痛怎么办</h1><div>2021-04-09 08:30　来源：某某网</div>${byline}<div>${answer}</div><p>（编辑 周亮　审核 吴芳）</p>`);
    expect(page!.answer_paragraphs).toEqual(['腰痛多与久坐、姿势不良有关，先注意休息。', '疼痛持续不缓解，应到骨科就诊。']);
  });

  it("further reading (延伸閱讀) linked as the page's own address is, titles that do not every one ask as a whole: doubted, not read", () => {
    const html =
      '<html lang="zh-TW"><head><meta charset="utf-8"><title>腰痛怎麼辦｜某健康網</title><link rel="canonical" href="https://health.example.tw/article/10231"></head><body>' +
      '<article><h1>腰痛怎麼辦</h1><div><span>文／林美玲</span> <span>諮詢／江州市人民醫院骨科主任醫師 王清玉</span></div><div><time>2021/04/09</time></div>' +
      '<div><p>腰痛多與久坐、姿勢不良有關，先注意休息。</p><p>疼痛持續不緩解，應到骨科就診。</p></div></article>' +
      '<section><h3>延伸閱讀</h3><ul><li><a href="/article/20871">腰痛睡硬床還是軟床好？</a></li><li><a href="/article/20344">久坐腰痛？復健科醫師教你伸展</a></li></ul></section></body></html>';
    const [page] = entriesOf(extractOrThrow(pageRecord(html, { url: 'https://health.example.tw/article/10231' })));
    expect([page!.related_urls, unsure(page!)]).toEqual([[], true]);
  });

  it("a bare `答：` whose line goes on with the answerer's card alone, closed by a colon: the card, and none of the answer", () => {
    for (const card of ['赵明（云城市中心医院消化内科副主任医师）', '赵明医生（云城市中心医院消化内科副主任医师）']) {
      const [page] = read(`<h1>腰痛怎么办</h1><div>2021-04-09 08:30</div><div><p>市民 陈先生问：腰痛怎么办？久坐后更明显。</p><p><b>答：${card}：</b></p><p>胃胀多与饮食不规律有关，先少食多餐。</p><p>症状持续，应到消化内科就诊。</p></div>`);
      expect([page!.doctor.name, page!.doctor.hospital, page!.doctor.department, page!.doctor.title, page!.answer_paragraphs, unsure(page!)]).toEqual(['赵明', '云城市中心医院', '消化内科', '副主任医师', ['胃胀多与饮食不规律有关，先少食多餐。', '症状持续，应到消化内科就诊。'], false]);
    }
  });

  it("the doctor's photo right after the answer, its alt a card and nothing else, no caption: the card", () => {
    const [page] = read(`<h1>腰痛怎么办</h1><div>2021-04-09 08:30　来源：某某网</div><div>${answer}<div><img src="/p/1.jpg" alt="云城市中心医院骨科主治医师孙蕾"></div></div><p>（编辑 周亮）</p>`);
    expect([page!.doctor.name, page!.doctor.hospital, page!.doctor.department, page!.doctor.title, unsure(page!)]).toEqual(['孙蕾', '云城市中心医院', '骨科', '主治医师', false]);
  });

  it("a column's answerer in a box of label cells far from the answer (`答疑专家` over 姓名 / 职称 / 医院 rows): the card, where it is the page's one", () => {
    const box = (name: string) => `<div><h3>特邀专家</h3><table><tr><td>姓名</td><td>${name}</td></tr><tr><td>职称</td><td>副主任医师</td></tr><tr><td>科室</td><td>骨科</td></tr><tr><td>医院</td><td>云城市中心医院</td></tr><tr><td>医院等级</td><td>三级甲等</td></tr></table></div>`;
    const article = `<h1>腰痛怎么办</h1><div>2021-04-09 08:30</div><div><p>读者 陈先生问：腰痛怎么办？久坐后更明显。</p><p><b>医生答：</b></p>${answer}</div><div><h3>相关阅读</h3><ul><li><a href="/a/1.html">腰椎间盘突出怎么办</a></li><li><a href="/a/2.html">颈椎病怎么办</a></li></ul></div>`;
    const [page] = read(`${article}${box('孙蕾')}`);
    expect([page!.doctor.name, page!.doctor.hospital, page!.doctor.department, page!.doctor.title, page!.doctor.hospital_grade, page!.answer_paragraphs, unsure(page!)]).toEqual(['孙蕾', '云城市中心医院', '骨科', '副主任医师', '三级甲等', ['腰痛多与久坐、姿势不良有关，先注意休息。', '疼痛持续不缓解，应到骨科就诊。'], false]);
    // Two such boxes: which answers is untold.
    const [two] = read(`${article}${box('孙蕾')}${box('钱伟')}`);
    expect([two!.doctor.name, unsure(two!)]).toEqual([null, true]);
  });

  it("a paper's stamp naming the outlet before the day and its reporter after it (`某某网-客户端 2021-04-09 08:30　记者 x`) dates the page, none of the answer", () => {
    const [page] = read(`<h1>腰痛怎么办</h1><div>云城网-掌上客户端 2021-04-09 08:30　记者 赵雪</div>${byline}<div>${answer}</div>`);
    expect([page!.date, page!.answer_paragraphs, unsure(page!)]).toEqual(['2021-04-09', ['腰痛多与久坐、姿势不良有关，先注意休息。', '疼痛持续不缓解，应到骨科就诊。'], false]);
  });

  const talk = (title: string, guestLine: string, turn: string, asked = '腰痛怎么办？') =>
    entriesOf(extractOrThrow(pageRecord(`<html><head><title>${title}</title></head><body>` +
      `<h1>${title}</h1><div>2021-04-09 08:30</div>${guestLine}<div><p><b>主持人：</b>${asked}</p><p><b>${turn}：</b>腰痛多与久坐、姿势不良有关，先注意休息。</p><p>疼痛持续不缓解，应到骨科就诊。</p><p><b>主持人：</b>谢谢孙蕾大夫，下期再会。</p></div>` +
        '<div><p>专家介绍：云城市中心医院骨科主治医师，从事骨科临床十余年。</p></div><div>分享到：<a href="#">微信</a> <a href="#">微博</a></div><p>责任编辑：周亮</p></body></html>', { url: 'https://news.example.cn/a/10231.html' })));
  const paragraphs = ['腰痛多与久坐、姿势不良有关，先注意休息。', '疼痛持续不缓解，应到骨科就诊。'];

  it("a programme's transcript, the host's turns beside the guest's labelled with the name and calling (`孙蕾大夫：`), the profile after it naming no one: the guest's card, the host's lines and the labels none of the answer", () => {
    const [page] = talk('腰痛怎么办', '', '孙蕾大夫');
    expect([page!.doctor.name, page!.doctor.hospital, page!.doctor.department, page!.doctor.title, page!.answer_paragraphs, unsure(page!)]).toEqual(['孙蕾', '云城市中心医院', '骨科', '主治医师', paragraphs, false]);
  });

  it("the guest's label over their name alone (`本期嘉宾：孙蕾`) credits the guest, none of the answer", () => {
    const [page] = talk('腰痛怎么办', '<p>本期嘉宾：孙蕾</p>', '孙蕾');
    expect([page!.doctor.name, page!.answer_paragraphs, unsure(page!)]).toEqual(['孙蕾', paragraphs, false]);
  });

  it("a headline opening with the answerer's name alone before a colon (`孙蕾：腰痛怎么办`): the question without it", () => {
    const [page] = talk('孙蕾：腰痛怎么办', '', '孙蕾');
    expect([page!.question, page!.doctor.name, unsure(page!)]).toEqual(['腰痛怎么办', '孙蕾', false]);
  });

  it("the host's turn asking which department to see (`主持人：腰痛挂什么科`, its 科 a card's word) is the host's turn all the same", () => {
    const [page] = talk('腰痛挂什么科', '', '孙蕾', '腰痛挂什么科');
    expect([page!.doctor.name, page!.doctor.hospital, page!.answer_paragraphs, unsure(page!)]).toEqual(['孙蕾', '云城市中心医院', paragraphs, false]);
  });
});
