import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A column's issue page headlined by its number alone (`名医问答第161期`), the expert's card as a label table under the info
 * line (`本期专家` / `职称` / `科室` / `医院`, one cell a line), then the reader's question under `读者提问：` and the answer:
 * the page asks what the reader asked, however many lines the card's table takes above it.
 */

const Q = '皮肤红肿伴有全身发痒要紧吗';
const ANSWER = ['皮肤红肿常见的原因有以下几种：', '一、往往与湿疹有关，要避免辛辣刺激和油腻的食物，平时多喝温水。', '建议及时到医院皮肤科就诊，明确诊断后规范治疗。'];
const page = `<html><head><title>名医问答第161期 - 某某保险</title></head><body>
<div class="app-bar">健康服务<span>分享</span></div>
<div class="article">
<h1>名医问答第161期</h1>
<div class="info"><span>发布时间：2019-12-21</span> <span>阅读 77670</span></div>
<table class="expert"><tr><td>本期专家</td><td>史军宁</td></tr><tr><td>职称</td><td>主任医师</td></tr><tr><td>科室</td><td>皮肤科</td></tr><tr><td>医院</td><td>南屏市第三人民医院</td></tr></table>
<p>读者提问：${Q}</p>
${ANSWER.map((p) => `<p>${p}</p>`).join('\n')}
<p>本文仅供健康知识科普，不能代替医生面诊。</p>
</div>
</body></html>`;

describe('a column issue’s headline over the expert’s table and the reader’s question', () => {
  it('the question is the reader’s under `读者提问：`, below the table', () => {
    const own = entriesOf(extractOrThrow(pageRecord(page))).find((e) => e.origin === 'page')!;
    expect(own.question).toBe(Q);
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.doctor.name).toBe('史军宁');
  });
});
