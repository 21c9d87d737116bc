import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A hotline's 知识库 entry closes its 参考答复 with boxes of its own: 【参考依据】 and the guideline it rests on, 【温馨提示】 and
 * the line pointing to the hotline for more (`如需进一步了解，可拨打12345热线…`). Neither is the answer's.
 */
const kb = (tail: string) =>
  `<html><head><meta charset="utf-8"><title>孕妇关节发热怎么办-知识库-石门市12345政务服务便民热线</title></head><body>` +
  `<div class="kb"><h2 class="kb-title">孕妇关节发热怎么办</h2>` +
  `<div class="kb-sec"><div class="kb-label">【参考答复】</div><div class="kb-text"><p>孕妇关节发热的处理要根据病情轻重来决定，多数与痛风有关。</p><p>建议及时到医院风湿免疫科就诊，明确诊断后规范治疗。</p></div></div>` +
  `${tail}</div></body></html>`;
const box = (label: string, text: string) => `<div class="kb-sec"><div class="kb-label">${label}</div><div class="kb-text">${text}</div></div>`;
const answerOf = (html: string) =>
  entriesOf(extractOrThrow(pageRecord(html, { url: 'https://12345.example.gov.cn/zsk/detail?id=1' }))).find((e) => e.origin === 'page')!.answer_paragraphs;
const ANSWER = ['孕妇关节发热的处理要根据病情轻重来决定，多数与痛风有关。', '建议及时到医院风湿免疫科就诊，明确诊断后规范治疗。'];

describe('a knowledge entry’s closing boxes', () => {
  it('leaves the 【温馨提示】 pointing to the hotline out of the answer', () => {
    expect(answerOf(kb(box('【温馨提示】', '如需进一步了解，可拨打12345热线或石门市12320卫生健康热线咨询。')))).toEqual(ANSWER);
  });

  it('ends the answer at its 【参考依据】', () => {
    expect(answerOf(kb(box('【参考依据】', '《痛风诊疗指南》')))).toEqual(ANSWER);
  });
});
