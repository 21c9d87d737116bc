import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A Discuz!-built board whose poster columns print `用户组：…` (a labelled line of the column) and mark the board's verified staff by
 * their group (`用户组：认证医护`, a pharmacist or doctor with a `医院 / 科室 / 职称` profile): the staff member's first floor is the
 * answer, the asker's follow-up and the staff's later reply none of it. The signature the board prints under a floor's text box,
 * in a box of its own (`有疑问可以留言，我看到会回复`), is none of the answer; a closing line inside the text's box is. What the
 * blind split fresh-108 taught.
 */
const floor = (nick: string, side: string, name: string, day: string, text: string, sign = '') =>
  `<table class="plhin"><tr><td class="pls"><div class="pi"><a class="xw1" href="home.php?mod=space&amp;uid=7">${nick}</a></div>${side}</td>` +
  `<td class="plc"><div class="pi"><strong><a class="floor">${name}</a></strong><div class="authi"><em>发表于 ${day}</em> | <a href="javascript:;">只看该作者</a></div></div>` +
  `<div class="t_fsz"><div class="t_f">${text}</div></div>${sign ? `<div class="sign">${sign}</div>` : ''}` +
  `<div class="po"><a href="javascript:;">回复</a> <a href="javascript:;">举报</a></div></td></tr></table>`;
const member = (group: string) => `<p>用户组：${group}</p>`;
const staff = (group: string) => `<dl class="pil"><dt>医院</dt><dd>江城市中心医院</dd><dt>科室</dt><dd>药剂科</dd><dt>职称</dt><dd>主管药师</dd></dl><p>用户组：${group}</p>`;
const FIRST = ['布洛芬和对乙酰氨基酚一般不建议同时吃，两者都是退烧药。', '可以间隔4到6小时交替使用，一天不要超过4次。'];
const SECOND = ['体温不到38.5度可以先物理降温，多喝水。'];
const page = (group: string, sign: string, closing = '') =>
  `<html><head><meta charset="utf-8"><title>退烧药可以一起吃吗 - 健康讨论 - 某某论坛</title></head><body>` +
  `<div id="postlist"><h1 class="ts"><span id="thread_subject">退烧药可以一起吃吗</span></h1>` +
  floor('mama_88', member('新手上路'), '楼主', '2022-8-1 09:12', '退烧药可以一起吃吗<br>孩子发烧两天了，很着急。') +
  floor('jb_boy12', member('中级会员'), '沙发', '2022-8-1 10:30', '等专业的来回答。', '快乐每一天') +
  floor('林佩仪', staff(group), '板凳', '2022-8-1 15:45', `${FIRST.map((p) => `<p>${p}</p>`).join('')}${closing}`, sign) +
  floor('mama_88', member('新手上路'), '4#', '2022-8-2 08:05', '<strong>回复 3# 林佩仪</strong><br>那体温多少度需要吃药？') +
  floor('林佩仪', staff(group), '5#', '2022-8-2 20:10', `${SECOND.map((p) => `<p>${p}</p>`).join('')}`, sign) +
  `</div><div id="ft"><p><a href="forum.php?mobile=yes">手机版</a></p></div></body></html>`;
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://bbs.example-forum.my/forum.php?mod=viewthread&tid=900' }))).find((e) => e.origin === 'page');

describe('a board’s verified staff marked by their user group, and a signature in its own box', () => {
  it('the staff member’s first floor answers: the follow-up and the later reply none of it', () => {
    const entry = read(page('认证医护', ''))!;
    expect(entry.answer_paragraphs).toEqual(FIRST);
    expect(entry.doctor).toMatchObject({ name: '林佩仪', title: '主管药师', department: '药剂科', hospital: '江城市中心医院' });
    expect(entry.date).toBe('2022-08-01');
  });

  it('the signature under the text’s box is none of the answer', () => {
    const entry = read(page('认证医护', '有疑问可以留言，我看到会回复'))!;
    expect(entry.answer_paragraphs).toEqual(FIRST);
  });

  it('a closing line inside the text’s box is the answer’s', () => {
    const entry = read(page('认证医护', '', '<p>祝孩子早日康复</p>'))!;
    expect(entry.answer_paragraphs).toEqual([...FIRST, '祝孩子早日康复']);
  });
});
