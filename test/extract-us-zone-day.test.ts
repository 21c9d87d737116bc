import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A US site's post line: its day month first with the time and the zone in words (`04/25/2022 17:49 美东时间`), an update day
 * beside it (fresh-118's 希望之聲): the zone is meta as `EST` is, the day the answer's, the update's none of it.
 */
const page = (zone: string) => `<html lang="zh-Hans-US"><head><meta charset="utf-8"><title>腰痛要做什么检查 | 健康问答</title></head><body>
<h1>腰痛要做什么检查</h1>
<div class="post-meta"><span class="date">04/25/2022 17:49 ${zone}</span> <span class="upd">更新：05/03/2022</span></div>
<p>主持人：李文</p><p>嘉宾：王建国（东湖医院骨科主任医师）</p><p>听众提问：腰痛两周了，要做什么检查？</p>
<div class="body"><p>腰痛两周以上，建议先拍腰椎片，必要时做核磁共振。</p><p>平时注意不要久坐，睡硬板床。</p></div>
</body></html>`;

describe('a day with its zone in words on a US site', () => {
  for (const zone of ['美东时间', '美東時間', '美西时间']) {
    it(`${zone}: the day is read month first`, () => {
      const [entry] = entriesOf(extractOrThrow(pageRecord(page(zone), { url: 'https://www.example-radio.org/gb/health/1.html' })));
      expect(entry!.date).toBe('2022-04-25');
    });
  }
});

describe('a Chinese page tagged for US readers (`zh-Hans-US`)', () => {
  const twoWay = (lang: string) =>
    page('美东时间').replace('<html lang="zh-Hans-US">', `<html lang="${lang}">`).replace('04/25/2022 17:49', '05/02/2020 09:28').replace('05/03/2022', '05/10/2020');
  const read = (lang: string) => entriesOf(extractOrThrow(pageRecord(twoWay(lang), { url: 'https://www.example-radio.org/gb/health/1.html' })))[0]!.date;

  it('reads a day no other day of the page settles month first, as the US prints it', () => {
    expect([read('zh-Hans-US'), read('zh-Hant-US')]).toEqual(['2020-05-02', '2020-05-02']);
  });

  it('leaves it unread on a page tagged otherwise (`en-US` is a template default, says nothing)', () => {
    expect([read('zh-CN'), read('en-US')]).toEqual([null, null]);
  });
});
