import { describe, expect, it } from 'vitest';
import { readMetaLine } from '../src/extract/dates/page-meta.js';

/** A post's stamp that prints both its publication and its edit (`发布于 … · 编辑于 …`): the 发布于 dates it, the 编辑于 is an update. */

describe('a stamp printing 发布于 and 编辑于', () => {
  it('reads the 编辑于 as the update and the 发布于 as the answer’s day', () => {
    expect(readMetaLine('发布于 2022-03-01 · 编辑于 2022-03-09').dates).toEqual([
      { iso: '2022-03-01', kind: 'answered' },
      { iso: '2022-03-09', kind: 'updated' },
    ]);
  });

  it('leaves a 编辑于 alone (shown in place of 发布于 once edited) the post’s day', () => {
    expect(readMetaLine('编辑于 2022-03-09').dates).toEqual([{ iso: '2022-03-09', kind: 'answered' }]);
  });
});
