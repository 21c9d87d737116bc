import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A programme's or a column's page lists its other questions, each with its doctor on a line of its own over the answer
 * (`特邀嘉宾：林嘉欣医生`, or `林嘉欣醫生` alone, in traditional script too): that line is the item's doctor, none of its snippet
 * — the snippet is the text that answers. A line that says more than a name stays the snippet's. What the blind split fresh-108
 * taught.
 */

const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://tv.example-health.org/show/ep/31' })));
const ANSWER = ['膝关节疼痛需要结合具体情况来看：', '1.中老年人多与骨关节炎有关，注意减轻负重。', '2.如果伴有红肿发热，应尽快到骨科就诊。'];
const ITEMS = [
  ['跑步后膝盖外侧疼怎么办', '跑步后膝盖外侧疼多与髂胫束摩擦有关，先停跑休息，局部冰敷，再做拉伸。'],
  ['半月板损伤需要手术吗', '半月板损伤是否手术要看撕裂的部位和程度，轻的可以保守治疗，配合康复训练。'],
  ['膝盖积液怎么消', '膝盖积液要先查明原因，少量积液休息后多可吸收，量多时需要抽液检查。'],
] as const;
const page = (doctor: (i: number) => string) => `<html><head><title>膝盖疼痛專題 - 健康時間</title></head><body>
<h1>《健康時間》：膝盖疼痛</h1>
<section class="main"><h2>問：老人上下楼膝盖疼是怎么回事？</h2><p>嘉宾：江州市人民医院骨科主任医师王清玉</p><p>播出日期：2022年3月5日</p>
${ANSWER.map((p) => `<p>${p}</p>`).join('\n')}</section>
<section class="more"><h3>更多问答</h3>
${ITEMS.map(([q, s], i) => `<div class="qa"><h4><a href="/show/qa/${500 + i}">${q}</a></h4><p class="who">${doctor(i)}</p><p>${s}</p></div>`).join('\n')}
</section></body></html>`;

describe('a related item’s doctor named on a line of its own', () => {
  const names = ['林嘉欣', '周志明', '何美玲'];
  it.each([
    ['under a guest’s label', (i: number) => `特邀嘉宾：${names[i]}医生`],
    ['under a guest’s label in traditional script', (i: number) => `嘉賓：${names[i]}醫生`],
    ['alone with the calling, in traditional script', (i: number) => `${names[i]}醫生`],
  ])('%s: the item’s doctor, the snippet the text under it', (_, doctor) => {
    const [own, ...items] = read(page(doctor));
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(items.map((e) => [e.question, e.answer_paragraphs])).toEqual(ITEMS.map(([q, s]) => [q, [s]]));
  });

  it('a line saying more than who answered stays the snippet’s', () => {
    const lines = ['嘉宾：林医生建议先休息', '林医生建议先休息。', '何美玲医生说要多休息'];
    const [, ...items] = read(page((i) => lines[i]!));
    expect(items.map((e) => e.answer_paragraphs[0])).toEqual(lines);
  });
});
