import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { reviewerOf } from '../src/extract/card/reviewer-credit.js';
import { isAiVerdict } from '../src/extract/layouts/ai-verdict.js';
import { readMetaLine } from '../src/extract/dates/page-meta.js';

/**
 * The genre reader on AI-assisted answers a doctor checked or signed: a signed 问诊小结, a reviewer's name, a record printed as chat, an AI reply with the doctor's words.
 * What fresh-64 (AI-assisted answers a doctor checked or signed) taught the genre reader.
 */

const html = (title: string, body: string) => `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const entries = (page: string) => entriesOf(extractOrThrow(pageRecord(page, { url: 'saved-page.html' })));
const pageOf = (page: string) => entries(page).find((e) => e.origin === 'page');
const unsure = (page: { flags: string[] }) => page.flags.includes('unsure_reading');

const QUESTION = '小孩咳嗽反复发作怎么办';
const ANSWER = ['小孩咳嗽的处理要根据病情轻重来决定：', '1.可能与支气管炎有关，可能需要复查胸部CT，配合医生规范治疗。', '2.咳嗽持续5天以上的，应注意观察咳嗽的变化，症状加重时要及时复诊。'];
const paras = (lines: readonly string[]) => lines.map((l) => `<p>${l}</p>`).join('');

describe('a signed 问诊小结: the record names what each part is', () => {
  const summary = (signed: string, badge = '<span>图文问诊</span>') =>
    html(
      '问诊小结 - 某药房',
      `<div><span>问诊小结</span></div><div><span>问诊单号：DD2021092525</span>${badge}</div>` +
        `<div><div><span>患者</span><span>刘** 男 36岁</span></div><div><span>咨询问题</span><span>${QUESTION}</span></div><div><span>问诊时间</span><span>2021-09-24 18:33</span></div></div>` +
        `<div><h3>AI问诊摘要</h3><div><span>现病史</span><span>${QUESTION}，最近一直这样。</span></div></div>` +
        `<div><h3>AI初步建议</h3><p>建议先注意休息，保持规律作息，饮食清淡。</p></div>` +
        `<div><h3>医生建议</h3>${paras(ANSWER)}</div>` +
        `<div><p>接诊医生：<b>熊晨</b> 主治医师</p><p>南屏市妇幼保健医院 儿科</p><p>签名时间：${signed}</p></div>` +
        `<div>本小结由AI辅助生成，经接诊医生审核签名。线上问诊不能代替线下面诊。</div>`,
    );

  it('reads the 咨询问题 row as the question, the 医生建议 as the answer, the 签名时间 as the date, the badge as the format', () => {
    const page = pageOf(summary('2021-09-25 13:02'))!;
    expect(page.question).toBe(QUESTION);
    expect(page.answer_paragraphs).toEqual(ANSWER);
    expect([page.doctor.name, page.doctor.title, page.doctor.hospital]).toEqual(['熊晨', '主治医师', '南屏市妇幼保健医院']);
    expect([page.date, page.format]).toEqual(['2021-09-25', 'text']);
    expect(unsure(page)).toBe(false);
  });

  it('gives no date where the signature is yearless (the 问诊时间 above dates the asking), and no format where no badge is printed', () => {
    const page = pageOf(summary('09-25 13:02', ''))!;
    expect(page.question).toBe(QUESTION);
    expect([page.date, page.format]).toEqual([null, 'unknown']);
  });

  it('takes 问诊时间 for the asking side, 生成于 for no answer at all', () => {
    expect(readMetaLine('问诊时间 2021-09-24 18:33').dates).toEqual([{ iso: '2021-09-24', kind: 'asked' }]);
    expect(readMetaLine('生成于 2020年2月25日').dates).toEqual([]);
    expect(readMetaLine('回复于 2020年2月25日').dates).toHaveLength(1);
  });
});

describe('a reviewer who put their name to the only answer', () => {
  it('reads the line or the sentence naming the reviewer, never one naming no one', () => {
    expect(reviewerOf('审核专家：王琪（泌尿外科 副主任护师）')).toMatchObject({ name: '王琪', title: '副主任护师', department: '泌尿外科' });
    expect(reviewerOf('本条答复经本院消化内科慕容涛伟主任医师审核')).toMatchObject({ name: '慕容涛伟', title: '主任医师', department: '消化内科' });
    expect(reviewerOf('本答复由智能客服提供并经专家审核，具体以面诊为准')).toBeNull();
    expect(reviewerOf('本文由王医生审核')).toBeNull();
  });

  const faq = (dates: string, author = '') =>
    html(
      `${QUESTION}_常见问题_南屏市中心医院`,
      `<div><b>南屏市中心医院</b><span>三甲</span></div><div>当前位置：首页 &gt; 智能客服 &gt; 常见问题</div>` +
        `<h2>${QUESTION}</h2>${author}<div>${paras(ANSWER)}</div><p>审核专家：王琪（儿科 副主任医师）</p>${dates}` +
        `<p>以上内容由智能客服生成，经本院专家审核，仅供参考。</p><div>这条回答对您有帮助吗？<a href="#">是</a><a href="#">否</a><a href="#">转人工</a></div>`,
    );

  it('is the doctor where the page names no other, of the masthead’s hospital, dated by the review, not the update', () => {
    const page = pageOf(faq('<p>审核日期：2022-09-18</p><p>更新时间：2022-11-03</p>'))!;
    expect(page.answer_paragraphs).toEqual(ANSWER);
    expect([page.doctor.name, page.doctor.title, page.doctor.department]).toEqual(['王琪', '副主任医师', '儿科']);
    expect([page.doctor.hospital, page.doctor.hospital_grade]).toEqual(['南屏市中心医院', '三甲']);
    expect(page.date).toBe('2022-09-18');
    expect(unsure(page)).toBe(false);
  });

  it('gives no date where only the update day shows', () => {
    expect(pageOf(faq('<p>更新时间：2022-11-03</p>'))!.date).toBeNull();
  });

  it('is not taken where an author’s card stands beside it: the author answered', () => {
    const page = pageOf(faq('<p>审核日期：2022-09-18</p>', '<div><span>李明</span> <span>主任医师</span> <span>南屏市中心医院 儿科</span></div>'))!;
    expect(page.doctor.name).toBe('李明');
    expect(page.answer_paragraphs).toEqual(ANSWER);
  });
});

describe('a consultation record printed as its chat', () => {
  const bubble = (text: string, doctor: boolean, n = 0) => (doctor ? `<div><img src="/av/${n}.jpg" alt=""><div>${text}</div></div>` : `<div><div>${text}</div></div>`);
  const record = (replyStamp: string, between: string) =>
    html(
      '段华伟医生的咨询记录 - 某健康',
      `<div><img src="/doc.jpg" alt="段华伟"><div><div>段华伟<span>主治医师</span></div><div>北岸市人民医院 · 儿科</div></div><div>图文咨询</div></div>` +
        `<div><div>2022-02-24 09:56</div><div><div>${QUESTION}<br>有没有什么好的办法缓解？</div></div>` +
        `<div><div>AI预问诊小结</div><dl><dt>主诉</dt><dd>${QUESTION}</dd><dt>现病史</dt><dd>去社区医院看过。</dd></dl><p>以上内容由AI预问诊助手整理，仅供医生参考</p></div>` +
        `<div>医生已接诊</div><div>${replyStamp}</div>${bubble(ANSWER[0]!, true, 1)}${bubble(ANSWER[1]!, true, 2)}${between}${bubble(ANSWER[2]!, true, 3)}<div>问诊已结束</div></div>`,
    );

  it('reads the asker’s first message as the question, the doctor’s messages in order as the answer, the asker’s others as none of it', () => {
    for (const between of [bubble('嗯嗯', false), bubble('明白了，那需要吃药吗？', false), bubble('好的，谢谢医生', false)]) {
      const page = pageOf(record('2022年2月24日 20:01', between))!;
      expect(page.question).toBe(QUESTION);
      expect(page.answer_paragraphs).toEqual(ANSWER);
      expect([page.doctor.name, page.date, page.format]).toEqual(['段华伟', '2022-02-24', 'text']);
    }
  });

  it('gives no date where the reply stamp has no year, however full the asker’s stamp is', () => {
    expect(pageOf(record('02-24 20:01', ''))!.date).toBeNull();
  });
});

describe('an AI’s reply a doctor checked, with their own words under it', () => {
  it('takes the verdict badge for none of the doctor’s answer, a verdict-like sentence of the answer for text', () => {
    expect(['AI回复基本准确', 'AI回复需补充', 'AI回答有误'].every(isAiVerdict)).toBe(true);
    expect(isAiVerdict('AI回复准确率很高，但仍需结合面诊。')).toBe(false);
  });

  it('reads the doctor’s 补充 as the answer, not the AI’s bubble nor the verdict', () => {
    const page = pageOf(
      html(
        '讯飞晓医 · AI家庭医生',
        `<div><div>${QUESTION}</div></div><div><span>AI生成</span><p>关于“${QUESTION}”，可能与多种因素有关。</p><p>建议先注意休息，保持规律作息。</p><span>重新生成</span></div>` +
          `<div><div>专业医生复核</div><div>蒋平怡 医师</div><div>儿科 · 青川市人民医院</div><div>AI回复基本准确</div><div>医生补充：</div>${paras(ANSWER)}<div>复核于 2022/12/16</div></div>`,
      ),
    )!;
    expect(page.answer_paragraphs).toEqual(ANSWER);
    expect(page.doctor.name).toBe('蒋平怡');
  });
});
