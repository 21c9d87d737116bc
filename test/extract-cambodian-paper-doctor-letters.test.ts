import { describe, expect, it } from 'vitest';
import { readMetaLine } from '../src/extract/dates/page-meta.js';
import { isAskerLine } from '../src/extract/words/genre.js';
import { asksOfNothing } from '../src/extract/words/letter-column.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A Cambodian Chinese daily's 医生信箱: the masthead's today in Khmer, the day printed with its Khmer rendering beside it
 * (`2023年05月06日 星期六 ថ្ងៃសៅរ៍ ទី៦ ខែឧសភា ឆ្នាំ២០២៣`), the doctor's card at the head after `解答：` or closing the reply in
 * brackets, the reader named with their town (`金边读者许女士问：`), a `医生答：` on some, the column's back issues under
 * `{column}往期`, dated links only. What fresh-95's jianhua-yisheng-xinxiang taught the genre reader.
 */

const URL = 'https://www.paper.example.kh/20230506/116700';
const QUESTION = '孩子反复咳嗽怎么办';
const ANSWER = ['孩子反复咳嗽多数与呼吸道感染后气道敏感有关，一般两到三周会慢慢好转。', '如果咳嗽超过一个月或者夜间加重，建议到医院做肺功能检查。'];
const CARD = '卡尔梅特医院（Calmette Hospital）儿科专科医生 王立新医生';
const others = [['20230419', '116719', '老人心慌要做什么检查'], ['20210602', '116721', '女性活动后气短是什么原因引起的'], ['20221110', '116728', '产后活动后气短严重吗？']]
  .map(([day, id, q]) => `<li><a href="https://www.paper.example.kh/${day}/${id}">${q}</a><span class="d">${day!.slice(0, 4)}-${day!.slice(4, 6)}-${day!.slice(6)}</span></li>`)
  .join('\n');
const page = (opts: { head: boolean; label: boolean; tag?: boolean }) => `<html lang="zh-Hans-KH"><head><meta charset="utf-8"><title>${QUESTION} - 某某日报</title></head><body>
<div class="masthead"><span>ថ្ងៃច័ន្ទ ទី៩ ខែឧសភា ឆ្នាំ២០២៣</span> <span>美元兑瑞尔 1:4090</span> <a href="/epaper">电子版</a></div>
<div class="wrap"><div class="article"><div class="crumbs"><a href="/">首页</a> &gt; <a href="/category/health">医生信箱</a></div>
<h1>${opts.tag ? '【医生信箱】' : ''}${QUESTION}</h1>
<div class="meta">2023年05月06日 星期六 <span class="kh">ថ្ងៃសៅរ៍ ទី៦ ខែឧសភា ឆ្នាំ២០២៣</span>　来源：某某日报</div>
<div class="content">
${opts.head ? `<p><b>解答：</b>${CARD}</p>` : ''}
<p>金边读者许女士问：请问需要做什么检查？</p>
${opts.label ? '<p><b>医生答：</b></p>' : ''}
${ANSWER.map((p) => `<p>${p}</p>`).join('\n')}
${opts.head ? '' : `<p>（解答：${CARD}）</p>`}
</div></div>
<aside><div class="widget"><h3>医生信箱往期</h3><ul>${others}</ul></div></aside></div></body></html>`;
const pageOf = (opts: Parameters<typeof page>[0]) => entriesOf(extractOrThrow(pageRecord(page(opts), { url: URL }))).find((e) => e.origin === 'page')!;

describe('a Cambodian Chinese paper’s 医生信箱', () => {
  for (const opts of [{ head: true, label: false }, { head: true, label: true, tag: true }, { head: false, label: true }, { head: false, label: false, tag: true }]) {
    it(`reads the headline's question, the card, the reply alone, the day and the back issues (${JSON.stringify(opts)})`, () => {
      const own = pageOf(opts);
      expect(own.question).toBe(QUESTION);
      expect(own.doctor).toMatchObject({ name: '王立新', title: '专科医生', department: '儿科', hospital: '卡尔梅特医院' });
      expect(own.answer_paragraphs).toEqual(ANSWER);
      expect(own.date).toBe('2023-05-06');
      expect(own.related_urls).toHaveLength(3);
      expect(own.flags).not.toContain('unsure_reading');
    });
  }

  it('reads a card under 解答： that names the aid team the doctor serves in before the home hospital', () => {
    const html = page({ head: true, label: false }).replace(CARD, '中国援柬医疗队 西陵市大学附属第二医院消化内科医师 白欣');
    const own = entriesOf(extractOrThrow(pageRecord(html, { url: URL }))).find((e) => e.origin === 'page')!;
    expect(own.doctor).toMatchObject({ name: '白欣', title: '医师', department: '消化内科', hospital: '西陵市大学附属第二医院' });
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.flags).not.toContain('unsure_reading');
  });

  it('reads the day past its Khmer rendering, and no day from Khmer words alone', () => {
    expect(readMetaLine('2023年05月06日 星期六 ថ្ងៃសៅរ៍ ទី៦ ខែឧសភា ឆ្នាំ២០២៣　来源：某某日报')).toMatchObject({ dates: [{ iso: '2023-05-06' }], metaOnly: true });
    expect(readMetaLine('发布时间：2019-11-21 12:06 ថ្ងៃព្រហស្បតិ៍ ទី២១ ខែវិច្ឆិកា ឆ្នាំ២០១៩　来源：某某日报')).toMatchObject({ dates: [{ iso: '2019-11-21' }], metaOnly: true });
    expect(readMetaLine('ថ្ងៃច័ន្ទ ទី៩ ខែឧសភា ឆ្នាំ២០២៣ 美元兑瑞尔 1:4090')).toMatchObject({ dates: [], metaOnly: false });
  });

  it('reads the reader named after their town as the asker, and a follow-up naming nothing as asking of the headline', () => {
    expect(isAskerLine('金边读者许女士问：平时工作比较忙，作息不太规律。')).toBe(true);
    expect(isAskerLine('河南郑州读者王先生来信：孩子总是咳嗽')).toBe(true);
    // A doctor's own words telling what readers ask are the answer's.
    expect(isAskerLine('近日不少读者问：秋冬季节吃什么好')).toBe(false);
    expect(isAskerLine('经常有患者问：这个病能根治吗')).toBe(false);
    expect(asksOfNothing('请问需要做什么检查？')).toBe(true);
    expect(asksOfNothing('有没有什么好的办法缓解？')).toBe(true);
    expect(asksOfNothing('肩背酸痛怎么办')).toBe(false);
    expect(asksOfNothing('孩子打完疫苗发烧怎么办')).toBe(false);
  });
});
