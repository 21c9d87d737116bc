import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A paper's web copy of a doctor's answer: a file picture between its paragraphs captioned only `资料图片` (not taken for
 * the piece: the picture's credit), and the desk's credits after it — the editor and the desk's reviewer unbracketed
 * (`编辑 王芳 审核 李明`), or, in Taiwan's papers, the editor signed with a slash (`（編輯／王芳）`). None of them is the
 * answer's; read as its paragraphs, they made a clean-looking entry with wrong text.
 */

const Q = '扭伤脚踝后该冷敷还是热敷？';
const A = ['扭伤后的两天之内应该冷敷，每次十五分钟左右，可以减轻肿胀和疼痛。', '两天以后肿胀不再加重，再改为热敷，促进淤血吸收，同时尽量少走路。'];
const page = (caption: string, credit: string) => `<html><head><meta charset="utf-8"><title>${Q}_湖西日报</title></head><body>
<nav><a href="/">首页</a> <a href="/health">健康</a></nav>
<div class="art"><h1>${Q}</h1><div class="src">2022-08-17 09:30　湖西日报</div>
<div class="doc">答疑医生：祁正洋，湖西市第一人民医院骨科副主任医师</div>
<div class="txt"><p>${A[0]}</p>
<div class="pic"><img src="/p/3.jpg" alt=""><p>${caption}</p></div>
<p>${A[1]}</p>
<p>${credit}</p></div></div>
<div class="more"><h3>热门</h3><a href="/a/1.html">夏天怎样防中暑</a></div>
<footer>湖西日报社 版权所有</footer></body></html>`;
const pageOf = (html: string) => entriesOf(extractOrThrow(pageRecord(html))).find((e) => e.origin === 'page');

describe('a file picture’s caption and the desk’s credits in a paper’s copy of an answer', () => {
  it('leaves out 资料图片 and an unbracketed 编辑 … 审核 … run', () => {
    const entry = pageOf(page('资料图片', '编辑 蒋一帆 审核 梁秋实'))!;
    expect(entry.question).toBe(Q);
    expect(entry.answer_paragraphs).toEqual(A);
  });

  it('leaves out a Taiwan paper’s slashed editor signature', () => {
    const entry = pageOf(page('（資料照片）', '（編輯／蒋一帆）'))!;
    expect(entry.answer_paragraphs).toEqual(A);
  });
});
