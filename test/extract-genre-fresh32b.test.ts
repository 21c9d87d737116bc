import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/** What the blind split fresh-32 taught the genre reader (pages written by scripts, the Chinese calendar beside a day), each rule on a small page of its own. */

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
