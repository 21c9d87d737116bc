import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { isBioLine } from '../src/extract/words/card-words.js';

/**
 * A doctor's column page showing one of its answers open (`?id=N`) among the column's others, each collapsed to its linked
 * question, day and preview, under no list's head: the column's head is the card (its bio's sentence of where the doctor
 * practises is the card's, card-words.ts), the others are the page's related items (column-others.ts) — doubted where they are
 * printed as the column's feed (some before the page's own, or in the order of their days).
 */

const URL = 'https://health.example-portal.ca/column/dr-chen?id=3051';
const OWN = `<div class="entry"><h2>湿疹反复发作怎么办？</h2><p class="when">2023-05-06</p>
<div class="text"><p>湿疹反复发作多与皮肤屏障受损有关，平时要注意保湿，洗澡水不要太热。</p><p>急性期可以在医生指导下短期外用弱效激素药膏，瘙痒明显时避免搔抓。</p></div></div>`;
const other = (id: number, q: string, day: string, preview: string) =>
  `<div class="entry"><h3><a href="?id=${id}">${q}</a></h3><p class="when">${day}</p><p class="lead">${preview}</p><a class="more" href="?id=${id}">阅读全文</a></div>`;
const OTHERS = [other(2990, '荨麻疹吃什么药好得快？', '2022-11-02', '荨麻疹急性发作时可以口服抗组胺药物…'), other(3012, '手上脱皮是什么原因', '2023-02-17', '手上脱皮常见于汗疱疹和接触性皮炎…')];
const page = (entries: string, bio = '目前在温哥华执业，每周在专栏回答读者来信。') => `<html><head><meta charset="utf-8"><title>湿疹反复发作怎么办？ - 陈伟文医生专栏</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/column/">专栏</a></div>
<div class="head"><h1>陈伟文医生</h1><p>主治医师</p><p>北岸市人民医院 皮肤科</p><p>${bio}</p></div>
<div class="list">
${entries}
</div>
<p class="note">专栏内容仅供参考，不能代替面诊。</p></body></html>`;
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));

describe("a doctor's column page, one answer open among the column's others", () => {
  it("reads the column's head as the card, its bio's sentence of where the doctor practises none of its fields", () => {
    expect(isBioLine('目前在温哥华执业，每周在专栏回答读者来信。')).toBe(true);
    expect(isBioLine('目前在家休息，多喝水。')).toBe(false);
    const [own] = read(page([OWN, ...OTHERS].join('\n')));
    expect(own!.doctor).toMatchObject({ name: '陈伟文', title: '主治医师', department: '皮肤科', hospital: '北岸市人民医院' });
  });

  it('reads the collapsed others after the open answer as its related items, undoubted', () => {
    const entries = read(page([OWN, ...OTHERS].join('\n')));
    const own = entries.find((e) => e.origin === 'page')!;
    const related = entries.filter((e) => e.origin === 'related');
    expect(own.answer_paragraphs).toHaveLength(2);
    expect(related.map((e) => [e.question, e.answer_paragraphs, e.date, e.url])).toEqual([
      ['荨麻疹吃什么药好得快？', ['荨麻疹急性发作时可以口服抗组胺药物…'], '2022-11-02', 'https://health.example-portal.ca/column/dr-chen?id=2990'],
      ['手上脱皮是什么原因', ['手上脱皮常见于汗疱疹和接触性皮炎…'], '2023-02-17', 'https://health.example-portal.ca/column/dr-chen?id=3012'],
    ]);
    expect(own.flags).not.toContain('unsure_reading');
    expect(related.every((e) => !e.flags.includes('unsure_reading'))).toBe(true);
  });

  it("doubts them where they are printed as the column's feed, the open answer among them", () => {
    const entries = read(page([OTHERS[1]!, OWN, OTHERS[0]!].join('\n')));
    const own = entries.find((e) => e.origin === 'page')!;
    const related = entries.filter((e) => e.origin === 'related');
    expect(related).toHaveLength(2);
    expect(own.flags).toContain('unsure_reading');
    expect(related.every((e) => e.flags.includes('unsure_reading'))).toBe(true);
  });
});
