import { describe, expect, it } from 'vitest';
import { readMetaLine } from '../src/extract/dates/page-meta.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on community roles before a name, post badges, a community's featured topics and a consultation shared from a health app.
 * What the blind split fresh-38 taught the genre reader (planet-topic, wearable-share), each rule on a small page of its own.
 */

const URL = 'https://m.example-quan.cn/t/88.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = ['早醒多与作息和情绪有关，先固定起床时间。', '持续一个月以上，请到神经内科或睡眠门诊就诊。'];
const answerHtml = ANSWER.map((p) => `<p>${p}</p>`).join('');
const items = (n: number) =>
  Array.from({ length: n }, (_, i) => `<li><a href="/t/${90 + i}.html">失眠吃什么好${i}</a><p>失眠时晚饭不宜过饱，睡前少看手机。</p></li>`).join('');

describe('a community role printed before the owner’s name (星主, 群主) is no name', () => {
  const community = (role: string, reply: string) =>
    `<html><head><title>老人总是早醒怎么办 - 睡眠健康圈</title></head><body>` +
    `<header><strong>睡眠健康圈</strong><div><em>${role}</em><span>周明</span></div><div>南江市人民医院 · 神经内科 · 主任医师</div><small>成员 3201</small></header>` +
    `<article><div>夏天 提问</div><div>老人总是早醒怎么办</div><div><div>${reply}</div>${answerHtml}</div></article>` +
    `<aside><h3>相关问答</h3><ul>${items(3)}</ul></aside></body></html>`;

  it('the name beside the role is the doctor’s, and the line naming who answers none of the answer', () => {
    for (const role of ['星主', '群主']) {
      const [own] = read(community(role, '周明 回答：'));
      expect(own!.doctor.name, role).toBe('周明');
      expect(own!.doctor.title).toBe('主任医师');
      expect(own!.answer_paragraphs).toEqual(ANSWER);
    }
  });
});

describe('a post’s badge (精华, 置顶) beside its day', () => {
  it('is meta: the line is the day and the badge only', () => {
    expect(readMetaLine('2021-03-04 09:12 置顶').metaOnly).toBe(true);
    expect(readMetaLine('精华 2021年3月4日 语音回答')).toEqual({ dates: [{ iso: '2021-03-04', kind: 'plain' }], format: 'voice', metaOnly: true });
  });

  it('dates a topic whose day stands above the asker’s line and the question', () => {
    const html =
      `<html><head><title>老人总是早醒怎么办 - 睡眠健康圈</title></head><body>` +
      `<div><b>李华</b> 副主任医师 南江市人民医院 神经内科</div>` +
      `<section><p>2021-03-04 09:12 <span>置顶</span></p><p>阿杰 提问</p><p>老人总是早醒怎么办</p><div>${answerHtml}</div></section>` +
      `<div><h3>相关问答</h3><ul>${items(3)}</ul></div></body></html>`;
    const [own] = read(html);
    expect(own!.date).toBe('2021-03-04');
    expect(own!.flags).not.toContain('unsure_reading');
  });
});

describe('a community’s featured topics (本圈精华) under the answer', () => {
  const html = (head: string) =>
    `<html><head><title>老人总是早醒怎么办 - 睡眠健康圈</title></head><body>` +
    `<h1>老人总是早醒怎么办</h1><div><b>李华</b> 副主任医师 南江市人民医院 神经内科</div><p>2021-03-04 <i>精华</i></p><div>${answerHtml}</div>` +
    `<div><h4>${head}</h4><ol>${items(2)}</ol></div></body></html>`;

  it('are the related list, however few', () => {
    for (const head of ['本圈精华', '精华问答']) {
      const [own, ...related] = read(html(head));
      expect(related.map((r) => r.question), head).toEqual(['失眠吃什么好0', '失眠吃什么好1']);
      expect(own!.answer_paragraphs).toEqual(ANSWER);
      expect(own!.date).toBe('2021-03-04');
    }
  });
});

describe('a consultation shared from a health app (健康咨询, the question under 我的问题 / 咨询内容)', () => {
  const shared = (label: string, readings: string) =>
    `<html><head><title>健康咨询 - 小米运动</title></head><body>` +
    `<nav>来自小米运动的分享 <a href="/open">打开</a></nav><h1>健康咨询</h1>` +
    `<dl><dt>${label}</dt><dd>最近血压偏高需要吃药吗？</dd></dl>${readings}` +
    `<div><b>陈静</b> 主治医师 东湖市第一人民医院 心内科</div><p>回复于 2023-04-03</p>` +
    `<div><p>偶尔偏高先复测一周，记录早晚血压。</p><p>持续高于140/90再到心内科就诊。</p></div>` +
    `<div><h3>相关问答</h3><ul>${items(3)}</ul></div></body></html>`;
  const READINGS = '<table><tr><td>血压 138/88 mmHg</td><td>心率 76 次/分</td></tr><tr><td colspan="2">测量时间：2023-04-01</td></tr></table>';

  it('reads the asker’s question under its label, not the page’s heading', () => {
    for (const label of ['我的问题', '咨询内容']) {
      const [own] = read(shared(label, ''));
      expect(own!.question, label).toBe('最近血压偏高需要吃药吗？');
      expect(own!.flags).not.toContain('unsure_reading');
    }
  });

  it('a reading’s day (测量时间, 记录于) dates the reading, not the answer', () => {
    expect(readMetaLine('记录于 2022-05-22').dates).toEqual([]);
    expect(readMetaLine('测量时间：2023-04-01').dates).toEqual([]);
    const [own] = read(shared('我的问题', READINGS));
    expect(own!.date).toBe('2023-04-03');
    expect(own!.flags).not.toContain('unsure_reading');
  });
});
