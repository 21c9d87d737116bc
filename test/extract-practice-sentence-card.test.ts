import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { isPracticeSentence } from '../src/extract/card/card-sentences.js';

/** A portal's letters column whose guest doctor is introduced in one sentence after the answer: `{name}（post-nominals），{calling}，现于{clinic}执业。` */

const answer = ['喘息的处理要根据病情轻重来决定：', '1.女性出现喘息时，不要长期自行服用止咳化痰药，保持心情舒畅也很重要。', '2.支气管炎早期，往往需要复查血常规，注意规律作息、避免熬夜。'];
const pageOf = (sentence: string, lang = '') =>
  entriesOf(
    extractOrThrow(
      pageRecord(
        `<html${lang ? ` lang="${lang}"` : ''}><head><meta charset="utf-8"><title>【医生信箱】喘息咳痰是怎么回事 - 加国360</title></head><body>` +
          `<div><h1>【医生信箱】喘息咳痰是怎么回事</h1><div><span>发布时间：2021年8月6日</span> <span>来源：加国360健康频道</span></div>` +
          `<p><strong>读者问：</strong>喘息咳痰是怎么回事？请问需要做什么检查？</p><p>（温哥华 陈先生）</p>` +
          `<section><p><strong>徐医生答：</strong>${answer[0]}</p>${answer.slice(1).map((p) => `<p>${p}</p>`).join('')}</section>` +
          `<div><p>${sentence}</p></div></div><div>© 2021 加国360</div></body></html>`,
        { url: 'saved-page.html' },
      ),
    ),
  ).find((e) => e.origin === 'page')!;

describe('a guest doctor introduced in one sentence', () => {
  it('is the card: the name, the calling, the practice it names, none of the answer', () => {
    const entry = pageOf('徐文博医生 Dr. Xu Wenbo（MD, CCFP），家庭医生，现于列治文康乐医务所执业。诊所地址：8171 Ackroyd Rd, Richmond, BC V6X 3K1；预约电话：604 241-7662。');
    expect(entry.doctor).toMatchObject({ name: '徐文博', title: '家庭医生', department: null, hospital: '列治文康乐医务所' });
    expect(entry.answer_paragraphs).toEqual(answer);
  });

  it('reads an English name and clinic where only they are printed, the Chinese clinic where both are', () => {
    expect(pageOf('Dr. Wang Zihan（DDS），牙医 Dentist，现于Regent Dental Centre执业。诊所地址：3601 Highway 7 E, Markham, ON。').doctor).toMatchObject({ name: 'Wang Zihan', title: '牙医', hospital: 'Regent Dental Centre' });
    expect(pageOf('赵静怡医生 Dr. David Zhao（MD），Family Physician，现于北约克华人医疗中心 North York Chinese Medical Centre执业。').doctor).toMatchObject({ name: '赵静怡', title: 'Family Physician', hospital: '北约克华人医疗中心' });
  });

  it('names no hospital where the sentence names a town, and is no card where it names no one', () => {
    expect(pageOf('刘明医生（MD），家庭医生，在万锦开业。诊所地址：2851 John St, Markham, ON。').doctor).toMatchObject({ name: '刘明', title: '家庭医生', hospital: null });
    expect(isPracticeSentence('多数患者在社区诊所执业医生的指导下，现于附近诊所执业')).toBe(false);
    // A columnist's note naming no calling nor a doctor: no card by itself.
    expect(isPracticeSentence('作者簡介：劉嘉怡，於紐約開業。')).toBe(false);
  });

  it('reads past a bracketed heading opening the sentence, and takes the department a specialist\'s calling names', () => {
    // Without the heading rule the English name is taken (the Chinese one read as the heading's); without the calling's field none.
    expect(pageOf('【本期专家】钟明远医生（Dr. Mingyuan Zhong, MD），内分泌科专科医生，现于湾区华人医疗中心（Bay Area Chinese Medical Center）执业。').doctor).toMatchObject({
      name: '钟明远',
      title: '专科医生',
      department: '内分泌科',
      hospital: '湾区华人医疗中心',
    });
  });

  it('reads a specialist\'s calling beside a medical centre abroad as the specialist\'s title and field, beside a clinic whole', () => {
    expect(pageOf('钟明远医生（MD），眼科专科医生，现于旧金山加大医学中心（UCSF Medical Center）执业。', 'zh-CN').doctor).toMatchObject({ title: '专科医生', department: '眼科', hospital: '旧金山加大医学中心' });
    expect(pageOf('钟明远医生（MD），眼科专科医生，现于湾区华人医疗中心执业。', 'zh-CN').doctor).toMatchObject({ title: '眼科专科医生', department: null });
  });
});
