import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on a health quiz, a doctors' community thread, text drawn twice and watermarks, and a magazine's letters column.
 * What the blind split fresh-43 taught the genre reader, each rule on a small page of its own, in markup unlike the split's.
 */

const URL = 'https://www.example-jiankang.cn/wenda/88.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const pageOf = (title: string, body: string) => `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const ANSWER = ['胃胀多与饮食不规律有关，先少食多餐。', '持续两周以上，请到消化内科做胃镜。'];
const items = (label: string) =>
  `<section><h4>${label}</h4><ol>` +
  ['饭后胃胀怎么缓解', '胃胀打嗝是什么原因', '胃胀能吃香蕉吗']
    .map((q, n) => `<li><a href="/wenda/${90 + n}.html">${q}</a><div>解析：胃胀时饮食宜清淡，少吃产气的食物，细嚼慢咽。</div></li>`)
    .join('') +
  '</ol></section>';

describe('a health quiz: the expert’s explanation of the right option', () => {
  const quiz = (stem: string) =>
    pageOf(
      '胃胀怎么办 - 每日一题',
      `<div class="stem">${stem}</div><ol type="A"><li>多喝浓茶</li><li>少食多餐，规律饮食</li></ol><p>正确答案：B</p>` +
        `<table><tr><td>林晓</td><td>主治医师</td><td>消化内科</td><td>滨海市中心医院</td></tr></table>` +
        `<div class="explain"><p>解析：${ANSWER[0]}</p><p>${ANSWER[1]}</p></div><p>出题时间：2023-02-01</p>${items('往期题目')}`,
    );

  it('reads the answer without its 解析： label, and the 往期题目 list’s items without theirs', () => {
    const [own, ...rest] = read(quiz('单选题：胃胀怎么办'));
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(rest.map((i) => i.question)).toEqual(['饭后胃胀怎么缓解', '胃胀打嗝是什么原因', '胃胀能吃香蕉吗']);
    expect(rest.every((i) => i.answer_paragraphs[0] === '胃胀时饮食宜清淡，少吃产气的食物，细嚼慢咽。')).toBe(true);
  });

  it('takes a stem filed under the question’s type (单选题：…) for the question the <title> names, sure of it', () => {
    const [own] = read(quiz('单选题：胃胀怎么办'));
    expect(own!.question).toBe('胃胀怎么办');
    expect(own!.flags).not.toContain('unsure_reading');
  });
});

describe('a doctors’ community thread: the invited expert’s reply among the asking doctor’s post and the thanks', () => {
  const post = (floor: string, name: string, title: string, where: string, mark: string, day: string, paragraphs: string[]) =>
    `<article><aside><strong>${name}</strong> <em>${title}</em><br>${where}</aside><header>${floor}${mark ? ` <i>${mark}</i>` : ''}</header>` +
    `<time>${day}</time>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>`;
  const html = (mark: string) =>
    pageOf(
      '求助：胃胀怎么办_病例讨论_医生圈',
      `<h2>求助：胃胀怎么办</h2>` +
        post('1楼', '陈思', '住院医师', '全科 东城社区卫生服务中心', '', '2023-01-30', ['患者女，45岁，胃胀两周，有没有好的办法？']) +
        post('2楼', '林晓', '主任医师', '消化内科 滨海市中心医院', mark, '2023-02-01', ANSWER) +
        post('3楼', '周宁', '医师', '内科 南岭县人民医院', '', '2023-02-02', ['学习了，感谢老师！']),
    );

  it('is the page’s answer, with its card and day (特邀专家回复, or 专家解答 beside the floor’s number); the thread’s 求助： tag none of the question', () => {
    for (const mark of ['特邀专家回复', '专家解答']) {
      const [own] = read(html(mark));
      expect(own!.question).toBe('胃胀怎么办');
      expect(own!.doctor).toMatchObject({ name: '林晓', title: '主任医师', department: '消化内科', hospital: '滨海市中心医院' });
      expect(own!.answer_paragraphs).toEqual(ANSWER);
      expect(own!.date).toBe('2023-02-01');
      expect(own!.flags).not.toContain('unsure_reading');
    }
  });
});

describe('a text drawn twice for an effect, and a watermark over the page', () => {
  const card = '<p>林晓 主治医师 消化内科 滨海市中心医院</p><p>回答时间：2023-02-01</p>';

  it('reads a heading and a name drawn with a shadow copy (aria-hidden, or positioned by a class) once', () => {
    const q = '饭后胃胀两周了吃什么药好';
    const shadowed = (copy: (text: string) => string) =>
      pageOf(
        `${q}_问医网`,
        `<style>.echo{position:absolute;left:2px;top:2px;color:#ccc}</style><h1><span style="position:relative"><b>${q}</b>${copy(q)}</span></h1>` +
          `<p><span style="position:relative"><b>林晓</b>${copy('林晓')}</span> 主治医师 消化内科 滨海市中心医院</p><p>回答时间：2023-02-01</p>` +
          ANSWER.map((p) => `<p>${p}</p>`).join(''),
      );
    for (const copy of [(t: string) => `<b aria-hidden="true">${t}</b>`, (t: string) => `<b class="echo">${t}</b>`]) {
      const [own] = read(shadowed(copy));
      expect(own!.question).toBe(q);
      expect(own!.doctor.name).toBe('林晓');
      expect(own!.flags).not.toContain('unsure_reading');
    }
  });

  it('keeps a watermark’s copies (the same text over and over, out of the flow, letting the pointer through) out of the answer', () => {
    const mark = (n: number) => `<div style="position:fixed;top:${n * 200}px;left:40px;opacity:.08;pointer-events:none">问医网 用户138****2207 2024-03-05 21:14</div>`;
    const [own] = read(pageOf('胃胀怎么办_问医网', `<h1>胃胀怎么办</h1>${card}<div><p>${ANSWER[0]}</p>${mark(1)}<p>${ANSWER[1]}</p>${mark(2)}</div>${mark(3)}`));
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.date).toBe('2023-02-01');
  });

  it('leaves a single positioned badge, and a faint text that stands once, as they are', () => {
    const [own] = read(pageOf('胃胀怎么办_问医网', `<h1>胃胀怎么办</h1>${card}<div><p>${ANSWER[0]}</p><p style="position:absolute;opacity:.2">${ANSWER[1]}</p></div>`));
    expect(own!.answer_paragraphs).toEqual(ANSWER);
  });
});

describe('a magazine’s letters column: the reader’s letter, the expert’s 答, the byline', () => {
  const column = (heading: string, byline: string, unit: string) =>
    pageOf(
      `${heading}_《健康之友》`,
      `<p>《健康之友》2023年第2期</p><h1>${heading}</h1><p>发布时间：2023-02-01 09:30 来源：《健康之友》</p><p>${byline}</p>` +
        `<p><strong>浙江温州读者陈女士（45岁）来信：</strong></p><p>胃胀怎么办？</p><p>最近总是吃一点就胀。</p>` +
        `<p><strong>答：</strong>${ANSWER[0]}</p><p>${ANSWER[1]}</p>${unit}<h3>读者还问了</h3><ul>` +
        ['饭后胃胀怎么缓解', '胃胀打嗝是什么原因'].map((q, n) => `<li><a href="/wenda/${90 + n}.html">${q}</a><p>胃胀时饮食宜清淡，少吃产气的食物。</p></li>`).join('') +
        '</ul>',
    );

  it('reads the letter’s question under a column heading, the answer after 答：, the card from a 文/ byline, the day from the posting line', () => {
    const [own, ...rest] = read(column('专家信箱', '文/林晓（滨海市中心医院消化内科主治医师）', ''));
    expect(own!.question).toBe('胃胀怎么办？');
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.doctor).toMatchObject({ name: '林晓', title: '主治医师', department: '消化内科', hospital: '滨海市中心医院' });
    expect(own!.date).toBe('2023-02-01');
    expect(rest.map((i) => i.question)).toEqual(['饭后胃胀怎么缓解', '胃胀打嗝是什么原因']);
  });

  it('takes the hospital from the author-unit note after the article, its postcode none of it', () => {
    const [own] = read(column('专家答读者问', '作者：林晓 主治医师', '<p>（作者单位：325000 滨海市中心医院消化内科）</p>'));
    expect(own!.doctor).toMatchObject({ name: '林晓', title: '主治医师', department: '消化内科', hospital: '滨海市中心医院' });
    expect(own!.answer_paragraphs).toEqual(ANSWER);
  });

  it('leaves a blog post with an asker’s line and a bare 医生回复： label, its card in the author box, to the page’s reader', () => {
    const [own] = read(
      pageOf(
        '胃胀怎么办 – 医生说',
        `<article><h1>胃胀怎么办</h1><time datetime="2023-02-01">2023年2月1日</time><blockquote><p>网友提问：胃胀怎么办，吃一点就胀？</p></blockquote>` +
          `<p><strong>医生回复：</strong></p>${ANSWER.map((p) => `<p>${p}</p>`).join('')}</article>` +
          '<div class="author-box"><h2>作者：林晓</h2><p>主治医师 · 消化内科 · 滨海市中心医院</p></div>',
      ),
    );
    expect(own!.doctor).toMatchObject({ name: '林晓', title: '主治医师', department: '消化内科', hospital: '滨海市中心医院' });
    expect(own!.answer_paragraphs).toEqual(ANSWER);
  });
});
