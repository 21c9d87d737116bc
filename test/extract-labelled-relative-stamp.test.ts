import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * Where the answer's stamp under its text says its day only relative to when the page was served (`回答于 8天前`, the answer's
 * label before it), the answer is undated: the full day over another's reply above it (a 视光师's note before the doctor's
 * answer, stamped under its own text) is that reply's. Before this rule the label hid the stamp, and the other reply's day
 * was read as the answer's, silently.
 */
const page = (stamp: string) =>
  `<html><head><meta charset="utf-8"><title>眼睛干涩怎么办_眼科问答</title></head><body>` +
  `<div class="q"><h1>眼睛干涩怎么办？</h1><p class="desc">每天看电脑，眼睛很干。</p><p class="meta">患者徐**　提问时间：2023-05-01</p></div>` +
  `<div class="reply"><p class="who">视光师 杨玉兰：</p><p>您好，建议先到门诊做一次泪膜检查，医生会结合结果给您答复。</p><span class="t">2023-05-02 20:29</span></div>` +
  `<div class="answer"><h3>医生回答</h3><div class="doc"><p class="nm">廖敏 <span>主治医师</span></p><p class="org">某某眼科中心 · 眼表科</p></div>` +
  `<div class="txt"><p>眼睛干涩多与长时间用眼、泪液分泌不足有关，建议每用眼40分钟休息一下。</p><p>可以在医生指导下使用人工泪液，症状不缓解要及时复诊。</p></div>` +
  `<div class="foot"><span>${stamp}</span><span>有帮助 147</span></div></div></body></html>`;
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://www.example-eye.cn/wenda/1.html' }))).find((e) => e.origin === 'page')!;

describe('the answer’s own stamp `回答于 N天前`', () => {
  it('leaves the answer undated: the reply above keeps its day', () => {
    expect(read(page('回答于 8天前')).date).toBeNull();
  });

  it('a full day there dates the answer', () => {
    expect(read(page('回答于 2023-05-06')).date).toBe('2023-05-06');
  });
});
