import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on specialty verticals: 中医, dental, a county's clinics, a hospital's own site, nurses.
 * What fresh-54 (specialty verticals: 中医, dental, a county's clinics, a hospital's own site, nurses) taught the genre reader.
 */

const URL = 'https://www.wenyi.example/zxzx/show.aspx?id=20871';
const html = (title: string, body: string) => `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const read = (page: string) => entriesOf(extractOrThrow(pageRecord(page, { url: URL })));
const pageOf = (page: string) => read(page).find((e) => e.origin === 'page')!;
const relatedOf = (page: string) => read(page).filter((e) => e.origin === 'related');
const ps = (lines: readonly string[]) => lines.map((p) => `<p>${p}</p>`).join('');

const QUESTION = '小孩晚上咳嗽厉害怎么办';
const ANSWER = ['小孩夜间咳嗽加重多与呼吸道感染或过敏有关，睡前可以适当抬高枕头，保持室内空气湿润。', '如果伴有发热、气喘或者咳嗽超过两周，建议到儿科就诊，必要时拍胸片。'];
const card = (parts: string) => `<div class="doc">${parts}</div>`;
const page = (cardHtml: string, after = '') => html(`${QUESTION}-问医生`, `<h1>${QUESTION}</h1>${cardHtml}<div class="ans">${ps(ANSWER)}</div>${after}<p>回答时间：2022-10-14</p>`);

describe('a table of linked questions with who answered and when is no list of answers', () => {
  // A hospital CMS's grid: the question's link, the doctor's name, the day; a head row over them.
  const rows = [['/zxzx/show.aspx?id=1', '孕妇腰痛是什么原因引起的', '胡秀英', '2019/7/27'], ['/zxzx/show.aspx?id=2', '腰痛是怎么回事', '陈明轩', '2021/6/10']];
  const grid = `<div><h4>其他咨询</h4><table>\n<tr><th>咨询主题</th><th>回复专家</th><th>回复时间</th></tr>\n${rows
    .map(([href, q, name, day]) => `<tr><td><a href="${href}">${q}</a></td><td>${name}</td><td>${day}</td></tr>\n`)
    .join('')}</table></div>`;

  it('gives no entry whose answer is the doctor’s name; its links are the page’s related_urls', () => {
    const entries = read(page(card('<b>孙波雪</b> 副主任医师 泌尿外科 北岸市人民医院'), grid));
    expect(entries.filter((e) => e.origin === 'related')).toEqual([]);
    expect(entries.find((e) => e.origin === 'page')!.related_urls).toEqual(rows.map(([href]) => `https://www.wenyi.example${href}`));
  });
});

describe('the vocabulary of specialty sites', () => {
  it('a name glued to 医生 or 护士 is the name; a role before them is none', () => {
    expect(pageOf(page(card('<b>杨宏波医生</b> <small>主治医师</small> 种植科 北岸市口腔医院'))).doctor.name).toBe('杨宏波');
    expect(pageOf(page(card('<b>钟子护士</b> <span>副主任护师</span> 产科 南屏市妇幼保健院'))).doctor.name).toBe('钟子');
  });

  it('NICU and a 家庭医生工作室 are departments', () => {
    expect(pageOf(page(card('<b>傅清欣</b> <span>主任护师</span> <span>东湖市妇产医院</span> <span>NICU</span>'))).doctor.department).toBe('NICU');
    expect(pageOf(page(card('<b>张勇</b> <span>副主任医师</span> <span>东城街道社区卫生服务中心</span> <span>家庭医生工作室</span>'))).doctor.department).toBe('家庭医生工作室');
  });

  it('a branch’s name keeps its closing bracket', () => {
    expect(pageOf(page(card('<b>杨宏波</b> <small>主治医师</small> 种植科 <span>欣雅口腔（老城门诊部）</span>'))).doctor.hospital).toBe('欣雅口腔（老城门诊部）');
  });

  it('a badge printing the grade with the hospital’s kind gives the grade alone', () => {
    const grade = (badge: string) => pageOf(page(card(`<b>慕容宁</b> <span>主任中医师</span> <span>北岸市中医院</span> <i>${badge}</i> <span>脾胃病科</span>`))).doctor.hospital_grade;
    expect(grade('三级甲等中医医院')).toBe('三级甲等');
    expect(grade('二级口腔专科医院')).toBe('二级');
    expect(grade('三甲精神专科医院')).toBe('三甲');
  });

  it('an honour (省名中医) is no hospital', () => {
    const doctor = pageOf(page(card('<b>张国</b> <span>主任中医师</span> <em>省名中医</em> <span>云岭中医药大学第一附属医院</span> <span>治未病科</span>'))).doctor;
    expect(doctor.hospital).toBe('云岭中医药大学第一附属医院');
    expect(doctor.title).toBe('主任中医师');
  });
});

describe('a county platform’s record of labels and values', () => {
  const record = (rows: Array<[string, string]>) =>
    html(
      `${QUESTION}_健康咨询`,
      `<h2>${QUESTION}</h2><table>${rows.map(([l, v]) => `<tr><td>${l}</td><td>${v}</td></tr>`).join('')}</table>` +
        `<div><span>最新咨询</span><ul><li><a href="/zxzx/show.aspx?id=3">孩子发烧怎么办</a><span>[已回复]</span><span>2021-09-03</span></li><li><a href="/zxzx/show.aspx?id=4">老人头晕是怎么回事</a><span>[已回复]</span><span>2019-07-03</span></li></ul></div>`,
    );
  const rows: Array<[string, string]> = [
    ['回复医生', '戴杰'],
    ['职　　称', '乡村医生'],
    ['所在单位', '平阳县城关镇柳树沟村卫生室'],
    ['科　　室', '全科'],
    ['机构等级', '未定级'],
    ['回复时间', '2020-05-01'],
    ['回复内容', `<p>${ANSWER[0]}</p>`],
  ];

  it('reads 乡村医生 as the title, a 卫生室 as the hospital, 未定级 as its grade, and the one-paragraph answer without its label', () => {
    const own = pageOf(record(rows));
    expect(own.doctor).toMatchObject({ name: '戴杰', title: '乡村医生', hospital: '平阳县城关镇柳树沟村卫生室', department: '全科', hospital_grade: '未定级' });
    expect(own.answer_paragraphs).toEqual([ANSWER[0]]);
    expect(own.date).toBe('2020-05-01');
    expect(own.flags).not.toContain('unsure_reading');
  });

  it('最新咨询’s linked questions, marked 已回复, are the related_urls and no entries', () => {
    const entries = read(record(rows));
    expect(entries.filter((e) => e.origin === 'related')).toEqual([]);
    expect(entries.find((e) => e.origin === 'page')!.related_urls).toEqual(['https://www.wenyi.example/zxzx/show.aspx?id=3', 'https://www.wenyi.example/zxzx/show.aspx?id=4']);
  });
});

describe('what is printed around the answer is none of it', () => {
  it('a sign-off naming who gave the answer is no paragraph of it', () => {
    expect(pageOf(page(card('<b>熊涛娟</b> 副主任医师 牙体牙髓科 北岸市口腔医院'), '<p>以上回答由欣雅口腔熊涛娟医生提供</p>')).answer_paragraphs).toEqual(ANSWER);
  });

  it('a 中医 answer keeps its section heads, the first on a line of its own too, and not the notice under it', () => {
    const sections = ['辨证分析：', ANSWER[0]!, '治则治法：', '滋阴降火，养心安神。'];
    const body = `<h1>${QUESTION}</h1>${card('<b>慕容宁</b> 主任中医师 脾胃病科 北岸市中医院')}<div class="ans"><h4>辨证分析：</h4><p>${ANSWER[0]}</p><p><strong>治则治法：</strong></p><p>滋阴降火，养心安神。</p></div><p>※ 方药须经中医师面诊辨证后使用，请勿自行抓药服用。</p><p>回复时间：2019-06-16 16:53 269人觉得有帮助</p>`;
    const own = pageOf(html(`${QUESTION}-问医生`, body));
    expect(own.answer_paragraphs).toEqual(sections);
    expect(own.date).toBe('2019-06-16');
  });

  it('a related item’s 护士答： label is none of its snippet', () => {
    const item = (n: number, q: string) => `<a href="/nurse/q/${n}"><div>${q}</div><div><span>护士答：</span>${q}需要结合具体情况来看，一般休息后可以缓解，持续不缓解再就诊。</div></a>`;
    const related = relatedOf(page(card('<b>钟子</b> 副主任护师 产科 南屏市妇幼保健院'), `<div><div>相似问题</div>${item(1, '尿频怎么办')}${item(2, '产后发烧严重吗')}</div>`));
    expect(related.map((e) => e.answer_paragraphs[0]!.slice(0, 9))).toEqual(['尿频怎么办需要结合', '产后发烧严重吗需要']);
  });
});

describe('a hospital’s own site', () => {
  const site = (badge: string) =>
    html(
      '网上咨询_北岸市第一人民医院',
      `<div class="top"><img src="/logo.jpg" alt="北岸市第一人民医院">${badge}</div><div class="hd"><span>${QUESTION}</span></div>${card('<p>回复专家：<span>孙波雪</span> <span>副主任医师</span></p><p>所在科室：<span>泌尿外科</span></p><p>所在医院：<span>北岸市第一人民医院</span></p>')}<div>${ANSWER.join('<br>')}</div><p>回复时间：2023/4/23 9:11:37</p>`,
    );

  it('a title of its section and name confirms the heading that asks the question', () => {
    const own = pageOf(site(''));
    expect(own.question).toBe(QUESTION);
    expect(own.doctor.hospital_grade).toBeNull();
  });

  it('the grade printed after the logo naming the card’s hospital is its grade', () => {
    expect(pageOf(site('<span class="dj">三级甲等</span>')).doctor.hospital_grade).toBe('三级甲等');
  });
});
