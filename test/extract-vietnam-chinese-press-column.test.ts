import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { parseDoctorCard } from '../src/extract/card/card-parts.js';
import { isAskerLine } from '../src/extract/words/genre.js';

/** A Chinese paper in Vietnam: its doctor's grade, a hospital called by number, glosses in Vietnamese, the day after a Vietnamese weekday. */

const html = (title: string, body: string) => `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const pageOf = (page: string) => entriesOf(extractOrThrow(pageRecord(page, { url: 'saved-page.html' }))).find((e) => e.origin === 'page')!;

const QUESTION = '孩子反复咳嗽两周怎么办？';
const ANSWER = ['反复咳嗽两周以上，先要排除咳嗽变异性哮喘和鼻后滴漏。', '建议带孩子来做一次肺功能检查，平时注意避开冷空气和烟雾。'];

describe('a health column of Vietnam’s Chinese press', () => {
  it('reads the specialist grade as the title and leaves the Latin glosses out of the card', () => {
    expect(parseDoctorCard('从德医院（Bệnh viện Từ Dũ）妇科专科二级医生（BS.CKII）黎华霞')).toMatchObject({ name: '黎华霞', title: '专科二级医生', department: '妇科', hospital: '从德医院' });
  });

  it('reads a hospital called by its number', () => {
    expect(parseDoctorCard('人民115医院耳鼻喉科专科一级医生潘欣晓')).toMatchObject({ name: '潘欣晓', department: '耳鼻喉科', hospital: '人民115医院' });
  });

  it('takes a reader named after their district as the asker', () => {
    expect(isAskerLine('第五郡读者林女士问：平时工作比较忙，作息不太规律。')).toBe(true);
    expect(isAskerLine('第五郡医院的医生说：要多喝水。')).toBe(false);
  });

  it('reads the day after a Vietnamese weekday day first, the answer without it or the reader’s words', () => {
    const body = `<div class="top"><span>Thứ Hai, ngày 8/5/2023</span></div><h1>${QUESTION}</h1><div class="date">Thứ Bảy, 06/05/2023 14:22</div>` +
      `<div class="body"><p>解答：人民115医院儿科专科一级医生（BS.CKI）潘欣晓</p><p><em>第五郡读者林女士问：晚上咳得厉害，吃了止咳药也不见好。</em></p>${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div>`;
    const page = pageOf(html(QUESTION, body));
    expect(page.date).toBe('2023-05-06');
    expect(page.answer_paragraphs).toEqual(ANSWER);
    expect(page.doctor).toMatchObject({ name: '潘欣晓', title: '专科一级医生', department: '儿科', hospital: '人民115医院' });
  });
});
