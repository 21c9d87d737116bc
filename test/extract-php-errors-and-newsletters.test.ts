import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on PHP errors printed into the page, a periodical's issue, relative answer stamps, card and item readers' edge cases and a doctor's note on a 笔记 platform.
 * What the blind split fresh-30 taught the genre reader, each rule on a small page of its own.
 */

const URL = 'https://www.example-wenda.cn/q/1.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = ['胃胀多与饮食不规律有关，先少食多餐。', '持续两周以上，请到消化内科做胃镜。'];
const answerHtml = ANSWER.map((p) => `<p>${p}</p>`).join('');

describe('PHP errors a server printed into the page', () => {
  const NOTICE = '<br />\n<b>Notice</b>:  Undefined index: grade in <b>/var/www/html/app/views/answer.php</b> on line <b>88</b><br />\n';
  const WARNING = '<br />\n<b>Warning</b>:  mysqli_fetch_assoc() expects parameter 1 to be mysqli_result, bool given in <b>/var/www/html/lib/db.php</b> on line <b>41</b><br />\n';
  const XDEBUG = `<br />\n<font size='1'><table class='xe' dir='ltr' border='1'>
<tr><th align='left' colspan="5"><span>( ! )</span> Warning: date() expects parameter 2 to be int, string given in /var/www/html/app/views/answer.php on line <i>52</i></th></tr>
<tr><th align='left' colspan='5'>Call Stack</th></tr>
<tr><th>#</th><th>Time</th><th>Memory</th><th>Function</th><th>Location</th></tr>
<tr><td>1</td><td>0.0004</td><td>402112</td><td>{main}(  )</td><td>.../index.php<b>:</b>0</td></tr>
</table></font>\n`;
  const page = (card: string, date: string, answer: string, related: string) =>
    `<html><head><title>胃胀怎么办</title></head><body><h1>胃胀怎么办</h1>${card}<div>回答时间：${date}</div><div>${answer}</div>${related}</body></html>`;

  it('are none of the card, the date line, the answer or an item; a value they stand in for is missing', () => {
    const card = `<div><b>林晓</b> <span>主治医师</span><p>滨海市中心医院${XDEBUG} 消化内科</p></div>`;
    const related = `<div><h3>相关问题</h3><ul><li><a href="/q/2.html">胃胀吃什么好</a>${NOTICE}<p>胃胀时饮食宜清淡，少吃产气食物。</p></li><li><a href="/q/3.html">胃胀是胃炎吗</a><p>胃胀不一定是胃炎，需要胃镜明确。</p></li></ul></div>`;
    const [own, ...items] = read(page(card, `${XDEBUG}`, `${answerHtml}${NOTICE}`, related));
    expect(own!.doctor).toMatchObject({ name: '林晓', title: '主治医师', hospital: '滨海市中心医院', department: '消化内科' });
    expect(own!.date).toBeNull();
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.flags).not.toContain('unsure_reading');
    expect(items.map((i) => i.answer_paragraphs)).toEqual([['胃胀时饮食宜清淡，少吃产气食物。'], ['胃胀不一定是胃炎，需要胃镜明确。']]);
  });

  it('in place of a related list give no items, and no doubt where the list box holds nothing else', () => {
    const card = '<div><b>林晓</b> <span>主治医师</span> <span>消化内科</span> <span>滨海市中心医院</span></div>';
    const [own, ...items] = read(page(card, '2023-02-01', answerHtml, `<div><h3>相关问题</h3>${WARNING}</div><div>Copyright © 2023 问医网</div>`));
    expect(items).toEqual([]);
    expect(own!.flags).not.toContain('unsure_reading');
  });

  it('are taken out whatever the case of their markup (<B>Notice</B>, <TABLE>)', () => {
    const card = '<div><b>林晓</b> <span>主治医师</span> <span>消化内科</span> <span>滨海市中心医院</span></div>';
    const upper = (html: string) => html.replace(/<(\/?)(b|br|table|tr|th|td|font|span|i)\b/gu, (_, slash: string, name: string) => `<${slash}${name.toUpperCase()}`);
    const [own] = read(page(card, '2023-02-01', `${answerHtml}${upper(NOTICE)}${upper(XDEBUG)}`, ''));
    expect(own!.answer_paragraphs).toEqual(ANSWER);
  });

  it("are taken out where Xdebug's table leaves out its cells' and rows' end tags, as HTML allows", () => {
    const bare = XDEBUG.replace(/<\/t[hdr]>/gu, '');
    const related = `<div><h3>相关问题</h3><ul><li><a href="/q/2.html">胃胀吃什么好</a>${bare}<p>胃胀时饮食宜清淡，少吃产气食物。</p></li><li><a href="/q/3.html">胃胀是胃炎吗</a><p>胃胀不一定是胃炎，需要胃镜明确。</p></li></ul></div>`;
    const [own, ...items] = read(page('<div><b>林晓</b> <span>主治医师</span> <span>消化内科</span> <span>滨海市中心医院</span></div>', '2023-02-01', answerHtml, related));
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(items.map((i) => i.answer_paragraphs)).toEqual([['胃胀时饮食宜清淡，少吃产气食物。'], ['胃胀不一定是胃炎，需要胃镜明确。']]);
  });

  it('leave text that only mentions a line number alone', () => {
    const card = '<div><b>林晓</b> <span>主治医师</span> <span>消化内科</span> <span>滨海市中心医院</span></div>';
    const answer = '<p>Warning: 药盒上写的是每日一次 in the morning，请按说明 on line 1 服用。</p>';
    expect(read(page(card, '2023-02-01', answer, ''))[0]!.answer_paragraphs).toEqual(['Warning: 药盒上写的是每日一次 in the morning，请按说明 on line 1 服用。']);
  });
});

describe("a periodical's issue (a newsletter's web version)", () => {
  const issue = (title: string, answered: string) => `<html><head><title>${title}</title></head><body><table>
<tr><td>如果邮件显示不正常，点击查看网页版</td></tr>
<tr><td>家庭健康周刊</td></tr><tr><td>第88期 · 2023年3月20日</td></tr>
<tr><td>本期精选</td></tr>
<tr><td><p style="font-weight:bold">胃胀怎么办？</p><p>解答医生：林晓 | 主治医师 | 滨海市中心医院 | 消化内科</p>${answered}</td></tr>
<tr><td>${answerHtml}</td></tr>
<tr><td>更多精选问答</td></tr>
<tr><td><a href="https://www.example-wenda.cn/q/2.html">胃胀吃什么好</a><p>胃胀时饮食宜清淡，少吃产气食物。</p></td></tr>
<tr><td><a href="https://www.example-wenda.cn/q/3.html">胃胀是胃炎吗</a><p>胃胀不一定是胃炎，需要胃镜明确。</p></td></tr>
<tr><td>您收到这封邮件，是因为您订阅了家庭健康周刊。退订 | 管理订阅</td></tr>
</table></body></html>`;

  it("has the featured Q&A's question, not the periodical's name, whether the title names the question or only the issue", () => {
    for (const title of ['家庭健康周刊 第88期：胃胀怎么办？', '家庭健康周刊 第88期']) {
      const [own, ...items] = read(issue(title, '<p>回答时间：2023-03-02</p>'));
      expect(own!.question).toBe('胃胀怎么办？');
      expect(own!.doctor?.name).toBe('林晓');
      expect(own!.answer_paragraphs).toEqual(ANSWER);
      expect(own!.date).toBe('2023-03-02');
      expect(items.map((i) => i.question)).toEqual(['胃胀吃什么好', '胃胀是胃炎吗']);
    }
  });

  it("is dated by no issue's day: the day it went out is not the day its Q&As were answered", () => {
    const own = read(issue('家庭健康周刊 第88期', ''))[0]!;
    expect(own.date).toBeNull();
    expect(own.answer_paragraphs).toEqual(ANSWER);
  });
});

describe('found sweeping other seeds of the tuned splits', () => {
  const CARD = '<div><b>林晓</b> <span>主治医师</span> <span>消化内科</span> <span>滨海市中心医院</span></div>';
  const page = (stamp: string, answer: string, after = '') =>
    `<html><head><title>胃胀怎么办</title></head><body><h1>胃胀怎么办</h1>${CARD}<div>${stamp}</div><div>${answer}</div>${after}<p>本回答仅供参考，不能作为诊断依据。</p></body></html>`;

  it('a relative answer stamp (昨天 09:12 回答) names no day: the publishing date after the answer dates it', () => {
    const own = read(page('<span data-ts="1552871520">昨天 09:12</span> 回答', answerHtml, '<p>发布于 2019年3月18日</p>'))[0]!;
    expect(own.date).toBe('2019-03-18');
    // A stamp that names its day still outranks the publishing date.
    expect(read(page('2019-03-10 09:12 回答', answerHtml, '<p>发布于 2019年3月18日</p>'))[0]!.date).toBe('2019-03-10');
  });

  it('a paragraph that ends on a comma (、，) with the next going on is flagged: a line break inside a sentence', () => {
    const own = read(page('回答时间：2023-02-01', '<p>一般不严重，胃胀大多是暂时的，调整作息、</p><p>清淡饮食后可以慢慢好转。</p>'))[0]!;
    expect(own.flags).toContain('unsure_reading');
  });
});

describe('found by the helper tuning fresh-30, in the card and item readers', () => {
  const page = (card: string, list = '') =>
    `<html><head><title>胃胀怎么办</title></head><body><h1>胃胀怎么办</h1>${card}<div>回答时间：2023-01-02</div><div>${answerHtml}</div>${list}</body></html>`;

  it("a place's name and the hospital's name run on in another element (江南市<b>儿童医院</b>) are one hospital", () => {
    for (const card of ['<div><b>林晓</b> <span>主治医师</span> <span>江南市<b>儿童医院</b></span> <span>儿科</span></div>', '<div>林晓 主治医师<br>江南市<i>第一人民医院</i> 三甲<br>儿科</div>']) {
      expect(read(page(card))[0]!.doctor.hospital).toMatch(/^江南市/u);
    }
  });

  it("an item's author and its likes (小鱼干 ♡ 35) are no snippet, spaced or not", () => {
    for (const sep of ['', ' ']) {
      const item = (n: number) => `<section><a href="/explore/${n}"><span>胃胀吃什么好${n}</span></a><div>胃胀时饮食宜清淡，少吃产气食物。</div><div><span>小鱼干</span>${sep}<span>♡ 35</span></div></section>`;
      const [, ...items] = read(page('<div><b>林晓</b> 主治医师 江南市儿童医院 儿科</div>', `<div><h3>相关笔记</h3>${[2, 3, 4].map(item).join('')}</div>`));
      expect(items.map((i) => i.answer_paragraphs)).toEqual([2, 3, 4].map(() => ['胃胀时饮食宜清淡，少吃产气食物。']));
    }
  });
});

describe("a doctor's note on their own account (a 笔记 platform)", () => {
  const note = (nickname: string, badge: string, verified: string) =>
    `<html><head><title>胃胀怎么办 - 红薯笔记</title></head><body><div><span>1/3</span></div><div><a href="/user/1">${nickname}</a>${badge}<div>${verified}</div><button>关注</button></div>` +
    `<h1>胃胀怎么办</h1><div>${answerHtml}<p>#胃胀[话题]# #健康科普[话题]#</p></div><div>2023-02-01 浙江</div><div>赞 12 收藏 3 评论 2</div></body></html>`;

  it("has the nickname less its calling and the verification line's hospital, department and title as its card", () => {
    for (const [nickname, badge, verified] of [
      ['林晓医生', '<span>认证医生</span>', '职业认证：滨海市中心医院（三甲） 消化内科 主治医师'],
      ['林晓大夫', '', '认证：滨海市中心医院 · 消化内科 · 主治医师'],
      ['林晓', '<i>V</i>', '职业认证：滨海市中心医院 消化内科 主治医师'],
    ] as const) {
      const own = read(note(nickname, badge, verified))[0]!;
      expect(own.doctor, nickname).toMatchObject({ name: '林晓', title: '主治医师', department: '消化内科', hospital: '滨海市中心医院' });
      expect(own.answer_paragraphs).toEqual(ANSWER);
    }
  });

  it('takes no platform badge (专业号) or nickname with its calling (林晓大夫) for a name', () => {
    const own = read(note('林晓大夫', '<span>专业号</span>', '滨海市中心医院 消化内科 主治医师'))[0]!;
    expect(own.doctor.name === null || own.doctor.name === '林晓').toBe(true);
  });
});
