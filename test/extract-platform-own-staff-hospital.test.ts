import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A health app's share page whose answerer is the platform's own staff: the card's line names the platform, as the page's
 * <title> names the site, before the role (`智云健康控糖营养师` under `刘芳 注册营养师`). The platform is where they work: the
 * card's hospital, where it prints no other.
 */

const ANSWER = ['空腹血糖偏高可能与晚餐吃得太晚有关。', '建议晚餐主食减量，餐后散步半小时，坚持监测血糖。'];
const page = (place: string) => `<html><head><title>空腹血糖高怎么调整饮食 - 某某健康</title></head><body>
<div class="app-banner"><span>某某健康 · 控糖问答</span><a href="/download">打开APP</a></div>
<div class="qa-detail">
<h1>空腹血糖高怎么调整饮食</h1>
<p class="q-desc">最近早上测血糖总是偏高。</p>
<div class="answer">
<div class="expert"><p class="n">刘芳 <span>注册营养师</span></p><p class="h">${place}</p></div>
<p class="a-time">2023.05.06</p>
${ANSWER.map((p) => `<p>${p}</p>`).join('\n')}
</div>
<div class="actions"><span>有用 12</span> <span>分享</span></div>
</div>
</body></html>`;
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html))).find((e) => e.origin === 'page')!;

describe('the platform’s own staff answering on it', () => {
  it('a card line naming the site before the role (`某某健康控糖营养师`): the site is the hospital', () => {
    const own = read(page('某某健康控糖营养师'));
    expect(own.doctor).toMatchObject({ name: '刘芳', title: '注册营养师', hospital: '某某健康' });
    expect(own.answer_paragraphs).toEqual(ANSWER);
  });

  it('a card line naming a hospital keeps it', () => {
    expect(read(page('南屏市人民医院 营养科')).doctor).toMatchObject({ hospital: '南屏市人民医院', department: '营养科' });
  });
});
