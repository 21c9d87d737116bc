import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { STAFF_CREDITS_RE } from '../src/extract/words/furniture-lines.js';
import { isDisclaimer, isRelatedLabel } from '../src/extract/words/genre.js';
import { isReviewCredit } from '../src/extract/words/references.js';
import { isStampedNickname } from '../src/extract/layouts/member-answer.js';

/**
 * Lines after an answer that are none of it, and a day the page prints only relative to its serving, on hand-written pages: a paper's
 * bracketed staff credit under its column (`（本版文字 记者 …）`), a carers' site's disclaimer sending the reader to 醫護人員, a
 * reviewer's `醫學審核：{name}醫生` line, further-reading heads naming a column of Q&A (`推薦閱讀｜護理問答`, `更多醫生QA`), and a
 * `2日前` stamp beside an `article:published_time`. Before, each credit was read as the answer's last line, silently, the lists
 * were not read, and the tag's day was taken for the answer's.
 */
const ANSWER = ['膝关节疼痛多与骨关节炎有关，平时要注意控制体重。', '疼痛明显时可以先休息，避免爬楼梯和久蹲。', '如果肿胀持续不退，应到骨科就诊。'];
const CARE = ['中風後吞嚥困難很常見，進食時要坐直，小口慢慢吃。', '食物可以打成泥狀，避免太稀的湯水引起嗆咳。', '如果常常嗆咳或發燒，應回復健科評估吞嚥功能。'];
const paragraphs = (lines: readonly string[]) => lines.map((p) => `<p>${p}</p>`).join('');
const own = (html: string) => entriesOf(extractOrThrow(pageRecord(html))).find((e) => e.origin === 'page')!;

const column = (credit: string) =>
  `<html><head><meta charset="utf-8"><title>膝盖疼怎么办</title></head><body><div class="nav"><a href="/">首页</a> <a href="/jk/">健康</a></div>` +
  `<h1>膝盖疼怎么办</h1><p class="info">2023-04-12 08:30　来源：某某晚报</p><p>解答专家：东江市第一人民医院骨科主任医师张华</p>` +
  `<h3>专家解答</h3><div class="article">${paragraphs(ANSWER)}</div><p class="by">${credit}</p><p><a href="/report">举报</a></p></body></html>`;

const carers = (after: string) =>
  `<html lang="zh-TW"><head><meta charset="utf-8"><title>家人中風後吞嚥困難怎麼辦</title></head><body><h1>家人中風後吞嚥困難怎麼辦</h1>` +
  `<div class="box"><p><strong>林美玲</strong> 主治醫師</p><p>南港市立醫院復健科</p><p>回覆日期：2023-02-08</p>${paragraphs(CARE)}<p>${after}</p></div>` +
  `<div class="share"><a href="javascript:;">分享</a></div></body></html>`;

describe('a paper’s bracketed staff credit under its column', () => {
  it('is none of the answer', () => {
    expect(own(column('（本版文字 记者 刘洋 实习生 陈晨）')).answer_paragraphs).toEqual(ANSWER);
  });
  it('is told as the staff’s in its bracketed forms, not a sentence naming a reporter', () => {
    expect(STAFF_CREDITS_RE.test('（本版文字 记者 刘洋）')).toBe(true);
    expect(STAFF_CREDITS_RE.test('（文字 记者 刘洋 图片 记者 陈晨）')).toBe(true);
    expect(STAFF_CREDITS_RE.test('记者 刘洋 实习生 陈晨')).toBe(true);
    expect(STAFF_CREDITS_RE.test('（记者采访了刘洋医生，他建议多休息。）')).toBe(false);
  });
});

describe('a disclaimer sending the reader to medical staff', () => {
  it('is none of the answer', () => {
    expect(own(carers('※以上內容僅供參考，實際狀況請諮詢您的醫護人員。')).answer_paragraphs).toEqual(CARE);
  });
  it('is a disclaimer where it opens the line, not where the doctor’s advice runs on into it', () => {
    expect(isDisclaimer('本文内容仅供参考，请向医疗人员询问个人状况。')).toBe(true);
    expect(isDisclaimer('平时多喝水、按时吃药，饮食要清淡，注意观察吞咽情况的变化，以上方法仅供参考，具体请咨询医护人员。')).toBe(false);
  });
});

describe('a reviewer’s line naming a doctor run on to 醫生', () => {
  it('is none of the answer, and the answering doctor stays the card', () => {
    const entry = own(carers('醫學審核：陳志明醫生'));
    expect(entry.answer_paragraphs).toEqual(CARE);
    expect(entry.doctor).toMatchObject({ name: '林美玲', title: '主治醫師', hospital: '南港市立醫院' });
  });
  it('is a reviewer’s line only under a field’s or a doctor’s label', () => {
    expect(isReviewCredit('医学审核：陈志明医生')).toBe(true);
    expect(isReviewCredit('专业审核：陈志明')).toBe(true);
    expect(isReviewCredit('审核：陈志明医生')).toBe(false);
  });
});

describe('further-reading heads naming a column of Q&A', () => {
  it('are related lists’ labels', () => {
    expect(isRelatedLabel('推荐阅读｜护理问答')).toBe(true);
    expect(isRelatedLabel('延伸阅读：照护问答')).toBe(true);
    expect(isRelatedLabel('更多医生QA')).toBe(true);
    expect(isRelatedLabel('延伸阅读：照护新知')).toBe(false);
  });
  it('head the page’s related list', () => {
    const items = ['中风后说话不清怎么办', '中风病人喝水呛咳怎么办', '中风后多久可以做复健'];
    const html = carers('').replace(
      '<div class="share">',
      `<div class="more"><h3>推薦閱讀｜護理問答</h3><ul>${items.map((q, k) => `<li><a href="https://care.example.org/qa/${9100 + k}/">${q}</a></li>`).join('')}</ul></div><div class="share">`,
    );
    const entry = entriesOf(extractOrThrow(pageRecord(html, { url: 'https://care.example.org/qa/9000/' }))).find((e) => e.origin === 'page')!;
    expect(entry.related_urls).toEqual(items.map((_, k) => `https://care.example.org/qa/${9100 + k}/`));
    expect(entry.flags).not.toContain('unsure_reading');
  });
});

describe('a day printed only relative to the serving, beside a <meta> publishing day', () => {
  const page = (stamp: string) =>
    `<html lang="zh-HK"><head><meta charset="utf-8"><title>BB出紅疹點算好</title><meta property="article:published_time" content="2022-03-09T09:15:00+08:00"></head><body>` +
    `<article><h1>BB出紅疹點算好</h1><div class="card"><b>何嘉欣醫生</b><span>兒科專科醫生</span></div><time>${stamp}</time>` +
    `<h2>醫生解答</h2><div class="body">${paragraphs(ANSWER)}</div></article></body></html>`;
  it('leaves the answer’s day unread, and says so', () => {
    const entry = own(page('2日前'));
    expect(entry.date).toBeNull();
    expect(entry.flags).toContain('unsure_reading');
  });
  it('still takes the tag’s day where the page prints no day at all', () => {
    expect(own(page('')).date).toBe('2022-03-09');
  });
});

describe('a carer’s card in the answer’s box: name and calling, the hospital on the next line alone', () => {
  const card = (calling: string, next: string) =>
    `<html lang="zh-TW"><head><meta charset="utf-8"><title>失智長輩晚上不睡覺怎麼辦</title></head><body><h1>失智長輩晚上不睡覺怎麼辦</h1>` +
    `<div class="box"><h4>專業回覆</h4><p class="by"><strong>黃淑芬</strong> ${calling}</p><p class="org">${next}</p><p>回覆日期：2022-09-14</p>${paragraphs(CARE)}</div></body></html>`;
  it('reads a social worker’s calling as the title', () => {
    expect(own(card('社工師', '北辰市立聯合醫院')).doctor).toMatchObject({ name: '黃淑芬', title: '社工師' });
  });
  it('takes the hospital on the next line as the card’s, none of the answer', () => {
    for (const calling of ['社工師', '護理師']) {
      const entry = own(card(calling, '北辰市立聯合醫院'));
      expect(entry.doctor).toMatchObject({ name: '黃淑芬', title: calling, hospital: '北辰市立聯合醫院', department: null });
      expect(entry.answer_paragraphs).toEqual(CARE);
    }
  });
  it('takes no line that is not a hospital’s name alone', () => {
    const entry = own(card('護理師', '長照中心個案管理'));
    expect(entry.doctor.hospital).toBeNull();
  });
});

describe('a parenting site’s mother’s label over her description', () => {
  it('is the asker’s line, none of the answer', () => {
    const html =
      `<html lang="zh-TW"><head><meta charset="utf-8"><title>寶寶半夜一直哭怎麼辦</title></head><body><h1>寶寶半夜一直哭怎麼辦</h1>` +
      `<div class="ask"><b>媽媽提問：</b>這幾天晚上都哭很久，抱著也哄不好。</div>` +
      `<div class="ans">${paragraphs(CARE)}<p><b>周怡君</b> 主治醫師</p><p>北辰市立聯合醫院 小兒科</p><p>回覆日期：2022-07-30</p></div></body></html>`;
    expect(own(html).answer_paragraphs).toEqual(CARE);
  });
});

describe('members’ answers beside the expert’s under a count of answers', () => {
  const member = (nick: string, stamp: string, words: string) => `<div class="item"><div class="who"><img src="/a.png" alt=""><span>${nick}</span><em>${stamp}</em></div><p>${words}</p></div>`;
  const expert = `<div class="item pro"><span class="badge">醫師解答</span><div class="who"><b>周怡君</b> <span>主治醫師</span><p>北辰市立聯合醫院小兒科</p><em>2022/07/30</em></div><div class="txt">${paragraphs(CARE)}</div></div>`;
  const page = (items: string) =>
    `<html lang="zh-TW"><head><meta charset="utf-8"><title>寶寶吞嚥時一直嗆到怎麼辦</title></head><body><main><h1>寶寶吞嚥時一直嗆到怎麼辦</h1><p class="ask">這兩天喝奶常常嗆到，咳很久。</p>` +
    `<div class="list"><h2>3 個回答</h2>${items}</div></main></body></html>`;
  it('end the expert’s answer where a member’s byline of a nickname and a stamp follows it', () => {
    const entry = own(page(expert + member('小米粒媽', '2天前', '我家也是這樣，後來就好了。') + member('Ivy', '2022/08/02', '同問，等專家回覆。')));
    expect(entry.answer_paragraphs).toEqual(CARE);
    expect(entry.flags).not.toContain('unsure_reading');
  });
  it('are told by a nickname and a stamp alone, no title and no stamp’s label', () => {
    expect(isStampedNickname('小米粒妈2天前')).toBe(true);
    expect(isStampedNickname('Ivy · 2022/08/02')).toBe(true);
    expect(isStampedNickname('王芳医生 2天前')).toBe(false);
    expect(isStampedNickname('回复于 2天前')).toBe(false);
  });
  it('leave the expert’s answer whole where they stand before it', () => {
    expect(own(page(member('小米粒媽', '2天前', '我家也是這樣，後來就好了。') + expert)).answer_paragraphs).toEqual(CARE);
  });
});
