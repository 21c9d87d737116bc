import { describe, expect, it } from 'vitest';
import { pickMeta, readMetaLine } from '../src/extract/dates/page-meta.js';

/**
 * A revision note's day (`修改于：`, `（本答复已于 … 更正）`) is the day the answer was revised, an update day: it never
 * disagrees with the answer's own day, and dates the answer only where no other day is printed.
 */

describe('a revision note beside the answer’s day', () => {
  it('reads a note round its day (`本…已于 {day} 修改`) as an update, though a 回复 / 答复 stands before the day', () => {
    expect(readMetaLine('（本答复已于 2022年3月9日 更正）').dates).toEqual([{ iso: '2022-03-09', kind: 'updated' }]);
    expect(readMetaLine('此回复已于2022-03-09 10:12修改').dates).toEqual([{ iso: '2022-03-09', kind: 'updated' }]);
  });

  it('reads a labelled revision day (`修改时间：`, `更改于`) as an update', () => {
    expect(readMetaLine('修改时间：2022-03-09').dates).toEqual([{ iso: '2022-03-09', kind: 'updated' }]);
    expect(readMetaLine('更改于 2022/03/09').dates).toEqual([{ iso: '2022-03-09', kind: 'updated' }]);
  });

  it('raises no conflict beside the reply’s day, which dates the answer', () => {
    const meta = pickMeta([readMetaLine('答复日期：2022-03-01'), readMetaLine('（本答复已于 2022年3月9日 更正）')]);
    expect(meta).toMatchObject({ date: '2022-03-01', conflicting: false });
  });

  it('dates the answer where no other day is printed', () => {
    expect(pickMeta([readMetaLine('修改时间：2022-03-09')])).toMatchObject({ date: '2022-03-09', conflicting: false });
  });

  it('leaves an editor’s byline after a day alone (`{day} 编辑：{name}`)', () => {
    expect(readMetaLine('发布时间：2022-03-01 编辑：李四').dates).toEqual([{ iso: '2022-03-01', kind: 'answered' }]);
  });
});
