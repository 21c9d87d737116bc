import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/** Issue #9: what the blind split fresh-16 taught the genre reader, each rule on a small page of its own. */

describe('what fresh-16 taught the reader: pages saved as one block of lines', () => {
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
});
