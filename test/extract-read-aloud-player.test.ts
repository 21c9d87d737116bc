import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { isReadAloud } from '../src/extract/words/read-aloud.js';

/**
 * A site reading its own article aloud puts a player under a read-aloud label (`收聽本文`, `收听本文`, `朗讀全文`) over the
 * text: the machine's voice, no format of the answer (the answer is text). An AMP page's `<amp-audio>` so labelled too.
 */
const ANSWER = ['睡眠窒息症常見徵狀包括大聲打鼻鼾、睡眠中呼吸暫停、日間極度疲倦。', '肥胖、頸部粗短及下顎後縮人士風險較高。'];
const page = (label: string, player: string) =>
  `<!doctype html><html ⚡ lang="zh-HK"><head><meta charset="utf-8"><title>睡眠窒息症</title></head><body><article><h1>【醫生解答】睡眠窒息症有咩徵狀</h1>` +
  `<div class="meta">2023-05-06 09:00</div><div class="tts"><span>${label}</span><${player} width="300" height="40" src="https://tts.example.hk/5570.mp3"></${player}></div>` +
  `<p class="credit">資料提供：呼吸系統科專科醫生伍志恒醫生</p>${ANSWER.map((a) => `<p>${a}</p>`).join('')}</article></body></html>`;
const format = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'saved-page.html' }))).find((e) => e.origin === 'page')?.format;

describe('a player under a read-aloud label', () => {
  it('reads the label in either script, 本文 after it', () => {
    for (const t of ['收聽本文', '收听本文', '朗讀全文', '朗读本文']) expect(isReadAloud(t)).toBe(true);
  });
  it('is no format of the answer', () => {
    expect(format(page('收聽本文', 'amp-audio'))).toBe('unknown');
    expect(format(page('收听本文', 'audio'))).toBe('unknown');
  });
});
