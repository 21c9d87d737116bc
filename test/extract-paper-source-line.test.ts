import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A paper's web copy of its expert column closes with the line naming the paper it was taken from, in brackets
 * (`（本文据《…》）`, fresh-118's 今晚网): the publisher's credit, none of the answer.
 */
const page = (credit: string) => `<html><head><meta charset="utf-8"><title>膝盖肿要紧吗_专家答疑_江城网</title></head><body>
<div class="crumb">当前位置：首页 &gt; 健康</div>
<h1>膝盖肿要紧吗</h1><div class="info">发布时间：2023-01-05 14:20:33　来源：江城晚报</div>
<div class="content"><p>　　解答专家：王建华，江城市第一人民医院骨科主任医师</p><p>　　市民李女士问：膝盖肿了一周，要紧吗？</p>
<p>　　膝盖肿如果伴有上下楼疼痛，可以先休息、冷敷观察。</p><p>　　持续加重或发热时，应尽快到骨科就诊。</p><p>　　${credit}</p></div>
<div class="tools"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
</body></html>`;

describe("a paper's source line under its column's web copy", () => {
  const answer = ['膝盖肿如果伴有上下楼疼痛，可以先休息、冷敷观察。', '持续加重或发热时，应尽快到骨科就诊。'];
  for (const credit of ['（本文据《江城晚报》）', '本文摘自《江城晚报》']) {
    it(`${credit} is none of the answer`, () => {
      const [entry] = entriesOf(extractOrThrow(pageRecord(page(credit), { url: 'https://www.example-city.cn/health/t20230105_1.html' })));
      expect([entry!.answer_paragraphs, entry!.flags]).toEqual([answer, []]);
    });
  }

  it('a sentence opening with the paper as its source stays the answer’s', () => {
    const [entry] = entriesOf(extractOrThrow(pageRecord(page('据《江城晚报》报道，冬季膝关节病患者增多。'), { url: 'https://www.example-city.cn/health/t20230105_1.html' })));
    expect(entry!.answer_paragraphs).toEqual([...answer, '据《江城晚报》报道，冬季膝关节病患者增多。']);
  });
});
