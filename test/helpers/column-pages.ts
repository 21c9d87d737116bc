import { entriesOf, extractOrThrow, pageRecord } from './pages.js';

/**
 * A magazine's 专家答疑 column page (a reader's `问：`, the expert's `专家答：` over the answer's paragraphs), built once for
 * the column tests (the expert's box or byline, the column's player, the article's line and its day).
 */
const URL = 'https://www.example-mag.com.cn/zjdy/129951.html';

export const ANSWER = ['哺乳期心慌的处理要根据病情轻重来决定：', '（1）年龄超过60岁的，多数需要复查血常规，保持心情舒畅也很重要。', '总之，心慌的原因比较多，需要在医生指导下明确原因后再治疗。'];
/** The expert's box over the label: a head `答疑专家` alone on its line, the name and title, the hospital and department. */
export const EXPERT_BOX = '<div class="zj-box"><p class="lb">答疑专家</p><p class="nm"><b>司马勇</b> 主治医师</p><p>石门市第二人民医院 儿童保健科</p></div>';

export interface ColumnParts {
  /** The article's line under the heading: its day and source by default. */
  info?: string;
  /** Over the reader's question, under the page's day. */
  top?: string;
  /** Over the answer's label. */
  box?: string;
  /** Under the label: the answer's paragraphs, one a line, by default. */
  answer?: string;
  /** After the answer. */
  byline?: string;
}

export const columnPage = ({ info = '2022年08月26日　来源：《育儿》', top = '', box = '', answer = `\n${ANSWER.map((p) => `<p>${p}</p>`).join('\n')}`, byline = '' }: ColumnParts) =>
  `<html><head><title>哺乳期心慌还乏力怎么回事_专家答疑</title></head><body><div class="main"><h1>哺乳期心慌还乏力怎么回事</h1><p class="info">${info}</p>${top}` +
  `<div class="wen"><p><b>读者 石门的陈女士 问：</b>哺乳期心慌还乏力怎么回事<br>家里老人说没事，我还是不放心。</p></div>` +
  `<div class="da-box">${box}<p class="da"><b>专家答：</b></p>${answer}${byline}</div>` +
  `<p class="bq">版权声明：本文为原创内容，未经授权不得转载。</p></div></body></html>`;

/** What the reader gives for a column page. */
export const readColumn = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));

/** A paper's column post with no card element (the answer's paragraphs inside, a side box after), for the credit and byline tests. */
export const PAPER_ANSWER = ['膝盖疼痛常见的原因有以下几种：', '一、与关节退变有关，平时要避免久站久蹲，注意保暖。', '二、运动损伤也会引起疼痛，建议及时到医院骨科就诊。'];
export const PAPER_ASK = '<p>读者问：家里老人最近上下楼梯膝盖疼，老人膝盖疼痛怎么办</p>';
export const paras = (xs: readonly string[]) => xs.map((p) => `<p>${p}</p>`).join('');
export const paperPost = (inner: string, aside = '') =>
  `<html><head><meta charset="utf-8"><title>老人膝盖疼痛怎么办 – 某某日报</title></head><body><article><header><h1>老人膝盖疼痛怎么办</h1>` +
  `<div><time>2022年3月12日</time></div></header><div class="entry">${inner}</div></article>${aside}</body></html>`;
/** The page entry the reader gives for such a post. */
export const paperPageEntry = (html: string) => entriesOf(extractOrThrow(pageRecord(html))).find((e) => e.origin === 'page')!;
