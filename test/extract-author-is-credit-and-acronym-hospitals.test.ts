import { describe, expect, it } from 'vitest';
import { parseCardParts } from '../src/extract/card/card-parts.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/** A paper's closing note naming its author by the card (`（作者为{hospital}{department}{title}{name}）`), and a hospital called by its capitals. */

const page = (label: string) =>
  `<html><head><meta charset="utf-8"><title>孩子反复咳嗽怎么办 – 日报</title></head><body><article><h1>孩子反复咳嗽怎么办</h1><div class="entry">` +
  `<p><strong>诗里亚读者李女士问：</strong>最近一段时间一直这样。</p>${label}` +
  `<p>孩子反复咳嗽，多与呼吸道感染后气道高反应有关，也要排除过敏性咳嗽的可能。</p><p>建议到医院儿科就诊，必要时做肺功能检查，明确原因后再规范治疗。</p>` +
  `<p>（作者为苏丽斯里巴加湾医院儿科专科医生胡琪欣）</p></div></article></body></html>`;
const doctorOf = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://www.dailypaper.example/archives/88123' }))).find((e) => e.origin === 'page')!.doctor;

describe('a closing 作者为 note', () => {
  it('is the card it names: 作者为 none of the hospital', () => {
    expect(parseCardParts(['（作者为都东医院泌尿外科顾问医生毛清）'])).toMatchObject({ name: '毛清', title: '顾问医生', department: '泌尿外科', hospital: '都东医院' });
  });

  it('after an answer under its 答： label too', () => {
    expect(doctorOf(page('<p><strong>答：</strong></p>'))).toMatchObject({ name: '胡琪欣', department: '儿科', hospital: '苏丽斯里巴加湾医院' });
  });
});

describe('a hospital called by its capitals (`RIPAS医院`)', () => {
  it('is the card’s hospital, its department after it', () => {
    expect(parseCardParts(['解答：RIPAS医院男科专科医生 贺涛医生'])).toMatchObject({ name: '贺涛', title: '专科医生', department: '男科', hospital: 'RIPAS医院' });
  });

  it('but a placeholder’s XXX医院 names none', () => {
    expect(parseCardParts(['XXX医院']).hospital).toBeNull();
  });
});
