import { describe, expect, it } from 'vitest';
import { ANSWER, columnPage, EXPERT_BOX, readColumn as read } from './helpers/column-pages.js';

/**
 * (The column's page: test/helpers/column-pages.ts.) A magazine column prints its day on the article's publication line under
 * the question's heading: the day (bare with its time, or labelled 发布时间 beside a later 更新时间), then the article's credits
 * (`来源：`, `编辑：`, `作者：`). That day is the page's; the update day beside it is not. Before, an editor's name on the line
 * left the page undated (and flagged) on 60% of the blind split fresh-77's 专家答疑 pages. A day on a line that is not the
 * article's own (a listed article's under the heading, a reader's letter's) dates nothing: null and doubted, never a wrong day.
 */

/** Another article's line, an item of a list under the heading. */
const LISTED = '<ul class="wq"><li><p>2021-03-02　来源：《育儿》　编辑：王芳</p></li></ul>';
const page = (info: string, top = '') => columnPage({ info, top, box: EXPERT_BOX });

describe('a column’s publication line under its heading', () => {
  it('a day and time, then the source and the editor: the day', () => {
    const [own] = read(page('2021-05-15 17:07　来源：《育儿》　编辑：吴晓东'));
    expect(own!.date).toBe('2021-05-15');
    expect(own!.flags).not.toContain('unsure_reading');
    expect(own!.answer_paragraphs).toEqual(ANSWER);
  });

  it('a day in words, then the author and the editor: the day', () => {
    const [own] = read(page('2022年08月26日　作者：记者 王芳　责任编辑：陈建国'));
    expect(own!.date).toBe('2022-08-26');
  });

  it('the day published beside a later day updated, then the credits: the day published', () => {
    const [own] = read(page('发布时间：2023-01-25　更新时间：2023-07-06　来源：《育儿》　编辑：陈建国'));
    expect(own!.date).toBe('2023-01-25');
    expect(own!.flags).not.toContain('unsure_reading');
  });

  it('a list’s item under the heading with a day and credits, the article’s line undated: no date, doubted', () => {
    const [own] = read(page('来源：《育儿》　编辑：吴晓东', LISTED));
    expect(own!.date).toBeNull();
    expect(own!.flags).toContain('unsure_reading');
  });

  it('a list’s item under the heading dates the item: the article’s own line dates the page', () => {
    const [own] = read(page('2021-05-15 17:07　来源：《育儿》　编辑：吴晓东', LISTED));
    expect(own!.date).toBe('2021-05-15');
  });

  it('a reader’s letter’s day, its sender before it: no date, doubted', () => {
    const [own] = read(page('来源：《育儿》　编辑：吴晓东', '<p>读者 石门的陈女士 2021-05-03 来信　编辑：吴晓东</p>'));
    expect(own!.date).toBeNull();
    expect(own!.flags).toContain('unsure_reading');
  });
});
