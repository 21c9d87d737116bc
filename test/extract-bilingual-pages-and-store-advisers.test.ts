import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { parseCardParts } from '../src/extract/card/card-parts.js';
import { isMemberByline } from '../src/extract/layouts/member-answer.js';

/**
 * What fresh-86 (a university hospital's international centre page in English and Chinese, a mother-and-baby retailer's
 * 育儿问答 share page, a science platform's 问答 with its closing credits) taught the genre reader.
 */

const html = (title: string, body: string) => `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const pageOf = (page: string) => entriesOf(extractOrThrow(pageRecord(page, { url: 'saved-page.html' }))).find((e) => e.origin === 'page')!;

describe('a bilingual card: each field’s English name in brackets after its Chinese', () => {
  it('reads the Chinese department and title, the gloss none of them', () => {
    expect(parseCardParts(['林晓峰', '副主任医师（Associate Chief Physician）', '内分泌科（Endocrinology）'])).toMatchObject({
      name: '林晓峰',
      title: '副主任医师',
      department: '内分泌科',
    });
    expect(parseCardParts(['林晓峰　主治医师（Attending Physician）', '妇产科（Obstetrics & Gynecology）']).department).toBe('妇产科');
    expect(parseCardParts(['林晓峰 主任医师', '呼吸内科(Respiratory Medicine)', '江州市人民医院'])).toMatchObject({ department: '呼吸内科', hospital: '江州市人民医院' });
    // A body's letters in brackets inside a part gloss no field: the part is read as before.
    expect(parseCardParts(['专栏医生', '林晓峰医生', '英国中医药学会（ATCM）注册中医师 Registered TCM Practitioner'])).toMatchObject({ name: '林晓峰', title: '注册中医师' });
  });
});

describe('an international centre’s page in English and Chinese', () => {
  const SITE = '南华医科大学附属湘江医院';
  const QUESTION = '孩子反复低烧一周需要做什么检查';
  const ANSWER = ['反复低烧一周，建议先查血常规和C反应蛋白，看有没有感染。', '如果伴有咳嗽或者尿频，还要拍胸片、查尿常规，明确原因后再用药。'];
  const page = (opts: { note?: boolean } = {}) =>
    html(
      `Ask an Expert 专家问答 - International Clinic - ${SITE}`,
      `<div class="top"><a href="/">中文</a> | <a href="/en/">English</a></div>` +
        `<div class="crumbs"><a href="/">Home 首页</a> &gt; <a href="/intl/">International Clinic 国际门诊</a> &gt; <a href="/intl/ask/">Ask an Expert 专家问答</a></div>` +
        `<h1>Ask an Expert 专家问答</h1>` +
        (opts.note ? `<div class="note"><p>Case manager 个案管理师 · 周倩（护士 Nurse）</p><p>We have passed your question to our Pediatrics team. 您的问题已转交儿科医生，请耐心等待回复。</p></div>` : '') +
        `<dl><dt>Question 咨询问题</dt><dd>${QUESTION}</dd>` +
        `<dt>Reply 医生回复</dt><dd>${ANSWER.map((p) => `<p>${p}</p>`).join('')}</dd>` +
        `<dt>Doctor 回复医生</dt><dd><b>陈立新</b>　副主任医师（Associate Chief Physician）<br>儿科（Pediatrics）</dd>` +
        `<dt>Date 日期</dt><dd>2022-11-08</dd></dl>` +
        `<div class="foot">${SITE} Xiangjiang Hospital, Nanhua Medical University<br>地址：江州市湘江路88号</div>`,
    );

  it('reads the question under its bilingual label, not the column’s heading the <title> repeats, and none of the label in the answer', () => {
    const read = pageOf(page());
    expect(read.question).toBe(QUESTION);
    expect(read.answer_paragraphs).toEqual(ANSWER);
    expect(read.doctor).toMatchObject({ name: '陈立新', title: '副主任医师', department: '儿科' });
    expect(read.date).toBe('2022-11-08');
    expect(read.flags).not.toContain('unsure_reading');
  });

  it('leaves a coordinator’s note before the question out of the answer', () => {
    const read = pageOf(page({ note: true }));
    expect(read.question).toBe(QUESTION);
    expect(read.answer_paragraphs).toEqual(ANSWER);
  });

  it('names the hospital as the site does, in its footer line in both languages, where the card names none', () => {
    expect(pageOf(page()).doctor.hospital).toBe(SITE);
  });
});

describe('a mother-and-baby retailer’s 育儿问答: a store’s 育儿顾问 beside the paediatrician', () => {
  const QUESTION = '宝宝8个月夜里总是哭醒怎么办';
  const ANSWER = ['8个月宝宝夜醒多与出牙、白天过度兴奋有关，睡前一小时避免剧烈玩耍。', '如果哭闹伴有发热或者拒奶，要及时到儿科就诊。'];
  // (Each reply's box marked apart, as such pages mark the doctor's, the staff's and the mothers'.)
  const adviser = (byline: string) =>
    `<div class="reply staff"><div class="who"><img src="https://img.example.com/avatar/2.png"><p>${byline.replace(' ', ' <span>')}</span></p></div><p>宝妈您好，这种情况建议先观察宝宝精神状态，门店有专业育儿顾问可以到店咨询哦~</p><p>05-06</p></div>\n`;
  const page = (before: string, after: string) =>
    html(
      `${QUESTION} - 母婴店育儿问答`,
      `<div class="bar"><img src="https://img.example.com/logo.png" alt="母婴店"><span>母婴店 · 育儿问答</span><a href="app://parenting">打开APP</a></div>\n` +
        `<div class="q"><div><img src="https://img.example.com/avatar/1.png"><span>开心妈妈</span><span>宝宝30个月</span></div>\n` +
        `<h1>${QUESTION}</h1><p>问题补充：平时工作比较忙，作息不太规律。</p><p>05-05 提问</p></div>\n` +
        `<div class="answers"><p>共3个回答</p>\n${before}` +
        `<div class="reply doc"><div class="who"><img src="https://img.example.com/doctor/1.png"><div><p><b>韩雪梅</b> <span>主治医师</span> <i>认证医生</i></p><p>江州市儿童医院 儿科</p></div></div>\n` +
        `<p>医生回答</p><div>${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div><p>2023-05-06</p></div>\n` +
        after +
        `<div class="reply mom"><div class="who"><p>豆豆妈妈 <span>宝宝12个月</span></p></div><p>同问，我家也是这个情况。</p><p>05-06</p></div></div>\n`,
    );

  it('ends the doctor’s answer at the adviser’s byline with her store after it, and leaves one before it out', () => {
    const byline = '刘佳 育儿顾问 · 江州万达店';
    for (const read of [pageOf(page('', adviser(byline))), pageOf(page(adviser(byline), ''))]) {
      expect(read.answer_paragraphs).toEqual(ANSWER);
      expect(read.doctor).toMatchObject({ name: '韩雪梅', title: '主治医师', hospital: '江州市儿童医院', department: '儿科' });
      expect(read.date).toBe('2023-05-06');
    }
  });

  it('reads such a byline with or without its store, but no line of an answer naming the role', () => {
    expect(isMemberByline('刘佳 育儿顾问 · 江州万达店')).toBe(true);
    expect(isMemberByline('刘佳 育儿顾问')).toBe(true);
    expect(isMemberByline('刘佳 母婴顾问 | 城南门店')).toBe(true);
    expect(isMemberByline('可以到店找育儿顾问咨询')).toBe(false);
    expect(isMemberByline('育儿顾问 建议多观察')).toBe(false);
  });
});

describe('a science platform’s closing credits: the author’s card over a reviewer’s of the same hospital', () => {
  // (The author a bare 医师, which a rank beside it would override: the credits read as one card would give the reviewer's rank.)
  const QUESTION = '体检发现甲状腺结节需要手术吗？';
  const ANSWER = ['大多数甲状腺结节是良性的，定期复查超声即可。', '结节有钙化、边界不清或者短期内长大，才需要进一步穿刺或手术。'];
  const page = (reviewerHospital: string) =>
    html(
      `${QUESTION}-健康科普`,
      `<h1>${QUESTION}</h1><div class="info"><span>作者：邵敏</span><span>发布时间：2023-03-02</span></div>` +
        `<div class="content">${ANSWER.map((p) => `<p>${p}</p>`).join('')}` +
        `<div class="credit"><p>作者：邵敏　江州市第一人民医院甲状腺外科　医师</p><p>审核：田志刚　${reviewerHospital}　主任医师</p><p>出品：健康科普联盟</p></div></div>`,
    );

  it('reads the author, sure of it, whether the reviewer works at the same hospital or another', () => {
    for (const hospital of ['江州市第一人民医院', '临川市人民医院']) {
      const read = pageOf(page(hospital));
      expect(read.doctor).toMatchObject({ name: '邵敏', title: '医师', department: '甲状腺外科', hospital: '江州市第一人民医院' });
      expect(read.answer_paragraphs).toEqual(ANSWER);
      expect(read.flags).not.toContain('unsure_reading');
    }
  });
});
