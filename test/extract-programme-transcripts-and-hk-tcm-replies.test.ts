import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { isNewsLead } from '../src/extract/words/news-lead.js';
import { readInfoLine } from '../src/extract/dates/post-stamp.js';

/**
 * The genre reader on a TV health programme's transcript page whose guest is introduced only after it, its info line set
 * in inline spans; and on a Hong Kong charity's TCM clinics' old table-laid 健康問答 pages (traditional script).
 */

const html = (title: string, body: string) => `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
/** A page saved to a file: no address of its own to tell the site's pages by. */
const pageOf = (page: string) => entriesOf(extractOrThrow(pageRecord(page, { url: 'saved-page.html' }))).find((e) => e.origin === 'page')!;

const QUESTION = '小孩晚上咳嗽厉害怎么办';
const ANSWER = ['小孩夜间咳嗽加重多与呼吸道感染或过敏有关，睡前可以适当抬高枕头，保持室内空气湿润。', '如果伴有发热、气喘或者咳嗽超过两周，建议到儿科就诊，必要时拍胸片。'];

describe('a programme’s transcript page', () => {
  const transcript = `<p><b>观众提问：</b>${QUESTION}？</p><p><b>主持人：</b>观众朋友们好，今天我们请到了蒋明主治医师，来为大家解答这个问题。</p><p><b>蒋明：</b>${ANSWER[0]}</p><p><b>主持人：</b>那平时要注意些什么呢？</p><p>${ANSWER[1]}</p><p><b>主持人：</b>感谢蒋明主治医师的精彩讲解，我们下期再见。</p>`;
  const info = (fields: string) => `<div class="info">${fields}</div><div><img src="/c.jpg"><a href="/v/1.shtml">点击观看完整节目 ▶</a></div>`;

  it('the guest’s profile after the transcript: the host’s lines none of the answer, the guest’s label none of its text', () => {
    const page = html(
      '《健康热线》｜咳嗽怎么办？听听专家怎么说_健康频道',
      `<h1>《健康热线》｜咳嗽怎么办？听听专家怎么说</h1>${info('<span>来源：城市频道《健康热线》</span><span>发布时间：2022-02-01 18:42</span>')}<div>${transcript}</div><div><h4>嘉宾简介</h4><p>蒋明，北岸市人民医院儿科主治医师。擅长小儿咳嗽等常见病的诊治。</p></div><p>（责任编辑：胡志强）</p><div><h3>网友评论</h3><ul><li><span>网友2930</span><p>讲得很清楚，收藏了。</p><span>02-03 18:36</span></li></ul></div>`,
    );
    const own = pageOf(page);
    expect(own.question).toBe(`${QUESTION}？`);
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.doctor.name).toBe('蒋明');
  });

  const guestFirst = (fields: string) =>
    html(
      `${QUESTION}_健康频道`,
      `<h1>${QUESTION}？</h1>${info(fields)}<div><p class="guest"><b>本期嘉宾：</b>北岸市人民医院儿科主治医师 蒋明</p>${transcript}</div>`,
    );

  it('an info line of inline spans, its fields run together (`《…》发布时间：…`), dates the answer by its publishing day', () => {
    const own = pageOf(guestFirst('<span>来源：城市频道《健康热线》</span><span>发布时间：2022-02-01 18:42</span>'));
    expect(own.date).toBe('2022-02-01');
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.flags).not.toContain('unsure_reading');
  });

  it('a broadcast day beside the publishing day on that line dates the answer: the guest answered on air (fresh-58’s convention)', () => {
    const own = pageOf(guestFirst('<span>来源：城市频道《健康热线》</span><span>发布时间：2022-02-01 18:42</span><span>播出时间：2022年1月31日</span>'));
    expect(own.date).toBe('2022-01-31');
    expect(own.flags).not.toContain('unsure_reading');
    // above the question too, where the heading is the programme's hook and the question the viewer's (`观众提问：`)
    const hooked = html(
      '《健康热线》｜咳嗽怎么办？听听专家怎么说_健康频道',
      `<h1>《健康热线》｜咳嗽怎么办？听听专家怎么说</h1>${info('<span>来源：城市频道《健康热线》</span><span>发布时间：2022-02-03 18:42</span><span>播出时间：2022年1月31日</span>')}<div>${transcript.replace(`${QUESTION}？`, QUESTION)}</div><div><h4>嘉宾简介</h4><p>蒋明，北岸市人民医院儿科主治医师。擅长小儿咳嗽等常见病的诊治。</p></div>`,
    );
    expect(pageOf(hooked)).toMatchObject({ question: QUESTION, date: '2022-01-31' });
    expect(pageOf(hooked).flags).not.toContain('unsure_reading');
    // in either order
    expect(pageOf(guestFirst('<span>播出时间：2022年1月31日</span><span>来源：城市频道《健康热线》</span><span>发布时间：2022-02-01 18:42</span>')).date).toBe('2022-01-31');
  });
});

describe('a Hong Kong TCM clinic’s 健康問答 in an old table layout', () => {
  const Q = '女性轉氨酶升高嚴重嗎？';
  const A = ['一般不嚴重，轉氨酶升高大多是暫時的，調整作息、清淡飲食後可以慢慢好轉。', '如果伴有乏力、食慾差，應到醫院覆查肝功能。'];
  const table = (card: string, signature = '') =>
    html(
      '東華三院 中醫服務 - 健康問答',
      `<table><tr><td><a href="/cm/">中醫服務</a></td></tr><tr><td><a href="/cm/faq/">健康問答</a></td></tr></table><div>現在位置：<a href="/">主頁</a> &gt; <a href="/cm/faq/">健康問答</a></div><table class="faq"><tr><td>問題編號：28953　　日期：14/10/2019</td></tr><tr><td><b>問：</b>${Q}</td></tr>${card}<tr><td><b>答：</b>${A[0]}<br><br>${A[1]}${signature}</td></tr><tr><td><font color="#888888">以上資料只供參考，如有疑問請向註冊中醫師查詢。預約請致電 2449 8740。</font></td></tr><tr><td align="right">瀏覽次數：1427　<a href="javascript:window.print()">列印本頁</a>　<a href="javascript:history.back()">返回</a></td></tr></table>`,
    );

  const CARD = '<tr><td>回覆中醫師：<b>喬傑偉</b>　高級中醫師<br>東華三院荃灣中醫診所暨教研中心</td></tr>';

  it('the 高級中醫師 title whole, no 高級 and a 中醫師', () => {
    expect(pageOf(table(CARD)).doctor).toMatchObject({ name: '喬傑偉', title: '高級中醫師', hospital: '東華三院荃灣中醫診所暨教研中心' });
  });

  it('the site’s hedge sending the reader to a practitioner (…請向註冊中醫師查詢) is none of the answer', () => {
    expect(pageOf(table(CARD)).answer_paragraphs).toEqual(A);
  });

  it('the question’s number beside the day is no text of the meta line: the day-first day above 12 is read', () => {
    expect(pageOf(table(CARD)).date).toBe('2019-10-14');
  });

  it('a title naming only the site and its section says nothing against the page’s one 問', () => {
    expect(pageOf(table(CARD)).flags).not.toContain('unsure_reading');
  });

  it('a bracketed 解答 credit closing the text, the name run in between clinic and 註冊中醫師: the card', () => {
    const own = pageOf(table('', '<p align="right">（解答：東華三院荃灣中醫診所暨教研中心徐英怡註冊中醫師）</p>'));
    expect(own.doctor).toMatchObject({ name: '徐英怡', title: '註冊中醫師', hospital: '東華三院荃灣中醫診所暨教研中心' });
    expect(own.answer_paragraphs).toEqual(A);
    expect(own.flags).not.toContain('unsure_reading');
  });
});

describe('a radio programme’s story page: a news lead, a named host, the page’s day unlabelled before its fields', () => {
  const story = (h1: string, info: string) =>
    html(
      `${h1}_央广网`,
      `<div class="crumbs">央广网 &gt; 健康 &gt; 健康之家</div><div class="article"><h1>${h1}</h1><div class="source">${info}</div>` +
        `<div class="audio-link"><a href="https://www.cnr.cn/zgzs/jkzj/">点击收听完整节目 &gt;&gt;</a></div>` +
        `<div class="TRS_Editor"><p>央广网北京4月10日消息　据中国之声《健康之家》报道，很多听众来信来电咨询相关问题。</p>` +
        `<p><b>听众提问：</b>${QUESTION}？</p><p><b>主持人晓雯：</b>这个问题我们请嘉宾来给大家解答一下。</p>` +
        `<p><b>黄涛英：</b>${ANSWER[0]}</p><p>${ANSWER[1]}</p><p><b>主持人晓雯：</b>感谢黄涛英主任医师做客我们的节目。</p></div>` +
        `<div class="guest"><b>本期嘉宾：</b>黄涛英，白沙市第三人民医院儿科主任医师</div><p>（编辑：杨明轩）</p></div>`,
    );
  const aired = '<span>2021-04-10 20:44:12</span>　<span>来源：央广网</span>　<span>播出时间：2021年4月9日</span>';
  it('under a headline, the story’s lead and the named host’s lines are none of the answer', () => {
    const own = pageOf(story('【健康之家】咳嗽，专家这样说', aired));
    expect(own.question).toBe(`${QUESTION}？`);
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.doctor).toMatchObject({ name: '黄涛英', title: '主任医师', department: '儿科', hospital: '白沙市第三人民医院' });
    expect(own.date).toBe('2021-04-09');
  });
  it('the page’s day opening its info line unlabelled: the broadcast day beside it dates the answer; with its source alone, that day', () => {
    const own = pageOf(story(`${QUESTION}？`, aired));
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.date).toBe('2021-04-09');
    expect(own.flags).not.toContain('unsure_reading');
    expect(pageOf(story(`${QUESTION}？`, '<span>2021-04-10 20:44:12</span>　<span>来源：央广网</span>')).date).toBe('2021-04-10');
  });
});

describe('a radio programme’s story page whose lead alone names the guest', () => {
  // No 本期嘉宾 box: the lead's last sentence credits the guest; the player's prompt heads the story.
  const story = (h1: string, lead: string, turns: string) =>
    html(
      `${h1}_央广网`,
      `<div class="article"><h1>${h1}</h1><div class="source"><span>2021-11-15 11:33:41</span>　<span>来源：央广网</span></div>` +
        `<div class="audio"><p>收听本段音频</p><audio controls src="https://mp3.example/a.mp3"></audio></div>` +
        `<div class="TRS_Editor"><p>${lead}</p>${turns}<p><b>主持人晓雯：</b>感谢程霞副主任医师做客我们的节目。</p></div><p>（编辑：徐国庆）</p></div>`,
    );
  const lead = (when: string) => `央广网北京${when}消息　据中国之声《健康之家》报道，本期节目邀请到东湖市医学中心眼科副主任医师程霞，为听众解答相关问题。`;
  const card = { name: '程霞', title: '副主任医师', department: '眼科', hospital: '东湖市医学中心' };
  const turns = `<p><b>听众提问：</b>${QUESTION}？</p><p><b>主持人晓雯：</b>这个问题我们请嘉宾来给大家解答一下。</p><p><b>程霞：</b>${ANSWER[0]}</p><p>${ANSWER[1]}</p>`;
  it('the lead’s credit is the card, the lead and the host none of the answer; the player’s prompt none of it either', () => {
    const own = pageOf(story(`${QUESTION}？`, lead('11月15日'), turns));
    expect(own.doctor).toMatchObject(card);
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.flags).not.toContain('unsure_reading');
  });
  it('a lead crediting two guests under one title (程霞、李明) names no card: the second name is not the first’s title’s', () => {
    const own = pageOf(story(`${QUESTION}？`, lead('11月15日').replace('程霞', '程霞、李明'), turns));
    expect(own.doctor.name === '程霞' || own.flags.includes('unsure_reading')).toBe(true);
  });
  it('a lead short enough to be a line of its own, under a headline: the credit alone, not its words around it, is the card', () => {
    const own = pageOf(story('【健康之家】咳嗽，专家这样说', lead('5月1日').replace('东湖市医学中心眼科副主任医师', '北岸市中医院眼科医师'), turns));
    expect(own.doctor).toMatchObject({ name: '程霞', title: '医师', department: '眼科', hospital: '北岸市中医院' });
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.flags).not.toContain('unsure_reading');
  });
});

describe('an info line opening with the page’s day unlabelled', () => {
  it('is the info line, its day a field; not where it names the answer’s format, a line of meta read with it', () => {
    expect(readInfoLine('2021-04-10 20:44:12　来源：央广网')?.date).toBe('2021-04-10 20:44:12');
    expect(readInfoLine('2019-07-27 13:02:46　来源：央广网　播出时间：2019年7月24日')).toMatchObject({ aired: true });
    expect(readInfoLine('2020-10-23 16:53 来源：健康资讯网 语音解答 浏览 59056')).toBeNull();
  });
});

describe('a news lead', () => {
  it('opens with its dateline; a sentence with a day and a phone call is none', () => {
    expect(isNewsLead('央广网北京4月10日消息　据中国之声《健康之家》报道，很多听众来信来电咨询相关问题。')).toBe(true);
    expect(isNewsLead('新华社北京5月6日电（记者 王明）近日，国家卫健委发布了新版指南。')).toBe(true);
    expect(isNewsLead('本报讯　近日，市人民医院开展了义诊活动。')).toBe(true);
    expect(isNewsLead('患者3月5日电话随访时诉头痛明显减轻。')).toBe(false);
    expect(isNewsLead('5月6日起，门诊时间调整为上午8点。')).toBe(false);
  });
});
