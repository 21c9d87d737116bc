import { describe, expect, it } from 'vitest';
import { isStaffNote } from '../src/extract/words/answer-extras.js';
import { isDepartment } from '../src/extract/words/genre.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The answer as the box its answerer's label heads (`<div class="answer"><div>专家解答</div><p>…</p></div>`): another person's
 * reply set above or below that box, and a product shelf after it, are none of it. The bare 问 / 答 heads of a bilingual page
 * with their Tibetan beside them (`答 <i lang="bo">ལན།</i>`), a nurse's note under her name (`糖尿病教育护士 杨海燕补充：`), and
 * a hospital's 听力中心 on the card, read as such.
 */

const URL = 'https://www.example.org/wenda/1.html';
const read = (body: string, title = '耳鸣几天了怎么办_听力问答') =>
  entriesOf(extractOrThrow(pageRecord(`<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`, { url: URL })));
const unsure = (e: { flags: readonly string[] }) => e.flags.includes('unsure_reading');
const ANSWER = ['耳鸣可能是以下原因引起：', '一、长期熬夜、精神紧张，注意休息后多能缓解。', '二、如果伴有听力下降，建议到医院耳鼻喉科做纯音测听。'];
const CARD = '<aside><div>丁浩</div><div>副主任医师</div><div>青川市人民医院</div><div>听力中心</div></aside>';
const BOX = `<div class="answer"><div class="answer-head">专家解答</div>${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div>`;
const REPLY = '<div class="reply"><div class="who">门店验配师 胡建国（国家二级验配师）</div><p>您好，建议先到就近门店做一次免费的纯音测听，再根据结果选择合适的助听方案。</p></div>';
const SHELF = '<div class="products"><div>HE-R10 耳内式<span>到店体验</span></div><div>HE-B6 耳背式<span>到店体验</span></div></div>';
const item = (n: number, q: string) => `<a href="/wenda/${n}.html"><div>${q}</div><div>${q}要看具体情况，建议在医生指导下处理，必要时到医院就诊。</div></a>`;
const LIST = `<section><h3>相关问题</h3>${item(2, '耳鸣要做什么检查')}${item(3, '老人耳鸣吃什么药好')}</section>`;
const QUESTION = '<h1>耳鸣几天了怎么办</h1><div><span>回答时间：2020-05-27</span></div>';

describe('the box the answerer’s label heads', () => {
  it('holds the answer: another’s reply and a product shelf after the box are none of it', () => {
    const [page] = read(`${CARD}<main>${QUESTION}${BOX}${REPLY}${SHELF}${LIST}</main>`);
    expect(page!.answer_paragraphs).toEqual(ANSWER);
  });

  it('holds the answer: another’s reply above the box is none of it', () => {
    const [page] = read(`${CARD}<main>${QUESTION}${REPLY}${BOX}${SHELF}${LIST}</main>`);
    expect(page!.answer_paragraphs).toEqual(ANSWER);
  });

  it('a box holding the label and the answer’s opening only: the answer’s paragraphs loose after it are still its own', () => {
    const opening = `<div class="answer-top"><div class="answer-head">专家解答</div>${ANSWER.slice(0, 2).map((p) => `<p>${p}</p>`).join('')}</div>`;
    const [page] = read(`${CARD}<main>${QUESTION}${opening}<p>${ANSWER[2]}</p>${REPLY}${LIST}</main>`);
    expect(page!.answer_paragraphs).toEqual(ANSWER);
  });

  it('the answer running on in a box of its own after the labelled one, no one named over it, is still its own', () => {
    const opening = `<div class="a"><div class="lbl">答：</div><p>${ANSWER[1]}</p></div>`;
    const [page] = read(`${CARD}<main>${QUESTION}<div class="content">${opening}<div class="a2"><p>${ANSWER[2]}</p></div></div>${REPLY}${LIST}</main>`);
    expect(page!.answer_paragraphs).toEqual(ANSWER.slice(1));
  });

  it('the answer unlabelled above a labelled box, no one named over it, is not dropped as another’s', () => {
    const above = `<div class="best">${ANSWER.slice(1).map((p) => `<p>${p}</p>`).join('')}</div>`;
    const box = '<div class="item"><div class="lbl">医生回答</div><p>平时注意保护听力，避免长时间戴耳机。</p></div>';
    const [page] = read(`${CARD}<main>${QUESTION}${above}${box}${LIST}</main>`);
    expect(page!.answer_paragraphs.slice(0, 2)).toEqual(ANSWER.slice(1));
  });

  it('a label alone in its row over the answer heads no box: the answer reads on as before', () => {
    const [page] = read(`${CARD}<main>${QUESTION}<div><h3>专家解答</h3></div><div>${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div><div><p>平时注意保护听力，避免长时间戴耳机。</p></div>${LIST}</main>`);
    expect(page!.answer_paragraphs).toEqual([...ANSWER, '平时注意保护听力，避免长时间戴耳机。']);
  });

  it('in a list of doctors’ answers, another item’s label does not take the answer from the card’s own item', () => {
    const other = '<div class="item"><div>医生解答</div><div><p>赖丽 <span>主任医师</span></p><p>江州市第一人民医院</p><p>消化内科</p></div><div><p>这种情况比较常见，注意休息，清淡饮食，如果症状持续不缓解，及时就医。</p></div></div>';
    const own = `<div class="item"><div>医生回复</div><div><p>丁浩 <span>副主任医师</span></p><p>青川市人民医院</p><p>耳鼻喉科</p></div><div>${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div></div>`;
    const [page] = read(`${QUESTION}<div>2位医生回答</div>${own}${other}${LIST}`);
    expect(page!.answer_paragraphs).toEqual(ANSWER);
    expect(page!.doctor.name).toBe('丁浩');
  });

  it('under the asker’s stamp and words, the box’s answer stays the answer past a later label in the box', () => {
    const body =
      '<div><h1>耳鸣几天了怎么办</h1><p>网友「sunnyday」 · 6天前</p><p>有没有什么好的办法缓解？</p></div><div><i>广告</i> 华人搬家 同城$90起 0433 644 141</div>' +
      `<div class="answer"><h3>医生回答</h3><div>${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div><span>19小时前</span><div><b>回答医生</b><div><img src="/d.jpg" alt=""><div><p>周嘉怡</p><p>牙医 Dentist · BDS</p><p>宝活微笑牙科</p><p>Suite 3, 42 Burwood Rd, Burwood NSW 2134</p><span>Bulk Billing 免费看诊</span> <a href="tel:0282364260">预约 (02) 8236 4260</a></div></div></div></div>` +
      '<div><h4>网友评论（2）</h4><div><b>枫叶妈妈</b> · <span>10/06/2022</span><p>mark一下，专业回复</p></div><div><b>湾区码农</b> · <span>16/06/2022</span><p>mark一下，专业回复</p></div></div>';
    const [page] = read(body);
    // (The lines under 回答医生 that no card is read from stay after it, as before: the label's box holds them.)
    expect(page!.answer_paragraphs.slice(0, ANSWER.length)).toEqual(ANSWER);
  });

  it('a hospital’s 听力中心 is the card’s department', () => {
    for (const t of ['听力中心', '内镜中心']) expect(isDepartment(t), t).toBe(true);
    const [page] = read(`${CARD}<main>${QUESTION}${BOX}${LIST}</main>`);
    expect(page!.doctor).toMatchObject({ name: '丁浩', title: '副主任医师', hospital: '青川市人民医院', department: '听力中心' });
  });
});

describe('bare 问 / 答 heads with their Tibetan beside them', () => {
  it('the asker’s words under 问 are none of the answer, which starts under 答; unflagged', () => {
    const body =
      '<h1>慢性咽炎多久能好？</h1><div class="info">发布时间：2022-03-29</div>' +
      '<div class="wen"><span class="tag">问 <i lang="bo">དྲི་བ།</i></span><p>慢性咽炎多久能好？平时工作比较忙，作息不太规律。</p></div>' +
      `<div class="da"><span class="tag">答 <i lang="bo">ལན།</i></span>${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div>` +
      '<div class="ysxx"><p>解答医师：<b>王清玉</b>（主治医师）　江州市人民医院耳鼻喉科</p></div>' +
      `<div><h3>相关问答 <span lang="bo">འབྲེལ་ཡོད་དྲི་ལན།</span></h3><ul><li>${item(2, '咽炎吃什么药好')}</li><li>${item(3, '咽喉痛挂什么科')}</li></ul></div>`;
    const [page] = read(body, '慢性咽炎多久能好？_问答');
    expect(page!.answer_paragraphs).toEqual(ANSWER);
    expect(unsure(page!)).toBe(false);
  });
});

describe('a Latin term marked with a language of its own at a paragraph’s end', () => {
  it('is the sentence’s word, no translation (a word processor’s lang="X-NONE" run)', () => {
    const last = '<p><span>如果伴有听力下降，建议到医院耳鼻喉科做纯音测听和</span><span lang="X-NONE">ABR</span></p>';
    const [page] = read(`${CARD}<main>${QUESTION}<div>${ANSWER.slice(0, 2).map((p) => `<p>${p}</p>`).join('')}${last}</div>${LIST}</main>`);
    expect(page!.answer_paragraphs).toEqual([...ANSWER.slice(0, 2), '如果伴有听力下降，建议到医院耳鼻喉科做纯音测听和ABR']);
  });
});

describe('a staff member’s note under her name', () => {
  it('is another’s note: it ends the answer', () => {
    expect(isStaffNote('糖尿病教育护士 杨海燕补充：')).toBe(true);
    expect(isStaffNote('护士杨海燕补充：注射胰岛素后请按时进餐。')).toBe(true);
    // Words that are no name between the role and 补充 are no such note's head.
    expect(isStaffNote('护士这里补充：')).toBe(false);
    const note = '<div class="note"><span>糖尿病教育护士 杨海燕补充：</span><span>注射胰岛素后请按时进餐，外出随身携带糖果，以防低血糖。</span></div>';
    const [page] = read(`${CARD}<main>${QUESTION}<div>${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div>${note}${LIST}</main>`);
    expect(page!.answer_paragraphs).toEqual(ANSWER);
  });

  it('is another’s where the answering person is a nurse named otherwise; a nurse’s own signed note is hers', () => {
    expect(isStaffNote('糖尿病教育护士 杨海燕补充：', '主管护师', '王清玉')).toBe(true);
    expect(isStaffNote('糖尿病教育护士 杨海燕补充：', '主管护师', '杨海燕')).toBe(false);
    const nurse = '<aside><div>王清玉</div><div>主管护师</div><div>青川市人民医院</div><div>内分泌科</div></aside>';
    const note = '<div class="note"><span>糖尿病教育护士 杨海燕补充：</span><span>注射胰岛素后请按时进餐，外出随身携带糖果，以防低血糖。</span></div>';
    const [page] = read(`${nurse}<main>${QUESTION}<div>${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div>${note}${LIST}</main>`);
    expect(page!.answer_paragraphs).toEqual(ANSWER);
  });

  it('a note put warmly (营养师温馨提醒：) names no one: the answering dietitian’s own words stay in her answer', () => {
    expect(isStaffNote('营养师温馨提醒：浓茶会影响铁吸收。', '注册营养师', '李丽')).toBe(false);
    expect(isStaffNote('药师温馨提醒：铁剂不要与牛奶同服。', '主管药师', '李丽')).toBe(false);
    // Nor the words run on to the role before 提醒 (常, 金 open surnames): how the note is put, judged by the role.
    expect(isStaffNote('药师常规提醒：铁剂不要与牛奶同服。', '主管药师', '李丽')).toBe(false);
    expect(isStaffNote('护士金牌提醒：按时产检。', '主管护师', '李丽')).toBe(false);
    expect(isStaffNote('护士 杨海燕提醒：按时产检。', '主管护师', '李丽')).toBe(true);
    const dietitian = '<aside><div>李丽</div><div>注册营养师</div><div>青川市人民医院</div><div>临床营养科</div></aside>';
    const own = '<p>营养师温馨提醒：浓茶和咖啡会影响铁吸收，饭后一小时内不要喝。</p>';
    const [page] = read(`${dietitian}<main>${QUESTION}<div>${ANSWER.map((p) => `<p>${p}</p>`).join('')}${own}</div>${LIST}</main>`);
    expect(page!.answer_paragraphs).toEqual([...ANSWER, '营养师温馨提醒：浓茶和咖啡会影响铁吸收，饭后一小时内不要喝。']);
  });
});
