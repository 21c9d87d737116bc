import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { isFormerPostLine } from '../src/extract/words/former-post.js';

/**
 * A doctor's former post at a public hospital, boasted of in a private hospital's card (former-post.ts): the bio's, none of
 * the answer, and its hospital and grade none of the card's.
 */

const URL = 'https://www.hkylzx.com/wenda/125628.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = ['胸骨后疼痛可能是以下原因引起：', '1.多数是食管下段受到刺激，症状时轻时重，容易反复。', '建议及时到医院消化内科就诊，明确诊断后规范治疗。'];

describe("a former post in a private hospital's card", () => {
  it("leaves the bio's former post out of the answer and reads the branch the doctor answers for", () => {
    const [own] = read(`<html><head><title>胸骨后疼痛怎么办-仁爱医疗集团专家问答</title><link rel="canonical" href="${URL}"></head><body>
<div><img src="/logo.png" alt="仁爱医疗集团"> <b>仁爱医疗集团</b> 专家问答</div>
<div><h1>胸骨后疼痛怎么办</h1><p>网友db25 · 提问时间：2020/06/03</p></div>
<div><div><img src="/d.jpg"><div><b>薛桂</b> <span>学科带头人</span><span>主治医师</span></div><p>江州仁爱胃肠医院 · 消化内科</p><p>曾任江州市第一人民医院（三甲）消化内科主任，多次赴国外进修学习，深受患者信赖。</p></div>
<div>${ANSWER.map((p) => `<p>${p}</p>`).join('\n')}</div><p>回复时间：2020.06.06 <span>图文回复</span></p></div>
<div><h3>相关问答</h3><ul><li><a href="/wenda/125625.html">嗳气伴有反酸要紧吗？</a><p>嗳气多与胃食管反流有关，注意休息，不缓解再就诊。</p></li><li><a href="/wenda/125609.html">总是嗳气是什么病？</a><p>多与饮食有关，少食多餐。</p></li></ul></div>
</body></html>`);
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.doctor).toMatchObject({ name: '薛桂', title: '主治医师', hospital: '江州仁爱胃肠医院', hospital_grade: null });
  });

  it('tells a former post from an answer that opens with 原 or names a hospital', () => {
    expect(isFormerPostLine('原白沙市医学中心血液科主任，从事临床工作三十余年')).toBe(true);
    expect(isFormerPostLine('曾任东湖市妇幼保健医院皮肤科骨干医师，多次赴国外进修学习')).toBe(true);
    expect(isFormerPostLine('原因多与饮食有关，建议到医院消化内科就诊。')).toBe(false);
    expect(isFormerPostLine('原来在医院开的药可以继续吃，按时复查。')).toBe(false);
  });
});
