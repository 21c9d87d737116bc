import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { canonicalEncoding, decodePage } from '../src/extract/bytes/decode.js';
import { extractPage } from '../src/extract/extract-page.js';
import { entriesOf, extractOrThrow, pageRecord, readFixture, readFixturePage } from './helpers/pages.js';

const QUESTION = '宝宝发烧😷能洗澡吗？𠮷';
const gb = (s: string) => iconv.encode(s, 'gb18030');
const utf8 = (s: string) => Buffer.from(s, 'utf8');
const html = (meta: string, body = QUESTION) => `<!DOCTYPE html><html><head>${meta}<title>t</title></head><body><h1>${body}</h1></body></html>`;

describe('choosing the encoding: BOM, then the transport, then <meta>, then UTF-8', () => {
  it('a UTF-8 BOM wins over a header and a meta that say otherwise, and is not kept in the text', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(html('<meta charset="gbk">'))]);
    const decoded = decodePage(bytes, 'text/html; charset=gbk');
    expect(decoded).toMatchObject({ encoding: 'utf-8', charsetSource: 'bom', replacements: 0 });
    expect(decoded.text.startsWith('<!DOCTYPE')).toBe(true);
    expect(decoded.text).toContain(QUESTION);
  });

  it('a UTF-16LE BOM is read as UTF-16', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(html(''), 'utf-16le')]);
    expect(decodePage(bytes)).toMatchObject({ encoding: 'utf-16le', charsetSource: 'bom', replacements: 0 });
    expect(decodePage(bytes).text).toContain(QUESTION);
  });

  it('the charset of the HTTP content-type beats the page meta', () => {
    const decoded = decodePage(gb(html('<meta charset="utf-8">')), 'text/html; charset=GBK');
    expect(decoded).toMatchObject({ encoding: 'gb18030', charsetSource: 'header', replacements: 0 });
    expect(decoded.text).toContain(QUESTION);
  });

  it('a content-type with an unknown charset falls back to the meta', () => {
    expect(decodePage(gb(html('<meta charset="gb2312">')), 'text/html; charset=bogus-9')).toMatchObject({ encoding: 'gb18030', charsetSource: 'meta' });
  });

  it('reads <meta charset> and http-equiv, whatever the attribute order and quoting', () => {
    for (const meta of [
      '<meta charset=gbk>',
      "<meta charset='GB2312'>",
      '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">',
      '<meta content="text/html;charset=GBK" http-equiv="content-type">',
    ]) {
      const decoded = decodePage(gb(html(meta)));
      expect(decoded, meta).toMatchObject({ encoding: 'gb18030', charsetSource: 'meta', replacements: 0 });
      expect(decoded.text).toContain(QUESTION);
    }
  });

  it('reads gbk, gb2312 and their aliases as GB18030, so 4-byte characters survive', () => {
    for (const label of ['gbk', 'GBK', 'gb2312', 'GB_2312-80', 'x-gbk', 'cp936', 'euc-cn', 'gb18030', ' "gbk" ']) {
      expect(canonicalEncoding(label), label).toBe('gb18030');
    }
    expect(canonicalEncoding('UTF8')).toBe('utf-8');
    expect(canonicalEncoding('no-such-charset')).toBeNull();
  });

  it('a meta that claims UTF-16 in an ASCII-readable page means UTF-8 (as browsers read it)', () => {
    const decoded = decodePage(utf8(html('<meta charset="utf-16">')));
    expect(decoded.text).toContain(QUESTION);
    expect(decoded.replacements).toBe(0);
  });

  it('an undeclared page is read as UTF-8', () => {
    expect(decodePage(utf8(html('')))).toMatchObject({ encoding: 'utf-8', charsetSource: 'default', replacements: 0 });
  });
});

describe('the fixture pages', () => {
  it('jiankang-gbk-10086 (meta charset="gbk" only) decodes as GB18030 from its meta', () => {
    const decoded = decodePage(readFixture('pages/jiankang-gbk-10086.html'), 'text/html');
    expect(decoded).toMatchObject({ encoding: 'gb18030', charsetSource: 'meta', replacements: 0 });
    expect(decoded.text).toContain('宝宝发烧😷能洗澡吗？');
    expect(decoded.text).toContain('𠮷主任建议');
  });

  it('jiankang-10087 (http-equiv only) decodes as UTF-8 from its meta', () => {
    expect(decodePage(readFixture('pages/jiankang-10087.html'), 'text/html')).toMatchObject({ encoding: 'utf-8', charsetSource: 'meta', replacements: 0 });
  });

  it('gbk-no-charset: undeclared GB18030 that fails as UTF-8 is sniffed as GB18030, says so, and reads right', () => {
    const bytes = readFixture('faults/gbk-no-charset.html');
    expect(decodePage(bytes, 'text/html')).toMatchObject({ encoding: 'gb18030', charsetSource: 'sniffed', replacements: 0 });
    const { page, extraction } = readFixturePage('faults/gbk-no-charset.html');
    expect(extraction.encoding).toBe('gb18030');
    expect(page!.question).toBe('孩子咳嗽有痰怎么办？');
    expect(page!.answer_paragraphs[0]).toBe('孩子咳嗽有痰，首先要让孩子多喝温水，保持室内空气湿润，帮助稀释痰液。');
    expect(page!.doctor.name).toBe('赵文静');
    expect(page!.date).toBe('2022-03-12');
    expect(page!.flags).not.toContain('decoding_damage');
  });

  it('undeclared GB18030 with a damaged tail is still read as GB18030, and flagged', () => {
    const bytes = Buffer.concat([readFixture('faults/gbk-no-charset.html'), Buffer.from([0x81, 0x20, 0xff])]);
    const decoded = decodePage(bytes, 'text/html');
    expect(decoded).toMatchObject({ encoding: 'gb18030', charsetSource: 'sniffed' });
    expect(decoded.replacements).toBeGreaterThan(0);
    const entries = entriesOf(extractOrThrow(pageRecord(bytes, { url: 'damaged-tail.html' })));
    expect(entries[0]!.question).toBe('孩子咳嗽有痰怎么办？');
    // The damage is past the entries' text: no entry holds U+FFFD, none is flagged.
    for (const entry of entries) expect(entry.flags).not.toContain('decoding_damage');
  });

  it('an undeclared UTF-8 page with one broken byte stays UTF-8, and is flagged', () => {
    const answer = '<p>宝宝发烧时可以洗澡，但水温要适宜，洗完后要及时擦干身体。';
    const broken = Buffer.concat([utf8(`<html><body><h1>${QUESTION}</h1>`), utf8(answer), Buffer.from([0xff]), utf8('</p></body></html>')]);
    const decoded = decodePage(broken, 'text/html');
    expect(decoded).toMatchObject({ encoding: 'utf-8', replacements: 1 });
    expect(decoded.text).toContain(QUESTION);
    const [entry] = entriesOf(extractOrThrow(pageRecord(broken, { url: 'one-bad-byte.html' })));
    expect(entry!.answer).toBe('宝宝发烧时可以洗澡，但水温要适宜，洗完后要及时擦干身体。\uFFFD');
    expect(entry!.flags).toContain('decoding_damage');
  });

  it('binary.html is not text under either guess, and is rejected as such', () => {
    const outcome = extractPage(pageRecord(readFixture('faults/binary.html'), { url: 'binary.html' }));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.reject).toMatchObject({ reason: 'not_text', stage: 'decode', source: 'binary.html' });
  });

  it('mojibake.html: U+FFFD already in a UTF-8 page is counted and flagged, not silently kept', () => {
    const { extraction, page } = readFixturePage('faults/mojibake.html');
    expect(extraction.replacementChars).toBe(7);
    expect(page!.answer).toContain('患者出现�����的症状');
    expect(page!.flags).toContain('decoding_damage');
  });

  it('clean pages carry no decoding_damage', () => {
    for (const rel of ['pages/jiankang-gbk-10086.html', 'pages/jiankang-10087.html', 'pages/youlai-desktop-749259.html', 'pages/seed-page.txt']) {
      for (const entry of readFixturePage(rel).entries) expect(entry.flags, rel).not.toContain('decoding_damage');
    }
  });
});

describe('GB18030 read by the native decoder exactly as iconv-lite reads it', () => {
  const viaIconv = (bytes: Buffer) => iconv.decode(bytes, 'gb18030', { stripBOM: true });
  const page = (body: string) => `<html><head><meta charset="gbk"><title>问题</title></head><body><p>${body}</p></body></html>`;

  it('every two-byte code, and the 18 that GB18030-2022 reads otherwise, in a page', () => {
    const codes: number[] = [];
    for (let lead = 0x81; lead <= 0xfe; lead++) for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) codes.push(lead, trail);
    const all = Buffer.concat([iconv.encode(page('开始'), 'gb18030'), Buffer.from(codes)]);
    expect(decodePage(all).text).toBe(viaIconv(all));
    for (const code of [0xa6d9, 0xa6f3, 0xfe59, 0xfea0]) {
      const bytes = Buffer.concat([iconv.encode(page('医生'), 'gb18030'), Buffer.from([code >> 8, code & 0xff])]);
      expect(decodePage(bytes).text, code.toString(16)).toBe(viaIconv(bytes));
    }
  });

  it('four-byte codes, a BOM, a literal U+FFFD and broken bytes', () => {
    const fourByte = Buffer.from([0x81, 0x30, 0x81, 0x30, 0x84, 0x31, 0xa4, 0x39, 0x90, 0x30, 0x81, 0x30, 0x84, 0x31, 0xa5, 0x30]);
    for (const tail of [fourByte, Buffer.from([0x84, 0x31, 0xa4, 0x37]), Buffer.from([0xb0]), Buffer.from([0x81, 0x30, 0xff])]) {
      // A line end after the tail: broken bytes at the very end are a character cut short, dropped (below).
      const bytes = Buffer.concat([iconv.encode(page('答案'), 'gb18030'), tail, Buffer.from('\n')]);
      const decoded = decodePage(bytes);
      expect(decoded.text).toBe(viaIconv(bytes));
      expect(decoded.replacements).toBe([...viaIconv(bytes)].filter((c) => c === '\uFFFD').length);
    }
    // A transfer cut inside a character's bytes: the character did not arrive, and is no damage.
    for (const tail of [Buffer.from([0xb0]), Buffer.from([0xd2])]) {
      const decoded = decodePage(Buffer.concat([iconv.encode(page('答案'), 'gb18030'), tail]));
      expect([decoded.text, decoded.replacements]).toEqual([page('答案'), 0]);
    }
    const withBom = Buffer.concat([Buffer.from([0x84, 0x31, 0x95, 0x33]), iconv.encode(page('答案'), 'gb18030')]);
    expect(decodePage(withBom, 'text/html; charset=gb18030').text).toBe(viaIconv(Buffer.from(withBom.subarray(4))));
  });
});
