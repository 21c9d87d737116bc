import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { isCheckInRow } from '../src/extract/words/check-in-row.js';
import { isMemberByline } from '../src/extract/layouts/member-answer.js';
import { showsCardFigure } from '../src/extract/words/product-card.js';

/**
 * The genre reader on vertical health apps' Q&A answered by registered professionals: widgets, section heads, members' answers, items' likes.
 * What fresh-65 (vertical health apps' Q&A answered by registered professionals: 薄荷健康, 糖护士, Keep, 丁香妈妈, 美柚) taught the genre reader.
 */

const html = (title: string, body: string) => `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const entries = (page: string) => entriesOf(extractOrThrow(pageRecord(page, { url: 'saved-page.html' })));
const pageOf = (page: string) => entries(page).find((e) => e.origin === 'page')!;
const itemsOf = (page: string) => entries(page).filter((e) => e.origin === 'related');

const QUESTION = '孕妇口渴是怎么回事';
const ANSWER = ['孕妇口渴常见的原因有以下几种：', '1.与妊娠期糖尿病有关，需要在医生指导下监测血糖，饮食以清淡为主。', '2.天气炎热、出汗多时，要注意多喝温水，症状加重时要及时复诊。'];
const paras = (lines: readonly string[]) => lines.map((l) => `<p>${l}</p>`).join('');
const card = (title: string, unit: string) => `<div class="pro"><b>郝红</b> <span>${title}</span><p>${unit}</p></div>`;
const RELATED = `<div class="rel"><h3>相关问答</h3><ul><li><a href="/wenda/1.html">孕妇口干舌燥怎么办</a><p>口干舌燥多与饮水不足有关，注意多喝温水，一般几天就能缓解。</p></li><li><a href="/wenda/2.html">妊娠期糖尿病吃什么好</a><p>妊娠期糖尿病要控制总热量，少食多餐，按时监测血糖。</p></li></ul></div>`;

describe('an app’s widgets beside the professional’s answer are none of it', () => {
  it('passes over a diet app’s food card (its name over 热量 N 大卡/100克) beside the answer', () => {
    const food = `<div class="food-card"><p>燕麦片</p><p>热量 <b>377</b> 大卡/100克</p><a href="/shiwu/1">查看营养成分</a></div><button>记录饮食</button>`;
    const page = pageOf(html(QUESTION, `<h1>${QUESTION}</h1>${card('注册营养技师', '江州市人民医院 临床营养科')}<div class="answer">${paras(ANSWER)}</div><p>回答于 2023-05-06</p>${food}${RELATED}`));
    expect(page.answer_paragraphs).toEqual(ANSWER);
    expect(page.doctor.title).toBe('注册营养技师');
    expect(page.date).toBe('2023-05-06');
  });

  it('keeps a line of the answer that gives a food’s energy in a sentence (no card)', () => {
    const said = '燕麦片热量 377 大卡/100克，早餐吃40克左右即可。';
    const page = pageOf(html(QUESTION, `<h1>${QUESTION}</h1>${card('临床营养师', '江州市人民医院 营养科')}<div class="answer">${paras([...ANSWER, said])}</div><p>回答于 2023-05-06</p>${RELATED}`));
    expect(page.answer_paragraphs).toEqual([...ANSWER, said]);
    expect(showsCardFigure(said)).toBe(true);
  });

  it('drops the check-in row and ends the answer at the members’ answers (糖友回答), whose days date nothing', () => {
    const body =
      `<h1>${QUESTION}</h1><div class="pro-answer">${card('糖尿病专科护士', '江州市人民医院 内分泌科')}<div>${paras(ANSWER)}</div><div>回答时间：05-06 15:00</div></div>` +
      `<div class="punch">今日控糖打卡 <b>+5积分</b> 已有1624位糖友打卡</div>` +
      `<div class="user-answers"><h4>糖友回答</h4><div><span>糖友456e</span> <span>糖龄14年</span><p>我家也是，过了一阵子自己就好了。</p><span>2022-10-28</span></div></div>${RELATED}`;
    const page = pageOf(html(QUESTION, body));
    expect(page.answer_paragraphs).toEqual(ANSWER);
    expect(page.doctor.title).toBe('糖尿病专科护士');
    // The professional's day prints no year: none is read, and the member's is not taken for it.
    expect(page.date).toBeNull();
  });

  it('tells a check-in row from a member’s sentence about checking in', () => {
    expect(isCheckInRow('今日控糖打卡 +5积分 已有1624位糖友打卡')).toBe(true);
    expect(isCheckInRow('已连续打卡 12 天')).toBe(true);
    expect(isCheckInRow('坚持打卡一个月，血糖平稳多了。')).toBe(false);
    expect(isCheckInRow('每天打卡记录血糖')).toBe(false);
  });

  it('passes over a fitness app’s course card in the answer’s block, and still dates the answer by the day under it', () => {
    const course = `<div class="course-card"><p>肩颈放松拉伸 K2</p><p>9分钟 · 2.9万人练过</p><a href="/course/4a">参加训练</a></div>`;
    const page = pageOf(
      html(QUESTION, `<h1>${QUESTION}</h1><div>${card('主管治疗师', '江州市人民医院 康复医学科')}<div>${paras(ANSWER)}</div>${course}<div><span>发布于 2023年1月2日</span><span>点赞 467</span></div></div>${RELATED}`),
    );
    expect(page.answer_paragraphs).toEqual(ANSWER);
    expect(page.doctor.title).toBe('主管治疗师');
    expect(page.date).toBe('2023-01-02');
  });
});

describe('an answer’s section heads on lines of their own are its paragraphs', () => {
  it('keeps a head worded like a label (康复建议：) between two of the answer’s lines, and 原因分析 as its first', () => {
    const lines = ['原因分析', ANSWER[0]!, '康复建议：', ...ANSWER.slice(1)];
    const body = `<h1>${QUESTION}</h1>${card('康复治疗师', '江州市人民医院 康复医学科')}<div class="answer"><h3><strong>原因分析</strong></h3><p>${ANSWER[0]}</p><p><strong>康复建议：</strong></p>${paras(ANSWER.slice(1))}</div><p>发布于 2023-05-06</p>${RELATED}`;
    expect(pageOf(html(QUESTION, body)).answer_paragraphs).toEqual(lines);
  });
});

describe('members’ answers below the professional’s on a mother-and-baby app', () => {
  it('ends the answer at a nickname run into her stage badge (西瓜太甜宝宝1岁)', () => {
    const body =
      `<h1>${QUESTION}</h1><div class="answer-item"><div>专业回答</div>${card('主治医师', '江州市人民医院 妇产科')}<div>${paras(ANSWER)}</div><div><span>7月31日</span> <span>有用 443</span></div></div>` +
      `<div class="answer-item"><div><span>西瓜太甜</span><span>宝宝1岁</span></div><p>蹲一个后续。</p><div><span>2022-08-19</span> <span>有用 0</span></div></div>${RELATED}`;
    const page = pageOf(html(QUESTION, body));
    expect(page.answer_paragraphs).toEqual(ANSWER);
    expect(page.date).toBeNull();
  });

  it('takes no line of an answer that names an age with more words for a byline', () => {
    expect(isMemberByline('西瓜太甜宝宝1岁')).toBe(true);
    expect(isMemberByline('一般建议等宝宝1岁以后再添加')).toBe(false);
    expect(isMemberByline('建议宝宝1岁后复查')).toBe(false);
  });
});

describe('a related item’s likes', () => {
  it('reads `63 赞` as the item’s count, no snippet: a linked question with only its likes is no entry', () => {
    const rel = `<div class="qa-related"><div>相关问答</div><a href="/qa/1"><h4>孕妇口干舌燥怎么办</h4><span>63 赞</span></a><a href="/qa/2"><h4>妊娠期糖尿病吃什么好</h4><span>48 赞</span></a></div>`;
    const page = html(QUESTION, `<h1>${QUESTION}</h1>${card('主管治疗师', '江州市人民医院 康复医学科')}<div>${paras(ANSWER)}</div><p>发布于 2023-05-06</p>${rel}`);
    expect(itemsOf(page).map((i) => i.answer_paragraphs)).toEqual([]);
    expect(pageOf(page).related_urls).toEqual(['/qa/1', '/qa/2']);
  });

  it('reads a news app’s `21小时前 108评` (its age and comments) as the item’s meta, no snippet: the items are the page’s related links', () => {
    const item = (n: number, q: string, age: string, comments: string) =>
      `<a href="https://news.example.com/articles/2022/${n}.html"><p>${q}</p><span>${age}</span><span>${comments}</span></a>`;
    const rel = `<section><h3>相关新闻</h3>${item(1, '孕妇口干舌燥怎么办', '21小时前', '108评')}${item(2, '妊娠期糖尿病吃什么好', '3小时前', '274评')}</section>`;
    const page = html(QUESTION, `<h1>${QUESTION}</h1>${card('主管治疗师', '江州市人民医院 康复医学科')}<div>${paras(ANSWER)}</div><p>发布于 2023-05-06</p>${rel}`);
    expect(itemsOf(page)).toEqual([]);
    expect(pageOf(page).related_urls).toEqual(['https://news.example.com/articles/2022/1.html', 'https://news.example.com/articles/2022/2.html']);
    expect(pageOf(page).flags).not.toContain('unsure_reading');
  });
});
