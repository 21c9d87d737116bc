import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { parseCardParts } from '../src/extract/card/card-parts.js';
import { cardShapeDoubts } from '../src/extract/card/doctor-card.js';

/**
 * A supplement maker's 营养师问答 page: a nutritionist's card (`{name}` over `国家注册营养师` / `公共营养师（二级）`, no hospital),
 * the answer under `营养师回答`, and a customer-service widget after it (`在线客服` over its greeting).
 */

const html = (title: string, body: string) => `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const pageOf = (page: string) => entriesOf(extractOrThrow(pageRecord(page, { url: 'saved-page.html' }))).find((e) => e.origin === 'page');

const Q = '湿疹会引起皮肤瘙痒吗';
const A = ['湿疹的处理要根据病情轻重来决定：', '1.有湿疹病史的患者，需要在医生指导下使用保湿霜，症状加重时要及时复诊。', '2.单纯的皮肤瘙痒，不要长期自行服用保湿霜，多数在2到8天内逐渐缓解。'];
const qa = (o: { name?: string; title?: string; after?: string; answer?: string[] } = {}) =>
  html(
    `${Q}_营养师问答_某健康`,
    `<header><a href="/">首页</a> <a href="/qa">营养师问答</a></header><div class="q"><p>用户159****38 提问 <span>2020-12-10</span></p><h1>${Q}</h1><p>问题补充：去社区医院看过，吃了药也不见好。</p></div>` +
      `<div class="a"><div class="expert"><img src="/e.jpg"><div><p>${o.name ?? '蒋霞超'}</p><p>${o.title ?? '国家注册营养师'}</p><p>从业15年</p><p>擅长：慢病营养管理、体重管理</p></div></div>` +
      `<h4>营养师回答</h4><div class="content">${(o.answer ?? A).map((p) => `<p>${p}</p>`).join('\n')}</div><p class="time">2020-12-11</p></div>` +
      `${o.after ?? ''}<footer>某健康科技有限公司</footer>`,
  );

describe('a nutritionist’s title as printed (genre-vocabulary.ts, card-parts.ts)', () => {
  it('reads `国家注册营养师` whole: no 国家 for the name', () => {
    expect(pageOf(qa())!.doctor).toMatchObject({ name: '蒋霞超', title: '国家注册营养师', hospital: null });
  });

  it('reads `公共营养师（二级）` whole, its level no hospital’s grade', () => {
    expect(parseCardParts(['欧阳国伟', '公共营养师（二级）', '从业6年'])).toMatchObject({ name: '欧阳国伟', title: '公共营养师（二级）', hospital_grade: null });
    expect(pageOf(qa({ name: '欧阳国伟', title: '公共营养师（二级）' }))!.doctor).toMatchObject({ name: '欧阳国伟', title: '公共营养师（二级）', hospital_grade: null });
  });

  it('reads `公共营养师(二级)` in half-width brackets whole too, as printed, and doubts no card for it', () => {
    expect(parseCardParts(['欧阳国伟', '公共营养师(二级)', '从业6年'])).toMatchObject({ name: '欧阳国伟', title: '公共营养师(二级)', hospital_grade: null });
    expect(cardShapeDoubts({ name: '欧阳国伟', title: '公共营养师(二级)', department: null, hospital: null, hospital_grade: null })).toEqual([]);
    expect(pageOf(qa({ name: '欧阳国伟', title: '公共营养师(二级)' }))!.doctor).toMatchObject({ name: '欧阳国伟', title: '公共营养师(二级)', hospital_grade: null });
  });

  it('reads `国家二级公共营养师` whole: no 国家二级 for the name', () => {
    expect(parseCardParts(['国家二级公共营养师 李娜'])).toMatchObject({ name: '李娜', title: '国家二级公共营养师' });
    expect(pageOf(qa({ title: '国家二级公共营养师' }))!.doctor).toMatchObject({ name: '蒋霞超', title: '国家二级公共营养师', hospital_grade: null });
  });

  it('still reads a level in brackets after a hospital’s name as its grade', () => {
    expect(parseCardParts(['王芳 主任医师', '北岸市人民医院（二级）'])).toMatchObject({ hospital: '北岸市人民医院', hospital_grade: '二级' });
  });
});

describe('a grade with no hospital (answer-doctor.ts): never a grade', () => {
  it('leaves the grade null where the card prints a level beside no hospital', () => {
    expect(pageOf(qa({ name: '欧阳国伟', title: '营养师 三级' }))!.doctor).toMatchObject({ hospital: null, hospital_grade: null });
  });
});

describe('a customer-service widget after the answer (answer-zone.ts, furniture-lines.ts): none of the answer', () => {
  it('ends the answer at `在线客服` over its greeting', () => {
    const read = pageOf(qa({ after: '<div class="kefu"><p>在线客服</p><p>您好，我是营养顾问小汤，有什么可以帮您？</p></div>' }))!;
    expect(read.answer_paragraphs).toEqual(A);
  });

  it('keeps the doctor’s later turns where a consult record’s `在线客服` speaks between them', () => {
    const record = `<html><head><meta charset="utf-8"><title>宝宝咳嗽怎么办_问诊记录</title></head><body>
<h1>宝宝咳嗽怎么办</h1><div class="doc"><b>王明</b> 主治医师 东湖市儿童医院 儿科</div><div class="chat">
<p class="who">患者</p><p>宝宝咳嗽三天了怎么办？晚上咳得厉害。</p>
<p class="who">王明医生</p><p>宝宝咳嗽多与上呼吸道感染有关，精神好、不发烧可以先观察。</p>
<p class="who">在线客服</p><p>您好，医生正在为您解答，请耐心等待。</p>
<p class="who">王明医生</p><p>可以多喝温水，保持室内湿润，咳嗽加重或发热时及时就诊。</p>
</div><p class="time">2023-05-06</p></body></html>`;
    const read = pageOf(record)!;
    expect(read.answer_paragraphs).toEqual(['宝宝咳嗽多与上呼吸道感染有关，精神好、不发烧可以先观察。', '可以多喝温水，保持室内湿润，咳嗽加重或发热时及时就诊。']);
    expect(read.date).toBe('2023-05-06');
  });

  it('reads the doctor’s answer after a `在线客服` turn that hands the asker over to the doctor, not the asker’s words before it', () => {
    const page = html(
      `${Q}_报告解读_某体检`,
      `<div class="qbox"><h1>${Q}</h1><p class="ask">去社区医院看过，吃了药也不见好。</p><p class="time">提问时间：2020-12-10</p></div>` +
        '<div class="msg cs"><b>在线客服</b><p>您好，已为您转接主检医师，请稍候～</p><span>12-10 12:02</span></div>' +
        `<div class="msg doctor"><div class="card"><p><b>主检医师 周强</b>（主治医师）</p><p>某体检江州分院</p></div><b>解答：</b>${A.map((p) => `<p>${p}</p>`).join('')}<span>回复时间：2020/12/10 20:02</span></div>`,
    );
    const read = pageOf(page)!;
    expect(read.answer_paragraphs).toEqual(A);
    expect(read.doctor).toMatchObject({ name: '周强', title: '主治医师', hospital: '某体检江州分院' });
  });

  it('keeps an answer’s sentence that tells the reader to ask customer service', () => {
    const answer = [...A, '如需调整饮食方案，可以联系在线客服预约营养师一对一指导，平时注意规律作息。'];
    expect(pageOf(qa({ answer }))!.answer_paragraphs).toEqual(answer);
  });
});
