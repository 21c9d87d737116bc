import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { isAskerProfile } from '../src/extract/layouts/asker-stamp.js';
import { withoutVersionSuffix } from '../src/extract/words/version-switch.js';

/**
 * A private hospital's `m.` twin: its <title> names the site with its version (`…医院手机版`: the hospital is the name before
 * it, version-switch.ts), the asker's profile prints the age before the sex (`网友 · 50岁 · 女`, asker-stamp.ts), and the
 * folded answer's `展开全文 ∨` (read-more.ts) is none of the answer.
 */

const URL = 'https://m.hkzkyy.com/wenda/102400.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = ['起红疹常见的原因有以下几种：', '一、起红疹持续5天以上的，不要长期自行服用外用激素药膏。', '总之，起红疹的原因比较多，需要在医生指导下明确原因后再治疗。'];

describe("a private hospital's m. twin", () => {
  it("reads the hospital the title names before 手机版, and none of the asker's profile or the fold's prompt", () => {
    const [own] = read(`<html><head><title>总是起红疹是什么病-云岭博爱皮肤病医院手机版</title></head><body>
<header><a href="/"><img src="/m/logo.png" alt="云岭博爱皮肤病医院"></a><a href="tel:400-767-8392"></a></header>
<div><h1>总是起红疹是什么病</h1><p>网友 · 37岁 · 男</p><p>发布时间：2020-05-10</p>
<div style="max-height:320px;overflow:hidden">${ANSWER.map((p) => `<p>${p}</p>`).join('\n')}</div><div class="more">展开全文 ∨</div>
<div><img src="/zj/1.jpg"><div><b>邓慧</b> <span>主治中医师 从医40年</span><p>擅长：湿疹及相关疾病的诊治</p></div><a href="/swt/">咨询TA</a></div></div>
<div><p>云岭博爱皮肤病医院</p><p>咨询热线：400-767-8392</p></div>
</body></html>`);
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.doctor).toMatchObject({ name: '邓慧', title: '主治中医师', hospital: '云岭博爱皮肤病医院', hospital_grade: null });
  });

  it('reads a profile with the age first as the asker\'s, and a site name without its version word', () => {
    expect(isAskerProfile('网友 · 50岁 · 女')).toBe(true);
    expect(isAskerProfile('男 · 26岁 · 847人看过')).toBe(true);
    expect(withoutVersionSuffix('云岭博爱皮肤病医院手机版')).toBe('云岭博爱皮肤病医院');
    expect(withoutVersionSuffix('北岸华夏胃肠医院')).toBe('北岸华夏胃肠医院');
  });
});
