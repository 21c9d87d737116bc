import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

const pageOf = (html: string) => entriesOf(extractOrThrow(pageRecord(html))).find((e) => e.origin === 'page')!;
const ANSWER = ['湿疹多与皮肤屏障受损有关，洗澡水不要太热，洗后及时涂保湿霜。', '瘙痒明显时可以在医生指导下短期外用药膏，不要自行长期使用激素。'];

/**
 * A topic's heading the title repeats (`湿疹专题答疑`), asking nothing, over the reader's question under its label with the day it
 * was asked bracketed after it (`问：孩子湿疹的原因有哪些（咨询日期：2022年3月1日）`): the labelled line is the question, whether it
 * asks read off its own words. Before, the bracketed day hid its asking and the heading was taken for the question, silently.
 */
const topicPage =
  `<html><head><meta charset="utf-8"><title>湿疹专题答疑-江州市第三人民医院</title></head><body><div class="logo">江州市第三人民医院</div>` +
  `<div class="box"><div class="tit"><span>湿疹专题答疑</span></div><div class="con"><div class="info">发布时间：2022-03-04　来源：皮肤科</div>` +
  `<p>问：孩子湿疹的原因有哪些（咨询日期：2022年3月1日）</p><p>答疑专家：邵文　皮肤科　主治医师</p>` +
  `<p>答：${ANSWER[0]}</p><p>${ANSWER[1]}</p></div></div></body></html>`;

describe('a topic’s heading over a labelled question with its asked day', () => {
  it('reads the labelled question, without its day', () => {
    const entry = pageOf(topicPage);
    expect(entry.question).toBe('孩子湿疹的原因有哪些');
    expect(entry.date).toBe('2022-03-04');
  });
});

/**
 * A hospital's e-newsletter titled by its name and issue alone (`仁和醫院電子報 第88期`): a periodical's issue (genre.ts's series names,
 * 电子报 among them), which confirms nothing either way, so the issue's one `Q：` line under its Q&A column is the question, sure.
 * An issue of two labelled questions answers more than one, and stays unsure. Before, 电子报 was no periodical's name and every such
 * page was doubted.
 */
const issue = (extra = '') =>
  `<html><head><meta charset="utf-8"><title>仁和醫院電子報 第88期</title></head><body><table><tr><td>仁和醫院 電子報</td></tr>` +
  `<tr><td><h3>醫師Q&amp;A｜濕疹</h3><p><b>Q：</b>孩子濕疹反覆發作怎麼辦</p><p><b>A：</b></p><p>濕疹多與皮膚屏障受損有關，洗澡水不要太熱，洗後及時塗保濕霜。</p>` +
  `<p>瘙癢明顯時可以在醫師指導下短期外用藥膏，不要自行長期使用類固醇。</p><p>（本文由皮膚科 邵文 醫師 回覆）</p>${extra}</td></tr>` +
  `<tr><td><h3>活動快訊</h3><p>糖尿病衛教講座　5月6日下午2:00　地點：門診大樓會議室</p></td></tr>` +
  `<tr><td>仁和醫院　地址：江州市中山路1號</td></tr></table></body></html>`;

describe('an e-newsletter’s issue over its Q&A column', () => {
  it('takes the column’s one Q： line for the question, sure', () => {
    const entry = pageOf(issue());
    expect(entry.question).toBe('孩子濕疹反覆發作怎麼辦');
    expect(entry.flags).not.toContain('unsure_reading');
  });
  it('stays unsure where the issue prints two labelled questions', () => {
    const entry = pageOf(issue('<p><b>Q：</b>濕疹會傳染給家人嗎</p><p><b>A：</b></p><p>濕疹不是傳染病，不會傳染給家人，不必擔心。</p>'));
    expect(entry.flags).toContain('unsure_reading');
  });
});
