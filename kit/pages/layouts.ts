import iconv from 'iconv-lite';
import { boilerplate, type Boilerplate } from './boilerplate.js';
import type { AnswerFormat, Layout, QaItem } from './universe.js';

/**
 * The layouts qa-harvest knows, rendered from universe items, modelled on the fixture
 * pages: youlai desktop and mobile (UTF-8), the invented 康问健康网 layout (GB18030 bytes,
 * declared only as `<meta charset="gbk">`) and plain-text copies of pages. One renderer per
 * layout: the benchmark corpus, the test site and the tests' page writers all use these.
 */

export type Size = 'standard' | 'large';

export interface RenderedPage {
  /** File name inside its folder; the extension says what it is (.html or .txt). */
  name: string;
  contentType: string;
  body: Buffer;
  /** Entries a reader expects from this page alone: its own plus one per related item. */
  expectedEntries: number;
}

const LABEL: Record<AnswerFormat, string> = { voice: '语音解答', text: '图文解答', video: '视频解答' };
const DISCLAIMER = '提示:本内容不能代替面诊,如有不适请尽快就医。';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** youlai prints ASCII comma, colon and semicolon (as in the seed page). */
const ascii = (s: string) => s.replace(/，/g, ',').replace(/：/g, ':').replace(/；/g, ';');

/** The end of a desktop page's `<head>`, from `<title>` on: the same shape on youlai and 康问. */
function headEnd(h: { title: string; keywords: string; description: string; canonical: string; stylesheet: string; extra: Boilerplate | null }): string {
  return `<title>${esc(h.title)}</title>
<meta name="keywords" content="${esc(h.keywords)}">
<meta name="description" content="${esc(h.description)}">
<link rel="canonical" href="${esc(h.canonical)}">
<link rel="stylesheet" href="${h.stylesheet}">
${h.extra?.head ?? ''}</head>`;
}

/** A corpus page: page `index` of the corpus in its layout and size, with its file name. */
export function renderPage(layout: Layout, size: Size, index: number, item: QaItem, related: QaItem[], hot: QaItem[]): RenderedPage {
  const extra = size === 'large' ? boilerplate(layout, hot) : null;
  const stem = `${String(index).padStart(6, '0')}-${layout}`;
  const expectedEntries = 1 + related.length;
  switch (layout) {
    case 'youlai-desktop':
      return { name: `${stem}-${item.id}.html`, contentType: 'text/html', body: Buffer.from(youlaiDesktop(item, related, { extra })), expectedEntries };
    case 'youlai-mobile':
      return { name: `${stem}-${item.id}.html`, contentType: 'text/html', body: Buffer.from(youlaiMobile(item, related, { extra })), expectedEntries };
    case 'jiankang-gbk':
      return { name: `${stem}-${item.num}.html`, contentType: 'text/html', body: jiankangBytes(item, related, { extra, index }), expectedEntries };
    case 'text-copy':
      return { name: `${stem}-${item.id}.txt`, contentType: 'text/plain', body: Buffer.from(textCopy(item, related)), expectedEntries };
  }
}

export interface YoulaiDesktopOptions {
  /** Navigation, side lists and scripts of a large page (default none). */
  extra?: Boilerplate | null;
  /** `<link rel="canonical">` (default the page's www.youlai.cn URL). */
  canonical?: string;
  /** The doctor card's link (default a doctor page named after the item). */
  doctorHref?: string;
}

/** A youlai desktop question page (`/ask/<id>.html`): the answer in full and a 相关推荐 list. */
export function youlaiDesktop(item: QaItem, related: readonly QaItem[], options: YoulaiDesktopOptions = {}): string {
  const { extra = null, canonical = `https://www.youlai.cn/ask/${item.id}.html`, doctorHref = `/yyk/doctor/${item.id.slice(0, 6)}doc${item.k % 100}.html` } = options;
  const d = item.doctor;
  const items = related
    .map(
      (r) => `        <li>
          <h3><a href="/ask/${r.id}.html" target="_blank">${esc(r.question)}</a></h3>
          <p class="txt">${esc(ascii(r.snippet))}</p>
          <div class="voice"><span class="type">${LABEL[r.format]}</span> <span class="time">${r.date}</span></div>
${r.format === 'voice' ? `          <p class="voice_title">${esc(r.question)}</p>\n` : ''}        </li>`,
    )
    .join('\n');
  return `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
${headEnd({ title: `${item.question}-有来医生`, keywords: item.question, description: `${ascii(item.paragraphs.join('').slice(0, 40))}...`, canonical, stylesheet: '//static.youlai.cn/css/ask_detail.css', extra })}
<body>
<div class="header">
  <a class="logo" href="https://www.youlai.cn/">有来医生</a>
${extra?.nav ?? ''}</div>

<div class="main clearfix">
  <div class="main_left">
    <p class="crumbs"><a href="/">首页</a> &gt; <a href="/ask/">名医问答</a> &gt; ${esc(item.question)}</p>

    <dl>
      <dt><h3><i></i>${esc(item.question)}</h3></dt>
      <dd><p></p></dd>
    </dl>

    <p class="ask_meta"><span>${item.date}</span></p>
    <h4 class="ans_title">医生回答</h4>

    <div class="ans_box clearfix">
      <div class="doc_left">
        <a href="${esc(doctorHref)}"><img src="//file.youlai.cn/cnkfile1/M00/2C/4B/${item.id}.jpg" alt="${esc(d.name)}"></a>
        <h5>${esc(d.name)}<span>${d.title}</span><em>${esc(d.department)}</em><span>${esc(d.hospital)}</span></h5>
        <i class="grade">${d.grade}</i>
      </div>
${item.format === 'voice' ? `      <div class="audio_box"><audio class="audiojs" src="//file.youlai.cn/cnkfile1/M00/2C/4B/${item.id}.mp3" preload="none"></audio></div>\n` : ''}      <div class="docYes">
${item.paragraphs.map((p) => `        <p>${esc(ascii(p))}</p>`).join('\n')}
      </div>
    </div>

    <p class="tips">${DISCLAIMER}</p>

    <div class="recommend">
      <h4>相关推荐</h4>
      <ul>
${items}
      </ul>
    </div>
  </div>

  <div class="main_right">${extra?.side ?? ''}</div>
</div>

<div class="footer">${extra?.footer ?? ''}</div>
<script src="//hm.baidu.com/hm.js?8b53bc0f3e59f56a58a92a894280e28d"></script>
</body>
</html>
`;
}

/** A youlai mobile (MIP) question page; its related links point at m.youlai.cn. */
export function youlaiMobile(item: QaItem, related: readonly QaItem[], options: { extra?: Boilerplate | null } = {}): string {
  const extra = options.extra ?? null;
  const d = item.doctor;
  const items = related
    .map(
      (r) => `    <li>
      <a href="https://m.youlai.cn/askmip/${r.id}.html" data-type="mip">
        <h4>${esc(r.question)}</h4>
        <p class="txt">${esc(ascii(r.snippet))}</p>
        <div class="voice"><span class="type">${LABEL[r.format]}</span> <span class="time">${r.date}</span></div>
${r.format === 'voice' ? `        <p class="voice_title">${esc(r.question)}</p>\n` : ''}      </a>
    </li>`,
    )
    .join('\n');
  const audio =
    item.format === 'voice'
      ? `  <mip-youlai-audio>
    <div id="containnerBox"><div class="containner_box"><div class="containner_in">
      <audio class="audiojs" src="//file.youlai.cn/cnkfile1/M00/2C/4B/${item.id}.mp3" preload="none"></audio>
      <span class="containner_time">0${item.k % 4}:${String(item.k % 60).padStart(2, '0')}</span>
    </div></div></div>
  </mip-youlai-audio>\n`
      : '';
  return `<!DOCTYPE html>
<html mip>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<title>${esc(item.question)}-有来医生</title>
<link rel="stylesheet" type="text/css" href="https://c.mipcdn.com/static/v1/mip.css">
<link rel="canonical" href="https://m.youlai.cn/ask/${item.id}.html">
<style mip-custom>
  .view h1{font-size:20px}
  .containner_in{position:relative}
</style>
${extra?.head ?? ''}</head>
<body>
<header>
  <div class="ylw_header_box"><div class="ylw_header">
    <span class="yl_logo"><a href="//m.youlai.cn/"><mip-img src="//static.youlai.cn/images/youlai/yl_logo_wap.png" alt="有来医生"></mip-img></a></span>
  </div></div>
${extra?.nav ?? ''}</header>

<div class="view">
  <h1>${esc(item.question)}</h1>

  <div class="doc_info">
    <dl>
      <dt>
        <i><mip-img src="//file.youlai.cn/cnkfile1/M00/2C/4B/${item.id}.jpg" alt="${esc(d.name)}"></mip-img></i>
        <h5>${esc(d.name)}<span>${d.title}</span><em>${esc(d.department)}</em></h5>
        <p><span>${esc(d.hospital)}</span><i class="grade">${d.grade}</i></p>
      </dt>
    </dl>
  </div>
  <p class="ask_meta"><span>${item.date}</span></p>

${audio}  <div id="js-content">
${item.paragraphs.map((p) => `    <p>${esc(ascii(p))}</p>`).join('\n')}
  </div>
  <p class="tips">${DISCLAIMER}</p>
</div>

<div class="recommend">
  <h3>相关推荐</h3>
  <ul>
${items}
  </ul>
</div>
${extra?.side ?? ''}
<footer>${extra?.footer ?? ''}</footer>
</body>
</html>
`;
}

export interface JiankangOptions {
  extra?: Boilerplate | null;
  /** Picks the odd astral character of the question description (default 0). */
  index?: number;
  /** What the bytes are and `<meta charset>` says (default GB18030 declared as gbk, as the site does). */
  charset?: 'gbk' | 'utf-8';
}

/** A 康问健康网 page as bytes in its charset. */
export function jiankangBytes(item: QaItem, related: readonly QaItem[], options: JiankangOptions = {}): Buffer {
  const html = jiankang(item, related, options);
  return options.charset === 'utf-8' ? Buffer.from(html, 'utf8') : iconv.encode(html, 'gb18030');
}

/** A 康问健康网 question page (`/wenda/<n>.html`), related items as a `<dl>`; text, before encoding. */
export function jiankang(item: QaItem, related: readonly QaItem[], options: JiankangOptions = {}): string {
  const { extra = null, index = 0, charset = 'gbk' } = options;
  const d = item.doctor;
  const items = related
    .map(
      (r) => `        <dt><a href="/wenda/${r.num}.html">${esc(r.question)}</a></dt>
        <dd class="rel-abs">${esc(r.shortSnippet)}</dd>
        <dd class="rel-meta">${LABEL[r.format]} ${r.date}${r.k % 3 === 0 ? ` ${String(8 + (r.k % 12)).padStart(2, '0')}:${String(r.k % 60).padStart(2, '0')}` : ''}</dd>
`,
    )
    .join('\n');
  // Now and then an astral character, which GB18030 writes in 4 bytes.
  const mood = index % 7 === 0 ? '😣' : index % 11 === 0 ? '𠮷' : '';
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="${charset}">
${headEnd({ title: `${item.question}_康问健康网`, keywords: item.question, description: item.paragraphs[0]!.slice(0, 60), canonical: `https://www.kangwen.example/wenda/${item.num}.html`, stylesheet: 'https://static.kangwen.example/css/wenda.css', extra })}
<body>
<div id="kw-top">
  <a class="kw-logo" href="https://www.kangwen.example/">康问健康网</a>
  <span class="kw-nav"><a href="/wenda/">健康问答</a> <a href="/jibing/">查疾病</a> <a href="/yisheng/">找医生</a></span>
${extra?.nav ?? ''}</div>
<div class="kw-wrap">
  <div class="kw-path">当前位置：<a href="/">首页</a> ＞ <a href="/wenda/">健康问答</a> ＞ <a href="/wenda/k${item.k % 40}/">${esc(d.department)}</a> ＞ 正文</div>
  <div class="kw-col-main">
    <article class="qa-detail">
      <h1 class="qa-title">${esc(item.question)}</h1>
      <div class="qa-meta"><span class="qa-time">${item.date} ${String(8 + (item.k % 12)).padStart(2, '0')}:${String(item.k % 60).padStart(2, '0')}</span>　<span class="qa-views">浏览：${1000 + (item.k % 9000)}次</span></div>
      <div class="qa-ask">问题描述：最近一段时间${mood}总是不舒服，想问一下${esc(item.question.replace(/？$/, ''))}？</div>
      <div class="expert">解答医生：${esc(d.name)} ${d.title} | ${esc(d.department)} | ${esc(d.hospital)}（${d.grade}）</div>
      <section class="qa-answer">
${item.paragraphs.map((p) => `        <p>${esc(p)}</p>`).join('\n')}
      </section>
      <p class="notice">提示：以上内容仅供参考，不能代替面诊，如有不适请及时就医。</p>
    </article>
${related.length === 0 ? '' : `
    <div class="qa-related">
      <h2 class="rel-hd">相关问答</h2>
      <dl class="rel-list">
${items}      </dl>
    </div>
`}  </div>

  <div class="kw-col-side">
    <div class="side-box">
      <h3>热门科室</h3>
      <a href="/wenda/erke/">儿科</a> <a href="/wenda/xiaohua/">消化内科</a> <a href="/wenda/huxi/">呼吸内科</a>
    </div>
${extra?.side ?? ''}  </div>
</div>
<div id="kw-foot">康问健康网　版权所有　本站内容仅供参考，不作为诊断和治疗的依据。${extra?.footer ?? ''}</div>
</body>
</html>
`;
}

/** A plain-text copy of a page, as a reader saves one. */
export function textCopy(item: QaItem, related: readonly QaItem[]): string {
  const d = item.doctor;
  const lines = [
    item.question,
    '',
    d.name,
    `${d.name} ${d.title} ${d.department}`,
    d.hospital,
    d.grade,
    '',
    ...item.paragraphs.flatMap((p) => [ascii(p), '']),
    DISCLAIMER,
    '相关推荐',
    '',
    ...related.flatMap((r) => [r.question, '', ascii(r.snippet), '', `${LABEL[r.format]} ${r.date}`, r.question, '']),
  ];
  return lines.join('\n').trimEnd();
}
