import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { unwrapSavedResponse } from '../src/extract/bytes/saved-response.js';
import { namesDay, readMetaLine } from '../src/extract/dates/page-meta.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on days printed year last, 12-hour clocks and UTC instants, pages saved with their HTTP response (curl -i) and a portal that reposts answers.
 * What the blind split fresh-35 taught the genre reader (nanyang-portal, http-chunked), each rule on a small page of its own.
 */

const URL = 'https://www.example-wenda.cn/q/1.html';
const read = (html: string | Buffer) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = ['胃胀多与饮食不规律有关，先少食多餐。', '持续两周以上，请到消化内科做胃镜。'];
const answerHtml = ANSWER.map((p) => `<p>${p}</p>`).join('');
const CARD = '<div><b>林晓</b> 主治医师 消化内科 滨海市中心医院</div>';
const page = (top: string, meta: string, answer: string, items: string) =>
  `<html><head><title>胃胀怎么办_问医网</title></head><body>${top}<h1>胃胀怎么办</h1>${CARD}<div>${meta}</div><div>${answer}</div>` +
  `<div><h3>相关问答</h3><ul>${items}</ul></div></body></html>`;
const item = (n: number, day: string) => `<li><a href="/q/${n}.html">胃胀吃什么好${n}</a><p>胃胀时饮食宜清淡，少吃产气食物。</p><span>${day}</span></li>`;

describe('days printed with the year last, in the order the page prints them', () => {
  it('reads them day first where one of the page’s days can only be day first', () => {
    const [own, ...items] = read(page('<div>今天：13-11-2019</div>', '日期：05-06-2019', answerHtml, item(2, '03/04/2018') + item(3, '25.12.2017')));
    expect(own!.date).toBe('2019-06-05');
    expect(items.map((i) => i.date)).toEqual(['2018-04-03', '2017-12-25']);
  });

  it('reads them month first where one can only be month first', () => {
    const [own, ...items] = read(page('<div>Today 11/13/2019</div>', '日期：05/06/2019', answerHtml, item(2, '03/04/2018')));
    expect(own!.date).toBe('2019-05-06');
    expect(items.map((i) => i.date)).toEqual(['2018-03-04']);
  });

  it('leaves them unread where nothing on the page tells the order, or it says both', () => {
    expect(read(page('', '日期：05-06-2019', answerHtml, item(2, '03-04-2018')))[0]!.date).toBeNull();
    expect(read(page('<div>13-11-2019 · 11-13-2019</div>', '日期：05-06-2019', answerHtml, ''))[0]!.date).toBeNull();
  });

  it('keeps a day inside a sentence of the answer as printed', () => {
    const [own] = read(page('<div>今天：13-11-2019</div>', '日期：05-06-2019', `${answerHtml}<p>请于05-07-2019复查，复查前空腹。</p>`, ''));
    expect(own!.answer_paragraphs).toEqual([...ANSWER, '请于05-07-2019复查，复查前空腹。']);
  });
});

describe('a time on a 12-hour clock after a day, and a UTC instant beside the local day', () => {
  it('is meta beside the day (上午7:53, 7:58 AM, 9:05 p.m.), and the format word after it is read', () => {
    for (const line of ['日期：2019-07-24 上午7:53 语音回答', '2019-07-24 7:58 AM 语音回答', '2019-07-24 9:05 p.m. 语音回答']) {
      expect(readMetaLine(line), line).toEqual({ dates: [{ iso: '2019-07-24', kind: 'plain' }], format: 'voice', metaOnly: true });
    }
  });

  it('an instant given with its zone names the day it was somewhere; a day alone names itself only', () => {
    expect(namesDay('2019-07-23T23:53:00Z', '2019-07-24')).toBe(true);
    expect(namesDay('2019-07-23T23:53:00+00:00', '2019-07-23')).toBe(true);
    expect(namesDay('2019-07-23T23:53:00Z', '2019-07-26')).toBe(false);
    expect(namesDay('2019-07-23', '2019-07-24')).toBe(false);
  });

  it('a <time datetime> in UTC a day before the printed local day is no disagreement', () => {
    const meta = '<time datetime="2019-07-23T23:53:00Z">2019-07-24 上午7:53</time> <span>语音回答</span>';
    const [own] = read(page('', meta, answerHtml, item(2, '2018-01-02') + item(3, '2018-01-03')));
    expect(own!.date).toBe('2019-07-24');
    expect(own!.format).toBe('voice');
    expect(own!.flags).not.toContain('unsure_reading');
  });
});

describe('a page saved with its HTTP response around it (curl -i)', () => {
  const doc = page('', '回答时间：2023-02-01', answerHtml, item(2, '2022-05-01') + item(3, '2022-05-02'));
  const chunked = (html: string, sizes: number[]) => {
    const bytes = Buffer.from(html, 'utf8');
    const parts: Buffer[] = [];
    let at = 0;
    for (const size of [...sizes, Infinity]) {
      const chunk = bytes.subarray(at, Math.min(bytes.length, at + size));
      if (chunk.length === 0) break;
      parts.push(Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n'));
      at += chunk.length;
    }
    return Buffer.concat([...parts, Buffer.from('0\r\n\r\n')]);
  };
  const head = (status: string, headers: string) => Buffer.from(`HTTP/1.1 ${status}\r\n${headers}\r\n`, 'latin1');

  it('is read as the document inside: headers none of it, chunks joined (a chunk may end inside a character), the charset of its Content-Type', () => {
    const saved = Buffer.concat([
      head('301 Moved Permanently', 'Location: https://www.example-wenda.cn/q/1.html\r\nContent-Length: 0\r\n'),
      head('200 OK', 'Date: Mon, 28 Oct 2024 17:30:09 GMT\r\nContent-Type: text/html; charset=utf-8\r\nTransfer-Encoding: chunked\r\n'),
      chunked(doc, [301, 7, 500]),
    ]);
    const [own, ...items] = read(saved);
    expect(own!.question).toBe('胃胀怎么办');
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.date).toBe('2023-02-01');
    expect(items.map((i) => i.answer_paragraphs)).toEqual([['胃胀时饮食宜清淡，少吃产气食物。'], ['胃胀时饮食宜清淡，少吃产气食物。']]);
  });

  it('reads a GBK body with no <meta> by the charset its headers name', () => {
    const saved = Buffer.concat([head('200 OK', 'Content-Type: text/html; charset=GBK\r\n'), iconv.encode(doc, 'gbk')]);
    const [own] = read(saved);
    expect(own!.question).toBe('胃胀怎么办');
    expect(own!.answer_paragraphs).toEqual(ANSWER);
  });

  it('doubts what it reads where the chunk sizes do not fit the bytes (the file re-encoded or edited), their lines never published', () => {
    const framed = chunked(doc, [301, 7, 500]).toString('utf8');
    const edited = Buffer.from(framed.replace('<html>', '<html lang="zh">'), 'utf8');
    // A byte order mark before it all: re-saved by an editor.
    const saved = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), head('200 OK', 'Content-Type: text/html; charset=utf-8\r\nTransfer-Encoding: chunked\r\n'), edited]);
    const [own] = read(saved);
    expect(own!.answer_paragraphs.join(' ')).not.toMatch(/^[0-9a-f]+$|\s[0-9a-f]{2,3}(\s|$)/u);
    expect(own!.flags).toContain('unsure_reading');
  });

  it('leaves a body that does not frame as chunks as it is, and bytes that open with no status line alone', () => {
    const body = Buffer.from('1a\r\n<html>not a chunk of 26 bytes</html>', 'utf8');
    expect(unwrapSavedResponse(Buffer.concat([head('200 OK', 'Transfer-Encoding: chunked\r\n'), body]))!.body).toEqual(body);
    expect(unwrapSavedResponse(Buffer.from(doc))).toBeNull();
  });
});

describe('a portal that reposts answers', () => {
  it('takes its note on where the answers come from (本栏目内容由合作平台提供，仅供参考。) for a disclaimer, none of the answer', () => {
    const [own] = read(page('', '回答时间：2023-02-01', `${answerHtml}<p>本栏目内容由合作平台提供，仅供参考。</p>`, ''));
    expect(own!.answer_paragraphs).toEqual(ANSWER);
  });

  it('heads its related list with 你可能也想知道', () => {
    const html = page('', '回答时间：2023-02-01', answerHtml, '').replace('<h3>相关问答</h3><ul></ul>', `<h3>你可能也想知道</h3><ul>${item(2, '2022-05-01')}${item(3, '2022-05-02')}</ul>`);
    expect(read(html).slice(1).map((i) => i.question)).toEqual(['胃胀吃什么好2', '胃胀吃什么好3']);
  });
});
