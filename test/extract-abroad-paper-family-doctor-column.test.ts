import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { parseCardParts } from '../src/extract/card/card-parts.js';
import { isCallToAction } from '../src/extract/words/call-to-action.js';

/**
 * The genre reader on a Chinese-language paper abroad's 家庭医生 column: the reader's letter (`读者来信：…`), the doctor's
 * `{name}医生答：`, a standing helpline line (`…致电Healthline 0800 611 116免费咨询`), and the doctor's box (`{name}医生` over
 * `{hospital}（{English}）{department}专科医生`) at the article's head or after the answer.
 */

const html = (title: string, body: string) => `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const pageOf = (page: string) => entriesOf(extractOrThrow(pageRecord(page, { url: 'saved-page.html' }))).find((e) => e.origin === 'page')!;

const QUESTION = '膝盖上下楼梯疼是怎么回事？';
const ANSWER = ['上下楼膝盖痛多见于膝关节退变或者髌骨软骨损伤，年龄越大越常见。', '平时要控制体重，少爬山爬楼，疼痛明显时可以先找家庭医生评估，必要时转诊专科。'];
const box = (line: string) => `<div class="author"><img src="/d/1.jpg" alt=""><div><b>史辰医生</b><br>${line}</div></div>`;
const page = (opts: { boxTop: boolean; label: boolean; line?: string }) => {
  const card = box(opts.line ?? '奥克兰市立医院（Auckland City Hospital）骨科专科医生');
  return html(
    `${QUESTION} | 华人报`,
    `<main><div class="kicker">家庭医生</div><h1>${QUESTION}</h1><div class="byline"><span>华人报</span> <time datetime="2023-05-06T14:22:00+12:00">6 May 2023</time></div>${opts.boxTop ? card : ''}<div class="body"><p>读者来信：去社区医院看过，吃了药也不见好。</p>${opts.label ? '<p><strong>史辰医生答：</strong></p>' : ''}${ANSWER.map((p) => `<p>${p}</p>`).join('')}<p class="hl">如有紧急情况请拨打111，或致电Healthline 0800 611 116免费咨询。</p></div>${opts.boxTop ? '' : card}<p class="disclaimer">本栏目仅供参考，不能替代您的家庭医生（GP）的诊断。</p></main>`,
  );
};

describe('a paper abroad’s family-doctor column', () => {
  it('a reader’s letter line (`读者来信：…`) is the asker’s, none of the answer', () => {
    const own = pageOf(page({ boxTop: true, label: false }));
    expect(own.answer_paragraphs).toEqual(ANSWER);
  });

  it('a call to dial a toll-free line abroad (`…致电Healthline 0800 611 116免费咨询`) is none of the answer', () => {
    expect(isCallToAction('如有紧急情况请拨打111，或致电Healthline 0800 611 116免费咨询。')).toBe(true);
    expect(isCallToAction('如果疼痛加重，要及时到医院骨科就诊。')).toBe(false);
    for (const boxTop of [true, false]) for (const label of [true, false]) expect(pageOf(page({ boxTop, label })).answer_paragraphs).toEqual(ANSWER);
  });

  it('a hospital’s English name in brackets between its Chinese name and the department: the fields run on, `{department}专科医生` split', () => {
    expect(parseCardParts(['史辰', '奥克兰市立医院（Auckland City Hospital）骨科专科医生'])).toMatchObject({ title: '专科医生', department: '骨科', hospital: '奥克兰市立医院' });
    expect(pageOf(page({ boxTop: true, label: false })).doctor).toMatchObject({ name: '史辰', title: '专科医生', department: '骨科', hospital: '奥克兰市立医院' });
  });

  it('the doctor’s box the answer’s label names, after the answer or at the head before the letter, its hospital glossed in English', () => {
    for (const boxTop of [true, false]) {
      const own = pageOf(page({ boxTop, label: true, line: '米德尔莫尔医院（Middlemore Hospital）肝胆外科顾问医生' }));
      expect(own.doctor).toMatchObject({ name: '史辰', title: '顾问医生', department: '肝胆外科', hospital: '米德尔莫尔医院' });
      expect(own.flags).not.toContain('unsure_reading');
    }
  });
});

describe('a toll-free line or a mobile number in a doctor’s own advice', () => {
  it('is no call to action: a mainland mobile (`13001234567`) is no line abroad, and a doctor’s `请尽快拨打0800 611 116` names no service', () => {
    expect(isCallToAction('如出现发热、伤口流脓，请致电我科病房13001234567，或及时来院复查。')).toBe(false);
    expect(isCallToAction('如果夜间疼痛加重或膝盖红肿发热，请尽快拨打0800 611 116。')).toBe(false);
    expect(isCallToAction('或致电0800 611 116免费咨询。')).toBe(true);
  });

  it('is no hotline either where a mobile holds 400 or 800 (`18001234567`): a 400 / 800 line stands apart from other digits', () => {
    // Before: `拨打18001234567` matched the private hospitals' 400 / 800 pattern inside the mobile's digits, and the column dropped the doctor's line.
    const MOBILE = '疼痛明显时可拨打18001234567预约我院骨科门诊，先做X线检查。';
    expect(isCallToAction(MOBILE)).toBe(false);
    expect(isCallToAction('预约请拨打我院热线 400-123-4567')).toBe(true);
    const own = pageOf(page({ boxTop: false, label: true }).replace(`<p>${ANSWER[1]}</p>`, `<p>${MOBILE}</p><p>${ANSWER[1]}</p>`));
    expect(own.answer_paragraphs).toEqual([ANSWER[0], MOBILE, ANSWER[1]]);
  });

  it('keeps the doctor’s line with the number in the column’s answer', () => {
    const URGENT = '如果夜间疼痛加重或膝盖红肿发热，请尽快拨打0800 611 116。';
    const own = pageOf(page({ boxTop: false, label: true }).replace(`<p>${ANSWER[1]}</p>`, `<p>${ANSWER[1]}</p><p>${URGENT}</p>`));
    expect(own.answer_paragraphs).toEqual([...ANSWER, URGENT]);
  });
});
