import { describe, expect, it } from 'vitest';
import { readMetaLine } from '../src/extract/dates/page-meta.js';
import { bracketedCredit, cardLine } from '../src/extract/card/credit-sentence.js';
import { isAdLine } from '../src/extract/words/answer-extras.js';
import { isAskerLine } from '../src/extract/words/genre.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * An Indonesian Chinese daily's column of readers' letters: an Indonesian day alone (`Sabtu, 6 Mei 2023`), the reader named with
 * their town (`读者林先生（泗水）来信：`), the doctor's card at the head (`{hospital}（{Indonesian}）{department}专科医生 {name}医生`)
 * or closing the reply in brackets, `医生答：`, a clinic's WhatsApp number after it, the column's other letters under
 * `{column}其他文章`. What fresh-94's qiandao-yiyao-xinxiang taught the genre reader.
 */

const URL = 'https://www.paper.example.id/news/5521';
const QUESTION = '孩子反复咳嗽怎么办';
const ANSWER = ['孩子反复咳嗽多数与呼吸道感染后气道敏感有关，一般两到三周会慢慢好转。', '如果咳嗽超过一个月或者夜间加重，建议到医院做肺功能检查。'];
const others = [['127001', '孩子发烧要不要马上吃退烧药'], ['127002', '老人晚上睡不着怎么办'], ['127003', '胃胀气吃什么好']]
  .map(([id, q]) => `<li><a href="https://www.paper.example.id/news/${id}">${q}</a><span>2023-04-2${id!.slice(-1)}</span></li>`)
  .join('\n');
const page = (opts: { tag?: boolean; head?: boolean; label?: boolean }) => `<html lang="zh-Hans-ID"><head><meta charset="utf-8"><title>${QUESTION} - 某某日报</title></head><body>
<div class="top"><span>Senin, 12 Juni 2023</span> <a href="/epaper">电子报</a></div>
<ul class="nav"><li><a href="/category/news">印尼新闻</a></li><li><a href="/category/health">医药信箱</a></li></ul>
<div class="main"><div class="crumb"><a href="/">首页</a> » <a href="/category/health">医药信箱</a></div><h1>${opts.tag ? '医药信箱：' : ''}${QUESTION}</h1>
<div class="meta"><span>Sabtu, 6 Mei 2023</span> <span>（3天前）</span></div>
<div class="content">
${opts.head ? '<p>和平医院（RS Husada）儿科专科医生 王立新医生</p>' : ''}
<p>读者林先生（泗水）来信：请问需要做什么检查？</p>
${opts.label ? '<p><strong>医生答：</strong></p>' : ''}
${ANSWER.map((p) => `<p>${p}</p>`).join('\n')}
${opts.head ? '' : '<p>（王立新医生，和平医院儿科专科医生）</p>'}
</div>
<div class="ad"><p>和平医院华语服务 WhatsApp: +62 855-1961-1839</p></div></div>
<aside><h3>医药信箱其他文章</h3><ul>${others}</ul></aside></body></html>`;
const pageOf = (opts: Parameters<typeof page>[0]) => entriesOf(extractOrThrow(pageRecord(page(opts), { url: URL }))).find((e) => e.origin === 'page')!;

describe('an overseas paper’s column of readers’ letters', () => {
  for (const opts of [{ head: true, label: true, tag: true }, { head: false, label: true }, { head: true, label: false }]) {
    it(`reads the headline's question, the card, the reply alone and the Indonesian day (${JSON.stringify(opts)})`, () => {
      const own = pageOf(opts);
      expect(own.question).toBe(QUESTION);
      expect(own.doctor).toMatchObject({ name: '王立新', title: '专科医生', department: '儿科', hospital: '和平医院' });
      expect(own.answer_paragraphs).toEqual(ANSWER);
      expect(own.date).toBe('2023-05-06');
      expect(own.related_urls).toHaveLength(3);
      expect(own.flags).not.toContain('unsure_reading');
    });
  }

  it('its lines, each read as what it is', () => {
    expect(readMetaLine('Sabtu, 6 Mei 2023')).toMatchObject({ dates: [{ iso: '2023-05-06' }], metaOnly: true });
    expect(readMetaLine('Jumaat, 4 Ogos 2023').dates[0]?.iso).toBe('2023-08-04');
    expect(isAskerLine('读者林先生（泗水）来信：请问需要做什么检查？')).toBe(true);
    expect(isAskerLine('读书时间长了眼睛干涩怎么办')).toBe(false);
    expect(bracketedCredit('（王立新医生，和平医院儿科专科医生）')).toMatchObject({ name: '王立新', title: '专科医生', hospital: '和平医院' });
    expect(cardLine('和平医院（RS Husada）儿科专科医生 王立新医生')).toMatchObject({ name: '王立新', title: '专科医生', hospital: '和平医院' });
    expect(cardLine('王立新医生表示，和平医院儿科专科医生')).toBeNull();
    expect(isAdLine('和平医院华语服务 WhatsApp: +62 855-1961-1839')).toBe(true);
    expect(isAdLine('每天喝水2000毫升，连续服用7天')).toBe(false);
  });
});
