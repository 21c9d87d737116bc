import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generatePages, type CorpusOptions } from '../../kit/pages/corpus.js';
import { renderPage } from '../../kit/pages/layouts.js';
import { qaItem, RELATED_SHOWN } from '../../kit/pages/universe.js';

/**
 * The corpus as a web site on 127.0.0.1, for crawl benchmarks: every page at the path its
 * layout uses (youlai desktop `/ask/<id>.html`, mobile `/askmip/<id>.html`, the 康问 mirror
 * `/wenda/<n>.html` in GB18030, text copies `/copy/<id>.txt`), reachable from paginated list
 * pages (`/dise/asklist/0_<n>.html`, 50 links each and 下一页). Like the real site, it has a
 * page for every item a related list links to: `/ask/<id>.html` and `/wenda/<n>.html` of
 * items outside the corpus are rendered on first request (desktop and 康问 layouts), so a
 * crawl that follows related links never runs dry; bound it with a page limit.
 * Corpus pages are rendered once, into memory.
 */
export interface CorpusServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** The first list page: a crawl started here reaches every page. */
  startUrl: string;
  pages: number;
  stats: { requests: number; ok: number; notFound: number; bytes: number; rendered: number };
  close(): Promise<void>;
}

interface Resource {
  body: Buffer;
  type: string;
}

const LIST_SIZE = 50;

export async function startCorpusServer(options: CorpusOptions & { port?: number } = {}): Promise<CorpusServer> {
  const site = new Map<string, Resource>();
  const paths: string[] = [];
  for (const page of generatePages(options)) {
    const id = page.name.replace(/^\d+-[a-z-]+-/, '').replace(/\.\w+$/, '');
    const path =
      page.plan.layout === 'youlai-desktop'
        ? `/ask/${id}.html`
        : page.plan.layout === 'youlai-mobile'
          ? `/askmip/${id}.html`
          : page.plan.layout === 'jiankang-gbk'
            ? `/wenda/${id}.html`
            : `/copy/${id}.txt`;
    // A page that shows an answer another page already shows: the site has it once, at this path.
    if (site.has(path)) continue;
    const type = page.plan.layout === 'jiankang-gbk' ? 'text/html' : page.contentType === 'text/plain' ? 'text/plain; charset=utf-8' : 'text/html; charset=utf-8';
    site.set(path, { body: page.body, type });
    paths.push(path);
  }
  const lists = Math.ceil(paths.length / LIST_SIZE);
  for (let n = 1; n <= lists; n++) {
    const links = paths.slice((n - 1) * LIST_SIZE, n * LIST_SIZE).map((p) => `<li><h3><a href="${p}">${p}</a></h3></li>`);
    const next = n < lists ? `<a class="pageyl" href="/dise/asklist/0_${n + 1}.html">下一页</a>` : '';
    site.set(`/dise/asklist/0_${n}.html`, {
      type: 'text/html; charset=utf-8',
      body: Buffer.from(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>问答列表 第${n}页-有来医生</title></head><body><ul>${links.join('')}</ul><div id="pages">${next}</div></body></html>`),
    });
  }
  site.set('/robots.txt', { type: 'text/plain', body: Buffer.from('User-agent: *\nAllow: /\n') });

  const seed = options.seed ?? 1;
  /** An item's page outside the corpus, from the id in its path (the id's first six hex digits are the item number). */
  const renderOnDemand = (path: string): Resource | undefined => {
    const ask = path.match(/^\/ask\/([0-9A-F]{6})[0-9A-Za-z]{5}\.html$/);
    const wenda = path.match(/^\/wenda\/(\d+)\.html$/);
    const k = ask ? parseInt(ask[1]!, 16) : wenda ? Number(wenda[1]) - 100_000 : -1;
    if (k < 0) return undefined;
    const item = qaItem(seed, k);
    if (ask && path !== `/ask/${item.id}.html`) return undefined;
    const layout = ask ? 'youlai-desktop' : 'jiankang-gbk';
    const related = item.related.slice(0, RELATED_SHOWN[layout]).map((r) => qaItem(seed, r));
    const page = renderPage(layout, 'standard', k, item, related, []);
    const resource = { body: page.body, type: ask ? 'text/html; charset=utf-8' : 'text/html' };
    site.set(path, resource);
    return resource;
  };

  const stats = { requests: 0, ok: 0, notFound: 0, bytes: 0, rendered: 0 };
  const server: Server = createServer((req, res) => {
    stats.requests++;
    const path = (req.url ?? '/').split('?')[0]!;
    let resource = site.get(path);
    if (!resource) {
      resource = renderOnDemand(path);
      if (resource) stats.rendered++;
    }
    if (!resource) {
      stats.notFound++;
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    stats.ok++;
    stats.bytes += resource.body.length;
    res.writeHead(200, { 'content-type': resource.type, 'content-length': resource.body.length }).end(resource.body);
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    startUrl: `${origin}/dise/asklist/0_1.html`,
    pages: paths.length,
    stats,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
