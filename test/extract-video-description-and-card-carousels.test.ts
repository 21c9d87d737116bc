import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on answers that are not plain text in one box: a video page's written answer in its description, beside a
 * chapter list and an AI's summary, under a title naming who speaks; and an answer given as a carousel of numbered cards.
 * What the blind split fresh-107 taught the reader, each rule on a small page of its own.
 */

describe('what fresh-107 taught the reader: a video description beside chapters and an AI summary, numbered card carousels', () => {
  const read = (title: string, body: string) => entriesOf(extractOrThrow(pageRecord(`<html><head><meta charset="utf-8"><title>${title}_健康频道</title></head><body>${body}</body></html>`, { url: 'https://v.example-shipin.cn/play/88.html' })));
  const answer = ['睡前玩手机、喝浓茶都会影响入睡，先把这些习惯改掉。', '如果连续一个月以上都睡不好，白天明显没精神，建议到睡眠门诊就诊。'];
  const desc = (extra = '') => `<div class="desc"><h3>简介</h3><div class="txt">${extra}${answer.map((p) => `<p>${p}</p>`).join('')}</div></div>`;
  const player = '<div class="player"><video src="/v/88.mp4"></video><span>00:00 / 05:12</span></div>';
  const uploader = (badge = '') => `<div class="author"><a href="/u/9">孟晓东</a>${badge}<p>认证：主任医师，江城市第一人民医院神经内科</p></div>`;
  const chapters = '<div class="chapters"><h3>章节</h3><ul><li>00:12 失眠的表现</li><li>01:30 常见的诱因</li><li>03:05 什么时候该看医生</li></ul></div>';

  it("a video's chapter list (marks whose times run forward) over its description is none of the answer: the description is", () => {
    const [page] = read('老是睡不着怎么办', `<h1>老是睡不着怎么办</h1>${player}${uploader()}<p>发布于 2022-03-14</p>${chapters}${desc()}`);
    expect([page!.question, page!.answer_paragraphs, page!.doctor.name, page!.format]).toEqual(['老是睡不着怎么办', answer, '孟晓东', 'video']);
    // Subtitles a few seconds apart, each after its start time, are a transcript: the answer, without their times.
    const subtitles = '<div class="subs"><h3>字幕</h3><p>00:02 睡前别玩手机</p><p>00:05 也别喝浓茶</p><p>00:09 坚持一个月再看效果。</p></div>';
    const [spoken] = read('老是睡不着怎么办', `<h1>老是睡不着怎么办</h1>${player}${uploader()}<p>发布于 2022-03-14</p>${subtitles}`);
    expect(spoken!.answer_paragraphs).toEqual(['睡前别玩手机', '也别喝浓茶', '坚持一个月再看效果。']);
  });

  it("an AI's summary box headed by what it sums up (`AI视频总结`) is none of the answer", () => {
    const summary = '<div class="ai"><span>AI视频总结</span><p>视频里医生介绍了睡不着的几个原因和应对办法。</p></div>';
    const [page] = read('老是睡不着怎么办', `<h1>老是睡不着怎么办</h1>${player}${uploader()}<p>发布于 2022-03-14</p>${summary}${desc()}`);
    expect([page!.answer_paragraphs, page!.flags]).toEqual([answer, []]);
  });

  it("a platform's kind of account badged beside the uploader's name (`企鹅号`) is no name", () => {
    const [page] = read('老是睡不着怎么办', `<h1>老是睡不着怎么办</h1>${player}${uploader('<span class="tag">企鹅号</span>')}<p>发布于 2022-03-14</p>${desc()}`);
    expect(page!.doctor).toEqual({ name: '孟晓东', title: '主任医师', department: '神经内科', hospital: '江城市第一人民医院', hospital_grade: null });
  });

  it("the answering doctor's name heading the title (`孟晓东医生：…`) is none of the question; another doctor's name there is left and doubted", () => {
    const [page] = read('孟晓东医生：老是睡不着怎么办', `<h1>孟晓东医生：老是睡不着怎么办</h1>${player}${uploader()}<p>发布于 2022-03-14</p>${desc()}`);
    expect([page!.question, page!.answer_paragraphs, page!.flags]).toEqual(['老是睡不着怎么办', answer, []]);
    // A kind of doctor's word there names no one: left as printed, undoubted.
    const [kind] = read('家庭医生：老是睡不着怎么办', `<h1>家庭医生：老是睡不着怎么办</h1>${player}${uploader()}<p>发布于 2022-03-14</p>${desc()}`);
    expect([kind!.question, kind!.flags]).toEqual(['家庭医生：老是睡不着怎么办', []]);
    const [other] = read('周建医生：老是睡不着怎么办', `<h1>周建医生：老是睡不着怎么办</h1>${player}${uploader()}<p>发布于 2022-03-14</p>${desc()}`);
    expect([other!.question, other!.flags]).toEqual(['周建医生：老是睡不着怎么办', ['unsure_reading']]);
  });

  const cardPage = (slides: string, after = '') =>
    `<h1>颈椎不舒服平时要注意什么</h1><div class="meta">2021-09-18 10:20</div><div class="doc">本期专家：林芳 江城市中医院康复科主治医师</div>` +
    `<div class="slider"><div class="track">${slides}</div></div>${after}<div class="bar"><a href="javascript:;">点赞</a> <a href="javascript:;">举报</a></div>`;
  const cards = ['颈椎不适多与长期低头有关。', '每低头半小时，起身活动颈肩几分钟。', '枕头高度以一拳左右为宜。'];

  it("a carousel's swipe hint under its cards (`← 左滑查看更多`) is none of the answer", () => {
    const slides = cards.map((c, i) => `<div class="slide"><em>${i + 1}/${cards.length}</em><div class="words"><p>${c}</p></div></div>`).join('');
    const [page] = read('颈椎不舒服平时要注意什么', cardPage(slides, '<p class="tip">← 左滑查看更多</p>'));
    expect([page!.answer_paragraphs, page!.doctor.name]).toEqual([cards, '林芳']);
  });

  it("numbered cards whose text is only their picture's alt are read from the alt, a card a paragraph; an unnumbered cover's alt is none", () => {
    const slides =
      '<div class="slide first"><img src="/c/0.png" alt="健康小课堂：颈椎不舒服平时要注意什么"></div>' +
      cards.map((c, i) => `<div class="slide"><em>${i + 1}/${cards.length}</em><img src="/c/${i + 1}.png" alt="${c}"></div>`).join('');
    const [page] = read('颈椎不舒服平时要注意什么', cardPage(slides));
    expect([page!.question, page!.answer_paragraphs, page!.date]).toEqual(['颈椎不舒服平时要注意什么', cards, '2021-09-18']);
    // A photo's alt with no card number is not read: the answer printed beside it is.
    const photo = `<div class="pic"><img src="/p/1.jpg" alt="林芳医生在门诊为患者检查颈椎。"></div><div>${cards.map((c) => `<p>${c}</p>`).join('')}</div>`;
    const [plain] = read('颈椎不舒服平时要注意什么', cardPage(photo));
    expect(plain!.answer_paragraphs).toEqual(cards);
  });
});
