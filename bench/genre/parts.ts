import iconv from 'iconv-lite';
import type { Rng } from '../../kit/pages/rng.js';
import type { Format, TruthPage } from './truth.js';

/**
 * Pieces the families build pages from, each drawn at random: class names, wrappers, the
 * ways Chinese sites print dates and answer formats, structured data and encodings.
 */

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const CLASS_WORDS = ['box', 'item', 'info', 'txt', 'main', 'con', 'wrap', 'bd', 'hd', 'ft', 'cont', 'detail', 'meta', 'card', 'blk', 'mod', 'part', 'sec', 'row', 'col', 'l', 'r', 'inner'];
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** A class attribute no extractor could know: a random prefix and a word, sometimes none at all. */
export function cls(rng: Rng): string {
  if (rng.chance(0.15)) return '';
  const prefix = Array.from({ length: rng.int(1, 3) }, () => rng.pick([...LETTERS])).join('');
  const sep = rng.pick(['-', '_', '']);
  return ` class="${prefix}${sep}${rng.pick(CLASS_WORDS)}${rng.chance(0.3) ? String(rng.int(1, 9)) : ''}"`;
}

/** Wraps html in 0–`max` plain containers. */
export function wrap(rng: Rng, html: string, max = 2): string {
  let out = html;
  for (let i = rng.int(0, max); i > 0; i--) {
    const tag = rng.pick(['div', 'div', 'section']);
    out = `<${tag}${cls(rng)}>${out}</${tag}>`;
  }
  return out;
}

const pad = (n: string) => n.padStart(2, '0');
const unpad = (n: string) => String(Number(n));

/** A date as Chinese sites print it, with the time of day now and then. */
export function dateText(rng: Rng, iso: string, time: string, withTime = rng.chance(0.4)): string {
  const [y, m, d] = iso.split('-') as [string, string, string];
  const p = rng.chance(0.25) ? unpad : pad;
  const day = rng.weighted([
    [`${y}-${p(m)}-${p(d)}`, 5],
    [`${y}/${p(m)}/${p(d)}`, 2],
    [`${y}.${p(m)}.${p(d)}`, 1],
    [`${y}年${unpad(m)}月${unpad(d)}日`, 3],
  ] as const);
  return withTime ? `${day} ${time}${rng.chance(0.2) ? ':00' : ''}` : day;
}

const LABELS: Record<Exclude<Format, 'unknown'>, string[]> = {
  voice: ['语音解答', '语音回答', '语音', '音频解答'],
  text: ['图文解答', '图文回答', '文字解答', '图文'],
  video: ['视频解答', '视频回答', '视频'],
};

/** The answer's format as a label: 语音解答, [语音], （图文）… */
export function formatLabel(rng: Rng, format: Format): string {
  if (format === 'unknown') return '';
  const word = rng.pick(LABELS[format]);
  return word.length === 2 ? rng.pick([word, `[${word}]`, `【${word}】`, `（${word}）`]) : word;
}

/** A format label and a date, in either order, in one element or two; the date alone where the format is not printed. */
export function formatAndDate(rng: Rng, format: Format, iso: string, time: string): string {
  const tag = rng.pick(['span', 'em', 'time', 'i']);
  const date = `<${tag}${cls(rng)}>${dateText(rng, iso, time)}</${tag}>`;
  if (format === 'unknown') return date;
  const label = `<span${cls(rng)}>${formatLabel(rng, format)}</span>`;
  const gap = rng.pick(['', ' ', '　', ' · ', ' | ']);
  return rng.chance(0.5) ? `${label}${gap}${date}` : `${date}${gap}${label}`;
}

/** schema.org QAPage for the page, as sites embed it for search engines. */
export function jsonLd(page: TruthPage, options: { date: boolean; author: boolean }): string {
  const answer: Record<string, unknown> = { '@type': 'Answer', text: page.paragraphs.join('\n') };
  if (options.date && page.date) answer.dateCreated = `${page.date}T${page.time}:00+08:00`;
  if (options.author) {
    answer.author = {
      '@type': 'Person',
      name: page.doctor.name,
      jobTitle: page.doctor.title,
      worksFor: { '@type': 'Hospital', name: page.doctor.hospital },
    };
  }
  const data = {
    '@context': 'https://schema.org',
    '@type': 'QAPage',
    mainEntity: { '@type': 'Question', name: page.question, answerCount: 1, acceptedAnswer: answer },
  };
  return `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
}

export type Encoding = 'utf-8' | 'utf-8-bom' | 'gbk-meta' | 'gb2312-http-equiv' | 'gbk-undeclared';

/** The <meta> that declares the encoding (none for undeclared or BOM pages, sometimes). */
export function charsetMeta(encoding: Encoding): string {
  switch (encoding) {
    case 'utf-8':
      return '<meta charset="utf-8">';
    case 'utf-8-bom':
      return '';
    case 'gbk-meta':
      return '<meta charset="gbk">';
    case 'gb2312-http-equiv':
      return '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">';
    case 'gbk-undeclared':
      return '';
  }
}

export function encode(html: string, encoding: Encoding): Buffer {
  if (encoding === 'utf-8') return Buffer.from(html, 'utf8');
  if (encoding === 'utf-8-bom') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(html, 'utf8')]);
  return iconv.encode(html, 'gb18030');
}

/** Bytes in `encoding` (an iconv name), characters it lacks as `&#x…;` references (as old sites write them). */
const REPRESENTABLE = new Map<string, boolean>();
export function bytesIn(html: string, encoding: string): Buffer {
  const out = [...html]
    .map((c) => {
      if (c.charCodeAt(0) < 128) return c;
      const k = `${encoding}:${c}`;
      let ok = REPRESENTABLE.get(k);
      if (ok === undefined) {
        ok = iconv.decode(iconv.encode(c, encoding), encoding) === c;
        REPRESENTABLE.set(k, ok);
      }
      return ok ? c : `&#x${c.codePointAt(0)!.toString(16)};`;
    })
    .join('');
  return iconv.encode(out, encoding);
}

/** youlai and its mirrors print ASCII `,:;` in answers. */
export const asciiPunctuation = (s: string) => s.replace(/，/g, ',').replace(/：/g, ':').replace(/；/g, ';');

/** Page furniture around the content: a top bar and breadcrumbs, a footer. */
export function topBar(rng: Rng, site: string): string {
  return `<div${cls(rng)}><a href="/">${site}</a> <a href="/ask/">问医生</a> <a href="/jibing/">查疾病</a> <a href="/yiyuan/">找医院</a></div>`;
}

export function footer(rng: Rng, site: string): string {
  return `<div${cls(rng)}><a href="/about/">关于我们</a> <a href="/contact/">联系我们</a> <p>Copyright © 2015-2023 ${site} 版权所有</p></div>`;
}

/** From <!DOCTYPE html> to </head>: the charset declaration, the title, the canonical link, what else the page carries there. */
export function pageHead(page: TruthPage, title: string, charset: string, options: { extra?: string; viewport?: boolean } = {}): string {
  const viewport = options.viewport ? '<meta name="viewport" content="width=device-width">\n' : '';
  return `<!DOCTYPE html>\n<html>\n<head>\n${charset}\n${viewport}<title>${esc(title)}</title>\n<link rel="canonical" href="${page.canonical}">\n${options.extra ?? ''}</head>\n`;
}

/** The answer as <p>s. */
export const paragraphsHtml = (paragraphs: readonly string[]) => paragraphs.map((p) => `<p>${esc(p)}</p>`).join('');
