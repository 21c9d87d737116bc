import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on app share, m. and desktop templates: a card beside other doctors, item chips and days, answers listed alike, yearless counters and footers.
 * What fresh-53 (more templates of real sites: app share pages, m. pages, desktop pages) taught the genre reader.
 */

const URL = 'https://www.jiankang.example/qa/30412.html';
const html = (title: string, body: string) => `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const read = (page: string) => entriesOf(extractOrThrow(pageRecord(page, { url: URL })));
const pageOf = (page: string) => read(page).find((e) => e.origin === 'page')!;
const relatedOf = (page: string) => read(page).filter((e) => e.origin === 'related');
const ps = (lines: readonly string[]) => lines.map((p) => `<p>${p}</p>`).join('');

const QUESTION = '膝盖上下楼梯疼是怎么回事';
const ANSWER = ['上下楼梯时膝盖疼痛多与髌骨软化或半月板损伤有关，平时要避免爬山、深蹲等动作。', '疼痛持续两周以上或者伴有肿胀，建议到骨科就诊，必要时做核磁共振检查。'];
const OWN = { name: '韩立新', title: '副主任医师', hospital: '东港市中心医院', department: '骨科' };

describe('the answering doctor’s card beside a block of other doctors (相关医生) is the page’s, theirs never', () => {
  const ownCard = `<div class="dr-box"><div class="hd">回答医生</div><div><span>${OWN.name}</span><span>${OWN.title}</span></div><div><span>${OWN.hospital}</span><span>${OWN.department}</span></div><div>1024个回答</div></div>`;
  const others = (head: string) => `<div class="more-dr"><div class="hd">${head}</div><ul><li><p><b>周建华</b> 主任医师</p><p>南岭大学附属医院 内科</p></li><li><p><b>孙晓梅</b> 医师</p><p>南岭大学附属医院 儿科</p></li></ul></div>`;
  const main = `<div class="content"><h1>${QUESTION}</h1><div>发布时间：2021.04.12</div>${ps(ANSWER)}</div>`;

  it('the 回答医生 card is read, whichever column the markup puts first', () => {
    for (const body of [`${main}<div class="side">${ownCard}${others('相关医生')}</div>`, `<div class="side">${ownCard}${others('推荐医生')}</div>${main}`]) {
      const own = pageOf(html(`${QUESTION}-健康问答`, body));
      expect(own.doctor).toEqual({ ...OWN, hospital_grade: null });
      expect(own.answer_paragraphs).toEqual(ANSWER);
      expect(own.flags).not.toContain('unsure_reading');
    }
  });

  it('with only other doctors beside the answer, none of them is taken for the answerer, and the entry says it doubts', () => {
    const own = pageOf(html(`${QUESTION}-健康问答`, `${main}<div class="side">${others('相关医生')}</div>`));
    expect(own.doctor.name).not.toBe('周建华');
    expect(own.doctor.name).not.toBe('孙晓梅');
    expect(own.flags).toContain('unsure_reading');
  });
});

describe('a related item’s format chip and its day, each in an element of their own run into its doctor’s byline', () => {
  const item = (n: number, q: string, foot: string) =>
    `<div class="rel"><a href="/qa/5${n}.html">${q}</a><p>${q}多与劳损有关，建议减少负重活动，疼痛明显时及时到医院就诊检查。</p><div class="ft">${foot}</div></div>`;
  const page = (items: string) => html(`${QUESTION}-健康问答`, `<h1>${QUESTION}</h1><div><span>${OWN.name}</span> <span>${OWN.title}</span> <span>${OWN.hospital} ${OWN.department}</span></div>${ps(ANSWER)}<div>2021-04-12</div><h3>相关问题</h3>${items}`);

  it('`<span>语音</span><span>name title</span>` gives the item’s format', () => {
    const related = relatedOf(page([item(1, '膝盖弹响是什么原因', '<span>语音</span><span>崔明 医师</span>'), item(2, '半月板损伤怎么治疗', '<span>图文</span><span>许兰 主治医师</span>'), item(3, '髌骨软化能自愈吗', '<span>视频</span><span>孔文 医师</span>')].join('')));
    expect(related.map((e) => e.format)).toEqual(['voice', 'text', 'video']);
    expect(related.every((e) => !e.answer_paragraphs.join('').includes('医师'))).toBe(true);
  });

  it('`<span>name title</span><span>2020-10-20</span>` dates the item', () => {
    const related = relatedOf(page([item(1, '膝盖弹响是什么原因', '<span>文杰 医师</span><span>2020-10-20</span>'), item(2, '半月板损伤怎么治疗', '<span>高勇 主任医师</span><span>2021-01-05</span>')].join('')));
    expect(related.map((e) => e.date)).toEqual(['2020-10-20', '2021-01-05']);
  });
});

describe('doctors’ answers listed alike, none marked as the asker’s pick: the first shown is the page’s', () => {
  const answer = (cls: string, name: string, title: string, place: string, body: string, day: string) =>
    `<div class="${cls}"><div class="who"><a href="/dr/1.html">${name}</a><span>${title}</span><p>${place}</p></div><div class="txt">${body}</div><div class="ft"><span>${day}</span><span>有帮助(3)</span></div></div>`;
  const second = (head: string) => answer('reply', '史玉', '医师', '临江市人民医院 骨科', `${head}<p>建议注意休息，少走楼梯，必要时在医生指导下用药。</p>`, '2023-03-27 19:14');
  const page = (first: string, then: string) => html(`${QUESTION}-问医生`, `<h1>${QUESTION}</h1><div class="replies"><div>医生回答（2）</div>${first}${then}</div>`);
  const first = answer('reply', OWN.name, OWN.title, `${OWN.hospital} ${OWN.department}`, ps(ANSWER), '2023-03-25 18:49');

  it('the first answer, its card and its day; the second’s player and day none of it; not doubted', () => {
    const own = pageOf(page(first, second('<div class="voice">语音 58″</div>')));
    expect(own.doctor.name).toBe(OWN.name);
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.date).toBe('2023-03-25');
    expect(own.format).toBe('unknown');
    expect(own.flags).not.toContain('unsure_reading');
  });

  it('a teaser of another doctor’s answer after the shared one (the same template, a class more) is none of it', () => {
    const teaser = answer('reply reply-teaser', '顾文', '主治医师', '南岭大学附属医院 普外科', '<p>建议注意休息，多喝水，清淡饮食。</p><a href="app://open">打开 App 查看完整回答</a>', '2023-03-26 10:00');
    const own = pageOf(page(first, teaser));
    expect(own.doctor.name).toBe(OWN.name);
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.flags).not.toContain('unsure_reading');
  });

  it('where the second is marked 最佳答案, the marked one is read', () => {
    const own = pageOf(page(first, second('<span class="mark">最佳答案</span>')));
    expect(own.doctor.name).toBe('史玉');
    expect(own.answer_paragraphs).toEqual(['建议注意休息，少走楼梯，必要时在医生指导下用药。']);
  });
});

describe('a day without its year run into a counter under the answer is meta, none of the answer', () => {
  const card = `<div><span>${OWN.name}</span> <span>${OWN.title}</span> <span>${OWN.hospital} ${OWN.department}</span></div>`;
  it('`<span>编辑于 05-16</span><span>522 人觉得有用</span>` and `<span>07-10 22:35</span><span>有帮助(20)</span>`', () => {
    for (const foot of ['<span>编辑于 05-16</span><span>522 人觉得有用</span>', '<span>编辑于 5月6日</span><span>756 人觉得有用</span>', '<span>07-10 22:35</span><span>有帮助(20)</span>']) {
      const own = pageOf(html(`${QUESTION}-问医生`, `<h1>${QUESTION}</h1>${card}<div class="txt">${ps(ANSWER)}</div><div class="ft">${foot}</div>`));
      expect(own.answer_paragraphs).toEqual(ANSWER);
      expect(own.date).toBeNull();
      expect(own.flags).not.toContain('unsure_reading');
    }
  });
});

describe('the site’s footer after an answer with no related list is none of it', () => {
  it('`电脑版 | 触屏版` and `某网 版权所有`', () => {
    const card = `<div><b>${OWN.name}</b> ${OWN.title}</div><div>${OWN.hospital} ${OWN.department}</div>`;
    const own = pageOf(html(`${QUESTION}-问医生`, `<h1>${QUESTION}</h1>${card}<div>${ANSWER.join('<br>')}</div><p>回复时间：2020-03-05 12:51:02</p><div class="foot"><a href="/">电脑版</a> | <span>触屏版</span><p>问医网 版权所有</p></div>`));
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.date).toBe('2020-03-05');
    expect(own.flags).not.toContain('boilerplate');
  });
});
