import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A talk's sign-off asks the viewer to follow the channel (`关注我，了解更多健康知识。`, `关注我们，每天更新育儿知识。`): none of the
 * answer (answer-extras.ts). A doctor's advice that says `关注` of what we all do every day (`关注我们每天吃的盐和油。`, the inclusive
 * 我们, the day's habit after it, no comma) asks nobody to follow anyone: the answer's own line.
 */

const read = (paragraphs: readonly string[]) =>
  entriesOf(
    extractOrThrow(
      pageRecord(`<html><head><title>高血压饮食要注意什么</title></head><body><h1>高血压饮食要注意什么</h1>
<div class="card"><p>袁明 主治医师</p><p>江州市人民医院 心内科</p></div>
<div class="answer">${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</div><p>2023-05-06</p></body></html>`),
    ),
  ).find((e) => e.origin === 'page')!;

const ANSWER = ['高血压患者饮食上最重要的是限盐，很多人不知道自己每天吃了多少盐。', '关注我们每天吃的盐和油。', '酱油、咸菜、加工肉里都有大量隐形盐，要少吃。'];

describe('关注 in a doctor’s advice is no sign-off', () => {
  it('`关注我们每天吃的盐和油。` stays in the answer', () => {
    expect(read(ANSWER).answer_paragraphs).toEqual(ANSWER);
  });

  it('a sign-off calling to follow for daily posts is still none of it', () => {
    expect(read([ANSWER[0]!, ANSWER[2]!, '关注我们，每天更新健康知识。']).answer_paragraphs).toEqual([ANSWER[0], ANSWER[2]]);
    expect(read([ANSWER[0]!, ANSWER[2]!, '关注我每天分享健康知识']).answer_paragraphs).toEqual([ANSWER[0], ANSWER[2]]);
  });
});
