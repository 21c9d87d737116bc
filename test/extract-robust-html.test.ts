import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodePage } from '../src/extract/decode.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * Pages as real servers and saved files deliver them, built byte by byte: charsets that lie,
 * encodings mixed in one page, declarations late in a long head.
 */

const QUESTION = '孩子咳嗽有痰怎么办？';
const ANSWER = '孩子咳嗽有痰，首先要让孩子多喝温水，保持室内空气湿润，帮助稀释痰液，必要时到医院儿科就诊。';
const CARD = '赵文静 主治医师 儿科 北京儿童医院 三甲';
const BIG5_QUESTION = '孩子咳嗽有痰該怎麼辦？';
const BIG5_ANSWER = '孩子咳嗽有痰，首先要讓孩子多喝溫水，保持室內空氣濕潤，幫助稀釋痰液，必要時到醫院兒科就診。';
const BIG5_CARD = '趙文靜 主治醫師 兒科 臺北榮民總醫院';

const page = (head: string, { question = QUESTION, answer = ANSWER, card = CARD, top = '', body = '' } = {}) =>
  `<!DOCTYPE html><html><head>${head}<title>${question}_问医网</title></head><body>${top}` +
  `<h1>${question}</h1><div class="card">${card}</div><div class="ans"><p>${answer}</p></div>${body}</body></html>`;

const gbk = (s: string) => iconv.encode(s, 'gbk');
const big5 = (s: string) => iconv.encode(s, 'big5');
const utf8 = (s: string) => Buffer.from(s, 'utf8');

const read = (bytes: Buffer, contentType?: string) => {
  const extraction = extractOrThrow(pageRecord(bytes, { url: 'https://www.wenyi.example/q/1.html', contentType }));
  const own = entriesOf(extraction).find((e) => e.origin === 'page');
  return { encoding: extraction.encoding, question: own?.question, answer: own?.answer, doctor: own?.doctor.name, flags: own?.flags };
};

describe('a declared charset that the bytes contradict is not followed', () => {
  it('GBK bytes under <meta charset="utf-8"> are read as GBK, and the entry says the meta lied', () => {
    const entry = read(gbk(page('<meta charset="utf-8">')));
    expect(entry).toMatchObject({ encoding: 'gb18030 (meta said utf-8)', question: QUESTION, answer: ANSWER, doctor: '赵文静' });
    expect(entry.flags).not.toContain('decoding_damage');
  });

  it('UTF-8 bytes under a gb2312 http-equiv are read as UTF-8', () => {
    const entry = read(utf8(page('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">')));
    expect(entry).toMatchObject({ encoding: 'utf-8 (meta said gb2312)', question: QUESTION, answer: ANSWER });
  });

  it('of two contradicting metas, the one the bytes agree with is followed, whichever comes first', () => {
    const metas = '<meta charset="utf-8"><meta http-equiv="Content-Type" content="text/html; charset=GBK">';
    expect(read(gbk(page(metas)))).toMatchObject({ encoding: 'gb18030 (meta said utf-8)', question: QUESTION, answer: ANSWER });
    const reversed = '<meta charset="gbk"><meta charset="utf-8">';
    expect(read(utf8(page(reversed)))).toMatchObject({ encoding: 'utf-8 (meta said gbk)', question: QUESTION, answer: ANSWER });
  });

  it('Big5 bytes under a utf-8 meta are read as Big5, not as GBK', () => {
    const bytes = big5(page('<meta charset="utf-8">', { question: BIG5_QUESTION, answer: BIG5_ANSWER, card: BIG5_CARD }));
    expect(read(bytes)).toMatchObject({ encoding: 'big5 (meta said utf-8)', question: BIG5_QUESTION, answer: BIG5_ANSWER });
  });

  it('a header that says iso-8859-1 over GBK bytes is not followed', () => {
    const entry = read(gbk(page('<meta charset="gbk">')), 'text/html; charset=ISO-8859-1');
    expect(entry).toMatchObject({ encoding: 'gb18030 (header said iso-8859-1)', question: QUESTION, answer: ANSWER });
  });

  it('a declaration the bytes agree with is followed as before, and says nothing more', () => {
    expect(read(gbk(page('<meta charset="gb2312">')))).toMatchObject({ encoding: 'gb18030', question: QUESTION });
    expect(read(utf8(page('<meta charset="utf-8">')))).toMatchObject({ encoding: 'utf-8', question: QUESTION });
  });

  it('an undeclared Big5 page is read as Big5', () => {
    const decoded = decodePage(big5(page('', { question: BIG5_QUESTION, answer: BIG5_ANSWER, card: BIG5_CARD })));
    expect(decoded).toMatchObject({ encoding: 'big5', charsetSource: 'sniffed', replacements: 0 });
    expect(decoded.text).toContain(BIG5_ANSWER);
  });
});

describe('a UTF-8 page with a block in GBK is read block by block', () => {
  const notice = '<div class="gg">【公告】本站已全面升级，如遇页面显示异常请清除浏览器缓存后刷新。</div>';

  it('the page in UTF-8, the included notice in GBK, and the entry says so', () => {
    const html = page('<meta charset="utf-8">', { top: '@@' });
    const [before, after] = html.split('@@') as [string, string];
    const bytes = Buffer.concat([utf8(before), gbk(notice), utf8(after)]);
    const decoded = decodePage(bytes);
    expect(decoded).toMatchObject({ encoding: 'utf-8', replacements: 0, provenance: 'utf-8 (1 block in gb18030)' });
    expect(decoded.text).toContain(notice);
    expect(read(bytes)).toMatchObject({ encoding: 'utf-8 (1 block in gb18030)', question: QUESTION, answer: ANSWER });
  });

  it('a UTF-8 page with one broken byte stays UTF-8 and keeps its damage visible', () => {
    const bytes = Buffer.concat([utf8(page('<meta charset="utf-8">', { answer: `${ANSWER}@@` }).split('@@')[0]!), Buffer.from([0xff]), utf8('</p></div></body></html>')]);
    const decoded = decodePage(bytes);
    expect(decoded).toMatchObject({ encoding: 'utf-8', replacements: 1, provenance: 'utf-8' });
    expect(read(bytes).flags).toContain('decoding_damage');
  });
});

describe('a <meta charset> is found anywhere in the head', () => {
  const style = `<style>${'.m{margin:0;padding:0 10px;color:#333}\n'.repeat(200)}</style>`;

  it('after a long inline stylesheet', () => {
    const bytes = big5(page(`${style}<META CHARSET=BIG5>`, { question: BIG5_QUESTION, answer: BIG5_ANSWER, card: BIG5_CARD }));
    expect(bytes.indexOf('BIG5')).toBeGreaterThan(4096);
    expect(decodePage(bytes)).toMatchObject({ encoding: 'big5', charsetSource: 'meta', replacements: 0 });
  });

  it('but not in a comment, nor in the body', () => {
    expect(decodePage(utf8(page(`<!-- <meta charset="gbk"> -->`)))).toMatchObject({ charsetSource: 'default' });
    expect(decodePage(utf8(page('', { body: '<meta charset="gbk">' })))).toMatchObject({ charsetSource: 'default' });
  });
});
