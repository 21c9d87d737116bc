import { describe, expect, it } from 'vitest';
import { extractPage } from '../src/extract/extract-page.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on redirector links, card fields an editor's styled run splits, editor documents, back-office sheet exports and XML records for a stylesheet.
 * Issue #9: what the blind splits fresh-41 (shared-doc, excel-export) and fresh-42 (xml-xslt) taught the genre reader.
 */

const read = (body: string, title = '饭后胃胀怎么办_健康问答') => entriesOf(extractOrThrow(pageRecord(`<html><head><title>${title}</title></head><body>${body}</body></html>`)));
const unsure = (e: { flags: readonly string[] }) => e.flags.includes('unsure_reading');
const card = '<p>王清玉 副主任医师 消化内科 江州市人民医院</p>';
const answer = '<p>饭后胃胀多与进食过快、吃得过饱有关。</p><p>建议细嚼慢咽，饭后适当散步，帮助胃肠蠕动。</p>';

describe('a link that prints its address while its href goes through a redirector', () => {
  it('leads to the printed address, where the href carries it as a query value; a login link behind other text keeps its href', () => {
    const jump = (url: string) => `https://out.notes.example/jump?from=doc&target=${encodeURIComponent(url)}`;
    const items = ['https://www.wenda.example/q/2.html', 'https://www.wenda.example/q/3.html']
      .map((url, i) => `<p>${i + 1}、${['饭后胃胀是什么原因', '胃胀气吃什么药'][i]}</p><p>${['胃胀多与饮食有关，少吃产气食物。', '可在医生指导下服用促胃动力药。'][i]}</p><p>原文：<a href="${jump(url)}">${url}</a></p>`)
      .join('');
    const [, ...related] = read(`<h1>饭后胃胀怎么办</h1>${card}${answer}<h3>相关问题</h3><section>${items}</section>`);
    expect(related.map((e) => [e.question, e.url])).toEqual([
      ['饭后胃胀是什么原因', 'https://www.wenda.example/q/2.html'],
      ['胃胀气吃什么药', 'https://www.wenda.example/q/3.html'],
    ]);
    const login = '<h3>相关问题</h3><ul><li><a href="/login?redirect=https%3A%2F%2Fwww.wenda.example%2Fq%2F2.html">饭后胃胀是什么原因</a><p>胃胀多与饮食有关。</p></li><li><a href="/q/3.html">胃胀气吃什么药</a><p>可遵医嘱用药。</p></li></ul>';
    const [, first] = entriesOf(extractOrThrow(pageRecord(`<html><head><title>饭后胃胀怎么办</title></head><body><h1>饭后胃胀怎么办</h1>${card}${answer}${login}</body></html>`, { url: 'https://www.wenda.example/q/1.html' })));
    expect(first!.url).toBe('https://www.wenda.example/login?redirect=https%3A%2F%2Fwww.wenda.example%2Fq%2F2.html');
  });
});

describe("a card field an editor's styled run splits", () => {
  it("is one field where the line spaces its fields itself (主|任医师, 消化内|科, 江州市第|一人民医院, 欧阳|明), not a padded label's characters and its value", () => {
    const [page] = read(`<h1>饭后胃胀怎么办</h1><div><span>解答：周明 主</span><b>任医师 消化内</b><span>科 江州市第</span><i>一人民医院</i></div>${answer}`);
    expect(page!.doctor).toEqual({ name: '周明', title: '主任医师', department: '消化内科', hospital: '江州市第一人民医院', hospital_grade: null });
    const [named] = read(`<h1>饭后胃胀怎么办</h1><p><span>医生：欧阳</span><span>明　主任医师　消化内科　江州市人民医院</span></p>${answer}`);
    expect(named!.doctor.name).toBe('欧阳明');
    // A padded label's characters (`科　室`) run into no value after them.
    const [padded] = read(`<h1>饭后胃胀怎么办</h1><table><tr><td>医　生</td><td>周明</td></tr><tr><td>职　称</td><td>主任医师</td></tr><tr><td>科　室</td><td>消化内科</td></tr><tr><td>医　院</td><td>江州市人民医院</td></tr></table>${answer}`);
    expect(padded!.doctor).toMatchObject({ name: '周明', title: '主任医师', department: '消化内科', hospital: '江州市人民医院' });
  });
});

describe("an editor's document whose question is a styled line, not a heading", () => {
  it('reads the large bold line as the question where no heading or title names it, and doubts it; a large word in a sentence is none', () => {
    const body =
      '<div>消化内科线上答疑 <span>最近编辑 2023-06-01</span></div>' +
      '<div><p><span style="font-weight:700;font-size:22px">饭后胃胀怎么办</span></p>' +
      `${card}<h3>医生解答</h3>${answer}</div>`;
    const [page] = read(body, '消化内科线上答疑汇总');
    expect([page!.question, page!.answer_paragraphs.length, unsure(page!)]).toEqual(['饭后胃胀怎么办', 2, true]);
    // A large word inside a sentence is no heading.
    const sentence = '<div><p>本期<span style="font-size:28px">热点</span>问题汇总如下，欢迎阅读。</p>' + `<h3>饭后胃胀怎么办</h3>${card}${answer}</div>`;
    const [other] = read(sentence, '消化内科线上答疑汇总');
    expect(other!.question).toBe('饭后胃胀怎么办');
  });
});

describe('a record exported from a back office as a sheet', () => {
  const sheet = (rows: string) =>
    `<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta name="ProgId" content="Excel.Sheet"></head><body><table>` +
    '<tr><th>编号</th><th>标题</th><th>病情描述</th><th>接诊医生</th><th>职称</th><th>就诊科室</th><th>医院名称</th><th>医生回复</th><th>回复日期</th><th>问诊方式</th></tr>' +
    `${rows}</table></body></html>`;
  const row = (question: string) =>
    `<tr><td>A-1024</td><td>${question}</td><td>吃完饭就胀，持续一周了。</td><td>周明</td><td>主任医师</td><td>消化内科</td><td>江州市人民医院（三甲）</td>` +
    '<td>饭后胃胀多与进食过快有关。<br>建议细嚼慢咽，必要时做胃镜。</td><td>2023/5/6 14:22</td><td>电话咨询</td></tr>';

  it("reads the one record's row column by column: each cell the value its head labels, the asker's description none of the answer", () => {
    const [page, ...rest] = entriesOf(extractOrThrow(pageRecord(sheet(row('饭后胃胀怎么办')))));
    expect(rest).toEqual([]);
    expect([page!.question, page!.doctor, page!.answer_paragraphs, page!.date, page!.format, unsure(page!)]).toEqual([
      '饭后胃胀怎么办',
      { name: '周明', title: '主任医师', department: '消化内科', hospital: '江州市人民医院', hospital_grade: '三甲' },
      ['饭后胃胀多与进食过快有关。', '建议细嚼慢咽，必要时做胃镜。'],
      '2023-05-06',
      'voice',
      false,
    ]);
    // A sheet of several records is a list: none of them read as the page's own.
    const outcome = extractPage(pageRecord(sheet(row('饭后胃胀怎么办') + row('胃胀气吃什么药'))));
    const own = outcome.ok ? entriesOf(outcome.value).find((e) => e.origin === 'page') : undefined;
    expect(own === undefined || unsure(own)).toBe(true);
  });
});

describe('a Q&A record served as XML for a stylesheet', () => {
  const xml = (root: string) => `\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" href="/style/qa.xsl"?>\n${root}`;
  const record = xml(
    '<record><subject>饭后胃胀怎么办</subject><ask><content>饭后胃胀怎么办？吃完饭就胀。</content><date>2023-05-05</date></ask>' +
      '<answer><content><para>饭后胃胀多与进食过快有关。</para><para><![CDATA[建议细嚼慢咽，必要时做胃镜。]]></para></content>' +
      '<doctor><name>周明</name><job_title>主任医师</job_title><department>消化内科</department><hospital>江州市人民医院</hospital></doctor>' +
      '<datetime>2023-05-06T14:22:00+08:00</datetime><type>视频</type></answer>' +
      '<relatedQuestions><item><title>胃胀气吃什么药</title><summary>可遵医嘱用促胃动力药。</summary><url>https://wjw.example.gov/qa/2.xml</url></item></relatedQuestions></record>',
  );

  it('reads the elements by their names: the title the question, the reply the answer, card, day and format; the asker\'s block none of them', () => {
    const entries = entriesOf(extractOrThrow(pageRecord(record, { url: 'qa-1.xml', contentType: 'application/xml' })));
    expect(entries.map((e) => [e.origin, e.question, e.answer_paragraphs, e.doctor.name, e.doctor.title, e.doctor.hospital, e.date, e.format, e.url])).toEqual([
      ['page', '饭后胃胀怎么办', ['饭后胃胀多与进食过快有关。', '建议细嚼慢咽，必要时做胃镜。'], '周明', '主任医师', '江州市人民医院', '2023-05-06', 'video', null],
      ['related', '胃胀气吃什么药', ['可遵医嘱用促胃动力药。'], null, null, null, null, 'unknown', 'https://wjw.example.gov/qa/2.xml'],
    ]);
    expect(unsure(entries[0]!)).toBe(false);
  });

  it('doubts a record whose end tags do not close its elements (a browser shows a parse error, not the record)', () => {
    const broken = record.replace('</para><para>', '<para>');
    const [own] = entriesOf(extractOrThrow(pageRecord(broken, { url: 'qa-1.xml', contentType: 'application/xml' })));
    expect(unsure(own!)).toBe(true);
  });

  it('a sitemap, a feed or any other XML document with a stylesheet is still not_a_page, with what it is', () => {
    for (const [root, what] of [
      ['<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://a.example/q/1.html</loc></url></urlset>', 'an XML sitemap'],
      ['<rss version="2.0"><channel><title>健康问答</title></channel></rss>', 'an RSS or Atom feed'],
      ['<catalog><book><title>胃病防治手册</title><price>32</price></book></catalog>', 'an XML document'],
      ['<目录><条目>胃病防治手册</条目></目录>', 'an XML document'],
    ] as const) {
      const outcome = extractPage(pageRecord(xml(root), { url: 'data.xml', contentType: 'application/xml' }));
      expect(outcome.ok ? 'read' : outcome.reject.detail, root).toBe(`${what}, not a page of the genre`);
    }
  });
});
