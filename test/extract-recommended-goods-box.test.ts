import { describe, expect, it } from 'vitest';
import { isCardLine, isRecommendedBoxHead } from '../src/extract/words/genre.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A pharmacy's Q&A sets a box of goods into the pharmacist's answer, headed by who picked them (`药师推荐`, a product, its
 * price, 加入购物车). The head holds a title word (药师) but names no one: no card of another answerer, and the answer goes
 * on under the box. What the blind split fresh-76 taught the genre reader.
 */

const URL = 'https://www.example-yaofang.com/wenda/4411.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = [
  '脸色苍白常见的原因有以下几种：',
  '1.哺乳期出现脸色苍白时，不要长期自行服用维生素C，需要在医生指导下使用。',
  '2.往往是骨髓受到刺激，可以先完善血清铁蛋白等检查。',
  '建议及时到医院血液科就诊，明确诊断后规范治疗。',
];
const page = (head: string) => `<html><head><title>脸色苍白伴有头晕要紧吗？_问药师</title></head><body>
<div class="ask-q"><h1>脸色苍白伴有头晕要紧吗？</h1><p class="q-info">提问者：会员158****6952　提问时间：2022-05-10</p><p class="q-desc">去社区医院看过，吃了药也不见好。</p></div>
<div class="answers"><h3>药师回答(1)</h3><div class="ans-box"><div class="ph-card"><img src="/ph/a.jpg" class="av"><p><b class="name">王英</b> <span class="title">执业药师</span></p><p class="unit">东湖大药房连锁有限公司</p><p class="cert">执业药师注册证已认证</p></div><div class="ans-txt"><p>${ANSWER[0]}</p>
<div class="rec-drug"><p class="t">${head}</p><a href="/product/753754.shtml">【东湖】布洛芬缓释胶囊 0.3g*24粒</a> <em>¥16.50</em> <a class="cart" href="javascript:;">加入购物车</a></div>
${ANSWER.slice(1).map((p) => `<p>${p}</p>`).join('\n')}</div><div class="ans-ft"><span>回答时间：2022-05-12 17:43:13</span> <a>有用(82)</a></div></div></div>
<p class="tips">药师解答仅供参考，请遵医嘱或药品说明书使用。</p></body></html>`;

describe('a box of goods headed by who picked them, inside the answer', () => {
  it('the head is no card line', () => {
    for (const line of ['药师推荐', '医生推荐用药', '专家精选', '执业药师推荐']) expect(isRecommendedBoxHead(line), line).toBe(true);
    for (const line of ['执业药师', '王英 执业药师', '主管药师']) expect(isCardLine(line), line).toBe(true);
  });

  it('the answer goes on under it, its day the answer’s', () => {
    for (const head of ['药师推荐', '药师精选']) {
      const [own] = read(page(head));
      expect(own!.doctor.name, head).toBe('王英');
      expect(own!.answer_paragraphs, head).toEqual(ANSWER);
      expect(own!.date, head).toBe('2022-05-12');
    }
  });
});
