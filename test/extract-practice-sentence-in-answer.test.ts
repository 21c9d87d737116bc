import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { isPracticeSentence } from '../src/extract/card/card-sentences.js';

/** An answer under a doctor's card that names another doctor where they practise (a referral), or the doctor's own words on it. */

const answer = ['孩子反复湿疹，首先要做好皮肤保湿，每天洗澡后三分钟内全身涂抹无香料的润肤霜。', '急性发作时可以在医生指导下短期外用弱效激素药膏，按疗程使用是安全的。', '同时注意衣物选择纯棉材质，室温不要过高，出汗后及时擦干。'];
const pageOf = (paragraphs: string[]) =>
  entriesOf(
    extractOrThrow(
      pageRecord(
        `<html lang="zh-CN"><head><meta charset="utf-8"><title>孩子湿疹反复怎么办 - 健康 - 北美华人健康网</title></head><body>` +
          `<div><a href="/">首页</a> &gt; <a href="/health/">健康</a></div>` +
          `<div><h1>孩子湿疹反复怎么办</h1><p>2021-11-20</p><p><strong>问：</strong>孩子湿疹反复怎么办？</p>` +
          `<div><p>陈思远</p><p>家庭医生 Family Physician</p><p>列治文家庭医疗中心</p></div>` +
          `<div>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div></div><div>© 2021 北美华人健康网</div></body></html>`,
        { url: 'saved-page.html' },
      ),
    ),
  ).find((e) => e.origin === 'page')!;

describe('a sentence on where a doctor practises inside the answer', () => {
  it('stays the answer’s where it opens with a label (a referral)', () => {
    const paragraphs = [...answer, '如需转诊：王志强医生，皮肤科专科医生，现于温哥华皮肤专科诊所执业。'];
    const entry = pageOf(paragraphs);
    expect(entry.doctor).toMatchObject({ name: '陈思远' });
    expect(entry.answer_paragraphs).toEqual(paragraphs);
  });

  it('stays the answer’s between its paragraphs where it gives no degrees, no Dr. and no contact', () => {
    const paragraphs = [answer[0]!, '王志强医生，皮肤科专科医生，现于温哥华皮肤专科诊所执业。', answer[1]!, answer[2]!];
    expect(pageOf(paragraphs).answer_paragraphs).toEqual(paragraphs);
  });

  it('is none in the doctor’s own voice', () => {
    expect(isPracticeSentence('我是黄立，家庭医生，在列治文执业。')).toBe(false);
    expect(isPracticeSentence('徐文博医生 Dr. Xu Wenbo（MD, CCFP），家庭医生，现于列治文康乐医务所执业。诊所地址：8171 Ackroyd Rd。')).toBe(true);
  });
});
