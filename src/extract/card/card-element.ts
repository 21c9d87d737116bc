/**
 * The text parts of a card element, as its lines show them: each text node a part, except where markup
 * splits one word (a styled run, a hidden fragment, one character per element) or hides a part.
 */
import type { AnyNode, Element } from 'domhandler';
import { isDepartment, isShortRank, WHOLE_HOSPITAL_RE, WHOLE_TITLE_RE } from '../words/genre.js';
import { displayOf, withoutInvisible } from '../tree/hidden-text.js';
import { isHiddenFragment, isUnshownPart } from '../lines/html-lines.js';
import { otherPractices } from './practice-sites.js';
import { shadowRootOf, slotContent } from '../tree/shadow-root.js';
import { isTranslationBeside } from '../words/translation.js';
import { isName, isPost } from '../words/card-words.js';
import { SEPARATOR_RE } from './card-parts.js';
import { isScheduleTable } from './schedule-table.js';

const ONE_HAN_RE = /^\p{Script=Han}$/u;
/** A place's name (江南市, 滨海县) ending where a hospital's name runs on with no space (`江南市<b>儿童医院</b>`): one name, as shown. */
const PLACE_END_RE = /\p{Script=Han}(?:省|市|县|区|州|旗|镇)$/u;
// (A ward ends in 区 too, `消化内科三病区`: a department, no place, though the hospital's name follows it with no space.)
const placeBeforeHospital = (before: string, text: string) => PLACE_END_RE.test(before) && !isDepartment(before) && WHOLE_HOSPITAL_RE.test(text);
/** Two parts that run on with no space into one title of the vocabulary (`<span>国家二级</span><span>心理咨询师</span>`): one title, as shown. */
const partsOfTitle = (before: string, text: string) => (!WHOLE_TITLE_RE.test(before) || isPost(before) || isShortRank(before)) && WHOLE_TITLE_RE.test(before + text);
const WORD_END_RE = /[\p{Script=Han}：:]$/u;
/** The element that lays out a text's line: its nearest ancestor that is no inline run. */
function lineOf(node: AnyNode | null): AnyNode | null {
  let el = node?.parent ?? null;
  while (el && el.type === 'tag' && RUN_TAGS.has((el as Element).name)) el = el.parent;
  return el;
}
const RUN_TAGS = new Set(['span', 'b', 'strong', 'font', 'em', 'i', 'u', 'a', 'small', 'big', 'mark', 'label']);
/**
 * A line that spaces or labels its fields in its own text (`回答医生：康琳　主治医师　骨科　南`) and an
 * editor's styled run on the same line that goes on with no space (`屏市中心医院`): the run split a field,
 * not two fields apart, where the word before it is no field and the two make one (a title, a department,
 * a hospital), or a name's last character goes on alone.
 */
function splitsField(before: string, text: string): boolean {
  const spaced = before.match(/^(.*[\s|｜·•/，,、;；：:])(\p{Script=Han}{1,8})$/u);
  if (!spaced) return false;
  // What stands before the split word is a label's colon or a whole field, not a padded label's character (`科　室`).
  const last = spaced[1]!.trimEnd();
  const field = last.split(/[:：]/u).at(-1)!.split(SEPARATOR_RE).at(-1)!;
  if (!/[:：]$/u.test(last) && !(isName(field) || WHOLE_TITLE_RE.test(field) || isDepartment(field) || WHOLE_HOSPITAL_RE.test(field))) return false;
  const tail = spaced[2]!;
  const head = text.split(SEPARATOR_RE)[0]!.replace(/[（(【[][^）)】\]]*[）)】\]]$/u, '');
  const word = tail + head;
  // A name's last character alone after its first ones (`杨子|超`): no field by itself, one name with them.
  if (ONE_HAN_RE.test(head) && isName(word)) return true;
  // (A post or a rank written short, `主任`, `主治`, may be the head of a longer title the markup split: `主治|医师`.)
  if ((WHOLE_TITLE_RE.test(tail) && !isPost(tail) && !isShortRank(tail)) || isDepartment(tail) || WHOLE_HOSPITAL_RE.test(tail)) return false;
  return WHOLE_TITLE_RE.test(word) || isDepartment(word) || WHOLE_HOSPITAL_RE.test(word);
}
/**
 * The parts read during one genre reading, by element (keepingCardParts): the card finder reads an element's parts again and
 * again as it widens a card, checks it for prose, for a chat invite's greeting. The tree holds still while the reader reads it
 * (it is mended before, folded to simplified before and restored after: genre-reader.ts), so each element's are read once.
 */
let kept: WeakMap<Element, readonly string[]> | null = null;
/** `read` run with the card parts it reads kept until it returns. */
export function keepingCardParts<T>(read: () => T): T {
  const outer = kept;
  kept = new WeakMap();
  try {
    return read();
  } finally {
    kept = outer;
  }
}
/** The text parts of a card element: each text node on its own, so inline markup keeps the parts apart. */
export function cardParts(el: Element): string[] {
  if (kept === null) return readCardElement(el);
  let parts = kept.get(el);
  if (parts === undefined) kept.set(el, (parts = readCardElement(el)));
  return [...parts]; // each caller's own copy
}
function readCardElement(el: Element): string[] {
  const parts: string[] = [];
  const stack: AnyNode[] = [el];
  const display = displayOf(el);
  // A doctor's other practices (多点执业) are none of the card's fields (practice-sites.ts).
  const others = otherPractices(el);
  // A hidden fragment passed over inside a word (`邵琳<font style="font-size:0">都</font>英`): the text after it runs on.
  let runOn = false;
  let lastText: AnyNode | null = null;
  let spaceless = false;
  let oneChar = false;
  while (stack.length > 0) {
    const node = stack.pop()!;
    const edit = others?.get(node);
    if (edit === null) continue;
    if (node.type === 'text') {
      const data = withoutInvisible(edit ?? (node as unknown as { data: string }).data);
      if (data === '') continue; // nothing, or only characters that display nothing
      // An icon font's glyph beside a field (a private-use character: a hospital's or a clock's picture) is no part of it.
      const t = data.replace(/[\s\u00a0\u3000]+/g, ' ').replace(EDGE_ICONS_RE, '');
      // A label's colon apart from its label (a translation between them left out) ends the label's part.
      // So do a colon and value after a label of its own (`<strong>医生</strong>：黄敏`, Markdown's bold labels): one part.
      if ((t[0] === '：' || t[0] === ':') && parts.length > 0) parts[parts.length - 1] += t;
      else if (t && parts.length > 0 && !/^[\s\u00a0\u3000]/u.test(data) && (runOn || (spaceless && (oneChar || ONE_HAN_RE.test(t) || placeBeforeHospital(parts[parts.length - 1]!, t) || partsOfTitle(parts[parts.length - 1]!, t) || (lineOf(node) === lineOf(lastText) && splitsField(parts[parts.length - 1]!, t))))) && WORD_END_RE.test(parts[parts.length - 1]!)) parts[parts.length - 1] += t;
      else if (t) parts.push(t);
      runOn = false;
      lastText = node;
      // Each character in an element of its own (a page guarded against copying): a lone character right
      // after a word or a label's colon runs on, and so does what follows it with no space between.
      spaceless = t !== '' && !/[\s\u00a0\u3000]$/u.test(data);
      oneChar = ONE_HAN_RE.test(t);
      continue;
    }
    if (node.type !== 'tag') continue;
    const name = (node as Element).name;
    // What no line shows is no part (an SVG icon's <title> naming the field beside it, a struck-out deletion).
    if (name === 'script' || name === 'style' || isUnshownPart(name)) continue;
    // A week of clinic sessions set in the card (schedule-table.ts) is none of its fields.
    if (name === 'table' && isScheduleTable(node as Element)) continue;
    // A hidden fragment, or a <wbr> (a place the line may break, no text of its own: `西陵市口<wbr>腔医院`).
    if (name === 'wbr' || isHiddenFragment(node as Element, display)) {
      // Only a fragment inside a word runs its sides together: one right after a text of its line, no space between
      // (a screen-reader label opening a line, `<p><span class="sr-only">医生姓名：</span><b>王芳</b>`, parts nothing).
      const before = node.prev;
      runOn = parts.length > 0 && before?.type === 'text' && /\S$/u.test((before as unknown as { data: string }).data);
      continue;
    }
    // English beside the Chinese it translates (`主任医师 <span lang="en">Chief Physician</span>`): no part.
    if ((node as Element).attribs.lang !== undefined && isTranslationBeside(node as Element)) continue;
    // A shadow root's parts in the order it displays them, its slots filled (shadow-root.ts).
    const children = !display.shadowRoots ? (node as Element).children : name === 'slot' ? slotContent(node as Element) : (shadowRootOf(node as Element)?.children ?? (node as Element).children);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return parts;
}
/** Private-use characters (an icon font's glyphs) and spaces at a text's ends. */
const EDGE_ICONS_RE = /^[\uE000-\uF8FF\s]+|[\uE000-\uF8FF\s]+$/gu;
