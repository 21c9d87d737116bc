import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { isStaffNote } from '../src/extract/words/answer-extras.js';

/**
 * A hospital's own 专家答疑 page (ASP.NET, the record in a table of label and value cells): a note headed by its topic and
 * credited at its end to a nurse is the nurse's, none of the answer; and a row of several labelled fields gives each label
 * the cells up to the next label, so the department a disease names (`房颤中心`) is no hospital.
 */

const html = (title: string, body: string) => `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const pageOf = (page: string) => entriesOf(extractOrThrow(pageRecord(page, { url: 'saved-page.html' }))).find((e) => e.origin === 'page')!;

const QUESTION = '早搏需要做射频消融吗';
const ANSWER = '偶发早搏一般不需要消融，建议先做24小时动态心电图，评估早搏负荷后再决定。';
const HOSPITAL = '江州医科大学附属心血管病医院';
const page = (department: string, after: string, answer = ANSWER) =>
  html(
    `${QUESTION}-专家答疑-${HOSPITAL}`,
    `<div id="header"><span>${HOSPITAL}</span></div><div class="box"><h2><span id="lblTitle">${QUESTION}</span></h2>` +
      `<table class="info"><tr><td class="l">提问时间：</td><td colspan="5">2022/3/1 10:12:05</td></tr>` +
      `<tr><td class="l">问题描述：</td><td colspan="5">体检发现早搏，没有不舒服。</td></tr>` +
      `<tr><td class="l">答疑专家：</td><td>郑立群</td><td class="l">职称：</td><td>主任医师</td><td class="l">科室：</td><td>${department}</td></tr>` +
      `<tr><td class="l">回复时间：</td><td colspan="5">2022/3/3 16:40:22</td></tr></table>` +
      `<div class="ans"><b>专家回复：</b><br><span>${answer}</span></div>${after}</div>` +
      `<p class="sm">答疑内容仅供参考，请以面诊意见为准。</p><div id="footer">${HOSPITAL}　江州市滨江路8号　苏ICP备12345678号</div>`,
  );
const NURSE = '<div class="tip">护理提示：<span>术后请按时服药，监测血压心率。（护士 吴秀英）</span></div>';

describe('a note credited at its end to a nurse', () => {
  it('is the nurse’s, none of the doctor’s answer', () => {
    const entry = pageOf(page('心内科', NURSE));
    expect(entry.answer_paragraphs).toEqual([ANSWER]);
  });

  it('keeps the doctor’s own line naming a nurse', () => {
    const own = '用药提醒：阿司匹林饭后服用，换药时间请问护士（护士会协助您）';
    const entry = pageOf(page('心内科', '', `${ANSWER}<br>${own}`));
    expect(entry.answer_paragraphs).toEqual([ANSWER, own]);
  });

  it('keeps the doctor’s own line whose brackets gloss its last word with a role’s desk', () => {
    // `（导医台）` run on to `一楼大厅`, no sentence ended before it: where to go, no one's credit.
    const own = '就诊提示：夜间门诊挂号请到一楼大厅（导医台）';
    const entry = pageOf(page('心内科', '', `${ANSWER}<br>${own}`));
    expect(entry.answer_paragraphs).toEqual([ANSWER, own]);
    expect(isStaffNote(own, '主任医师')).toBe(false);
    expect(isStaffNote('温馨提示：换药可咨询病区护士站（护士）', '主任医师')).toBe(false);
  });

  it('tells a credited note from a sentence in brackets', () => {
    expect(isStaffNote('护理提示：术后请按时服药。（护士 吴秀英）')).toBe(true);
    expect(isStaffNote('用药提醒：饭后服用。（临床药师：李明）')).toBe(true);
    expect(isStaffNote('温馨提示：请按时复诊。（导医台）')).toBe(true);
    expect(isStaffNote('用药提醒：饭后服用。（药师 李明）', '主管药师')).toBe(false);
    expect(isStaffNote('温馨提示：换药请找护士（护士会协助您）')).toBe(false);
    expect(isStaffNote('温馨提示：换药请找护士（请咨询护士）')).toBe(false);
    expect(isStaffNote('术后请按时服药（护士 吴秀英）')).toBe(false);
  });
});

describe('a row of several labelled fields', () => {
  it('gives each label the cells up to the next one: a disease-named centre is the department, the site’s the hospital', () => {
    const entry = pageOf(page('房颤中心', ''));
    expect(entry.doctor.name).toBe('郑立群');
    expect(entry.doctor.title).toBe('主任医师');
    expect(entry.doctor.department).toBe('房颤中心');
    expect(entry.doctor.hospital).toBe(HOSPITAL);
    expect(entry.answer_paragraphs).toEqual([ANSWER]);
  });
});
