import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/** Issue #9: what the blind split fresh-16 taught the genre reader, each rule on a small page of its own. */

describe('what fresh-16 taught the reader: display order, pages saved as one block of lines', () => {
  const html = (body: string, head = '') => `<html><head><title>胃胀怎么办_某站</title>${head}</head><body>${body}</body></html>`;
  const read = (body: string, head = '', url = 'https://www.example-wenda.cn/q/1.html') => entriesOf(extractOrThrow(pageRecord(html(body, head), { url })));
  const paragraphs = ['胃胀的原因有以下几种：', '1.饮食不规律，少吃产气食物。', '2.饭后适当散步，帮助胃肠蠕动。'];

  it('a page saved as one block of <br> lines: the card on its own lines, paragraphs split by blank lines, the list under a label line', () => {
    const banner = '<div>本文由阅读助手保存于 2024/05/13 15:49 · 原文地址：<a href="https://www.example-wenda.cn/q/1.html">https://www.example-wenda.cn/q/1.html</a></div>';
    const answer = paragraphs.map((p) => `&nbsp;&nbsp;&nbsp;&nbsp;${p}`).join('<br><br>');
    const items = ['饭后胃胀是什么原因', '胃胀气吃什么药'].map((q, n) => `<a href="https://www.example-wenda.cn/q/${n + 2}.html">${q}</a><br>${q}多与饮食习惯有关，注意休息，必要时就医。`);
    const block = `<b>胃胀怎么办</b><br>王清玉 副主任医师<br>消化内科 江州市人民医院（三甲）<br>2021年8月24日<br><br>${answer}<br><br>提示：本内容不能代替面诊。<br><br>相关问题：<br>${items.join('<br><br>')}`;
    const [page, ...related] = read(`${banner}<div style="font-size:14px">${block}</div>`);
    expect(page!.answer_paragraphs).toEqual(paragraphs);
    expect(page!.doctor).toEqual({ name: '王清玉', title: '副主任医师', department: '消化内科', hospital: '江州市人民医院', hospital_grade: '三甲' });
    expect(page!.date).toBe('2021-08-24');
    expect(related.map((e) => e.question)).toEqual(['饭后胃胀是什么原因', '胃胀气吃什么药']);
  });
  it("a flex or grid layout's parts are read in the order CSS `order` shows them, not in the markup's", () => {
    const card = '<div>王清玉 副主任医师 江州市人民医院 三甲 消化内科</div>';
    const list = `<div><h3>相关问题</h3><ul><li><a href="/q/2.html">饭后胃胀是什么原因</a><p>饭后胃胀多与饮食习惯有关，注意休息。</p></li><li><a href="/q/3.html">胃胀气吃什么药</a><p>胃胀气多与饮食习惯有关，必要时就医。</p></li></ul></div>`;
    const parts = [
      ['q', 1, '<h1>胃胀怎么办</h1>'],
      ['rel', 6, list],
      ['answer', 4, `<div>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div>`],
      ['tip', 5, '<p>温馨提示：以上内容仅供参考，不能替代面诊。</p>'],
      ['when', 3, '<div>发布于 2021-08-24 <span>语音</span></div>'],
      ['card', 2, card],
    ] as const;
    const byClass = `<main class="lay">${parts.map(([k, , h]) => `<section class="o-${k}">${h}</section>`).join('')}</main>`;
    const sheet = `<style>.lay{display:grid}${parts.map(([k, n]) => `.o-${k}{order:${n}}`).join('')}</style>`;
    const inline = `<main style="display:flex;flex-direction:column">${parts.map(([, n, h]) => `<section style="order:${n}">${h}</section>`).join('')}</main>`;
    for (const [body, head] of [[byClass, sheet], [inline, '']] as const) {
      const [page, ...related] = read(body, head);
      expect([page!.answer_paragraphs, page!.doctor.name, page!.date, page!.format, related.length]).toEqual([paragraphs, '王清玉', '2021-08-24', 'voice', 2]);
    }
  });
});
