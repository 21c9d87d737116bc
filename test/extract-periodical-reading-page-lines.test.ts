import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A periodicals site's reading page of a magazine's Q&A: the reader's letter named with where they write from
 * (`读者广西南宁张女士问：…`), the site's watermark hidden between the answer's paragraphs (its name and address), and under the
 * article the site's note on the scan (`本文为全文原貌 … 原版页码：….pdf`) and its read counter (`阅读数：1491`): none of the answer.
 */

const QUESTION = '胆囊炎能治好吗';
const pageOf = (html: string) => entriesOf(extractOrThrow(pageRecord(html))).find((e) => e.origin === 'page')!;
const html =
  `<html><head><meta charset="utf-8"><title>${QUESTION}-期刊阅读网</title></head><body>` +
  `<div class="top"><a href="/">期刊阅读网</a></div><div>您的位置：<a href="/">首页</a> &gt; <a href="/c/">医药卫生</a> &gt; 《大众保健》2023年第9期</div>` +
  `<div class="article"><h1>${QUESTION}</h1><p class="by">□ 江州市人民医院肝胆外科 主任医师 王建华</p><div class="text">` +
  `<p><b>读者广西南宁张女士问：</b>${QUESTION} 去社区医院看过，吃了药也不见好。</p>` +
  `<p>关于胆囊炎，可以从以下几个方面来考虑：</p>` +
  `<p style="display:none">期刊阅读网 http://www.qikanyuedu.com.cn</p>` +
  `<p>一、饮食以清淡、易消化为主，平时多喝温水、适当休息。</p><p>建议及时到医院肝胆外科就诊，明确诊断后规范治疗。</p></div>` +
  `<p class="ybym">本文为全文原貌 未安装PDF浏览器用户请先下载安装 原版页码：dzbj20230917.pdf</p><p class="yds">阅读数：1491</p></div>` +
  `<div class="foot">期刊阅读网 版权所有</div></body></html>`;

describe('a periodicals site’s reading page: the reader’s letter, the hidden watermark and the site’s notes are none of the answer', () => {
  it('reads the answer alone', () => {
    const page = pageOf(html);
    expect(page.answer_paragraphs).toEqual(['关于胆囊炎，可以从以下几个方面来考虑：', '一、饮食以清淡、易消化为主，平时多喝温水、适当休息。', '建议及时到医院肝胆外科就诊，明确诊断后规范治疗。']);
    expect(page.doctor).toMatchObject({ name: '王建华', title: '主任医师', department: '肝胆外科', hospital: '江州市人民医院' });
  });

  it('reads the question under a column’s name as the headline from the reader’s letter, its first asking part', () => {
    const page = pageOf(html.replace(`<h1>${QUESTION}</h1>`, '<h1>专家答疑</h1>').replace(`<title>${QUESTION}-`, '<title>专家答疑-《大众保健》2023年第9期-'));
    expect(page.question).toBe(QUESTION);
  });

  it('reads a byline naming the author alone with the author-unit note after the text: hospital and department, no title', () => {
    const page = pageOf(
      html
        .replace('<p class="by">□ 江州市人民医院肝胆外科 主任医师 王建华</p>', '<p class="by">作者：王建华</p>')
        .replace('</div><p class="ybym">', '<p class="dw">（作者单位：430060 江州市人民医院肝胆外科）</p></div><p class="ybym">'),
    );
    expect(page.doctor).toMatchObject({ name: '王建华', title: null, department: '肝胆外科', hospital: '江州市人民医院' });
    expect(page.answer_paragraphs).toHaveLength(3);
  });
});
