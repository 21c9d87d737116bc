import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { parseCardParts } from '../src/extract/card/card-parts.js';

/**
 * A hospital's own 答疑 page, whose cards name no hospital (the site is it): the doctor's name with the department and rank in a
 * bracket (`程立（骨科副主任医师）`), a photo whose alt names the doctor over a line of the department and rank, or a photo whose
 * alt alone is the card (`程立 副主任医师 骨科`). Read, the hospital the site's; a sidebar of the site's other doctors' photos after
 * the answer, and a booking QR's alt naming the doctor, none of the card. Before, each card was unread (no hospital in it).
 */
const SITE = '江州市第三人民医院';
const QUESTION = '膝盖积液需要抽吗？';
const ANSWER = ['膝盖积液要看积液的多少和原因，少量积液多数休息后可以慢慢吸收。', '积液较多、关节明显肿胀时，可以在医生评估后抽液并做化验，明确原因再治疗。'];
const page = (card: string) =>
  `<html><head><meta charset="utf-8"><title>${QUESTION}_${SITE}</title></head><body>` +
  `<div class="head"><img src="/logo.png" alt=""><span class="site">${SITE}</span> <span>咨询电话：0571-1234567</span></div>` +
  `<div class="nav"><a href="/">首页</a> <a href="/zj/">专家团队</a> <a href="/dy/">在线答疑</a></div>` +
  `<div class="main"><h1>${QUESTION}</h1><p class="info">更新日期：2022-09-14　阅读：512</p>${card}` +
  `<div class="qr"><img src="/qr/1.png" alt="扫码预约程立医生"><p>微信扫码预约</p></div>` +
  `<div class="body"><p>答：${ANSWER[0]}</p><p>${ANSWER[1]}</p></div></div>` +
  `<div class="side"><h3>本院专家</h3><ul><li><img src="/zj/9.jpg" alt="邵文 主任医师 骨科"><span>邵文</span></li>` +
  `<li><img src="/zj/8.jpg" alt="华青 副主任医师 康复医学科"><span>华青</span></li></ul></div>` +
  `<div class="foot">${SITE} 版权所有</div></body></html>`;
const pageOf = (html: string) => entriesOf(extractOrThrow(pageRecord(html))).find((e) => e.origin === 'page')!;
const CARD = { name: '程立', title: '副主任医师', department: '骨科', hospital: SITE };

describe('a hospital site’s card naming no hospital', () => {
  it('reads a name with its department and rank run together in a bracket', () => {
    expect(parseCardParts(['程立（骨科副主任医师）'])).toMatchObject({ name: '程立', title: '副主任医师', department: '骨科', hospital: null });
    // A bracket of other words after a name is no card's run (a saying, a place).
    expect(parseCardParts(['程立（江州人）']).title).toBeNull();
    const entry = pageOf(page('<div class="card"><p>解答专家：程立（骨科副主任医师）</p></div>'));
    expect(entry.doctor).toMatchObject(CARD);
    expect(entry.flags).not.toContain('unsure_reading');
    expect(entry.answer_paragraphs).toEqual(ANSWER);
  });

  it('reads the photo naming the doctor over a line of the department and rank', () => {
    const entry = pageOf(page('<div class="card"><img src="/zj/1.jpg" alt="程立"><p>骨科　副主任医师</p></div>'));
    expect(entry.doctor).toMatchObject(CARD);
    expect(entry.flags).not.toContain('unsure_reading');
  });

  it('reads a photo whose alt alone is the card, and none of the sidebar’s photos', () => {
    const entry = pageOf(page('<div class="card"><img src="/zj/1.jpg" alt="程立 副主任医师 骨科"></div>'));
    expect(entry.doctor).toMatchObject(CARD);
    expect(entry.flags).not.toContain('unsure_reading');
    // A photo's alt naming the doctor and a rank, but no department nor hospital, is no card to read.
    expect(pageOf(page('<div class="card"><img src="/zj/1.jpg" alt="程立 副主任医师"></div>')).doctor.name).toBeNull();
  });
});
