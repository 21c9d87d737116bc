import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The poster's column over a Discuz! floor as the boards' other templates print it: X3.x's counters and user group as links
 * (`293 主题`, `中级会员`) and its 回复 / 举报 row as links; 7.2's plain counters, its group in `<em>` (注册会员, 专家团), a
 * `实名认证：hospital [grade] department title` line and a plain 回复 引用 评分 举报 row; a profile of labelled fields (真实姓名,
 * 职称, 所在医院, 科室). The nickname is the column's first link; the card the column's verification or fields, else the
 * signature closing the floor, its clinic hours (`门诊时间：每周四上午`, `专家门诊：每周二下午`) after it none of the answer.
 * Before, the group's link was read as the nickname and the hours closed the floor: no doctor's floor was read.
 */
const linkedColumn = (nick: string, group: string, extra = '') =>
  `<td class="pls"><div class="authi"><a href="home.php?mod=space&amp;uid=1">${nick}</a></div>` +
  `<table><tr><th><p><a href="home.php?uid=1&amp;do=thread">293</a></p>主题</th><th><p><a href="home.php?uid=1&amp;do=post">1866</a></p>帖子</th><td><p><a href="home.php?uid=1">7765</a></p>积分</td></tr></table>` +
  `<p><em><a href="home.php?mod=spacecp&amp;ac=usergroup">${group}</a></em></p>${extra}</td>`;
const plainColumn = (nick: string, group: string, extra = '') =>
  `<td class="postauthor"><div class="postinfo"><a href="space.php?uid=33004">${nick}</a></div><p><em>${group}</em></p>` +
  `<dl class="profile"><dt>UID</dt><dd>33004</dd><dt>帖子</dt><dd>837</dd><dt>积分</dt><dd>2717</dd></dl>${extra}</td>`;
const floor = (column: string, name: string, day: string, text: string, sign = '', actions = '<a href="#">回复</a> <a href="#">举报</a>') =>
  `<table class="plhin"><tr>${column}<td class="plc"><div class="pi"><strong><a href="forum.php?mod=redirect&amp;pid=2">${name}</a></strong>` +
  `<div class="authi"><em>发表于 ${day}</em>|<a href="forum.php?authorid=1">只看该作者</a></div></div>` +
  `<div class="pct"><table><tr><td class="t_f">${text}</td></tr></table></div>${sign ? `<div class="sign">${sign}</div>` : ''}` +
  `<div class="po">${actions}</div></td></tr></table>`;
const thread = (column: (nick: string, group: string, extra?: string) => string, doctor: string, actions?: string) =>
  `<html><head><meta charset="utf-8"><title>经期胆囊炎要做手术吗？ - 肝胆外科问答区 - 医患交流论坛</title></head><body>` +
  `<div id="pt"><a href="./">医患交流论坛</a> › <a href="forum.php">论坛</a> › 经期胆囊炎要做手术吗？</div>` +
  `<div id="postlist"><h1 class="ts"><a href="forum.php?typeid=3">[肝胆外科]</a> <span id="thread_subject">经期胆囊炎要做手术吗？</span></h1>` +
  floor(column('lucky1981', '中级会员'), '楼主', '2020-7-25 9:41', '经期胆囊炎要做手术吗，请问需要做什么检查？<br />求医生解答，谢谢！', '', actions) +
  floor(column('路过的猫', '新手上路'), '沙发', '2020-7-25 14:26', '我家孩子之前也这样，关注一下', '', actions) +
  doctor +
  floor(column('静待花开', '新手上路'), '5#', '2020-7-27 22:41', '谢谢医生，明白了！', '', actions) +
  `</div><div id="ft"><p><a href="archiver/">Archiver</a>|<a href="forum.php?mobile=yes">手机版</a></p></div></body></html>`;
const ANSWER = '关于胆囊炎，可以从以下几个方面来考虑：<br />（1）应注意观察油腻饭后腹痛的变化，注意规律作息、避免熬夜。<br />建议及时到医院肝胆外科就诊，明确诊断后规范治疗。';
const ANSWER_LINES = ['关于胆囊炎，可以从以下几个方面来考虑：', '（1）应注意观察油腻饭后腹痛的变化，注意规律作息、避免熬夜。', '建议及时到医院肝胆外科就诊，明确诊断后规范治疗。'];
/** A quote of the 楼主's floor at the head of the doctor's, its head the quoted floor's link or plain text. */
const QUOTE = (linked: boolean) =>
  `<div class="quote"><blockquote><font size="2">${linked ? '<a href="forum.php?mod=redirect&amp;pid=1">' : ''}<font color="#999999">lucky1981 发表于 2020-7-25 9:41</font>${linked ? '</a>' : ''}</font><br />经期胆囊炎要做手术吗，请问需要做什么检查？</blockquote></div><br />`;
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'http://bbs.example-yihuan.com/thread-1203-1-1.html' }))).find((e) => e.origin === 'page');

describe('a Discuz! floor’s column and signature as the boards’ templates print them', () => {
  it('X3.x: linked counters and group, the signature’s clinic hours none of the answer', () => {
    const doctor = floor(linkedColumn('秦怡芳医生', '认证医师'), '4#', '2020-7-27 17:54', ANSWER, '青川市第三人民医院 肝胆外科 主治医师<br />门诊时间：每周四上午');
    const entry = read(thread(linkedColumn, doctor))!;
    expect(entry.answer_paragraphs).toEqual(ANSWER_LINES);
    expect(entry.doctor).toMatchObject({ name: '秦怡芳', title: '主治医师', department: '肝胆外科', hospital: '青川市第三人民医院' });
    expect(entry.date).toBe('2020-07-27');
  });

  it('X3.x: the card the column’s labelled profile fields', () => {
    const fields = '<dl class="pil"><dt>真实姓名</dt><dd>乔琳佳</dd><dt>职称</dt><dd>住院医师</dd><dt>所在医院</dt><dd>临江市中医院（三甲）</dd><dt>科室</dt><dd>呼吸内科</dd></dl>';
    const doctor = floor(linkedColumn('dr_qiao', '认证医师', fields), '4#', '2020-7-27 17:54', QUOTE(true) + ANSWER, '专注慢病管理，欢迎来院复诊。');
    const entry = read(thread(linkedColumn, doctor))!;
    expect(entry.answer_paragraphs).toEqual(ANSWER_LINES);
    expect(entry.doctor).toMatchObject({ name: '乔琳佳', title: '住院医师', department: '呼吸内科', hospital: '临江市中医院', hospital_grade: '三甲' });
    expect(entry.date).toBe('2020-07-27');
  });

  it('the doctor’s floor the last, its card the profile’s fields: its text ends with its floor’s box, before the page’s foot', () => {
    const fields = '<dl class="pil"><dt>职称</dt><dd>主治医师</dd><dt>等级</dt><dd>三级甲等</dd><dt>科室</dt><dd>肝胆外科</dd><dt>医院</dt><dd>青川市第三人民医院</dd></dl>';
    const html =
      `<html><head><meta charset="utf-8"><title>经期胆囊炎要做手术吗？ - 医患交流论坛</title></head><body><div id="postlist"><h1 class="ts"><span id="thread_subject">经期胆囊炎要做手术吗？</span></h1>` +
      `<div id="post_1">${floor(linkedColumn('lucky1981', '中级会员'), '楼主', '2020-7-25 9:41', '经期胆囊炎要做手术吗，请问需要做什么检查？<br />求医生解答，谢谢！', '', '')}</div>` +
      `<div id="post_2">${floor(linkedColumn('秦怡芳', '认证医生', fields), '沙发', '2020-7-27 17:54', ANSWER, '', '')}</div>` +
      `</div><div id="ft"><p>Powered by <strong><a href="https://www.discuz.net">Discuz!</a></strong> <em>X3.4</em></p><p>© 2001-2023 Comsenz Inc.</p></div></body></html>`;
    const entry = read(html)!;
    expect(entry.answer_paragraphs).toEqual(ANSWER_LINES);
    expect(entry.doctor).toMatchObject({ name: '秦怡芳', title: '主治医师', hospital: '青川市第三人民医院', hospital_grade: '三级甲等' });
  });

  it('a nickname calling the profile’s doctor by department and surname (`皮肤科沈大夫`) names no other doctor: no doubt', () => {
    const fields = '<dl class="pil"><dt>真实姓名</dt><dd>沈涛文</dd><dt>职称</dt><dd>主治医师</dd><dt>所在医院</dt><dd>江州市中医院</dd><dt>科室</dt><dd>皮肤科</dd></dl>';
    const doctor = floor(linkedColumn('皮肤科沈大夫', '认证医师', fields), '4#', '2020-7-27 17:54', ANSWER);
    const entry = read(thread(linkedColumn, doctor))!;
    expect(entry.doctor).toMatchObject({ name: '沈涛文', department: '皮肤科' });
    expect(entry.flags).not.toContain('unsure_reading');
  });

  it('7.2: the column’s 实名认证 line is the card, the plain 回复 引用 评分 举报 row none of the answer', () => {
    const row = '<a>回复</a> <a>引用</a> <a>评分</a> <a>举报</a>';
    const verify = '<p class="verify">实名认证：北岸市第二人民医院 三级甲等 营养科 主治医师</p>';
    const doctor = floor(plainColumn('龙建玉', '专家团', verify), '板凳', '2021-4-15 10:20', QUOTE(false) + ANSWER, '', row);
    const entry = read(thread(plainColumn, doctor, row))!;
    expect(entry.answer_paragraphs).toEqual(ANSWER_LINES);
    expect(entry.doctor).toMatchObject({ name: '龙建玉', title: '主治医师', department: '营养科', hospital: '北岸市第二人民医院', hospital_grade: '三级甲等' });
    expect(entry.date).toBe('2021-04-15');
  });

  it('7.2: the expert group’s floor signed with its hospital and department, no title printed', () => {
    const row = '<a>回复</a> <a>引用</a> <a>评分</a> <a>举报</a>';
    const doctor = floor(plainColumn('东方军霞医生', '专家团'), '地板', '2023-1-15 09:03', '本帖最后由 东方军霞医生 于 2023-1-17 11:39 编辑<br /><br />' + QUOTE(false) + ANSWER, '石门市第一人民医院 男科<br />专家门诊：每周二下午', row);
    const entry = read(thread(plainColumn, doctor, row))!;
    expect(entry.answer_paragraphs).toEqual(ANSWER_LINES);
    expect(entry.doctor).toMatchObject({ name: '东方军霞', title: null, department: '男科', hospital: '石门市第一人民医院' });
    expect(entry.date).toBe('2023-01-15');
  });

  it('a member’s floor signed so, its column marking no doctor, is no answer', () => {
    const row = '<a>回复</a> <a>引用</a> <a>评分</a> <a>举报</a>';
    const member = floor(plainColumn('东方军霞', '资深病友'), '地板', '2023-1-15 09:03', ANSWER, '石门市第一人民医院 男科<br />专家门诊：每周二下午', row);
    let entry;
    try {
      entry = read(thread(plainColumn, member, row));
    } catch {
      entry = undefined;
    }
    expect(entry?.answer_paragraphs ?? []).not.toContain(ANSWER_LINES[0]);
  });
});
