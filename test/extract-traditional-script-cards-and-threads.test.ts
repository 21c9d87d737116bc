import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on traditional-script cards and ROC dates, a thread of posts, a hospital site's column page and a search engine's answer card.
 * Issue #9: what the blind split fresh-10 taught the genre reader, each rule on a small page of its own.
 */

describe('what fresh-10 taught the reader: traditional-script cards, ROC dates', () => {
  const read = (body: string, title = '某站') => entriesOf(extractOrThrow(pageRecord(`<html><head><title>${title}</title></head><body>${body}</body></html>`)));
  const answer = '<p>喉嚨痛多與上呼吸道感染有關，應多喝溫水、注意休息。</p><p>症狀加重時要及時到醫院耳鼻喉科就診，遵醫囑用藥。</p>';
  const list =
    '<h3>相關問題</h3><ul><li><a href="/q/2.html">喉嚨痛吃什麼藥</a><p>喉嚨痛可在醫師指導下用藥，不要自行服用抗生素。</p></li>' +
    '<li><a href="/q/3.html">喉嚨痛要做什麼檢查</a><p>喉嚨痛反復發作的，可以先做血常規檢查。</p></li></ul>';

  it('a label of who answers or of a field alone with its colon (回覆醫師：, 服務醫院：) names the part after it; 院所 names the hospital', () => {
    const cards = [
      '<ul><li><span>回覆醫師：</span>林志明 副主任醫師</li><li><span>服務醫院：</span>南港市立聯合醫院</li><li><span>科別：</span>耳鼻喉科</li></ul>',
      '<div>答覆醫師：林志明 副主任醫師；院所：南港市立聯合醫院；科別：耳鼻喉科</div>',
    ];
    for (const card of cards) {
      const [page] = read(`<h1>喉嚨痛怎麼辦？</h1>${card}${answer}${list}`);
      expect(page!.doctor).toEqual({ name: '林志明', title: '副主任醫師', department: '耳鼻喉科', hospital: '南港市立聯合醫院', hospital_grade: null });
    }
  });

  it('an ROC date (民國112年5月6日, 112/05/06) is the western one, year plus 1911; a two-digit 99/05/06 is not read', () => {
    const card = '<div>醫師：林志明 主治醫師　院所：南港市立聯合醫院　科別：耳鼻喉科</div>';
    const stamps: Array<[string, string | null]> = [
      ['回覆時間：民國112年5月6日', '2023-05-06'],
      ['回覆時間：112/05/06', '2023-05-06'],
      ['回覆時間：2023/05/06', '2023-05-06'],
      ['回覆時間：99/05/06', null],
      // Three numbers that would give a year yet to come are some other count (a reading, a code): no date.
      ['回覆時間：150/05/06', null],
    ];
    for (const [stamp, date] of stamps) {
      const [page] = read(`<h1>喉嚨痛怎麼辦？</h1>${card}<div>${answer}<div>${stamp}</div></div>${list}`);
      expect([page!.date, page!.answer_paragraphs.length]).toEqual([date, 2]);
    }
  });

  it("the answer's label spaced before a format word (醫師回覆 語音) gives the format", () => {
    const card = '<div>醫師：林志明 主治醫師　院所：南港市立聯合醫院　科別：耳鼻喉科</div>';
    for (const [word, format] of [['語音', 'voice'], ['圖文', 'text']] as const) {
      const [page] = read(`<h1>喉嚨痛怎麼辦？</h1>${card}<div><div>醫師回覆 <span>${word}</span></div>${answer}</div>${list}`);
      expect(page!.format).toBe(format);
    }
  });

  it("patients' reviews of the doctor after the answer (a 患者评价 head, stars, masked names, short praise) are none of the answer", () => {
    const text = '<p>胃胀多与饮食有关，少吃产气食物。</p><p>饭后适当散步，帮助胃肠蠕动。</p>';
    const side = '<div style="float:right"><b>王清玉</b> <span>副主任医师</span><div>江州市人民医院</div><div>消化内科</div></div>';
    const reviews = '<div><div>用户评价 <span>★★★★☆</span> <span>4.6分</span></div><ul><li><span>网友3**1</span> <span>★★★★★</span><p>讲得很细，谢谢医生</p></li><li><span>患者7**2</span> <span>★★★★</span><p>态度好，回复及时</p></li></ul></div>';
    const [page] = read(`<div><h1>胃胀怎么办</h1><div><div>医生回复</div>${text}</div>${side}${reviews}</div><h3>相关问答</h3><ul><li><a href="/q/2.html">胃胀气吃什么药</a><p>胃胀气可在医生指导下服用促胃动力药。</p></li><li><a href="/q/3.html">饭后胃胀是什么原因</a><p>饭后胃胀多与进食过快有关，细嚼慢咽。</p></li></ul>`);
    expect(page!.answer_paragraphs).toEqual(['胃胀多与饮食有关，少吃产气食物。', '饭后适当散步，帮助胃肠蠕动。']);
  });

  it('of radio-input tabs, only the panel of the tab labelled as related is the related list', () => {
    const card = '<div>王清玉 副主任医师 江州市人民医院 三甲 消化内科</div>';
    const text = '<p>胃胀多与饮食有关，少吃产气食物。</p><p>饭后适当散步，帮助胃肠蠕动。</p>';
    const panel = (qs: string[]) => `<section><ol>${qs.map((q, i) => `<li><a href="/q/${q.length}${i}.html">${q}</a><p>${q}，要看具体情况，建议咨询医生。</p></li>`).join('')}</ol></section>`;
    const tabs =
      '<div><input type="radio" name="t" id="a1" checked><label for="a1">最新问答</label><input type="radio" name="t" id="a2"><label for="a2">相关问答</label><input type="radio" name="t" id="a3"><label for="a3">热门问题</label>' +
      panel(['感冒发烧怎么办', '头痛吃什么药']) + panel(['胃胀气吃什么药', '饭后胃胀是什么原因']) + panel(['失眠多梦怎么调理', '腰疼挂什么科']) + '</div>';
    const [page, ...related] = read(`<h1>胃胀怎么办</h1>${card}${text}${tabs}`);
    expect([page!.answer_paragraphs, related.map((e) => e.question)]).toEqual([
      ['胃胀多与饮食有关，少吃产气食物。', '饭后适当散步，帮助胃肠蠕动。'],
      ['胃胀气吃什么药', '饭后胃胀是什么原因'],
    ]);
  });

  it('a verification badge in the card (认证医师, 医师认证) is not the doctor\'s title', () => {
    const text = '<p>胃胀多与饮食有关，少吃产气食物。</p><p>饭后适当散步，帮助胃肠蠕动。</p>';
    const list = '<h3>相关问答</h3><ul><li><a href="/q/2.html">胃胀气吃什么药</a><p>胃胀气可在医生指导下服用促胃动力药。</p></li><li><a href="/q/3.html">饭后胃胀是什么原因</a><p>饭后胃胀多与进食过快有关，细嚼慢咽。</p></li></ul>';
    for (const badge of ['✔ 认证医师', '医师认证']) {
      const card = `<div><b>赵敏</b> <span>${badge}</span><ul><li>副主任医师</li><li>江州市人民医院</li><li>消化内科</li></ul></div>`;
      const [page] = read(`<h1>胃胀怎么办</h1>${card}${text}${list}`);
      expect([page!.doctor.name, page!.doctor.title]).toEqual(['赵敏', '副主任医师']);
    }
  });

  it('the question is read as the page prints it: a heading that adds ？ to the title\'s question keeps it', () => {
    const body = '<div>王清玉 副主任医师 江州市人民医院 三甲 消化内科</div><p>胃胀多与饮食有关，少吃产气食物。</p><p>饭后适当散步，帮助胃肠蠕动。</p>';
    for (const heading of ['<h1>胃胀怎么办？</h1>', '<h2><a href="/q/1.html">胃胀怎么办？</a></h2>']) {
      const [page] = read(`${heading}${body}`, '胃胀怎么办_某站');
      expect(page!.question).toBe('胃胀怎么办？');
    }
    // A badge after it is still none of the question.
    const [page] = read(`<h1>胃胀怎么办 已解决</h1>${body}`, '胃胀怎么办_某站');
    expect(page!.question).toBe('胃胀怎么办');
  });
});

describe('what fresh-10 taught the reader: a thread of posts', () => {
  const read = (body: string) => entriesOf(extractOrThrow(pageRecord(`<html><head><title>胃胀怎么办 - 健康咨询 - 某论坛</title></head><body>${body}</body></html>`)));
  const answer = '<p>胃胀多与饮食有关，少吃产气食物。</p><p>饭后适当散步，帮助胃肠蠕动。</p>';
  const doctor = '<div>认证医师</div><div>副主任医师 江州市人民医院（三甲） 消化内科</div>';
  const post = (floor: string, who: string, extra: string, stamp: string, content: string) =>
    `<table><tr><td width="160"><a href="/space/1">${who}</a>${extra}</td><td><div><em>${floor}</em> <span>${stamp}</span></div><div>${content}</div></td></tr></table>`;
  const list = '<h3>相关帖子</h3><ul><li><a href="/q/2.html">胃胀气吃什么药</a><p>胃胀气可在医生指导下服用促胃动力药。</p></li><li><a href="/q/3.html">饭后胃胀是什么原因</a><p>饭后胃胀多与进食过快有关，细嚼慢咽。</p></li></ul>';

  it("the answer's date is the stamp of the post that holds it, labelled or not, never the asker's or a bystander's `发表于` stamp", () => {
    const thread = [
      post('楼主', '小鱼2019', '<div>注册会员</div>', '发表于 2022-01-17 20:29:13', '<p>胃胀怎么办，已经一个多星期了，求医生解答，谢谢！</p>'),
      post('沙发', '王清玉', doctor, '2022-01-18 17:53', answer),
      post('板凳', '小鱼2019', '<div>注册会员</div>', '发表于 2022-01-20 14:36', '<p>好的，我去医院看看，谢谢。</p>'),
      post('地板', '雷静浩', '<div>中级会员</div>', '2022-01-21 17:02', '<p>顶一个，医生说得很专业。</p>'),
    ];
    const [page] = read(`<h1>胃胀怎么办</h1><div>${thread.join('')}</div>${list}`);
    expect([page!.date, page!.answer_paragraphs, page!.flags]).toEqual(['2022-01-18', ['胃胀多与饮食有关，少吃产气食物。', '饭后适当散步，帮助胃肠蠕动。'], []]);
  });

  it("a later post quoting the answer repeats the answer's stamp over the quote: that post's own stamp still dates its own text", () => {
    for (const head of ['<b>王清玉</b> 发表于 2019-02-03 18:00', '引用 王清玉 发表于 2019-02-03 18:00 的回复：']) {
      const thread = [
        post('楼主', '桃_cc', '<div>注册会员</div>', '发表于 2019-01-31 20:30', '<p>胃胀怎么办，最近反反复复，在线等，挺着急的。</p>'),
        post('沙发', '王清玉', doctor, '发表于 2019-02-03 18:00', answer),
        post('板凳', '桃_cc', '<div>注册会员</div>', '发表于 2019-02-03 09:07:15', `<blockquote><div>${head}</div>胃胀多与饮食有关，少吃…</blockquote><p>好的，谢谢医生。那大概多久能好呢？</p>`),
      ];
      const [page] = read(`<h1>胃胀怎么办</h1><div>${thread.join('')}</div>${list}`);
      expect([page!.date, page!.flags]).toEqual(['2019-02-03', []]);
    }
  });

  it('a forum lists related threads under 看了该帖的人还看了 (and its kin)', () => {
    const thread = [
      post('楼主', '桃_cc', '<div>注册会员</div>', '发表于 2019-01-31 20:30', '<p>胃胀怎么办，最近反反复复，在线等，挺着急的。</p>'),
      post('沙发', '王清玉', doctor, '发表于 2019-02-03 18:00', answer),
    ];
    for (const label of ['看了该帖的人还看了', '看过这个问题的人还看了']) {
      const [page, ...related] = read(`<h1>胃胀怎么办</h1><div>${thread.join('')}</div>${list.replace('相关帖子', label)}`);
      expect([page!.flags, related.map((e) => e.question)]).toEqual([[], ['胃胀气吃什么药', '饭后胃胀是什么原因']]);
    }
  });
});

describe("what fresh-10 taught the reader: a hospital site's column page", () => {
  const read = (body: string, title: string) => entriesOf(extractOrThrow(pageRecord(`<html><head><title>${title}</title></head><body>${body}</body></html>`)));
  const qa = '<div><p><b>问：</b>经期腰部起疱严重吗？</p><p><b>答：</b>腰部起疱多数与带状疱疹有关，注意休息、多喝温水，一般几天就能缓解。</p></div>';
  const avatar = '<div><img src="/zj/1.jpg" alt="廖敏" width="80"><div><b>廖敏</b> 副主任医师</div><div>皮肤科</div></div>';
  const news =
    '<ul><li><a href="/news/2023/1.html">关于调整门诊部分科室出诊时间的通知</a><span>2023-03-03</span></li>' +
    '<li><a href="/news/2023/2.html">冬季流感高发，专家提醒做好防护</a><span>2023-01-16</span></li>' +
    '<li><a href="/news/2022/3.html">我院成功开展首例微创手术新技术</a><span>2022-05-09</span></li></ul>';
  const page = (head: string) => `<div>江州市人民医院</div><h2>专家问答</h2><div><h3><a href="/q/1.html">经期腰部起疱严重吗？</a></h3><div>发布时间：2023-04-04</div>${avatar}${qa}</div>${head}${news}<div>版权所有：江州市人民医院</div>`;

  it("a column's heading (专家问答) that the <title> repeats is no question: the Q&A's own heading under it is", () => {
    const [entry] = read(page('<div>新闻动态</div>'), '专家问答-江州市人民医院');
    expect([entry!.question, entry!.date]).toEqual(['经期腰部起疱严重吗？', '2023-04-04']);
  });

  it("a card of a name and title with the department on a line of its own beside them (an avatar's box) gives the department", () => {
    const text = '<p>胃胀多与饮食有关，少吃产气食物。</p><p>饭后适当散步，帮助胃肠蠕动。</p>';
    const [entry] = read(`<h1>胃胀怎么办</h1><div><img src="/zj/2.jpg" alt="王清玉"><div><b>王清玉</b> 副主任医师</div><div>消化内科</div></div>${text}`, '胃胀怎么办_某站');
    expect(entry!.doctor).toEqual({ name: '王清玉', title: '副主任医师', department: '消化内科', hospital: null, hospital_grade: null });
  });

  it("the head of the site's own list of news or articles (最新文章, 新闻动态) ends the answer", () => {
    for (const head of ['<div>最新文章</div>', '<div>新闻动态</div>', '<div>更多资讯</div>']) {
      const [entry] = read(page(head), '专家问答-江州市人民医院');
      expect(entry!.answer_paragraphs).toEqual(['腰部起疱多数与带状疱疹有关，注意休息、多喝温水，一般几天就能缓解。']);
    }
  });
});

describe("what fresh-10 taught the reader: a search engine's answer card", () => {
  it('the card after the answer signs the text in its box, not the next web result after the box', () => {
    const result = (n: number) =>
      `<div data-rank="${n}"><h3><a href="https://www.other${n}.example/a.html">胃食管反流的症状有哪些_百科</a></h3><div>胃食管反流是临床常见病，很多人都有过类似的经历。本文为您详细介绍……</div><div>www.other${n}.example/3259/ 2019-07-06</div></div>`;
    const card =
      '<div data-tpl="health_qa"><div><span>健康问答</span> <span>权威医生回答</span></div><h3><a href="https://www.sousuo.example/q/1.html">胃食管反流能治好吗</a></h3>' +
      '<div><div>关于胃食管反流，可以从以下几个方面来考虑：<br>1.饮食以清淡、易消化为主，必要时需要手术治疗。<br>平时要注意保持良好的生活习惯，按时复查。</div></div>' +
      '<div>答主：<a href="/doctor/1">武平</a> | 青川市第三人民医院 | 主任医师 | 消化内科</div><div><span>8731人觉得有用</span> <span>2019-01-18</span></div></div>';
    const html = `<html><head><title>胃食管反流能治好吗 - 搜索</title></head><body><div>为您找到相关结果约343,374个</div><div>${card}${result(2)}${result(3)}</div></body></html>`;
    const [page] = entriesOf(extractOrThrow(pageRecord(html)));
    expect([page!.answer_paragraphs, page!.doctor.name, page!.date]).toEqual([
      ['关于胃食管反流，可以从以下几个方面来考虑：', '1.饮食以清淡、易消化为主，必要时需要手术治疗。', '平时要注意保持良好的生活习惯，按时复查。'],
      '武平',
      '2019-01-18',
    ]);
  });
});

describe('a forum expert’s profile fields in the author column', () => {
  const read = (body: string) => entriesOf(extractOrThrow(pageRecord(`<html lang="zh-HK"><head><meta charset="utf-8"><title>經期腹痛怎麼辦 - 專家答問 - 某論壇</title></head><body>${body}</body></html>`)));
  const answer = '經期腹痛可能是以下原因引起：<br>一、要避免辛辣刺激和油膩的食物，保持心情舒暢也很重要。<br>二、腹痛加重時要及時到醫院婦產科就診。';
  const post = (fields: string) =>
    `<h1>經期腹痛怎麼辦</h1><table><tr><td class="pls"><div class="authi"><a href="home.php?uid=1">黃桂醫生</a></div><p class="grp">專家顧問</p><dl>${fields}</dl></td>` +
    `<td class="plc"><div class="pi">發表於 2021-10-05 14:22</div><div class="t_f">${answer}</div></td></tr></table>`;
  it('專科, 資歷 and 診所 label the department, the title and the hospital; a field of medicine (家庭醫學) is a department', () => {
    const [page] = read(post('<dt>專科</dt><dd>家庭醫學</dd><dt>資歷</dt><dd>家庭醫學專科醫生</dd><dt>診所</dt><dd>荃灣安怡醫療中心</dd>'));
    expect(page!.doctor).toEqual({ name: '黃桂', title: '專科醫生', department: '家庭醫學', hospital: '荃灣安怡醫療中心', hospital_grade: null });
    expect(page!.flags).not.toContain('unsure_reading');
  });
});

describe('a health bureau\'s 健康問答: the reply signed under 解答：, the title naming the section and the bureau', () => {
  const page = (title: string, signature: string) =>
    `<html><head><meta charset="utf-8"><title>${title}</title></head><body><div class="crumbs">主頁 &gt; 健康教育 &gt; 健康問答</div>` +
    '<h2>問：喉嚨痛要做什麼檢查？</h2><p>日期：23/10/2020</p><div><b>答：</b><p>喉嚨痛多與上呼吸道感染有關，應多喝溫水、注意休息。</p><p>症狀加重時要及時到醫院耳鼻喉科就診，遵醫囑用藥。</p></div>' +
    `<p class="by">${signature}</p><p>以上資料僅供參考。</p></body></html>`;
  const read = (title: string, signature: string) => entriesOf(extractOrThrow(pageRecord(page(title, signature)))).find((e) => e.origin === 'page')!;
  const answer = ['喉嚨痛多與上呼吸道感染有關，應多喝溫水、注意休息。', '症狀加重時要及時到醫院耳鼻喉科就診，遵醫囑用藥。'];

  it('`解答：{centre}衛生中心 {name}醫生` closing the reply is the card (the centre the hospital, 醫生 a calling: no title), none of the answer', () => {
    const read1 = read('健康問答 - 衛生局', '解答：塔石衛生中心 陳嘉欣醫生');
    expect(read1.doctor).toEqual({ name: '陳嘉欣', title: null, department: null, hospital: '塔石衛生中心', hospital_grade: null });
    expect(read1.answer_paragraphs).toEqual(answer);
  });

  it('a title naming only the section and a health authority (`健康問答 - 衛生局`) confirms the page\'s one 問', () => {
    expect(read('健康問答 - 衛生局', '解答：塔石衛生中心 陳嘉欣醫生').flags).not.toContain('unsure_reading');
    expect(read('健康問答 - 某市衛生健康委員會', '解答：塔石衛生中心 陳嘉欣醫生').flags).not.toContain('unsure_reading');
  });

  it('the label over an answer (`解答：` and its first sentence) signs nothing', () => {
    const read1 = read('健康問答 - 衛生局', '解答：建議多喝溫水 注意休息醫生');
    expect(read1.doctor.name).toBe(null);
  });
});

describe('a traditional page published as printed', () => {
  const read = (body: string) => entriesOf(extractOrThrow(pageRecord(`<html><head><title>某站</title></head><body>${body}</body></html>`)));

  it('a question read across elements keeps a simplified character the page prints there, though the page prints it traditional elsewhere (药 beside 藥師)', () => {
    const card = '<div>回覆醫師：林志明 藥師　院所：南港市立聯合醫院　科別：藥劑部</div>';
    const answer = '<p>喉嚨痛多與上呼吸道感染有關，應多喝溫水、注意休息，藥物請遵藥師指示使用。</p><p>症狀加重時要及時到醫院耳鼻喉科就診，遵醫囑用藥。</p>';
    // The question in three elements: its text nodes stand apart in the page's text, the question read joined.
    const [page] = read(`<nav>藥師諮詢 | 用藥安全 | 藥品查詢</nav><h1><b>喉嚨痛</b>吃什么药<em>比較好？</em></h1>${card}${answer}`);
    expect(page!.question).toBe('喉嚨痛吃什么药比較好？');
  });
});
