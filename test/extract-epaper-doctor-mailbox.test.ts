import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { bracketedCredit } from '../src/extract/card/credit-sentence.js';

/**
 * A paper's 醫生信箱 column on its Founder e-paper page (traditional): the issue's day in the masthead beside the page's
 * lettered number (`B10版：健康`), a headline filing the topic under the column's name, the reader's `讀者…問：`, a bare `答：`
 * glued to the first paragraph and the doctor's credit in brackets closing the text.
 */

const A = ['咳痰常見的原因有以下幾種：', '1.往往是支氣管受到刺激，多數在5到10天內逐漸緩解，症狀加重時要及時復診。', '平時要注意保持良好的生活習慣，按時復查。'];

const page = (o: { edition?: string; headline?: string; credit?: string } = {}) =>
  `<html lang="zh-Hant"><head><meta charset="utf-8"><title>${o.headline ?? '醫生信箱｜支氣管炎'} - 澳門日報</title></head><body>
<div class="masthead"><img src="logo.gif" alt="澳門日報"><span class="date">2021年08月08日 星期日</span><a href="index.htm">首頁</a> <a href="node_8.htm">版面導航</a></div>
<table><tr><td valign="top">
<div class="bmnav"><span>${o.edition ?? 'B10版：健康'}</span> <a href="node_15.htm">上一版</a> <a href="node_55.htm">下一版</a></div>
<div class="bmlist"><h4>本版其他文章</h4><ul><li><a href="content_1.htm">夏季運動要防中暑</a></li><li><a href="content_2.htm">長者防跌小貼士</a></li></ul></div>
</td><td valign="top">
<h2 class="title">${o.headline ?? '醫生信箱｜支氣管炎'}</h2>
<div id="ozoom">
<p>　　<b>讀者楊女士問：</b>咳痰怎麼辦</p>
<p>　　去社區醫院看過，吃了藥也不見好。</p>
${A.map((p, i) => `<p>　　${i === 0 ? '<b>答：</b>' : ''}${p}</p>`).join('\n')}
<p style="text-align:right">${o.credit ?? '（仁伯爵綜合醫院兒童保健科主治醫生 傅平）'}</p>
</div>
<div class="pn"><a href="content_3.htm">上一篇</a>　<a href="content_4.htm">下一篇</a></div>
</td></tr></table>
<div class="copyright">澳門日報 版權所有</div>
</body></html>`;
const pageOf = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'saved-page.html' }))).find((e) => e.origin === 'page')!;

describe('an e-paper’s 醫生信箱: the issue’s day, the reader’s question under a filed headline, the credit in brackets', () => {
  it('reads the reader’s question, the answer without its `答：` or the credit, the credit’s card and the issue’s day', () => {
    const read = pageOf(page());
    expect(read.question).toBe('咳痰怎麼辦');
    expect(read.answer_paragraphs).toEqual(A);
    expect(read.doctor).toEqual({ name: '傅平', title: '主治醫生', department: '兒童保健科', hospital: '仁伯爵綜合醫院', hospital_grade: null });
    expect(read.date).toBe('2021-08-08');
    expect(read.flags).not.toContain('unsure_reading');
  });

  it('takes the masthead’s day for the issue’s only where the page prints its number in the issue', () => {
    expect(pageOf(page({ edition: '健康版' })).date).toBeNull();
    expect(pageOf(page({ edition: '第B10版：健康' })).date).toBe('2021-08-08');
  });

  it('reads a bracketed line as the credit only where it names a doctor with a title and a hospital', () => {
    // Folded to simplified, as the reader reads a traditional page.
    expect(bracketedCredit('（镜湖医院消化内科顾问医生 陈浩）')).toMatchObject({ name: '陈浩', title: '顾问医生', department: '消化内科', hospital: '镜湖医院' });
    expect(bracketedCredit('（本报记者 王芳）')).toBeNull();
    expect(bracketedCredit('（主治医生 王芳）')).toBeNull();
    expect(bracketedCredit('（以上资料只供参考，如有疑问请向医生查询）')).toBeNull();
  });

  it('never reads the reporter’s name as the doctor’s where the bracketed credit names the reporter too', () => {
    const read = pageOf(page({ credit: '（實習記者 李四 仁伯爵綜合醫院兒科主治醫生 傅平）' }));
    expect(read.doctor.name).toBe('傅平');
    expect(read.question).toBe('咳痰怎麼辦');
  });

  it('keeps a bracketed line naming no doctor in the answer', () => {
    const read = pageOf(page({ credit: '（詳情可向家庭醫生查詢）' }));
    expect(read.answer_paragraphs.at(-1)).toBe('（詳情可向家庭醫生查詢）');
  });
});

describe('a hospital’s own 健康问答 column signed in brackets: the grade its masthead prints beside its name, the department its info line names', () => {
  const own = (badge: string, credit = '（南屏市精神卫生中心 急诊科 郑怡兰　主治医师）', info = '') =>
    `<html><head><meta charset="utf-8"><title>年轻人咳嗽发烧是怎么回事-急诊科-南屏市精神卫生中心</title></head><body>
<div class="header"><img src="/logo.png" alt=""> <span>南屏市精神卫生中心</span> ${badge}</div>
<div class="nav"><a href="/">首页</a> <a href="/yygk/">医院概况</a> <a href="/jkwd/">健康问答</a></div>
<div class="article"><h1>年轻人咳嗽发烧是怎么回事</h1>${info}
<div id="zoom"><p><b>问：</b>年轻人咳嗽发烧是怎么回事？</p>
<p><b>答：</b>咳嗽发烧常见的原因有以下几种：</p><p>（1）多数与上呼吸道感染有关，注意休息、多喝温水。</p><p>如果症状持续不缓解，应及时到医院就诊。</p>
<p align="right">${credit}</p></div></div>
<div class="footer">版权所有：南屏市精神卫生中心</div></body></html>`;

  it('reads the credit’s card with the masthead’s grade', () => {
    expect(pageOf(own('<span class="grade">三甲</span>')).doctor).toEqual({ name: '郑怡兰', title: '主治医师', department: '急诊科', hospital: '南屏市精神卫生中心', hospital_grade: '三甲' });
  });

  it('takes no grade where the masthead prints none', () => {
    expect(pageOf(own('')).doctor.hospital_grade).toBeNull();
  });

  it('takes the department from the info line’s 来源 where the credit names none, and none where the line names no department', () => {
    const credit = '（南屏市精神卫生中心 郑怡兰　主治医师）';
    const info = (source: string) => `<div class="art-info">发布时间：2023-03-17　来源：${source}　作者：郑怡兰　浏览次数：882</div>`;
    expect(pageOf(own('', credit, info('急诊科'))).doctor).toMatchObject({ name: '郑怡兰', department: '急诊科', hospital: '南屏市精神卫生中心' });
    expect(pageOf(own('', credit, info('宣传科'))).doctor.department).toBeNull();
    expect(pageOf(own('', credit, info('本站原创'))).doctor.department).toBeNull();
  });
});

describe('a paper’s column in its web copy', () => {
  const copy = (issue: string) =>
    `<html><head><meta charset="utf-8"><title>【日本医生答疑】女性总是成簇水疱是什么病？-生活健康-中文导报</title></head><body>` +
    `<div class="header"><img src="/logo.gif" alt="中文导报"><a href="/">首页</a> <a href="/health/">生活·健康</a></div><div class="article">` +
    `<h1>【日本医生答疑】女性总是成簇水疱是什么病？</h1><div class="info">发布时间：2022-04-14 17:05　来源：中文导报　阅读：2686</div>${issue}` +
    `<div class="body"><p><b>读者提问：</b>女性总是成簇水疱是什么病？（埼玉县 读者 王女士）</p><p><b>医生解答：</b></p>` +
    `<p>女性成簇水疱常见的原因有以下几种：</p><p>如果症状持续不缓解或者逐渐加重，应尽快到皮肤科就诊。</p>` +
    `<p>解答医生：沈平（聖路加国際病院 小児科 院長）</p></div></div></body></html>`;
  const own = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'saved-page.html' }))).find((e) => e.origin === 'page')!;
  it('the paper’s issue line dates the answer over the copy’s own 发布时间; without it, the 发布时间', () => {
    expect(own(copy('<p class="issue">《中文导报》第1130期　2022年4月9日（土）</p>')).date).toBe('2022-04-09');
    expect(own(copy('')).date).toBe('2022-04-14');
    // a link to a past issue is no issue line of the page's
    expect(own(copy('<p class="past"><a href="/issue/1129">《中文导报》第1129期　2022年4月2日（土）</a></p>')).date).toBe('2022-04-14');
  });

  it('a site’s masthead over the headline showing the current issue dates no online reply under its own 回复时间', () => {
    const page = `<html><head><meta charset="utf-8"><title>孩子反复发烧怎么办 - 在线问答 - 大众健康网</title></head><body>` +
      `<div class="masthead"><span>《大众健康》第1130期　2022年4月9日</span></div><div class="nav">首页 &gt; 在线问答</div><h1>孩子反复发烧怎么办</h1>` +
      `<p>网友提问：孩子三岁，这周反复发烧到39度，吃了退烧药又烧起来，需要住院吗？</p>` +
      `<div class="doctor"><span>王丽</span> <span>主任医师</span> <span>儿科</span> <span>江州市儿童医院</span></div>` +
      `<div class="answer"><p>孩子反复发烧要先明确原因，常见的是病毒感染，一般三到五天会逐渐好转。</p><p>如果精神差、抽搐或者发烧超过三天，建议到医院查血常规。</p></div>` +
      `<p>回复时间：2023-05-02 10:20</p></body></html>`;
    expect(own(page).date).toBe('2023-05-02');
  });
});

describe('a paper’s column of letters: the doctor’s profile in lenticular brackets, the reader’s sign-off after the question', () => {
  const column = `<html><head><meta charset="utf-8"><title>【日本医生答疑】宝宝后脑勺胀痛怎么办-中文导报</title></head><body><div class="article">` +
    `<h1>【日本医生答疑】宝宝后脑勺胀痛怎么办</h1><div class="info">发布时间：2021-10-22 17:05　来源：中文导报</div>` +
    `<div class="body"><p><b>读者提问：</b>宝宝后脑勺胀痛怎么办（东京都 读者 张女士）</p><p><b>医生解答：</b></p>` +
    `<p>宝宝后脑勺胀痛需要结合具体情况来看，一般与睡姿和休息有关。</p><p>如果症状持续不缓解或者逐渐加重，应尽快到儿科就诊。</p>` +
    `<div class="profile"><p><b>【医生简介】</b>侯辰琪，順天堂医院小児科部長。1997年毕业于北京医科大学，2007年取得日本医师执照。</p></div></div></div></body></html>`;
  it('reads the card from 【医生简介】 and the question without the sign-off', () => {
    const own = entriesOf(extractOrThrow(pageRecord(column, { url: 'saved-page.html' }))).find((e) => e.origin === 'page')!;
    expect(own.question).toBe('宝宝后脑勺胀痛怎么办');
    expect(own.doctor).toMatchObject({ name: '侯辰琪', title: '部長', department: '小児科', hospital: '順天堂医院' });
    expect(own.answer_paragraphs).toEqual(['宝宝后脑勺胀痛需要结合具体情况来看，一般与睡姿和休息有关。', '如果症状持续不缓解或者逐渐加重，应尽快到儿科就诊。']);
  });
});
