import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { parseCardParts } from '../src/extract/card/card-parts.js';
import { isRelatedLabel } from '../src/extract/words/genre.js';

/**
 * What fresh-81 (a women's and children's hospital's 在线咨询 on an old PHP CMS of tables, a Hong Kong portal's health column in
 * traditional characters) taught the genre reader.
 */

const html = (title: string, body: string, head = '', lang = '') =>
  `<html${lang ? ` lang="${lang}"` : ''}><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;
const pageOf = (page: string) => entriesOf(extractOrThrow(pageRecord(page, { url: 'saved-page.html' }))).find((e) => e.origin === 'page');

const QUESTION = '打喷嚏怎么办';
const ANSWER = ['打喷嚏可能是以下原因引起：', '一、女性出现打喷嚏时，不要长期自行服用鼻喷激素，症状加重时要及时复诊。', '如果症状持续不缓解或者逐渐加重，应尽快到耳鼻喉科就诊。'];

describe('a hospital’s own 在线咨询 as rows of cells: the replying doctor’s 职称, 科室 and 医院 rows are the card', () => {
  // Rows and cells left unclosed, as old PHP templates print them.
  const rows = (rs: [string, string][]) => `<table class="zxxq">${rs.map(([k, v]) => `<tr><td class="lb">${k}：<td>${v}`).join('\n')}\n</table>`;
  const asker: [string, string][] = [
    ['咨询标题', `<b>${QUESTION}</b>`],
    ['咨询人', '吴女士　咨询时间：2021-05-22'],
    ['咨询科室', '耳鼻喉科'],
    ['咨询内容', '请问需要做什么检查？'],
  ];
  const card = (hospital: string): [string, string][] => [['回复医生', '张建杰'], ['职称', '主治医师'], ['科室', '耳鼻喉科'], ['医院', hospital]];
  const reply: [string, string][] = [['回复内容', ANSWER.join('<br>\n')], ['回复时间', '2021-5-23 13:10:25']];
  const page = (rs: [string, string][]) => html(`${QUESTION}-在线咨询-北岸市妇女儿童医疗中心`, `<div>您的位置：首页 &gt; 在线咨询 &gt; 咨询详情</div>${rows(rs)}`);

  it('reads the doctor, their hospital, the reply’s text and its day', () => {
    const read = pageOf(page([...asker, ...card('北岸市妇女儿童医疗中心'), ...reply]))!;
    expect(read.question).toBe(QUESTION);
    expect(read.doctor).toEqual({ name: '张建杰', title: '主治医师', department: '耳鼻喉科', hospital: '北岸市妇女儿童医疗中心', hospital_grade: null });
    expect(read.answer_paragraphs).toEqual(ANSWER);
    expect(read.date).toBe('2021-05-23');
    expect(read.flags).not.toContain('unsure_reading');
  });

  it('passes over a triage nurse’s row forwarding the question before the doctor’s, and its time', () => {
    const nurse: [string, string] = ['导医护士', '已转交耳鼻喉科医生回复，请耐心等待。<span>2021-5-22 09:43:20</span>'];
    const read = pageOf(page([...asker, nurse, ...card('北岸市妇女儿童医疗中心'), ...reply]))!;
    expect(read.answer_paragraphs).toEqual(ANSWER);
    expect(read.doctor).toMatchObject({ name: '张建杰', hospital: '北岸市妇女儿童医疗中心' });
    expect(read.date).toBe('2021-05-23');
  });

  it('takes no hospital from a 医院 row that is none of the replying doctor’s card (the asker’s, before the doctor’s row)', () => {
    const read = pageOf(page([...asker, ['医院', '北岸市人民医院'], ['回复医生', '张建杰'], ['职称', '主治医师'], ['科室', '耳鼻喉科'], ...reply]));
    expect(read?.doctor.hospital ?? null).toBeNull();
  });

  it('reads no hospital from a 医院 row that names none', () => {
    const read = pageOf(page([...asker, ...card('本院'), ...reply]));
    expect(read?.doctor.hospital ?? null).toBeNull();
  });
});

describe('a Hong Kong portal’s health column: a reader’s question under a hooked headline, a card of lines, a byline’s day, 醫生答問', () => {
  const Q = '中年人心前區疼痛要做什麼檢查？';
  const A = ['中年人心前區疼痛常見的原因有以下幾種：', '1.在受涼或勞累以後，症狀時輕時重，容易反復，症狀加重時要及時復診。', '平時要注意保持良好的生活習慣，按時復查。'];
  const card = (title = '腸胃肝臟科專科醫生', hospital = '香港浸信會醫院') =>
    `<div class="author-card"><img src="/a.jpg" alt=""><div><p class="dr">董洋醫生</p><p>${title}</p><p>${hospital}</p></div></div>`;
  const column = (o: { headline?: string; day?: string; cardAfter?: boolean; title?: string; hospital?: string; lang?: string; list?: string; ask?: string } = {}) => {
    const answer = `<div class="answer"><p><strong>醫生答：</strong></p>${A.map((p) => `<p>${p}</p>`).join('\n')}</div>`;
    const c = card(o.title, o.hospital);
    const headline = o.headline ?? '【醫師Easy】冠心病點算好？醫生拆解';
    return html(
      `${headline} | 香港01`,
      `<nav><a href="/">港聞</a> <a href="/channel/醫師Easy">醫師Easy</a></nav><article><h1>${headline}</h1>` +
        `<div class="byline">撰文：劉秀英　發佈日期：${o.day ?? '2023-03-06 10:04'}</div><p class="lead">不少讀者來信查詢冠心病的問題，今次由醫生解答。</p>` +
        `<div class="ask"><p><strong>網友問：</strong>${o.ask ?? Q}</p><p>有沒有什麼好的辦法緩解？</p></div>${o.cardAfter ? `${answer}\n${c}` : `${c}\n${answer}`}</article>${o.list ?? ''}<footer>© 香港01</footer>`,
      '',
      o.lang ?? 'zh-HK',
    );
  };

  it('reads the reader’s question under `網友問：`, not the headline promising a doctor’s answer (`…點算好？醫生拆解`)', () => {
    expect(pageOf(column())!.question).toBe(Q);
  });

  it('keeps a headline that asks with no hook after it as the question over a reader’s labelled one', () => {
    expect(pageOf(column({ headline: '冠心病點算好？' }))!.question).toBe('冠心病點算好？');
  });

  it('reads the card of lines before the answer’s label or after the answer: `{name}醫生`, the specialist’s calling, the hospital', () => {
    for (const cardAfter of [false, true]) {
      const read = pageOf(column({ cardAfter }))!;
      expect(read.doctor).toEqual({ name: '董洋', title: '專科醫生', department: '腸胃肝臟科', hospital: '香港浸信會醫院', hospital_grade: null });
      expect(read.answer_paragraphs).toEqual(A);
      expect(read.flags).not.toContain('no_doctor');
    }
  });

  it('reads `兒科專科醫生` on a page declaring Hong Kong as a 專科醫生 in 兒科, and `私人執業` as no hospital', () => {
    expect(pageOf(column({ title: '兒科專科醫生', hospital: '私人執業' }))!.doctor).toEqual({ name: '董洋', title: '專科醫生', department: '兒科', hospital: null, hospital_grade: null });
  });

  it('keeps `内科专科医生` whole on a page that declares no such region', () => {
    const read = pageOf(column({ title: '內科專科醫生', lang: 'zh-Hant' }))!;
    expect(read.doctor.title).toBe('內科專科醫生');
    expect(read.doctor.department).toBeNull();
  });

  it('keeps a hospital’s campus after a full-width dash (`港安醫院－司徒拔道`) as part of its name', () => {
    expect(pageOf(column({ hospital: '港安醫院－司徒拔道' }))!.doctor.hospital).toBe('港安醫院－司徒拔道');
  });

  it('takes no dash-led department for a campus (`某医院－心内科` is the hospital and its department)', () => {
    expect(parseCardParts(['王芳 主任医师', '北岸市人民医院－心内科'])).toMatchObject({ hospital: '北岸市人民医院', department: '心内科' });
  });

  it('takes no box of lines naming no doctor’s title for the card (an editor’s box after the answer)', () => {
    const page = column({ cardAfter: true }).replace(/<div class="author-card">.*?<\/div><\/div>/u, '<div class="editor"><div><p>劉秀英</p><p>香港01記者</p></div></div>');
    expect(pageOf(page)!.doctor.name).toBeNull();
  });

  it('dates the answer by the byline’s 發佈日期 after the editor’s credit, not by the later 最後更新日期', () => {
    expect(pageOf(column())!.date).toBe('2023-03-06');
    expect(pageOf(column({ day: '2023年3月6日　最後更新日期：2023-03-09 10:04' }))!.date).toBe('2023-03-06');
  });

  it('leaves a byline’s `6/3/2023` unread and doubted where no day of the page settles its order, whatever region the page declares', () => {
    const read = pageOf(column({ day: '6/3/2023' }))!;
    expect(read.date).toBeNull();
    expect(read.flags).toContain('unsure_reading');
  });

  it('reads the questions linked under `醫生答問` after the answer as its related list', () => {
    const list = `<section><h2>延伸閱讀</h2><ul><li><a href="/article/661907">流感高峰期將至　醫生教你分辨流感與感冒</a></li></ul></section>` +
      `<section><h2>醫生答問</h2><ul><li><a href="/article/136781">寶寶心慌掛什麼科</a></li><li><a href="/article/136769">年輕人心前區疼痛是什麼原因引起的</a></li><li><a href="/article/136802">經期心慌胸悶是怎麼回事</a></li></ul></section>`;
    const extraction = extractOrThrow(pageRecord(column({ list }), { url: 'saved-page.html' }));
    const page = entriesOf(extraction).find((e) => e.origin === 'page')!;
    expect(page.related_urls).toEqual(['/article/136781', '/article/136769', '/article/136802']);
    expect(page.flags).not.toContain('unsure_reading');
  });

  it('takes 醫生答問 as a list’s label only alone, never a question worded so', () => {
    expect(isRelatedLabel('医生答问')).toBe(true);
    expect(isRelatedLabel('医生答问要收费吗')).toBe(false);
  });
});
