import { describe, expect, it } from 'vitest';
import { ANSWER, columnPage, EXPERT_BOX, readColumn as read } from './helpers/column-pages.js';

/**
 * (The column's page: test/helpers/column-pages.ts.) Only a player over the column's answer (after the reader's
 * question, before the answer's first words) gives its format. The article's read-aloud player above the reader's question
 * (`<audio>` 听全文) is none of the answer's; a video between the answer's paragraphs may be an ad slot's or the expert's, so
 * the format is left unknown and the reading doubted. Before, either made a text answer a voice or video one, silently.
 */

const page = (top: string, underLabel: string, mid: string) =>
  columnPage({ top, box: EXPERT_BOX, answer: `${underLabel}\n<p>${ANSWER[0]}</p>${mid}<p>${ANSWER[1]}</p><p>${ANSWER[2]}</p>` });

describe('a player elsewhere on a column’s page', () => {
  it('the article’s read-aloud player above the reader’s question: unknown', () => {
    const [own] = read(page('<div class="tts"><audio src="/tts/129951.mp3" controls></audio><span>听全文</span></div>', '', ''));
    expect(own!.format).toBe('unknown');
    expect(own!.flags).not.toContain('unsure_reading');
    expect(own!.answer_paragraphs).toEqual(ANSWER);
  });

  it('an ad slot’s video between the answer’s paragraphs: unknown, and doubted', () => {
    const [own] = read(page('', '', '<div class="ad"><span>广告</span><video src="/ad/milk.mp4" poster="/ad/p.jpg" autoplay muted></video></div>'));
    expect(own!.format).toBe('unknown');
    expect(own!.flags).toContain('unsure_reading');
    expect(own!.answer_paragraphs).toEqual(ANSWER);
  });

  it('the expert’s video right under the label: video', () => {
    const [own] = read(page('', '<div class="sp"><video src="/v/a.mp4" poster="/p/a.jpg" controls></video></div>', ''));
    expect(own!.format).toBe('video');
  });
});
