import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on a post's furniture (disclaimers, social bars, stamps, info lines), item bylines, 问 / 答 badges, column names, signed cards, and a reading list on a page that names no address.
 * Issue #9: what the blind split fresh-9 taught the genre reader, each rule on a small page of its own.
 */

describe('what fresh-9 taught the reader: a post\'s furniture, item bylines, badges', () => {
  const read = (body: string, title = '胃胀怎么办_某站') => entriesOf(extractOrThrow(pageRecord(`<html><head><title>${title}</title></head><body>${body}</body></html>`)));
  const unsure = (e: { flags: readonly string[] }) => e.flags.includes('unsure_reading');
  const card = '<div>王清玉 副主任医师 江州市人民医院 三甲 消化内科</div>';
  const answer = '<p>胃胀多与饮食有关，少吃产气食物。</p><p>饭后适当散步，帮助胃肠蠕动。</p>';
  const list =
    '<h3>相关问答</h3><ul><li><a href="/q/2.html">饭后胃胀是什么原因</a><p>饭后胃胀多与进食过快有关，细嚼慢咽。</p></li>' +
    '<li><a href="/q/3.html">胃胀气吃什么药</a><p>胃胀气可在医生指导下服用促胃动力药。</p></li></ul>';

  it('a disclaimer worded 不作为…依据 or 仅作科普, and a social bar under the post (举报/反馈 赞 N 评论 N), are none of the answer', () => {
    for (const foot of ['<p>本文仅作健康科普，请以医生面诊为准。</p>', '<p>文中建议不作为诊断和用药的依据。</p>']) {
      const [page] = read(`<h1>胃胀怎么办</h1>${card}${answer}${foot}<div><span>投诉/反馈</span> <span>点赞 1.2万</span> <span>转发 37</span></div>${list}`);
      expect([page!.answer_paragraphs, page!.has_disclaimer, unsure(page!)]).toEqual([['胃胀多与饮食有关，少吃产气食物。', '饭后适当散步，帮助胃肠蠕动。'], true, false]);
    }
    // The social bar alone, with no disclaimer before it, ends nothing and is still no text.
    const [page] = read(`<h1>胃胀怎么办</h1>${card}${answer}<div><span>举报</span> <span>赞 88</span> <span>评论 5</span></div>${list}`);
    expect(page!.answer_paragraphs).toEqual(['胃胀多与饮食有关，少吃产气食物。', '饭后适当散步，帮助胃肠蠕动。']);
  });

  it("a related item's byline (a name before its reading count or date) and a bold author's name before a colon are none of its snippet", () => {
    const items =
      '<h3>相关推荐</h3>' +
      '<div><a href="/q/2.html"><div>饭后胃胀是什么原因</div><div>饭后胃胀多与进食过快有关，细嚼慢咽。</div><div><span>李明</span> <span>3.5万阅读</span></div></a></div>' +
      '<div><a href="/q/3.html"><div>胃胀气吃什么药</div><div>胃胀气可在医生指导下服用促胃动力药。</div><div><span>赵雪</span> <span>2021-03-16</span></div></a></div>' +
      '<div><h4><a href="/q/4.html">胃胀能喝牛奶吗</a></h4><p><b>孙丽</b>：胃胀时少喝牛奶，以免加重腹胀。</p></div>' +
      '<div><h4><a href="/q/5.html">胃胀要做胃镜吗</a></h4><p><b>Amy</b>: 反复胃胀可以做胃镜检查。</p></div>';
    const [, ...related] = read(`<h1>胃胀怎么办</h1>${card}${answer}${items}`);
    expect(related.map((e) => [e.question, e.answer_paragraphs, e.date])).toEqual([
      ['饭后胃胀是什么原因', ['饭后胃胀多与进食过快有关，细嚼慢咽。'], null],
      ['胃胀气吃什么药', ['胃胀气可在医生指导下服用促胃动力药。'], '2021-03-16'],
      ['胃胀能喝牛奶吗', ['胃胀时少喝牛奶，以免加重腹胀。'], null],
      ['胃胀要做胃镜吗', ['反复胃胀可以做胃镜检查。'], null],
    ]);
  });
  it("a post's stamp and byline (time and IP location, 原创 name account date 发表于place) are meta, not the answer's first line", () => {
    const stamps: Array<[string, string | null]> = [
      ['<div><span>03-08 10:15</span> <span>IP属地：湖南</span></div>', null],
      ['<div><span>11-20 21:40</span> <span>四川</span></div>', null],
      ['<div><span>原创</span> <span>周亮</span> <a href="#">健康早知道</a> <em>3月8日</em> <span>发表于湖南</span></div>', null],
      ['<div><span>周亮</span> <a href="#">健康早知道</a> <em>2022年3月8日 10:15</em> <span>发表于湖南</span></div>', '2022-03-08'],
      ['<div>发布于 2022-03-08 10:15・IP 属地湖南</div>', '2022-03-08'],
    ];
    for (const [stamp, date] of stamps) {
      const [page] = read(`<h1>胃胀怎么办</h1>${card}${stamp}${answer}${list}`);
      expect([page!.answer_paragraphs, page!.date]).toEqual([['胃胀多与饮食有关，少吃产气食物。', '饭后适当散步，帮助胃肠蠕动。'], date]);
    }
  });
  it('a 问 / 答 badge is a label: the line after 问 is the question\'s, the answer starts at 答 (text before it is an intro)', () => {
    const badge = (c: string) => `<span style="display:inline-block;border-radius:50%;background:#c33;color:#fff">${c}</span>`;
    const pages = [
      `<h1>胃胀怎么办</h1><div>王清玉 副主任医师 江州市人民医院 三甲 消化内科</div><p><strong>问：</strong>胃胀怎么办</p><p><strong>答：</strong>胃胀多与饮食有关，少吃产气食物。</p><p>饭后适当散步，帮助胃肠蠕动。</p>`,
      `<h1>胃胀怎么办</h1><p>本期请来消化科专家，为读者解答常见问题。</p><p>${badge('问')}<b>胃胀怎么办</b></p><p>${badge('答')}<span>胃胀多与饮食有关，</span><span>少吃产气食物。</span></p><p>饭后适当散步，帮助胃肠蠕动。</p><section><p>专家简介</p><p>王清玉 副主任医师</p><p>江州市人民医院（三甲）消化内科</p></section>`,
      `<h1>胃胀怎么办</h1><p>本期请来消化科专家，为读者解答常见问题。</p><p>${badge('Q')}</p><p>胃胀怎么办？</p><p>${badge('A')}</p><p>胃胀多与饮食有关，少吃产气食物。</p><p>饭后适当散步，帮助胃肠蠕动。</p><section><p>专家简介</p><p>王清玉 副主任医师</p><p>江州市人民医院（三甲）消化内科</p></section>`,
    ];
    for (const body of pages) {
      const [page] = read(`${body}${list}`);
      expect([page!.question, page!.answer_paragraphs, page!.doctor.name]).toEqual(['胃胀怎么办', ['胃胀多与饮食有关，少吃产气食物。', '饭后适当散步，帮助胃肠蠕动。'], '王清玉']);
    }
  });
  it("a column's name before the question (`名医说｜…`, `【问医生】…`) is not the question's; a bar inside a question stays", () => {
    for (const [heading, question] of [
      ['名医说｜胃胀怎么办', '胃胀怎么办'],
      ['【问医生】胃胀怎么办？', '胃胀怎么办？'],
      ['胃胀吗｜还是胃痛', '胃胀吗｜还是胃痛'],
    ]) {
      const [page] = read(`<h1>${heading}</h1>${card}${answer}${list}`, heading);
      expect(page!.question).toBe(question);
    }
  });
  it("a card signed in brackets after the answer (`（解答专家：…）`) is read whole and signs the text before it; a department may run into the title", () => {
    const signatures: Array<[string, object]> = [
      ['（答疑专家：赵文 主治医师 东湖市第一医院儿科）', { name: '赵文', title: '主治医师', department: '儿科', hospital: '东湖市第一医院', hospital_grade: null }],
      ['（解答：东湖市第一医院（三甲）儿科 赵文 主治医师）', { name: '赵文', title: '主治医师', department: '儿科', hospital: '东湖市第一医院', hospital_grade: '三甲' }],
      ['（解答专家：儿科 赵文 主治医师）', { name: '赵文', title: '主治医师', department: '儿科', hospital: null, hospital_grade: null }],
      ['（儿科主治医师 赵文）', { name: '赵文', title: '主治医师', department: '儿科', hospital: null, hospital_grade: null }],
    ];
    for (const [signature, doctor] of signatures) {
      const [page] = read(`<h1>胃胀怎么办</h1>${answer}<p style="text-align:right">${signature}</p><p>上一篇：<a href="/a/1.html">儿童用药须知</a></p>${list}`);
      expect([page!.doctor, page!.answer_paragraphs]).toEqual([doctor, ['胃胀多与饮食有关，少吃产气食物。', '饭后适当散步，帮助胃肠蠕动。']]);
    }
  });

  it("an article's info line of labelled fields (发布时间, 来源, 作者, 点击数, 【字体】) is meta: its date is the post's, a department as its 来源 the doctor's", () => {
    const info = '<div>发布日期：2021-4-9　来源：儿科　作者：院办 陈静　浏览次数：2301　【字号：大 中 小】</div>';
    const [page] = read(`<h2>胃胀怎么办</h2>${info}<div>${answer}<p>（赵文 主治医师 东湖市第一医院）</p></div>${list}`);
    expect([page!.date, page!.doctor.department, page!.answer_paragraphs]).toEqual(['2021-04-09', '儿科', ['胃胀多与饮食有关，少吃产气食物。', '饭后适当散步，帮助胃肠蠕动。']]);
    // An office as the source (宣传科) is not the doctor's department.
    const [office] = read(`<h2>胃胀怎么办</h2>${info.replace('来源：儿科', '来源：宣传科')}<div>${answer}<p>（赵文 主治医师 东湖市第一医院）</p></div>${list}`);
    expect(office!.doctor.department).toBeNull();
  });
  it('a card that is a sentence (`由 name（title，hospital grade department）解答`, `name title（…）语音回答`) gives its department, and the format it says the doctor answered in', () => {
    const cards: Array<[string, string]> = [
      ['<p>由 <strong>赵文</strong>（主治医师，东湖市第一医院 三甲 儿科）解答了这个问题</p>', 'unknown'],
      ['<p>此问题由 <b>赵文</b> 主治医师（东湖市第一医院 三甲 儿科） 语音回答</p>', 'voice'],
    ];
    for (const [sentence, format] of cards) {
      const [page] = read(`<h1>胃胀怎么办</h1>${sentence}${answer}<p>回答于 2021-04-09</p>${list}`);
      expect([page!.doctor, page!.format, page!.date]).toEqual([
        { name: '赵文', title: '主治医师', department: '儿科', hospital: '东湖市第一医院', hospital_grade: '三甲' },
        format,
        '2021-04-09',
      ]);
    }
  });
  it("an author's badge string (hospital, department and title run together) is the card, and a vote count (`N 人赞同了该回答`) none of the answer", () => {
    for (const [badge, grade] of [
      ['东湖市第一医院儿科主治医师', null],
      ['东湖市第一医院（三甲）儿科主治医师', '三甲'],
    ]) {
      const [page] = read(
        `<h1>胃胀怎么办</h1><div><img src="/a.jpg" alt=""><div><a href="/people/9">赵文</a><div>${badge}</div></div></div><div>1.3万 人赞同了该回答</div><div><span>${answer}</span></div><div>发布于 2021-04-09 10:15</div>${list}`,
      );
      expect([page!.doctor, page!.answer_paragraphs, page!.date]).toEqual([
        { name: '赵文', title: '主治医师', department: '儿科', hospital: '东湖市第一医院', hospital_grade: grade },
        ['胃胀多与饮食有关，少吃产气食物。', '饭后适当散步，帮助胃肠蠕动。'],
        '2021-04-09',
      ]);
    }
  });
  it('a feed under 为你推荐 is the related list; dated linked questions under a heading the reader does not know flag the entry', () => {
    const item = (n: number, q: string) => `<div><a href="/q/${n}.html"><div>${q}</div><div>${q}多与饮食有关，注意清淡饮食。</div></a></div>`;
    const [page, ...related] = read(`<h1>胃胀怎么办</h1>${card}${answer}<div><div>为你推荐</div>${item(2, '饭后胃胀是什么原因')}${item(3, '胃胀气吃什么药')}</div>`);
    expect([related.map((e) => e.question), unsure(page!)]).toEqual([['饭后胃胀是什么原因', '胃胀气吃什么药'], false]);
    const dated = (n: number, q: string) => `<li><span>[2021-03-2${n}]</span> <a href="/q/${n}.html">${q}</a><br>${q}多与饮食有关，注意清淡饮食。</li>`;
    // Three such questions, or two each dated as a list's items are.
    for (const items of [`${dated(2, '饭后胃胀是什么原因')}${dated(3, '胃胀气吃什么药')}${dated(4, '胃胀能喝牛奶吗')}`, `${dated(2, '饭后胃胀是什么原因')}${dated(3, '胃胀气吃什么药')}`]) {
      const [flagged, ...none] = read(`<h1>胃胀怎么办</h1>${card}<p>回答时间：2021-01-05</p><div>${answer}</div><div><h3>看看这些</h3><ul>${items}</ul></div>`);
      expect([flagged!.answer_paragraphs.length, flagged!.date, none.length, unsure(flagged!)]).toEqual([2, '2021-01-05', 0, true]);
    }
  });
  it("an article's doctor box after the answer (本期专家 over a bio sentence `name，hospital department title，…`) is the card, and `— END —` ends the text", () => {
    const [page] = read(
      `<h1>胃胀怎么办</h1><section>${answer}</section><section><p><strong>本期专家</strong></p><p>赵文，东湖市第一医院儿科主治医师，医学硕士，擅长小儿消化病的诊治。</p></section><p>— END —</p><p>推荐给朋友看看吧。</p>${list}`,
    );
    expect([page!.doctor, page!.answer_paragraphs]).toEqual([
      { name: '赵文', title: '主治医师', department: '儿科', hospital: '东湖市第一医院', hospital_grade: null },
      ['胃胀多与饮食有关，少吃产气食物。', '饭后适当散步，帮助胃肠蠕动。'],
    ]);
  });
  it("a hospital's own site names the hospital in its copyright footer, even where no related list ends the page's own part before it", () => {
    const [page] = read(
      `<h2>胃胀怎么办</h2><div>${answer}<p>（解答：儿科 赵文 主治医师）</p></div><div>上一篇：<a href="/a/1.html">儿童用药须知</a></div><div><h3>看看这些</h3><ul><li><a href="/q/2.html">饭后胃胀是什么原因</a></li></ul></div><div>版权所有：东湖市第一医院　地址：东湖市人民路1号</div>`,
      '胃胀怎么办—儿科—东湖市第一医院',
    );
    expect(page!.doctor).toEqual({ name: '赵文', title: '主治医师', department: '儿科', hospital: '东湖市第一医院', hospital_grade: null });
  });
});

describe("a reading list (相关阅读) on a page that names no address of its own", () => {
  const page = (head: string) =>
    `<html><head><title>胃胀怎么办_科普</title>${head}</head><body><h2>胃胀怎么办</h2><div>发布时间：2021-08-09　来源：消化内科</div>` +
    '<div><p><strong>问：</strong>胃胀怎么办</p><p><strong>答：</strong></p><p>胃胀多与饮食有关，少吃产气食物。</p><p>饭后适当散步，帮助胃肠蠕动。</p>' +
    '<p>（解答：江州市人民医院（三甲）消化内科 王清玉 副主任医师）</p></div>' +
    '<div><h3>相关阅读</h3><ul><li><a href="/q/2.html">饭后胃胀严重吗</a> <span>[2021-11-30]</span><p>饭后胃胀多与进食过快有关，细嚼慢咽。</p></li>' +
    '<li><a href="/q/3.html">胃胀气的症状有哪些</a> <span>[2022-05-09]</span><p>胃胀气常伴有嗳气、腹胀。</p></li></ul></div></body></html>';
  const read = (head: string) => entriesOf(extractOrThrow(pageRecord(page(head), { url: 'saved-page.html' })));

  it("is read as the related list where the page's address puts its items beside it or every title asks, and doubted, not passed over, where nothing tells", () => {
    const [placed, ...related] = read('<link rel="canonical" href="https://www.example-yy.cn/q/1.html">');
    expect([related.map((e) => e.question), placed!.flags.includes('unsure_reading')]).toEqual([['饭后胃胀严重吗', '胃胀气的症状有哪些'], false]);
    // Linked by paths alone, every title asking: its related list all the same (as every key of the splits reads such a list).
    const [unaddressed, ...taken] = read('');
    expect([taken.map((e) => e.question), unaddressed!.flags.includes('unsure_reading')]).toEqual([['饭后胃胀严重吗', '胃胀气的症状有哪些'], false]);
    // A headline asking before its news among them: doubted, not passed over.
    const [unplaced, ...none] = entriesOf(extractOrThrow(pageRecord(page('').replace('胃胀气的症状有哪些', '胃胀气怎么办？医生教你三招'), { url: 'saved-page.html' })));
    expect([none.length, unplaced!.answer_paragraphs.length, unplaced!.flags.includes('unsure_reading')]).toEqual([0, 2, true]);
  });
});
