import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on paid voice answers, related lists with a 换一换 button and lines of a widget's figures around the answer.
 * What the blind split fresh-34 taught the genre reader (paid-listen, swap-batches), each rule on a small page of its own.
 */

const URL = 'https://www.example-wenda.cn/q/1.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = ['胃胀多与饮食不规律有关，先少食多餐。', '持续两周以上，请到消化内科做胃镜。'];
const answerHtml = ANSWER.map((p) => `<p>${p}</p>`).join('');
const CARD = '<div><b>林晓</b> 主治医师 消化内科 滨海市中心医院</div>';
const page = (middle: string, list: string) =>
  `<html><head><title>胃胀怎么办_问医网</title></head><body><h1>胃胀怎么办</h1>${middle}<p>本回答仅供参考，不能作为诊断依据。</p>${list}</body></html>`;

describe('a paid voice answer (a bubble to listen in on, its transcript under it)', () => {
  const bubble = (offer: string, length: string) => `<div><span>${offer}</span><em>${length}</em></div><small>2,310人听过</small>`;

  it('is a voice answer: its bubble offers a recording of a length to listen to; the counts and labels are none of the answer', () => {
    for (const [offer, length] of [
      ['1元偷听', '1:35'],
      ['限时免费听', '0:42'],
      ['￥2 旁听', '2:05'],
    ] as const) {
      const middle = `${CARD}<div>已回答812个问题</div>${bubble(offer, length)}<div>回答于 2022-06-01</div><div>以下为语音转写内容：</div><div>${answerHtml}</div>`;
      const own = read(page(middle, ''))[0]!;
      expect(own.format).toBe('voice');
      expect(own.date).toBe('2022-06-01');
      expect(own.answer_paragraphs).toEqual(ANSWER);
      expect(own.doctor).toEqual({ name: '林晓', title: '主治医师', department: '消化内科', hospital: '滨海市中心医院', hospital_grade: null });
    }
  });

  it('a time of day by a play button that offers nothing to listen to says no format', () => {
    const middle = `${CARD}<div><span>播放</span><em>1:35</em></div><div>回答于 2022-06-01</div><div>${answerHtml}</div>`;
    expect(read(page(middle, ''))[0]!.format).toBe('unknown');
  });

  it("heads a list of others' answers with 大家都在听, each item's listener count none of its snippet", () => {
    const items = [2, 3]
      .map((n) => `<li><a href="/q/${n}.html">胃胀吃什么好${n}</a><p>胃胀时饮食宜清淡，少吃产气食物。</p><span>${n}80人听过</span> <span>2021-0${n}-04</span></li>`)
      .join('');
    const [own, ...related] = read(page(`${CARD}<div>${answerHtml}</div>`, `<div><h3>大家都在听</h3><ul>${items}</ul></div>`));
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(related.map((r) => [r.question, r.answer_paragraphs, r.date])).toEqual([
      ['胃胀吃什么好2', ['胃胀时饮食宜清淡，少吃产气食物。'], '2021-02-04'],
      ['胃胀吃什么好3', ['胃胀时饮食宜清淡，少吃产气食物。'], '2021-03-04'],
    ]);
    expect(related.every((r) => !r.flags.includes('unsure_reading'))).toBe(true);
  });
});

describe('a related list with a 换一换 button: the batch shown, not the batches it would bring', () => {
  const item = (n: number) => `<li><a href="/q/${n}.html">胃胀相关问题${n}</a><p>胃胀时饮食宜清淡，少吃产气食物。</p></li>`;
  const list = (shown: string, hidden: string, sheet = '') =>
    `${sheet}<div><h3>相关问答</h3><a href="javascript:;">换一换</a>${hidden}${shown}</div>`;
  const questions = (html: string) => read(html).slice(1).map((r) => r.question);

  it('passes over batches hidden by the attribute, an inline style or a class the page hides', () => {
    const shown = `<ul>${item(2)}${item(3)}</ul>`;
    for (const hidden of [`<ul hidden>${item(7)}${item(8)}</ul>`, `<ul style="display: none">${item(7)}${item(8)}</ul>`, `<ul class="more">${item(7)}${item(8)}</ul>`]) {
      expect(questions(page(`${CARD}<div>${answerHtml}</div>`, list(shown, hidden, '<style>.more { display: none }</style>')))).toEqual(['胃胀相关问题2', '胃胀相关问题3']);
    }
  });

  it('reads the batch a compound class shows (`.batch.on`) over the rule that hides every batch', () => {
    const sheet = '<style>.on.batch{display:block}.batch{display:none}</style>';
    const html = page(`${CARD}<div>${answerHtml}</div>`, list(`<ul class="batch on">${item(2)}${item(3)}</ul>`, `<ul class="batch">${item(7)}${item(8)}</ul>`, sheet));
    expect(questions(html)).toEqual(['胃胀相关问题2', '胃胀相关问题3']);
  });

  it('keeps a list that is hidden as a whole (a folded panel): its items are all the list has', () => {
    const html = page(`${CARD}<div>${answerHtml}</div>`, `<div><h3>相关问答</h3><ul style="display:none">${item(2)}${item(3)}</ul></div>`);
    expect(questions(html)).toEqual(['胃胀相关问题2', '胃胀相关问题3']);
  });
});

describe("a line of a widget's figures at either end of the answer, in words the reader does not know", () => {
  const flagsOf = (answer: string) => {
    const own = read(page(`${CARD}<div>回答时间：2023-02-01</div><div>${answer}</div>`, ''))[0]!;
    return own.flags;
  };

  it('is doubted: a counter over the answer, a count of members under it, a player’s times', () => {
    expect(flagsOf(`<p>共128个科普视频 持续更新中</p>${answerHtml}`)).toContain('unsure_reading');
    expect(flagsOf(`${answerHtml}<p>已有1296位家长收藏</p>`)).toContain('unsure_reading');
    expect(flagsOf(`${answerHtml}<p>讲解音频 00:00 / 02:07</p>`)).toContain('unsure_reading');
  });

  it("is not doubted where the line is the answer's own: a dose's times, a time of months, a line that leads into a list", () => {
    expect(flagsOf(`${answerHtml}<p>抗生素眼药水 每次1粒 3次</p>`)).not.toContain('unsure_reading');
    expect(flagsOf(`${answerHtml}<p>一般需要3个月</p>`)).not.toContain('unsure_reading');
    expect(flagsOf(`<p>[00:02]胃胀的处理要根据病情轻重来决定：</p>${answerHtml}`)).not.toContain('unsure_reading');
  });
});
