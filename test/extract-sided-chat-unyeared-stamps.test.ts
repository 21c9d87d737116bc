import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A chat of pictured bubbles told apart by the asker's first bubble typing the question again (chat-sides.ts), its stamps printing
 * month and day only (`12-28 07:20`), under a header whose full day is not the chat's opening: a doctor's case published the next
 * month (`发布时间：2024-01-10`). The stamps get no year (chat-days.ts), so the day the header prints is not the answer's day: a
 * date read from it where no stamp names that day is doubted, not given clean. Where the header opens the chat, the stamps are yeared.
 */

const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://hlwyy.example-hosp.cn/case/100' })));
const QUESTION = '肚子疼从肚脐转到右下腹是阑尾炎吗';
const ANSWER = ['这个病例的患者是典型的急性阑尾炎，转移性右下腹痛是最有提示意义的症状。', '如果腹痛从肚脐周围转到右下腹，一定要尽快去医院。', '不要自行吃止痛药，以免掩盖病情。'];

function page(header: string, day: string): string {
  const row = (who: string, text: string, t: string) => `<div class="row"><img src="/static/${who}.png" alt=""><div class="b">${text}</div><span class="t">${t}</span></div>`;
  return `<html><head><title>问诊记录 - 某某互联网医院</title></head><body>
<h1>${QUESTION}</h1>
<div class="patient"><p>患者：张**　男　45岁</p></div>
<div class="doc"><img src="/upload/doc1.jpg" alt=""><p>任杰 <span>主治医师</span></p><p>普外科</p><p>江州市第一人民医院</p></div>
<div class="info"><p>${header}</p></div>
<div class="chat">
${row('p', `${QUESTION} 昨晚开始疼的`, `${day} 07:10`)}
${ANSWER.map((a, i) => row('d', a, `${day} 07:2${i}`)).join('\n')}
${row('p', '好的马上去', `${day} 07:30`)}
</div>
</body></html>`;
}

describe('a sided chat whose yearless stamps the header gives no year', () => {
  it('a published case’s day in the header is not taken clean as the answer’s', () => {
    const [own] = read(page('病例分享 · 发布时间：2024-01-10', '12-28'));
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.date === '2024-01-10' && !own!.flags.includes('unsure_reading')).toBe(false);
  });

  it('a header opening the chat years its stamps, undoubted', () => {
    const [own] = read(page('问诊时间：2023-12-28 07:10', '12-28'));
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.date).toBe('2023-12-28');
    expect(own!.flags).not.toContain('unsure_reading');
  });
});
