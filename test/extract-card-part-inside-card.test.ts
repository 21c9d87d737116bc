import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A card whose own line reads as a card of its own (`主治医师 · 康宁中医诊所 林厝分行`, the branch read as a name): a part of the
 * card it stands in, no other doctor's card near the answer (doctor-card.ts), so the reading is not doubted for it.
 */

const URL = 'https://www.kangning-tcm.example/ask/771.html';
const html = `<html><head><meta charset="utf-8"><title>腰酸背痛怎么调理 - 康宁中医</title></head><body>
<h1>腰酸背痛怎么调理</h1>
<div class="doc"><p>解答中医师：<b>周明华</b></p><p>主治医师 · 康宁中医诊所 <span>林厝分行</span></p></div>
<p>解答日期：2023-05-06</p>
<div class="answer"><p>腰酸背痛多与久坐、受寒或肾气不足有关，平时注意腰部保暖，避免久坐。</p><p>可以做小燕飞等腰背肌锻炼，每天坚持十分钟。</p></div>
</body></html>`;

describe("a card's own line read as a card", () => {
  it('is no other doctor near the answer', () => {
    const [own] = entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
    expect(own!.doctor).toMatchObject({ name: '周明华', title: '主治医师', hospital: '康宁中医诊所' });
    expect(own!.flags).not.toContain('unsure_reading');
  });
});
