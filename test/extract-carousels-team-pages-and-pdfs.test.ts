import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on <template>s, looping carousels' copies, Chinese-numeral dates, doctors' team pages, an elderly mode's glyphs and documents converted from PDF.
 * Issue #9: what the blind split fresh-15 taught the genre reader, each rule on a small page of its own.
 */

describe('what fresh-15 taught the reader: templates, carousel copies, Chinese-numeral dates, team pages, elderly mode, converted PDFs', () => {
  const html = (body: string, head = '') => `<html><head><title>胃胀怎么办_某站</title>${head}</head><body>${body}</body></html>`;
  const read = (body: string, head = '', url = 'https://www.example-wenda.cn/q/1.html') => entriesOf(extractOrThrow(pageRecord(html(body, head), { url })));
  const card = '<div>王清玉 副主任医师 江州市人民医院 三甲 消化内科</div>';
  const answer = '<p>胃胀多与饮食有关，少吃产气食物。</p><p>饭后适当散步，帮助胃肠蠕动。</p>';
  const paragraphs = ['胃胀多与饮食有关，少吃产气食物。', '饭后适当散步，帮助胃肠蠕动。'];
  const item = (n: number, q: string, extra = '') =>
    `<li${extra}><a href="/q/${n}.html">${q}</a><p>${q.replace(/[？?]$/u, '')}多与饮食习惯有关，注意休息，必要时就医。</p></li>`;

  it('a plain <template> is never rendered: the Q&As it preloads are none of the page and its links no related items', () => {
    const preload = `<template id="next"><article><h1>头痛怎么办</h1><div>李明 主任医师 江州市人民医院 神经内科</div><p>头痛要先查明原因。</p>` +
      `<div><h3>相关问题</h3><ul>${item(7, '头晕怎么办')}${item(8, '偏头痛吃什么药')}</ul></div></article></template>`;
    const body = `${preload}<h1>胃胀怎么办</h1>${card}<div>回答时间：2021-08-24</div>${answer}` +
      `<div><h3>相关问题</h3><ul>${item(2, '饭后胃胀是什么原因')}${item(3, '胃胀气吃什么药')}</ul></div>`;
    const [page, ...related] = read(body);
    expect(page!.answer_paragraphs).toEqual(paragraphs);
    expect(related.map((e) => e.url)).toEqual(['https://www.example-wenda.cn/q/2.html', 'https://www.example-wenda.cn/q/3.html']);
  });

  it("a looping carousel's copies of its slides are the same items: each once, in the real slides' order", () => {
    const slide = (n: number, q: string, copy = '') => `<div class="slide${copy}"${copy ? ' aria-hidden="true"' : ''}><a href="/q/${n}.html"><h4>${q}</h4><p>${q}多与饮食习惯有关，注意休息，必要时就医。</p></a></div>`;
    const slides = [slide(4, '胃痛吃什么药', ' slide-duplicate'), slide(2, '饭后胃胀是什么原因'), slide(3, '胃胀气吃什么药'), slide(4, '胃痛吃什么药'), slide(2, '饭后胃胀是什么原因', ' slide-duplicate')];
    const body = `<h1>胃胀怎么办</h1>${card}<div>回答时间：2021-08-24</div>${answer}<div><h3>相关问题</h3><div class="track">${slides.join('')}</div></div>`;
    const [, ...related] = read(body);
    expect(related.map((e) => (e.url ?? '').replace('https://www.example-wenda.cn', ''))).toEqual(['/q/2.html', '/q/3.html', '/q/4.html']);
  });

  it('a date in Chinese numerals is the date it names; a date label in a cell of its own dates the value after it, the asker\'s kept apart', () => {
    const body = `<h1>胃胀怎么办</h1><table><tr><th>咨询时间</th><td>二〇二三年五月四号</td></tr></table>` +
      `<table><tr><th>答复医生</th><td>王清玉（副主任医师）</td></tr><tr><th>答复科室</th><td>消化内科</td></tr><tr><th>答复时间</th><td>二零二三年五月十六日</td></tr></table>${answer}` +
      `<div><p>江州市人民医院消化内科</p><p>二零二三年五月十六日</p></div>`;
    const [page] = read(body);
    expect(page!.date).toBe('2023-05-16');
  });

  it("a hospital's masthead prints its grade beside its name; 其他咨询 heads the hospital's list of other consultations", () => {
    const body = `<div><b>江州市人民医院</b><span>三级甲等医院</span></div><h2>胃胀怎么办</h2><div>王清玉 副主任医师 江州市人民医院 消化内科</div><div>回答时间：2021-08-24</div>${answer}` +
      `<div><h3>其他咨询</h3><ul>${item(2, '饭后胃胀是什么原因')}${item(3, '胃胀气吃什么药')}</ul></div>`;
    const [page, ...related] = read(body);
    expect([page!.doctor.hospital, page!.doctor.hospital_grade, related.length]).toEqual(['江州市人民医院', '三级甲等', 2]);
  });

  it("a doctors' team page: the team's hospital and department; a reply signed by the team alone names no one; the assistant's note is no answer", () => {
    const header = '<div><h2>王清玉医生团队</h2><p>江州市人民医院　消化内科</p><p>团队成员 3 人</p></div>';
    const note = '<div><span>医助 小王（医生助理）</span><p>温馨提醒：请按医嘱用药，检查结果出来后可上传报告继续咨询。</p><span>2021-08-26 21:36</span></div>';
    const members = '<div><h3>团队成员</h3><ul><li>王清玉 主任医师 团队负责人</li><li>李明 住院医师</li></ul></div>';
    const member = read(`${header}<h1>胃胀怎么办</h1><div><b>李明</b> <span>住院医师</span> 团队成员 回复</div><div>回复于 2021-08-24</div><div>${answer}</div>${note}${members}`)[0]!;
    expect([member.doctor, member.answer_paragraphs]).toEqual([{ name: '李明', title: '住院医师', department: '消化内科', hospital: '江州市人民医院', hospital_grade: null }, paragraphs]);
    const team = read(`${header}<h1>胃胀怎么办</h1>${note}<div>王清玉医生团队 回复</div><div>回复时间：2021-08-24</div><div>${answer}</div>${members}`)[0]!;
    expect([team.doctor, team.answer_paragraphs, team.date]).toEqual([{ name: null, title: null, department: '消化内科', hospital: '江州市人民医院', hospital_grade: null }, paragraphs, '2021-08-24']);
  });

  it('an elderly mode: emoji and icon-font glyphs before values are pictures, read-aloud buttons none of the answer or a snippet', () => {
    const body = `<h1 aria-label="胃胀怎么办"><span aria-hidden="true">❓</span>胃胀怎么办</h1><div><span aria-hidden="true">👨‍⚕️</span><b>王清玉</b> <span>副主任医师</span><div><span aria-hidden="true">🏥</span>江州市人民医院<span>三甲</span> 消化内科</div></div>` +
      `<div><span aria-hidden="true">🕐</span>2021.08.24</div><div><button>🔊 全文朗读</button></div>` +
      `<div><p>胃胀多与饮食有关，少吃产气食物。</p><span><i class="iconfont">&#xe67e;</i>听一听</span></div><div><p>饭后适当散步，帮助胃肠蠕动。</p><a href="javascript:;" role="button">▶ 听</a></div>` +
      `<div><h2><span aria-hidden="true">📋</span>相关问题</h2><ul><li><a href="/q/2.html"><div>饭后胃胀是什么原因</div><div>饭后胃胀多与进食过快有关，细嚼慢咽有帮助。</div></a><span>2021-03-25</span><span><i class="iconfont">&#xe68e;</i>听一听</span></li>` +
      `<li><a href="/q/3.html"><div>胃胀气吃什么药</div><div>胃胀气可在医生指导下用药，不要自行服药。</div></a><span>2021-04-02</span><a href="javascript:;" role="button">▶ 听</a></li></ul></div>`;
    const [page, ...related] = read(body);
    expect([page!.question, page!.doctor.name, page!.doctor.hospital, page!.answer_paragraphs]).toEqual(['胃胀怎么办', '王清玉', '江州市人民医院', paragraphs]);
    expect(related.map((e) => [e.answer_paragraphs, e.date, e.flags.includes('unsure_reading')])).toEqual([
      [['饭后胃胀多与进食过快有关，细嚼慢咽有帮助。'], '2021-03-25', false],
      [['胃胀气可在医生指导下用药，不要自行服药。'], '2021-04-02', false],
    ]);
  });

  it("a document converted from a PDF: its placed lines joined into paragraphs across the PDF's pages, the running header and footer none of it", () => {
    const head = '<style>.t{position:absolute;white-space:pre}.x0{left:96px}.x1{left:138px}.x2{left:118px}.x9{left:410px}.f1{font-size:36px}.f2{font-size:42px}.f3{font-size:46px}.f4{font-size:60px}' + Array.from({ length: 12 }, (_, i) => `.y${i}{bottom:${1000 - 60 * i}px;}`).join('') + '</style>';
    // Each line at its height on the PDF's page (bottom), as the converter places it.
    let y = 0;
    const line = (x: string, f: string, text: string) => `<div class="t ${x} y${y++ % 12} ${f}">${text}</div>`;
    const page = (n: number, lines: string[]) => `<div class="pf" data-page-no="${n}">${line('x0', 'f1', '某站　　问答打印稿')}${lines.join('')}${line('x9', 'f1', `— ${n} —`)}</div>`;
    const body =
      page(1, [
        line('x2', 'f4', '胃胀怎么办'),
        line('x0', 'f2', '解答医生：王清玉　副主任医师'),
        line('x0', 'f2', '所在医院：江州市人民医院（三甲）　科室：消化内科'),
        line('x0', 'f2', '回答时间：2021-08-24'),
        line('x0', 'f3', '医生回答：'),
        line('x1', 'f2', '胃胀多与饮食有关，少吃产气'),
        line('x0', 'f2', '食物。'),
        line('x1', 'f2', '饭后适当散步，帮助胃肠'),
      ]) +
      page(2, [
        line('x0', 'f2', '蠕动。'),
        line('x0', 'f3', '相关问答'),
        line('x0', 'f2', '1. 饭后胃胀是什么原因'),
        line('x1', 'f2', '饭后胃胀多与进食过快有关，细'),
        line('x1', 'f2', '嚼慢咽有帮助。'),
        line('x1', 'f2', '链接：<a href="https://www.example-wenda.cn/q/2.html">https://www.example-wenda.cn/q/2.html</a>'),
        line('x0', 'f2', '2. 胃胀气吃什么药'),
        line('x1', 'f2', '胃胀气可在医生指导下用药，不'),
        line('x1', 'f2', '要自行服药。'),
        line('x1', 'f2', '链接：<a href="https://www.example-wenda.cn/q/3.html">https://www.example-wenda.cn/q/3.html</a>'),
      ]);
    const [entry, ...related] = read(body, head, 'https://www.example-wenda.cn/print/1.html');
    expect([entry!.question, entry!.doctor.name, entry!.doctor.hospital, entry!.date, entry!.answer_paragraphs]).toEqual(['胃胀怎么办', '王清玉', '江州市人民医院', '2021-08-24', paragraphs]);
    expect(related.map((e) => [e.question, e.answer_paragraphs, e.url])).toEqual([
      ['饭后胃胀是什么原因', ['饭后胃胀多与进食过快有关，细嚼慢咽有帮助。'], 'https://www.example-wenda.cn/q/2.html'],
      ['胃胀气吃什么药', ['胃胀气可在医生指导下用药，不要自行服药。'], 'https://www.example-wenda.cn/q/3.html'],
    ]);
  });

  it("a converted PDF's related item: the line an item's address stands on tells nothing of how the next item's snippet is set; a snippet line cut before `况：` goes on", () => {
    const head = '<style>.t{position:absolute;white-space:pre}.x0{left:96px}.x1{left:138px}.f2{font-size:42px}.f3{font-size:46px}.f4{font-size:60px}' + Array.from({ length: 16 }, (_, i) => `.y${i}{bottom:${1000 - 60 * i}px;}`).join('') + '</style>';
    let y = 0;
    const line = (x: string, f: string, text: string) => `<div class="t ${x} y${y++} ${f}">${text}</div>`;
    const link = (n: number) => line('x1', 'f2', `链接：<a href="https://www.example-wenda.cn/q/${n}.html">https://www.example-wenda.cn/q/${n}.html</a>`);
    const body = [
      line('x0', 'f4', '胃胀怎么办'),
      line('x0', 'f2', '解答医生：王清玉　副主任医师　江州市人民医院　消化内科'),
      line('x0', 'f2', '回答时间：2021-08-24'),
      line('x1', 'f2', '胃胀多与饮食有关，少吃产气食物。'),
      line('x0', 'f3', '相关问答'),
      line('x0', 'f2', '1. 饭后胃胀是什么原因'),
      line('x1', 'f2', '饭后胃胀多与进食过快有关，细'),
      line('x1', 'f2', '嚼慢咽有帮助。'),
      link(2),
      line('x0', 'f2', '2. 胃胀气吃什么药'),
      line('x1', 'f2', '胃胀气需要结合具体情况来看，一般有以下几种情'),
      line('x1', 'f2', '况：可在医生指导下用药，不'),
      line('x1', 'f2', '要自行服药。'),
      link(3),
    ].join('');
    const [, ...related] = read(body, head, 'https://www.example-wenda.cn/print/1.html');
    expect(related.map((e) => [e.question, e.answer_paragraphs])).toEqual([
      ['饭后胃胀是什么原因', ['饭后胃胀多与进食过快有关，细嚼慢咽有帮助。']],
      ['胃胀气吃什么药', ['胃胀气需要结合具体情况来看，一般有以下几种情况：可在医生指导下用药，不要自行服药。']],
    ]);
  });

  it("a <title> that is only a file's name (a converted document's) says nothing of the question: the heading is not doubted", () => {
    const page = `<html><head><title>wenda_116831.pdf</title></head><body><h1>胃胀怎么办</h1>${card}<div>回答时间：2021-08-24</div>${answer}</body></html>`;
    const [entry] = entriesOf(extractOrThrow(pageRecord(page, { url: 'https://www.example-wenda.cn/print/1.html' })));
    expect([entry!.question, entry!.flags.includes('unsure_reading')]).toEqual(['胃胀怎么办', false]);
  });
});
