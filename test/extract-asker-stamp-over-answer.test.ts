import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The asker's dated stamp under the question (`张** · 男 · 6岁 · 2023-05-05`, `… · 提问于 2023-05-05 星期五`, `… · 3天前`) heads
 * the asker's words up to the answer's label only where those words stand in the stamp's box (or apart from the label's): a
 * stamp with no words of the asker's under it, the answer right after it in the answer's box, keeps the answer's first
 * paragraph though a label (`医生建议：`) follows it. Before this mend that paragraph was dropped as the asker's, silently.
 */
const ANSWER = ['孩子反复咳嗽，多数与呼吸道感染后气道高反应有关，也要排除过敏性咳嗽。', '建议先到儿科门诊做个血常规和胸片检查，必要时查过敏原，排查咳嗽的原因。', '平时注意保暖，少去人多的地方，多喝温水。'];
const page = (stamp: string, desc = '', side = true) =>
  `<html><head><meta charset="utf-8"><title>孩子反复咳嗽怎么办-健康问答</title></head><body>` +
  `<div class="top"><a href="/">首页</a> <a href="/wenda/">健康问答</a></div><div class="main"><div class="l">` +
  `<div class="ask"><h1>孩子反复咳嗽怎么办</h1><div class="info"><p class="asker">${stamp}</p></div>${desc}</div>` +
  `<div class="answer">${side ? '' : '<div class="hd"><span>医生解答</span></div>'}<p>${ANSWER[0]}</p><p class="lb">医生建议：</p><p>${ANSWER[1]}</p><p>${ANSWER[2]}</p>` +
  `<div class="ft"><span>回答于 2023-05-06</span> <span>有用 38</span></div></div></div>` +
  `<div class="r"><div class="doc"><h4>回答医生</h4><p>王芳</p><p>主治医师</p><p>儿科 江州市人民医院</p></div></div></div></body></html>`;
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://www.example-wenda.cn/q/1.html' }))).find((e) => e.origin === 'page')!;

describe('an asker’s stamp with no words of theirs under it', () => {
  it('leaves the answer whole, its first paragraph too', () => {
    for (const stamp of ['张** · 男 · 6岁 · 2023-05-05', '张** · 男 · 6岁 · 提问于 2023-05-05 星期五', '张** · 男 · 6岁 · 3天前']) {
      const own = read(page(stamp));
      expect(own.answer_paragraphs).toEqual(ANSWER);
      expect(own.doctor).toMatchObject({ name: '王芳', hospital: '江州市人民医院' });
    }
  });

  it('still heads the asker’s words in its box, above the answer’s label', () => {
    const own = read(page('张** · 男 · 6岁 · 提问于 2023-05-05', '<div class="desc"><p>咳了两个多月了，晚上更厉害，吃过止咳糖浆。</p></div>', false).replace(`<p>${ANSWER[0]}</p><p class="lb">医生建议：</p>`, `<p>${ANSWER[0]}</p>`));
    expect(own.answer_paragraphs).toEqual(ANSWER);
  });
});
