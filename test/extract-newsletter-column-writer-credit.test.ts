import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { parseCardParts } from '../src/extract/card/card-parts.js';

/**
 * A Taiwanese hospital's newsletter (院訊) web copy of its 健康Q&A column: the hospital's name in the header, the issue's table of
 * contents (本期目錄) before or after the article, the question under `Q：`, the doctor who wrote it credited at its head as a
 * writer (`撰文／{department} {name} 醫師`, no hospital printed): the doctor is the answerer, the department theirs, the hospital
 * the header's.
 */

const HOSPITAL = '江州醫療財團法人江州醫院';
const QUESTION = '心悸胸悶需要做什麼檢查？';
const ANSWER = ['心悸合併胸悶，建議先做心電圖與心臟超音波檢查。', '如症狀持續或加重，請至門診進一步評估。'];
const TOC = ['高血壓要吃藥一輩子嗎？', '心律不整可以運動嗎？', '胸悶要掛什麼科？', '心臟支架術後要注意什麼？', '血脂高怎麼辦？'];
const page = (tocFirst: boolean) => {
  const toc = `<div class="toc"><h4>本期目錄</h4><ol>${TOC.map((t, i) => `<li><a href="/Newsletter/Content?id=${i + 2}">${t}</a></li>`).join('')}</ol></div>`;
  const article =
    `<article><div class="issue">江州院訊 第380期　中華民國112年5月</div><h2>健康Q&amp;A</h2><h3>Q：${QUESTION}</h3>` +
    `<div class="meta">發布日期：2023/05/06　瀏覽人次：320</div><p class="author">撰文／腎臟科 林志明 醫師</p>` +
    `<p><b>A：</b>${ANSWER[0]}</p><p>${ANSWER[1]}</p><div class="tools"><a href="javascript:window.print()">列印</a></div></article>`;
  return (
    `<html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>${QUESTION} - 江州院訊</title></head><body>` +
    `<header><span class="site">${HOSPITAL}</span><nav><a href="/Page/Guide">就醫指南</a><a href="/Newsletter">江州院訊</a></nav></header>` +
    `<main>${tocFirst ? toc + article : article + toc}</main><footer>${HOSPITAL}　台北市北投區某街45號</footer></body></html>`
  );
};
const pageOf = (html: string) => entriesOf(extractOrThrow(pageRecord(html))).find((e) => e.origin === 'page')!;

describe('a hospital newsletter’s Q&A column credited to its writer at the head', () => {
  for (const tocFirst of [false, true]) {
    it(`reads the writer as the doctor, the header's hospital theirs (contents ${tocFirst ? 'before' : 'after'} the article)`, () => {
      const entry = pageOf(page(tocFirst));
      expect(entry.doctor).toEqual({ name: '林志明', title: '醫師', department: '腎臟科', hospital: HOSPITAL, hospital_grade: null });
      expect(entry.answer_paragraphs).toEqual(ANSWER);
    });
  }

  it('reads the department after a writer’s label before a slash, and leaves a reporter’s credit as it is', () => {
    // (The reader folds the traditional script before it reads a card.)
    expect(parseCardParts(['撰文／新陈代谢科 苏军 医师'])).toMatchObject({ name: '苏军', title: '医师', department: '新陈代谢科' });
    expect(parseCardParts(['撰文／记者 王芳']).department).toBeNull();
    // A paper's bare byline (`文／{name}醫師`) stays as it is: its author's note prints the card (fresh-69's shihua-yiyao-xinxiang).
    expect(parseCardParts(['文／心脏内科 王芳医师']).department).toBeNull();
  });
});

describe('a hospital newsletter’s table of the issue’s contents', () => {
  for (const tocFirst of [false, true]) {
    it(`takes the contents (本期目錄) whose every title asks as the page's related links (${tocFirst ? 'before' : 'after'} the article)`, () => {
      const entry = pageOf(page(tocFirst));
      expect(entry.related_urls).toEqual(TOC.map((_, i) => `/Newsletter/Content?id=${i + 2}`));
      expect(entry.flags).not.toContain('unsure_reading');
    });
  }
});
