import type { AnyNode, Element } from 'domhandler';
import { inside, type Block } from '../lines/html-lines.js';
import { textContent } from '../tree/page-index.js';

/**
 * A doctor's week of clinic sessions (出诊时间), as booking sites set it by the doctor's card: a
 * grid whose heads are the days of the coming week (`周五` over `06-02`, `星期一`) and whose rows
 * are the day's sessions (上午 / 下午 / 晚上), each cell a booking state (预约, 约满, 停诊, 余3)
 * or empty. It is the card's furniture: none of the card's values, none of the answer, and its
 * month-days are the week's, no date of the answer. Its caption (出诊时间) and the note under it
 * in its own box (号源实时更新，请以预约页面为准) go with it.
 */

const WEEKDAY = '(?:周|星期|礼拜)[一二三四五六日天]';
const MONTH_DAY = '(?:\\d{4}[-/.年])?\\d{1,2}[-/.月]\\d{1,2}日?';
/** A day's head: its weekday, its month-day, or both in either order. */
const DAY_HEAD_RE = new RegExp(`^(?:${WEEKDAY}(?:\\s*[（(]?${MONTH_DAY}[)）]?)?|${MONTH_DAY}(?:\\s*[（(]?${WEEKDAY}[)）]?)?|今天|明天|后天)$`, 'u');
const WEEKDAY_RE = new RegExp(WEEKDAY, 'u');
/** A row's head: the session of the day. */
const SESSION_RE = /^(?:上午|下午|中午|晚上|夜间|夜诊|全天|白天|早上|AM|PM)$/iu;
/** A cell's booking state, the kind of clinic held, or the fee. */
const STATE_RE =
  /^(?:(?:可|去|立即)?预约|可约|约满|已约满|已满|满诊|满|停诊|休诊|出诊|不出诊|休息|挂号|有号|无号|暂无号源|候补|(?:专家|普通|特需|专病|名医|夜间|便民|知名专家)?门诊|专家|普通|特需|(?:余|剩余?)\s*\d+|\d+\s*元|[¥￥]\s*\d+(?:\.\d+)?|[-—/／])$/u;
/** The grid's caption. */
const CAPTION_RE = /^(?:本周|近期|医生|专家|门诊)?(?:出诊|坐诊|门诊|接诊|排班|值班)(?:时间|安排|信息|表|日程|排班)?$|^(?:排班|号源)(?:表|信息)?$/u;
/** A note on the grid's booking: how current its states are, what to go by. */
const NOTE_RE = /号源|以.{0,12}为准|实时更新|停诊|出诊时间|预约/u;

const isCell = (text: string) => DAY_HEAD_RE.test(text) || SESSION_RE.test(text) || STATE_RE.test(text);
/** A line of the grid: one cell, or a row whose cells a browser runs into one line (`周一 周二 周三`, `上午 预约 约满`). */
const cellOf = (text: string) => isCell(text) || (text.length <= 80 && text.split(/\s+/u).every(isCell));

/** The lines of every such grid in blocks[from, to), with its caption and note. */
export function scheduleLines(blocks: readonly Block[], from: number, to: number): Set<number> {
  const lines = new Set<number>();
  for (let i = from; i < to; i++) {
    if (!cellOf(blocks[i]!.text.trim())) continue;
    let j = i;
    while (j + 1 < to && cellOf(blocks[j + 1]!.text.trim())) j++;
    if (isSchedule(blocks.slice(i, j + 1))) {
      for (let k = i; k <= j; k++) lines.add(k);
      const box = boxOf(blocks[i]!.node, blocks[j]!.node);
      const caption = blocks[i - 1];
      if (i - 1 >= from && caption && CAPTION_RE.test(caption.text.replace(/\s+/gu, ''))) lines.add(i - 1);
      const note = blocks[j + 1];
      if (j + 1 < to && note && box && note.chars <= 40 && NOTE_RE.test(note.text) && inside(note.node, box)) lines.add(j + 1);
    }
    i = j;
  }
  return lines;
}

/** A week's heads (three days or more) over sessions or booking states: a schedule, not a list of days in words. */
function isSchedule(cells: readonly Block[]): boolean {
  const tokens = cells.flatMap((b) => b.text.trim().split(/\s+/u));
  const days = new Set(tokens.flatMap((t) => t.match(WEEKDAY_RE)?.[0].slice(-1) ?? []));
  return days.size >= 3 && tokens.some((t) => SESSION_RE.test(t) || STATE_RE.test(t));
}

/**
 * A card's own `<table>` that is such a grid (its caption in a head cell, `出诊时间 上午 下午` over `周三 专家门诊`): none of the
 * card's fields, so a cell's kind of clinic (专家门诊, 特需门诊: a session, no unit) is never read as the doctor's department.
 */
export function isScheduleTable(table: Element): boolean {
  const cells: string[] = [];
  const visit = (el: Element) => {
    for (const child of el.children) {
      if (child.type !== 'tag') continue;
      const tag = child as Element;
      if (tag.name === 'td' || tag.name === 'th') {
        const text = textContent(tag).replace(/\s+/gu, ' ').trim();
        if (text) cells.push(text);
      } else visit(tag);
    }
  };
  visit(table);
  const grid = cells.filter((c) => !CAPTION_RE.test(c.replace(/\s/gu, '')));
  if (grid.length === 0 || !grid.every(cellOf)) return false;
  const days = new Set(grid.flatMap((t) => t.match(WEEKDAY_RE)?.[0].slice(-1) ?? []));
  return days.size >= 3 && grid.some((t) => t.split(/\s+/u).some((w) => SESSION_RE.test(w) || STATE_RE.test(w)));
}

const TABLE_PARTS = new Set(['tbody', 'thead', 'tfoot', 'tr']);

/** The box the grid stands in: the parent of the element holding all its cells (the table's, the grid's). */
function boxOf(first: AnyNode | null, last: AnyNode | null): Element | null {
  let grid: AnyNode | null = first?.parent ?? null;
  while (grid && last && !inside(last, grid)) grid = grid.parent;
  while (grid && grid.type === 'tag' && TABLE_PARTS.has((grid as Element).name)) grid = grid.parent;
  const box = grid?.parent ?? null;
  return box && box.type === 'tag' ? (box as Element) : null;
}
