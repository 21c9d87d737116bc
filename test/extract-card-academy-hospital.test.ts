import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { parseCardParts } from '../src/extract/card/card-parts.js';

/**
 * A hospital named under an academy (`…医学科学院…医院`, `…农业科学院…医院`): the 科 of 科学 is no department's end, so the
 * whole name is the hospital; a department run into a hospital (`眼科江州市人民医院`) still parts there.
 */

const URL = 'https://health.example-daily.cn/wenda/30517.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = ['体检发现的肺部小结节多数是良性的，五毫米以下的一般一年后复查低剂量CT即可。', '有吸烟史或结节增大、出现实性成分的，应到胸外科进一步评估。'];

describe('a hospital under an academy’s name', () => {
  it('reads the academy’s hospital whole, no department out of 科学', () => {
    expect(parseCardParts(['吕志远 副主任医师 胸外科 华东医学科学院附属肿瘤医院'])).toMatchObject({ department: '胸外科', hospital: '华东医学科学院附属肿瘤医院' });
    expect(parseCardParts(['吕志远', '副主任医师', '华东医学科学院附属肿瘤医院'])).toMatchObject({ department: null, hospital: '华东医学科学院附属肿瘤医院' });
    expect(parseCardParts(['眼科江州市人民医院'])).toMatchObject({ department: '眼科', hospital: '江州市人民医院' });
  });

  it('reads the card on a page', () => {
    const [own] = read(
      `<html><head><title>体检查出肺结节怎么办_健康问答</title></head><body><div class="q"><h1>体检查出肺结节怎么办</h1><p>2022-05-09</p></div>` +
        `<div class="a"><div class="d">答疑专家：吕志远　副主任医师　胸外科　华东医学科学院附属肿瘤医院</div>${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`,
    );
    expect(own!.doctor).toMatchObject({ name: '吕志远', department: '胸外科', hospital: '华东医学科学院附属肿瘤医院' });
    expect(own!.answer_paragraphs).toEqual(ANSWER);
  });
});
