/**
 * A custom element that carries an `href` is a link: a component library's or an instant-page
 * framework's link element (Baidu MIP's `<mip-link href>`, an `<x-link href>`) renders as an `<a>`
 * to that address, so it is read as one. Its element is renamed `a` as the page is parsed
 * (parse-html.ts), before anything reads the tree: the links, the related list and the lines see an
 * `<a href>` where the browser shows one.
 */
export const readsAsLink = (name: string, attribs: Readonly<Record<string, string>>): boolean => name.includes('-') && attribs.href !== undefined;
