import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { isCommentBoundary } from '../src/extract/layouts/comment-thread.js';
import { isMemberByline } from '../src/extract/layouts/member-answer.js';
import { signsAs } from '../src/extract/words/name-signature.js';
import { isOtherAnswersHead, isRelatedLabel } from '../src/extract/words/genre.js';

/**
 * The genre reader on patient communities and disease sites where doctors answer, and an old expert column's record.
 * What fresh-66 (patient communities and disease sites where doctors answer: a 病友圈, 肾友问医生, an old 专家门诊 archive) taught the genre reader.
 */

const html = (title: string, body: string) => `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const entries = (page: string) => entriesOf(extractOrThrow(pageRecord(page, { url: 'saved-page.html' })));
const pageOf = (page: string) => entries(page).find((e) => e.origin === 'page')!;

const QUESTION = '透析病人皮肤瘙痒怎么办';
const ANSWER = ['透析病人皮肤瘙痒常见的原因有以下几种：', '1.与血磷偏高有关，需要在医生指导下调整降磷药，饮食上少吃高磷食物。', '2.透析不充分时毒素蓄积，要及时复查，必要时调整透析方案。'];
const paras = (lines: readonly string[]) => lines.map((l) => `<p>${l}</p>`).join('');
const RELATED = `<div class="rel"><h3>相似问题</h3><ul><li><a href="/wenda/1.html">透析后皮肤干燥怎么办</a><p>皮肤干燥多与透析后水分减少有关，注意保湿，洗澡水不要太热。</p></li><li><a href="/wenda/2.html">血磷高吃什么药</a><p>血磷高要限制高磷饮食，在医生指导下服用磷结合剂。</p></li></ul></div>`;

describe('a patients’ community: members’ comments around the doctor’s are none of the answer', () => {
  const comment = (nick: string, tag: string, text: string, day: string, sub = '') =>
    `<div class="comment-item"><div class="comment-user"><span class="nick">${nick}</span><span class="tag">${tag}</span></div><div class="comment-text">${text}</div><div class="comment-foot"><span>${day}</span><span>回复</span><span class="like">12</span></div>${sub}</div>`;
  const doctor = (sub = '') =>
    `<div class="comment-item"><div class="comment-user"><span class="nick">郑晨</span><span class="tag doctor">医生回复</span><p class="doc-info">主治医师 | 江州市人民医院 肾内科</p></div><div class="comment-text">${paras(ANSWER)}</div><div class="comment-foot"><span>2023-05-06 14:22</span><span>回复</span><span class="like">73</span></div>${sub}</div>`;

  it('ends the doctor’s comment at a member’s byline (name run into 家属) and does not date it by the member', () => {
    const body = `<h1>${QUESTION}</h1><div class="comments"><div>全部评论 3</div>${doctor()}${comment('刘静怡', '家属', '我家老爷子也是这个情况，复查看看再说。', '2023-05-09 10:00')}</div>${RELATED}`;
    const page = pageOf(html(QUESTION, body));
    expect(page.answer_paragraphs).toEqual(ANSWER);
    expect(page.doctor.name).toBe('郑晨');
    expect(page.date).toBe('2023-05-06');
  });

  it('ends it at the sub-thread’s replies (楼主 回复 郑晨医生：…), the asker’s follow-up and the doctor’s answer to it', () => {
    const sub = `<div class="sub-replies"><p><span class="nick">楼主</span> 回复 <span class="nick">郑晨医生</span>：谢谢医生，药还需要继续吃吗？</p><p><span class="nick">郑晨</span> 回复 <span class="nick">楼主</span>：先按原方案继续吃，复查后再根据结果调整。</p></div>`;
    const page = pageOf(html(QUESTION, `<h1>${QUESTION}</h1><div class="comments">${doctor(sub)}</div>${RELATED}`));
    expect(page.answer_paragraphs).toEqual(ANSWER);
  });

  it('tells a member’s byline and a sub-thread reply from lines of an answer', () => {
    expect(isMemberByline('刘静怡家属')).toBe(true);
    expect(isMemberByline('杨建国患者')).toBe(true);
    // A section head naming patients, a sentence about them: the answer's.
    expect(isMemberByline('糖尿病肾病患者：')).toBe(false);
    expect(isMemberByline('老年患者要注意控制饮水量')).toBe(false);
    expect(isCommentBoundary('楼主 回复 郑晨医生：谢谢医生，药还需要继续吃吗？')).toBe(true);
    expect(isCommentBoundary('如果医生回复说：需要复查，就按时去医院。')).toBe(false);
  });

  it('ends the answer at 肾友说, the members’ comments, whose day dates nothing where the doctor’s prints no year', () => {
    const members = `<div class="sy-comments"><h3>肾友说</h3><div class="cm"><span class="nick">透析10年</span><span class="badge">热心肾友</span><p>作为过来人说几句：复查的时候记得带上之前所有的片子和报告。</p><span class="t">2022-01-22</span></div></div>`;
    const body = `<h1>${QUESTION}</h1><div class="reply-box"><div class="reply-hd">医生回复</div><div class="doc"><a class="name">上官华</a> <span>主治医师</span><p>肾内科 · 西陵市中心医院</p></div><div class="reply-txt">${paras(ANSWER)}</div><div class="reply-time">回复时间：01-20 09:00</div></div>${members}${RELATED}`;
    const page = pageOf(html(QUESTION, body));
    expect(page.answer_paragraphs).toEqual(ANSWER);
    expect(page.date).toBeNull();
    expect(isOtherAnswersHead('肾友说')).toBe(true);
  });
});

describe('a consultation page’s format tag and an old expert column’s record', () => {
  const reply = (head: string) =>
    `<h1>${QUESTION}</h1><p class="ask-desc">透析三年了，最近全身痒得睡不着。</p><div class="ask-time">提问时间：2022-01-19</div><div class="reply-box"><div class="reply-hd">${head}</div><div class="doc"><a class="name">上官华</a> <span>主治医师</span><p>肾内科 · 西陵市中心医院</p></div><div class="reply-txt">${paras(ANSWER)}</div><div class="reply-time">回复时间：2022-01-20</div></div>${RELATED}`;

  it('reads 图文咨询 run into the 医生回复 label as the answer’s format', () => {
    const page = pageOf(html(QUESTION, reply('医生回复<span class="tag">图文咨询</span>')));
    expect(page.format).toBe('text');
    expect(page.answer_paragraphs).toEqual(ANSWER);
  });

  it('leaves the format unknown where the label stands alone', () => {
    expect(pageOf(html(QUESTION, reply('医生回复'))).format).toBe('unknown');
  });

  const record = (sign: string, card = true) =>
    `<table width="760"><tr>` +
    (card ? `<td width="180"><table><tr><td><b>本期坐诊专家</b></td></tr><tr><td>姓名：郝涛</td></tr><tr><td>职称：主治医师</td></tr><tr><td>单位：云岭市人民医院</td></tr><tr><td>科室：肾内科</td></tr></table></td>` : '') +
    `<td><table><tr><td><b>问题：${QUESTION}</b></td></tr><tr><td>提问者：肝友24868　提问时间：2022-6-28 10:51:33</td></tr>` +
    `<tr><td>去社区医院看过，吃了药也不见好。<br>请问需要做什么检查？</td></tr>` +
    `<tr><td>${card ? '' : '答复专家：<a href="/zj.asp?id=3">郝涛</a><br>'}<font color="#FF0000"><b>专家答复：</b></font><br>${ANSWER.join('<br>')}${sign}</td></tr>` +
    `<tr><td align="right">答复时间：2022-6-30 9:12:05</td></tr></table>` +
    `<table><tr><td><b>该专家其他答复</b></td></tr><tr><td>·<a href="/zjmz/show.asp?id=107915">透析后皮肤干燥怎么办</a> [2021-01-13]<br>·<a href="/zjmz/show.asp?id=107856">血磷高吃什么药</a> [2022-04-10]</td></tr></table></td></tr></table>`;

  it('takes the asker’s lines under 提问者 for theirs: the answer starts under 专家答复, the doctor’s signature none of it', () => {
    const page = pageOf(html(`${QUESTION}_专家门诊`, record('<br>（郝涛）')));
    expect(page.answer_paragraphs).toEqual(ANSWER);
    expect(page.doctor.name).toBe('郝涛');
    expect(page.date).toBe('2022-06-30');
    expect(page.flags).not.toContain('unsure_reading');
    // The same expert's other answers are the page's related links, in list order.
    expect(page.related_urls).toEqual(['/zjmz/show.asp?id=107915', '/zjmz/show.asp?id=107856']);
  });

  it('flags the entry where no card names the doctor: the signature is then not known for one', () => {
    const page = pageOf(html(`${QUESTION}_专家门诊`, record('<br>（郝涛）', false)));
    expect(page.flags).toContain('unsure_reading');
  });

  it('keeps a bracketed closing line that names someone other than the answering doctor', () => {
    expect(signsAs('（郝涛）', '郝涛')).toBe(true);
    expect(signsAs('——郝涛医生', '郝涛')).toBe(true);
    expect(signsAs('（仅供参考）', '郝涛')).toBe(false);
    expect(signsAs('（李明）', '郝涛')).toBe(false);
    expect(isRelatedLabel('该专家其他答复')).toBe(true);
    expect(isRelatedLabel('专家答复')).toBe(false);
  });
});
