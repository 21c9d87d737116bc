import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on CSS display order, footnotes and references, pages saved as one block of <br> lines, app cards and an answer given in parts.
 * Issue #9: what the blind split fresh-16 taught the genre reader, each rule on a small page of its own.
 */

describe('what fresh-16 taught the reader: display order, footnotes and references, pages saved as one block of lines, app cards, answers in parts', () => {
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
    // The last item has no line breaks after it: shaped as the others all the same.
    expect(related.map((e) => e.flags.includes('unsure_reading'))).toEqual([false, false]);
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
  it("an encyclopedia-linked answer: footnote marks are none of its words, linked terms are; the references and the reviewer's line are none of it", () => {
    const body =
      '<h1>胃胀怎么办</h1><div>王清玉 副主任医师 江州市人民医院 三甲 消化内科</div><div>更新时间：2021-08-24</div>' +
      '<div><p><a href="/baike/1.html">胃胀</a>的<a href="/baike/2.html">原因</a>有<a href="/baike/3.html">以下几种</a>：<sup><a href="#ref-1">[1]</a></sup></p>' +
      '<p>1.饮食不规律，少吃<b>产气食物</b>。<sup>[1]</sup></p><p>2.饭后适当散步，<sup><a href="#ref-2">［2］</a></sup>帮助<a href="/baike/4.html">胃肠</a>蠕动。<sup><a href="#ref-3">3</a></sup></p>' +
      '<p>3.白细胞高于10<sup>9</sup>/L时要复查。</p></div><p>本文由王清玉医生审核</p>' +
      '<div><h4>参考文献</h4><ol><li>[1] 葛均波. 内科学[M]. 北京：人民卫生出版社，2018.</li><li>[2] 中华医学会. 临床诊疗指南[M]. 2019.</li></ol></div>' +
      '<div><h3>相关疾病</h3><ul><li><a href="/baike/gw/">胃炎</a></li><li><a href="/baike/bm/">便秘</a></li></ul></div>';
    const [page] = read(body);
    expect(page!.answer_paragraphs).toEqual(['胃胀的原因有以下几种：', '1.饮食不规律，少吃产气食物。', '2.饭后适当散步，帮助胃肠蠕动。', '3.白细胞高于109/L时要复查。']);
    // Marks printed as text: superscript digits after words, a bracketed number after the last sentence.
    const printed = read('<h1>胃胀怎么办</h1><div>王清玉 副主任医师 江州市人民医院 三甲 消化内科</div><div>更新时间：2021-08-24</div>' +
      '<div><p>1.饮食不规律，少吃产气食物。¹</p><p>2.饭后适当散步²，帮助胃肠蠕动。[3]</p><p>3.腰围超过90cm²时要减重。</p></div>')[0]!;
    expect(printed.answer_paragraphs).toEqual(['1.饮食不规律，少吃产气食物。', '2.饭后适当散步，帮助胃肠蠕动。', '3.腰围超过90cm²时要减重。']);
  });
  it("an app's card: the avatar's initials are no name, badges no card value, the counters none of the answer, the place row the card's", () => {
    const avatar = (letters: string) => `<div style="width:40px;height:40px;border-radius:50%;background:#4a90e2">${letters}</div>`;
    const card =
      `<div style="display:flex">${avatar('清玉')}<div><b>王清玉</b><span>✓平台认证</span><span>执业资格已核验</span> <span>副主任医师</span></div></div>` +
      '<div><span>帮助患者 1.2万</span> <span>好评率 98%</span> <span>平均响应 12分钟</span></div><div>江州市人民医院（三甲） <span>消化内科</span></div>';
    const item = (n: number, q: string, who: string) =>
      `<li><a href="/q/${n}.html"><h4>${q}</h4><p>${q}多与饮食习惯有关，注意休息，必要时就医。</p></a><div style="display:flex">${avatar(who.slice(-1))}<span>${who} 主治医师</span></div></li>`;
    const body = `<h1>胃胀怎么办</h1>${card}<div>2021-08-24 回答</div><div>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div>` +
      `<div><h3>相关问题</h3><ul>${item(2, '饭后胃胀是什么原因', '李明轩')}${item(3, '胃胀气吃什么药', '张丽华')}</ul></div>`;
    const [page, ...related] = read(body);
    expect(page!.doctor).toEqual({ name: '王清玉', title: '副主任医师', department: '消化内科', hospital: '江州市人民医院', hospital_grade: '三甲' });
    expect(page!.answer_paragraphs).toEqual(paragraphs);
    expect(related.map((e) => e.answer_paragraphs)).toEqual([['饭后胃胀是什么原因多与饮食习惯有关，注意休息，必要时就医。'], ['胃胀气吃什么药多与饮食习惯有关，注意休息，必要时就医。']]);
  });
  it('an answer given in parts is one answer, dated and formatted by its first part; a follow-up between two parts is the asker\'s', () => {
    const card = '<div>王清玉 副主任医师 江州市人民医院 三甲 消化内科</div>';
    const first = '<div><span>2021-08-24 09:12</span></div><div><span>▶ 46″</span> <span>语音</span></div><div><div>语音转文字：</div><p>胃胀的原因有以下几种：</p></div>';
    const followUp = '<div><span>患者追问</span> <span>2021-08-24 10:30</span><p>那需要吃药吗？</p></div>';
    const part = (head: string, text: string) => `<div><div><span>${head}</span> <span>图文</span></div><div><p>${text}</p></div></div>`;
    const body = `<h1>胃胀怎么办</h1>${card}<div>${first}${followUp}${part('补充回答 2021-08-25 14:53', paragraphs[1]!)}${part('追加回复 2021年8月27日 20:40', paragraphs[2]!)}</div>`;
    const [page] = read(body);
    expect([page!.answer_paragraphs, page!.date, page!.format]).toEqual([paragraphs, '2021-08-24', 'voice']);
  });
});
