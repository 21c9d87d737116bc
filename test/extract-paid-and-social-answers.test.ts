import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { isAudioBar, isTranscriptLabel, titlePlaysFormat } from '../src/extract/dates/media-format.js';
import { uploadedVideoPage, withoutChapterList } from '../src/extract/layouts/video-page.js';
import { isPaidAskerLine } from '../src/extract/layouts/paid-question.js';
import { isAccessTag } from '../src/extract/words/access-tag.js';
import { isPaywallPrompt, isWallPrompt } from '../src/extract/words/read-more.js';
import { isCardCounters } from '../src/extract/card/card-rows.js';
import { parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';

/**
 * The genre reader on paid and social Q&A: a microblog's paid answers, a video site, a podcast, a course, a short-video share, a paid voice answer.
 * What fresh-62 (paid and social Q&A: a microblog's paid answers, a video site, a podcast, a course, a short-video share, a paid voice answer) taught the genre reader.
 */

const html = (title: string, body: string, head = '') => `<html><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;
const entries = (page: string, url = 'saved-page.html') => entriesOf(extractOrThrow(pageRecord(page, { url })));
const pageOf = (page: string) => entries(page).find((e) => e.origin === 'page');
const itemsOf = (page: string) => entries(page).filter((e) => e.origin === 'related');

const QUESTION = '老人得了乳腺增生能治好吗';
const ANSWER = ['乳腺增生的处理要根据病情轻重来决定：', '一、经前乳房疼伴有肿块的，可以配合理疗和适量运动，往往需要复查乳腺彩超。', '二、经前乳房疼持续4天以上的，适当热敷能促进乳腺的血液循环，症状加重时要及时复诊。'];

describe('a paid microblog answer: the asker and price over the question, the rest behind 1元围观', () => {
  const post = (paras: readonly string[], wall: string) =>
    html(
      '蒋艳的微博问答 - 微博',
      `<div class="info"><a href="/u/1">蒋艳</a><div>微博认证：石门市第一人民医院乳腺外科副主任医师</div><div>今天 15:16 来自 微博问答</div></div>` +
        `<div class="q"><div><a>@小鹿乱撞</a> <span>¥100</span> 提问</div><div>${QUESTION}</div><span>问题已被回答</span></div>` +
        `<div class="text">${paras.map((p) => `<p>${p}</p>`).join('')}</div>${wall}` +
        `<div class="handle"><span>转发 218</span><span>评论 85</span><span>赞 525</span></div>` +
        `<div class="comments"><div><a>二狗子的妈</a>：有没有更详细一点的<div>6月9日 07:39</div></div></div>` +
        `<div class="more"><h4>TA的其他问答</h4><ul><li><a href="https://weibo.com/ttwenda/p/show?id=1">宝宝经前乳房疼挂什么科</a><span>7379人围观</span></li>` +
        `<li><a href="https://weibo.com/ttwenda/p/show?id=2">老人乳腺增生会引起乳房胀痛吗</a><span>5.5万人围观</span></li></ul></div>`,
    );
  const cut = [...ANSWER.slice(0, 2), '三、见于乳腺增生，应注意观察经前乳房疼的变化，要...'];
  const walled = post(
    [...cut.slice(0, 2), `${cut[2]}<a href="javascript:;">查看全文</a>`],
    '<div class="unlock"><p>围观后可查看全部答案</p><a>1元围观</a><span>已有5.2万人围观</span></div>',
  );

  it('reads the question under the asker’s line, the doctor from the verification, the part shown flagged cut off', () => {
    const page = pageOf(walled)!;
    expect(page.question).toBe(QUESTION);
    expect(page.doctor).toMatchObject({ name: '蒋艳', title: '副主任医师', department: '乳腺外科', hospital: '石门市第一人民医院' });
    expect(page.answer_paragraphs).toEqual(cut);
    expect(page.flags).toContain('cut_off_end');
  });

  it('a reader’s comment under the post’s buttons is none of the answer, where the answer is free and whole', () => {
    const page = pageOf(post(ANSWER, '<span>限时免费</span>'))!;
    expect(page.answer_paragraphs).toEqual(ANSWER);
    expect(page.flags).not.toContain('cut_off_end');
  });

  it('TA的其他问答 with only their 围观 counts are links, no entries', () => {
    const all = entries(walled);
    expect(all.filter((e) => e.origin === 'related')).toEqual([]);
    expect(all.find((e) => e.origin === 'page')!.related_urls).toEqual(['https://weibo.com/ttwenda/p/show?id=1', 'https://weibo.com/ttwenda/p/show?id=2']);
  });

  it('the asker’s line is told by its price and 提问; a subscription button is none', () => {
    expect(isPaidAskerLine('@小鹿乱撞 ¥100 提问')).toBe(true);
    expect(isPaidAskerLine('清风徐来¥50 向TA提问')).toBe(true);
    expect(isPaidAskerLine('¥19.9 订阅')).toBe(false);
    expect(isPaidAskerLine('小鹿乱撞：怎么提问')).toBe(false);
  });
});

describe('a video page: its description under pre-line, the uploader’s card, video cards to play next', () => {
  const VIDEO_Q = '产后甲状腺结节的症状有哪些？';
  const DESC = ['声音嘶哑多数与甲状腺结节有关，注意休息、多喝温水，一般几天就能缓解，不缓解再就诊。', '如果症状加重，建议及时到内分泌科就诊。'];
  const video = (cards: string, head: string) =>
    html(
      `${VIDEO_Q} | 甲状腺结节科普_哔哩哔哩_bilibili`,
      `<h1 class="title">${VIDEO_Q} | 甲状腺结节科普</h1><div><span>2.1万</span><span>847</span><span>2023-03-07 21:22:17</span><span>未经作者授权，禁止转载</span></div>` +
        `<div id="player"><div></div><div><p>该视频为充电专属视频</p><a>为UP主充电，观看专属内容</a></div></div>` +
        `<div class="desc"><span style="white-space:pre-line">粉丝问：${VIDEO_Q}\n${DESC.join('\n')}\n00:14 甲状腺结节是什么\n02:18 日常怎么注意\n#甲状腺结节# #健康科普#</span></div>` +
        `<div class="tags"><a href="/v/topic/">甲状腺结节</a><a>健康科普</a><a>医学</a></div>` +
        `<div class="up"><a href="https://space.bilibili.com/1">冯琪明大夫</a><div>bilibili UP主认证：云岭市医学中心 内分泌科 主任医师</div></div>` +
        `<div class="rec"><div>接下来播放</div>${cards}</div>`,
      head,
    );
  const card = (id: string, q: string, note: string) => `<div><a href="//www.bilibili.com/video/${id}/"><p>${q}</p></a><div>${note}</div><div>9.1万播放 · 382弹幕</div><span>07:16</span></div>`;
  const cards = card('BV1a', '女性声音嘶哑是什么原因引起的？', '医学小课堂') + card('BV1b', '小孩声音嘶哑要做什么检查', '健康科普君');
  const uploaded = '<link rel="canonical" href="https://www.bilibili.com/video/BV1xx68h2dnb/"><meta itemprop="uploadDate" content="2023-03-07 21:22:00">';

  it('the answer is the description’s text: not the question again, the chapters, the tags or the lock', () => {
    const page = pageOf(video(cards, uploaded))!;
    expect(page.question).toBe(VIDEO_Q);
    expect(page.answer_paragraphs).toEqual(DESC);
    expect(page.doctor.name).toBe('冯琪明');
    expect(page.format).toBe('video');
    expect(page.date).toBe('2023-03-07');
    expect(page.flags).not.toContain('unsure_reading');
  });

  it('a card whose only line under its title is the uploader over the counts is a link, not an entry', () => {
    expect(itemsOf(video(cards, uploaded))).toEqual([]);
    expect(pageOf(video(cards, uploaded))!.related_urls).toEqual(['https://www.bilibili.com/video/BV1a/', 'https://www.bilibili.com/video/BV1b/']);
  });

  it('near miss: a card whose line under its title is a sentence keeps it as its snippet', () => {
    const snippets = card('BV1c', '女性声音嘶哑是什么原因引起的？', '多数与咽炎有关，注意休息，多喝温水。') + card('BV1d', '小孩声音嘶哑要做什么检查', '可以先做喉镜检查，必要时查甲状腺彩超。');
    expect(itemsOf(video(snippets, uploaded)).map((i) => i.answer_paragraphs)).toEqual([['多数与咽炎有关，注意休息，多喝温水。'], ['可以先做喉镜检查，必要时查甲状腺彩超。']]);
  });

  it('uploadDate makes a page a video only at a video’s address', () => {
    const head = (h: string) => (parseDocument(html('t', '', h)).children[0] as Element).children.find((c) => (c as Element).name === 'head') as Element;
    expect(uploadedVideoPage(head(uploaded))).toBe(true);
    expect(uploadedVideoPage(head('<link rel="canonical" href="https://example.com/wenda/123.html"><meta itemprop="uploadDate" content="2023-03-07">'))).toBe(false);
    expect(uploadedVideoPage(head('<link rel="canonical" href="https://www.bilibili.com/video/BV1xx68h2dnb/">'))).toBe(false);
  });

  it('a chapter list ends a description; a lone time line or times running back are kept', () => {
    expect(withoutChapterList(['答。', '00:14 是什么', '02:18 日常怎么注意'])).toEqual(['答。']);
    expect(withoutChapterList(['答。', '00:14 是什么'])).toEqual(['答。', '00:14 是什么']);
    expect(withoutChapterList(['答。', '02:18 日常怎么注意', '00:14 是什么'])).toEqual(['答。', '02:18 日常怎么注意', '00:14 是什么']);
  });
});

describe('a podcast episode and a course lesson: the recording is the answer', () => {
  const EP_Q = '中年人拉肚子是怎么回事';
  const TEXT = ['中年人拉肚子常见的原因有以下几种：', '一、多数与小儿腹泻有关，应注意观察拉肚子的变化，做到早发现、早治疗。', '二、与小儿腹泻有关，和饮食不……'];
  const episode = (title: string) =>
    html(
      title,
      `<h1>${EP_Q}</h1><div class="album"><a href="/album/1">田刚芳医生说小儿腹泻</a><span>付费</span></div>` +
        `<div class="bar"><i></i><span>05:48</span><span>2393</span><span>2021-10-11 发布</span></div>` +
        `<div class="anchor"><a>田刚芳</a><p>认证：北岸市儿童医院儿科 主治医师</p></div>` +
        `<div class="intro"><h3>简介</h3><p>本期节目来自听众Momo_yy的提问，由田刚芳医生为大家解答。</p></div>` +
        `<div class="doc"><h3>文稿</h3>${TEXT.map((p) => `<p>${p}</p>`).join('')}<div class="mask"><p>开通VIP会员，畅听全部并查看完整文稿</p><a>¥29.9 购买专辑</a></div></div>` +
        `<div class="sounds"><h3>专辑里的声音</h3><ul><li><span>1</span><a href="/sound/1">年轻人拉肚子要做什么检查</a><span>1421</span><span>2019-10-09</span></li>` +
        `<li><span>2</span><a href="/sound/2">大便稀挂什么科</a><span>2.3万</span><span>2020-02-11</span></li></ul></div>`,
    );

  it('the 简介’s credit of who asked and who answers is none of the answer; a 在线收听 title makes it voice; the preview is cut', () => {
    const page = pageOf(episode(`${EP_Q}_田刚芳医生说小儿腹泻_在线收听_喜马拉雅`))!;
    expect(page.answer_paragraphs).toEqual(TEXT);
    expect(page.format).toBe('voice');
    expect(page.flags).toContain('cut_off_end');
    expect(page.related_urls).toEqual(['/sound/1', '/sound/2']);
  });

  it('near miss: the same episode titled without 在线收听 names no format', () => {
    expect(pageOf(episode(`${EP_Q}_田刚芳医生说小儿腹泻_喜马拉雅`))!.format).toBe('unknown');
    expect(titlePlaysFormat('问题_在线观看_某站')).toBe('video');
    expect(titlePlaysFormat('如何选择在线咨询 - 某医院')).toBeNull();
  });

  const lesson = (shown: readonly string[]) =>
    html(
      '答疑 | 女性总是发烧是什么病？ - 得到',
      `<div class="bar">汪明·小儿肺炎20讲 已更新18讲 ¥19.9 订阅</div><h1>答疑 | 女性总是发烧是什么病？</h1><p>发布于 2019年3月24日</p>` +
        `<div class="player"><i></i><span>女性总是发烧是什么病</span><span>10:33</span><span>1.0x</span><span>3.8MB</span></div>` +
        `<div class="lecturer">汪明 · 石门市妇幼保健院 儿科主任医师</div>` +
        `<div class="text">${shown.map((p) => `<p>${p}</p>`).join('')}</div><div class="trial-end"><p>试读结束 · 订阅课程后可查看全部内容</p><a>¥19.9 订阅</a></div>` +
        `<div class="others"><h3>本课程其他内容</h3><ol><li><a href="/course/article?id=A">1｜宝宝过敏性鼻炎的症状有哪些</a><span>试读</span></li><li><a href="/course/article?id=B">2｜哺乳期咳痰是什么原因引起的？</a><span>试读</span></li></ol></div>`,
    );
  const SHOWN = ['女性发烧的处理要根据病情轻重来决定：', '（1）见于小儿肺炎，常常同时伴有精神差、呼吸急促等表现，做到早发现、早治疗。'];

  it('a lesson: the question without 答疑 |, voice by its audio bar, cut off at 试读结束 though it ends on a full stop, its course’s other lessons as links', () => {
    const page = pageOf(lesson(SHOWN))!;
    expect(page.question).toBe('女性总是发烧是什么病？');
    expect(page.answer_paragraphs).toEqual(SHOWN);
    expect(page.format).toBe('voice');
    expect(page.flags).toContain('cut_off_end');
    expect(page.related_urls).toEqual(['/course/article?id=A', '/course/article?id=B']);
  });

  it('a lesson whose trial shows only the lead-in: that line is the answer shown, cut off', () => {
    const page = pageOf(lesson(SHOWN.slice(0, 1)))!;
    expect(page.answer_paragraphs).toEqual(SHOWN.slice(0, 1));
    expect(page.flags).toContain('cut_off_end');
    // The lead-in's list is behind the wall, not unread on the page: no doubt of the reading.
    expect(page.flags).not.toContain('unsure_reading');
  });

  it('an audio bar needs the length, speed and size; a bare length is none', () => {
    expect(isAudioBar('女性总是发烧是什么病10:331.0x3.8MB')).toBe(true);
    expect(isAudioBar('05:48')).toBe(false);
    expect(isAudioBar('10:33 1.0x')).toBe(false);
  });
});

describe('a short video’s share page and a paid voice answer', () => {
  const share = (caption: string) =>
    html(
      '谢秀医生的作品 - 快手',
      `<div class="open">打开快手，看更多精彩视频<a>打开</a></div><div class="player"><video src="https://x/v.mp4"></video><span>06:23</span></div>` +
        `<div class="author"><span>谢秀</span><p>临江市中医药大学附属医院·神经外科·主任中医师</p><span>4234粉丝</span><a>关注</a></div>` +
        `<div class="caption">${caption}</div><div class="stat">2021-05-05 5032赞 548评论 分享</div>` +
        `<div class="works"><h4>TA的作品</h4><a href="https://www.kuaishou.com/short-video/1"><p>膝关节炎多久能好</p><span>♡ 254</span></a><a href="https://www.kuaishou.com/short-video/2"><p>膝盖疼吃什么药好？</p><span>♡ 5.7万</span></a></div>`,
    );
  const SAID = '膝盖疼多数与膝关节炎有关，注意休息、多喝温水，一般几天就能缓解，不缓解再就诊。';

  it('the caption’s 有粉丝问我 line is the question; a follow wall after the answer cuts it off', () => {
    const page = pageOf(share(`有粉丝问我：“膝盖疼上下楼膝盖痛是怎么回事？”<br>${SAID}<br><span>更多内容关注后查看</span><br><span><a>#膝关节炎</a> <a>#健康科普</a></span>`))!;
    expect(page.question).toBe('膝盖疼上下楼膝盖痛是怎么回事？');
    expect(page.answer_paragraphs).toEqual([SAID]);
    expect(page.format).toBe('video');
    expect(page.flags).toContain('cut_off_end');
    expect(page.related_urls).toEqual(['https://www.kuaishou.com/short-video/1', 'https://www.kuaishou.com/short-video/2']);
  });

  it('a caption line ending as a question (…会复发吗) runs on into no answer line', () => {
    const page = pageOf(share(`#粉丝问答# 哺乳期颈椎病会复发吗<br>${SAID}`))!;
    expect(page.question).toBe('哺乳期颈椎病会复发吗');
    expect(page.answer_paragraphs).toEqual([SAID]);
    expect(page.flags).not.toContain('cut_off_end');
  });

  const voiced = (card: string) =>
    html(
      '年轻人慢性胃炎要做手术吗？ - 在行一点',
      `<div class="asker"><span>豆豆爸爸</span><span>¥50 向TA提问</span></div><div class="question-content"><h1>年轻人慢性胃炎要做手术吗？</h1><p>平时工作比较忙，作息不太规律。</p></div>${card}` +
        `<div class="answer"><div class="bubble"><span>1元偷偷听</span><span>29"</span></div><div>8.5万人听过</div>` +
        `<div class="transcript"><h4>语音转文字</h4><p>慢性胃炎常见的原因有以下几种：</p><p>一、多数是胃黏膜受到刺激，要排除其他疾病引起上腹隐痛的可能…</p>` +
        `<div class="mask"><p>偷听后查看完整文字版</p><a>¥1 偷偷听</a></div></div><div class="meta"><span>回答于 2021-12-24</span> <span>106人觉得有用</span></div></div>`,
    );
  const CARD = `<div class="answerer"><a href="/people/1">胡国杰</a><p>主治医师 · 江州市人民医院 消化内科</p><p><span>身价 ¥200</span> · <span>3448人听过</span> · <span>74个回答</span></p><a>+ 关注</a></div>`;

  it('a paid voice answer: the asker’s words under the question are none of the transcript; 身价 is no name; the stamp after the wall dates it', () => {
    const page = pageOf(voiced(CARD))!;
    expect(page.answer_paragraphs).toEqual(['慢性胃炎常见的原因有以下几种：', '一、多数是胃黏膜受到刺激，要排除其他疾病引起上腹隐痛的可能…']);
    expect(page.doctor).toMatchObject({ name: '胡国杰', title: '主治医师', department: '消化内科', hospital: '江州市人民医院' });
    expect(page.format).toBe('voice');
    expect(page.date).toBe('2021-12-24');
    expect(page.flags).toContain('cut_off_end');
  });

  it('words, badges and prompts of the kind', () => {
    expect(isCardCounters('身价 ¥200 · 3448人听过 · 74个回答')).toBe(true);
    expect(isCardCounters('身价 ¥200 · 擅长胃病')).toBe(false);
    expect(isTranscriptLabel('文字版')).toBe(true);
    expect(isTranscriptLabel('文字版权所有')).toBe(false);
    expect(isAccessTag('限时免费')).toBe(true);
    expect(isAccessTag('免费咨询')).toBe(false);
    expect(isPaywallPrompt('完整解答已发粉丝群，关注后进群查看')).toBe(true);
    expect(isPaywallPrompt('登录后查看更多回答')).toBe(false);
    expect(isWallPrompt('登录后查看更多回答')).toBe(true);
  });
});
