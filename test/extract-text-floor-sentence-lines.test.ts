import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { joinedMidPhrase } from '../src/extract/words/plain-post.js';

/**
 * A doctor on a plain-text thread who types one sentence a line and leaves its end unpunctuated (`…可以先在家观察` over
 * `超过38.5度可以吃退烧药，…`): each line a paragraph of its own, no line wrapped at a width. A hand-wrapped paragraph's lines
 * run on at one width and its last line closes it with a mark.
 */
const LINES = ['孩子发烧38度5，精神好的话可以先在家观察', '超过38.5度可以吃退烧药，布洛芬或者对乙酰氨基酚都行', '多喝水，穿薄一点，不要捂汗', '如果烧了三天还不退，或者精神很差，就要来医院'];
const thread = (body: readonly string[]) => `<html><head><meta charset="utf-8"><title>孩子发烧38度5要不要去医院</title></head><body><pre>
标题：孩子发烧38度5要不要去医院
[楼主] 果果妈  2023-05-06 20:10
孩子发烧38度5要不要去医院？孩子3岁。

[1楼] 儿科老周  2023-05-06 21:02
${body.join('\n')}
--
苏州大学附属儿童医院 儿科 主治医师 周强
</pre></body></html>`;

describe('a plain-text floor typed one unpunctuated sentence a line', () => {
  it('keeps each line a paragraph', () => {
    const page = entriesOf(extractOrThrow(pageRecord(thread(LINES), { url: 'saved-page.html' }))).find((e) => e.origin === 'page');
    expect(page?.answer_paragraphs).toEqual(LINES);
    expect(page?.doctor).toMatchObject({ name: '周强', hospital: '苏州大学附属儿童医院' });
  });
  it('keeps lines of several widths apart though the last closes with a mark', () => {
    const lines = ['血脂高的饮食原则，少油少盐少糖', '肥肉、动物内脏、油炸食品尽量不吃', '每周运动至少五次，每次三十分钟以上', '三个月后复查血脂，必要时吃他汀。'];
    expect(joinedMidPhrase(lines)).toEqual(lines);
  });
  it('still joins a paragraph wrapped at one width, its last line closing it', () => {
    const para = '湿疹容易反复，平时要注意给宝宝保湿，洗澡水温不要太高，时间不要太长，洗完三分钟内涂上保湿霜，衣物选择纯棉宽松的。';
    const wrapped = para.match(/.{1,20}/gu)!;
    expect(joinedMidPhrase([...wrapped, '如果反复发作，请到皮肤科就诊。'])).toEqual([para, '如果反复发作，请到皮肤科就诊。']);
  });
});
