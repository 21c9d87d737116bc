import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { isVolunteerNote } from '../src/extract/words/answer-extras.js';
import { isLetterClosingWish } from '../src/extract/words/letter-column.js';
import { isDepartment } from '../src/extract/words/genre.js';

/**
 * A Taiwanese hospital's 醫療諮詢 board sets its reply out as a letter: the asker's lines under their `提問者` line, a
 * volunteer's note forwarding the question, the reply's day, the text, a closing wish (`敬祝　平安`) and the signature
 * `{hospital}{department} {name}醫師 敬覆`. Only the text is the doctor's answer.
 */

const html = (title: string, body: string) => `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const pageOf = (page: string) => entriesOf(extractOrThrow(pageRecord(page, { url: 'saved-page.html' }))).find((e) => e.origin === 'page')!;

const QUESTION = '肩膀疼吃什麼藥好？';
const ANSWER = ['肩膀疼多數與肩周炎有關，注意休息、多喝溫水，一般幾天就能緩解。', '如果疼痛持續不緩解，建議到復健科門診就診。'];
const VOLUNTEER = '<div class="vol">醫療志工：感恩您的提問，已轉請復健科醫師回覆，祝福您。</div>';
const WISH = '<p class="wish">敬祝　平安</p>';
const letter = ({ beforeDay = '', afterDay = '', wish = '', department = '復健科' }) =>
  html(
    '醫療諮詢 - 江州慈心醫院',
    `<div id="top">江州慈心醫院</div><div class="ask"><h3>${QUESTION}</h3><div class="info">提問者：周○○　提問日期：112/05/04</div>` +
      `<p>平時工作比較忙，作息不太規律。</p></div><div class="reply">${beforeDay}<div class="info">回覆日期：112/05/06</div>${afterDay}` +
      `<div class="txt">${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div>${wish}<p class="sign">江州慈心醫院${department} 王華明醫師 敬覆</p></div>` +
      `<p class="note">※本網站諮詢回覆僅供參考，不能取代醫師面對面診療。</p>`,
  );

describe('a hospital board’s reply set out as a letter', () => {
  it('takes the asker’s lines under their 提問者 line as theirs: the reply starts at its day', () => {
    const page = pageOf(letter({}));
    expect(page.answer_paragraphs).toEqual(ANSWER);
    expect(page.date).toBe('2023-05-06');
    expect(page.doctor).toMatchObject({ name: '王華明', title: '醫師', department: '復健科' });
  });

  it('passes over a volunteer’s note forwarding the question, wherever it stands by the reply', () => {
    expect(pageOf(letter({ beforeDay: VOLUNTEER })).answer_paragraphs).toEqual(ANSWER);
    expect(pageOf(letter({ afterDay: VOLUNTEER })).answer_paragraphs).toEqual(ANSWER);
  });

  it('leaves the closing wish before the signature out of the answer', () => {
    const page = pageOf(letter({ wish: WISH }));
    expect(page.answer_paragraphs).toEqual(ANSWER);
    expect(page.flags).not.toContain('cut_off_end');
  });

  it('reads on past a closing wish where the doctor’s prose follows it in the letter (a P.S., more advice before the signature)', () => {
    const PS = '附註：服藥期間請避免飲酒，如出現皮疹請立即停藥並回診。';
    const MORE = '另外，平時可以做一些肩部的伸展運動，每天兩到三次。';
    const after = pageOf(letter({ wish: `${WISH}<p>${PS}</p>` }));
    expect(after.answer_paragraphs).toEqual([...ANSWER, PS]);
    const within = pageOf(letter({}).replace(`<p>${ANSWER[1]}</p>`, `<p>敬祝　平安</p><p>${ANSWER[1]}</p><p>${MORE}</p>`));
    expect(within.answer_paragraphs).toEqual([...ANSWER, MORE]);
    expect(within.flags).not.toContain('unsure_reading');
  });

  it('ends at a closing wish where the line after it in the letter’s box is another’s (`提問者追問：…`) or the wish’s second half (`敬礼！`)', () => {
    for (const after of ['提問者追問：請問需要做X光嗎？我還是很擔心。', '網友留言：我也是肩膀痛，做了一個月的復健就好多了。']) {
      expect(pageOf(letter({}).replace(`<p>${ANSWER[1]}</p>`, `<p>${ANSWER[1]}</p><p>敬祝　平安</p><p>${after}</p>`)).answer_paragraphs).toEqual(ANSWER);
    }
    expect(pageOf(letter({}).replace(`<p>${ANSWER[1]}</p>`, `<p>${ANSWER[1]}</p><p>此致</p><p>敬禮！</p><p>以上答覆如有不明，可撥打本院服務專線洽詢。</p>`)).answer_paragraphs).toEqual(ANSWER);
  });

  it('ends at a closing wish with prose after it outside the letter’s box, doubted', () => {
    const page = pageOf(letter({ wish: WISH }).replace('</div><p class="note">', '</div><div class="cmt"><p>我也是肩膀疼，做了一個月理療就好多了，大家可以試試。</p></div><p class="note">').replace('<p class="sign">江州慈心醫院復健科 王華明醫師 敬覆</p>', ''));
    expect(page.answer_paragraphs).toEqual(ANSWER);
    expect(page.flags).toContain('unsure_reading');
  });

  it('reads a Taiwanese hospital’s 中醫部 in the signature as the department', () => {
    expect(pageOf(letter({ department: '中醫部' })).doctor).toMatchObject({ name: '王華明', department: '中醫部' });
  });

  it('keeps the answer where its reply day follows its text, in the answer’s own box', () => {
    const LINE = '可以先觀察，牙齒鬆動如果伴有口臭或者持續加重，要及時就診查明原因。';
    const page = pageOf(html(
      '牙齒鬆動要做什麼檢查--專家答疑--江州健康網',
      `<table><tr><td><table><tr><td><img src="/wen.gif" alt="问"></td><td><b>牙齒鬆動要做什麼檢查</b></td></tr>` +
        `<tr><td></td><td>提問者：網友***　提問時間：2022-8-20</td></tr></table></td></tr>` +
        `<tr><td><table><tr><td><img src="/da.gif" alt="答"></td><td>${LINE}</td></tr><tr><td></td><td>回復時間：2022-08-20</td></tr>` +
        `<tr><td><font>回復專家：<a href="/zj/669.html">方艷琪</a>　副主任醫師　江州市人民醫院　口腔科</font></td></tr></table></td></tr></table>` +
        `<table><tr><td>關於我們 | 廣告服務<br>建議使用IE6.0以上瀏覽器，最佳瀏覽解析度 800*600</td></tr></table>`,
    ));
    expect(page.answer_paragraphs).toEqual([LINE]);
  });

  it('tells a volunteer’s note, a closing wish and a 部 department from the doctor’s words', () => {
    expect(isVolunteerNote('医疗志工：感恩您的提问，已转请复健科医师回复，祝福您。')).toBe(true);
    expect(isVolunteerNote('志愿者 王芳：已帮您转给医生')).toBe(true);
    expect(isVolunteerNote('可以请志工帮忙推轮椅。')).toBe(false);
    expect(isLetterClosingWish('敬祝　平安')).toBe(true);
    expect(isLetterClosingWish('此致 敬礼')).toBe(true);
    // Traditional script's openings as much as the simplified ones (a Taiwan or Hong Kong board's letter).
    expect(isLetterClosingWish('順頌　時祺')).toBe(true);
    expect(isLetterClosingWish('謹祝 安康')).toBe(true);
    expect(isLetterClosingWish('並祝 早日康復')).toBe(true);
    expect(isLetterClosingWish('祝您早日康复！')).toBe(false);
    expect(isDepartment('中医部')).toBe(true);
    expect(isDepartment('妇产部')).toBe(true);
  });
});

describe('a reply day and a volunteer named where the answer is the doctor’s own', () => {
  const LINES = ['肩膀疼多数与肩周炎有关，注意休息、多喝温水，一般几天就能缓解。', '如果疼痛持续不缓解，建议到康复科门诊就诊。'];

  it('keeps the answer under the asker’s line where its day closes it in a footer, another’s words after it', () => {
    const page = pageOf(html('肩膀疼吃什么药好-江州健康网',
      `<div class="box"><h1>肩膀疼吃什么药好？</h1><div class="ask">提问者：周**　提问日期：2023-05-04</div>${LINES.map((p) => `<p>${p}</p>`).join('')}` +
        `<div class="foot"><p>回复日期：2023-05-06</p></div><p>王华明　副主任医师　江州市人民医院　康复科</p></div>` +
        `<div class="more"><p>其他网友的经验：我也有过肩膀疼，坚持做了一个月理疗就好了，大家可以试试。</p></div>`));
    expect(page.answer_paragraphs).toEqual(LINES);
    expect(page.date).toBe('2023-05-06');
  });

  it('keeps the doctor’s line naming who helps (家屬或志工：…, 可聯繫志工：…): advice, no volunteer’s note', () => {
    for (const line of ['家屬或志工：協助患者做肩部熱敷，每次十五分鐘。', '可聯繫志工：他們會協助您預約掛號。']) {
      const txt = [ANSWER[0], line, ANSWER[1]].map((p) => `<p>${p}</p>`).join('');
      expect(pageOf(letter({}).replace(/<div class="txt">.*?<\/div>/u, `<div class="txt">${txt}</div>`)).answer_paragraphs).toEqual([ANSWER[0], line, ANSWER[1]]);
    }
    expect(isVolunteerNote('醫療志工：感恩您的提問，已轉請復健科醫師回覆，祝福您。')).toBe(true);
  });
});
