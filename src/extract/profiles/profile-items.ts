import type { Element } from 'domhandler';
import type { AnswerFormat } from '../../schema/entry.js';
import type { EntryDraft } from '../../schema/records.js';
import { compactNfkc } from '../words/compact-nfkc.js';
import { noDoctor } from '../draft.js';
import { firstLine, renderLines } from '../lines/html-lines.js';
import { readMetaLine, type MetaLine } from '../dates/page-meta.js';
import { isReadMore } from '../words/read-more.js';
import type { PageQuery } from '../reader/page-query.js';
import type { Layout } from './index.js';
import { asksAsItem } from '../related/related-items.js';
import { itemDate, splitOpeningTag, withoutSnippetLabel } from '../related/related-item.js';
import { opensNoPage } from '../related/item-address.js';
import { itemParts } from './item-parts.js';
import { readItemMeta } from './item-meta.js';

export type RelatedItemsSpec = NonNullable<Layout['relatedItems']>;

/**
 * The related list as a site profile itemises it (its `relatedItems` selectors), in the order printed:
 * each item's question from its link (or the element the profile names), its address, its snippet's
 * lines and the format and date its meta line prints, read as the genre rules read them (the tag
 * before a question, an answer label before the snippet, an item's date). Null, so the genre rules
 * read the list, where the selectors find no item, or one without a link to a page or a question,
 * or one that prints more than they read (printsOnly, a link or a read-more line in its snippet, a
 * meta line saying more than format and day): the site's markup is not the one the profile knows.
 */
export function readProfileItems(q: PageQuery, spec: RelatedItemsSpec, resolve: (href: string) => string): EntryDraft[] | null {
  const elements = q.all(spec.item);
  if (elements.length === 0) return null;
  const items: EntryDraft[] = [];
  for (const el of elements) {
    const item = readProfileItem(q, el, spec, resolve, items.length);
    if (!item) return null;
    items.push(item);
  }
  return items;
}

function readProfileItem(q: PageQuery, el: Element, spec: RelatedItemsSpec, resolve: (href: string) => string, position: number): EntryDraft | null {
  const { link, printed, snippet: snippetAt, meta: metaAt, linkInside, rest } = itemParts(q, el, spec);
  const address = link?.attribs.href?.trim();
  if (!link || !address || opensNoPage(address)) return null;
  if (!printed) return null;
  const { question, tag } = splitOpeningTag(firstLine(printed));
  if (!asksAsItem(question)) return null;
  const snippet = snippetAt ? renderLines(snippetAt).map((l) => l.text) : [];
  if (snippet.length > 0) snippet[0] = withoutSnippetLabel(snippet[0]!);
  if (!printsOnly(rest, question)) return null;
  // A link in the snippet or the meta line (展开, 查看全文, a tag's page) is a prompt or an item of its own: the genre rules know them.
  if (linkInside) return null;
  if (snippet.some((line) => line.length <= 40 && isReadMore(compactNfkc(line)))) return null;
  const meta: MetaLine[] = [];
  if (tag) meta.push(readMetaLine(tag));
  const metaText = metaAt ? renderLines(metaAt).map((l) => l.text).join(' ') : null;
  if (metaText) meta.push(readItemMeta(metaText));
  // A meta line that says more than a format and a date is not the line the profile knows.
  if (meta.some((m) => !m.metaOnly)) return null;
  const format: AnswerFormat = meta.find((m) => m.format !== 'unknown')?.format ?? 'unknown';
  return {
    question,
    answerParagraphs: snippet.filter((line) => line !== ''),
    doctor: noDoctor(),
    format,
    date: itemDate(meta),
    hasDisclaimer: false,
    origin: 'related',
    position,
    url: resolve(address),
    relatedUrls: [],
    readBy: 'profile',
  };
}

const squash = (text: string) => text.replace(/\s+/gu, '');
/** A character `squash` keeps. */
const NOT_SPACE_RE = /\S/u;

/**
 * Whether the item prints nothing but the parts the selectors read, and its question again (a
 * player's title): an ad's 广告 mark, a badge, a line of hidden text or any line the profile does not
 * know sends the list to the genre rules, which read every line of an item. Told by its text
 * outside those parts (`rest`, item-parts.ts), not its lines: no second walk of the item.
 */
function printsOnly(rest: string, question: string): boolean {
  // Most items print nothing else (`rest` empty): told without squashing either.
  if (rest === '') return NOT_SPACE_RE.test(question);
  const asked = squash(question);
  return asked !== '' && squash(rest).replaceAll(asked, '') === '';
}
