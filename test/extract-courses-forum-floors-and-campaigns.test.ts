import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on a course's lesson page, a forum thread in floors and a free-clinic campaign page.
 * What the blind split fresh-31 taught the genre reader (course pages, forum threads, campaign pages), each rule on a small page of its own.
 */

const URL = 'https://www.example-jiankang.cn/item/1.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = ['胃胀多与饮食不规律有关，先少食多餐。', '持续两周以上，请到消化内科做胃镜。'];
const answerHtml = ANSWER.map((p) => `<p>${p}</p>`).join('');

describe("a course's lesson page", () => {
  const lesson = (qa: string) => `<html><head><title>胃病微课堂 第5课 饮食调理 - 名医微课</title></head><body>
<header><a href="/">名医微课</a></header>
<section><h1>胃病微课堂 第5课 饮食调理</h1><video src="/m/5.mp4"></video><span>视频 12:05</span> <span>上线于 2022-11-02</span></section>
<section><h2>授课专家</h2><div><strong>林晓</strong> 主治医师<br>消化内科 滨海市中心医院</div></section>
<section><h2>本课目录</h2><ul><li><a href="/course/9/1">第1课 认识胃病</a></li><li><a href="/course/9/2">第2课 饮食调理</a></li></ul></section>
<section><h2>课后互动</h2>${qa}</section>
<section><h2>更多答疑</h2><ul><li><a href="/item/2.html">胃胀吃什么好</a><p>胃胀时饮食宜清淡，少吃产气食物。</p></li><li><a href="/item/3.html">胃胀是胃炎吗</a><p>胃胀不一定是胃炎，需要胃镜明确。</p></li></ul></section>
</body></html>`;

  it("reads the student's question, not the lesson's name, and the reply under the lecturer's label without the student's line", () => {
    const qa = `<div><span>学员 阿花 提问：吃完饭总是胃胀怎么办</span><em>2023-03-01</em></div><div><p>林晓老师回复：</p>${answerHtml}<p>回复时间：2023-03-03 语音</p></div>`;
    const [own, ...items] = read(lesson(qa));
    expect(own!.question).toBe('吃完饭总是胃胀怎么办');
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.doctor).toMatchObject({ name: '林晓', title: '主治医师' });
    // The reply's day, not the asking day nor the lesson's; no format from the lesson's player.
    expect(own!.date).toBe('2023-03-03');
    expect(own!.format).toBe('voice');
    expect(items.map((i) => i.question)).toEqual(['胃胀吃什么好', '胃胀是胃炎吗']);
  });

  it('reads the question a label over it names (a definition list: the student and the day in the term)', () => {
    const qa = `<dl><dt>阿花同学提问 2023-03-01</dt><dd>吃完饭总是胃胀怎么办</dd><dt>讲师回复：</dt><dd>${answerHtml}<span>回复时间：2023-03-03</span></dd></dl>`;
    const [own] = read(lesson(qa));
    expect(own!.question).toBe('吃完饭总是胃胀怎么办');
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.date).toBe('2023-03-03');
    expect(own!.format).toBe('unknown');
  });
});

describe('a forum thread in floors', () => {
  const thread = (doctorFloor: string) => `<html><head><title>吃完饭总是胃胀怎么办_胃病吧</title></head><body>
<nav><a href="/">健康论坛</a> › <a href="/f/wei">胃病吧</a></nav>
<h2>吃完饭总是胃胀怎么办</h2>
<table><tr><td><a href="/u/1">晴天</a> 楼主</td><td><p>吃完饭总是胃胀怎么办，已经一个月了。</p><p>#1 2023-03-01 08:12</p></td></tr>
<tr><td><a href="/u/2">过路人</a></td><td><p>顶，同问。</p><p>#2 2023-03-01 10:30</p></td></tr>
${doctorFloor}</table>
<div><h3>相关帖子</h3><ul><li><a href="/t/2">胃胀吃什么好</a><p>胃胀时饮食宜清淡，少吃产气食物。</p></li><li><a href="/t/3">胃胀是胃炎吗</a><p>胃胀不一定是胃炎，需要胃镜明确。</p></li></ul></div>
</body></html>`;

  it("reads the certified doctor's floor: name without the calling, card from the 认证 line, the floor's text and day, no 楼中楼 reply", () => {
    const [own] = read(thread(`<tr><td><a href="/u/3">林晓大夫</a><br><span>认证医生</span><br><small>认证：滨海市中心医院 三级甲等 消化内科 主治医师</small></td>
<td>${answerHtml}<p>#3 2023-03-02 20:05 来自iPhone客户端</p>
<div><a href="/u/1">晴天</a>：谢谢大夫，那要吃药吗？ 2023-03-03 09:00</div><div><a href="/u/3">林晓大夫</a> 回复 晴天 :先调整饮食，不缓解再来。 2023-03-03 12:00</div></td></tr>`));
    expect(own!.question).toBe('吃完饭总是胃胀怎么办');
    expect(own!.doctor).toEqual({ name: '林晓', title: '主治医师', department: '消化内科', hospital: '滨海市中心医院', hospital_grade: '三级甲等' });
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.date).toBe('2023-03-02');
    expect(own!.format).toBe('unknown');
    expect(own!.flags).not.toContain('unsure_reading');
  });
});

describe('a free-clinic campaign page', () => {
  const campaign = (question: string, tag: string, label: string) => `<html><head><title>胃胀怎么缓解 - 公益义诊</title></head><body>
<div><h2>2023年“关爱胃健康”公益义诊月</h2><p>活动时间：2023.03.01 - 2023.03.31</p><p>已有 5210 人参与</p></div>
${question}
<div>${tag}<b>林晓</b> 主治医师 消化内科 滨海市中心医院</div>
<div>回复时间：2023-03-03</div>
<div>${answerHtml}</div>
<div><h3>${label}</h3><ul><li><a href="/item/2.html">胃胀吃什么好</a><p>胃胀时饮食宜清淡，少吃产气食物。</p></li><li><a href="/item/3.html">胃胀是胃炎吗</a><p>胃胀不一定是胃炎，需要胃镜明确。</p></li></ul></div>
</body></html>`;
  const heading = '<h1>胃胀怎么缓解</h1>';

  it('reads the list under 更多义诊问答 as the related list', () => {
    const [own, ...items] = read(campaign(heading, '', '更多义诊问答'));
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(items.map((i) => i.question)).toEqual(['胃胀吃什么好', '胃胀是胃炎吗']);
  });

  it("takes a role's tag over the card (义诊医生) for no other doctor signing the answer", () => {
    const [own] = read(campaign(heading, '<span>义诊医生</span>', '相关问题'));
    expect(own!.doctor).toMatchObject({ name: '林晓', title: '主治医师' });
    expect(own!.date).toBe('2023-03-03');
    expect(own!.flags).not.toContain('unsure_reading');
  });

  it('is sure of a 问： line that the title repeats without its question mark', () => {
    const [own] = read(campaign('<p><strong>问：</strong>胃胀怎么缓解？</p>', '', '相关问题'));
    expect(own!.question).toBe('胃胀怎么缓解？');
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.flags).not.toContain('unsure_reading');
  });
});
