import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { readMetaLine } from '../src/extract/dates/page-meta.js';

/**
 * A paper's web stamp under the headline: its own name before the day and its reporter's credit, labelled, after it
 * (`江城晨报 2021-03-09 08:15　文／江城晨报记者 李可`). The masthead and the credit are meta as the day is; read as text,
 * the line dated nothing and a later day under the answer (a reader's follow-up) left the page with no date.
 */

const Q = '孩子晚上总是磨牙是缺钙吗？';
const A = ['夜间磨牙和缺钙关系不大，多和白天兴奋、睡前吃得过饱或者牙齿咬合不齐有关。', '睡前一小时避免剧烈玩耍，如果磨牙持续半年以上，可以到口腔科检查咬合情况。'];
const page = (stamp: string) => `<html><head><meta charset="utf-8"><title>${Q}_江城晨报</title></head><body>
<div class="bar"><a href="/">江城晨报</a> <a href="/app">下载客户端</a></div>
<div class="article"><h1>${Q}</h1><div class="info">${stamp}</div>
<div class="expert"><b>陶景明</b>　江城市儿童医院口腔科主治医师</div>
<div class="body">${A.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div class="more"><p><b>读者再问：</b>需要戴牙套吗？<span>2021-03-12</span></p><p><b>医生答：</b>先检查再决定。<span>2021-03-12</span></p></div>
<p class="note">以上内容仅供参考。</p></div>
<footer>江城晨报 版权所有</footer></body></html>`;
const pageOf = (html: string) => entriesOf(extractOrThrow(pageRecord(html))).find((e) => e.origin === 'page');

describe('a paper’s stamp: its name before the day, its reporter’s labelled credit after it', () => {
  it('reads the stamp as meta', () => {
    expect(readMetaLine('江城晨报 2021-03-09 08:15　文／江城晨报记者 李可').metaOnly).toBe(true);
    expect(readMetaLine('2021-03-09 08:15 江城晨报 记者 李可').metaOnly).toBe(true);
    expect(readMetaLine('2021-03-09 08:15　采写：本报记者 李可').metaOnly).toBe(true);
  });

  it('dates the answer by the stamp, not the follow-up under it', () => {
    const entry = pageOf(page('江城晨报 2021-03-09 08:15　文／江城晨报记者 李可'))!;
    expect(entry.question).toBe(Q);
    expect(entry.date).toBe('2021-03-09');
  });

  it('leaves a paper’s name beside a bare day, no reporter credited, as before (a reprint’s credit as often)', () => {
    expect(readMetaLine('江城晨报 2021-03-09 08:15').metaOnly).toBe(false);
  });

  it('keeps a sentence with a day as text', () => {
    expect(readMetaLine('我在2021-03-09看了晚报上的文章').metaOnly).toBe(false);
  });
});
