import { describe, expect, it } from 'vitest';
import { signedCard } from '../src/extract/card/credit-sentence.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A health newspaper's 专家答疑 column on its site names its expert in three ways: the credit glued before the first paragraph
 * with a space between title and name (`{hospital}{department}{title} {name}答：`), a `受访专家：…` line under the reader's
 * question (`专家答：` after it or not), or a `本期专家` box after the article (the name, then the hospital, department and
 * title), the text under the question unlabelled. A film over the article whose caption names the expert (`视频：{name}讲解…`)
 * is the answer's; the article line `生命时报 2023-05-06 第1534期 第5版` under the headline gives the day. Before, none
 * of the three was read as the card (the page gave no entry, or the reader's question as the answer's first paragraph), the
 * film left unknown, silently. What the blind split fresh-78 taught the genre reader.
 */

const ANSWER = ['恶心呕吐多数与胃肠炎有关，注意休息、多喝温水。', '一般几天就能缓解，不缓解再就诊。'];
const CARD = { name: '欧阳文', title: '副主任医师', department: '感染性疾病科', hospital: '江州市中西医结合医院', hospital_grade: null };
const page = (opts: { info?: string; top?: string; body: string; after?: string }) =>
  `<html><head><meta charset="utf-8"><title>年轻人恶心呕吐吃什么药好_专家答疑</title></head><body>` +
  `<div class="nav"><a href="/">首页</a> <a href="/zjdy/">专家答疑</a></div><div class="article"><div class="tit"><h1>年轻人恶心呕吐吃什么药好</h1>` +
  `<p class="info">${opts.info ?? '2020-12-29 11:15:12　来源：生命时报　作者：生命时报'}</p></div><div class="content">${opts.top ?? ''}` +
  `<p><strong>江州读者赵女士问：</strong>年轻人恶心呕吐吃什么药好？请问需要做什么检查？</p>${opts.body}` +
  `<p>扫描二维码，关注生命时报微信公众号</p><p class="editor">（责任编辑：张志强）</p></div>${opts.after ?? ''}</div>` +
  `<div class="more"><h3>更多专家答疑</h3><ul><li><a href="/zjdy/2.html">小孩呕吐是怎么回事</a></li><li><a href="/zjdy/3.html">老人恶心是怎么回事</a></li></ul></div></body></html>`;
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://www.example-paper.cn/zjdy/1.html' }))).find((e) => e.origin === 'page');
const rest = `<p>${ANSWER[1]}</p>`;

describe('a newspaper column’s expert', () => {
  it('the credit glued before the first paragraph, the name after a space: the card', () => {
    const own = read(page({ body: `<p><strong>江州市中西医结合医院感染性疾病科副主任医师 欧阳文答：</strong>${ANSWER[0]}</p>${rest}` }))!;
    expect(own.doctor).toEqual(CARD);
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.date).toBe('2020-12-29');
  });

  it('a `受访专家：` line under the question, with `专家答：` after it or not: the card, none of the answer', () => {
    expect(signedCard('受访专家：江州市中西医结合医院感染性疾病科副主任医师 欧阳文')).toEqual(CARD);
    const credit = '<p class="zj">受访专家：江州市中西医结合医院感染性疾病科副主任医师 欧阳文</p>';
    for (const body of [`${credit}<p><strong>专家答：</strong>${ANSWER[0]}</p>${rest}`, `${credit}<p>${ANSWER[0]}</p>${rest}`]) {
      const own = read(page({ body }))!;
      expect(own.doctor).toEqual(CARD);
      expect(own.answer_paragraphs).toEqual(ANSWER);
    }
  });

  it('a signed credit with a line of meta under it (`回答时间：…`) opens no column: the meta is none of the answer', () => {
    const body = '<p>解答专家：欧阳文 副主任医师 江州市中西医结合医院 感染性疾病科</p><p>回答时间：2020-3-1 15:11　语音解答</p>' + `<p>${ANSWER[0]}</p>${rest}`;
    const own = read(page({ body }))!;
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.doctor).toEqual(CARD);
  });

  it('a `本期专家` box after the article: the card, the text under the question the answer', () => {
    const box = '<div class="zjjs"><h4>本期专家</h4><img src="/zj/a.jpg"><p class="n">欧阳文</p><p>江州市中西医结合医院感染性疾病科副主任医师</p><p>擅长：胃肠炎等疾病的诊治。</p></div>';
    for (const body of [`<p><strong>专家答：</strong>${ANSWER[0]}</p>${rest}`, `<p>${ANSWER[0]}</p>${rest}`]) {
      const own = read(page({ body, after: box }))!;
      expect(own.doctor).toEqual(CARD);
      expect(own.answer_paragraphs).toEqual(ANSWER);
      expect(own.flags).not.toContain('unsure_reading');
    }
  });

  it('a programme’s guest box (`本期嘉宾`) after an unnamed `专家解答：` is a broadcast’s: its film over the page the answer', () => {
    const guest = '<div class="guest"><h3>本期嘉宾</h3><p class="name">欧阳文</p><p>江州市中西医结合医院感染性疾病科副主任医师</p></div>';
    const player = '<div class="player"><video src="https://v.example-paper.cn/a.mp4" poster="/p/a.jpg" controls></video></div>';
    const own = read(page({ top: player, body: `<p>专家解答：</p><p>${ANSWER[0]}</p>${rest}`, after: guest }))!;
    expect(own.format).toBe('video');
  });

  it('no credit, no box: the unlabelled text is no column’s, and the reader’s question is not taken for a card', () => {
    const own = read(page({ body: `<p>${ANSWER[0]}</p>${rest}` }));
    expect(own?.doctor.name ?? null).toBeNull();
  });
});

describe('a newspaper column’s film and issue day', () => {
  const glued = `<p><strong>江州市中西医结合医院感染性疾病科副主任医师 欧阳文答：</strong>${ANSWER[0]}</p>${rest}`;
  const film = (caption: string) => `<div class="video"><video src="https://v.example-paper.cn/a.mp4" poster="/p/a.jpg" controls></video><p class="v-cap">${caption}</p></div>`;

  it('a film above the question, its caption naming the expert: video', () => {
    expect(read(page({ top: film('视频：欧阳文讲解胃肠炎'), body: glued }))!.format).toBe('video');
  });

  it('a film whose caption names no one who answers: unknown', () => {
    expect(read(page({ top: film('视频：秋季养生小常识'), body: glued }))!.format).toBe('unknown');
    expect(read(page({ top: '<div class="tts"><audio src="/tts/1.mp3" controls></audio><p>视频：欧阳文讲解胃肠炎</p></div>', body: glued }))!.format).toBe('unknown');
  });

  it('the article line giving the issue and its page under the headline dates the column', () => {
    expect(read(page({ info: '生命时报 2022-03-12 第1534期 第5版', body: glued }))!.date).toBe('2022-03-12');
  });
});
