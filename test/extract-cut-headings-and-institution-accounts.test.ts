import { describe, expect, it } from 'vitest';
import { parseDocument } from 'htmlparser2';
import { readPost } from '../src/extract/card/account-post.js';
import { renderBlocks } from '../src/extract/lines/html-lines.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on headings that cut the question short, hospitals' own accounts, half-width punctuation, a doctor's microblog post and paragraphs broken mid-phrase.
 * What the blind split fresh-28 taught the genre reader, each rule on a small page of its own.
 */

const URL = 'https://www.example-wenda.cn/q/1.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = ['膝盖疼多与劳损有关，先减少爬楼和深蹲。', '疼痛持续两周以上，请到骨科拍片检查。'];
const answerHtml = ANSWER.map((p) => `<p>${p}</p>`).join('');
const CARD = '<div><b>陈思远</b> <span>主治医师</span> <span>骨科</span> <span>滨海市第一医院</span></div>';

describe('a heading that prints the question cut short', () => {
  const page = (h1: string, below: string) =>
    `<html><head><title>${h1}_问答</title></head><body><h1>${h1}</h1>${CARD}<div>${below}<div>${answerHtml}</div></div></body></html>`;

  it('gives the whole question printed below it, labelled or as a heading (颈椎病要做… over 问题：颈椎病要做手术吗)', () => {
    for (const [h1, below] of [
      ['膝盖疼怎么办…', '<h2><span>问题：</span>膝盖疼怎么办才能好得快？</h2>'],
      ['膝盖疼怎么办才……', '<h2>膝盖疼怎么办才能好得快？</h2>'],
    ] as const) {
      const own = read(page(h1, below))[0]!;
      expect(own.question).toBe('膝盖疼怎么办才能好得快？');
      expect(own.answer_paragraphs).toEqual(ANSWER);
    }
  });

  it("is flagged where the page prints no whole question, and an answer line that goes on from the same words is none", () => {
    const own = read(page('膝盖疼多与劳损…', ''))[0]!;
    expect(own.question).toBe('膝盖疼多与劳损…');
    expect(own.flags).toContain('unsure_reading');
  });
});

describe("a hospital's own account publishing its doctor's answer (健康号, 官方号)", () => {
  const page = (header: string, credit: string) =>
    `<html><head><title>膝盖疼怎么办_健康号</title></head><body><div><img src="/org.png" alt=""><div>${header}</div><div>健康号 · 医疗机构</div><div>1.6万粉丝 · 1612篇内容</div></div>` +
    `<article><h1>膝盖疼怎么办</h1><div>发布时间：2023年1月9日 20:31 · 阅读 7.2万</div><div>${credit}${answerHtml}<p>来源：滨海市第一医院党委宣传部</p></div></article></body></html>`;

  it("gives the account's hospital and grade to the doctor the article names (答疑专家：…, 本期由我院…为大家解答)", () => {
    for (const [header, credit, grade] of [
      ['<b>滨海市第一医院</b> <span>三级甲等医院</span>', '<p>答疑专家：陈思远，骨科主治医师</p>', '三级甲等'],
      ['<b>滨海市第一医院健康号</b> <span>二甲医院</span>', '<p>本期由我院骨科主治医师陈思远为大家解答。</p>', '二甲'],
      ['<b>滨海市第一医院官方号</b>', '<p>本期邀请到我院骨科主治医师陈思远为大家解答。</p>', null],
    ] as const) {
      const own = read(page(header, credit))[0]!;
      expect(own.doctor).toEqual({ name: '陈思远', title: '主治医师', department: '骨科', hospital: '滨海市第一医院', hospital_grade: grade });
      expect(own.answer_paragraphs).toEqual(ANSWER);
      expect(own.flags).not.toContain('unsure_reading');
    }
  });

  it("gives no grade from another doctor's card above the question (a side column's 热门医生 at the same hospital)", () => {
    const side = '<aside><dl><dt><a href="/doctor/2.html">黄晓东</a> 主任医师</dt><dd>滨海市第一医院（三甲）</dd><dd>神经内科</dd></dl></aside>';
    const html = `<html><head><title>膝盖疼怎么办</title></head><body>${side}<h1>膝盖疼怎么办</h1><dl><dt><a href="/doctor/1.html">陈思远</a> 主治医师</dt><dd>滨海市第一医院</dd><dd>骨科</dd></dl><div>${answerHtml}</div></body></html>`;
    expect(read(html)[0]!.doctor).toEqual({ name: '陈思远', title: '主治医师', department: '骨科', hospital: '滨海市第一医院', hospital_grade: null });
  });

  it('gives no hospital where two hospitals stand above the question (a list of hospitals, no header)', () => {
    const own = read(page('<b>滨海市第一医院</b></div><div><b>北岸市人民医院</b>', '<p>答疑专家：陈思远，骨科主治医师</p>'))[0]!;
    expect(own.doctor.hospital).toBeNull();
  });
});

describe('a page printing every Chinese mark half-width (a CMS filter)', () => {
  it("takes an answer's last sentence ending in `.` for a sentence, not card text (建议及时到医院骨科就诊,明确诊断后规范治疗.)", () => {
    const html =
      `<html><head><title>膝盖疼怎么办_问答</title></head><body><h1>膝盖疼怎么办?</h1>${CARD.replace('滨海市第一医院', '滨海市第一医院(三甲)')}` +
      '<div><p>膝盖疼多与劳损有关,先减少爬楼和深蹲.</p><p>建议及时到医院骨科就诊,明确诊断后规范治疗.</p></div></body></html>';
    const own = read(html)[0]!;
    expect(own.answer_paragraphs).toEqual(['膝盖疼多与劳损有关,先减少爬楼和深蹲.', '建议及时到医院骨科就诊,明确诊断后规范治疗.']);
    expect(own.flags).not.toContain('unsure_reading');
  });
});

describe("a doctor's microblog post answering a follower's question", () => {
  const page = (title: string, profile: string, opening: string, label = '') =>
    `<html><head><title>${title}</title></head><body><div><a href="/">微博</a> <a href="/search">搜索</a></div>${profile}` +
    '<div><div><img src="/a.jpg" alt=""><div><h3>陈思远大夫</h3><i title="微博个人认证">V</i><div><span>2023年2月13日 18:09</span> <span>来自 iPhone客户端</span></div></div></div>' +
    `<div><a href="/search?containerid=1">#健康问答#</a> ${opening}<br>${label}${ANSWER.join('<br>')}</div><div><span>转发 2385</span> <span>评论 801</span> <span>赞 4.6万</span></div></div>` +
    '<div><div>评论</div><div><a href="/u/1">小鱼儿爱吃糖</a>：我家宝宝也是这样，请问需要去医院吗？ <span>2023-3-22</span></div>' +
    '<div><a href="/u/self">陈思远大夫</a> <span>作者</span>：建议到医院面诊后再决定。</div></div></body></html>';
  const verified = '<div><div>微博认证：滨海市第一医院 骨科 主治医师</div><div><span>关注 516</span> <span>粉丝 8.1万</span></div></div>';
  const unlabelled = '<div><div>滨海市第一医院骨科主治医师</div><div><span>关注 516</span> <span>粉丝 8.1万</span></div></div>';

  it("reads the quoted question, the post's day, the nickname with the account's verification as the card, and the post as the answer", () => {
    for (const [title, profile, opening, label] of [
      ['陈思远大夫的微博', verified, '网友提问：膝盖疼怎么办？', ''],
      ['微博正文 - 微博', unlabelled, '有网友私信问我：“膝盖疼怎么办？”', '【陈思远医生答】'],
    ] as const) {
      const own = read(page(title, profile, opening, label))[0]!;
      expect(own).toMatchObject({ question: '膝盖疼怎么办？', date: '2023-02-13', answer_paragraphs: ANSWER });
      expect(own.doctor).toEqual({ name: '陈思远', title: '主治医师', department: '骨科', hospital: '滨海市第一医院', hospital_grade: null });
      expect(own.flags).not.toContain('unsure_reading');
    }
  });

  it('is no post without its author and its stamp over the quoted question', () => {
    const lines = (...texts: string[]) => renderBlocks(parseDocument(texts.map((t) => `<p>${t}</p>`).join(''))).blocks;
    const question = '网友提问：膝盖疼怎么办？';
    expect(readPost(lines('陈思远大夫', '2023年2月13日 18:09 来自 iPhone客户端', question))).toMatchObject({ question: '膝盖疼怎么办？', author: '陈思远' });
    expect(readPost(lines('健康问答', '2023年2月13日 18:09 来自 iPhone客户端', question))).toBeNull();
    expect(readPost(lines('陈思远大夫', '骨科 主治医师', question))).toBeNull();
  });
});

describe('a paragraph that stops mid-phrase with the next going on', () => {
  const page = (lines: string) =>
    `<html><head><title>膝盖疼怎么办_问答</title></head><body><h1>膝盖疼怎么办</h1>${CARD}<div>${lines}</div></body></html>`;

  it('is flagged: a line break inside a sentence, which the reader cannot tell from a paragraph', () => {
    const own = read(page('<p>膝盖疼多与劳损有关，注意休息、少爬楼，一般几天就</p><p>能缓解，不缓解再就诊。</p>'))[0]!;
    expect(own.flags).toContain('unsure_reading');
  });

  it('is not flagged where each paragraph ends as one, or the next is a numbered point', () => {
    for (const lines of [`${answerHtml}`, '<p>膝盖疼可能是以下原因引起</p><p>1.劳损，先减少爬楼和深蹲。</p><p>2.关节炎，请到骨科拍片检查。</p>']) {
      expect(read(page(lines))[0]!.flags).not.toContain('unsure_reading');
    }
  });
});
