import { describe, expect, it } from 'vitest';
import { ANSWER, columnPage, EXPERT_BOX, readColumn as read } from './helpers/column-pages.js';

/**
 * (The column's page: test/helpers/column-pages.ts.) The expert's `<video>` with its poster standing between the reader's
 * question and the answer's label makes the column's answer a video, as a player over an answer does elsewhere; no
 * player, unknown. What the blind split fresh-77 taught the genre reader.
 */

const page = (box: string, byline = '') => columnPage({ box, byline });

describe('a magazine column’s video answer', () => {
  it('the expert’s video over the label: a video answer', () => {
    const [own] = read(page(EXPERT_BOX + '<div class="sp"><video src="/v/a.mp4" poster="/p/a.jpg" controls></video><span class="len">03:19</span></div>'));
    expect(own!.format).toBe('video');
    expect(own!.answer_paragraphs).toEqual(ANSWER);
  });

  it('no player: unknown', () => {
    const [own] = read(page(EXPERT_BOX));
    expect(own!.format).toBe('unknown');
  });
});
