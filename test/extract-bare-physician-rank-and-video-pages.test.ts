import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/** A bare 医师 beside a second qualification, and a video platform's page (fresh-55's douyin-video): rules two readers met on. */

const URL = 'https://www.wenyi.example/qa/88231.html';
const html = (title: string, body: string) => `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const read = (page: string) => entriesOf(extractOrThrow(pageRecord(page, { url: URL })));
const QUESTION = '晚上睡不着总是胡思乱想怎么办';
const ANSWER = ['偶尔失眠多与压力有关，睡前一小时放下手机，固定起床时间。', '持续两周以上、白天明显受影响的，建议到精神科或睡眠门诊就诊。'];
const page = (cardHtml: string) => html(`${QUESTION}_心理问答`, `<h1>${QUESTION}</h1>${cardHtml}${ANSWER.map((p) => `<p>${p}</p>`).join('')}<p>回复于 2023-03-02</p>`);

describe('a bare 医师 after the name gives way to a clinical rank, not to a licence or a second qualification', () => {
  it('`医师 | 国家二级心理咨询师` and `执业医师` leave the title 医师', () => {
    for (const second of ['国家二级心理咨询师', '中级心理治疗师', '执业医师']) {
      const [own] = read(page(`<div class="doc"><b>周宁</b> 医师 <span>${second}</span><br>精神科 江州市精神卫生中心</div>`));
      expect(own!.doctor.title, second).toBe('医师');
    }
  });

  it('a clinical rank printed elsewhere on the card is the title (`王芳医师` … `主治医师`)', () => {
    const [own] = read(page('<div class="doc"><b>王芳医师</b><br>职称：主治医师<br>精神科 江州市精神卫生中心</div>'));
    expect(own!.doctor).toMatchObject({ name: '王芳', title: '主治医师' });
  });
});

describe('a short-video page: topic tags run onto the question, video cards under it', () => {
  const cards = [
    ['/video/7282808983000004579', '产后恶心呕吐伴有腰部绞痛要紧吗', '吴国庆医生', '36.9万'],
    ['/video/7282836699500004614', '小孩肾结石需要注意什么', '徐文博医生', '7161'],
  ];
  const video = html(
    `${QUESTION} #失眠 #医学科普 - 抖音`,
    `<h1><span>${QUESTION}</span><span><a href="/search/%23失眠">#失眠</a></span><span><a href="/search/%23医学科普">#医学科普</a></span></h1>` +
      `<div class="author"><b>周宁</b> 主治医师 精神科 江州市精神卫生中心</div><h4>文字版</h4>${ANSWER.map((p) => `<p>${p}</p>`).join('')}` +
      `<h3>相关推荐</h3><ul>${cards.map(([href, q, who, likes]) => `<li><a href="${href}"><span>02:23</span><p>${q}</p><span>${who}</span><span>${likes}</span></a></li>`).join('')}</ul>`,
  );

  it('the question is the heading without its tags', () => {
    expect(read(video)[0]!.question).toBe(QUESTION);
  });

  it('a video card showing its author and likes is a link, never an entry whose answer is the author’s name', () => {
    const entries = read(video);
    const items = entries.filter((e) => e.origin === 'related');
    expect(items.map((e) => e.answer_paragraphs.join(''))).not.toContainEqual(expect.stringMatching(/医生/u));
    expect(entries[0]!.related_urls).toEqual(cards.map(([href]) => `https://www.wenyi.example${href}`));
  });
});
