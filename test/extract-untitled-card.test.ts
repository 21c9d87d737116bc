import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { parseCardParts } from '../src/extract/card/card-parts.js';

/**
 * A card that prints no 职称 (untitled-card.ts): a private hospital's `解答专家：name` over praise, the department and
 * `坐诊医院：…`, or a 站群 page's `专家：name` line of fields. It is still the card: the name, department and hospital read,
 * the title null, and no doubt where every line of it is read; a line it cannot read (maybe a title it does not know) is doubted.
 */

const URL = 'https://www.hkzkyy.com/zjjd/102642.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = ['关于小孩坐立不安，可以从以下几个方面来考虑：', '一、焦虑症早期，注意规律作息、避免熬夜。', '平时要注意保持良好的生活习惯，按时复查。'];

const page = (card: string) => `<html><head><meta charset="utf-8"><title>小孩总是坐立不安是什么病？_北岸焦虑症医院哪家好_北岸华夏心理医院</title></head><body>
<div><img src="/images/logo.png" alt="北岸华夏心理医院"> <span>北岸华夏心理医院</span> <b>400-128-1451</b></div>
<div><div>您的位置：<a href="/">首页</a> &gt; <a href="/zjjd/">专家解答</a></div>
<h1>小孩总是坐立不安是什么病？</h1><div><span>发布时间：2022.01.06 18:27</span> <span>浏览次数：8791次</span></div>
<div><p>病情描述：最近一段时间一直这样，不知道是什么原因。</p></div>
<section>${card}
<div><h3>医生解答</h3>${ANSWER.map((p) => `<p>${p}</p>`).join('\n')}</div></section>
<div><h3>相关问答</h3><ul><li><a href="/zjjd/102676.html">小孩总是手抖是什么病？</a><p>多与紧张有关，注意休息。</p></li><li><a href="/zjjd/102640.html">老人焦虑症怎么治疗效果好？</a><p>规律服药，定期复诊。</p></li></ul></div></div>
<div><p>版权所有 © 北岸华夏心理医院</p></div>
</body></html>`;

describe('a card that prints no 职称', () => {
  it('reads the name, department and hospital of a 解答专家 card among praise, the title null, unflagged', () => {
    const [own] = read(
      page(`<div><img src="/uploads/zj/c6ed6e84.jpg" alt="姚军"><p>解答专家：<b>姚军</b></p><p>特聘教授 从医24年 原三甲医院主任</p><p>儿童保健科</p><p>坐诊医院：北岸华夏心理医院</p><p>原北岸市中心医院儿童保健科骨干医师，中华医学会会员，擅长疑难病症的诊治。</p><a href="/swt/">向TA提问</a></div>`),
    );
    expect(own!.doctor).toEqual({ name: '姚军', title: null, department: '儿童保健科', hospital: '北岸华夏心理医院', hospital_grade: null });
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.flags).not.toContain('unsure_reading');
  });

  it('reads a line of fields opening with `专家：name` whose 职称 field holds only praise', () => {
    const [own] = read(page(`<p>专家：姚军　职称：原三甲医院主任、从医14年　医院：北岸华夏心理医院　科室：儿童保健科</p>`));
    expect(own!.doctor).toEqual({ name: '姚军', title: null, department: '儿童保健科', hospital: '北岸华夏心理医院', hospital_grade: null });
  });

  it('doubts a card with a line it cannot read as any of its parts', () => {
    const [own] = read(page(`<div><p>解答专家：<b>姚军</b></p><p>儿童保健科</p><p>坐诊医院：北岸华夏心理医院</p><p>高级诊疗师</p></div>`));
    expect(own!.doctor.name).toBe('姚军');
    expect(own!.flags).toContain('unsure_reading');
  });

  it('leaves a card whose title markup splits (`主任中医</span><span>师`) to the card readers, its title read', () => {
    const [own] = read(page(`<div><span>回答医生：姚军　主任中医</span><span style="color:#333">师　儿童保健科　北岸华夏心理医院</span></div>`));
    expect(own!.doctor).toMatchObject({ name: '姚军', title: '主任中医师', department: '儿童保健科' });
  });

  it('reads praise run together under the 职称 label as no title', () => {
    expect(parseCardParts(['专家：史军', '职称：专家组组长权威专家技术院长', '科室：耳鼻喉科']).title).toBeNull();
    expect(parseCardParts(['专家：周子雨 职称：原三甲医院主任、从医14年 医院：石门华康口腔医院']).hospital_grade).toBeNull();
    expect(parseCardParts(['史军', '技术院长 主任医师']).title).toBe('主任医师');
  });
});
