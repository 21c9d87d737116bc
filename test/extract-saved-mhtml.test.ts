import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { extractPage } from '../src/extract/extract-page.js';
import { readSavedPages } from '../src/sources/saved-pages.js';
import { entriesOf, pageRecord } from './helpers/pages.js';

/** A page kept as MHTML (Chrome's "Save as… single file"): the HTML part is the page, the rest is none of it. */

const QUESTION = '膝盖积液要抽吗';
const ANSWER = ['少量积液多能自行吸收，先减少爬楼和久站。', '积液多、反复肿胀的，需要查明原因后再决定是否抽液。'];
const page = (charset: string) =>
  `<!DOCTYPE html><html><head><meta charset="${charset}"><title>${QUESTION}_问医</title></head><body>` +
  `<h1>${QUESTION}</h1><div class="doc">江海 主治医师 骨科 江州市人民医院 三甲</div>` +
  ANSWER.map((p) => `<p>${p}</p>`).join('') +
  `<h3>相关问答</h3><ul><li><a href="/q/2.html">膝盖积液怎么消</a><p>早期冷敷，抬高患肢。</p></li>` +
  `<li><a href="/q/3.html">膝盖积液能走路吗</a><p>少量积液可以慢走，避免剧烈运动。</p></li></ul></body></html>`;

/** RFC 2045 quoted-printable of bytes, in lines of at most 76 characters with soft breaks. */
function quotedPrintable(bytes: Buffer): string {
  let out = '';
  let line = '';
  for (const b of bytes) {
    const c = b === 0x0a ? '\n' : (b >= 33 && b <= 126 && b !== 61) || b === 32 ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    if (c === '\n') {
      out += `${line}\n`;
      line = '';
      continue;
    }
    if (line.length + c.length > 75) {
      out += `${line}=\n`;
      line = '';
    }
    line += c;
  }
  return out + line;
}

const BOUNDARY = '----MultipartBoundary--a1b2c3----';
function mhtml(html: Buffer, options: { encoding: 'quoted-printable' | 'base64'; charset?: string; adFirst?: boolean }): Buffer {
  const body = options.encoding === 'base64' ? html.toString('base64').replace(/.{76}/g, '$&\r\n') : quotedPrintable(html);
  const ad = `--${BOUNDARY}\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Location: https://ads.example.com/frame\r\n\r\n<html><body><h1>=E5=B9=BF=E5=91=8A</h1></body></html>\r\n`;
  const main = `--${BOUNDARY}\r\nContent-Type: text/html${options.charset ? `; charset=${options.charset}` : ''}\r\nContent-Transfer-Encoding: ${options.encoding}\r\nContent-Location: https://www.wenyi.example/q/1.html\r\n\r\n${body}\r\n`;
  const css = `--${BOUNDARY}\r\nContent-Type: text/css\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Location: https://www.wenyi.example/s.css\r\n\r\nbody { color: red; }\r\n`;
  const head =
    'From: <Saved by Blink>\r\nSnapshot-Content-Location: https://www.wenyi.example/q/1.html\r\nSubject: =?utf-8?Q?=E8=86=9D?=\r\nMIME-Version: 1.0\r\n' +
    `Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="${BOUNDARY}"\r\n\r\n\r\n`;
  return Buffer.from(head + (options.adFirst ? ad + main : main + ad) + css + `--${BOUNDARY}--\r\n`, 'latin1');
}

function read(bytes: Buffer, url = 'saved/knee.mhtml') {
  const outcome = extractPage(pageRecord(bytes, { url, contentType: 'multipart/related' }));
  if (!outcome.ok) throw new Error(outcome.reject.detail);
  const [own, ...related] = entriesOf(outcome.value);
  return { own: own!, related };
}

describe('a page saved as MHTML', () => {
  it('is read as the HTML part the message names as its snapshot, decoded from quoted-printable, its links resolved against the address it was saved from', () => {
    for (const adFirst of [false, true]) {
      const { own, related } = read(mhtml(Buffer.from(page('utf-8')), { encoding: 'quoted-printable', adFirst }));
      expect(own.question).toBe(QUESTION);
      expect(own.answer_paragraphs).toEqual(ANSWER);
      expect(own.doctor).toMatchObject({ name: '江海', title: '主治医师', hospital: '江州市人民医院' });
      expect(own.url).toBe('https://www.wenyi.example/q/1.html');
      expect(related.map((e) => [e.question, e.url])).toEqual([
        ['膝盖积液怎么消', 'https://www.wenyi.example/q/2.html'],
        ['膝盖积液能走路吗', 'https://www.wenyi.example/q/3.html'],
      ]);
    }
  });

  it('in the charset its part names (GBK bytes, base64): never as mojibake', () => {
    const gbk = iconv.encode(page('gbk'), 'gbk');
    const { own } = read(mhtml(gbk, { encoding: 'base64', charset: 'gbk' }));
    expect(own.question).toBe(QUESTION);
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.flags).not.toContain('decoding_damage');
  });

  it('a page that only begins with header-like text is no MHTML: read as it is', () => {
    const { own } = read(Buffer.from(page('utf-8')), 'saved/knee.html');
    expect(own.question).toBe(QUESTION);
  });

  it('saved folders list .mhtml and .mht files as pages', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qa-mhtml-'));
    writeFileSync(join(dir, 'knee.mhtml'), mhtml(Buffer.from(page('utf-8')), { encoding: 'quoted-printable' }));
    writeFileSync(join(dir, 'knee-old.mht'), mhtml(Buffer.from(page('utf-8')), { encoding: 'base64' }));
    const items = [];
    for await (const item of readSavedPages([dir])) items.push(item);
    expect(items.map((i) => i.kind)).toEqual(['page', 'page']);
    for (const item of items) {
      if (item.kind !== 'page') continue;
      const outcome = extractPage(item.page);
      expect(outcome.ok && entriesOf(outcome.value)[0]!.question).toBe(QUESTION);
    }
  });
});
