import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { isForwardingNote } from '../src/extract/words/answer-extras.js';
import { datesAsking } from '../src/extract/dates/page-meta.js';
import { parseCardParts } from '../src/extract/card/card-parts.js';

/**
 * A Taiwanese hospital's 醫療信箱 reply: the letter (主旨, 來信日期 in a description list, the asker's words) in a box of its own,
 * then the reply's box: an office's note forwarding the letter, 回覆日期, the doctor's text, `敬祝 健康`, and the signature
 * `{short name}{unit} {name}醫師`; the site's 最新回覆 feed after it.
 */

const html = (title: string, body: string) => `<html lang="zh-TW"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const pageOf = (page: string) => entriesOf(extractOrThrow(pageRecord(page, { url: 'saved-page.html' }))).find((e) => e.origin === 'page')!;

const QUESTION = '心悸胸悶需要做什麼檢查';
const ANSWER = ['心悸合併胸悶，建議先做心電圖與心臟超音波檢查。', '如症狀持續或加重，請至門診進一步評估。'];
const mailbox = (sign: string, note = '') =>
  html(
    `醫療信箱 - 江州榮民總醫院`,
    `<header><span>江州榮民總醫院</span></header><main>` +
      `<div class="letter"><dl><dt>主旨：</dt><dd>${QUESTION}</dd><dt>來信日期：</dt><dd>112-05-02</dd></dl><p>最近常常心悸，晚上睡不好。</p></div>` +
      `<div class="reply">${note}<p>回覆日期：112-05-06</p>${ANSWER.map((p) => `<p>${p}</p>`).join('')}<p>敬祝 健康</p><p>${sign}</p></div>` +
      `<p>※信箱回覆僅供參考，無法取代實際門診診療。</p></main>` +
      `<div class="side"><h4>最新回覆</h4><ol><li><a href="Reply?id=2">胸悶要掛什麼科</a><time>112-04-30</time></li>` +
      `<li><a href="Reply?id=3">心律不整可以運動嗎</a><time>112-04-21</time></li><li><a href="Reply?id=4">高血壓要吃藥一輩子嗎</a><time>112-04-11</time></li></ol></div>`,
  );

describe('a hospital mailbox’s reply', () => {
  it('reads the reply under its day, not the letter, and the office’s forwarding note as none of it', () => {
    const entry = pageOf(mailbox('江州榮總心臟內科 林志明醫師', '<p>公共事務室：感謝您的來信，已轉請專科醫師回覆如下。</p>'));
    expect(entry.question).toBe(QUESTION);
    expect(entry.answer_paragraphs).toEqual(ANSWER);
    expect(entry.date).toBe('2023-05-06');
    expect(entry.flags).not.toContain('unsure_reading');
  });

  it('reads the signature’s short name as the hospital and the centre or 部 after it as the department', () => {
    const entry = pageOf(mailbox('江州榮總心臟血管中心 林志明醫師'));
    expect(entry.doctor).toEqual({ name: '林志明', title: '醫師', department: '心臟血管中心', hospital: '江州榮總', hospital_grade: null });
    expect(parseCardParts(['台中荣总妇女医学部 郑芳海医师'])).toMatchObject({ department: '妇女医学部', hospital: '台中荣总' });
    expect(parseCardParts(['江州一院胸痛中心 王芳 主任医师'])).toMatchObject({ department: '胸痛中心', hospital: '江州一院' });
  });

  it('takes the site’s 最新回覆 feed after the answer as the related links', () => {
    const entry = pageOf(mailbox('江州榮總心臟內科 林志明醫師'));
    expect(entry.related_urls).toEqual(['Reply?id=2', 'Reply?id=3', 'Reply?id=4']);
  });

  it('keeps a Q&A page’s answer under its 提问时间 where a follow-up reply stands dated in a box of its own', () => {
    // Only a letter's day (来信日期) heads a letter whose reply starts under the reply's day outside it: a question's 提问时间 over
    // the asker's words and the card's answer in one box is no letter, and the later reply is no restart of the answer.
    const ANSWERED = ['湿疹反复和皮肤屏障差有关，日常护理最重要，每天多次涂抹保湿霜。', '急性期可以短期外用弱效激素药膏，好转后逐渐减量，不要突然停用。'];
    const later = '宝宝湿疹还要注意排查食物过敏，母乳喂养的妈妈可以先忌口牛奶鸡蛋观察。';
    const page = html(
      '孩子湿疹反复发作怎么办？',
      `<h1>孩子湿疹反复发作怎么办？</h1><div class="main"><div class="card">李敏 主治医师 皮肤科 江州市儿童医院</div><div class="qa"><p>提问时间：2023-04-01</p>` +
        `<p>宝宝8个月，脸上和身上湿疹反反复复，用了药膏好了又长，该怎么办？</p>${ANSWERED.map((p) => `<p>${p}</p>`).join('')}</div></div>` +
        `<div class="follow"><p>回复时间：2023-04-05</p><p>${later}</p></div>`,
    );
    const entry = pageOf(page);
    // Read as before the mailbox's rule: the answer with the asker's words and the later reply round it, flagged, never the later reply alone.
    expect(entry.answer_paragraphs).toEqual(expect.arrayContaining(ANSWERED));
    expect(entry.flags).toContain('unsure_reading');
  });

  it('keeps a cell of the doctor’s advice labelled with another time (服药时间：) in the answer, the label with it', () => {
    // Only the label of an asking's or a reply's day stands alone as meta: `服药时间：` over its cell is the doctor's text.
    const advice = html(
      '甲亢药怎么吃？',
      `<h1>甲亢药怎么吃？</h1><p>医生您好，我确诊甲亢，开了甲巯咪唑，该怎么吃？</p><div class="doc">王芳 主任医师 内分泌科 江州市人民医院</div>` +
        `<div class="ans"><table><tr><td>服药时间：</td><td>每天早饭后一次，不要自行停药。</td></tr><tr><td>复查时间：</td><td>每四周复查甲功和血常规。</td></tr></table>` +
        `<p>服药期间如果出现发热、咽痛，要立即查血常规。</p></div><p>回答时间：2023-04-02</p>`,
    );
    const entry = pageOf(advice);
    expect(entry.answer_paragraphs.slice(0, 2)).toEqual(['服药时间：', '每天早饭后一次，不要自行停药。']);
    expect(entry.answer_paragraphs).toContain('复查时间：');
  });

  it('keeps an office’s own reply under its name, sending the asker on, in the answer', () => {
    const reply = '健康管理中心：您好，窦性心律不齐在年轻人中很常见，多数为生理性，建议转至心内科门诊复查。';
    const page = html(
      '体检报告窦性心律不齐要紧吗？',
      `<div class="q"><h1>体检报告窦性心律不齐要紧吗？</h1><p>单位体检心电图提示窦性心律不齐，平时没有不舒服，要紧吗？</p><p>提问时间：2023-05-02</p></div>` +
        `<div class="a"><div class="who">回复人：健康管理中心 王芳 主治医师</div><p>回复时间：2023-05-03</p><p>${reply}</p><p>平时注意规律作息，避免熬夜和大量饮用咖啡、浓茶。</p></div>`,
    );
    expect(pageOf(page).answer_paragraphs).toEqual([reply, '平时注意规律作息，避免熬夜和大量饮用咖啡、浓茶。']);
  });

  it('takes a forum thread’s own replies under 最新回复 for no related list', () => {
    const Q = '孩子湿疹反复发作怎么办？';
    const thread = (replies: string) =>
      html(
        `${Q} - 育儿论坛`,
        `<div class="post"><h1>${Q}</h1><div class="pauthor">楼主：宝妈小雨 发表于 2023-04-01</div><p>宝宝8个月，脸上和身上湿疹反反复复，用了药膏好了又长，该怎么办？</p></div>` +
          `<div class="best"><div class="author">李敏 主治医师 皮肤科 江州市儿童医院</div><div class="time">2023-04-02</div><p>湿疹反复和皮肤屏障差有关，日常护理最重要，每天多次涂抹保湿霜。</p><p>急性期可以短期外用弱效激素药膏，好转后逐渐减量，不要突然停用。</p></div>` +
          `<div class="replies"><h3>最新回复</h3>${replies}</div>`,
      );
    const at = (page: string) => entriesOf(extractOrThrow(pageRecord(page, { url: 'https://bbs.example.com/thread-5566-1-1.html' })));
    // Replies each under its member's link: the thread's, none of them a related question (the members' pages no related links).
    const members = at(thread([301, 302, 303].map((u, i) => `<div class="r"><a href="/space-uid-${u}.html">网友${u}</a><span>2023-04-0${i + 3}</span><p>${['我家宝宝也是这样，坚持保湿好多了。', '同问，湿疹膏用完又复发怎么办？', '谢谢医生解答！'][i]}</p></div>`).join('')));
    expect(members.filter((e) => e.origin !== 'page')).toEqual([]);
    expect(members.find((e) => e.origin === 'page')!.related_urls).toEqual([]);
    // Links into the thread itself (`#pid301`): its replies, no feed of other pages.
    const anchors = at(thread('<ul><li><a href="/thread-5566-1-1.html#pid301">坚持保湿真的有用吗？</a></li><li><a href="/thread-5566-1-1.html#pid302">湿疹膏用完又复发怎么办？</a></li></ul>'));
    expect(anchors.find((e) => e.origin === 'page')!.related_urls).toEqual([]);
  });

  it('tells an office’s forwarding note and a letter’s day label', () => {
    expect(isForwardingNote('公共事务室：感谢您的来信，已转请专科医师回复如下。')).toBe(true);
    expect(isForwardingNote('客服中心：您的问题已转交心内科医生，请耐心等待。')).toBe(true);
    expect(isForwardingNote('建议转至心内科进一步检查。')).toBe(false);
    // An office answering under its own name, sending the asker on: its reply, no forwarding.
    expect(isForwardingNote('健康管理中心：您好，窦性心律不齐多数为生理性，建议转至心内科门诊复查。')).toBe(false);
    expect(isForwardingNote('心电图室：您好，如有不适可转至心内科门诊。')).toBe(false);
    expect(isForwardingNote('健康管理中心：您好，您的报告已转给心内科医师判读。')).toBe(true);
    expect(datesAsking('来信日期：')).toBe(true);
    expect(datesAsking('来信日期：112-05-02')).toBe(true);
    expect(datesAsking('回复日期：')).toBe(false);
  });
});
