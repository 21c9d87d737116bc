import { describe, expect, it } from 'vitest';
import { PLAYER_RE, UI_RE } from '../src/extract/words/furniture-lines.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A news portal's answer page with an audio bar printing its medium and length in words (`音频 4分0秒`) over the text,
 * and an app's card with a follow button drawn `+ 关注`: the player's and the card's furniture, none of the answer.
 */

const QUESTION = '年轻人脖子肿大怎么办';
const ANSWER = ['年轻人脖子肿大可能和甲状腺结节有关，建议先做甲状腺彩超和甲功检查。', '平时少吃海带紫菜等含碘高的食物，按时复查。'];

function page(beforeText: string): string {
  return (
    `<html><head><meta charset="utf-8"><title>${QUESTION}</title></head><body><h1>${QUESTION}</h1>` +
    `<div class="doc"><p><b>龙欣</b> <span>主治医师</span></p><p>白沙市中心医院 <span>内分泌科</span></p></div>` +
    `${beforeText}<div class="text">${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div><p>2020年11月19日</p></body></html>`
  );
}
const pageOf = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://www.portal.example/wenda/1.html' }))).find((e) => e.origin === 'page')!;

describe('a player’s medium word and a follow button', () => {
  it('`音频 4分0秒` is a player’s line; the medium’s word with no length is not', () => {
    expect(PLAYER_RE.test('音频 4分0秒')).toBe(true);
    expect(PLAYER_RE.test('语音 45″')).toBe(true);
    expect(PLAYER_RE.test('音频')).toBe(false);
    expect(PLAYER_RE.test('视频讲解了3种方法')).toBe(false);
  });

  it('an audio bar over the text is none of the answer', () => {
    const entry = pageOf(page('<div class="audio"><span>音频</span> <audio src="/a.mp3" controls></audio> <em>4分0秒</em></div>'));
    expect(entry.answer_paragraphs).toEqual(ANSWER);
    expect(entry.format).toBe('voice');
    expect(entry.flags).not.toContain('unsure_reading');
  });

  it('`+ 关注` is a button, as `+关注` and `已关注` are; `关注饮食` is no button', () => {
    for (const line of ['+ 关注', '+关注', '＋ 关注', '已关注']) expect(UI_RE.test(line)).toBe(true);
    expect(UI_RE.test('关注饮食')).toBe(false);
  });

  it('a follow button between the card and the answer is none of the answer', () => {
    const entry = pageOf(page('<a class="follow">+ 关注</a>'));
    expect(entry.answer_paragraphs).toEqual(ANSWER);
    expect(entry.flags).not.toContain('unsure_reading');
  });
});
