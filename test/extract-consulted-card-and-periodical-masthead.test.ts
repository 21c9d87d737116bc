import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A hospital's periodical (a newsletter's web view) carrying a Q&A: the line right above the question naming whom the reader
 * consulted (`咨询专家：{department} {name} {title}`) is the answering doctor's card, whatever doctor another section names; the
 * <title> names only the periodical and its issue, and the masthead prints the hospital before that name: the hospital.
 */

const URL = 'https://www.example-hospital.cn/news/letter/12.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = ['胸闷要先分清是心脏的问题还是其他原因：', '1.活动后胸闷加重的，要查心电图和心脏彩超。', '2.休息时也胸闷的，要注意有没有焦虑、睡眠不好等情况。'];
const page = (consulted: string) =>
  `<html><head><title>健康快讯 第12期</title></head><body><table width="600"><tr><td><img src="/logo.png" alt="滨江市中心医院"> <span>滨江市中心医院 健康快讯</span><br><span>第12期　2023年4月号</span></td></tr>` +
  `<tr><td><h3>专家答疑｜胸闷</h3><p>${consulted}</p><p><b>问：</b>经常胸闷是心脏有问题吗？</p><p><b>答：</b></p>${ANSWER.map((p) => `<p>${p}</p>`).join('\n')}</td></tr>` +
  `<tr><td><h3>门诊调整</h3><p>骨科 李明 主任医师 4/12 上午门诊停诊，请患者见谅。</p></td></tr>` +
  `<tr><td>滨江市中心医院　地址：滨江市解放路88号<br>如不想再收到本刊，请<a href="/unsub">退订</a>。</td></tr></table></body></html>`;

describe('a newsletter’s Q&A under a consulted doctor’s line', () => {
  it('reads the line above the question as the card, and the masthead’s hospital as the periodical’s', () => {
    const [own] = read(page('咨询专家：心内科 王建国 主任医师'));
    expect(own!.doctor).toMatchObject({ name: '王建国', title: '主任医师', department: '心内科', hospital: '滨江市中心医院' });
    expect(own!.answer_paragraphs).toEqual(ANSWER);
  });

  it('takes no such line that says more than a card', () => {
    const [own] = read(page('咨询专家：心内科王建国主任医师提醒，胸闷不要拖'));
    expect(own!.doctor.name).not.toBe('王建国');
  });
});
