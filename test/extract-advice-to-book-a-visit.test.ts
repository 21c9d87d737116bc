import { describe, expect, it } from 'vitest';
import { isCallToAction } from '../src/extract/words/call-to-action.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A site's call to click through to its chat or booking (`点击咨询`, `立即预约专家`, `还有疑问？立即咨询`) is none of the
 * answer. A doctor's own sentence telling the asker to book a visit at once (`出现高烧不退，建议马上挂号就诊。`,
 * `出血量多要立即挂号看急诊。`) holds the same words, then says what the visit is for: it is the answer's. Before, it was read
 * as a call to action and dropped from the answer, with nothing said.
 */

const URL = 'https://www.example-ask.cn/question/7731.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const page = (answer: readonly string[]) => `<html><head><title>孕早期肚子疼怎么回事_问答</title></head><body><div class="q"><h1>孕早期肚子疼怎么回事</h1><p>问题描述：怀孕7周，小肚子隐隐作痛，需要做什么检查？</p></div>
<div class="ans"><div class="card"><img src="/d/1.jpg"><a href="/doctor/12">李志</a> <span>主治医师</span><p>东湖市妇幼保健院 妇产科</p></div>
<div class="txt">${answer.map((p) => `<p>${p}</p>`).join('\n')}</div><p class="t">回答时间：2023-05-06 14:22</p></div>
<div class="zx"><p>还有疑问？立即咨询妇产科专家</p></div></body></html>`;

describe('a doctor’s sentence telling the asker to book a visit at once', () => {
  it('is no call to action; the site’s calls still are', () => {
    for (const line of ['出现高烧不退，建议马上挂号就诊。', '如果出血量多，要立即挂号看急诊。', '建议立即预约检查。']) expect(isCallToAction(line), line).toBe(false);
    for (const line of ['点击咨询', '立即预约专家', '还有疑问？立即咨询妇产科专家', '点击在线咨询妇科专家', '马上咨询医生']) expect(isCallToAction(line), line).toBe(true);
  });

  it('stays in the answer', () => {
    const answer = ['孕早期腹痛可能和子宫增大牵拉有关，轻微隐痛一般不用担心。', '如果出血量多，要立即挂号看急诊。', '平时注意休息，避免劳累和剧烈运动。'];
    const [own] = read(page(answer));
    expect(own!.doctor.name).toBe('李志');
    expect(own!.answer_paragraphs).toEqual(answer);
    expect(own!.date).toBe('2023-05-06');
  });
});
