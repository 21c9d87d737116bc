import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on general Q&A portals where a certified doctor's answer sits among members' answers.
 * What fresh-60 (general Q&A portals where a certified doctor's answer sits among members' answers) taught the genre reader.
 */

const html = (title: string, body: string) => `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const entries = (page: string, url = 'https://bbs.example.org/post-1.html') => entriesOf(extractOrThrow(pageRecord(page, { url })));
const pageOf = (page: string, url?: string) => entries(page, url).find((e) => e.origin === 'page');
const ps = (lines: readonly string[]) => lines.map((p) => `<p>${p}</p>`).join('');

const QUESTION = '经期腰酸是怎么回事';
const ANSWER = ['经期腰酸多与盆腔充血有关，注意保暖、避免久坐，一般经后可以缓解。', '如果腰酸剧烈或者伴有发热，建议到妇科就诊，明确原因后再治疗。'];

describe('a thread whose posts are headed by author and day', () => {
  const post = (author: string, day: string, lines: readonly string[]) => `<div class="item"><div class="info">作者：<a>${author}</a> 时间：${day}</div><div class="content">${lines.join('<br>')}</div><div class="reply"><span>${day === '2022-08-09 12:50:39' ? 2 : 1}楼</span> <a>举报</a> | <a>回复</a></div></div>`;
  const thread = (doctor: string) =>
    html(
      `${QUESTION}_健康论坛`,
      `<h1>${QUESTION}</h1><div>楼主：小雨 时间：2022-08-07 09:16:59</div><div class="content">最近一段时间一直这样，不知道是什么原因。</div>` +
        post('快乐每一天', '2022-08-09 08:18:27', ['建议去正规医院看看，网上说的都不一定准。']) +
        post(doctor, '2022-08-09 12:50:39', ['@小雨 2022-8-7 09:16:59', '最近一段时间一直这样，不知道是什么原因。', '-----------------------------', ...ANSWER, '', '——易怡 白沙市第四人民医院 妇科 副主任医师']) +
        post('小雨', '2022-08-10 07:39:48', ['谢谢易医生！']),
    );

  it('the post of the author marked a doctor is the answer, without the quote and signature, dated by its head, carded by its signature', () => {
    const page = pageOf(thread('易怡医生<span>[认证医生]</span>'))!;
    expect(page.answer_paragraphs).toEqual(ANSWER);
    expect(page.date).toBe('2022-08-09');
    expect(page.doctor).toMatchObject({ name: '易怡', title: '副主任医师', department: '妇科', hospital: '白沙市第四人民医院' });
  });

  it('where no author is marked a doctor, no member’s reply or the asker’s thanks becomes the answer', () => {
    // The page is rejected, saying why (the test helper throws on a reject).
    expect(() => entries(thread('路过的人'))).toThrow(/none marked as a doctor/);
  });
});

describe('a Q&A portal’s page of several answers', () => {
  const card = `<div class="user"><a class="name">慕容建华</a><span class="tag">专业认证</span></div><div class="auth-info">主任医师｜石门市第一人民医院｜妇科</div>`;

  it('a verification line naming no one takes the name from the author’s row above it', () => {
    const page = pageOf(html(`${QUESTION}_360问答`, `<h2>${QUESTION}</h2><div class="best"><div class="item">${card}<div class="cnt">${ps(ANSWER)}</div><div>回答于 2021-05-28</div></div></div>`))!;
    expect(page.doctor).toMatchObject({ name: '慕容建华', title: '主任医师', hospital: '石门市第一人民医院' });
  });

  it('a platform’s credit under the answer (本回答由…提供) is no paragraph of it', () => {
    const page = pageOf(html(`${QUESTION}_搜狗问问`, `<h1>${QUESTION}</h1><div class="item">${card}<div class="cnt">${ps(ANSWER)}</div><p>本回答由搜狗明医提供</p><div>2020-01-23 08:52 赞 203 评论</div></div>`))!;
    expect(page.answer_paragraphs).toEqual(ANSWER);
  });

  it('a member’s full day is not the date of a doctor’s answer stamped 4天前', () => {
    const member = (text: string, day: string) => `<div class="item"><div>热心网友</div><p>${text}</p><div>${day}</div><div>赞 25 评论 5</div></div>`;
    const page = pageOf(
      html(
        `${QUESTION} - 今日头条`,
        `<h1>${QUESTION}</h1><div>5个回答</div>${member('多喝热水，早睡早起，坚持一段时间会好的。', '2021-06-08 11:32')}<div class="item"><div>雷兰佳</div><div>主治医师 | 江州市医科大学附属医院 妇科</div>${ps(ANSWER)}<div>4天前</div><div>赞 292 评论 146</div></div>`,
      ),
    )!;
    expect(page.answer_paragraphs).toEqual(ANSWER);
    expect(page.date).toBeNull();
  });

  it('a member’s answer after the doctor’s, under a nickname run into its rank (夜猫子知识达人), is none of the doctor’s', () => {
    const page = pageOf(
      html(
        `${QUESTION}_360问答`,
        `<h2>${QUESTION}</h2><div class="best"><div class="item">${card}<div class="cnt">${ps(ANSWER)}</div><div>回答于 2021-05-28</div></div></div>` +
          `<div class="other"><div class="item"><div>夜猫子知识达人</div><p>多喝热水，早睡早起，坚持一段时间会好的。</p><div>2021-06-08</div></div></div>`,
      ),
    )!;
    expect(page.answer_paragraphs).toEqual(ANSWER);
  });

  it('where only members answered (their bylines with a rank), no page entry is made', () => {
    const page = html(`${QUESTION}_搜狗问问`, `<h1>${QUESTION}</h1><div>热心网友2020-12-18</div><div>最佳答案</div><div><a>匿名用户</a>LV1</div><p>建议去正规医院看看，网上说的都不一定准。</p><div>2020-12-23 赞 6 评论</div>`);
    expect(() => entries(page)).toThrow(/no doctor's answer: the text under the question is a member's/);
  });

  it('a shared answer’s question linked to its own page is the question', () => {
    const page = pageOf(html(`${QUESTION} - 今日头条`, `<div class="question"><a href="https://m.toutiao.example/question/69/">${QUESTION}</a></div><div>雷兰佳</div><div>主治医师 | 江州市医科大学附属医院 妇科</div>${ps(ANSWER)}<div>2021-06-08 11:32</div>`), 'https://m.toutiao.example/w/123/')!;
    expect(page.question).toBe(QUESTION);
    expect(page.answer_paragraphs).toEqual(ANSWER);
  });
});
