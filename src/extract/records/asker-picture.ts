import type { Block } from '../lines/html-lines.js';
import { rowOf } from './chat-sides.js';

/**
 * A chat record whose bubbles' pictures say in their alt text who speaks (`<img alt="患者">` beside the
 * asker's bubble, the doctor's name beside theirs): the asker's bubbles are the asking, none of the answer,
 * whatever the pictures' addresses (an app may serve each avatar from an address of its own).
 * Only the asker's role word is taken as theirs; a name in the alt tells nothing alone.
 */
const ASKER_ALT_RE = /^(?:患者|病人|用户|提问者|咨询者|网友|家属|患者头像|用户头像|提问者头像)$/u;

/** The lines between `question` and `end` in bubbles beside a picture whose alt names the asker. */
export function askerPictureLines(blocks: readonly Block[], question: number, end: number): number[] {
  const lines: number[] = [];
  for (let i = question + 1; i < end; i++) {
    const row = rowOf(blocks[i]!.node);
    if (row && ASKER_ALT_RE.test((row.img.attribs['alt'] ?? '').trim())) lines.push(i);
  }
  return lines;
}
