import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { readMetaLine } from '../src/extract/dates/page-meta.js';

/**
 * A site stamping answers by the month (`2022年7月 医生回复`, `2022-07 回答`): a stamp, none of the answer's text, though it
 * names no day; the asker's whole day above is the asking's, no answer's.
 */

const URL = 'https://ask.example-wellness.cn/q/66120.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = ['久坐后腰背酸痛多与姿势和核心肌力不足有关，每坐四十分钟起身活动几分钟，做做伸展。', '如果出现腿麻、放射痛或者夜间痛醒，要到骨科或疼痛科查腰椎核磁。'];

describe('a month-only stamp under the answer', () => {
  it('reads the stamp as meta, not text', () => {
    expect(readMetaLine('2022年7月 医生回复')).toMatchObject({ dates: [], metaOnly: true });
    expect(readMetaLine('2022-07 回答')).toMatchObject({ dates: [], metaOnly: true });
    expect(readMetaLine('2022年7月回答了三个问题')).toMatchObject({ metaOnly: false });
  });
  it('keeps it out of the answer', () => {
    const [own] = read(
      `<html><head><title>久坐腰酸背痛怎么缓解 - 问答 - 康健网</title></head><body><div class="q"><h1>久坐腰酸背痛怎么缓解</h1><p>办公室一坐就是一天，下班腰背又酸又胀。</p><p class="t">2022-07-14 提问</p></div>` +
        `<div class="a"><div class="d">于海涛 副主任医师 骨科 江州市第三人民医院</div>${ANSWER.map((p) => `<p>${p}</p>`).join('')}<p class="t">2022年7月 医生回复</p></div></body></html>`,
    );
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.date).toBeNull();
  });
});
