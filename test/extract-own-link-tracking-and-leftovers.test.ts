import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/** Readings two reviewers left wrong in the reader before and after the ninety-fourth stop (h/leftB). */

const pageOf = (html: string, url = 'saved-page.html') => {
  const own = entriesOf(extractOrThrow(pageRecord(html, { url }))).find((e) => e.origin === 'page');
  if (!own) throw new Error('no page entry');
  return own;
};
const doc = (title: string, body: string) => `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const ps = (...xs: string[]) => xs.map((p) => `<p>${p}</p>`).join('');
const A: [string, string, string] = ['膝盖疼痛常见的原因有以下几种：', '一、与关节退变有关，平时要避免久站久蹲，注意保暖。', '二、运动损伤也会引起疼痛，建议及时到医院骨科就诊。'];

describe('an e-paper’s list of the printed page’s articles naming the page itself', () => {
  const epaper = (own: string) =>
    doc(
      '江州日报-名医信箱-老人膝盖疼怎么办',
      `<table><tr><td>2022年1月14日 星期五</td></tr><tr><td>第A16版：健康周刊</td></tr></table><h1>老人膝盖疼怎么办</h1><div><p>问：老人上下楼膝盖疼，老人膝盖疼怎么办？（读者 周女士）</p><p>答：${A[0]}</p>${ps(A[1], A[2])}<p>（李明　江州市人民医院骨科主任医师）</p></div><table><tr><td>本版其他文章</td></tr><tr><td><a href="${own}">老人膝盖疼怎么办</a></td></tr><tr><td><a href="content_12.htm">腰疼怎么办？</a></td></tr><tr><td><a href="content_13.htm">颈椎病要手术吗？</a></td></tr></table>`,
    );
  const url = 'http://epaper.example/html/2022-01/14/content_11.htm';

  it('drops its own link when the link differs from the page’s address only by a tracking parameter (from, utm_*, spm, share)', () => {
    for (const own of ['content_11.htm?from=list', 'content_11.htm?utm_source=epaper&amp;utm_medium=web', 'content_11.htm?spm=a1.b2', 'content_11.htm?share_from=wx']) {
      expect(pageOf(epaper(own), url).related_urls).toEqual(['http://epaper.example/html/2022-01/14/content_12.htm', 'http://epaper.example/html/2022-01/14/content_13.htm']);
    }
  });

  it('keeps a link whose query names another article (`Content?id=`)', () => {
    const related = pageOf(epaper('Content?id=12&amp;from=list'), 'http://epaper.example/Content?id=11').related_urls;
    expect(related[0]).toBe('http://epaper.example/Content?id=12&from=list');
  });
});

describe('Cantonese questions (點算, 食咩好, 係咪, 得唔得, 點解, 有冇)', () => {
  const CA = ['膝頭痛常見嘅原因有以下幾種：', '一、同關節退化有關，平時要避免久企久蹲，注意保暖。', '二、運動受傷都會引起膝頭痛，建議及時去醫院骨科睇醫生。'];
  const titles = ['腰痛點算', '點解成日頭暈', '糖尿病食咩好', '飲咖啡係咪會骨質疏鬆', '懷孕做運動得唔得', '濕疹有冇得斷尋'];
  const page = doc(
    '老人膝頭痛點算？_健康問答',
    `<div class="q"><h1>老人膝頭痛點算？</h1><p>病情描述：老人家上落樓梯膝頭痛。</p></div><div class="ans"><div class="card"><b>李明</b> 骨科專科醫生 <span>江州醫院</span></div><div class="txt">${ps(...CA)}</div></div><div><h3>相關問答</h3><ul>${titles.map((t, i) => `<li><a href="/ask/${201 + i}.html">${t}</a></li>`).join('')}</ul></div>`,
  );

  it('ask, so a 相關問答 list of such titles is the page’s related links', () => {
    expect(pageOf(page, 'https://www.x.example/ask/100.html').related_urls).toEqual(titles.map((_, i) => `https://www.x.example/ask/${201 + i}.html`));
  });

  it('ask in their other words too (點樣 near the end, 邊個, 乜嘢, 幾耐), where Mandarin’s 重點樣本, 要点解读 ask nothing', async () => {
    const { asksQuestion } = await import('../src/core/genre-vocabulary.js');
    for (const t of ['膝頭痛點樣醫', '睇邊個醫生好', '食乜嘢補鈣', '感冒幾耐會好']) expect(asksQuestion(t)).toBe(true);
    for (const t of ['重点样本分析', '重點解讀新指引', '要点解读', '那边个别患者有过敏']) expect(asksQuestion(t)).toBe(false);
  });
});

describe('a board’s reply opening with a note that the question was passed on to a doctor', () => {
  const RA: [string, string] = ['经前乳房胀痛多数与激素变化有关，一般月经来后会自行缓解。', '如果摸到固定的肿块，建议到乳腺外科做彩超检查。'];
  const board = (reply: string) =>
    doc('咨询详情 - 江州市人民医院', `<table><tr><th>标题：</th><td>经前乳房胀痛要吃药吗</td></tr><tr><th>咨询内容：</th><td>最近一段时间一直这样，不知道是什么原因。</td></tr><tr><th>回复时间：</th><td>2023-05-06</td></tr><tr><th>回复内容：</th><td>${reply}</td></tr></table>`);

  it('is none of the answer, whoever passed it on (a greeting, 导医台, 客服)', () => {
    for (const note of ['您好，您的问题已转交乳腺外科王芳医生，回复如下：', '您好，这里是导医台，您的问题已转给乳腺外科医生，回复如下：', '您好，客服已将您的咨询转交乳腺外科专家，专家回复如下：', '您好，您的來信已轉請乳房外科醫師回覆，說明如下：']) {
      expect(pageOf(board(ps(note, ...RA))).answer_paragraphs).toEqual(RA);
    }
  });

  it('is no doctor’s card: its 您好 no name, its 医师 no title of a doctor read', () => {
    const own = pageOf(board(ps('您好，您的来信已转请乳房外科医师回复，说明如下：', ...RA)));
    expect(own.doctor.name).toBeNull();
  });

  it('a doctor’s own 您好 opening the reply stays its first paragraph', () => {
    expect(pageOf(board(ps(`您好，${RA[0]}`, RA[1]))).answer_paragraphs).toEqual([`您好，${RA[0]}`, RA[1]]);
  });
});

describe('an answer opening `解答：` over prose with no full stop that names a doctor', () => {
  const page = (first: string, rest: readonly string[] = []) =>
    doc('老人膝盖疼怎么办_健康问答_某某健康网', `<div class="q"><h1>老人膝盖疼怎么办？</h1><p>病情描述：老人上下楼膝盖疼。</p><span>2023-05-06 10:12</span></div><div class="ans"><p>${first}</p>${ps(...rest)}</div>`);

  it('is the answer’s first line, not a card: the page keeps its answer', () => {
    const own = pageOf(page('解答：建议到江州市人民医院骨科找李明主任医师复查一下，拍个片子看看'));
    expect(own.answer_paragraphs).toEqual(['建议到江州市人民医院骨科找李明主任医师复查一下，拍个片子看看']);
  });

  it('names no doctor `李明表示` from its prose', () => {
    const own = pageOf(page('解答：江州市人民医院骨科主任医师李明表示，膝盖疼多与退变有关', [A[1], A[2]]));
    expect(own.answer_paragraphs[0]).toBe('江州市人民医院骨科主任医师李明表示，膝盖疼多与退变有关');
    expect(own.doctor.name).not.toBe('李明表示');
  });

  it('a `解答：` line of the card alone still signs the answer', () => {
    const own = pageOf(page('解答：江州市人民医院骨科主任医师 李明', A));
    expect(own.doctor.name).toBe('李明');
    expect(own.answer_paragraphs).toEqual(A);
  });
});

describe('a header bar’s day with its weekday right above the question', () => {
  const page = (bar: string, below = '') =>
    doc('老人膝盖疼怎么办_快速问医生_某某健康网', `<div class="top">${bar}</div><div class="q"><h1>老人膝盖疼怎么办？</h1><p>病情描述：老人上下楼膝盖疼。</p></div><div class="ans"><div class="card"><b>李明</b> 主任医师 <span>江州市人民医院</span> <span>骨科</span></div><div class="txt">${ps(...A)}</div></div>${below}`);

  it('is doubted where nothing near the answer dates it (the day the page was served as often)', () => {
    for (const bar of ['2023年5月6日 星期六', '星期六 2023-05-06']) expect(pageOf(page(bar)).flags).toContain('unsure_reading');
  });

  it('is no doubt under a daily column’s issue number (每日一问 第123期): the issue’s day', () => {
    const own = pageOf(page('2023年5月6日 星期六').replace('<div class="top">', '<div><h2>每日一问</h2><span>第123期</span></div><div class="top">'));
    expect(own.date).toBe('2023-05-06');
    expect(own.flags).not.toContain('unsure_reading');
  });

  it('is no doubt where the answer’s own day is printed', () => {
    const own = pageOf(page('2023年5月6日 星期六', '<p>回答时间：2023-04-02</p>'));
    expect(own.date).toBe('2023-04-02');
    expect(own.flags).not.toContain('unsure_reading');
  });
});
