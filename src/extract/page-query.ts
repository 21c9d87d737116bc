import type { CheerioAPI } from 'cheerio/slim';
import type { Element } from 'domhandler';
import { compileSelector, findWithin, firstWithin, isElement, type CompiledSelector } from './css-match.js';
import { textContent, type PageIndex } from './page-index.js';
import type { RelatedItems } from './profiles/profile.js';
import { findRelatedList, type NamedItem, type RelatedList } from './related-list.js';

/**
 * What a site profile asks of a page: the elements a selector matches in the document or
 * inside an element, and the page's text. Answered from the page's one walk (page-index.ts)
 * where the selector was compiled into it, by cheerio otherwise (learning, tests, CSS the
 * compiler leaves to cheerio); either way the answer is cheerio's.
 */
export interface PageQuery {
  /** `$(css).toArray()`. */
  all(css: string): Element[];
  /** `$(scope).find(css).toArray()`. */
  within(scope: Element, css: string): Element[];
  /** `$('body').text()`. */
  bodyText(): string;
  /**
   * The page's related list (related-list.ts), found once per page, link resolver and label: `label`,
   * the selector of the list's label where a site profile names one (its first match is the label);
   * `items`, its items' parts where the profile names them too.
   */
  relatedList(resolve: (href: string) => string, label?: string, items?: RelatedItems): RelatedList;
}

/** A profile's functions take either a cheerio document or a query. */
export type Queryable = CheerioAPI | PageQuery;

export function asQuery(page: Queryable): PageQuery {
  return typeof page === 'function' ? cheerioQuery(page) : page;
}

export function cheerioQuery($: CheerioAPI): PageQuery {
  return {
    all: (css) => $(css).toArray().filter(isElement),
    within: (scope, css) => $(scope).find(css).toArray().filter(isElement),
    bodyText: () => $('body').text(),
    relatedList(resolve, label, items) {
      const named = label ? ($(label).toArray().find(isElement) ?? null) : null;
      return findRelatedList($, resolve, named, named && items ? namedItems(this, items) : null);
    },
  };
}

/** The items a profile names, each with its parts (the first match of each part's selector inside it). */
function namedItems(q: PageQuery, spec: RelatedItems): NamedItem[] {
  const parts = [spec.link, spec.snippet, ...(spec.format ? [spec.format] : []), ...(spec.date ? [spec.date] : [])];
  const compiled = parts.map(compileSelector);
  // Each item's parts in one walk of it, where every part's selector compiles (else as `within` finds them).
  const firstOf = compiled.every((c) => c !== null)
    ? (item: Element) => firstWithin(item, compiled as CompiledSelector[])
    : (item: Element) => parts.map((css) => q.within(item, css)[0]);
  return q.all(spec.item).map((item) => {
    const [link, snippet, ...meta] = firstOf(item);
    return {
      item,
      link,
      question: spec.question ? (link && q.within(link, spec.question)[0]) : link,
      snippet,
      meta,
      dated: spec.date !== undefined,
    };
  });
}

/** Queries answered from the page's index; `$` (made when first needed) answers the rest. */
export function indexedQuery(index: PageIndex, $: () => CheerioAPI): PageQuery {
  const walked = new Map<string, Element[]>();
  const lists = new Map<(href: string) => string, Map<string, RelatedList>>();
  const query: PageQuery = {
    all(css) {
      const found = index.found.get(css) ?? walked.get(css);
      if (found) return found;
      const compiled = compileSelector(css);
      const result = compiled ? findWithin(index.document as unknown as Element, compiled) : $()(css).toArray().filter(isElement);
      walked.set(css, result);
      return result;
    },
    within(scope, css) {
      const compiled = compileSelector(css);
      return compiled ? findWithin(scope, compiled) : $()(scope).find(css).toArray().filter(isElement);
    },
    bodyText() {
      // The body's text nodes were noted as the page was parsed: joined, without a walk.
      if (index.bodyTexts) return index.bodyTexts.map((t) => t.data).join('');
      return index.bodies.map(textContent).join('');
    },
    relatedList(resolve, label = '', items) {
      let byLabel = lists.get(resolve);
      if (!byLabel) lists.set(resolve, (byLabel = new Map()));
      const key = items ? `${label}\n${items.item}` : label;
      let list = byLabel.get(key);
      if (!list) {
        const named = label ? (query.all(label)[0] ?? null) : null;
        byLabel.set(key, (list = findRelatedList(index, resolve, named, named && items ? namedItems(query, items) : null)));
      }
      return list;
    },
  };
  return query;
}
