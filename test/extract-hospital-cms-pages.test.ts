import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on Q&A pages printed by the content systems hospitals and small health sites run.
 * What fresh-57 (Q&A pages printed by the content systems hospitals and small health sites run) taught the genre reader.
 */

const URL = 'https://www.wenyi.example/wenda/2022/0607/1321.html';
const html = (title: string, body: string) => `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const pageOf = (page: string) => entriesOf(extractOrThrow(pageRecord(page, { url: URL }))).find((e) => e.origin === 'page')!;
const ps = (lines: readonly string[]) => lines.map((p) => `<p>${p}</p>`).join('');

const QUESTION = '小孩晚上咳嗽厉害怎么办';
const ANSWER = ['小孩夜间咳嗽加重多与呼吸道感染或过敏有关，睡前可以适当抬高枕头，保持室内空气湿润。', '如果伴有发热、气喘或者咳嗽超过两周，建议到儿科就诊，必要时拍胸片。'];

describe('a CMS template’s leftovers after the answer', () => {
  it('a rule that names itself (------分隔线------) is no line of the answer', () => {
    const page = html(
      `${QUESTION}_健康问答网`,
      `<h2>${QUESTION}</h2><p>时间:2022-06-07 来源:本站</p><div class="zj"><ul><li>回答专家：蒋明</li><li>职称：主治医师</li><li>科室：儿科</li><li>医院：北岸市人民医院</li></ul></div><div class="content">${ps(ANSWER)}</div><div class="boxoff"><strong>------分隔线----------------------------</strong></div><div>上一篇：<a href="/wenda/1.html">咳嗽吃什么好</a></div>`,
    );
    expect(pageOf(page).answer_paragraphs).toEqual(ANSWER);
  });

  it('a copied 有帮助(N) 无帮助 line is no line of the answer', () => {
    const page = html(`${QUESTION}_疾病知识网`, `<h1>${QUESTION}</h1><p>回答医生：蒋明 主治医师</p><p>所在医院：北岸市人民医院　科室：儿科</p>${ps(ANSWER)}<p>有帮助(69)　无帮助</p><p>回答时间：2022-06-07</p>`);
    expect(pageOf(page).answer_paragraphs).toEqual(ANSWER);
  });
});

describe('a mirror that copied the answer from the web', () => {
  const mirror = (head: string, extra: string) =>
    html(
      `${head}_疾病知识网`,
      `<h1>${head}</h1><div><span>发布时间：2024-03-20 3:10:23</span><span>阅读：851</span></div><div class="article-content"><p>专家解答：</p>${ps(ANSWER)}<p>回答医生：蒋明 主治医师</p><p>所在医院：北岸市人民医院　科室：儿科</p>${extra}</div><p>本文来源于网络，如有侵权请联系删除。</p>`,
    );

  it('its own 发布时间 dates the copy, not the answer: no date where no 回答时间 was copied', () => {
    expect(pageOf(mirror(QUESTION, '')).date).toBeNull();
  });

  it('a copied 回答时间 still dates the answer', () => {
    expect(pageOf(mirror(QUESTION, '<p>回答时间：2022-01-05</p>')).date).toBe('2022-01-05');
  });

  it('an editor’s lead-in announcing the answer below is none of it', () => {
    const lead = '<p>咳嗽是很多人关心的问题，咳嗽怎么办？下面一起来看看专家的解答。</p>';
    expect(pageOf(mirror(QUESTION, '').replace('<div class="article-content">', `<div class="article-content">${lead}`)).answer_paragraphs).toEqual(ANSWER);
  });

  it('keyword questions stuffed after the heading’s question are none of it', () => {
    expect(pageOf(mirror(`${QUESTION}_咳嗽怎么办_咳嗽吃什么药好`, '')).question).toBe(QUESTION);
  });
});

describe('a forum doctor’s signature under the answer', () => {
  const floor = (sign: string) =>
    html(
      `${QUESTION} - 医患交流论坛`,
      `<h1>${QUESTION}</h1><table><tr><td>楼主</td><td>发表于 2022-5-25 9:41</td></tr><tr><td>${QUESTION}，请问需要做什么检查？</td></tr></table><table><tr><td><p>真实姓名：薛国辰</p><p>职称：主任医师</p><p>所在医院：北岸市人民医院</p><p>科室：儿科</p></td><td>沙发 发表于 2022-5-25 9:53</td></tr><tr><td>${ANSWER.join('<br />\n')}</td></tr><tr><td><div>${sign}</div></td></tr></table>`,
    );

  it('a standing invitation to the clinic and the clinic’s hours are no lines of the answer', () => {
    for (const sign of ['专注慢病管理，欢迎来院复诊。', '儿科门诊时间：每周四上午']) expect(pageOf(floor(sign)).answer_paragraphs).toEqual(ANSWER);
  });
});

describe('where a hospital site prints the doctor’s department', () => {
  it('a 科室 field on the asker’s line of fields, spans run together, is the department the question was put to', () => {
    const page = html(
      `${QUESTION}_在线问答_北岸市人民医院`,
      `<div class="hos"><h2>北岸市人民医院</h2></div><div class="show"><h1>${QUESTION}</h1><div class="ask"><dl><dt>提问：</dt><dd>孩子晚上一直咳，请问需要做什么检查？</dd></dl><p><span>提问人：游客</span><span>科室：儿科</span><span>时间：2021-08-03 21:47</span></p></div><div class="reply"><dl><dt>回复：</dt><dd>${ANSWER.join('<br />\n')}</dd></dl><p><span>回复医生：江梅兰 副主任医师</span> <span>回复时间：2021-08-04</span></p></div></div><div class="footer">版权所有：北岸市人民医院</div>`,
    );
    expect(pageOf(page).doctor.department).toBe('儿科');
  });

  it('the answering doctor’s own card in the 专家介绍 column gives the department; another doctor’s does not', () => {
    const expert = (name: string, title: string, dept: string) => `<li><h4>${name}</h4><p>${title}</p><p>科室：${dept}</p><p>擅长：常见病的诊治</p></li>`;
    const page = (cards: string) =>
      html(
        `${QUESTION}-专家答疑-北岸市人民医院`,
        `<div class="hos"><h2>北岸市人民医院</h2></div><div class="detail"><h1>${QUESTION}</h1><p>发布时间：2022-12-11</p><div class="content"><p>问：${QUESTION}？</p><p>答：</p>${ps(ANSWER)}<p>解答专家：慕容宁志（主任医师）</p></div><div>上一篇：<a href="/news/1.html">咳嗽吃什么好</a></div></div><div class="side"><div>专家介绍</div><ul>${cards}</ul></div>`,
      );
    expect(pageOf(page(expert('汤杰', '主治医师', '外科') + expert('慕容宁志', '主任医师', '妇科'))).doctor.department).toBe('妇科');
    expect(pageOf(page(expert('汤杰', '主治医师', '外科'))).doctor.department).toBeNull();
  });
});

describe('a reading list on a page whose address is unknown', () => {
  const page = (hrefs: readonly string[]) =>
    html(
      `${QUESTION}-北岸市人民医院`,
      `<h1>${QUESTION}</h1><p>发布时间：2022-12-11</p><div><p>答：</p>${ps(ANSWER)}<p>解答专家：儿科 蒋明 主治医师</p></div><ul><li><a href="/news/1320.html">上一篇：咳嗽吃什么好</a></li><li><a href="/news/1322.html">下一篇：咳嗽挂什么科</a></li></ul><div><h3>相关文章</h3><ul>${hrefs
        .map((h, i) => `<li><a href="${h}">宝宝咳嗽有痰怎么办${i}</a><span>[2021-03-0${i + 1}]</span></li>`)
        .join('')}</ul></div>`,
    );
  const read = (p: string) => entriesOf(extractOrThrow(pageRecord(p, { url: 'page.html' }))).find((e) => e.origin === 'page')!;

  it('linked titles made as its 上一篇 / 下一篇 neighbours are its related links; another section’s are not', () => {
    const siblings = ['http://www.wenyi.example/news/1301.html', 'http://www.wenyi.example/news/1302.html', 'http://www.wenyi.example/news/1303.html'];
    expect(read(page(siblings)).related_urls).toEqual(siblings);
    expect(read(page(['http://www.wenyi.example/jiankang/a1.html', 'http://www.wenyi.example/jiankang/a2.html', 'http://www.wenyi.example/jiankang/a3.html'])).related_urls).toEqual([]);
  });
});

describe('a CMS’s info row under the heading', () => {
  it('a day with seconds, a CMS account as author and the views run together date the answer', () => {
    const page = html(`${QUESTION}-北岸市人民医院`, `<h1>${QUESTION}</h1><div><span>2022-06-12 09:33:17</span><span>作者：admin</span><span><i></i>1470</span></div><div><p>问：${QUESTION}</p><p>解答专家：儿科 蒋明 主治医师</p><p>答：</p>${ps(ANSWER)}</div>`);
    expect(pageOf(page).date).toBe('2022-06-12');
  });
});
