import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { isDisclaimer, hasAnswererHook, isPharmacyChain } from '../src/extract/words/genre.js';
import { isEditorNote } from '../src/extract/words/answer-extras.js';
import { NAMED_RELATIVE_STAMP_RE } from '../src/extract/dates/relative-date.js';
import { withoutColumnName } from '../src/extract/reader/page-question.js';
import { askedBelowHeadline } from '../src/extract/layouts/retitled-question.js';
import { dashSignature } from '../src/extract/card/credit-sentence.js';
import type { Block } from '../src/extract/lines/html-lines.js';

/**
 * Where the answer begins and ends, and who signs it (fresh-116's kinds of page, in other words): a shop's `特别提醒：` after the
 * answer's box; a pharmacy chain's own site naming no shop; Hong Kong's `不能取代醫生診症` disclaimer; a headline's `…？醫生話你知`
 * hook over the reader's `問：` after a reporter's lede; an editor's `导语：` / `小编总结：`; a source's name with a relative day; a
 * Taiwanese channel's `醫師解答／` prefix; a dash-led signature closing the answer beside a reviewer's credit.
 */

const read = (html: string, url = 'https://www.example-shop.tw/qa/detail.php?id=5') => entriesOf(extractOrThrow(pageRecord(html, { url }))).find((e) => e.origin === 'page')!;

const ANSWER = ['胃酸逆流多和饮食习惯有关，睡前三小时不要进食，少喝咖啡和浓茶。', '如果症状持续两周以上，建议到医院做胃镜检查，不要长期自行服用制酸剂。'];
const shopPage = (reminder: string) => `<html><head><meta charset="utf-8"><title>胃酸逆流怎么办 - 用药问答 - 康和连锁药局</title></head><body>
<div class="top"><a href="/"><img src="/logo.png" alt="康和连锁药局"></a> <a href="/store/">门市查询</a></div>
<div class="qa"><h2>胃酸逆流怎么办</h2>
<div class="who">回复药师：林美华 药师</div><div class="day">回复日期：2022-09-14</div>
<div class="body">${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div>
<p class="note">${reminder}</p></div>
<div class="foot">康和连锁药局 版权所有</div></body></html>`;

describe('a shop’s reminder under its label after the answer’s box', () => {
  it('ends the answer: 特别提醒 / 温馨提醒 as 温馨提示', () => {
    expect(read(shopPage('特别提醒：请按药盒说明服用，不明之处请咨询驻店药师。')).answer_paragraphs).toEqual(ANSWER);
    expect(isDisclaimer('温馨提醒：用药前请看清楚标签。')).toBe(true);
  });
  it('leaves a bare 提醒： alone (a doctor’s own point may be headed so)', () => {
    expect(isDisclaimer('提醒：饭后半小时再服药。')).toBe(false);
  });
});

describe('a pharmacy chain’s own site', () => {
  it('names the company, no shop: the pharmacist’s hospital null', () => {
    const entry = read(shopPage('特别提醒：请按药盒说明服用，不明之处请咨询驻店药师。'));
    expect(entry.doctor).toMatchObject({ name: '林美华', title: '药师', hospital: null, department: null });
  });
  it('tells a chain’s name from a branch', () => {
    expect(isPharmacyChain('康和连锁药局')).toBe(true);
    expect(isPharmacyChain('益康大药房（解放路店）')).toBe(false);
    expect(isPharmacyChain('江州市人民医院')).toBe(false);
  });
});

describe('Hong Kong’s disclaimer in its own words', () => {
  it('不能取代醫生診症 (folded) is the disclaimer', () => {
    expect(isDisclaimer('（以上资料只供参考，不能取代医生诊症。）')).toBe(true);
  });
});

const block = (text: string): Block => ({ text, chars: text.length, linkChars: 0, links: [], heading: false, node: null }) as unknown as Block;

describe('a headline’s Cantonese hook over the reader’s question', () => {
  it('醫生話你知 after the question mark is the column’s hook', () => {
    expect(hasAnswererHook('湿疹点算好？医生话你知')).toBe(true);
  });
  it('the labelled question under a reporter’s lede is the page’s', () => {
    const lines = ['湿疹点算好？医生话你知', '2022年3月2日 14:20', '天气潮湿，不少观众来信询问，记者邀请医生解答。', '问：宝宝湿疹反复发作怎么办？', '答：'].map(block);
    expect(askedBelowHeadline(lines, 0, lines[0]!.text)).toBe('宝宝湿疹反复发作怎么办？');
  });
});

describe('an editor’s words over and under the answer', () => {
  it('导语 and 小编总结 are the editor’s', () => {
    expect(isEditorNote('导语：换季时节，很多人被失眠困扰。')).toBe(true);
    expect(isEditorNote('【导语】换季时节，很多人被失眠困扰。')).toBe(true);
    expect(isEditorNote('小编总结：失眠要找准原因。')).toBe(true);
    expect(isEditorNote('总结：失眠要找准原因。')).toBe(false);
  });
});

describe('a source’s name and a relative day', () => {
  it('is a stamp, no text', () => {
    expect(NAMED_RELATIVE_STAMP_RE.test('江州新闻 5小时前')).toBe(true);
    expect(NAMED_RELATIVE_STAMP_RE.test('症状持续了 3天前开始，伴有发热')).toBe(false);
  });
});

describe('a Taiwanese channel’s prefix after a full-width slash', () => {
  it('医师解答／ is the column’s, none of the question', () => {
    expect(withoutColumnName('医师解答／孩子半夜咳嗽怎么办？')).toBe('孩子半夜咳嗽怎么办？');
  });
  it('a slash between two words of the question stays', () => {
    expect(withoutColumnName('感冒／发烧怎么办？')).toBe('感冒／发烧怎么办？');
  });
});

describe('a dash-led signature closing the answer', () => {
  it('names the doctor with title and hospital', () => {
    const lines = ['多喝水，注意休息。', '——江州市第一人民医院呼吸内科 主治医师 周明远', '（本文由江州市第一人民医院孙立新主任医师审核）'].map(block);
    expect(dashSignature(lines, 0, lines.length)?.doctor).toMatchObject({ name: '周明远', title: '主治医师', department: '呼吸内科', hospital: '江州市第一人民医院' });
  });
  it('is no signature where the answer goes on after it', () => {
    const lines = ['——江州市第一人民医院呼吸内科 主治医师 周明远', '另外，平时要注意保暖，避免受凉，少去人多的地方，如果咳嗽加重或者出现发热，要及时到医院就诊。'].map(block);
    expect(dashSignature(lines, 0, lines.length)).toBeNull();
  });
  const column = (ad: string) => `<html><head><meta charset="utf-8"><title>咳嗽老不好怎么办</title></head><body>
<div class="art"><h1>咳嗽老不好怎么办</h1><div class="meta"><span>江州新闻</span> <span>2022-11-03 09:10</span></div>
<div class="content"><p class="lead"><b>导语：</b>入冬以后，咳嗽的人多了起来。这一期我们请来专家为大家解答。</p><p><b>问：</b>咳嗽老不好怎么办</p><p><b>答：</b></p>
<p>咳嗽超过三周不好，要先排查感染以外的原因，比如过敏和胃食管反流。</p>${ad}<p>平时多喝温水，避免冷空气刺激，必要时到医院做胸片检查。</p>
<p class="sign" style="text-align:right">——江州市第一人民医院呼吸内科 主治医师 周明远</p><p class="rv">（本文由江州市第一人民医院孙立新主任医师审核）</p>
<div class="refs"><p>参考文献：</p><ol><li>中华医学会.咳嗽的诊断与治疗指南[J].中华结核和呼吸杂志,2021.</li></ol></div></div>
<p class="cp">版权声明：本文为江州新闻原创，未经授权不得转载。</p><p class="ed">责任编辑：王小丽</p></div></body></html>`;
  const PARAGRAPHS = ['咳嗽超过三周不好，要先排查感染以外的原因，比如过敏和胃食管反流。', '平时多喝温水，避免冷空气刺激，必要时到医院做胸片检查。'];
  it('is the card of a column’s 问 / 答 pair, the reviewer another doctor', () => {
    const entry = read(column(''), 'https://news.example-daily.cn/health/2022/1103/77.html');
    expect(entry.doctor).toMatchObject({ name: '周明远', title: '主治医师', department: '呼吸内科', hospital: '江州市第一人民医院' });
    expect(entry.answer_paragraphs).toEqual(PARAGRAPHS);
    expect(entry.flags).not.toContain('unsure_reading');
  });
  it('reads on past an ad glued to its linked offer between the paragraphs', () => {
    const entry = read(column('<div class="ad"><span>广告</span><a href="https://ad.example.cn/c/1">下载江州新闻 领红包</a></div>'), 'https://news.example-daily.cn/health/2022/1103/77.html');
    expect(entry.answer_paragraphs).toEqual(PARAGRAPHS);
  });
});

describe('an editor’s lede under a stamp of the source’s name and a relative day', () => {
  it('the stamp is no text, the lede none of the answer', () => {
    const html = `<html><head><meta charset="utf-8"><title>失眠怎么调理</title></head><body>
<div class="art"><h1>失眠怎么调理</h1><div class="info"><span>江州新闻</span> <span>5小时前</span></div>
<div class="content"><p class="lead"><b>导语：</b>换季时节，很多人被失眠困扰。这一期请来专家为大家支招。</p><p>失眠先要找原因，焦虑、作息紊乱和咖啡因都会影响入睡。</p><p>睡前一小时放下手机，固定起床时间，坚持两周再看效果。</p>
<p class="sign" style="text-align:right">——江州市第二人民医院精神科 副主任医师 陈思远</p></div>
<p class="ed">责任编辑：王小丽</p></div></body></html>`;
    const entry = read(html, 'https://news.example-daily.cn/health/2022/1103/78.html');
    expect(entry.answer_paragraphs).toEqual(['失眠先要找原因，焦虑、作息紊乱和咖啡因都会影响入睡。', '睡前一小时放下手机，固定起床时间，坚持两周再看效果。']);
    expect(entry.date).toBeNull();
  });
});

describe('a dash-led signature beside a reviewer’s credit, no 问 / 答 pair', () => {
  it('the signature’s doctor answers, no doubt of two cards', () => {
    const html = `<html><head><meta charset="utf-8"><title>咳嗽老不好怎么办</title></head><body>
<div class="art"><h1>咳嗽老不好怎么办</h1><div class="meta">江州日报 2022-11-03 09:10</div>
<div class="content"><p>咳嗽超过三周不好，要先排查感染以外的原因，比如过敏和胃食管反流。</p><p>平时多喝温水，避免冷空气刺激，必要时到医院做胸片检查。</p>
<p class="sign">——江州市第一人民医院呼吸内科 主治医师 周明远</p><p class="rv">（本文由江州市第一人民医院孙立新主任医师审核）</p></div>
<p class="ed">责任编辑：王小丽</p></div></body></html>`;
    const entry = read(html, 'https://news.example-daily.cn/health/2022/1103/79.html');
    expect(entry.doctor).toMatchObject({ name: '周明远', title: '主治医师', hospital: '江州市第一人民医院' });
    expect(entry.flags).not.toContain('unsure_reading');
  });
});
