import { describe, expect, it } from 'vitest';
import { readMetaLine } from '../src/extract/dates/page-meta.js';
import { isDayAndFields } from '../src/extract/dates/info-line.js';
import { isServedDayLine } from '../src/extract/dates/served-day.js';
import { namesCopySource } from '../src/extract/dates/published-date.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/** Days as overseas Chinese sites print them: a time zone and a weekday beside them, the paper's fields after them, a masthead's day served. */

const pageOf = (title: string, body: string, head = '') =>
  entriesOf(extractOrThrow(pageRecord(`<html><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`, { url: 'saved-page.html' }))).find((e) => e.origin === 'page')!;

describe('a day with its time zone or weekday', () => {
  it('is a meta line, as the day alone is', () => {
    for (const line of ['19 Aug 2022 14:19 BST', '2022-08-19 14:19 EDT', 'May 6, 2023 2:22 PM PDT', '6 May 2023 09:41 AEDT', 'Friday, 19 Aug 2022', '2023-05-06 22:05 ET']) {
      expect(readMetaLine(line).metaOnly).toBe(true);
    }
    expect(readMetaLine('CT检查 2022-08-19').metaOnly).toBe(false);
  });

  it('is meta with the paper’s labelled fields after it, not a line of the answer', () => {
    expect(isDayAndFields('Friday, 19 Aug 2022 14:19 BST 来源：欧华周报 责任编辑：Lisa Wu')).toBe(true);
    expect(isDayAndFields('2022年5月6日，来源：网络，建议多喝水。')).toBe(false);
  });
});

describe('a masthead’s weather and day', () => {
  it('is the day the page was served: it dates no answer printed relative', () => {
    expect(isServedDayLine('悉尼华人网 悉尼 17°C 27/03/2022')).toBe(true);
    const entry = pageOf(
      '老人拉肚子还呕吐怎么回事',
      `<div><a href="/">悉尼华人网</a> <span>悉尼 17°C</span> <span>27/03/2022</span></div><div><a href="/news/">新闻</a> <a href="/health/">健康</a></div>` +
        `<h1>老人拉肚子还呕吐怎么回事</h1><p>网友「墨尔本阿May」 · 9天前</p><p>最近一段时间一直这样，不知道是什么原因。</p>` +
        `<h3>医生回答</h3><p>李雅琪医生</p><p>注册中医师 · BHSc (Chinese Medicine)</p><p>仁和中医诊所</p><span>6 days ago</span>` +
        `<div><p>老人拉肚子可能是以下原因引起：</p><p>如果症状持续不缓解或者逐渐加重，应尽快到消化内科就诊。</p></div>`,
    );
    expect(entry.date).toBeNull();
    expect(entry.answer_paragraphs).toContain('老人拉肚子可能是以下原因引起：');
    expect(entry.answer_paragraphs).not.toContain('6 days ago');
    expect(entry.answer_paragraphs).not.toContain('最近一段时间一直这样，不知道是什么原因。');
  });
});

describe('a 来源 naming a section of the site itself', () => {
  it('is no copy source: the page’s own 发布时间 stands', () => {
    expect(namesCopySource('加国360健康频道', '经期手抖怎么办？ - 健康 - 加国360')).toBe(false);
    expect(namesCopySource('39问医生', '经期手抖怎么办？ - 健康 - 加国360')).toBe(true);
  });
});

describe('a <meta> publishing day where the page prints a day that reads two ways', () => {
  it('is read, and the entry flagged', () => {
    const q = '女性总是手上起疱疹是什么病';
    const entry = pageOf(
      q,
      `<h1>${q}</h1><p>发布时间：03/11/2020 14:41</p><p><strong>读者问：</strong>${q}？</p><p>（万锦 李女士）</p><p><strong>答：</strong></p>` +
        `<p>手上起疱疹常见的原因有以下几种：一般与手足口病有关，注意休息。</p><div><p>姓名：周思敏</p><p>职务：注册中医师</p><p>诊所：仁心中医针灸诊所</p></div>`,
      '<meta property="article:published_time" content="2020-03-11T19:41:00Z">',
    );
    expect(entry.flags).toContain('unsure_reading');
  });
});
