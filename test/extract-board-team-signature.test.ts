import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A patients' board prints each member's signature after their post; the expert team's is a motto signed by the group after a
 * dash (`控糖路上，与您同行——某某专家团`). It is none of the answer. A dash inside one of the doctor's sentences names no group and
 * stays. What the blind split fresh-80 taught.
 */

const QUESTION = '老人得了痔疮能治好吗';
const ANSWER = ['可以先观察，肛门疼痛如果伴有大便出血或者持续加重，要及时就诊查明原因。', '平时多喝水，多吃蔬菜水果，保持大便通畅。'];
const floor = (who: string, group: string, profile: string, html: string, n: string) =>
  `<table class="post"><tr><td class="side"><div class="who"><a href="/space/1">${who}</a></div><p>用户组：${group}</p><dl>${profile}<dt>积分</dt><dd>908</dd></dl></td>` +
  `<td class="main"><div class="pi"><strong>${n}</strong> <em>发表于 2022-1-28 15:30</em></div><div class="text">${html}</div></td></tr></table>`;
const page = (answerHtml: string) => `<html><head><meta charset="utf-8"><title>${QUESTION} - 专家答疑 - 某某论坛</title></head><body>
<div class="crumbs"><a href="/">某某论坛</a> › <a href="/f/12">专家答疑</a> › 查看内容</div>
<h1><a href="/f/12?type=3">[专家答疑]</a> <span>${QUESTION}</span></h1>
${floor('胰岛素宝妈', '糖友', '', `${QUESTION}<br />\n最近一段时间一直这样，不知道是什么原因。`, '楼主')}
${floor('杨桂晓医生', '专家', '<dt>真实姓名</dt><dd>杨桂晓</dd><dt>职称</dt><dd>副主任医师</dd><dt>医院</dt><dd>南屏市第一人民医院</dd><dt>科室</dt><dd>肛肠科</dd>', answerHtml, '2#')}
</body></html>`;
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://bbs.example-board.cn/thread-112488-1-1.html' })))[0]!;

describe('a board’s team signature after the doctor’s post', () => {
  it('a motto signed by a group after a dash is none of the answer', () => {
    const own = read(page(`${ANSWER.join('<br />\n')}<div class="sign">控糖路上，与您同行——甜蜜家园专家团</div>`));
    expect(own.doctor.name).toBe('杨桂晓');
    expect(own.answer_paragraphs).toEqual(ANSWER);
  });

  it('a sentence of the answer with a dash in it, naming no group, stays', () => {
    const dashed = '饮食要清淡——少油少盐，多吃粗粮。';
    const own = read(page(`${ANSWER.join('<br />\n')}<br />\n${dashed}`));
    expect(own.answer_paragraphs).toEqual([...ANSWER, dashed]);
  });
});
