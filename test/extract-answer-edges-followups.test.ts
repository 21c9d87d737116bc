import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { isAskedFollowUp, isStampedFollowUp } from '../src/extract/layouts/follow-up.js';

/**
 * Where the answer begins and ends, further (fresh-116's kinds of page, in other words): an advice box with its own head inside the
 * answer's container; a link line set into the answer with its points after it as a list; a bracketed follow-up round
 * (`【二次咨询】…？（day）` over `回复：…`) after a hospital's reply; a round's stamp labelled as a reply's under an answer dated above;
 * a column's link line set between its paragraphs; a reviewer's credit after a column's text (no credit of who answers, no other
 * card); a column's day printed relative or without its year (null, no doubt); a film between a column's headline and its reader's
 * question.
 */

const read = (html: string, url = 'https://www.example-news.org/health/qa/1024.html') => entriesOf(extractOrThrow(pageRecord(html, { url }))).find((e) => e.origin === 'page')!;

const POINTS = ['偏头痛多和作息不规律、睡眠不足有关，发作时先在安静、光线暗的地方休息。', '如果头痛越来越频繁，或者伴有呕吐、视物模糊，应尽快到神经内科就诊。'];

describe('an advice box with its own head inside the answer’s container', () => {
  const page = (advice: string) => `<html><head><meta charset="utf-8"><title>偏头痛反复发作怎么办 - 健康</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/health/">健康</a></div>
<div class="story"><h1>偏头痛反复发作怎么办</h1><div class="when">2023年5月6日 10:20</div>
<div class="body">
<div class="guest"><p class="name">王明远醫生</p><p class="role">腦神經科專科醫生</p></div>
${POINTS.map((p) => `<p>${p}</p>`).join('\n')}
${advice}
<p class="note">（本文內容只供參考，不能取代醫生診症。）</p>
</div></div>
<div class="more"><h3>相關新聞</h3><ul><li><a href="/health/qa/1001.html">失眠怎么办</a></li><li><a href="/health/qa/1002.html">头晕是什么原因</a></li></ul></div>
</body></html>`;
  it('keeps the head as a paragraph of the answer, its points after it (the section-head convention)', () => {
    const entry = read(page('<div class="advice"><h4>醫生建議</h4><ul><li>保持作息規律，飲食均衡。</li><li>切勿自行購買藥物服用。</li></ul></div>'));
    expect(entry.answer_paragraphs).toEqual([...POINTS, '醫生建議', '保持作息規律，飲食均衡。', '切勿自行購買藥物服用。']);
  });
});

describe('a link line set into the answer, its points after it as a list', () => {
  const page = `<html><head><meta charset="utf-8"><title>胃痛怎么办 - 新闻</title></head><body>
<div class="nav"><a href="https://www.example-tv.tw/">首頁</a> <a href="https://www.example-tv.tw/health">健康</a></div>
<div class="story"><h1>胃痛怎么办</h1><div class="time">2022/08/15 09:30　記者林小明 報導</div>
<p class="doctor">諮詢醫師：江州市人民醫院腸胃科 陳志明主治醫師</p>
<div class="text">
<p>胃痛常见的原因有以下几种：</p>
<p>一、饮食不规律、吃得过饱或过于辛辣，胃黏膜受到刺激，平时要按时吃饭。</p>
<p class="more">延伸閱讀：<a href="https://www.example-tv.tw/news/2022081500001">醫師提醒：胃痛別再忍</a></p>
<ul><li>二、长期服用止痛药的，要在医生指导下调整用药，不要自行加量。</li><li>三、胃痛伴有黑便、呕血的，应尽快到医院就诊，做胃镜检查。</li></ul>
<p>建议及时到医院消化内科就诊，明确诊断后规范治疗。</p>
</div>
<p class="editor">（編輯／張美玲）</p></div>
<div class="related"><h3>延伸閱讀</h3><ul><li><a href="https://www.example-tv.tw/news/2022081000002">胃胀是什么原因</a></li><li><a href="https://www.example-tv.tw/news/2022080900003">反酸怎么办</a></li></ul></div>
</body></html>`;
  it('passes over the link line: the list’s items and the paragraph after them are the answer’s', () => {
    const entry = read(page, 'https://www.example-tv.tw/news/2022081500009');
    expect(entry.answer_paragraphs).toHaveLength(5);
    expect(entry.answer_paragraphs[2]).toMatch(/^二、长期服用止痛药/u);
    expect(entry.answer_paragraphs[4]).toMatch(/^建议及时到医院消化内科就诊/u);
  });
});

const REPLY = ['您好，您说的“血压偏高要吃药吗”这种情况，我来解答一下。', '血压偏高要先连续测量一周，低盐饮食、适量运动，仍高于140/90再考虑用药。'];
const hospitalPage = (round: string) => `<html><head><meta charset="utf-8"><title>血压偏高要吃药吗 - 网上咨询 - 江州市第一人民医院</title></head><body>
<div class="top">江州市第一人民医院</div>
<div class="crumb">您的位置：<a href="/">首页</a> &gt; <a href="/zx/">网上咨询</a> &gt; 心血管内科</div>
<table class="ask">
<tr><td class="l">咨询标题：</td><td><b>血压偏高要吃药吗</b></td></tr>
<tr><td class="l">咨询内容：</td><td>最近体检血压145/95，没有不舒服。</td></tr>
<tr><td class="l">咨询人：</td><td>张**</td></tr>
<tr><td class="l">咨询时间：</td><td>2021-03-01 09:12</td></tr>
</table>
<div class="answer">
<p class="doc">回复医生：李建国　主任医师　心血管内科</p>
<p class="t">回复时间：2021-03-02 15:40</p>
<p><b>【医生回答】</b></p>
${REPLY.map((p) => `<p>${p}</p>`).join('\n')}
</div>
${round}
<p class="tip">温馨提示：网上咨询仅供参考，不能作为诊断和治疗的依据，请到医院就诊。</p>
<div class="list"><h3>相关咨询</h3><ul><li><a href="/zx/show.asp?id=101">头晕要做什么检查</a></li><li><a href="/zx/show.asp?id=102">心慌怎么回事</a></li></ul></div>
</body></html>`;

describe('a bracketed follow-up round after a hospital’s reply', () => {
  it('reads 【二次咨询】 run into the asker’s question and its bracketed day as a round’s head', () => {
    expect(isStampedFollowUp('【二次咨询】孩子也有类似情况，可以一起看吗？（2020-10-07 13:03）')).toBe(true);
    expect(isAskedFollowUp('【二次咨询】孩子也有类似情况，可以一起看吗？')).toBe(true);
    expect(isStampedFollowUp('二次咨询孩子也有类似情况（2020-10-07 13:03）')).toBe(false);
  });
  it('the answer is the first reply, its day the first reply’s: the round’s `回复：` is no record’s reply', () => {
    const entry = read(hospitalPage('<div class="round"><p><b>【二次咨询】</b>吃药以后还要复查吗？（2021-03-05 08:30）</p><p><b>回复：</b>一般一个月复查一次，血压平稳后可以延长。</p><p class="t">回复时间：2021-03-05 11:02</p></div>'), 'https://www.example-hospital.cn/zx/show.asp?id=100');
    expect(entry.answer_paragraphs).toEqual(REPLY);
    expect(entry.date).toBe('2021-03-02');
  });
  it('a round’s stamp labelled as a reply’s, under an answer its own labelled stamp dates above, is the round’s: no doubt', () => {
    const entry = read(hospitalPage('<div class="round"><p><b>追问：</b>吃药以后还要复查吗？（2021-03-05 08:30）</p><p><b>医生回复：</b>一般一个月复查一次，血压平稳后可以延长。</p><p class="t">回复时间：2021-03-05 11:02</p></div>'), 'https://www.example-hospital.cn/zx/show.asp?id=100');
    expect(entry.answer_paragraphs).toEqual(REPLY);
    expect(entry.date).toBe('2021-03-02');
    expect(entry.flags).not.toContain('unsure_reading');
  });
});

const COLUMN = ['膝盖疼痛多与关节退变有关，先减少爬楼梯和久蹲，注意膝部保暖。', '疼痛明显时可以在医生指导下短期使用消炎止痛药，不要长期自行服用。', '如果膝盖肿胀、活动受限，应尽快到骨科就诊。'];
const columnPage = (opts: { under?: string; top?: string; signed?: boolean }) => `<html><head><meta charset="utf-8"><title>膝盖疼怎么办 - 名医问答</title></head><body>
<div class="bar"><a href="/">首页</a></div>
<div class="main"><h1>名医问答｜膝盖疼怎么办</h1>
<div class="meta"><span>江州新闻</span> <span>2022-04-18 09:00</span></div>
${opts.top ?? ''}
<div class="text">
<p><b>问：</b>膝盖疼怎么办</p>
<p><b>答：</b></p>
<p>${COLUMN[0]}</p>
<p>${COLUMN[1]}</p>
<p>${COLUMN[2]}</p>
${opts.signed === false ? '' : '<p class="sign">——江州市人民医院骨科 副主任医师 周文斌</p>'}
${opts.under ?? ''}
</div>
<p class="copy">版权声明：本文为江州新闻原创，未经授权不得转载。</p></div>
<div class="rel"><h3>相关阅读</h3><ul><li><a href="/share/1001.html">腰疼怎么办</a></li><li><a href="/share/1002.html">肩膀疼挂什么科</a></li></ul></div>
</body></html>`;

const askedPage = (info = '来源：江州台　2022年4月18日') => `<html><head><meta charset="utf-8"><title>膝盖疼怎么办 - 问专家</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/news/">资讯</a></div>
<div class="main"><h1>膝盖疼怎么办</h1>
<div class="info">${info}</div>
<div class="editor-box">
<p class="lead">【导语】近期，不少网友就膝关节的问题留言，我们邀请专家一一解答。</p>
<p class="ask">网友提问：最近上下楼梯膝盖疼，休息后好一些。</p>
<p class="who">答疑专家：周文斌，江州市人民医院骨科副主任医师</p>
<p>${COLUMN[0]}</p>
<p>${COLUMN[1]}</p>
<p class="rec">【推荐阅读】<a href="https://www.example-news.org/p/0999.html">医生提醒：关节疼别总拖着</a></p>
<p>${COLUMN[2]}</p>
<p class="tip">温馨提示：以上内容仅供参考，不能替代面诊。</p>
</div>
<div class="end">来源：江州台　责任编辑：王丽</div></div>
<div class="rel"><h3>相关阅读</h3><ul><li><a href="/p/1001.html">腰疼怎么办</a></li><li><a href="/p/1002.html">肩膀疼挂什么科</a></li></ul></div>
</body></html>`;

describe('a column’s link line set between its paragraphs', () => {
  it('is passed over: the paragraph after it is the answer’s', () => {
    const entry = read(askedPage(), 'https://www.example-news.org/p/1000.html');
    expect(entry.answer_paragraphs).toEqual(COLUMN);
    expect(entry.doctor).toMatchObject({ name: '周文斌', title: '副主任医师' });
  });
});

describe('a reviewer’s credit after a column’s text', () => {
  it('names who checked it, not who answers: the doctor’s box above the text is the card', () => {
    const top = '<div class="expert"><span class="lbl">本期名医</span><b>周文斌</b> <i>副主任医师</i><p>江州市人民医院 骨科</p></div>';
    const entry = read(columnPage({ top, signed: false, under: '<p class="review">（本文由江州市人民医院刘建华主任医师审核）</p>' }), 'https://www.example-news.org/share/1000.html');
    expect(entry.doctor).toMatchObject({ name: '周文斌', title: '副主任医师' });
    expect(entry.answer_paragraphs).toEqual(COLUMN);
  });
  it('is no other doctor’s card near the answer: the reading is not doubted for it', () => {
    const top = '<div class="expert"><span class="lbl">本期名医</span><b>周文斌</b> <i>副主任医师</i><p>江州市人民医院 骨科</p></div>';
    const entry = read(columnPage({ top, signed: false, under: '<p class="review">（本文由江州市人民医院刘建华主任医师审核）</p>' }), 'https://www.example-news.org/share/1000.html');
    expect(entry.flags).not.toContain('unsure_reading');
  });
});

describe('a column’s day printed not whole under its headline', () => {
  it('reads no day, and doubts none: the page prints its day relative to the serving day or without its year', () => {
    for (const info of ['江州台 11小时前', '来源：江州台　07-22 11:01']) {
      const entry = read(askedPage(info), 'https://www.example-news.org/p/1000.html');
      expect(entry.date).toBeNull();
      expect(entry.flags).not.toContain('unsure_reading');
    }
  });
  it('still doubts a column that prints no day at all', () => {
    const entry = read(askedPage('来源：江州台'), 'https://www.example-news.org/p/1000.html');
    expect(entry.date).toBeNull();
    expect(entry.flags).toContain('unsure_reading');
  });
});

describe('a film between a column’s headline and its reader’s question', () => {
  it('is the column’s own: the answer is given on film', () => {
    const top = '<div class="player"><video src="https://video.example-news.org/v/knee.mp4" controls></video></div>';
    const entry = read(columnPage({ top, under: '<p class="review">（本文由江州市人民医院刘建华主任医师审核）</p>' }), 'https://www.example-news.org/share/1000.html');
    expect(entry.doctor).toMatchObject({ name: '周文斌' });
    expect(entry.answer_paragraphs).toEqual(COLUMN);
    expect(entry.format).toBe('video');
  });
});
