import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { parseCardParts } from '../src/extract/card/card-parts.js';

/**
 * An adversarial review of h/reader81a's rules (c802ec3): pages of the genre where a rule read something else than it was
 * written for. Each case either mends a silent misreading or guards a near one.
 */

const html = (title: string, body: string, head = '', lang = '') =>
  `<html${lang ? ` lang="${lang}"` : ''}><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;
const pageOf = (page: string) => entriesOf(extractOrThrow(pageRecord(page, { url: 'saved-page.html' }))).find((e) => e.origin === 'page');

const Q = '中年人心前區疼痛要做什麼檢查？';
const A = ['中年人心前區疼痛常見的原因有以下幾種：', '1.在受涼或勞累以後，症狀時輕時重，容易反復，症狀加重時要及時復診。', '平時要注意保持良好的生活習慣，按時復查。'];
const card = (title = '腸胃肝臟科專科醫生', hospital = '香港浸信會醫院', name = '董洋醫生') =>
  `<div class="author-card"><img src="/a.jpg" alt=""><div><p class="dr">${name}</p><p>${title}</p><p>${hospital}</p></div></div>`;
const column = (o: { headline?: string; day?: string; box?: string; boxAfter?: string; lang?: string; list?: string; ask?: string; before?: string; answer?: string[] } = {}) => {
  const answer = `<div class="answer"><p><strong>醫生答：</strong></p>${(o.answer ?? A).map((p) => `<p>${p}</p>`).join('\n')}</div>`;
  const headline = o.headline ?? '【醫師Easy】冠心病點算好？醫生拆解';
  return html(
    `${headline} | 香港01`,
    `<nav><a href="/">港聞</a> <a href="/channel/醫師Easy">醫師Easy</a></nav><article><h1>${headline}</h1>` +
      `<div class="byline">${o.day ?? '撰文：劉秀英　發佈日期：2023-03-06 10:04'}</div>${o.before ?? ''}<p class="lead">不少讀者來信查詢冠心病的問題，今次由醫生解答。</p>` +
      `<div class="ask"><p><strong>網友問：</strong>${o.ask ?? Q}</p><p>有沒有什麼好的辦法緩解？</p></div>${o.box ?? ''}\n${answer}\n${o.boxAfter ?? ''}</article>${o.list ?? ''}<footer>© 香港01</footer>`,
    '',
    o.lang ?? 'zh-HK',
  );
};

describe('a card of lines beside a `醫生答：` label (column-answer.ts): only a doctor’s, and their name as the box prints it', () => {
  it('takes no name off the rank under `{name}醫生` (`顧問專科醫生`, `註冊專科醫生` are no 顧問, 註冊 before a 專科醫生)', () => {
    for (const rank of ['顧問專科醫生', '註冊專科醫生', '資深專科醫生']) {
      const read = pageOf(column({ box: card(rank) }))!;
      expect(read.doctor.name).not.toBe(rank.slice(0, 2));
      expect(read.answer_paragraphs).toEqual(A);
    }
  });

  it('still reads the specialist’s card whose rank the genre knows (`兒科專科醫生`)', () => {
    expect(pageOf(column({ box: card('兒科專科醫生') }))!.doctor).toEqual({ name: '董洋', title: '專科醫生', department: '兒科', hospital: '香港浸信會醫院', hospital_grade: null });
  });

  it('takes no card from an ad’s box of short lines before the label (`養和醫院體檢中心` / `主任醫生推介` / `立即預約`)', () => {
    const read = pageOf(column({ box: '<div class="ad"><div><p>養和醫院體檢中心</p><p>主任醫生推介</p><p>立即預約</p></div></div>' }))!;
    expect(read.doctor.name).toBeNull();
    expect(read.doctor.hospital).toBeNull();
  });

  it('takes no nurse’s or pharmacist’s box before the label for the doctor’s card', () => {
    for (const [name, calling] of [['陳美玲', '註冊護士'], ['李明', '註冊藥劑師'], ['李明', '物理治療師']]) {
      const read = pageOf(column({ box: `<div class="staff"><div><p>${name}</p><p>${calling}</p><p>香港浸信會醫院</p></div></div>` }))!;
      expect(read.doctor.name).toBeNull();
      expect(read.flags).toContain('no_doctor');
    }
  });

  it('takes a Chinese medicine practitioner’s name off `{name}中醫師` whole (`陳大文中醫師` is 陳大文, no 陳大文中)', () => {
    const read = pageOf(column({ box: '<div class="cm"><div><p>陳大文中醫師</p><p>註冊中醫師</p><p>仁濟醫院</p></div></div>' }))!;
    expect(read.doctor.name).not.toBe('陳大文中');
  });

  it('takes no reviewer’s box for the answerer’s card (`陳大文醫生` / `兒科專科醫生` / `審稿`)', () => {
    const read = pageOf(column({ box: '<div class="rv"><div><p>陳大文醫生</p><p>兒科專科醫生</p><p>審稿</p></div></div>' }))!;
    expect(read.doctor.name).toBeNull();
  });

  it('reads the doctor’s own box before the label, not another doctor’s box after the answer', () => {
    const other = '<div class="more"><div><p>陳大文醫生</p><p>兒科專科醫生</p><p>養和醫院</p></div></div>';
    expect(pageOf(column({ box: card(), boxAfter: other }))!.doctor).toMatchObject({ name: '董洋', hospital: '香港浸信會醫院' });
  });
});

describe('a campus after a full-width dash (genre.ts CAMPUS_NAME): never a ward, which is the department', () => {
  it('reads a ward after the dash (`－心内一病区`, `－老年病区`) as the department, the hospital without it (`－特需诊区` too)', () => {
    for (const ward of ['心内一病区', '老年病区', '综合病区']) {
      expect(parseCardParts(['王芳 主任医师', `北岸市人民医院－${ward}`])).toMatchObject({ hospital: '北岸市人民医院', department: ward });
    }
    expect(parseCardParts(['王芳 主任医师', '北岸市人民医院－特需诊区']).hospital).toBe('北岸市人民医院');
  });

  it('keeps a campus (`－东院区`, `－司徒拔道`) part of the hospital', () => {
    expect(parseCardParts(['王芳 主任医师', '北岸市人民医院－东院区']).hospital).toBe('北岸市人民医院－东院区');
    expect(parseCardParts(['王芳 主任医师', '港安医院－司徒拔道']).hospital).toBe('港安医院－司徒拔道');
  });
});

describe('a hooked headline that asks (retitled-question.ts): it gives way only to a question a reader is shown asking', () => {
  const headline = '孩子总咳嗽怎么办？医生告诉你';
  const article = (text: string) =>
    html(`${headline}_健康频道`, `<article><h1>${headline}</h1><div class="info">发布时间：2023-03-06 10:04　来源：健康报</div>${text}<p>解答专家：王芳，北岸市儿童医院呼吸科主任医师</p></article>`);

  it('keeps the headline’s question over a `Q：` the article asks itself among the answer’s paragraphs', () => {
    const read = pageOf(article(`<p>孩子咳嗽首先要分清原因，感冒引起的咳嗽一般一周左右好转，持续两周以上要到医院检查。</p><p>Q：咳嗽能不能吃止咳糖浆？</p><p>不建议自行使用，要在医生指导下用药，以免掩盖病情，家长不要自行给孩子买药。</p>`))!;
    expect(read.question).not.toBe('咳嗽能不能吃止咳糖浆？');
  });

  it('reads a reader’s question under `读者问：` below it as the page’s', () => {
    const read = pageOf(article(`<p>读者问：我家孩子5岁，咳嗽两周了，晚上咳得厉害，怎么办？</p><p>答：咳嗽两周以上要到医院查明原因，晚上咳嗽加重要警惕咳嗽变异性哮喘，建议到呼吸科就诊。</p>`))!;
    expect(read.question).toBe('我家孩子5岁，咳嗽两周了，晚上咳得厉害，怎么办？');
  });
});

describe('a bare `医院：` row on a table-built consult page (message-board.ts): the replying doctor’s only in their card', () => {
  const QUESTION = '打喷嚏怎么办';
  const ANSWER = ['打喷嚏可能是以下原因引起：', '一、女性出现打喷嚏时，不要长期自行服用鼻喷激素，症状加重时要及时复诊。', '如果症状持续不缓解或者逐渐加重，应尽快到耳鼻喉科就诊。'];
  const rows = (rs: [string, string][]) => `<table class="zxxq">${rs.map(([k, v]) => `<tr><td class="lb">${k}：<td>${v}`).join('\n')}\n</table>`;
  const page = (rs: [string, string][]) => html(`${QUESTION}-在线咨询-北岸市妇女儿童医疗中心`, `<div>您的位置：首页 &gt; 在线咨询 &gt; 咨询详情</div>${rows(rs)}`);

  it('takes no hospital from the asker’s `医院` row (where they were seen) under a doctor named before the asker’s rows', () => {
    const read = pageOf(page([
      ['咨询标题', `<b>${QUESTION}</b>`], ['回复医生', '张建杰'], ['咨询人', '吴女士　咨询时间：2021-05-22'], ['咨询科室', '耳鼻喉科'],
      ['医院', '北岸市人民医院'], ['咨询内容', '请问需要做什么检查？'], ['回复内容', ANSWER.join('<br>\n')], ['回复时间', '2021-5-23 13:10:25'],
    ]));
    expect(read?.doctor.hospital ?? null).toBeNull();
  });
});
