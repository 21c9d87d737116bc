import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/** A news portal's lines after an answer (an editor's credit, a self-media platform's statement) are none of it: what fresh-58's first run (news portals' health columns) showed. */

const URL = 'https://health.news.example/n1/2022/0607/c14739-3212.html';
const html = (title: string, body: string) => `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const pageOf = (page: string) => entriesOf(extractOrThrow(pageRecord(page, { url: URL }))).find((e) => e.origin === 'page')!;
const ps = (lines: readonly string[]) => lines.map((p) => `<p>${p}</p>`).join('');

const QUESTION = '嗓子痒总想咳嗽是怎么回事';
const ANSWER = ['嗓子痒、总想咳嗽多与慢性咽炎或过敏有关，平时要少吃辛辣刺激的食物，多喝温水。', '如果症状持续两周以上，或者伴有发热、咳痰带血，建议到耳鼻喉科做喉镜检查。'];
const column = (after: string) =>
  html(
    `${QUESTION}--健康频道`,
    `<h1>${QUESTION}</h1><div class="info">2022年06月07日 08:31　来源：健康频道</div><p>解答专家：李明　主任医师　耳鼻喉科　北岸市人民医院</p><div class="article">${ps(ANSWER)}${after}</div><footer>网站简介 | 联系我们</footer>`,
  );

describe('a news site’s lines after the answer', () => {
  it('an editor’s credit written 责编 in brackets is no line of the answer', () => {
    expect(pageOf(column('<p>(责编：徐晓东、孙丽华)</p>')).answer_paragraphs).toEqual(ANSWER);
  });

  it('an editor’s credit after the site’s 【纠错】 button is no line of the answer', () => {
    expect(pageOf(column('<p><a href="#">【纠错】</a> 【责任编辑：李晓东】</p>')).answer_paragraphs).toEqual(ANSWER);
  });

  it('the paper’s closing credits with no colon (编辑 王芳　责编 李明) are no line of the answer', () => {
    for (const credits of ['编辑 陈静怡　责编 张晓东', '编辑 杨静怡 责编 李文博', '记者 王明 实习生 李华']) {
      expect(pageOf(column(`<p>${credits}</p>`)).answer_paragraphs).toEqual(ANSWER);
    }
  });

  it('a self-media platform’s statement (网易号, 搜狐号) is no line of the answer', () => {
    const statement = '<p>特别声明：本文为网易自媒体平台“网易号”作者上传并发布，仅代表该作者观点。网易仅提供信息发布平台。</p>';
    expect(pageOf(column(statement)).answer_paragraphs).toEqual(ANSWER);
  });

  it('an answer that speaks of editing or of a statement keeps those lines', () => {
    const prose = ['声明一下，以上建议只适合成年人，孩子用药请遵医嘱。'];
    expect(pageOf(column(ps(prose))).answer_paragraphs).toEqual([...ANSWER, ...prose]);
  });
});
