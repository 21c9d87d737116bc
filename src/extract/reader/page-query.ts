import type { CheerioAPI } from 'cheerio/slim';
import type { Element } from 'domhandler';
import { compileSelector, findFirstWithin, findWithin, isElement } from '../tree/css-match.js';
import { textContent, type PageIndex } from '../tree/page-index.js';
import { findRelatedList, type RelatedList } from '../related/related-list.js';

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
  /** The first of `within(scope, css)`, found without looking further. */
  first(scope: Element, css: string): Element | null;
  /** `$('body').text()`. */
  bodyText(): string;
  /**
   * The page's related list (related-list.ts), found once per page, link resolver and label: `label`,
   * the selector of the list's label where a site profile names one (its first match is the label).
   */
  relatedList(resolve: (href: string) => string, label?: string): RelatedList;
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
    first: (scope, css) => $(scope).find(css).toArray().find(isElement) ?? null,
    bodyText: () => $('body').text(),
    relatedList: (resolve, label) => findRelatedList($, resolve, label ? ($(label).toArray().find(isElement) ?? null) : null),
  };
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
    first(scope, css) {
      const compiled = compileSelector(css);
      return compiled ? findFirstWithin(scope, compiled) : ($()(scope).find(css).toArray().find(isElement) ?? null);
    },
    bodyText() {
      // The body's text nodes were noted as the page was parsed: joined, without a walk.
      // Added on one by one, not mapped and joined: no array of them is made (the text is flattened once, where it is read).
      if (index.bodyTexts) {
        let text = '';
        for (const t of index.bodyTexts) text += t.data;
        return text;
      }
      return index.bodies.map(textContent).join('');
    },
    relatedList(resolve, label = '') {
      let byLabel = lists.get(resolve);
      if (!byLabel) lists.set(resolve, (byLabel = new Map()));
      let list = byLabel.get(label);
      if (!list) byLabel.set(label, (list = findRelatedList(index, resolve, label ? (query.all(label)[0] ?? null) : null)));
      return list;
    },
  };
  return query;
}
