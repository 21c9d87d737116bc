import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on a question printed only in the <title>, read-on links, hidden pop-up cards, doctors who practise at several hospitals and answers given as a thread's comment.
 * What the blind split fresh-25 taught the genre reader, each rule on a small page of its own.
 */

const URL = 'https://www.example-wenda.cn/q/1.html';
const CARD = '<div><p>回答医生：<a href="/doctor/2.html">陈思远</a> 主治医师</p><p>骨科 | 滨海市第一医院</p></div>';
const ANSWER = '<p>膝盖疼多与劳损有关，先减少爬楼和深蹲。</p><p>疼痛持续两周以上，请到骨科拍片检查。</p>';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));

describe('a page that prints its question only in the <title> (its <h1> the logo)', () => {
  const page = (title: string, label = '医生回答') =>
    `<html><head><title>${title}</title></head><body><header><h1><a href="/">健康百事通</a></h1></header>` +
    `<div><span>问题描述：</span>去社区医院看过，吃了药也不见好。</div>${CARD}<div>2021年3月12日 20:33</div><div><h2>${label}</h2>${ANSWER}</div></body></html>`;

  it("takes the title's opening question, not the answer's label, and the answer under the label", () => {
    for (const [title, label] of [
      ['膝盖疼怎么办？ - 健康百事通 - 专业医生在线解答', '医生回答'],
      ['膝盖疼多久能好 - 健康百事通', '专家回复'],
      ['膝盖疼的原因有哪些_骨科_健康百事通', '医生解答'],
    ] as const) {
      const [own] = read(page(title, label));
      expect(own).toMatchObject({ question: title.split(/\s*[-_]\s*/u)[0], answer_paragraphs: ['膝盖疼多与劳损有关，先减少爬楼和深蹲。', '疼痛持续两周以上，请到骨科拍片检查。'] });
      expect(own!.flags).not.toContain('unsure_reading');
    }
  });

  it("keeps the doubt where the title asks nothing it could be the question of: the logo is no question, though the title starts with the site's name", () => {
    const [own] = read(page('健康百事通 - 专业医生在线解答'));
    expect(own!.question).not.toBe('健康百事通');
    expect(own!.flags).toContain('unsure_reading');
  });

  it('still takes a heading linked to its own page (a permalink) as the question', () => {
    const html = `<html><head><title>膝盖疼怎么办_健康百事通</title></head><body><h1><a href="/q/1.html">膝盖疼怎么办</a></h1>${CARD}<div>${ANSWER}</div></body></html>`;
    expect(read(html)[0]).toMatchObject({ question: '膝盖疼怎么办', flags: expect.not.arrayContaining(['unsure_reading']) });
  });
});

describe("a read-on link at a related item's snippet's end", () => {
  it('(查看全部, [详细], >>, 阅读全文›) is none of the snippet, which keeps its own ellipsis', () => {
    for (const prompt of ['查看全部', '[详细]', '&gt;&gt;', '阅读全文›', '详细&gt;&gt;']) {
      const row = (n: number, snippet: string) => `<tr><td>${n}</td><td><a href="/q/${n + 1}.html">膝盖疼第${n}天怎么办</a><br><span>${snippet}<a href="/q/${n + 1}.html">${prompt}</a></span></td></tr>`;
      const html =
        `<html><head><title>膝盖疼怎么办_问答</title></head><body><h1>膝盖疼怎么办</h1>${CARD}<div>${ANSWER}</div>` +
        `<h3>相关问答</h3><table>${row(1, '膝盖疼多与劳损有关，注意休息…')}${row(2, '膝盖疼先减少爬楼和深蹲。')}</table></body></html>`;
      expect(read(html).slice(1).map((e) => e.answer_paragraphs)).toEqual([['膝盖疼多与劳损有关，注意休息…'], ['膝盖疼先减少爬楼和深蹲。']]);
    }
  });
});

const answer = '<p>胃胀多与饮食有关，少吃产气食物。</p><p>饭后适当散步，帮助胃肠蠕动。</p>';
const list =
  '<h3>相关问答</h3><ul><li><a href="/q/2.html">饭后胃胀是什么原因</a><p>饭后胃胀多与进食过快有关，细嚼慢咽。</p></li>' +
  '<li><a href="/q/3.html">胃胀气吃什么药</a><p>胃胀气可在医生指导下服用促胃动力药。</p></li></ul>';
const readPage = (body: string, head = '') =>
  entriesOf(extractOrThrow(pageRecord(`<html><head><title>胃胀怎么办_某站</title>${head}</head><body>${body}</body></html>`)));
const unsure = (e: { flags: readonly string[] }) => e.flags.includes('unsure_reading');

describe('a doctor card the page hides (a saved page\'s 推荐医生 pop-up) is not the answerer\'s', () => {
  const card = '<div><b>王清玉</b> <span>副主任医师</span><p>江州市人民医院 三甲 消化内科</p></div>';
  const popup = (cls: string) => `<div class="dialog ${cls}"><h4>推荐医生</h4><div><b>李明</b> <span>主任医师</span><p>江州市第一人民医院 三甲 消化内科</p><a href="/ask/">立即咨询</a></div></div>`;

  it('a pop-up hidden by a class rule of the page (SingleFile\'s sf-hidden, a site\'s .hide), before or after the card', () => {
    for (const [cls, rule] of [['sf-hidden', '.sf-hidden{display:none!important}'], ['hide', '.hide { display: none }']] as const) {
      for (const body of [`<h1>胃胀怎么办</h1>${popup(cls)}${card}<div>2021-03-16</div>${answer}${list}`, `<h1>胃胀怎么办</h1>${card}${popup(cls)}<div>2021-03-16</div>${answer}${list}`]) {
        const [page] = readPage(body, `<style>@font-face{font-family:i;src:url(data:font/woff2;base64,AAAA) format("woff2")}${rule}body{margin:0}</style>`);
        expect([page!.doctor.name, page!.doctor.hospital, unsure(page!)]).toEqual(['王清玉', '江州市人民医院', false]);
      }
    }
  });

  it('a pop-up the page shows under its 推荐医生 heading is other doctors\' block: none of the answerer\'s (other-doctors.ts)', () => {
    const [page] = readPage(`<h1>胃胀怎么办</h1>${popup('open')}${card}<div>2021-03-16</div>${answer}${list}`);
    expect([page!.doctor.name, page!.doctor.hospital, unsure(page!)]).toEqual(['王清玉', '江州市人民医院', false]);
  });

  it('a pop-up the page shows with no heading naming other doctors is still a second card near the answer (flagged)', () => {
    const [page] = readPage(`<h1>胃胀怎么办</h1>${popup('open').replace('<h4>推荐医生</h4>', '')}${card}<div>2021-03-16</div>${answer}${list}`);
    expect(unsure(page!)).toBe(true);
  });
});

describe("a doctor who practises at several hospitals (多点执业): the main practice is the card's hospital", () => {
  const doctor = (practices: string) => {
    const [page] = readPage(`<h1>胃胀怎么办</h1><div><div><a href="/doctor/1/">王清玉</a> <span>副主任医师</span> <i>多点执业</i></div>${practices}</div><div>2021-03-16</div>${answer}${list}`);
    return [page!.doctor.hospital, page!.doctor.hospital_grade, page!.doctor.department, unsure(page!)];
  };

  it('labelled rows: the 第一执业 / 主执业 row, wherever it stands; the other practices\' grades and clinics are none of it', () => {
    const main = '<p><span>第一执业点：</span>江州市中心医院 消化内科</p>';
    const others = '<p><span>多点执业：</span>江州市仁爱医院<span>二级</span> 特需门诊、江州市中医院 三甲</p>';
    expect(doctor(main + others)).toEqual(['江州市中心医院', null, '消化内科', false]);
    expect(doctor(others + main)).toEqual(['江州市中心医院', null, '消化内科', false]);
    expect(doctor('<p><span>其他执业点：</span>江州市仁爱医院 / 江州市中医院 二甲</p><p><span>主执业：</span>江州市中心医院（三级甲等医院） 消化内科</p>')).toEqual(['江州市中心医院', '三级甲等', '消化内科', false]);
  });

  it('a list whose 第一执业 tag marks the main practice, not always the first item', () => {
    const items = (tagAt: number) => {
      const li = ['<li>江州市仁爱医院<span>三甲</span></li>', '<li>江州市中医院 名医工作室</li>'];
      li.splice(tagAt, 0, '<li><em>第一执业</em> 江州市中心医院<span>3A</span> 消化内科</li>');
      return `<div><span>执业医院</span><ul>${li.join('')}</ul></div>`;
    };
    for (const at of [0, 1, 2]) expect(doctor(items(at))).toEqual(['江州市中心医院', '3A', '消化内科', false]);
  });

  it('an unlabelled row of practices (执业点：A / B): the first, with the grade bracketed beside it', () => {
    expect(doctor('<p>科室：消化内科</p><p>执业点：江州市中心医院（三级医院） / 江州市仁爱医院（二级）</p>')).toEqual(['江州市中心医院', '三级', '消化内科', false]);
    expect(doctor('<p>科室：消化内科</p><p>执业点：江州市中心医院 / 江州市仁爱医院（一级）</p>')).toEqual(['江州市中心医院', null, '消化内科', false]);
  });
});

describe("a community post answered by a doctor's comment in its thread: the comment is the answer, its header the card and its time the date", () => {
  const post = '<article><h1>胃胀怎么办</h1><div><a href="/u/1">momo妈</a> 发布于 2021年3月14日 · 浏览 802</div><div><p>最近总是胃胀，吃了药也不见好。</p></div></article>';

  it('a Disqus-like thread: the doctor\'s time (a link in the header) dates the answer, not the post\'s 发布于 or the users\' comments', () => {
    const user = (name: string, when: string, text: string) =>
      `<li class="post"><div class="avatar"><img src="/a.png" alt=""></div><header><span class="author"><a href="/u/2">${name}</a></span> <a class="time" href="#p">${when}</a></header><div><p>${text}</p></div><footer><a href="#">赞 3</a> · <a href="#">回复</a> · <a href="#">举报</a></footer></li>`;
    const doctor = `<li class="post"><div class="avatar"><img src="/a.png" alt=""></div><header><span class="author"><a href="/doctor/1">王清玉</a></span> <span>认证医生</span><div>副主任医师 · 江州市人民医院 · 消化内科</div> <a class="time" href="#p">2021年3月16日 18:37</a></header><div>${answer}</div><footer><a href="#">赞 24</a> · <a href="#">回复</a> · <a href="#">举报</a></footer></li>`;
    const [page] = readPage(`${post}<section><h3>3 条评论</h3><ul>${user('木木', '2021-03-15 09:12', '同问，我也有这个情况。')}${doctor}${user('晴天', '2021年4月2日 20:52', '谢谢医生，讲得很清楚！')}</ul></section>${list}`);
    expect([page!.date, page!.doctor.name, page!.answer_paragraphs, unsure(page!)]).toEqual(['2021-03-16', '王清玉', ['胃胀多与饮食有关，少吃产气食物。', '饭后适当散步，帮助胃肠蠕动。'], false]);
  });

  it("a WordPress thread: users' comments (`name 说道：`) and the 发表回复 form after the doctor's comment are none of the answer", () => {
    const comment = (author: string, when: string, message: string) =>
      `<li class="comment"><article><footer><div class="comment-author vcard"><img src="/a.png" alt="" class="avatar" width="48" height="48">${author} <span class="says">说道：</span></div><div><a href="#c">${when}</a></div></footer><div>${message}</div><div class="reply"><a href="#c">回复</a></div></article></li>`;
    const doctor = comment('<b>王清玉</b> <span>认证医生</span><div>副主任医师，江州市人民医院，消化内科</div>', '2021年3月16日 下午6:37', answer);
    const form = '<div id="respond"><h3>发表回复</h3><form><p>您的邮箱地址不会被公开。</p><textarea></textarea></form></div>';
    for (const after of [comment('<b><a href="/u/3">晴天</a></b>', '2021年4月2日 上午8:52', '<p>谢谢医生，讲得很清楚！</p>'), '']) {
      const [page] = readPage(`${post}<div id="comments"><h2>《胃胀怎么办》上有 2 条评论</h2><ol>${doctor}${after}</ol>${form}</div>${list}`);
      expect([page!.date, page!.doctor.hospital, page!.answer_paragraphs, unsure(page!)]).toEqual(['2021-03-16', '江州市人民医院', ['胃胀多与饮食有关，少吃产气食物。', '饭后适当散步，帮助胃肠蠕动。'], false]);
    }
  });
});
