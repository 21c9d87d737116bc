import { describe, expect, it } from 'vitest';
import { parseDoctorCard } from '../src/extract/card/card-parts.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A pharmacy chain's 藥師 Q&A (traditional script): the pharmacist who answers is named in a byline at the head (`撰文／{title}
 * {name}（{store}）`), a closing credit (`（本文由{store}{title}{name}解答）`) or a box (`{name} {title} 服務門市：{store}`). The
 * title is as printed (資深藥師, 門市藥師: one title each), the store (`大樹藥局{branch}店`) their workplace, as a hospital is a doctor's.
 */

const STORE = '大樹藥局高雄鳳山店';
const page = (card: string, credit = '') => `<html lang="zh-TW"><head><meta charset="utf-8"><title>吃了感冒藥可以喝咖啡嗎｜某某藥局 健康專欄</title></head><body>
<header><a href="/">某某藥局</a> <a href="/shop/">線上商城</a></header>
<article class="qa">
<h1>吃了感冒藥可以喝咖啡嗎</h1>
<div class="post-date">發佈日期：2023/05/06</div>
${card}<div class="qa-answer">
<p>感冒藥常含有咖啡因成分，與咖啡同時服用可能造成心悸、失眠。</p>
<p>建議服藥期間暫停飲用咖啡，如有不適請諮詢藥師。</p>
</div>
${credit}<p class="disclaimer">※本文僅供參考，用藥請諮詢醫師或藥師，切勿自行停藥或增減劑量。</p>
</article>
<footer>某某醫藥股份有限公司 版權所有</footer></body></html>`;
const doctorOf = (html: string) => entriesOf(extractOrThrow(pageRecord(html))).find((e) => e.origin === 'page')!.doctor;
const pharmacist = (name: string, title: string) => ({ name, title, department: null, hospital: STORE, hospital_grade: null });

describe('a pharmacy chain’s pharmacist credited for the answer', () => {
  it('a box naming the pharmacist, their title and the store they serve at', () => {
    expect(doctorOf(page(`<div class="pharmacist-box"><b>史剛豔</b> 資深藥師<span>服務門市：${STORE}</span></div>`))).toEqual(pharmacist('史剛豔', '資深藥師'));
  });

  it('a closing credit in brackets: the words saying who answers are none of the name or the store', () => {
    expect(doctorOf(page('', `<p class="credit">（本文由${STORE}門市藥師蔡傑解答）</p>`))).toEqual(pharmacist('蔡傑', '門市藥師'));
  });

  it('a byline at the head, the store bracketed after the name', () => {
    expect(doctorOf(page(`<p class="author">撰文／資深藥師 陸琳（${STORE}）</p>`))).toEqual(pharmacist('陸琳', '資深藥師'));
  });

  it('a card printing the rank, a space, the name and the workplace in brackets', () => {
    expect(parseDoctorCard('主任医师 王芳（北岸市人民医院）')).toMatchObject({ name: '王芳', title: '主任医师', hospital: '北岸市人民医院' });
  });
});
