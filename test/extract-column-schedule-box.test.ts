import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A hospital's article answering a reader's question (`市民问：…`) with a clinic's schedule after it (`出诊专家`, a doctor,
 * `{hospital}{department}{title}`, `出诊时间：…`): the box names who sees patients, not who answered, and is no column's card
 * (a `本期专家` box is). Before this mend the scheduled doctor was read as the answer's, silently.
 */
const page = (head: string, labelled: boolean) =>
  `<html><head><meta charset="utf-8"><title>孩子发烧要不要马上吃退烧药_健康科普_江州市人民医院</title></head><body>` +
  `<div class="nav"><a href="/">医院首页</a> <a href="/kepu/">健康科普</a></div><div class="article"><h1>孩子发烧要不要马上吃退烧药</h1>` +
  `<p class="info">发布时间：2023-05-06 10:38　来源：江州市人民医院</p><div class="content">` +
  `<p><strong>市民问：</strong>孩子发烧38度，要不要马上吃退烧药？</p>` +
  `<p>${labelled ? '<strong>专家答：</strong>' : ''}体温不超过38.5℃、孩子精神好的时候，可以先物理降温，多喝水，不一定马上吃药。</p>` +
  `<p>如果孩子精神差、持续高热不退或出现抽搐，要及时就医。</p></div>` +
  `<div class="zjbox"><h4>${head}</h4><p>张建国</p><p>江州市人民医院儿科主任医师</p><p>出诊时间：周二上午、周四全天</p></div></div></body></html>`;
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://www.example-hospital.cn/kepu/1.html' }))).find((e) => e.origin === 'page')!;

describe('a clinic’s schedule box after a reader’s question', () => {
  it('is no card of the answer, labelled or not', () => {
    for (const head of ['出诊专家', '坐诊医生'])
      for (const labelled of [true, false]) {
        const own = read(page(head, labelled));
        expect(own.doctor.name).toBeNull();
        expect(own.flags).toContain('unsure_reading');
      }
  });

  it('an expert’s box (本期专家) is still the column’s card', () => {
    expect(read(page('本期专家', true)).doctor).toMatchObject({ name: '张建国', title: '主任医师', hospital: '江州市人民医院' });
  });
});
