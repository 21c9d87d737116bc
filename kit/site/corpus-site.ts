import { generatePages, type CorpusOptions } from '../pages/corpus.js';
import { renderPage } from '../pages/layouts.js';
import { listPage } from '../pages/navigation.js';
import { qaItem, RELATED_SHOWN, type Layout } from '../pages/universe.js';
import { startServer, type KitServer, type Reply, type ServerOptions } from './server.js';

/**
 * The benchmark corpus as a web site, for crawl-speed measurements: every page at the path its
 * layout uses (youlai desktop `/ask/<id>.html`, mobile `/askmip/<id>.html`, the 康问 mirror
 * `/wenda/<n>.html` in GB18030, text copies `/copy/<id>.txt`), reachable from paginated list
 * pages (`/dise/asklist/0_<n>.html`, 50 links each and 下一页). Like the real site, it has a
 * page for every item a related list links to: `/ask/<id>.html` and `/wenda/<n>.html` of
 * items outside the corpus are rendered on first request (desktop and 康问 layouts), so a
 * crawl that follows related links never runs dry; bound it with a page limit.
 * Corpus pages are rendered once, into memory.
 */
export interface CorpusSite extends KitServer {
  /** The first list page: a crawl started here reaches every corpus page. */
  startUrl: string;
  /** Corpus pages served (a page showing an answer another page shows is served once). */
  pages: number;
}

const LIST_SIZE = 50;
const PATH_OF: Record<Layout, (id: string) => string> = {
  'youlai-desktop': (id) => `/ask/${id}.html`,
  'youlai-mobile': (id) => `/askmip/${id}.html`,
  'jiankang-gbk': (id) => `/wenda/${id}.html`,
  'text-copy': (id) => `/copy/${id}.txt`,
};
const TYPE_OF: Record<Layout, string> = {
  'youlai-desktop': 'text/html; charset=utf-8',
  'youlai-mobile': 'text/html; charset=utf-8',
  // The charset only in <meta>, as the site sends it.
  'jiankang-gbk': 'text/html',
  'text-copy': 'text/plain; charset=utf-8',
};

export async function startCorpusSite(options: CorpusOptions & ServerOptions = {}): Promise<CorpusSite> {
  const site = new Map<string, Reply>();
  const paths: string[] = [];
  for (const page of generatePages(options)) {
    const id = page.name.replace(/^\d+-[a-z-]+-/, '').replace(/\.\w+$/, '');
    const path = PATH_OF[page.plan.layout](id);
    if (site.has(path)) continue;
    site.set(path, { status: 200, headers: { 'content-type': TYPE_OF[page.plan.layout] }, body: page.body });
    paths.push(path);
  }
  const lists = Math.ceil(paths.length / LIST_SIZE);
  for (let n = 1; n <= lists; n++) {
    const html = listPage('0', n, lists, paths.slice((n - 1) * LIST_SIZE, n * LIST_SIZE));
    site.set(`/dise/asklist/0_${n}.html`, { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: Buffer.from(html) });
  }
  site.set('/robots.txt', { status: 200, headers: { 'content-type': 'text/plain' }, body: Buffer.from('User-agent: *\nAllow: /\n') });

  const seed = options.seed ?? 1;
  /** An item's page outside the corpus, from the id in its path (the id's first six hex digits are the item number). */
  const renderOnDemand = (path: string): Reply | undefined => {
    const ask = path.match(/^\/ask\/([0-9A-F]{6})[0-9A-Za-z]{5}\.html$/);
    const wenda = path.match(/^\/wenda\/(\d+)\.html$/);
    const k = ask ? parseInt(ask[1]!, 16) : wenda ? Number(wenda[1]) - 100_000 : -1;
    if (k < 0) return undefined;
    const item = qaItem(seed, k);
    if (ask && path !== `/ask/${item.id}.html`) return undefined;
    const layout = ask ? 'youlai-desktop' : 'jiankang-gbk';
    const related = item.related.slice(0, RELATED_SHOWN[layout]).map((r) => qaItem(seed, r));
    const reply: Reply = { status: 200, headers: { 'content-type': TYPE_OF[layout] }, body: renderPage(layout, 'standard', k, item, related, []).body };
    site.set(path, reply);
    return reply;
  };
  const notFound: Reply = { status: 404, headers: { 'content-type': 'text/plain' }, body: 'not found', fault: true };

  const server = await startServer(() => (path) => site.get(path) ?? renderOnDemand(path) ?? notFound, { validators: false, ...options });
  return Object.assign(server, { startUrl: `${server.origin}/dise/asklist/0_1.html`, pages: paths.length });
}
