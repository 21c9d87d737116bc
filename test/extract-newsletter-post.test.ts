import { describe, expect, it } from 'vitest';
import { selfIntroCard } from '../src/extract/card/card-sentences.js';
import { yearlessEnglishDay } from '../src/extract/dates/yearless-day.js';
import { parseDoctorCard } from '../src/extract/card/card-parts.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A doctor's newsletter post: an English interface (likes, share, a subscribe box, `Discussion about this post`) around a Chinese
 * post, its byline day `May 6` without its year beside JSON-LD's `datePublished`, the writer's intro as the only card, the reader's
 * letter quoted, the author's recording offered over a player.
 */

const read = (body: string, ld = '') =>
  entriesOf(extractOrThrow(pageRecord(`<html lang="en"><head><meta charset="utf-8"><title>湿疹怎么治疗效果好？ - 医生通讯</title>${ld}</head><body>${body}</body></html>`, { url: 'saved-issue.html' }))).find(
    (e) => e.origin === 'page',
  )!;
const ANSWER = ['湿疹常见的原因有以下几种：', '（1）有湿疹病史的患者，可以先完善皮肤镜等检查，平时多喝温水、适当休息。', '平时要注意保持良好的生活习惯，按时复查。'];
const issue = ({ day = 'May 6, 2023', intro = '', audio = '', sign = '' } = {}) =>
  `<div class="topbar"><a href="/">医生通讯</a> <button>Subscribe</button> <a href="/sign-in">Sign in</a></div>` +
  `<div class="post-header"><h1>湿疹怎么治疗效果好？</h1><h3>每周回答一位读者的健康问题</h3><div class="byline"><a href="/@x">王明</a><div>${day}</div></div>` +
  `<div class="post-ufi"><span>296</span> <span>1</span> <a>Share</a></div></div>` +
  `<div class="body">${intro}<blockquote><p>平时工作比较忙，作息不太规律。</p></blockquote>${audio}${ANSWER.map((p) => `<p>${p}</p>`).join('')}${sign}</div>` +
  `<div class="subscription-widget"><p>医生通讯 is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.</p><button>Subscribe</button></div>` +
  `<div class="post-footer"><span>237 Likes</span> <a>Share</a></div><div class="comments"><h4>Discussion about this post</h4>` +
  `<div><a>Lily</a> <span>May 7</span><p>我家宝宝也这样，后来慢慢就好了。</p></div></div>`;
const SIGN = '<p>—— 王明<br>梅奥诊所　皮肤科　助理教授</p>';

describe('an English interface around a Chinese post', () => {
  it('prints its likes, share bar, subscribe box and comments head: none of the answer', () => {
    const entry = read(issue({ sign: SIGN }));
    expect(entry.answer_paragraphs).toEqual(ANSWER);
  });
});

describe('a university’s 助理教授 (assistant professor)', () => {
  it('is one title, no name 助理 before a 教授', () => {
    expect(parseDoctorCard('王明 梅奥诊所 皮肤科 助理教授')).toMatchObject({ name: '王明', title: '助理教授', department: '皮肤科', hospital: '梅奥诊所' });
  });
});

describe('the writer introducing themselves over the post', () => {
  it('is the card as a sentence, none of the answer', () => {
    expect(selfIntroCard('我是王明，梅奥诊所皮肤科助理教授。这份通讯每周回答一位读者的健康问题，欢迎来信。')).toMatchObject({ name: '王明', title: '助理教授', hospital: '梅奥诊所' });
    expect(selfIntroCard('我是王明，梅奥诊所皮肤科助理教授。你这种情况多数与湿疹有关。')).toBeNull();
    const entry = read(issue({ intro: '<p><em>我是王明，梅奥诊所皮肤科助理教授。这份通讯每周回答一位读者的健康问题，欢迎来信。</em></p>' }));
    expect(entry.doctor).toMatchObject({ name: '王明', title: '助理教授', department: '皮肤科', hospital: '梅奥诊所' });
    expect(entry.answer_paragraphs).toEqual(ANSWER);
  });
});

describe('the reader’s letter quoted at the head of the answer', () => {
  it('is the asker’s words, a quote inside the answer the doctor’s', () => {
    expect(read(issue({ sign: SIGN })).answer_paragraphs[0]).toBe(ANSWER[0]);
  });
  it('is the answer itself under a labelled question, where only a closing note follows the quote', () => {
    const entry = entriesOf(
      extractOrThrow(
        pageRecord(
          '<html><head><meta charset="utf-8"><title>手指发麻要紧吗</title></head><body><h1>女性手指发麻，你需要知道这些</h1><p>网友提问：女性手指发麻伴有肩背酸痛要紧吗</p>' +
            '<blockquote><p>手指发麻多数与颈椎病有关，注意休息、多喝温水，一般几天就能缓解，不缓解再就诊。</p></blockquote><p>——王明 主治医师，江州市人民医院骨科</p><p>专家提醒，如有不适请及时就医。</p></body></html>',
          { url: 'saved-article.html' },
        ),
      ),
    ).find((e) => e.origin === 'page')!;
    expect(entry.answer_paragraphs[0]).toBe('手指发麻多数与颈椎病有关，注意休息、多喝温水，一般几天就能缓解，不缓解再就诊。');
  });
});

describe('the author’s recording offered over its player', () => {
  it('is the answer’s format, its offer and player none of the text', () => {
    const audio = '<p>本期也有语音版，点击收听：</p><div><audio src="https://example.org/a.mp3" preload="none"></audio><span>Listen now</span> <span>5:19</span></div>';
    const entry = read(issue({ sign: SIGN, audio }));
    expect(entry.format).toBe('voice');
    expect(entry.answer_paragraphs).toEqual(ANSWER);
  });
});

describe('a byline day without its year (`May 6`)', () => {
  const ld = (stamp: string) => `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'x', datePublished: stamp })}</script>`;
  it('is dated by the JSON-LD day of the same month and day, and is none of the answer', () => {
    expect(yearlessEnglishDay('May 6')).toBe('05-06');
    expect(yearlessEnglishDay('May 6, 2023')).toBeNull();
    const entry = read(issue({ day: 'May 6', sign: SIGN }), ld('2023-05-06T14:22:00.000Z'));
    expect(entry.date).toBe('2023-05-06');
    expect(entry.answer_paragraphs).toEqual(ANSWER);
  });
  it('dates nothing where the structured day is another', () => {
    expect(read(issue({ day: 'May 6', sign: SIGN }), ld('2023-05-09T14:22:00.000Z')).date).toBeNull();
  });
});
