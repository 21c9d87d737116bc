import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { isReplyFormLine } from '../src/extract/words/reply-form.js';
import { parseCardParts } from '../src/extract/card/card-parts.js';
import { isReviewCredit } from '../src/extract/words/references.js';
import { withoutSiteSuffixes } from '../src/extract/words/genre.js';

/**
 * The genre reader on government and public-service health platforms: a 卫健委's 政务咨询, a CDC's 专家答疑, a 健康教育所's 科普 Q&A, a WeChat 你问我答.
 * What fresh-63 (government and public-service health platforms: a 卫健委's 政务咨询, a CDC's 专家答疑, a 健康教育所's 科普 Q&A, a WeChat 你问我答) taught the genre reader.
 */

const html = (title: string, body: string, head = '') => `<html><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;
const entries = (page: string, url = 'saved-page.html') => entriesOf(extractOrThrow(pageRecord(page, { url })));
const pageOf = (page: string) => entries(page).find((e) => e.origin === 'page');
const itemsOf = (page: string) => entries(page).filter((e) => e.origin === 'related');

const QUESTION = '小孩咳嗽反复发作怎么办';
const ANSWER = ['小孩咳嗽的处理要根据病情轻重来决定：', '1.可能与支气管炎有关，可能需要复查胸部CT，配合医生规范治疗。', '2.咳嗽持续5天以上的，应注意观察咳嗽的变化，症状加重时要及时复诊。'];

describe('a 卫健委 政务咨询 record: the office form around the reply is none of the answer', () => {
  const record = (reply: readonly string[]) =>
    html(
      `${QUESTION}-政务咨询-河东省卫生健康委员会`,
      `<div class="zxxq"><dl><dt>留言编号</dt><dd>ZX20230506123</dd></dl><dl><dt>留言时间</dt><dd>2023-04-30 10:12:45</dd></dl>` +
        `<dl><dt>留言主题</dt><dd>${QUESTION}</dd></dl><dl><dt>留言内容</dt><dd>您好，请问${QUESTION}？谢谢！</dd></dl>` +
        `<dl><dt>答复单位</dt><dd>江州市人民医院</dd></dl><dl><dt>答复时间</dt><dd>2023-05-06</dd></dl>` +
        `<dl><dt>答复内容</dt><dd>${reply.map((l) => `<p>${l}</p>`).join('')}</dd></dl></div>`,
    );

  it('drops the salutation, the 答复如下 line, the hotline and the thanks, and names the doctor the reply is signed by', () => {
    const page = pageOf(
      record(['王**网友：', '感谢您对我院工作的关注和支持。现将您咨询的问题答复如下：', ...ANSWER, '（答复专家：杜颖 副主任医师）', '如有疑问，请拨打江州市12320卫生健康热线咨询。', '感谢您的来信！']),
    )!;
    expect(page.answer_paragraphs).toEqual(ANSWER);
    expect(page.doctor.name).toBe('杜颖');
    expect(page.doctor.title).toBe('副主任医师');
    expect(page.doctor.hospital).toBe('江州市人民医院');
    expect(page.date).toBe('2023-05-06');
  });

  it('reads a unit that is a hospital’s department as both, and an office’s reply as no hospital (doubted, as fresh-29 decided)', () => {
    const unit = (name: string) => record(['您好！', ...ANSWER]).replace('<dd>江州市人民医院</dd>', `<dd>${name}</dd>`);
    const ward = pageOf(unit('江州市人民医院呼吸内科'))!;
    expect(ward.doctor).toMatchObject({ name: null, hospital: '江州市人民医院', department: '呼吸内科' });
    expect(ward.flags).not.toContain('unsure_reading');
    const office = pageOf(unit('江州市卫生健康委员会老龄健康科'))!;
    expect(office.doctor).toMatchObject({ hospital: null, department: null });
    expect(office.flags).toContain('unsure_reading');
  });

  it('keeps a greeting that goes on with the answer: the answerer’s own words', () => {
    const greeted = `您好，${ANSWER[0]}`;
    expect(pageOf(record([greeted, ...ANSWER.slice(1)]))!.answer_paragraphs).toEqual([greeted, ...ANSWER.slice(1)]);
  });

  it('tells form lines from the answer’s lines', () => {
    for (const line of ['您好！', '网友您好！', '网友，您好！', '尊敬的网友：', '李**网友：', '您的留言已收悉，感谢您对我委工作的关注。经研究，现答复如下：', '经咨询我院心内科王芳主任医师，现回复如下：', '感谢您对我院工作的关注与支持！', '如有疑问，请拨打12345政务服务便民热线。']) {
      expect(isReplyFormLine(line), line).toBe(true);
    }
    for (const line of ['您好，这种情况一般和生活习惯有关。', '王芳', '建议及时到医院呼吸内科就诊，明确诊断后规范治疗。', '感谢', '常见的原因有以下几种：']) {
      expect(isReplyFormLine(line), line).toBe(false);
    }
  });
});

describe('a CDC expert: its 所 and 科 are departments, 主管医师 a title', () => {
  it('reads the institute of a 疾控中心 as the department', () => {
    expect(parseCardParts(['康浩霞，北岸市疾病预防控制中心急性传染病防制所主管医师'])).toMatchObject({ name: '康浩霞', title: '主管医师', department: '急性传染病防制所', hospital: '北岸市疾病预防控制中心' });
    expect(parseCardParts(['姚辰琪，青川市疾病预防控制中心免疫规划所主任医师'])).toMatchObject({ title: '主任医师', department: '免疫规划所' });
  });

  const article = (lines: readonly string[], heading = `专家答疑｜${QUESTION}`) =>
    html(
      `${QUESTION}_专家答疑_江州市疾病预防控制中心`,
      `<h1>${heading}</h1><div class="art-info"><span>来源：江州市疾病预防控制中心</span>　<span>发布时间：2023-05-06 08:52</span></div>` +
        `<div class="TRS_Editor">${lines.map((l) => `<p>${l}</p>`).join('')}</div>`,
    );

  it('reads a 专家简介 before the question as the card, and a unit’s credit as the answering unit', () => {
    const bio = pageOf(article(['<strong>专家简介：</strong>罗涛，主任医师，江州市医科大学附属医院老年医学科，从事呼吸系统疾病防治工作27余年。', `<strong>问：</strong>${QUESTION}？`, `<strong>答：</strong>${ANSWER[0]}`, ...ANSWER.slice(1)], `专家答疑｜${QUESTION}？`))!;
    expect(bio.doctor).toMatchObject({ name: '罗涛', title: '主任医师', department: '老年医学科', hospital: '江州市医科大学附属医院' });
    const unit = pageOf(article([`<strong>问：</strong>${QUESTION}？`, ...ANSWER, '（本文由江州市疾病预防控制中心免疫规划所提供）']))!;
    expect(unit.doctor).toMatchObject({ name: null, title: null, department: '免疫规划所', hospital: '江州市疾病预防控制中心' });
    expect(unit.answer_paragraphs.at(-1)).toBe(ANSWER.at(-1));
  });

  it('takes no unit from a credit to a unit that is no hospital', () => {
    const office = pageOf(article([`<strong>问：</strong>${QUESTION}？`, ...ANSWER, '（本文由江州市卫生健康委员会宣传科提供）']))!;
    expect(office.doctor.hospital).toBeNull();
  });

  it('takes no clinic (诊所) for a department', () => {
    expect(parseCardParts(['王芳，江州市和平诊所主治医师']).department).toBeNull();
  });
});

describe('a 健康教育所 科普 Q&A: the reviewer, the side list of experts and the Q： / A： marks are none of it', () => {
  const kepu = (reviewer: string) =>
    html(
      `${QUESTION}_健康问答_东湖市健康教育所`,
      `<div class="main"><div class="kp-q"><span>Q</span><h1>${QUESTION}</h1></div>` +
        `<div class="kp-a"><span>A</span><div class="kp-text">${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div>` +
        `<div class="kp-meta">发布日期：2019年6月5日　浏览：6775</div>${reviewer}</div>` +
        `<div class="more-qa"><h3>更多问答</h3><dl>` +
        `<dt><a href="https://www.jzjkjy.org.cn/kpwd/107319.html">Q：咽喉干燥要做什么检查？</a></dt><dd>A：咽喉干燥多数与慢性咽炎有关，注意休息、多喝温水，一般几天就能缓解。</dd>` +
        `<dt><a href="https://www.jzjkjy.org.cn/kpwd/107329.html">Q：宝宝干咳怎么办</a></dt><dd>A：关于宝宝干咳，可以从以下几个方面来考虑，先完善喉镜等检查。</dd></dl></div></div>` +
        `<div class="side"><div class="side-tit">答疑专家</div><div class="card"><div>邓杰</div><div>主治医师</div><div>东湖市医科大学附属医院 呼吸内科</div></div>` +
        `<div class="side-tit">热门专家</div><ul><li>赵秀英 主任医师</li><li>胡秀英 副主任医师</li></ul></div>`,
      '<link rel="canonical" href="https://www.jzjkjy.org.cn/kpwd/133112.html">',
    );

  it('reads the answering expert, not the reviewer under the answer, and items without their marks', () => {
    const page = kepu('<div class="kp-review">审核专家：孙国庆 副主任医师（东湖市疾病预防控制中心）</div>');
    const own = pageOf(page)!;
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.doctor.name).toBe('邓杰');
    expect(itemsOf(page).map((i) => [i.question, i.answer_paragraphs[0]!.slice(0, 6)])).toEqual([
      ['咽喉干燥要做什么检查？', '咽喉干燥多数'],
      ['宝宝干咳怎么办', '关于宝宝干咳'],
    ]);
  });

  it('takes a reviewer’s labelled line for a credit, not a sentence that mentions 审核', () => {
    expect(isReviewCredit('审核专家：孙国庆 副主任医师（东湖市疾病预防控制中心）')).toBe(true);
    expect(isReviewCredit('体检报告需要医生审核后再出具，请耐心等待。')).toBe(false);
  });
});

describe('a 卫健委 WeChat 你问我答: the hook after the headline and the 往期推荐 questions', () => {
  it('drops the hook after the question mark, not a question that goes on', () => {
    expect(withoutSiteSuffixes('老人怕光要做什么检查？专家来解答')).toBe('老人怕光要做什么检查？');
    expect(withoutSiteSuffixes('老人怕光要做什么检查？医生说要先查眼压')).toBe('老人怕光要做什么检查？医生说要先查眼压');
  });

  const post = (recent: readonly string[]) =>
    html(
      `尿路感染需要注意什么？专家来解答`,
      `<h1 class="rich_media_title">尿路感染需要注意什么？专家来解答</h1><div><em id="publish_time">2023-05-06 18:30</em></div>` +
        `<div id="js_content"><section><span>网友提问</span></section><p>尿路感染需要注意什么</p>` +
        `<section><span>专家解答</span></section>${ANSWER.map((p) => `<p><span>${p}</span></p>`).join('')}` +
        `<section><p><strong>答疑专家：侯佳</strong></p><p>青川市中西医结合医院泌尿外科主治医师</p></section>` +
        `<section><p><strong>往期推荐</strong></p>${recent.map((t, i) => `<p><a href="https://mp.weixin.qq.com/s?__biz=MzA1&amp;mid=12789${i}&amp;idx=1">${t}</a></p>`).join('')}</section></div>`,
    );

  it('reads the question in the post’s words under its pill, and back issues that ask questions as related links', () => {
    const own = pageOf(post(['老人湿疹会引起渗液吗', '渗液还皮肤脱屑怎么回事']))!;
    expect(own.question).toBe('尿路感染需要注意什么');
    expect(own.related_urls).toEqual(['https://mp.weixin.qq.com/s?__biz=MzA1&mid=127890&idx=1', 'https://mp.weixin.qq.com/s?__biz=MzA1&mid=127891&idx=1']);
  });

  it('takes no back issue that asks nothing: the account’s other posts', () => {
    expect(pageOf(post(['青川市卫健委召开全市卫生健康工作会议', '渗液还皮肤脱屑怎么回事']))!.related_urls ?? []).toEqual([]);
  });
});
