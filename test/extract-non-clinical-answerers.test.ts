import { describe, expect, it } from 'vitest';
import { isMemberByline } from '../src/extract/layouts/member-answer.js';
import { isRelatedLabel } from '../src/extract/words/genre.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/** A genetic counsellor's, a health manager's or a member's answer beside the doctor's on a gene-test or check-up community: none of the doctor's. */

const pageOf = (body: string) =>
  entriesOf(extractOrThrow(pageRecord(`<html><head><meta charset="utf-8"><title>甲胎蛋白偏高怎么办 - 基因说问答</title></head><body>${body}</body></html>`, { url: 'saved-page.html' }))).find(
    (e) => e.origin === 'page',
  )!;

const DOCTOR = ['甲胎蛋白轻度升高可见于肝脏炎症，不一定是肿瘤。', '建议一个月后复查甲胎蛋白和肝脏彩超。'];
const COUNSELLOR = ['基因检测结果反映的是遗传易感性，不等于一定会患病。', '如需进一步解读，可预约一对一遗传咨询服务。'];
const answer = (who: string, badge: string, meta: string, paras: string[], day: string) =>
  `<div><div><img src="/u/1.jpg"><b>${who}</b> <span>${badge}</span><p>${meta}</p></div>${paras.map((p) => `<p>${p}</p>`).join('')}<div><span>${day}</span> <span>赞同 12</span></div></div>`;
const page = (answers: string[]) =>
  `<h1>甲胎蛋白偏高怎么办</h1><p>用户_ff85 · 提问于 2022-03-01</p><div><h3>${answers.length}个回答</h3>${answers.join('\n')}</div>`;
const doctor = (day: string) => answer('李明', '认证医生', '主治医师 · 江州市人民医院 消化内科', DOCTOR, day);

describe('a non-clinical answerer beside the doctor', () => {
  it('is a byline of its own (a counsellor, a health manager, a member), no doctor’s card', () => {
    for (const t of ['沈桂平 认证遗传咨询师', '周丽 健康管理师', '用户_afab 用户', '小王 客服']) expect(isMemberByline(t)).toBe(true);
    for (const t of ['李明 主治医师', '遗传咨询师建议复查', '健康管理师']) expect(isMemberByline(t)).toBe(false);
  });

  it('after the doctor’s answer, ends it', () => {
    const entry = pageOf(page([doctor('发布于 2022-03-03'), answer('沈桂平', '认证遗传咨询师', '基因说遗传咨询团队', COUNSELLOR, '发布于 2022-03-03'), answer('用户_afab', '用户', '', ['同问，坐等医生回答。'], '发布于 2022-03-04')]));
    expect(entry.answer_paragraphs).toEqual(DOCTOR);
    expect(entry.date).toBe('2022-03-03');
  });

  it('before the doctor’s answer, dates none of it: a doctor’s answer stamped only `3天前` is undated', () => {
    for (const badge of ['认证遗传咨询师', '健康管理师']) {
      const entry = pageOf(page([answer('蔡英', badge, '基因说遗传咨询团队', COUNSELLOR, '发布于 2022-03-02'), doctor('3天前')]));
      expect(entry.answer_paragraphs).toEqual(DOCTOR);
      expect(entry.doctor.name).toBe('李明');
      expect(entry.date).toBeNull();
    }
  });

  it('a report-reading service’s other readings (相似解读) head a related list', () => {
    for (const t of ['相似解读', '相关解读']) expect(isRelatedLabel(t)).toBe(true);
  });
});
