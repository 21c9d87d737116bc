import { describe, expect, it } from 'vitest';
import { isMemberByline } from '../src/extract/layouts/member-answer.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * Two more kinds of answerer beside the doctor's (the pharmacist's) answer, neither a doctor: on a cosmetic-medicine Q&A a
 * user who has had the treatment, the site's badge after the nickname (`橙子2096 已做过该项目`, `小鹿3666 过来人`); on a
 * pharmacy's Q&A a customer shown by the nickname the shop made up (`热心网友9934`, `康爱多会员5712`). Their replies are
 * none of the answer, before it or after it. What the blind split fresh-76 taught the genre reader.
 */

const URL = 'https://www.example-ask.cn/question/7731';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = ['玻尿酸注射后一周内避免按压和热敷，不要化浓妆。', '如有明显红肿疼痛，及时回到注射的医院复诊。'];
const doctor = `<div class="answer-item"><div class="author"><img src="/dr/a.jpg" class="avatar"><a href="/doctor/12" class="name">王明</a> <span class="title">主治医师</span> <i>认证医生</i><p>机构：东湖市人民医院</p><p>科室：整形外科</p></div><div class="content">${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div><div class="ft"><span>2023-05-06</span> <a>赞 12</a></div></div>`;
const user = (name: string, badge: string) =>
  `<div class="answer-item user"><div class="author"><img src="/user/b.jpg" class="avatar"><span class="name">${name}</span> <i class="badge">${badge}</i></div><div class="content"><p>术后一定要遵医嘱，别偷懒冰敷。</p></div><div class="ft"><span>2023-05-08</span> <a>赞 862</a></div></div>`;
const page = (answers: string) =>
  `<html><head><title>玻尿酸注射后肿了怎么办_问答</title></head><body><div class="q-hd"><h1>玻尿酸注射后肿了怎么办</h1><p>打完第二天还是肿，正常吗？</p></div><div class="answer-list"><h3>全部回答 3</h3>${answers}</div></body></html>`;

const SHOP_ANSWER = ['布洛芬缓释胶囊一次一粒，一天两次，饭后服用。', '连续服用不要超过三天，疼痛不缓解请到医院就诊。'];
const pharmacist = `<div class="ans-box"><div class="ph-card"><img src="/ph/a.jpg" class="av"><p><b class="name">李芳</b> <span class="title">执业药师</span></p><p class="unit">东湖大药房药师服务中心</p></div><div class="ans-txt">${SHOP_ANSWER.map((p) => `<p>${p}</p>`).join('')}</div><div class="ans-ft"><span>回答时间：2023-05-06 14:22:31</span></div></div>`;
const customer = (name: string) =>
  `<div class="answer-item user-answer"><p><b class="name">${name}</b></p><div class="ans-txt"><p>我之前也是这样，吃了两天药就好了。</p></div><div class="ans-ft"><span>2023-05-07 09:10:02</span></div></div>`;
const shopPage = (answers: string) =>
  `<html><head><title>牙疼吃布洛芬怎么吃_问药师</title></head><body><div class="ask-q"><h1>牙疼吃布洛芬怎么吃</h1><p>提问者：会员138****5621　提问时间：2023-05-05</p><p>牙疼两天了。</p></div><div class="answers"><h3>药师回答(1)</h3>${answers}</div></body></html>`;

describe('a treated user’s and a shop customer’s replies beside the answer', () => {
  it('their bylines are members’ bylines', () => {
    for (const line of ['橙子2096 已做过该项目', '小鹿3666 过来人', '热心网友9934', '康爱多会员5712', '会员138****5621']) expect(isMemberByline(line), line).toBe(true);
    for (const line of ['王明 主治医师 认证医生', '过来人的经验仅供参考。', '会员日']) expect(isMemberByline(line), line).toBe(false);
  });

  it('a treated user’s reply after the doctor’s answer is none of it', () => {
    const [own] = read(page(`${doctor}${user('橙子2096', '已做过该项目')}`));
    expect(own!.doctor.name).toBe('王明');
    expect(own!.answer_paragraphs).toEqual(ANSWER);
  });

  it('a customer’s reply after the pharmacist’s answer is none of it', () => {
    const [own] = read(shopPage(`${pharmacist}${customer('热心网友9934')}`));
    expect(own!.doctor.name).toBe('李芳');
    expect(own!.answer_paragraphs).toEqual(SHOP_ANSWER);
    expect(own!.date).toBe('2023-05-06');
  });
});
