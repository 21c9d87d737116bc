import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on consults where the doctor first asks back, relative stamps with a verb, an English interface's labels, shared cards and side-column cards.
 * Issue #9: what the blind split fresh-18 taught the genre reader, each rule on a small page of its own.
 */

describe('what fresh-18 taught the reader: consults with clarifying questions, relative stamps with a verb, English labels, shared cards, side columns', () => {
  const html = (body: string, title = '胃胀怎么办_某站', lang = 'zh-CN') => `<html lang="${lang}"><head><title>${title}</title></head><body>${body}</body></html>`;
  const read = (body: string, title?: string, lang?: string) => entriesOf(extractOrThrow(pageRecord(html(body, title, lang), { url: 'https://www.example-wenda.cn/q/1.html' })));
  const card = '<div>王清玉 副主任医师 江州市人民医院 三甲 消化内科</div>';
  const answer = '<p>胃胀多与饮食有关，少吃产气食物。</p><p>饭后适当散步，帮助胃肠蠕动。</p>';
  const paragraphs = ['胃胀多与饮食有关，少吃产气食物。', '饭后适当散步，帮助胃肠蠕动。'];
  const snippet = (q: string) => `${q.replace(/[？?]$/u, '')}多与饮食习惯有关，注意休息，必要时就医。`;
  const item = (n: number, q: string, extra = '') => `<li><a href="/q/${n}.html">${q}</a><p>${snippet(q)}</p>${extra}</li>`;
  const related = `<div><h3>相关问题</h3><ul>${item(2, '饭后胃胀是什么原因')}${item(3, '胃胀气吃什么药')}</ul></div>`;

  it("a consult whose doctor first asks the patient: the doctor's turns are the answer, the patient's replies none of it, the date the doctor's first turn's day", () => {
    // Turn heads with their verb (医生询问, 患者追答, 王清玉医生的回答) and the time glued on without a space.
    const turn = (who: string, when: string, text: string) => `<li><div><b>${who}</b><time>${when}</time></div><div><p>${text}</p></div></li>`;
    const body =
      `<h1>胃胀怎么办</h1><div>男 | 45岁 | 提问时间：2021-08-23 09:10</div>${card}<ul>` +
      turn('医生询问', '2021-08-24 10:02', '之前做过胃镜检查吗？') +
      turn('患者追答', '2021-08-24 10:15', '还没去医院检查过。') +
      `<li><div><b>王清玉医生的回答</b><time>2021-08-25 08:30</time></div><div>${answer}</div></li></ul>${related}`;
    const [page] = read(body);
    expect([page!.answer_paragraphs, page!.date]).toEqual([['之前做过胃镜检查吗？', ...paragraphs], '2021-08-24']);
  });

  it('a relative stamp with the word that says what it dates (昨天 18:12 回答 语音解答) is meta: no answer line, no date, its format word the format', () => {
    for (const stamp of ['昨天 18:12 回答 语音解答', '刚刚 回答 语音回答', '3小时前 · 医生回复 语音回答']) {
      const [page] = read(`<h1>胃胀怎么办</h1>${card}<div><span data-ts="1629772800">${stamp.split(' 回答')[0]!.split(' · ')[0]}</span>${stamp.slice(stamp.split(' 回答')[0]!.split(' · ')[0]!.length)}</div><div>${answer}</div>${related}`);
      expect([page!.answer_paragraphs, page!.date, page!.format]).toEqual([paragraphs, null, 'voice']);
    }
    // So too after a date, the answerer's word between (`2021-08-24 16:52 · 医生回复 语音回答`): the date, the format.
    const [dated] = read(`<h1>胃胀怎么办</h1>${card}<div>2021-08-24 16:52 · 医生回复 语音回答</div><div>${answer}</div>${related}`);
    expect([dated!.answer_paragraphs, dated!.date, dated!.format]).toEqual([paragraphs, '2021-08-24', 'voice']);
  });

  it("an English interface's labels are the genre's labels: Answer date, the format, the vote prompt, the disclaimer, related heads and Read more", () => {
    const items = ['饭后胃胀是什么原因', '胃胀气吃什么药'].map((q, i) => item(i + 2, q, `<span>Oct 14, 2022</span> <a href="/q/${i + 2}.html">Read more »</a>`)).join('');
    for (const head of ['Similar questions', 'People also ask']) {
      const body =
        `<h1>胃胀怎么办</h1><p><b>Doctor:</b> 王清玉</p><p><b>Title:</b> 副主任医师</p><p><b>Hospital:</b> 江州市人民医院</p><div>Answer date: 2021-08-24 · Text &amp; image</div>` +
        `<div lang="zh-CN">${answer}</div><div>Was this answer helpful? <button>Yes (12)</button> <button>No</button></div>` +
        `<p>This answer is for health education only. Please see a doctor if you feel unwell.</p><div><h3>${head}</h3><ul>${items}</ul></div>`;
      const [page, ...rel] = read(body, '胃胀怎么办 - AskDoctor', 'en');
      expect([page!.answer_paragraphs, page!.date, page!.format]).toEqual([paragraphs, '2021-08-24', 'text']);
      expect(rel.map((e) => [e.question, e.date, e.flags.includes('unsure_reading')])).toEqual([
        ['饭后胃胀是什么原因', '2022-10-14', false],
        ['胃胀气吃什么药', '2022-10-14', false],
      ]);
    }
  });

  it("a shared card: the question under its 问 badge (no heading, the title the doctor's answer), its code block's prompts none of the answer", () => {
    const badge = (c: string) => `<span style="display:inline-block;width:20px">${c}</span>`;
    const body =
      `<div>健康达人 邀请你查看医生的专业回答</div><section><div>江州市人民医院 在线问诊</div><div>${badge('问')}<p>胃胀怎么办</p></div>` +
      `<div>${badge('答')}${answer}</div><div>王清玉 副主任医师 消化内科</div><div>江州市人民医院（三甲）</div><div>回答于 2021-08-24</div>` +
      `<div><img src="/qrcode/1.png" alt="二维码"><div><p>长按识别小程序码</p><p>在线问诊 足不出户</p></div></div><p>来自「江州市人民医院」小程序</p></section>` +
      `<p>长按图片保存到相册，分享给好友</p>${related}`;
    const [page, ...items] = read(body, '王清玉医生的回答');
    expect([page!.question, page!.answer_paragraphs, page!.date, page!.doctor.name, items.length]).toEqual(['胃胀怎么办', paragraphs, '2021-08-24', '王清玉', 2]);
  });

  it("a side column's doctor card before the question (same hospital, with a grade) lends the page's card no grade", () => {
    const doctor = (n: number, name: string, title: string, hospital: string, department: string) =>
      `<dl><dt><a href="/doctor/${n}.html">${name}</a> ${title}</dt><dd>${hospital}</dd><dd>${department}</dd> <a href="/doctor/${n}.html#ask">向TA提问</a></dl>`;
    const side = `<aside style="width:280px">${doctor(7, '李明', '主任医师', '江州市人民医院（三甲）', '消化内科')}${doctor(8, '张华', '医师', '江州市中心医院（三甲）', '儿科')}</aside>`;
    const body =
      `<div style="display:flex;flex-direction:row-reverse">${side}<div style="flex:1"><h1>胃胀怎么办</h1>${doctor(9, '王清玉', '副主任医师', '江州市人民医院', '消化内科')}` +
      `<div>2021-08-24 回答</div><div>${answer}</div></div></div>${related}`;
    const [page] = read(body);
    expect([page!.doctor.name, page!.doctor.hospital, page!.doctor.hospital_grade]).toEqual(['王清玉', '江州市人民医院', null]);
  });
});
