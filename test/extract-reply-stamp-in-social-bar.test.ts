import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A club's expert reply closed by its bar: the reply's labelled day, how long ago beside it, then the bar's buttons
 * (`回复时间：2023-05-06 14:22（8天前） 有用(40) 收藏 分享到微信`). The line is the reply's stamp opening a social bar
 * (furniture-lines.ts): meta, dating the answer, none of its text. And JSON-LD that stamps the answer with its question's own
 * `dateCreated`, the page printing that day as the asking's (`提问时间：`), gives no other day of the answer's (structured-check.ts).
 */
const ANSWER = ['宝宝湿疹多数与皮肤屏障弱有关，洗澡水温不要太高，洗后及时涂保湿霜。', '如果渗液、结痂明显，建议到儿科门诊就诊，在医生指导下用药。'];
const page = (stamp: string, ld = '') =>
  `<html><head><meta charset="utf-8"><title>宝宝湿疹反复怎么办_育儿专家问答_某某妈妈俱乐部</title>${ld}</head><body>` +
  `<header><a href="/"><img src="/logo.png" alt="某某妈妈俱乐部"></a></header>` +
  `<div class="qa"><h1>宝宝湿疹反复怎么办</h1><div class="q-meta"><span>豆豆妈妈</span> <span>宝宝月龄：8个月</span> <span>提问时间：2023-05-04</span></div>` +
  `<div class="q-desc">请问需要做什么检查？</div><div class="answer"><div class="hd">专家回复</div>` +
  `<div class="expert"><p>王芳 <span>主治医师</span></p><p>江州市儿童医院 儿科</p></div>` +
  `<div class="bd">${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div>` +
  `<div class="ft"><span>${stamp}</span> <span>有用(40)</span> <span>收藏</span> <span>分享到微信</span></div></div></div></body></html>`;
const ldOf = (answered: string) =>
  `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'QAPage', mainEntity: { '@type': 'Question', name: '宝宝湿疹反复怎么办', dateCreated: '2023-05-04T09:00:00+08:00', acceptedAnswer: { '@type': 'Answer', text: ANSWER.join(''), dateCreated: `${answered}T10:00:00+08:00` } } })}</script>`;
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://www.example-club.cn/expert/qa/1.html' }))).find((e) => e.origin === 'page')!;

describe('a reply’s labelled day opening the bar of buttons under it', () => {
  it('dates the answer and is none of its text, in each form the day is printed', () => {
    for (const stamp of ['回复时间：2023-05-06 14:22（8天前）', '回复时间：2023年5月6日', '回复时间：2023.05.06']) {
      const own = read(page(stamp));
      expect(own.answer_paragraphs).toEqual(ANSWER);
      expect(own.date).toBe('2023-05-06');
      expect(own.flags).not.toContain('unsure_reading');
    }
  });

  it('is not doubted for structured data stamping the answer with the question’s own day', () => {
    const own = read(page('回复时间：2023年5月6日', ldOf('2023-05-04')));
    expect(own.date).toBe('2023-05-06');
    expect(own.flags).not.toContain('unsure_reading');
  });

  it('is still doubted where the structured data gives the answer a day of its own', () => {
    const own = read(page('回复时间：2023年5月6日', ldOf('2023-05-09')));
    expect(own.flags).toContain('unsure_reading');
  });
});
