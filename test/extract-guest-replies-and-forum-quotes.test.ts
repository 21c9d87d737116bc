import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * What fresh-95 taught the reader: a radio app's share page of a programme's community (a topic-tagged post, the guest's
 * reply stamped on the author's row, the host's thanks, a list of other posts to the guest), a hospital's 職稱 cell with a
 * chief resident's rank, and a web forum's reply quoting the first post.
 */

describe('what fresh-95 taught the reader: a programme community\'s guest reply, a chief resident, a forum quote', () => {
  const read = (body: string, title = '某站') => entriesOf(extractOrThrow(pageRecord(`<html><head><title>${title}</title></head><body>${body}</body></html>`)));
  const header = '<div class="bar"><img src="/logo.png" alt="听听电台"> 听听电台 <a href="/app">打开APP</a></div>';
  const post = '<div class="topic"><h1>#问嘉宾# 产后腰酸要做什么检查</h1><div><b>浦东小陈</b><span>05-03 21:10</span></div><p>请问需要做什么检查？</p></div>';
  const answer = '<p>产后腰酸多与腰背肌肉劳损有关，可以先做腰椎磁共振检查。</p><p>平时注意休息，避免久坐，症状加重时要及时到医院骨科就诊。</p>';
  const reply = (row: string) => `<div class="reply"><div class="gu">${row}</div><p class="org">江州市人民医院骨科主治医师</p>${answer}</div>`;

  it('a topic tag closed on both sides before the post title (#问嘉宾# …) is none of the question', () => {
    const [page] = read(`${header}${post}${reply('<b>田波</b><span>节目嘉宾</span>')}`);
    expect(page!.question).toBe('产后腰酸要做什么检查');
  });

  it('the author row over the card line names the doctor where it ends with a bare stamp (2023-05-06 14:22, 3天前 beside it)', () => {
    for (const stamp of ['<span>2023-05-06 14:22</span>', '<span>2023-05-06 14:22</span><span>3天前</span>']) {
      const [page] = read(`${header}${post}${reply(`<b>田波</b><span>节目嘉宾</span>${stamp}`)}`);
      expect(page!.doctor).toEqual({ name: '田波', title: '主治医师', department: '骨科', hospital: '江州市人民医院', hospital_grade: null });
    }
  });

  it("a picture in an element that holds the question too (the site's logo) draws no doctor for a card that prints no name", () => {
    const body =
      '<div class="bar"><img src="/logo.png" alt="听听电台"> 听听电台 <a href="/app">打开APP</a></div><div class="program"><img src="/p.jpg" alt=""><span>健康热线</span></div>' +
      '<div class="topic"><h1>产后喘息是什么原因引起的</h1><div><b>闵行老李</b><span>10-20 09:45</span></div><p>请问需要做什么检查？</p></div>' +
      '<div class="reply"><div class="gu"><b>乔平芳</b><span>节目嘉宾 健康热线特别邀请专家组</span><span>2019-10-24 20:37</span></div><p>临江市妇幼保健院急诊科主治医师</p>' +
      '<div class="voice"><audio src="/r.m4a"></audio><span>53″</span></div><div class="asr"><span>语音转文字</span><p>产后喘息可能是以下原因引起：</p>' +
      '<p>1.中年人出现喘息时，可以先完善胸部CT等检查，同时补充优质蛋白和维生素。</p><p>2.喘息反复发作5次以上，症状时轻时重，一般可以逐渐缓解。</p>' +
      '<p>如果症状持续不缓解或者逐渐加重，应尽快到呼吸内科就诊。</p></div></div>';
    const [page] = read(body, '产后喘息是什么原因引起的 - 听听电台');
    expect(page!.doctor.name).not.toBe('听听电台');
    expect(page!.flags).toContain('unsure_reading');
  });

  it("a programme host's thanks under the guest's reply (主持人晓峰：感谢…老师的解答) is none of the answer", () => {
    const thanks = '<div class="host"><b>主持人晓峰</b>：感谢田波老师的解答，也感谢您收听《健康热线》！</div>';
    const [page] = read(`${header}${post}${reply('<b>田波</b><span>节目嘉宾</span>')}${thanks}<div>全部回复</div>`);
    expect(page!.answer_paragraphs).toEqual(['产后腰酸多与腰背肌肉劳损有关，可以先做腰椎磁共振检查。', '平时注意休息，避免久坐，症状加重时要及时到医院骨科就诊。']);
  });

  it('更多问嘉宾 heads a list of other posts to the guest: a related list', () => {
    const list =
      '<div class="more"><div>更多问嘉宾</div><a href="/m/topic?id=2"><p>#问嘉宾# 孕妇腰痛要紧吗</p><span>11-18</span><span>12条回复</span></a>' +
      '<a href="/m/topic?id=3"><p>#问嘉宾# 腰椎间盘突出多久能好</p><span>05-07</span><span>3条回复</span></a></div>';
    const [page] = read(`${header}${post}${reply('<b>田波</b><span>节目嘉宾</span>')}${list}`);
    expect(page!.related_urls).toEqual(['/m/topic?id=2', '/m/topic?id=3']);
  });

  it("a 職稱 cell with a chief resident's rank (總醫師, 总住院医师) is the title", () => {
    const rows = (title: string) =>
      `<table><tr><th>主旨</th><td>喉嚨痛怎麼辦？</td></tr><tr><th>回覆科別</th><td>耳鼻喉科</td></tr><tr><th>回覆醫師</th><td>林志明</td></tr><tr><th>職稱</th><td>${title}</td></tr>` +
      '<tr><th>回覆內容</th><td><p>喉嚨痛多與上呼吸道感染有關，應多喝溫水、注意休息。</p><p>症狀加重時要及時到醫院耳鼻喉科就診。</p></td></tr></table>';
    for (const title of ['總醫師', '总住院医师']) {
      const [page] = read(`<div>南港市立聯合醫院</div>${rows(title)}`, '醫療諮詢 - 南港市立聯合醫院');
      expect(page!.doctor.title).toBe(title);
    }
  });

  it("a forum reply's quote of the first post (引用 name 于 day 发表的：…) is none of the answer", () => {
    const floor = (who: string, side: string, body: string) => `<div class="post"><div class="author">${who}</div>${side}<div class="t_f">${body}</div></div>`;
    for (const quote of ['引用 momo妈咪 于 2023-5-4 10:31 发表的：老人反酸挂什么科', '原帖由 momo妈咪 于 2023-5-4 10:31 发表']) {
      const page0 = `<h1>老人反酸挂什么科</h1>${floor('momo妈咪', '', '<p>家里老人最近总反酸。</p>')}${floor('邵秀医生', '<p>江州市人民医院 消化内科 主治医师</p>', `<blockquote>${quote}</blockquote><p>反酸可以先到消化内科就诊，必要时做胃镜检查。</p><p>平时少吃甜食和油腻食物，饭后不要马上躺下。</p>`)}`;
      const [page] = read(page0);
      expect(page!.answer_paragraphs[0]).toBe('反酸可以先到消化内科就诊，必要时做胃镜检查。');
    }
  });
});
