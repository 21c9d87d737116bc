import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A city 健康网's 问医生 record names the unit that replied (`回复单位：`): a hospital with its grade closing it, bracketed,
 * spaced or glued (`某市中西医结合医院（三甲）`, `某市中心医院 三甲`), is that hospital and its grade; a unit that is no
 * hospital (a commission's office) stays unread and doubted.
 */

const QUESTION = '小孩耳鸣吃什么药好？';
const html = (unit: string) =>
  `<html><head><meta charset="utf-8"><title>${QUESTION}_问医生_东湖健康网</title></head><body><table><tr><td><h1>${QUESTION}</h1><table>` +
  `<tr><td>咨询标题：</td><td>${QUESTION}</td></tr><tr><td>状态：</td><td>已回复</td></tr><tr><td>咨询人：</td><td>市民</td></tr><tr><td>咨询时间：</td><td>2022-04-26</td></tr>` +
  `<tr><td>咨询内容：</td><td>孩子最近总说耳朵嗡嗡响，请问要吃什么药？</td></tr>` +
  `<tr><td>回复单位：</td><td>${unit}</td></tr><tr><td>回复科室：</td><td>儿童保健科</td></tr><tr><td>回复专家：</td><td>夏海子 主任医师</td></tr>` +
  `<tr><td>回复内容：</td><td>小孩耳鸣常见的原因有以下几种，需要先明确原因。<br>建议及时到医院耳鼻喉科就诊，明确诊断后规范治疗。</td></tr><tr><td>回复时间：</td><td>2022/4/28</td></tr>` +
  `</table></td><td><table><tr><th>网上挂号</th></tr><tr><td><a href="/gh/">东湖市第一人民医院</a> 三甲</td></tr></table></td></tr></table>` +
  `<div>东湖市卫生健康委员会主办 东湖健康网 版权所有</div></body></html>`;
const pageOf = (unit: string) => entriesOf(extractOrThrow(pageRecord(html(unit)))).find((e) => e.origin === 'page')!;

describe('the reply’s unit with its grade is the hospital and its grade', () => {
  for (const [unit, hospital, grade] of [
    ['东湖市中西医结合医院（三甲）', '东湖市中西医结合医院', '三甲'],
    ['东湖市中心医院 三级甲等', '东湖市中心医院', '三级甲等'],
    ['江州市妇幼保健院三甲', '江州市妇幼保健院', '三甲'],
  ] as const) {
    it(`reads ${unit} as ${hospital}, ${grade}`, () => {
      const page = pageOf(unit);
      expect(page.doctor).toMatchObject({ name: '夏海子', title: '主任医师', department: '儿童保健科', hospital, hospital_grade: grade });
      expect(page.date).toBe('2022-04-28');
      expect(page.flags).not.toContain('unsure_reading');
    });
  }

  it('reads a unit with no grade as the hospital, and no grade (not the sidebar’s)', () => {
    expect(pageOf('东湖市第一人民医院').doctor).toMatchObject({ hospital: '东湖市第一人民医院', hospital_grade: null });
  });

  it('leaves a unit that is no hospital unread, and doubted', () => {
    const page = pageOf('东湖市卫生健康委员会（三甲）');
    expect(page.doctor.hospital).toBeNull();
    expect(page.flags).toContain('unsure_reading');
  });
});
