import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A TCM internet clinic's shared consultation record (hashed class names): the 问诊单 with the chief complaint as its heading
 * (`主诉：…`, which the `<title>` repeats without the label), the doctor's box, then chat bubbles each under its speaker's line
 * with the time on it, the doctor's a paragraph each; a later day's bubble of the patient's asking again and the doctor's
 * reply (a follow-up round: none of the answer); a prescription card shown to the patient alone; 更多问诊, other records with
 * their replies cut. Before these rules the question kept its `主诉：` label, the round's reply and the prescription card were
 * read as the answer's last lines, the aide's bubble (`某某医助 小问`, a role and a nickname) dated the answer, and 更多问诊 was no
 * related list.
 */
const ANSWER = ['产后口渴可能是以下原因引起：', '（1）口渴在夜间加重的，适当热敷、按摩能促进血液循环，应注意观察口渴的变化。', '如果症状持续不缓解或者逐渐加重，应尽快到内分泌科就诊。'];
const bubble = (side: string, who: string, when: string, text: string) => `<div class="_b1x _${side}"><p class="_w3k">${who} <time>${when}</time></p><div class="_t${text.length}">${text}</div></div>`;
const page = ({ followUp = '请问多久复查一次？', rx = '<div class="_rx9"><p>电子处方</p><p>处方已开具（仅患者本人可见）</p></div>' } = {}) =>
  `<html><head><meta charset="utf-8"><meta property="og:url" content="https://m.example-tcm.cn/share/inquiry/100351">` +
  `<title>产后口渴多尿是怎么回事 - 唐海医生的问诊记录 - 某某中医</title></head><body><div id="app">` +
  `<div class="_a1"><span>某某中医 · 线上问诊</span><a href="/download">打开App</a></div>` +
  `<div class="_a2"><p>问诊单</p><h1>主诉：产后口渴多尿是怎么回事</h1><p>病程：3个月</p></div>` +
  `<div class="_a3"><div><p><b>唐海</b> <span>副主任医师</span></p><p>东湖市人民医院 · 内分泌科</p></div></div>` +
  `<div class="_a4">` +
  bubble('r', '患者', '2023-05-06 13:02', '产后口渴多尿是怎么回事有没有什么好的办法缓解？') +
  ANSWER.map((p) => bubble('l', '唐海医生', '2023-05-06 18:12', p)).join('') +
  (followUp ? bubble('r', '患者', '2023-05-07 09:31', followUp) + bubble('l', '唐海医生', '2023-05-07 10:16', '建议一个月后复查。') : '') +
  `</div>${rx}` +
  `<div class="_a5"><h3>更多问诊</h3>` +
  `<a class="_i1" href="/share/inquiry/100358"><p>年轻人糖尿病和口渴有关系吗</p><p>糖尿病可能是以下原因引起：（1）通常是胰岛受到刺激，不要长期…</p><span>黄海燕 医生</span></a>` +
  `<a class="_i2" href="/share/inquiry/100339"><p>老人糖尿病会复发吗</p><p>糖尿病需要结合具体情况来看，一般有以下几种情况：一、往往与糖…</p><span>吴志强 医生</span></a></div>` +
  `<p class="_a6">以上问诊内容已获患者授权公开，仅供参考</p></div></body></html>`;
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://m.example-tcm.cn/share/inquiry/100351' })));
const own = (html: string) => read(html).find((e) => e.origin === 'page')!;

describe('a shared consultation record of chat bubbles', () => {
  it('asks the chief complaint without its `主诉：` label, as the title repeats it', () => {
    expect(own(page()).question).toBe('产后口渴多尿是怎么回事');
  });

  it('answers with the doctor’s first bubbles: the later round and the prescription card none of it', () => {
    const entry = own(page());
    expect(entry.answer).toBe(ANSWER.join('\n'));
    expect(entry.date).toBe('2023-05-06');
    expect(entry.flags).not.toContain('unsure_reading');
  });

  it('a question the patient asks between the doctor’s bubbles in the same sitting (no other day on its line) opens no round', () => {
    const html = page({ followUp: '', rx: '' }).replace(bubble('l', '唐海医生', '2023-05-06 18:12', ANSWER[2]!), bubble('r', '患者', '2023-05-06 18:13', '那要吃药吗？') + bubble('l', '唐海医生', '2023-05-06 18:12', ANSWER[2]!));
    expect(own(html).answer).toBe(ANSWER.join('\n'));
  });

  it('a question the patient asks right after midnight, minutes after the doctor’s first bubble, opens no round (the answer is not cut to one line)', () => {
    const html = page({ followUp: '', rx: '' })
      .replace(bubble('l', '唐海医生', '2023-05-06 18:12', ANSWER[0]!), bubble('l', '唐海医生', '2023-05-06 23:58', ANSWER[0]!) + bubble('r', '患者', '2023-05-07 00:01', '是跟喝水少有关吗？'))
      .replaceAll('2023-05-06 18:12', '2023-05-07 00:03');
    expect(own(html).answer).toBe(ANSWER.join('\n'));
  });

  it('the clinic’s aide (`某某医助 小问`) speaking before the doctor, on the day before, dates nothing of the answer', () => {
    const aide = bubble('l', '某某医助 小问', '2023-05-05 10:55', '您好，已通知唐海医生，请稍候，医生看到后会尽快回复您。');
    const html = page().replace('2023-05-06 13:02', '2023-05-05 09:02').replace(/(<\/div><\/div>)(<div class="_b1x _l">)/u, `$1${aide}$2`);
    const entry = own(html);
    expect(entry.date).toBe('2023-05-06');
    expect(entry.answer).toBe(ANSWER.join('\n'));
  });

  it('a patient’s later bubble that asks nothing (thanks) opens no round: the answer is the same, the reply after it the answer’s', () => {
    expect(own(page({ followUp: '好的，谢谢医生', rx: '' })).answer).toBe([...ANSWER, '建议一个月后复查。'].join('\n'));
  });

  it('a doctor’s bubble that goes on about the prescription (`处方已开具，请按时服药…`) stays the answer’s', () => {
    const said = '处方已开具，请按时服药，一周后复诊。';
    const html = page({ followUp: '', rx: '' }).replace('</div><div class="_a5">', `${bubble('l', '唐海医生', '2023-05-06 18:12', said)}</div><div class="_a5">`);
    expect(own(html).answer).toBe([...ANSWER, said].join('\n'));
  });

  it('takes 更多问诊 as the related list, each item’s reply cut as printed', () => {
    const items = read(page()).filter((e) => e.origin === 'related');
    expect(items.map((e) => [e.question, e.answer])).toEqual([
      ['年轻人糖尿病和口渴有关系吗', '糖尿病可能是以下原因引起：（1）通常是胰岛受到刺激，不要长期…'],
      ['老人糖尿病会复发吗', '糖尿病需要结合具体情况来看，一般有以下几种情况：一、往往与糖…'],
    ]);
  });
});
