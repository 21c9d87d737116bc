import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on screen-reader-only text, academic ranks beside titles, cards in a fixed bottom bar, a health programme's episode page and a format word beside a price.
 * What the blind split fresh-26 taught the genre reader, each rule on a small page of its own.
 */

const URL = 'https://www.example-wenda.cn/q/1.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));

describe('words for screen readers only (clipped to nothing: sr-only, visually-hidden, screen-reader-text)', () => {
  const page = (sheet: string, cls: string) =>
    `<html><head><title>膝盖疼怎么办_问答</title>${sheet}</head><body><a href="#main" class="${cls}">跳到主要内容</a><main id="main">` +
    `<h1><span class="${cls}">问题：</span>膝盖疼怎么办</h1><div><h2 class="${cls}">医生信息</h2><p><span class="${cls}">医生姓名：</span><b>陈思远</b> <span class="${cls}">职称：</span><span>主治医师</span></p>` +
    `<p><span class="${cls}">所在医院：</span>滨海市第一医院 三甲 <span class="${cls}">科室：</span>骨科</p></div>` +
    `<p><span class="${cls}">发布时间：</span><time>2023-01-09 20:31</time></p><h2 class="${cls}">回答内容</h2><div><p>膝盖疼多与劳损有关，先减少爬楼和深蹲。</p><p>疼痛持续两周以上，请到骨科拍片检查。</p></div></main>` +
    `<h3>大家还在问</h3><ul><li><a href="/q/2.html" target="_blank">爬楼梯膝盖疼是什么原因<span class="${cls}">（在新窗口打开）</span></a><p><span class="${cls}">摘要：</span>多与劳损有关，注意休息。</p></li>` +
    `<li><a href="/q/3.html" target="_blank">膝关节积液怎么治疗<span class="${cls}">（在新窗口打开）</span></a><p><span class="${cls}">摘要：</span>积液多时需要抽液治疗。</p></li></ul></body></html>`;

  it("are none of any field, whether the page's sheet clips them or only the framework's class names them", () => {
    for (const [sheet, cls] of [
      ['<style>.a11y{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)}</style>', 'a11y'],
      ['<style>.vh{position:absolute!important;clip-path:inset(50%);width:1px;height:1px}</style>', 'vh'],
      ['', 'sr-only'],
      ['', 'screen-reader-text'],
    ] as const) {
      const [own, ...items] = read(page(sheet, cls));
      expect(own).toMatchObject({ question: '膝盖疼怎么办', date: '2023-01-09', answer_paragraphs: ['膝盖疼多与劳损有关，先减少爬楼和深蹲。', '疼痛持续两周以上，请到骨科拍片检查。'] });
      expect(own!.doctor).toMatchObject({ name: '陈思远', title: '主治医师', hospital: '滨海市第一医院', department: '骨科' });
      expect(items.map((e) => [e.question, e.answer_paragraphs.join('')])).toEqual([
        ['爬楼梯膝盖疼是什么原因', '多与劳损有关，注意休息。'],
        ['膝关节积液怎么治疗', '积液多时需要抽液治疗。'],
      ]);
    }
  });

  it('still tell a published day from an updated one (WordPress: 发布于 for screen readers before both days)', () => {
    const html =
      '<html><head><title>膝盖疼怎么办_问答</title></head><body><h1>膝盖疼怎么办</h1><div class="entry-meta"><span class="posted-on"><span class="screen-reader-text">发布于</span> ' +
      '<a href="/q/1.html" rel="bookmark"><time class="entry-date published" datetime="2023-01-09T20:31:00+08:00">2023年1月9日</time><time class="updated" datetime="2023-05-02T09:00:00+08:00">2023年5月2日</time></a></span>' +
      '<span class="byline"> 作者 <a href="/author/2/">陈思远</a></span></div><div>陈思远 主治医师 滨海市第一医院 三甲 骨科</div><div><p>膝盖疼多与劳损有关，先减少爬楼和深蹲。</p><p>疼痛持续两周以上，请到骨科拍片检查。</p></div></body></html>';
    expect(read(html)[0]).toMatchObject({ date: '2023-01-09', flags: expect.not.arrayContaining(['unsure_reading']) });
  });
});

describe("a teaching hospital's card that prints an academic rank beside the clinical title", () => {
  it('gives the clinical title, whichever comes first (教授 主任医师, 副主任医师 副教授 硕导)', () => {
    for (const titles of ['<span>教授</span> <span>主任医师</span>', '<span>副主任医师</span> <span>副教授</span> <span>硕士生导师</span>', '<small>讲师 · 主治医师</small>']) {
      const html = `<html><head><title>膝盖疼怎么办_名医问答</title></head><body><h1>膝盖疼怎么办</h1><div><b>陈思远</b> ${titles}<p>滨海医科大学附属第一医院 三甲 骨科</p></div><div><p>膝盖疼多与劳损有关，先减少爬楼和深蹲。</p><p>疼痛持续两周以上，请到骨科拍片检查。</p></div></body></html>`;
      expect(read(html)[0]!.doctor.title).toBe(titles.includes('主任医师') ? (titles.includes('副主任') ? '副主任医师' : '主任医师') : '主治医师');
    }
  });
});

describe('an academic rank beside a name', () => {
  it('is never the name, nor is the level before it (诸葛静琳 讲师 | 主治医师, 赖琳怡 / 二级教授 | 主任医师)', () => {
    for (const [card, name, title] of [
      ['<h3>诸葛静琳 <small>讲师 | 主治医师</small></h3>', '诸葛静琳', '主治医师'],
      ['<h3>赖琳怡</h3><p>二级教授 | 主任医师</p>', '赖琳怡', '主任医师'],
      ['<h3>陈思远 <small>硕导 · 副主任医师</small></h3>', '陈思远', '副主任医师'],
    ] as const) {
      const html = `<html><head><title>膝盖疼怎么办_名医问答</title></head><body><h1>膝盖疼怎么办</h1><div>${card}<p>滨海市第一医院 三甲</p><p>骨科</p></div><div><p>膝盖疼多与劳损有关，先减少爬楼和深蹲。</p><p>疼痛持续两周以上，请到骨科拍片检查。</p></div></body></html>`;
      expect(read(html)[0]!.doctor).toMatchObject({ name, title, hospital: '滨海市第一医院' });
    }
  });
});

describe('a doctor card in a bar fixed to the foot of the screen, last in the markup', () => {
  const page = (bar: string, sheet = '') =>
    `<html><head><title>膝盖疼怎么办_问答</title>${sheet}</head><body><h1>膝盖疼怎么办</h1><h2>医生解答</h2><div><p>膝盖疼多与劳损有关，先减少爬楼和深蹲。</p><p>疼痛持续两周以上，请到骨科拍片检查。</p></div>` +
    `<div><h3>相关推荐</h3><ul><li><a href="/q/2.html">爬楼梯膝盖疼是什么原因</a><p>多与劳损有关，注意休息。</p></li><li><a href="/q/3.html">膝关节积液怎么治疗</a><p>积液多时需要抽液治疗。</p></li></ul></div><div>© 2024 某站</div>${bar}</body></html>`;
  const card = '<p>回答医生</p><div><b>陈思远</b> <span>主治医师</span></div><p>骨科 · 滨海市第一医院 · 三甲</p>';

  it("is the answering doctor's card, fixed inline or by a class of the page's sheet", () => {
    for (const html of [page(`<div style="position:fixed;bottom:0;left:0;right:0">${card}</div>`), page(`<div class="bar">${card}</div>`, '<style>.bar{position:fixed;bottom:0}</style>')]) {
      expect(read(html)[0]!.doctor).toEqual({ name: '陈思远', title: '主治医师', department: '骨科', hospital: '滨海市第一医院', hospital_grade: '三甲' });
    }
  });

  it('is not taken where the page names another doctor too, nor from a block that is not fixed', () => {
    const other = '<div><b>王芳</b> <span>主任医师</span><p>儿科 · 滨海市儿童医院 · 三甲</p></div>';
    expect(read(page(`<div style="position:fixed;bottom:0">${card}</div>${other}`))[0]!.doctor.name).not.toBe('陈思远');
    const unheaded = '<div><b>陈思远</b> <span>主治医师</span></div><p>骨科 · 滨海市第一医院 · 三甲</p>';
    expect(read(page(`<div>${unheaded}</div>`))[0]!.doctor.name).toBeNull();
  });

  it('headed 回答医生 and alone, a block that is not fixed is the answering doctor’s card all the same (side-card.ts)', () => {
    expect(read(page(`<div>${card}</div>`))[0]!.doctor).toEqual({ name: '陈思远', title: '主治医师', department: '骨科', hospital: '滨海市第一医院', hospital_grade: '三甲' });
  });
});

describe("a health programme's episode page", () => {
  const page = (title: string, player: string, listHead: string) =>
    `<html><head><title>${title} - 健康电台</title></head><body><h1>${title}</h1><div><audio src="/a.m4a"></audio><span>▶</span> <span>00:00</span> / <span>17:38</span> <span>${player}</span></div><div>发布时间：2023/01/16</div>` +
    '<div><h3>主播</h3><p><b>陈思远</b> 主治医师</p><p>滨海市第一医院 三甲 骨科</p></div><div><p>膝盖疼多与劳损有关，先减少爬楼和深蹲。</p><p>疼痛持续两周以上，请到骨科拍片检查。</p></div>' +
    `<div><h3>${listHead}</h3><ul><li><a href="/q/2.html">爬楼梯膝盖疼是什么原因</a><p>多与劳损有关，注意休息。</p></li><li><a href="/q/3.html">膝关节积液怎么治疗</a><p>积液多时需要抽液治疗。</p></li></ul></div></body></html>`;

  it('gives the question without its episode number, its player label (音频节目) as the format, and its 相似节目 as the related list', () => {
    for (const title of ['第24期 膝盖疼怎么办', '第63期｜膝盖疼怎么办', 'EP12：膝盖疼怎么办']) {
      const [own, ...items] = read(page(title, '音频节目', '相似节目'));
      expect(own).toMatchObject({ question: '膝盖疼怎么办', format: 'voice', answer_paragraphs: ['膝盖疼多与劳损有关，先减少爬楼和深蹲。', '疼痛持续两周以上，请到骨科拍片检查。'] });
      expect(items.map((e) => e.question)).toEqual(['爬楼梯膝盖疼是什么原因', '膝关节积液怎么治疗']);
    }
  });
});

describe("an episode's blurb over its transcript", () => {
  const page = (blurbHead: string, label: string, cardHead: string) =>
    '<html><head><title>膝盖疼怎么办 - 健康电台</title></head><body><h1>膝盖疼怎么办</h1><div>发布时间：2023/01/16 <span>语音解答</span></div>' +
    `<div><h3>${blurbHead}</h3><p>本期节目，滨海市第一医院骨科陈思远主治医师为大家讲解膝盖疼的问题，欢迎收听。</p></div>` +
    `<div><h3>${label}</h3><p>膝盖疼多与劳损有关，先减少爬楼和深蹲。</p><p>疼痛持续两周以上，请到骨科拍片检查。</p></div>` +
    `<div><h3>${cardHead}</h3><p><b>陈思远</b> 主治医师</p><p>滨海市第一医院 三甲 骨科</p></div></body></html>`;

  it('is none of the answer, which starts under its label (节目简介 … 节目文稿), and a 主讲医生 head names no other doctor', () => {
    for (const [blurbHead, label, cardHead] of [['节目简介', '节目文稿', '主讲医生'], ['内容提要', '文字稿', '答疑医生：']] as const) {
      const own = read(page(blurbHead, label, cardHead))[0]!;
      expect(own).toMatchObject({ answer_paragraphs: ['膝盖疼多与劳损有关，先减少爬楼和深蹲。', '疼痛持续两周以上，请到骨科拍片检查。'], doctor: { name: '陈思远' } });
      expect(own.flags).not.toContain('unsure_reading');
    }
  });

  it('stays the answer where no label of the answer follows it', () => {
    const own = read(page('节目简介', '', '主讲医生').replace('<h3></h3>', ''))[0]!;
    expect(own.answer_paragraphs.join('')).toContain('本期节目');
  });
});

describe('a format word beside a price', () => {
  it('(图文咨询 ¥29, a button to book a service) is no format of the answer', () => {
    const html =
      '<html><head><title>膝盖疼怎么办_问答</title></head><body><h1>膝盖疼怎么办</h1><div><p>膝盖疼多与劳损有关，先减少爬楼和深蹲。</p><p>疼痛持续两周以上，请到骨科拍片检查。</p></div>' +
      '<div style="position:fixed;bottom:0"><p>回答医生</p><div><b>陈思远</b> <span>主治医师</span> <span>骨科</span> <span>滨海市第一医院</span></div><a href="/consult/1">图文咨询 ¥29</a></div></body></html>';
    expect(read(html)[0]).toMatchObject({ format: 'unknown', doctor: { name: '陈思远' } });
  });
});
