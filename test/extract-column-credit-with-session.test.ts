import { describe, expect, it } from 'vitest';
import { PAPER_ANSWER as A, PAPER_ASK as ASK, paperPost as post, paperPageEntry as pageEntry, paras as ps } from './helpers/column-pages.js';

describe('a column’s credit closing its answer with the expert’s session (坐诊专家：… 每周三上午)', () => {
  it('reads the one doctor as the card and keeps the line out of the answer', () => {
    const e = pageEntry(post(`${ASK}${ps(A)}<p>坐诊专家：江州市人民医院骨科主任医师 李明 每周三上午</p>`));
    expect(e.doctor).toMatchObject({ name: '李明', title: '主任医师', department: '骨科', hospital: '江州市人民医院' });
    expect(e.answer_paragraphs).toEqual(A);
  });
  it('still takes no card from such a line in a box beside the column (a clinic’s roster)', () => {
    const e = pageEntry(post(`${ASK}${ps(A)}`, '<div class="side"><p>坐诊专家：江州市人民医院骨科主任医师 李明 每周三上午</p></div>'));
    expect(e.doctor.name).toBeNull();
  });
});
