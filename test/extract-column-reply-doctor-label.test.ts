import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A paper's health column names who replies under `答复医生：` with the card in brackets (`{name}（{title}，{hospital}{department}）`),
 * as others do under 回复医生 or 解答医生: the answering doctor's card. What the blind split fresh-117 taught.
 */

const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://www.dailylife.example/health/3301' })));
const ANSWER = ['偏头痛多与睡眠不足、情绪紧张有关，发作时可以在安静避光的环境中休息。', '如果头痛频繁发作，建议到神经内科就诊，必要时做头颅检查。'];
const page = (label: string) => `<html><head><title>偏头痛反复发作怎么办</title></head><body>
<div class="post"><h1>偏头痛反复发作怎么办</h1><div class="by">某某日报 · 健康问答　2021年6月9日</div>
<div class="c"><p><b>读者问：</b>偏头痛反复发作怎么办</p><p class="d">${label}：邵文斌（副主任医师，东江市第一人民医院神经内科）</p>
<p><b>医生答：</b></p>${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div></div>
</body></html>`;

describe('the column’s 答复医生 line', () => {
  it('is the answering doctor’s card: name, title, hospital and department', () => {
    const [own] = read(page('答复医生'));
    expect(own!.doctor).toMatchObject({ name: '邵文斌', title: '副主任医师', hospital: '东江市第一人民医院', department: '神经内科' });
    expect(own!.answer_paragraphs).toEqual(ANSWER);
  });

  // The reply's words are one list (answer-extras.ts's REPLY_WORD): a signer labelled with any of them, 回覆 / 答覆 as printed in Hong Kong and Taiwan too.
  it.each(['回复专家', '答覆医生', '回覆医生'])('is the card under %s as under 答复医生', (label) => {
    const [own] = read(page(label));
    expect(own!.doctor).toMatchObject({ name: '邵文斌', title: '副主任医师', hospital: '东江市第一人民医院', department: '神经内科' });
    expect(own!.answer_paragraphs).toEqual(ANSWER);
  });
});
