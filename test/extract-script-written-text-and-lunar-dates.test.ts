import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on what inline scripts write, days printed with weekday and lunar day, a wiki's Q&A page, certified headlines, firewall pages and a phone consultation's record.
 * What the blind split fresh-32 taught the genre reader (pages written by scripts, the Chinese calendar beside a day), each rule on a small page of its own.
 */

const URL = 'https://www.example-yiwen.cn/ask/1.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = ['颈椎不适多与久坐低头有关，先纠正坐姿。', '手麻持续不缓解，请到骨科拍片检查。'];
const answerHtml = ANSWER.map((p) => `<p>${p}</p>`).join('');
const RELATED = `<section><h4>相关问答</h4><ol><li><a href="/ask/2.html">颈椎病手麻怎么办</a><div>手麻多为神经受压，需要查明原因。</div></li><li><a href="/ask/3.html">落枕怎么快速缓解</a><div>落枕可以热敷，轻柔活动颈部。</div></li></ol></section>`;

describe("what a page's inline scripts write", () => {
  const page = (meta: string, card = '<td>主任医师</td><td>骨科</td><td>临江市人民医院</td>', list = RELATED) => `<html><head><title>长期低头颈椎疼手麻怎么办 - 医问网</title>
<script language="javascript">var _hmt = _hmt || [];</script></head><body>
<table><tr><td>赵明</td>${card}</tr></table>
<h2>长期低头颈椎疼手麻怎么办</h2>
<table><tr><td>${meta}</td></tr></table>
<article>${answerHtml}</article>
${list}
</body></html>`;

  it('prints what a script writes in string literals (double quotes, joined with +, writeln, in an old comment) where it stands', () => {
    const [own] = read(page(`<script type="text/javascript"><!--
document.writeln("解答日期 " + "2022-09-14"); // 日期
//--></script>`));
    expect(own!.date).toBe('2022-09-14');
    expect(own!.flags).not.toContain('unsure_reading');
  });

  it('reads \\u and \\x escapes, a <\\/ in a written tag, and a grade a script writes into the card', () => {
    const grade = '\\u4e09\\u7ea7\\u7532\\u7b49';
    const card = `<td>主任医师</td><td>骨科</td><td>临江市人民医院<script>document.write("<em>(${grade})<\\/em>")</script></td>`;
    const [own] = read(page(`<script>document.write('\\x32022\\u5e7410\\u67083\\u65e5 \\u89c6\\u9891\\u89e3\\u7b54')</script>`, card));
    expect(own!.date).toBe('2022-10-03');
    expect(own!.format).toBe('video');
    expect(own!.doctor).toMatchObject({ hospital: '临江市人民医院', hospital_grade: '三级甲等' });
  });

  it('shows no <noscript> text beside a script that writes, and a counter a script computes is a counter', () => {
    const [own] = read(page(`<script>document.write('2022-09-14 语音回复')</script><noscript>本页需要启用脚本</noscript> 点击次数：<script>document.write(Math.round(Math.random() * 500) + 20)</script>`));
    expect(own!.date).toBe('2022-09-14');
    expect(own!.format).toBe('voice');
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.flags).not.toContain('unsure_reading');
  });

  it("takes an analytics counter's loader for nothing shown: no doubt", () => {
    const loader = `<script type="text/javascript">var cnzz_protocol = (("https:" == document.location.protocol) ? "https://" : "http://");
document.write(unescape("%3Cspan id='cnzz_stat_icon_1280'%3E%3C/span%3E%3Cscript src='" + cnzz_protocol + "s4.cnzz.com/z_stat.php%3Fid%3D1280' type='text/javascript'%3E%3C/script%3E"));</script>`;
    const [own] = read(page(`2022-09-14 ${loader}`));
    expect(own!.date).toBe('2022-09-14');
    expect(own!.flags).not.toContain('unsure_reading');
  });

  it('flags the entry where a script writes what no literal gives (a day from a variable), never publishing it as if whole', () => {
    const [own] = read(page(`<script>var t = new Date(1663113600000); document.write(t.getFullYear() + '-' + (t.getMonth() + 1) + '-' + t.getDate());</script> 语音回复`));
    expect(own!.date).toBeNull();
    expect(own!.flags).toContain('unsure_reading');
  });
});

describe('a day printed with its weekday and its Chinese-calendar day', () => {
  const page = (meta: string, top = '') => `<html><head><title>长期低头颈椎疼手麻怎么办 - 万年历健康</title></head><body>
${top}
<h2>长期低头颈椎疼手麻怎么办</h2>
<div><b>赵明</b> 主任医师 骨科 临江市人民医院</div>
<p><small>${meta}</small></p>
<article>${answerHtml}</article>
${RELATED}
</body></html>`;

  it('reads the Gregorian day and the format word beside the weekday and the lunar day', () => {
    const [own] = read(page('2022年9月14日 礼拜三 农历八月十九 图文'));
    expect(own!.date).toBe('2022-09-14');
    expect(own!.format).toBe('text');
  });

  it('reads a lunar day with its year name before the day, and the answer day, not the day the header says the page was served', () => {
    const [own] = read(page('回答时间：农历壬寅年八月十九 · 2022.09.14 周三 视频', '<div>今天是 2024年5月6日 周一 农历甲辰年三月廿八 晴</div>'));
    expect(own!.date).toBe('2022-09-14');
    expect(own!.format).toBe('video');
  });
});

describe("a wiki's Q&A page", () => {
  const edit = '<span>[<a href="/w/index.php?action=edit&amp;section=1">编辑</a> | <a href="/w/index.php?action=edit&amp;section=1&amp;src=1">编辑源代码</a>]</span>';
  const page = (list: string) => `<html><head><title>问答:长期低头颈椎疼手麻怎么办 - 健康维基</title></head><body>
<h1>问答:长期低头颈椎疼手麻怎么办</h1>
<div>出自健康维基</div>
<table><tr><th>答复专家</th><td>赵明</td></tr><tr><th>职称</th><td>主任医师</td></tr><tr><th>科室</th><td>骨科</td></tr><tr><th>医院</th><td>临江市人民医院</td></tr><tr><th>回答日期</th><td>2022-09-14</td></tr></table>
<div>本条目由健康维基编辑整理，内容已经专家审核。</div>
<h3>问题${edit}</h3>
<div>我每天低头看手机，颈椎疼，最近手也麻了，需要做什么检查？</div>
<h3>专家回答${edit}</h3>
${answerHtml}
${list}
<div>取自“https://wiki.example-jiankang.cn/w/index.php?title=问答:长期低头颈椎疼手麻怎么办&amp;oldid=2231”</div>
<div>分类：<a href="/c/1">骨科问答</a></div>
<footer>本页面最后修订于2024年1月3日 (星期三) 08:15。</footer>
</body></html>`;

  it("reads the question without the wiki's namespace and the answer under its section, not the editors' line nor the asker's section", () => {
    const [own, ...items] = read(page(`<h3>相关问答${edit}</h3><ul><li><a href="/wiki/2">颈椎病手麻怎么办</a>：手麻多为神经受压，需要查明原因。</li><li><a href="/wiki/3">落枕怎么快速缓解</a>：落枕可以热敷，轻柔活动颈部。</li></ul>`));
    expect(own!.question).toBe('长期低头颈椎疼手麻怎么办');
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.date).toBe('2022-09-14');
    expect(items.map((i) => i.question)).toEqual(['颈椎病手麻怎么办', '落枕怎么快速缓解']);
  });

  it('ends the answer at the line naming the address the page was taken from, where no list follows it', () => {
    const [own] = read(page(''));
    expect(own!.answer_paragraphs).toEqual(ANSWER);
  });
});

describe("a community's answer under a member's certified headline", () => {
  const page = (headline: string, stamp: string, other = '') => `<html><head><title>长期低头颈椎疼手麻怎么办？ - 问答社区</title></head><body>
<h1>长期低头颈椎疼手麻怎么办？</h1>
<section><div><div><img src="/a/1.png" alt=""><a href="/people/zm">赵明</a></div><div><p><i></i><em>${headline}</em></p></div></div>
<div>${answerHtml}</div>
<div><a href="/q/1/a/9">${stamp}</a></div><div><button>赞同 35</button> <button>分享</button></div></section>
${other}
${RELATED}
</body></html>`;

  it('reads the card from the name beside a headline boxed twice over (hospital, department and title in one line)', () => {
    const [own] = read(page('临江市人民医院（三甲） 骨科 主任医师', '发布于 2022-09-14 10:02'));
    expect(own!.doctor).toEqual({ name: '赵明', title: '主任医师', department: '骨科', hospital: '临江市人民医院', hospital_grade: '三甲' });
    expect(own!.date).toBe('2022-09-14');
  });

  it("dates the answer by its own 编辑于 day, never silently by a later member's 发布于 below it", () => {
    const other = `<section><div><a href="/people/x">路人甲</a> 患者家属</div><p>同问，蹲一个后续。</p><div>发布于 2022-11-02 21:40</div></section>`;
    const [own] = read(page('主任医师 · 临江市人民医院 · 骨科', '编辑于 2022-09-14 10:02', other));
    expect(own!.doctor).toMatchObject({ name: '赵明', hospital: '临江市人民医院' });
    // Two days each labelled as a posting's: the first, the answer's own, flagged for the other.
    expect(own!.date).toBe('2022-09-14');
    expect(own!.flags).toContain('unsure_reading');
  });

  it("takes a wiki's 最后编辑于 footer for the page's update, not its answer's day", () => {
    const html = `<html><head><title>长期低头颈椎疼手麻怎么办 - 百科</title></head><body><h1>长期低头颈椎疼手麻怎么办</h1>
<div><b>赵明</b> 主任医师 骨科 临江市人民医院</div><div>${answerHtml}</div><div>2022-09-14</div>
<div>本页最后编辑于2024-01-03 08:15</div>${RELATED}</body></html>`;
    const [own] = read(html);
    expect(own!.date).toBe('2022-09-14');
    expect(own!.flags).not.toContain('unsure_reading');
  });
});

describe("a firewall's or rate limiter's page served in place of the question", () => {
  it('gives no entry for a browser check with its Ray ID', () => {
    const html = `<html><head><title>请稍候…</title></head><body><h1>www.example-yiwen.cn</h1><p>正在检查您的浏览器，这可能需要几秒钟。</p>
<p>www.example-yiwen.cn 需要先检查您的连接的安全性，然后才能继续。</p><div>Ray ID: 8a1b2c3d4e5f6a7b</div></body></html>`;
    const outcome = extractOrThrow(pageRecord(html, { url: URL }));
    expect(outcome.entries).toEqual([]);
  });

  it("gives no entry, nor items, for the site's rate-limit captcha naming the question, with its list of popular questions", () => {
    const html = `<html><head><title>长期低头颈椎疼手麻怎么办 - 医问网</title></head><body><nav><a href="/">医问网</a> <a href="/ask/">提问</a></nav>
<h3>您的访问太频繁了，请完成验证后继续访问</h3><p>您正在访问：长期低头颈椎疼手麻怎么办</p>
<form><img src="/captcha.png" alt="验证码"><input name="c"><button>确定</button></form><p>如果您是正常访问，请稍后再试。</p>
<div><h4>热门问答</h4><ul><li><a href="/ask/2.html">颈椎病手麻怎么办</a><p>手麻多为神经受压，需要查明原因。</p></li><li><a href="/ask/3.html">落枕怎么快速缓解</a><p>落枕可以热敷，轻柔活动颈部。</p></li></ul></div></body></html>`;
    const outcome = extractOrThrow(pageRecord(html, { url: URL }));
    expect(outcome.entries).toEqual([]);
  });
});

describe("a phone consultation's record", () => {
  const page = (head: string, facts: string, summary: string, list = RELATED) => `<html><head><title>长期低头颈椎疼手麻怎么办 - 名医热线</title></head><body>
${head}
<p>病情描述：每天低头看手机，颈椎疼，最近手也麻了。</p>
<div><b>赵明</b> 主任医师 骨科 临江市人民医院</div>
<table>${facts}</table>
<div><span>通话回放</span><audio src="/r/1.mp3" controls></audio></div>
${summary}
<div><b>评价：</b>很满意 <span>2022-09-20</span></div>
${list}
</body></html>`;
  const facts = '<tr><td>预约时间：2022-09-10 09:00</td></tr><tr><td>通话时间：2022-09-13 20:05</td></tr><tr><td>通话时长：15分02秒</td></tr>';

  it("reads the summary under its label as the answer (not the call's fields), dated by its own stamp, the format from the service's tag", () => {
    const [own, ...items] = read(page('<h1>[电话咨询]长期低头颈椎疼手麻怎么办</h1>', facts, `<h4>问诊总结</h4>${answerHtml}<p>总结时间：2022-09-14 08:30</p>`));
    expect(own!.question).toBe('长期低头颈椎疼手麻怎么办');
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.date).toBe('2022-09-14');
    expect(own!.format).toBe('voice');
    expect(items).toHaveLength(2);
  });

  it("dates a summary with no stamp by the call's day, never by the booking's", () => {
    const [own] = read(page('<h1>长期低头颈椎疼手麻怎么办</h1><span>电话问诊</span>', facts, `<h4>医生小结</h4>${answerHtml}`));
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.date).toBe('2022-09-13');
  });

  it("reads the list headed as other patients' consultations", () => {
    const list = RELATED.replace('相关问答', '其他患者的视频问诊');
    const [, ...items] = read(page('<h1>长期低头颈椎疼手麻怎么办</h1><span>电话问诊</span>', facts, `<h4>医生小结</h4>${answerHtml}`, list));
    expect(items.map((i) => i.question)).toEqual(['颈椎病手麻怎么办', '落枕怎么快速缓解']);
  });
});
