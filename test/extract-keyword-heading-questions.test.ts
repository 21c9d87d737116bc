import { describe, expect, it } from 'vitest';
import { askedUnderKeyword, isKeywordHeading } from '../src/extract/layouts/retitled-question.js';

/**
 * A heading that asks before words a landing page's keyword ends in (`肚子疼去什么医院？`, retitled-question.ts) is a real
 * question, never an SEO keyword heading: a labelled line under it (`问：…`) does not take its place as the keyword's visitor
 * question would. A keyword's own `哪家好？` still asks nothing.
 */

const under = (heading: string) => [{ text: heading, heading: true }, { text: '今日已有465人咨询' }, { text: '问：经期胃胀伴有上腹隐痛要紧吗' }, { text: '经期胃胀的处理要根据病情轻重来决定。' }];

describe('a question that ends as a keyword heading does', () => {
  it('keeps 肚子疼去什么医院？ over a labelled line under it', () => {
    expect(askedUnderKeyword(under('肚子疼去什么医院？'), 0)).toBeNull();
  });

  it('still takes the labelled line under a keyword heading', () => {
    expect(askedUnderKeyword(under('青川看慢性胃炎哪家好？'), 0)).toEqual({ index: 2, text: '经期胃胀伴有上腹隐痛要紧吗' });
  });

  it('tells such questions from keyword headings', () => {
    for (const question of ['肚子疼去什么医院？', '胃痛该挂哪个专科？', '孩子发烧怎么找专家在线咨询？']) expect(isKeywordHeading(question)).toBe(false);
    for (const keyword of ['青川看慢性胃炎哪家好？', '北岸痔疮医院', '云岭牙周炎专家在线解答？']) expect(isKeywordHeading(keyword)).toBe(true);
  });
});
