import { describe, expect, it } from 'vitest';
import { findDate, readMetaLine } from '../src/extract/dates/page-meta.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on Chinese-language doctor Q&A of Taiwan, Hong Kong, Singapore and Malaysia: labelled tables, hospital boards, ROC days, newspaper columns.
 * What fresh-52 (Chinese-language doctor Q&A of Taiwan, Hong Kong, Singapore and Malaysia) taught the genre reader.
 */

const html = (title: string, body: string, lang = 'zh-TW') => `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const read = (page: string, url: string) => entriesOf(extractOrThrow(pageRecord(page, { url })));
const pageOf = (page: string, url: string) => read(page, url).find((e) => e.origin === 'page')!;
const ps = (lines: readonly string[]) => lines.map((p) => `<p>${p}</p>`).join('');

const TW_QUESTION = '晚上睡覺一直盜汗是什麼原因';
const TW_ANSWER = ['夜間盜汗常見於感染、甲狀腺功能亢進或更年期，也可能與室溫過高有關。', '若合併體重減輕或持續發燒，建議至家醫科門診抽血檢查。'];

describe('a portal’s consultation held in labelled rows of tables (主題, 回覆醫院, 回覆科別, 回覆醫師, 回覆日期, 回覆內容)', () => {
  const URL = 'https://consult.example.gov.tw/doctor/ShowDetail.php?q_no=20431';
  const item = (n: number, q: string, day: string) => `<tr><td>${n}</td><td><a href="/doctor/ShowDetail.php?q_no=${n}">${q}</a></td><td>${day}</td></tr>`;
  const page = (signOff: boolean) =>
    html(
      `健康諮詢網-醫療諮詢-${TW_QUESTION}`,
      `<div id="top"><img src="/logo.png" alt="健康諮詢網"></div>
<table class="ask"><tr><th>諮詢科別</th><td>家醫科</td></tr><tr><th>主題</th><td>${TW_QUESTION}</td></tr>
<tr><th>性別 / 年齡</th><td>女 / 46歲</td></tr><tr><th>提問日期</th><td>112/03/02</td></tr><tr><th>諮詢內容</th><td>最近晚上睡覺一直盜汗，衣服都濕了，請問需要看醫生嗎？</td></tr></table>
<table class="reply"><tr><th>回覆醫院</th><td>衛生福利部豐原醫院</td></tr><tr><th>回覆科別</th><td>家醫科</td></tr>
<tr><th>回覆醫師</th><td>林建宏 主治醫師</td></tr><tr><th>回覆日期</th><td>112/03/05</td></tr>
<tr><th>回覆內容</th><td>${ps(TW_ANSWER)}${signOff ? '<p>衛生福利部豐原醫院 家醫科 關心您</p>' : ''}</td></tr></table>
<p class="notice">※本網站之諮詢內容僅供參考，如有不適請儘速就醫。</p>
<h4>同科別其他諮詢</h4><table><tr><th>#</th><th>主題</th><th>回覆日期</th></tr>${item(20401, '更年期熱潮紅怎麼辦', '111/12/20')}${item(20388, '甲狀腺亢進會盜汗嗎？', '111/11/02')}</table>`,
    );

  it('the 主題 is the question, the reply rows the card, the 回覆日期 (a 民國 day) the date, not the day asked', () => {
    const own = pageOf(page(false), URL);
    expect(own.question).toBe(TW_QUESTION);
    expect(own.doctor).toEqual({ name: '林建宏', title: '主治醫師', department: '家醫科', hospital: '衛生福利部豐原醫院', hospital_grade: null });
    expect(own.answer_paragraphs).toEqual(TW_ANSWER);
    expect(own.date).toBe('2023-03-05');
    expect(own.flags).not.toContain('unsure_reading');
    // The site's notice under the record is its disclaimer.
    expect(own.has_disclaimer).toBe(true);
  });

  it('a sign-off from the card’s hospital and department (`… 關心您`) is none of the answer', () => {
    expect(pageOf(page(true), URL).answer_paragraphs).toEqual(TW_ANSWER);
  });

  it('the department’s other consultations are the related links, in order', () => {
    expect(pageOf(page(false), URL).related_urls).toEqual(['https://consult.example.gov.tw/doctor/ShowDetail.php?q_no=20401', 'https://consult.example.gov.tw/doctor/ShowDetail.php?q_no=20388']);
  });
});

describe('a hospital’s own board (主旨, 回覆, 回覆者 + 回覆時間): the hospital is the site’s', () => {
  const URL = 'https://www.hospital.example.org.tw/consult/detail.php?id=8812';
  const page = (badge: string, footer = '仁愛紀念醫院 版權所有 地址：臺中市西區') =>
    html(
      `網路諮詢 - ${TW_QUESTION} - 仁愛紀念醫院`,
      `<div id="masthead"><a href="/"><img src="/logo.png" alt="仁愛紀念醫院"></a> ${badge}<ul><li><a href="/reg/">網路掛號</a></li></ul></div>
<table class="board"><tr><th>主旨</th><td colspan="3">${TW_QUESTION}</td></tr>
<tr><th>發問者</th><td>陳**</td><th>發問時間</th><td>112-03-01 09:12</td></tr>
<tr><th>內容</th><td colspan="3">最近晚上睡覺一直盜汗，請問需要看診嗎？</td></tr>
<tr><th>回覆</th><td colspan="3">${TW_ANSWER.join('<br>')}</td></tr>
<tr><th>回覆者</th><td>家醫科 黃美玲 科主任</td><th>回覆時間</th><td>112-03-04 16:40</td></tr></table>
<div id="footer">${footer}</div>`,
    );

  it('the card is the 回覆者 row and the site’s hospital; its date the 回覆時間’s 民國 day, dashes and all', () => {
    const own = pageOf(page(''), URL);
    expect(own.question).toBe(TW_QUESTION);
    expect(own.doctor).toEqual({ name: '黃美玲', title: '科主任', department: '家醫科', hospital: '仁愛紀念醫院', hospital_grade: null });
    expect(own.answer_paragraphs).toEqual(TW_ANSWER);
    expect(own.date).toBe('2023-03-04');
  });

  it('the masthead’s level badge (區域醫院) is the grade', () => {
    expect(pageOf(page('<span class="level">區域醫院</span>'), URL).doctor.hospital_grade).toBe('區域醫院');
  });

  it('a board whose site names no hospital leaves the hospital out, flagged', () => {
    // Neither its footer nor its logo's alt (a logo whose alt names the site is its masthead naming it: site-hospital.ts's
    // logoNamesSite, read on this folded page since the alt is folded too), only the <title>.
    const own = pageOf(page('', '版權所有 地址：臺中市西區').replace('alt="仁愛紀念醫院"', 'alt=""'), URL);
    expect(own.doctor.hospital).toBeNull();
    expect(own.flags).toContain('unsure_reading');
  });
});

describe('Taiwan’s cards: a bare 醫師 after the name gives way to the rank, 醫院層級 is the grade', () => {
  const URL = 'https://www.health.example.com.tw/doctor/qa/detail.html?qid=5521';
  const page = (job: string, level: string) =>
    html(
      `${TW_QUESTION} - 醫生諮詢`,
      `<table><tr><td><b>${TW_QUESTION}</b></td></tr><tr><td><table><tr><td rowspan="3"><img src="/photo/1.jpg" width="80"></td><td><b><a href="/d/1">蔡佩君</a> 醫師</b></td></tr>
<tr><td>現職：${job}</td></tr><tr><td>${level}</td></tr></table></td></tr>
<tr><td>${TW_ANSWER.join('<br>')}</td></tr><tr><td>回覆日期：2023/3/5</td></tr></table>`,
    );

  it('the 現職 line gives hospital, department and title; the 醫院層級 line the grade', () => {
    const own = pageOf(page('臺中榮民總醫院胃腸肝膽科主治醫師', '醫院層級：醫學中心'), URL);
    expect(own.doctor).toEqual({ name: '蔡佩君', title: '主治醫師', department: '胃腸肝膽科', hospital: '臺中榮民總醫院', hospital_grade: '醫學中心' });
    expect(own.flags).not.toContain('unsure_reading');
  });

  it('a head of department is 科主任 or 主任 as printed, the department before it', () => {
    expect(pageOf(page('臺中榮民總醫院小兒科科主任', ''), URL).doctor).toMatchObject({ title: '科主任', department: '小兒科' });
    expect(pageOf(page('臺中榮民總醫院神經內科主任', ''), URL).doctor).toMatchObject({ title: '主任', department: '神經內科' });
  });

  it('a post that runs on into another word is no title (主任团队, a 主任中医师 cut by markup)', () => {
    expect(pageOf(page('臺中榮民總醫院家醫科主任團隊成員', ''), URL).doctor.title).toBe('醫師');
  });

  it('no level printed (an empty row) is no grade, and no doubt', () => {
    const own = pageOf(page('臺中榮民總醫院家醫科主治醫師', ''), URL);
    expect(own.doctor.hospital_grade).toBeNull();
    expect(own.flags).not.toContain('unsure_reading');
  });

  it('a hospital named after its district (…地區醫院) is the hospital’s name, not a grade', () => {
    const own = pageOf(page('東港地區醫院家醫科主治醫師', ''), URL);
    expect(own.doctor).toMatchObject({ hospital: '東港地區醫院', hospital_grade: null });
  });
});

describe('days of the ROC calendar and of the region’s papers', () => {
  it('a 民國 year with dashes or slashes is the western year less 1911; a western year stays', () => {
    expect(findDate('112-05-06 14:22')).toBe('2023-05-06');
    expect(findDate('112/05/06')).toBe('2023-05-06');
    expect(findDate('2023-05-06 14:22')).toBe('2023-05-06');
  });

  it('the day asked (發問時間, folded 发问时间) dates the asking, not the answer', () => {
    expect(readMetaLine('发问时间：112-03-01 09:12').dates).toEqual([{ iso: '2023-03-01', kind: 'asked' }]);
  });
});

const SG_QUESTION = '孩子晚上磨牙要紧吗？';
const SG_ANSWER = ['磨牙多数与睡前兴奋或牙齿咬合有关，一般不需要特别处理。', '若伴有牙齿磨损或下巴疼痛，可以到牙科检查是否需要戴护牙套。'];

describe('a newspaper column: `答：` the answer’s label, the `答者：` byline its card', () => {
  const URL = 'https://www.daily.example.com.sg/lifestyle/health/story20230506-55120';
  const related = [20230211, 20221130].map((d, i) => `<li><a href="https://www.daily.example.com.sg/lifestyle/health/story${d}-5500${i}">${['孩子打鼾要看医生吗', '牙齿敏感怎么办？'][i]}</a><span>2023年2月11日</span></li>`).join('');
  const page = html(
    `${SG_QUESTION} | 健康`,
    `<div class="kicker">医生信箱</div><h1>${SG_QUESTION}</h1><div class="meta">发布/2023年5月6日 2:22 PM</div>
<div class="body"><p>问：孩子晚上磨牙，声音很大，要紧吗？（读者 林太太）</p><p><strong>答：</strong>${SG_ANSWER[0]}</p><p>${SG_ANSWER[1]}</p>
<p>答者：郑国伟医生（竹脚妇幼医院牙科高级顾问医生）</p></div><h2>相关文章</h2><ul>${related}</ul>`,
    'zh-SG',
  );

  it('the card is the byline’s: the name without 医生, hospital, department and title split', () => {
    const own = pageOf(page, URL);
    expect(own.question).toBe(SG_QUESTION);
    expect(own.doctor).toEqual({ name: '郑国伟', title: '高级顾问医生', department: '牙科', hospital: '竹脚妇幼医院', hospital_grade: null });
    expect(own.answer_paragraphs).toEqual(SG_ANSWER);
    expect(own.date).toBe('2023-05-06');
    expect(own.flags).not.toContain('unsure_reading');
  });

  it('the related articles made as the page’s own address are its related links', () => {
    expect(pageOf(page, URL).related_urls).toEqual(['https://www.daily.example.com.sg/lifestyle/health/story20230211-55000', 'https://www.daily.example.com.sg/lifestyle/health/story20221130-55001']);
  });
});

describe('a Hong Kong column: the author box before the text is the card, `醫生答：` a label', () => {
  const URL = 'https://health.paper.example.com.hk/column/30211';
  const answer = ['濕疹患者洗澡水溫不宜過高，洗後三分鐘內塗上保濕膏。', '如果皮膚滲液或反覆發炎，應盡早睇專科。'];
  const page = html(
    '濕疹反覆發作點處理？ - 醫生答問',
    `<h1>濕疹反覆發作點處理？</h1><div class="author"><span>撰文：</span><span>何家明醫生</span><br><span>伊利沙伯醫院皮膚科副顧問醫生</span></div>
<div class="date">16/5/2023 星期二</div><div class="content"><p>讀者問：小朋友濕疹成日反覆，點處理好？</p><p><strong>醫生答：</strong></p>${ps(answer)}
<p>（以上資料只供參考，如有疑問請向醫生查詢。）</p></div>`,
    'zh-HK',
  );

  it('name without 醫生; the day read day first; the asker’s words, the label and the remark none of the answer', () => {
    const own = pageOf(page, URL);
    expect(own.doctor).toEqual({ name: '何家明', title: '副顧問醫生', department: '皮膚科', hospital: '伊利沙伯醫院', hospital_grade: null });
    expect(own.answer_paragraphs).toEqual(answer);
    expect(own.date).toBe('2023-05-16');
  });
});

describe('a Malaysian mailbox: the column’s tag none of the question, `{name}医生答：` a label, the 关于医生 box the card', () => {
  const URL = 'https://www.news.example.com.my/news/20230506/health/88120';
  const answer = ['胃胀多与饮食过快、吃太多产气食物有关，可以少量多餐。', '若伴有体重下降或黑便，应尽快做胃镜检查。'];
  const page = html(
    '【医药信箱】饭后胃胀怎么办？',
    `<h1>【医药信箱】饭后胃胀怎么办？</h1><div class="meta">2023/05/06 14:22</div>
<div class="content"><p><strong>读者 阿芬（新山）问：</strong></p><p>每次吃完饭胃都很胀，怎么办？</p><p><strong>李文杰医生答：</strong></p>
<p>${answer[0]}</p><div class="ad"><span>广告</span><div id="slot-1"></div></div><p>${answer[1]}</p></div>
<div class="about"><h4>关于医生</h4><p>姓名：李文杰</p><p>职称：资深顾问医生</p><p>医院：槟城中央医院</p><p>科别：肠胃肝脏科</p></div>`,
    'zh-MY',
  );

  it('question, card, answer and date as a reader would write them down', () => {
    const own = pageOf(page, URL);
    expect(own.question).toBe('饭后胃胀怎么办？');
    expect(own.doctor).toEqual({ name: '李文杰', title: '资深顾问医生', department: '肠胃肝脏科', hospital: '槟城中央医院', hospital_grade: null });
    expect(own.answer_paragraphs).toEqual(answer);
    expect(own.date).toBe('2023-05-06');
  });
});
