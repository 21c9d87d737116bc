import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A parenting app's share page lists similar questions, each with its snippet and a line naming who answered it and how many found
 * it useful (`薛军怡 医生回答 · 8人觉得有帮助`): that line is the item's byline, none of its snippet. What the blind split fresh-79 taught.
 */

const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://m.example-app.cn/wenda/share/100' })));
const ANSWER = ['宝宝湿疹需要结合具体情况来看，一般有以下几种情况：', '1.保持皮肤清洁湿润，每天涂抹保湿霜。', '2.如果症状持续不缓解，应尽快到皮肤科就诊。'];
const ITEMS = [
  ['宝宝脸上起红疹怎么办', '宝宝脸上起红疹可能是以下原因引起：（1）湿疹，平时…'],
  ['婴儿湿疹反复发作怎么办', '婴儿湿疹反复发作的处理要根据病情轻重来决定：（1）…'],
  ['宝宝湿疹可以洗澡吗', '宝宝湿疹可以洗澡，需要注意水温不宜过高，洗澡后及时…'],
] as const;
const page = (byline: (i: number) => string) => `<html><head><title>宝宝湿疹怎么护理 - 年年妈妈</title></head><body>
<div class="q"><h1>宝宝湿疹怎么护理</h1><p>宝宝8个月</p><span>豆豆妈 提问于 2023-05-06 10:12</span></div>
<div class="a"><h2>医生回答</h2><div class="d"><img src="/d.png"><p>王芳 <span>认证儿科医生</span></p><p>主治医师</p><p>江州市儿童医院｜儿科</p></div>
<div class="txt">${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div><div class="f"><span>2023-05-06 14:22</span><span>36人觉得有帮助</span></div></div>
<div class="sim"><h3>相似问题</h3>${ITEMS.map(([q, s], i) => `<a class="it" href="/wenda/share/${200 + i}"><p class="q">${q}</p><p class="a">${s}</p><p class="m">${byline(i)}</p></a>`).join('\n')}</div>
</body></html>`;

describe('who answered a related item, on a line under its snippet', () => {
  it('`name 医生回答 · N人觉得有帮助` is the item’s byline: the snippet is the text above it alone', () => {
    const names = ['薛军怡', '方桂慧', '江慧'];
    const [own, ...items] = read(page((i) => `${names[i]} 医生回答 · ${8 + i}人觉得有帮助`));
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(items.map((e) => [e.question, e.answer_paragraphs])).toEqual(ITEMS.map(([q, s]) => [q, [s]]));
  });

  it('so too with the calling glued to the name, or with no counter after it', () => {
    const lines = ['李明医生解答', '周红 医生回答', '赵刚 专家回答 | 120人觉得有用'];
    const [, ...items] = read(page((i) => lines[i]!));
    expect(items.map((e) => e.answer_paragraphs)).toEqual(ITEMS.map(([, s]) => [s]));
  });

  it('a sentence that goes on after 医生回答, or no name before it, is the snippet’s', () => {
    const lines = ['王芳医生回答了很多家长的疑问。', '李明 医生回答 详细分析了原因', '专家回答 · 9人觉得有帮助'];
    const [, ...items] = read(page((i) => lines[i]!));
    expect(items[0]!.answer_paragraphs.join('')).toContain('王芳医生回答了很多家长的疑问。');
    expect(items[1]!.answer_paragraphs.join('')).toContain('李明 医生回答 详细分析了原因');
  });
});
