import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { isColumnNote, isLetterSignOff } from '../src/extract/words/letter-column.js';
import { isAuthorNote } from '../src/extract/card/author-note.js';

/** A community paper's or portal's letters column: the column's note, the reader's letter and sign-off, the doctor's signed answer, the note on its columnist. */

const pageOf = (title: string, body: string) =>
  entriesOf(extractOrThrow(pageRecord(`<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`, { url: 'saved-page.html' }))).find((e) => e.origin === 'page')!;

describe('a letters column’s lines', () => {
  it('tells the reader’s sign-off and the column’s standing note from the answer’s lines', () => {
    expect(isLetterSignOff('（温哥华 陈先生）')).toBe(true);
    expect(isLetterSignOff('（皇后區 讀者 陳先生）')).toBe(true);
    expect(isLetterSignOff('（一般3天左右就能好转）')).toBe(false);
    expect(isColumnNote('本栏目由枫华健康频道与多位执业医生合作推出，读者如有健康问题，欢迎来信，医生将择要回复。')).toBe(true);
    expect(isColumnNote('本病多与作息有关，注意休息。')).toBe(false);
  });

  it('tells a paper’s note on its columnist', () => {
    expect(isAuthorNote('（作者李文博為紐約法拉盛執業牙醫師，診所：法拉盛微笑牙科，電話：626-996-5917）')).toBe(true);
    expect(isAuthorNote('作者簡介：劉嘉怡，MD，牙醫師，現於法拉盛微笑牙科應診。')).toBe(true);
    expect(isAuthorNote('作者认为这种情况多与作息有关。')).toBe(false);
  });
});

describe('a portal’s letters column', () => {
  const answer = ['手抖常见的原因有以下几种：', '一、手抖在夜间加重的，可以配合理疗和适量运动，一般可以逐渐缓解。', '总之，手抖的原因比较多，需要在医生指导下明确原因后再治疗。'];
  const page = (label: string) =>
    pageOf(
      '家庭医生问答｜经期手抖怎么办？ - 健康 - 枫华网',
      `<h1>家庭医生问答｜经期手抖怎么办？</h1><p>发布时间：2022-10-07 15:15 EDT 来源：枫华网健康频道 阅读：3889</p>` +
        `<div>本栏目由枫华网健康频道与多位执业医生合作推出，读者如有健康问题，欢迎来信，医生将择要回复。</div>` +
        `<p><strong>读者问：</strong>经期手抖怎么办？有没有什么好的办法缓解？</p><p>（万锦 张同学）</p>` +
        `<p>${label}${answer[0]}</p><div><span>广告</span> 地产经纪 Cindy Zhang｜买房卖房 免费估价 408 837-3233</div>${answer.slice(1).map((p) => `<p>${p}</p>`).join('')}` +
        `<div><h4>【嘉宾医生】</h4><p>姓名：Dr Liu Simin 刘思敏</p><p>资格：MD, CCFP</p><p>职务：家庭医生 Family Physician</p><p>诊所：万锦家庭医疗中心</p><p>地址：2851 John St, Markham, ON</p><p>语言：国语、粤语、English</p></div>`,
    );

  it('reads the doctor’s answer alone, under a signed label run into it, without the column’s note, the letter or an ad', () => {
    for (const label of ['刘医生答：', 'Dr. Liu 答：', '答：']) {
      const entry = page(label);
      expect(entry.question).toBe('经期手抖怎么办？');
      expect(entry.answer_paragraphs).toEqual(answer);
      expect(entry.doctor).toMatchObject({ name: '刘思敏', title: '家庭医生', hospital: '万锦家庭医疗中心' });
      expect(entry.date).toBe('2022-10-07');
    }
  });
});

describe('a paper’s medical mailbox in traditional characters', () => {
  it('drops the column’s tag before the question, and takes the clinic from the note on the columnist', () => {
    const entry = pageOf(
      '醫藥信箱／年輕人尿頻要做什麼檢查 - 世華日報',
      `<h1>醫藥信箱／年輕人尿頻要做什麼檢查</h1><p>文／李文博（紐約法拉盛執業牙醫師）</p><p>2021-11-25 22:05 ET</p>` +
        `<p><strong>讀者問：</strong>年輕人尿頻要做什麼檢查？平時工作比較忙。</p><p>（矽谷 讀者 劉女士）</p>` +
        `<p><strong>答：</strong>尿頻多數與前列腺炎有關，注意休息、多喝溫水，一般幾天就能緩解，不緩解再就診。</p>` +
        `<div><span>廣告</span> 華人眼科中心 Medicare、Medicaid均收 電話：516-803-9922</div>` +
        `<p>（作者李文博為紐約法拉盛執業牙醫師，診所：法拉盛微笑牙科，電話：626-996-5917）</p>`,
    );
    expect(entry.question).toBe('年輕人尿頻要做什麼檢查');
    expect(entry.answer_paragraphs).toEqual(['尿頻多數與前列腺炎有關，注意休息、多喝溫水，一般幾天就能緩解，不緩解再就診。']);
    expect(entry.doctor).toMatchObject({ name: '李文博', title: '牙醫師', hospital: '法拉盛微笑牙科' });
  });
});
