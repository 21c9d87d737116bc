import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { isStaffNote } from '../src/extract/words/answer-extras.js';
import { findDate } from '../src/extract/dates/page-meta.js';

/**
 * A Taiwanese hospital's own consult board: a nurse's 補充 under the doctor's reply is none of the answer, and the reply's
 * day printed with its ROC year as `112年05月06日` (no 民國 before it) is the western day.
 */

const html = (title: string, body: string) => `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const pageOf = (page: string) => entriesOf(extractOrThrow(pageRecord(page, { url: 'saved-page.html' }))).find((e) => e.origin === 'page')!;

const QUESTION = '喉嚨癢一直咳嗽怎麼辦？';
const ANSWER = ['喉嚨癢多與慢性咽炎有關，平時要多喝溫水，避免辛辣刺激的食物。', '如果咳嗽超過兩週，建議至耳鼻喉科門診做喉鏡檢查。'];
const replyOf = (day: string, after = '') =>
  `<div class="ask"><p>諮詢主旨：</p><h2>${QUESTION}</h2><p>諮詢者：王○○　諮詢日期：112/04/30</p><p>請問需要做什麼檢查？</p></div>` +
  `<div class="reply"><table><tr><td>回覆醫師：</td><td>陳志明 主治醫師</td></tr><tr><td>科別：</td><td>耳鼻喉科</td></tr></table><p>醫師回覆：</p>` +
  `<div class="txt">${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div><p>回覆日期：${day}</p></div>${after}` +
  `<p>※本網路諮詢僅供參考，不能取代實際就醫診療。</p><div class="rel"><h3>相關諮詢</h3><ul><li><a href="detail.aspx?no=2">慢性咽炎要怎麼保養</a><p>慢性咽炎平時要多喝水，少吃辛辣的食物…</p></li><li><a href="detail.aspx?no=3">咳嗽兩週要看哪一科</a><p>咳嗽超過兩週建議先看胸腔內科或耳鼻喉科…</p></li></ul></div>`;
const NURSE = `<div class="nurse"><p>護理師補充：</p><p>建議就診時攜帶既往檢查報告，可先至本院官網預約掛號。</p><p>衛教護理師 林○○　112/05/07</p></div>`;

describe('a hospital board’s reply with a nurse’s note and an ROC day', () => {
  it('ends the answer at the nurse’s 補充 and reads 112年05月06日 as 2023-05-06', () => {
    const page = pageOf(html(`${QUESTION}-網路諮詢`, replyOf('112年05月06日', NURSE)));
    expect(page.answer_paragraphs).toEqual(ANSWER);
    expect(page.date).toBe('2023-05-06');
  });

  it('keeps an answer line that only speaks of the nurse, and reads a slashed ROC day as before', () => {
    const line = '護理師補充衛教時會教您如何正確使用吸入劑。';
    const page = pageOf(html(`${QUESTION}-網路諮詢`, replyOf('112/05/06').replace(`<p>${ANSWER[1]}</p>`, `<p>${ANSWER[1]}</p><p>${line}</p>`)));
    expect(page.answer_paragraphs).toEqual([...ANSWER, line]);
    expect(page.date).toBe('2023-05-06');
  });

  it('tells a staff member’s note from the doctor’s, and an ROC 年月日 from other three-digit counts', () => {
    expect(isStaffNote('护理师补充：建议就诊时携带报告')).toBe(true);
    expect(isStaffNote('卫教护理师补充：')).toBe(true);
    expect(isStaffNote('营养师提醒：少油少盐')).toBe(true);
    expect(isStaffNote('中药师提示：中药汤剂请遵医嘱煎服，服药期间忌食生冷辛辣。', '主任医师')).toBe(true);
    expect(isStaffNote('心理治疗师 杨玉兰补充：情绪持续低落两周以上，建议到医院心理门诊做专业评估。')).toBe(true);
    expect(isStaffNote('心理治疗师补充：可以学习放松训练', '心理治疗师')).toBe(false);
    expect(isStaffNote('医生补充：服药期间忌酒')).toBe(false);
    expect(isStaffNote('护士补充的那些内容可以不用看。')).toBe(false);
    expect(findDate('回覆日期：111年11月26日')).toBe('2022-11-26');
    expect(findDate('民國112年5月6日')).toBe('2023-05-06');
    expect(findDate('已服藥112天')).toBe(null);
    expect(findDate('第112年5月')).toBe(null);
    expect(findDate('150年5月6日')).toBe(null);
  });
});

describe('a TCM hospital’s answer with its 中药师提示 box after it', () => {
  const TIP = '中药师提示：中药汤剂请遵医嘱煎服，服药期间忌食生冷辛辣。';
  const LINES = ['脸色苍白常见的原因有以下几种：', '一、有缺铁性贫血病史的患者，可以先完善血常规等检查。', '平时要注意保持良好的生活习惯，按时复查。'];
  const mip = (title: string) =>
    html(`脸色苍白要做什么检查-江州中医医院`,
      `<header><span>江州中医医院</span></header><div class="main"><h1>脸色苍白要做什么检查</h1>` +
      `<div class="doc"><p><b>钱然芳</b> <span>${title}</span></p><p>妇科</p></div><div class="time">2022年05月06日</div>` +
      `<div class="ask"><span>问：</span>去社区医院看过，吃了药也不见好。</div><div class="ans"><div class="lb">名医解答</div>${LINES.map((p) => `<p>${p}</p>`).join('')}</div>` +
      `<div class="tip">${TIP}</div><p class="sm">本文内容仅供参考，不作为诊疗依据。</p></div>`);

  it('leaves the pharmacist’s tip out of a doctor’s answer', () => {
    expect(pageOf(mip('副主任医师')).answer_paragraphs).toEqual(LINES);
  });

  it('leaves it out too where a pharmacist answers: the tip stands in a box of its own after the answer’s', () => {
    expect(pageOf(mip('主管药师')).answer_paragraphs).toEqual(LINES);
  });
});

describe('a role’s note words that are the answer’s own', () => {
  const LEAD = '脸色苍白常见的原因有以下几种：';
  const LINE = '一、有缺铁性贫血病史的患者，可以先完善血常规等检查。';
  const LAST = '平时要注意保持良好的生活习惯，按时复查。';
  const answered = (title: string, answer: string) =>
    html('脸色苍白要做什么检查-江州中医医院',
      `<header><span>江州中医医院</span></header><div class="main"><h1>脸色苍白要做什么检查</h1>` +
      `<div class="doc"><p><b>钱然芳</b> <span>${title}</span></p><p>妇科</p></div><div class="time">2022年05月06日</div>` +
      `<div class="ask"><span>问：</span>去社区医院看过，吃了药也不见好。</div><div class="ans"><div class="lb">名医解答</div>${answer}</div>` +
      `<p class="sm">本文内容仅供参考，不作为诊疗依据。</p></div>`);
  const ps = (...lines: string[]) => lines.map((p) => `<p>${p}</p>`).join('');

  it('keeps a pharmacist’s own 药师提醒 after their list, in their answer’s box, and the text after it', () => {
    const REMINDER = '药师提醒：服药期间大便可能发黑，这是正常现象，不必担心。';
    const page = pageOf(answered('主管药师', `${ps(LEAD)}<ul><li>铁剂要饭后服用，减少胃肠道刺激。</li><li>不要和浓茶、牛奶同服。</li></ul>${ps(REMINDER, LAST)}`));
    expect(page.answer_paragraphs).toEqual([LEAD, '铁剂要饭后服用，减少胃肠道刺激。', '不要和浓茶、牛奶同服。', REMINDER, LAST]);
  });

  it('keeps a nurse’s own 护士提示 section within their answer’s box', () => {
    const lines = ['护士提示：伤口要保持干燥，一周内不要沾水。', '如果出现红肿渗液，要及时回医院换药。'];
    expect(pageOf(answered('主管护师', `${ps(LEAD)}<div class="sec">${ps(...lines)}</div>`)).answer_paragraphs).toEqual([LEAD, ...lines]);
  });

  it('keeps a doctor’s 护士提示 paragraph in their answer’s run with their prose after it; one closing the run is the board’s note', () => {
    for (const head of ['护士提示：', '护士提醒：']) {
      const NOTE = `${head}服铁剂期间大便可能发黑，这是正常现象，不必担心。`;
      const page = pageOf(answered('副主任医师', ps(LEAD, LINE, NOTE, LAST)));
      expect(page.answer_paragraphs).toEqual([LEAD, LINE, NOTE, LAST]);
      // The prose after it might as well be the note's second paragraph: doubted, unless it turns back to the doctor's own.
      expect(page.flags).toContain('unsure_reading');
      const resumed = pageOf(answered('副主任医师', ps(LEAD, LINE, NOTE, `另外，${LAST}`)));
      expect(resumed.answer_paragraphs).toEqual([LEAD, LINE, NOTE, `另外，${LAST}`]);
      expect(resumed.flags).not.toContain('unsure_reading');
    }
    const closing = pageOf(answered('副主任医师', ps(LEAD, LINE, LAST, '护士提示：服铁剂期间大便可能发黑，这是正常现象，不必担心。')));
    expect(closing.answer_paragraphs).toEqual([LEAD, LINE, LAST]);
  });

  it('ends the answer at a 护士提示 announcing the points under it: those are the note’s, not the doctor’s', () => {
    const NOTE = '护士提示：服用铁剂请注意以下几点。';
    const POINTS = ['铁剂宜饭后服用，减少胃肠道刺激。', '服药期间大便发黑是正常现象，不必担心。'];
    expect(pageOf(answered('副主任医师', ps(LEAD, LINE, NOTE, ...POINTS))).answer_paragraphs).toEqual([LEAD, LINE]);
  });

  it('keeps a doctor’s sentence telling what pharmacists say (很多药师都会提示：…): no one’s note', () => {
    const TOLD = '很多药师都会提示：铁剂不能和浓茶、牛奶同服，否则影响吸收。';
    expect(pageOf(answered('副主任医师', ps(LEAD, LINE, TOLD, LAST))).answer_paragraphs).toEqual([LEAD, LINE, TOLD, LAST]);
    expect(isStaffNote('出院时护士一般会提示：注意休息，避免劳累。')).toBe(false);
    expect(isStaffNote('护士 杨海燕提示：伤口保持干燥')).toBe(true);
  });
});
