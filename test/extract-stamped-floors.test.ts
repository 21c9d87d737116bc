import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A Discuz!-built thread: each floor headed by its poster's column (the nickname's link, the user group, 积分 and 帖子) and the
 * floor's name over `发表于 …`. The answer is the floor of the poster the column marks `认证医师`, dated by its stamp; a quote of
 * the 楼主 at its head (`<blockquote>`) is none of it; the signature under it is the card. Members' floors and the 楼主's thanks
 * are none of it. Before this rule such threads were rejected with no entry (or a member's words read), as no floor tail closed them.
 */
const floor = (nick: string, group: string, name: string, day: string, text: string, sign = '') =>
  `<table class="plhin"><tr><td class="pls"><div class="authi"><a href="home.php?mod=space&amp;uid=1">${nick}</a></div><p><em>${group}</em></p>` +
  `<dl class="pil"><dt>积分</dt><dd>4473</dd><dt>帖子</dt><dd>507</dd></dl></td>` +
  `<td class="plc"><div class="pi"><strong><a href="forum.php?mod=redirect&amp;pid=2">${name}</a></strong><div class="authi"><em>发表于 ${day}</em></div></div>` +
  `<div class="pct"><table><tr><td class="t_f">${text}</td></tr></table></div>${sign ? `<div class="sign">${sign}</div>` : ''}</td></tr></table>`;
const page = (doctorGroup: string, thanks = true) =>
  `<html><head><meta charset="utf-8"><title>宝宝腰部起疱挂什么科 - 中医问诊 - 某某中医论坛</title></head><body>` +
  `<div id="pt"><a href="./">某某中医论坛</a> <em>›</em> <a href="forum.php">论坛</a> <em>›</em> 查看内容</div>` +
  `<div id="postlist"><h1 class="ts"><a href="forum.php?typeid=3">[求医问药]</a> <span id="thread_subject">宝宝腰部起疱挂什么科</span></h1>` +
  floor('小dea2', '新手上路', '楼主', '2021-3-3 08:23', '平时工作比较忙，作息不太规律。<br />舌苔白腻，大便不成形，请各位老师指点。') +
  floor('杏林小生', '中级会员', '沙发', '2021-3-3 14:37', '同问，我也有类似情况。') +
  floor(
    '慕容慧慧',
    doctorGroup,
    '板凳',
    '2021-3-4 09:02',
    `<blockquote>小dea2 发表于 2021-3-3 08:23<br />平时工作比较忙，作息不太规律。</blockquote>宝宝腰部起疱可能是带状疱疹或湿疹引起的，需要面诊确认。<br />平时注意皮肤清洁，避免抓挠，症状加重及时就诊。`,
    '南屏市第一人民医院 皮肤科 主治医师 慕容慧慧',
  ) +
  (thanks ? floor('小dea2', '新手上路', '4#', '2021-3-7 18:46', '谢谢医生！我先按您说的调理一段时间。') : '') +
  `</div><div id="ft"><p><a href="forum.php?mod=misc">小黑屋</a>|<a href="forum.php?mobile=yes">手机版</a></p><p>GMT+8, 2021-3-30 14:29</p></div></body></html>`;
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'http://www.example-bbs.com/thread-120062-1-1.html' }))).find((e) => e.origin === 'page');

describe('a thread of floors headed by the poster’s column and `发表于`', () => {
  it('answers with the certified doctor’s floor, its quote and signature none of it', () => {
    const entry = read(page('认证医师'))!;
    expect(entry.question).toBe('宝宝腰部起疱挂什么科');
    expect(entry.answer_paragraphs).toEqual(['宝宝腰部起疱可能是带状疱疹或湿疹引起的，需要面诊确认。', '平时注意皮肤清洁，避免抓挠，症状加重及时就诊。']);
    expect(entry.doctor).toMatchObject({ name: '慕容慧慧', title: '主治医师', department: '皮肤科', hospital: '南屏市第一人民医院' });
    expect(entry.date).toBe('2021-03-04');
  });

  it('the doctor’s floor the last: its text ends at the footer’s links', () => {
    const entry = read(page('认证医师', false))!;
    expect(entry.answer_paragraphs).toHaveLength(2);
    expect(entry.doctor).toMatchObject({ name: '慕容慧慧', title: '主治医师', hospital: '南屏市第一人民医院' });
  });

  it('where no poster is marked a doctor, no member’s floor is the answer', () => {
    const entry = read(page('高级会员'));
    expect(entry?.answer_paragraphs ?? []).not.toContain('宝宝腰部起疱可能是带状疱疹或湿疹引起的，需要面诊确认。');
  });
});

/**
 * The doctor's floor as Discuz! prints it: the quote of the 楼主 in its `<div class="quote"><blockquote>` opened by the quoted
 * floor's linked head (`小dea2 发表于 …`), a reply's head (`回复 1# 小dea2`), the edit note (`本帖最后由 … 编辑`); and a
 * blockquote of the doctor's own quoting a guideline. Before, the quote's linked head ended the floor (members' column read as
 * the answer), the reply's head was read as a paragraph silently, and the guideline's lines were dropped silently.
 */
const doctorPage = (text: string) =>
  `<html><head><meta charset="utf-8"><title>宝宝腰部起疱挂什么科 - 中医问诊 - 某某中医论坛</title></head><body>` +
  `<div id="postlist"><h1 class="ts"><span id="thread_subject">宝宝腰部起疱挂什么科</span></h1>` +
  floor('小dea2', '新手上路', '楼主', '2021-3-3 08:23', '平时工作比较忙，作息不太规律。<br />舌苔白腻，大便不成形，请各位老师指点。') +
  floor('杏林小生', '中级会员', '沙发', '2021-3-3 14:37', '同问，我也有类似情况。') +
  floor('慕容慧慧', '认证医师', '板凳', '2021-3-4 09:02', text, '南屏市第一人民医院 皮肤科 主治医师 慕容慧慧') +
  floor('小dea2', '新手上路', '4#', '2021-3-7 18:46', '谢谢医生！我先按您说的调理一段时间。') +
  `</div><div id="ft"><p><a href="forum.php?mod=misc">小黑屋</a>|<a href="forum.php?mobile=yes">手机版</a></p></div></body></html>`;
const ANSWER = '宝宝腰部起疱可能是带状疱疹或湿疹引起的，需要面诊确认。<br />平时注意皮肤清洁，避免抓挠。';
const ANSWER_LINES = ['宝宝腰部起疱可能是带状疱疹或湿疹引起的，需要面诊确认。', '平时注意皮肤清洁，避免抓挠。'];

describe('the certified doctor’s floor as Discuz! prints it', () => {
  it('its quote of the 楼主, opened by the quoted floor’s linked head, is none of it and no end of it', () => {
    const quote = `<div class="quote"><blockquote><font size="2"><a href="forum.php?mod=redirect&amp;pid=1"><font color="#999999">小dea2 发表于 2021-3-3 08:23</font></a></font><br />平时工作比较忙</blockquote></div>`;
    const entry = read(doctorPage(quote + ANSWER))!;
    expect(entry.answer_paragraphs).toEqual(ANSWER_LINES);
    expect(entry.date).toBe('2021-03-04');
  });

  it('its reply head and edit note are none of it', () => {
    const reply = `<font size="2"><strong>回复 <a href="forum.php?mod=redirect&amp;pid=1">1#</a> <i>小dea2</i></strong></font><br /><br />`;
    expect(read(doctorPage(reply + ANSWER))!.answer_paragraphs).toEqual(ANSWER_LINES);
    const edited = `<i class="pstatus"> 本帖最后由 慕容慧慧 于 2021-3-4 10:15 编辑 </i><br /><br />`;
    expect(read(doctorPage(edited + ANSWER))!.answer_paragraphs).toEqual(ANSWER_LINES);
  });

  it('a blockquote of the doctor’s own quoting (a guideline) is the answer’s', () => {
    const entry = read(doctorPage(`宝宝腰部起疱可能是带状疱疹或湿疹引起的，需要面诊确认。<blockquote>《湿疹诊疗指南》：婴儿湿疹以保湿和外用弱效激素为主。</blockquote>平时注意皮肤清洁，避免抓挠。`))!;
    expect(entry.answer_paragraphs).toEqual([ANSWER_LINES[0], '《湿疹诊疗指南》：婴儿湿疹以保湿和外用弱效激素为主。', ANSWER_LINES[1]]);
  });
});
