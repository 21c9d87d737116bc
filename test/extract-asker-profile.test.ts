import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { isAskerProfile } from '../src/extract/layouts/asker-stamp.js';
import { chineseHalf } from '../src/core/bilingual-label.js';

/** A bilingual hospital page: the asker's profile line and their words above the answer's English-and-Chinese head are theirs. */

const html = (title: string, body: string) => `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const pageOf = (page: string) => entriesOf(extractOrThrow(pageRecord(page, { url: 'saved-page.html' }))).find((e) => e.origin === 'page')!;

const QUESTION = '孩子反复咳嗽两周怎么办？';
const ANSWER = ['反复咳嗽两周以上，先要排除咳嗽变异性哮喘和鼻后滴漏。', '建议带孩子来做一次肺功能检查，平时注意避开冷空气和烟雾。'];
const RELATED = `<section class="rq"><h2>Related Questions 相关问题</h2><article><a href="/zh/ask/1.html">孩子咳嗽有痰怎么办</a><p>多喝水，拍背帮助排痰，咳嗽加重要及时就诊。</p></article><article><a href="/zh/ask/2.html">孩子夜里咳嗽是什么原因</a><p>夜咳常与鼻炎、哮喘有关，需要面诊明确。</p></article></section>`;
const card = `<div class="card"><p>王明 Dr. Wang Ming</p><p>顾问医生 · 儿科</p><p>北京和康国际医院</p></div>`;

describe('the asker above the answer’s bilingual head', () => {
  it('reads the answer under `Answer 医生回答`, not the asker’s `患者 · 男 · 35岁` line and words', () => {
    const body = `<h1>${QUESTION}</h1><p>患者 · 男 · 6岁</p><p>晚上咳得厉害，吃了止咳药也不见好。</p><section><h2>Answer <span>医生回答</span></h2><div>${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div></section><div><time>Answered on Jul 16, 2022</time><span>Updated Jan 11, 2023</span></div>${card}${RELATED}`;
    const page = pageOf(html(QUESTION, body));
    expect(page.answer_paragraphs).toEqual(ANSWER);
    expect(page.date).toBe('2022-07-16');
  });

  it('tells the asker’s profile and a bilingual label from other lines', () => {
    expect(isAskerProfile('患者 · 男 · 35岁')).toBe(true);
    expect(isAskerProfile('用户 女 28岁')).toBe(true);
    expect(isAskerProfile('患者男性35岁以上要注意')).toBe(false);
    expect(chineseHalf('Answer 医生回答')).toBe('医生回答');
    expect(chineseHalf("Doctor's Answer 医生解答")).toBe('医生解答');
    expect(chineseHalf('查看医生 View Profile')).toBe('查看医生');
    expect(chineseHalf('建议做个CT检查')).toBeNull();
  });
});

describe('the asker labelled by who they are', () => {
  const QA = '献血后头晕是怎么回事';
  const qa = (who: string) =>
    html(`${QA}_献血问答`, `<h1>${QA}</h1><div class="info"><span>发布时间：2021-03-01</span></div><dl class="qa"><dt>${who}提问：</dt><dd>${QA}？请问需要做什么检查？</dd>` +
      `<dt>医生答复：</dt><dd>${ANSWER.map((p) => `<p>${p}</p>`).join('')}</dd></dl><div class="sign"><p>答复医生：<strong>雷涵</strong>　主治医师</p><p>江州市血液中心质量管理科</p></div>`);
  it('a donor’s, a parent’s or a resident’s words over the answer are theirs, none of the answer', () => {
    for (const who of ['献血者', '家长', '市民']) {
      const page = pageOf(qa(who));
      expect(page.answer_paragraphs, who).toEqual(ANSWER);
      expect(page.flags, who).not.toContain('unsure_reading');
    }
  });

  it('a signature naming no centre takes the site’s, from a footer whose copyright runs on to its licence and hotline', () => {
    const page = pageOf(
      qa('献血者')
        .replace('江州市血液中心质量管理科', '质量管理科')
        .replace(`${QA}_献血问答`, `${QA}-献血问答-江州市血液中心`)
        .replace('</body>', '<div class="footer">江州市血液中心　版权所有　京ICP备27909933号　献血咨询：010-68113567</div></body>'),
    );
    expect(page.doctor).toMatchObject({ name: '雷涵', department: '质量管理科', hospital: '江州市血液中心' });
  });
});
