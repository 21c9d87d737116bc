import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import {
  ASKER_LINES, DISCLAIMERS, FEW_TITLES, ask, cardPlain, documentOf, formatWord, hm, otherName, plainCard, plainKey, relatedList, relatedWith, shift, token, topicWord, whenLine,
} from './ordinary-parts.js';
import { cls, esc, wrap } from './parts.js';
import type { TruthPage } from './truth.js';

/**
 * Thirty-second blind set (split `fresh-35`): written blind on 2026-12-01 — without reading the
 * reader (src/extract/, src/flags/) or its tests and without running it on these pages — and
 * committed before its first run. The writer chose the families: three modelled on kinds of real
 * page of the genre no earlier family covers (a 新马 Chinese-language portal that prints its days
 * day first; a private hospital's site under its 商务通-style live-chat invitation, whose box names
 * another doctor and greets the visitor; a 短信问诊 record whose reply came as numbered SMS parts),
 * three on what crawling or rendering does to one (a `curl -i` dump: the HTTP status and headers
 * before the page and its chunked framing left in; React's streaming render, whose late parts wait
 * in hidden `<div>`s at the end of the body until an inline script moves them in; a typewriter
 * animation that keeps each character of the answer in a span of its own under an `aria-label`).
 *
 * The answer key holds what a careful person reads on the page, as a browser displays it (with its
 * inline scripts run, as earlier splits keyed `document.write`); a field the page does not print is
 * null, and agrees with the earlier splits (meta, JSON-LD and attributes are not printed; an item
 * is known by its address; a format only where a format word is printed). Where a careful person
 * could hesitate, the key decides:
 * - http-chunked: the status lines and headers (their `Date:` and `Last-Modified:` days too) and
 *   the chunk sizes printed between the page's blocks are transfer framing, none of the Q&A; the
 *   date is the page's own printed day, null where it prints none.
 * - react-streaming: a part streamed late (the card, the answer, the related list) is shown where
 *   its placeholder stands once `$RC` runs, which it does while the page loads; its loading fallback
 *   (加载中…, a skeleton) is then gone. The key is the page as shown: every part in its place.
 * - nanyang-portal: every day is printed day first (`06/05/2023` is 6 May 2023), as the header's
 *   own day shows on every page (its day of the month is over 12); a 12-hour time (`2:22PM`,
 *   `下午2:22`) is no part of the day. A `<time datetime>` or JSON-LD in UTC is not printed: an
 *   answer given before 08:00 local time is dated by its printed day, not the UTC day before it.
 * - swt-chat-invite: the chat widget (its doctor, their greeting, its buttons, its open chat window)
 *   is the site's sales furniture: none of the card, the answer, the date or the related items.
 * - sms-consult: the reply is one message sent in parts; the answer is the parts joined, without
 *   their `(k/n)` markers, the signature `【…】`, the `name医生回复您：` prefix and the `回复TD退订`
 *   tail; a part may end mid-sentence and the next continues the same paragraph; the paragraphs
 *   are the message's line breaks. The format is unknown (短信 names no answer format); the date is
 *   the reply's day (the asker's message is earlier).
 * - typewriter-spans: the text is what the spans show, one character each, in order; the
 *   `aria-label` repeating it is not shown, and `aria-hidden` hides nothing from sight.
 */

type Related = TruthPage['related'][number];

// --- F1. http-chunked ---

/** Where a server may flush a chunk: right after a block's end tag. */
const FLUSH_POINTS = /<\/(?:p|li|div|h1|ul|header|footer|section|head)>\n?/g;

/**
 * F1. An ordinary desktop page (the `<h1>`, a plain card with the grade on 60%, a date line on 75%
 * with a format word on 40% of those, the answer, a disclaimer, a related list dated on half) saved
 * by a crawler that wrote the raw response (`curl -i`, `-L` on 30%: a `301 Moved Permanently`
 * header block with its `Location:` first): the status line and headers (Server, a `Date:` of the
 * crawl 100–1500 days after the answer, Content-Type, on 60% `Last-Modified:` between the two, on
 * 40% a short `Set-Cookie:`, `Vary`), then on 80% the body in chunked framing as it came — hex
 * sizes (upper case on 30%) on lines of their own between chunks that end after block end tags,
 * the closing `0` — else the body whole under `Content-Length:`. The charset `<meta>` stays inside
 * the first 1,024 bytes, where a browser looks for it.
 */
const httpChunked: Family = {
  name: 'http-chunked',
  split: 'fresh-35',
  site: 'www.kuaiwen-yisheng.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.6);
    const printDate = rng.chance(0.75);
    const printFormat = printDate && rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const card = plainCard(rng, page, gradeShown);
    const when = printDate ? whenLine(rng, page, printFormat) : '';
    const answer = `<div${cls(rng)}>\n${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}\n</div>`;
    const body = `<header${cls(rng)}><a href="/">快问医生</a> <a href="/ask/">我要提问</a> <a href="/ks/">科室</a></header>
${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${rng.chance(0.5) ? `${card}\n${when}` : `${when}\n${card}`}\n${answer}`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${relatedList(rng, page.related, datedItems)}
<footer${cls(rng)}>© 2024 快问医生</footer>`;
    const html = documentOf(`${page.question}_快问医生`, page.canonical, '', body);

    const crawlMs = Date.parse(`${page.date}T00:00:00Z`) + rng.int(100, 1500) * 86_400_000 + rng.int(0, 86_399) * 1000;
    const modifiedMs = Date.parse(`${page.date}T00:00:00Z`) + rng.int(1, 99) * 86_400_000 + rng.int(0, 86_399) * 1000;
    const server = rng.pick(['nginx', 'nginx/1.18.0', 'Tengine', 'openresty']);
    const redirect = rng.chance(0.3)
      ? `HTTP/1.1 301 Moved Permanently\r\nServer: ${server}\r\nDate: ${new Date(crawlMs).toUTCString()}\r\nContent-Type: text/html\r\nContent-Length: 0\r\nLocation: ${page.canonical}\r\n\r\n`
      : '';
    const chunked = rng.chance(0.8);
    const headers = [
      `HTTP/1.1 200 OK`,
      `Server: ${server}`,
      `Date: ${new Date(crawlMs).toUTCString()}`,
      `Content-Type: text/html; charset=utf-8`,
      chunked ? 'Transfer-Encoding: chunked' : `Content-Length: ${Buffer.byteLength(html, 'utf8')}`,
      'Connection: keep-alive',
      ...(rng.chance(0.6) ? [`Last-Modified: ${new Date(modifiedMs).toUTCString()}`] : []),
      ...(rng.chance(0.4) ? [`Set-Cookie: acw_tc=${token(rng, 24)}; path=/; HttpOnly; Max-Age=1800`] : []),
      'Vary: Accept-Encoding',
    ].join('\r\n');
    let framed = html;
    if (chunked) {
      const upper = rng.chance(0.3);
      const cuts = [...html.matchAll(FLUSH_POINTS)].map((m) => m.index! + m[0].length).filter((at) => at < html.length && rng.chance(0.3));
      const pieces = [0, ...cuts, html.length].slice(1).map((end, i, ends) => html.slice(i === 0 ? 0 : ends[i - 1], end));
      const size = (s: string) => (upper ? Buffer.byteLength(s, 'utf8').toString(16).toUpperCase() : Buffer.byteLength(s, 'utf8').toString(16));
      framed = `${pieces.map((piece) => `${size(piece)}\r\n${piece}\r\n`).join('')}0\r\n\r\n`;
    }
    return {
      body: Buffer.from(`${redirect}${headers}\r\n\r\n${framed}`, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, gradeShown),
        date: printDate ? page.date : null,
        format: printFormat ? page.format : 'unknown',
        related: relatedWith(page, (e) => ({ format: 'unknown', date: datedItems ? e.date : null })),
      }),
    };
  },
};

// --- F2. react-streaming ---

/** React's boundary-completing function as its streaming renderer inlines it (minified). */
const RC_FUNCTION =
  '$RC=function(b,c,e){c=document.getElementById(c);c.parentNode.removeChild(c);var a=document.getElementById(b);if(a){b=a.previousSibling;if(e)b.data="$!",a.setAttribute("data-dgst",e);else{e=b.parentNode;a=b.nextSibling;var f=0;do{if(a&&8===a.nodeType){var d=a.data;if("/$"===d)if(0===f)break;else f--;else"$"!==d&&"$?"!==d&&"$!"!==d||f++}d=a.nextSibling;e.removeChild(a);a=d}while(a);for(;c.firstChild;)e.insertBefore(c.firstChild,a);b.data="$"}b._reactRetry&&b._reactRetry()}};';

/**
 * F2. A React page rendered by streaming (Next.js app router kind) and saved as it arrived: the
 * shell (`<div id="__next">` or `id="root"`, header, `<h1>`, the date line with a format word on
 * 40%, a disclaimer, footer) with the card (35%), the answer (60%) and the related list (70%, where
 * there is one; the answer where none of them is drawn) each left as a Suspense placeholder —
 * `<!--$?--><template id="B:n"></template>` and a fallback (an empty skeleton, `加载中...`,
 * `正在加载回答…` and the like) up to `<!--/$-->` —, their content at the end of the body in `<div hidden
 * id="S:n">`s, in order or not (50%), each followed by `$RC("B:n","S:n")` (the first script defining
 * `$RC`); a part not streamed sits in place, between `<!--$-->` and `<!--/$-->` on half the pages.
 * Plain card (grade on 60%), related list dated on half.
 */
const reactStreaming: Family = {
  name: 'react-streaming',
  split: 'fresh-35',
  site: 'www.liushi-wenzhen.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.6);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const card = plainCard(rng, page, gradeShown);
    const when = whenLine(rng, page, printFormat);
    const answer = `<div${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>`;
    const list = relatedList(rng, page.related, datedItems);
    const late = { card: rng.chance(0.35), answer: rng.chance(0.6), list: list !== '' && rng.chance(0.7) };
    if (!late.card && !late.answer && !late.list) late.answer = true;
    const marked = rng.chance(0.5);
    const segments: string[] = [];
    const place = (html: string, streamed: boolean, loading: string) => {
      if (!streamed) return marked ? `<!--$-->${html}<!--/$-->` : html;
      const n = segments.length;
      const fallback = rng.pick([
        `<div class="skeleton"><div class="sk-avatar"></div><div class="sk-line"></div><div class="sk-line short"></div></div>`,
        `<div${cls(rng)}>加载中...</div>`,
        `<p${cls(rng)}>${loading}</p>`,
      ]);
      segments.push(`<div hidden id="S:${n}">${html}</div>`);
      return `<!--$?--><template id="B:${n}"></template>${fallback}<!--/$-->`;
    };
    const cardSlot = place(card, late.card, '正在加载医生信息…');
    const answerSlot = place(answer, late.answer, '正在加载回答…');
    const listSlot = list ? place(list, late.list, '正在加载相关问题…') : '';
    const order = segments.map((_, i) => i);
    if (rng.chance(0.5)) order.reverse();
    const tail = order
      .map((n, k) => `${segments[n]}<script>${k === 0 ? RC_FUNCTION : ''}$RC("B:${n}","S:${n}")</script>`)
      .join('');
    const root = rng.pick(['__next', 'root']);
    const body = `<div id="${root}"><header${cls(rng)}><a href="/">流式问诊</a><a href="/search">搜索</a></header><main${cls(rng)}>
<h1${cls(rng)}>${esc(page.question)}</h1>
${rng.chance(0.5) ? `${cardSlot}\n${when}` : `${when}\n${cardSlot}`}
${answerSlot}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${listSlot}
</main><footer${cls(rng)}>© 2024 流式问诊</footer></div>
<script src="/_next/static/chunks/webpack-${token(rng, 16)}.js" async=""></script>
${tail}`;
    const html = documentOf(`${page.question} | 流式问诊`, page.canonical, '<meta name="viewport" content="width=device-width, initial-scale=1">\n', body);
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

// --- F3. nanyang-portal ---

const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

/** A day printed day first: 06/05/2023, 06-05-2023, 06.05.2023. */
const dayFirst = (iso: string, sep: string) => iso.split('-').reverse().join(sep);

/** A time of day on the 12-hour clock: 2:22PM or 下午2:22. */
const twelveHour = (time: string, chinese: boolean) => {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const h12 = h % 12 === 0 ? 12 : h % 12;
  const mm = String(m).padStart(2, '0');
  return chinese ? `${h < 12 ? '上午' : '下午'}${h12}:${mm}` : `${h12}:${mm}${h < 12 ? 'AM' : 'PM'}`;
};

/**
 * F3. A Malaysian / Singaporean Chinese-language portal's 健康问答 channel (`lang="zh-MY"` or
 * `zh-SG`) republishing mainland doctors' answers (a 本栏目内容由合作平台提供 note): a header with
 * the day the page was served (`今天：星期二，17/09/2024`, 20–900 days after the answer, always on
 * a day of the month over 12), every day printed day first in one style a page (`dd/mm/yyyy`,
 * `dd-mm-yyyy` or `dd.mm.yyyy`), the answer's time on the 12-hour clock on 50% (before 08:00 on 40%
 * of all pages: a night answer); the date inside `<time datetime>` in UTC on 60%, a JSON-LD
 * `dateCreated` in UTC on 40%; the card `主答医生：name（title）`, hospital (grade on 50%) and
 * department; a format word on 40%; RM prices in a 健康配套 ad; related items dated day first on 70%.
 */
const nanyangPortal: Family = {
  name: 'nanyang-portal',
  split: 'fresh-35',
  site: 'www.nanyang-jiankang.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const sep = rng.pick(['/', '-', '.']);
    const gradeShown = rng.chance(0.5);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.7);
    const night = rng.chance(0.4);
    const time = night ? `0${rng.int(0, 7)}:${String(rng.int(0, 59)).padStart(2, '0')}` : page.time;
    let served = shift(page.date!, rng.int(20, 900));
    while (Number(served.slice(8, 10)) <= 12) served = shift(served, 1);
    const weekday = WEEKDAYS[new Date(`${served}T00:00:00Z`).getUTCDay()]!;
    const utc = new Date(Date.parse(`${page.date}T${time}:00+08:00`)).toISOString().replace('.000Z', 'Z');
    const shownTime = rng.chance(0.5) ? ` ${twelveHour(time, rng.chance(0.5))}` : '';
    const dayHtml = `${dayFirst(page.date!, sep)}${shownTime}`;
    const dateEl = rng.chance(0.6) ? `<time datetime="${utc}"${cls(rng)}>${dayHtml}</time>` : `<span${cls(rng)}>${dayHtml}</span>`;
    const format = printFormat ? ` <span${cls(rng)}>${formatWord(rng, page.format)}</span>` : '';
    const dateLine = `<div${cls(rng)}>${rng.pick(['发布于 ', '回答日期：', '日期：', ''])}${dateEl}${format}</div>`;
    const hospital = `${esc(d.hospital!)}${gradeShown ? rng.pick([`（${d.hospital_grade}）`, ` ${d.hospital_grade}`]) : ''}`;
    const card = rng.pick([
      `<div${cls(rng)}><p>主答医生：<b>${esc(d.name!)}</b>（${d.title}）</p><p>${hospital} · ${esc(d.department!)}</p></div>`,
      `<div${cls(rng)}><span${cls(rng)}>${esc(d.name!)}</span><span${cls(rng)}>${d.title}</span><p${cls(rng)}>${esc(d.department!)}</p><p${cls(rng)}>${hospital}</p></div>`,
    ]);
    const ld = rng.chance(0.4)
      ? `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'QAPage', mainEntity: { '@type': 'Question', name: page.question, acceptedAnswer: { '@type': 'Answer', dateCreated: utc, text: page.paragraphs.join('\n') } } })}</script>\n`
      : '';
    const ad = `<div${cls(rng)}><b>健康配套</b> 全身体检配套 只需 RM${rng.int(199, 899)}，优惠至 ${dayFirst(shift(served, rng.int(5, 40)), sep)} <a href="/promo/">了解更多</a></div>`;
    const items = page.related.length
      ? `<div${cls(rng)}><h3>${rng.pick(['相关问答', '延伸阅读', '你可能也想知道'])}</h3><ul${cls(rng)}>${page.related
          .map((r: Related) => `<li${cls(rng)}><a href="${r.path}">${esc(r.question)}</a><p${cls(rng)}>${esc(r.snippet)}</p>${datedItems ? `<span${cls(rng)}>${dayFirst(r.date!, sep)}</span>` : ''}</li>`)
          .join('\n')}</ul></div>`
      : '';
    const body = `<div${cls(rng)}><span>今天：${weekday}，${dayFirst(served, sep)}</span> <a href="/">南洋健康网</a> <a href="/news/">新闻</a> <a href="/health/qa/">健康问答</a> <a href="/login">登入</a></div>
${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${rng.chance(0.5) ? `${card}\n${dateLine}` : `${dateLine}\n${card}`}\n<div${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>\n<p${cls(rng)}>本栏目内容由合作平台提供，仅供参考。</p>`)}
${rng.chance(0.5) ? `${ad}\n${items}` : `${items}\n${ad}`}
<div${cls(rng)}>© ${served.slice(0, 4)} 南洋健康网 版权所有</div>`;
    const html = documentOf(`${page.question} | 南洋健康网`, page.canonical, ld, body).replace('<html lang="zh-CN">', `<html lang="${rng.pick(['zh-MY', 'zh-SG'])}">`);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, gradeShown),
        format: printFormat ? page.format : 'unknown',
        related: relatedWith(page, (e) => ({ format: 'unknown', date: datedItems ? e.date : null })),
      }),
    };
  },
};

// --- F4. swt-chat-invite ---

/**
 * F4. A private hospital's 专家答疑 page under its live-chat vendor's invitation (商务通 / 53客服 /
 * 快商通 kind): the masthead (the card's hospital, 医保定点单位, a 400 number), the `<h1>`, a plain
 * card (grade on 50%), a date line on 85% (format word on 40% of those), the answer, a related
 * list (dated on half); and the vendor's boxes: an invitation (`#LRdiv0`-style ids, fixed in the
 * middle) with another doctor's avatar, `name title 在线`, a greeting in the first person (`您好，我是
 * name医生，请问您哪里不舒服？…`), 立即咨询 / 稍后再说 / 电话回拨; on 50% a chat window opened with
 * 已接通 name医生 and the same doctor's message stamped with a time; on 60% a left float bar
 * (在线咨询, 预约挂号, 电话) and on 50% a bottom bar `{disease}专家在线 免费咨询`. The boxes stand at
 * the start of the body (30%), at its end (50%) or between the answer and the related list.
 */
const swtChatInvite: Family = {
  name: 'swt-chat-invite',
  split: 'fresh-35',
  site: 'www.jzkangfu-yy.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.5);
    const printDate = rng.chance(0.85);
    const printFormat = printDate && rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const other = otherName(rng);
    const otherTitle = rng.pick(FEW_TITLES);
    const phone = `400-${rng.int(100, 999)}-${rng.int(1000, 9999)}`;
    const greeting = rng.pick([
      `您好，我是${other}医生，请问您哪里不舒服？可以详细描述一下您的症状，我帮您分析一下。`,
      `您好，我是${otherTitle}${other}，看到您在关注${esc(topicWord(page))}的问题，现在可以免费为您解答。`,
      `${other}医生：您好！请问是您本人还是家人需要咨询？说一下具体情况。`,
    ]);
    const vendor = rng.pick(['LR', 'swt', 'kst53']);
    const invite = `<div id="${vendor}div0" style="position:fixed;left:50%;top:35%;z-index:2147483647;width:420px">
<div id="${vendor}_User_Icon"><img src="/kefu/head${rng.int(1, 9)}.jpg" alt="${esc(other)}"></div>
<div${cls(rng)}><b>${esc(other)}</b> <span>${otherTitle}</span> <em>在线</em></div>
<div${cls(rng)}>${greeting}</div>
<div${cls(rng)}><a href="javascript:void(0)" onclick="openZoosUrl()">立即咨询</a> <a href="javascript:void(0)" onclick="LR_HideInvite()">稍后再说</a> <a href="javascript:void(0)">电话回拨</a></div>
</div>`;
    const window = rng.chance(0.5)
      ? `<div id="${vendor}_miniframe" style="position:fixed;right:0;bottom:0;width:320px"><div${cls(rng)}>在线咨询 <a href="javascript:void(0)">—</a> <a href="javascript:void(0)">×</a></div>
<div${cls(rng)}><p${cls(rng)}>系统消息：已接通 ${esc(other)}医生</p><p${cls(rng)}><span>${esc(other)}医生</span> <span>${hm(rng)}:${String(rng.int(0, 59)).padStart(2, '0')}</span></p><p${cls(rng)}>${greeting}</p></div>
<div${cls(rng)}><textarea placeholder="请输入您要咨询的问题"></textarea><button>发送</button></div></div>`
      : '';
    const floatBar = rng.chance(0.6)
      ? `<div${cls(rng)} style="position:fixed;left:0;top:30%"><a href="javascript:void(0)">在线咨询</a><a href="/guahao/">预约挂号</a><a href="tel:${phone}">${phone}</a></div>`
      : '';
    const bottomBar = rng.chance(0.5)
      ? `<div${cls(rng)} style="position:fixed;bottom:0;width:100%">${esc(topicWord(page))}专家在线 <a href="javascript:void(0)">免费咨询 &gt;</a></div>`
      : '';
    const widget = [invite, window, floatBar, bottomBar].filter(Boolean).join('\n');
    const card = plainCard(rng, page, gradeShown);
    const when = printDate ? whenLine(rng, page, printFormat) : '';
    const answer = `<div${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>`;
    const list = relatedList(rng, page.related, datedItems);
    const at = rng.weighted([['start', 30], ['end', 50], ['middle', 20]] as const);
    const body = `${at === 'start' ? `${widget}\n` : ''}<div${cls(rng)}><b>${esc(d.hospital!)}</b> 医保定点单位 咨询热线：${phone}</div>
<div${cls(rng)}><a href="/">医院首页</a> <a href="/zjdy/">专家答疑</a> <a href="/yyjs/">医院介绍</a> <a href="/lxwm/">来院路线</a></div>
${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${rng.chance(0.5) ? `${card}\n${when}` : `${when}\n${card}`}\n${answer}`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${at === 'middle' ? `${widget}\n` : ''}${list}
<div${cls(rng)}>${esc(d.hospital!)} 版权所有 地址：${esc(d.hospital!.replace(/市.*$/u, '市'))}中山路${rng.int(1, 300)}号</div>
<script src="https://${vendor}.kefu-vendor.example/JS/LsJS.aspx?siteid=${token(rng, 6)}&amp;float=1&amp;lng=cn"></script>${at === 'end' ? `\n${widget}` : ''}`;
    const html = documentOf(`${page.question}_${d.hospital}`, page.canonical, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, gradeShown),
        date: printDate ? page.date : null,
        format: printFormat ? page.format : 'unknown',
        related: relatedWith(page, (e) => ({ format: 'unknown', date: datedItems ? e.date : null })),
      }),
    };
  },
};

// --- F5. sms-consult ---

/**
 * Where a part may not end: right after a line break or a sentence's end (the part would look like
 * a whole paragraph), an opening bracket or a digit (a marker after it would read as its content).
 */
const BAD_CUT = /[\n。！？；（(【“0-9]/u;

/**
 * F5. A 短信问诊 / 短信咨询 record (a 12320-style SMS consultation service's web page): the card as a
 * header (`接诊医生：name title`, department and hospital, grade on 50%), on 70% a `咨询主题：` line
 * holding the question (the asker's SMS then the question's words with a greeting and an asker's
 * line), else the asker's SMS is the question itself; the SMS stamped 0–2 days before the reply;
 * the reply as one message — a signature `【hospital】` or `【service】` first, `name医生回复您：` on half,
 * the paragraphs parted by line breaks, a `回复TD退订` / `拒收请回复R` tail on 60% — sent in parts of
 * 58–67 characters, each a bubble stamped with the reply's day and a time (a minute apart at most),
 * numbered `(k/n)`, `[k/n]` or `k/n ` before its text, or `(k/n)` after it; a part never ends at a
 * line break, a sentence's end, an opening bracket or a digit. An ordinary related list (其他短信咨询, dated on half).
 */
const smsConsult: Family = {
  name: 'sms-consult',
  split: 'fresh-35',
  site: 'www.duanxin-wenzhen.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.5);
    const datedItems = rng.chance(0.5);
    const service = rng.pick(['健康热线', '12320卫生热线', '短信问诊']);
    const sig = rng.chance(0.6) ? `【${d.hospital}】` : `【${service}】`;
    const intro = rng.chance(0.5) ? `${d.name}医生回复您：` : '';
    const tail = rng.chance(0.6) ? rng.pick([' 回复TD退订', '【回T退订】', ' 拒收请回复R']) : '';
    const head = `${sig}${intro}`;
    const text = `${head}${page.paragraphs.join('\n')}${tail}`;
    // Cut the message into parts, never inside the signature, prefix or tail, never where a part would end a paragraph or a sentence.
    const size = rng.int(58, 67);
    const cuts: number[] = [];
    for (let at = size; at < text.length - tail.length - 1; at = cuts[cuts.length - 1]! + size) {
      let cut = Math.max(at, head.length + 2);
      while (cut < text.length - tail.length - 1 && (BAD_CUT.test(text[cut - 1]!) || text[cut] === '\n')) cut++;
      if (cut >= text.length - tail.length - 1) break;
      cuts.push(cut);
    }
    const parts = [0, ...cuts].map((from, i) => text.slice(from, cuts[i] ?? text.length));
    const n = parts.length;
    const style = rng.pick(['(k/n)', '[k/n]', 'k/n ', 'after']);
    const mark = (k: number) => (style === 'after' ? `(${k}/${n})` : style.replace('k', String(k)).replace('n', String(n)));
    const [hh, mm] = page.time.split(':').map(Number) as [number, number];
    let minute = mm;
    const stamp = (k: number) => {
      if (k > 0 && rng.chance(0.4)) minute = Math.min(59, minute + 1);
      return `${page.date} ${String(hh).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
    };
    const bubbles = parts
      .map((part, k) => {
        const shown = esc(part).replace(/\n/g, '<br>');
        const textHtml = n === 1 ? shown : style === 'after' ? `${shown}${mark(k + 1)}` : `${mark(k + 1)}${shown}`;
        return `<div${cls(rng)}><div${cls(rng)}>${stamp(k)}</div><div${cls(rng)}>${textHtml}</div></div>`;
      })
      .join('\n');
    const asked = shift(page.date!, -rng.int(0, 2));
    const topic = rng.chance(0.7);
    const askerSms = topic ? `${rng.pick(['医生您好，', '你好，', ''])}${esc(ask(page))}？${rng.pick(ASKER_LINES)}` : esc(page.question);
    const hospital = `${esc(d.hospital!)}${gradeShown ? `（${d.hospital_grade}）` : ''}`;
    const card = `<div${cls(rng)}><p>接诊医生：<b>${esc(d.name!)}</b> ${d.title}</p><p>${esc(d.department!)} | ${hospital}</p></div>`;
    const body = `<div${cls(rng)}><a href="/">${service}</a> <a href="/sms/">短信咨询</a> <a href="/help/">使用帮助</a></div>
${wrap(rng, `<h2${cls(rng)}>${rng.pick(['短信问诊详情', '短信咨询记录', '咨询详情'])}</h2>
${card}
${topic ? `<div${cls(rng)}>咨询主题：<b>${esc(page.question)}</b></div>\n` : ''}<div${cls(rng)}><div${cls(rng)}>用户 ${rng.int(130, 189)}****${rng.int(1000, 9999)} 发送于 ${asked} ${hm(rng)}</div><div${cls(rng)}>${askerSms}</div></div>
<div${cls(rng)}>${rng.pick(['医生回复', '回复短信', '医生短信回复'])}</div>
${bubbles}`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${relatedList(rng, page.related, datedItems, ['其他短信咨询', '相关咨询', '相关问题'])}
<div${cls(rng)}>© 2024 ${service}</div>`;
    const title = rng.chance(0.5) ? `${page.question}_短信问诊` : `短信咨询记录 - ${service}`;
    const html = documentOf(title, page.canonical, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, gradeShown),
        format: 'unknown',
        related: relatedWith(page, (e) => ({ format: 'unknown', date: datedItems ? e.date : null })),
      }),
    };
  },
};

// --- F6. typewriter-spans ---

/** A text split for a typewriter animation (Splitting.js kind): a span a character, or a span a run of 1–4 characters holding them. */
function typed(rng: Rng, text: string, from: number, words: boolean): { html: string; next: number } {
  const chars = [...text];
  const one = (c: string, i: number) => `<span class="char" data-char="${esc(c)}" style="--char-index:${i}">${esc(c)}</span>`;
  let html = '';
  let i = 0;
  while (i < chars.length) {
    if (!words) {
      html += one(chars[i]!, from + i);
      i++;
      continue;
    }
    const n = Math.min(rng.int(1, 4), chars.length - i);
    html += `<span class="word" data-word="${esc(chars.slice(i, i + n).join(''))}" style="--word-index:${from + i}">${chars.slice(i, i + n).map((c, k) => one(c, from + i + k)).join('')}</span>`;
    i += n;
  }
  return { html, next: from + chars.length };
}

/**
 * F6. A health app's page that types its doctor's answer out (打字机效果, Splitting.js / SplitText
 * kind), saved once the animation had run: every character of every answer paragraph in its own
 * `<span class="char" data-char style="--char-index">` (inside `<span class="word">`s of 1–4
 * characters on 35%), the char spans `aria-hidden="true"` and the paragraph's whole text in its
 * `aria-label` on 60%; on half the pages the `<h1>` split the same way; on 50% a blinking caret
 * (`▍`, `|` or `_` in a `<span class="cursor">`) left after the last character; a 回答已生成 /
 * 打字中 / 完成 status over the answer on 40%. Plain card (grade on 60%), date line (format word
 * on 40%), ordinary related list (dated on half).
 */
const typewriterSpans: Family = {
  name: 'typewriter-spans',
  split: 'fresh-35',
  site: 'm.daziji-wenyi.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.6);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const words = rng.chance(0.35);
    const labelled = rng.chance(0.6);
    const hideChars = (html: string) => (labelled ? html.replace(/<span class="char"/g, '<span class="char" aria-hidden="true"') : html);
    let index = 0;
    const paragraphs = page.paragraphs.map((p) => {
      const t = typed(rng, p, index, words);
      index = t.next;
      return `<p class="splitting"${labelled ? ` aria-label="${esc(p)}"` : ''}>${hideChars(t.html)}</p>`;
    });
    if (rng.chance(0.5)) {
      const caret = `<span class="cursor" aria-hidden="true">${rng.pick(['▍', '|', '_'])}</span>`;
      paragraphs[paragraphs.length - 1] = paragraphs[paragraphs.length - 1]!.replace(/<\/p>$/u, `${caret}</p>`);
    }
    const status = rng.chance(0.4) ? `<div${cls(rng)}>${rng.pick(['回答已生成', '医生回答 · 完成', '打字中…完成'])}</div>\n` : '';
    const question = rng.chance(0.5)
      ? `<h1 class="splitting"${` aria-label="${esc(page.question)}"`}>${typed(rng, page.question, 0, false).html.replace(/<span class="char"/g, '<span class="char" aria-hidden="true"')}</h1>`
      : `<h1${cls(rng)}>${esc(page.question)}</h1>`;
    const card = plainCard(rng, page, gradeShown);
    const when = whenLine(rng, page, printFormat);
    const style = `<style>.char{display:inline-block;opacity:0;animation:in .02s forwards;animation-delay:calc(var(--char-index) * 30ms)}@keyframes in{to{opacity:1}}.cursor{animation:blink 1s steps(1) infinite}@keyframes blink{50%{opacity:0}}</style>\n`;
    const body = `<div${cls(rng)}><a href="/">打字机问医</a> <a href="/ask">提问</a></div>
${wrap(rng, `${question}\n${rng.chance(0.5) ? `${card}\n${when}` : `${when}\n${card}`}\n${status}<div${cls(rng)}>${paragraphs.join('')}</div>`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${relatedList(rng, page.related, datedItems)}
<div${cls(rng)}>© 2024 打字机问医</div>`;
    const html = documentOf(`${page.question} - 打字机问医`, page.canonical, style, body);
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

export const FRESH35_FAMILIES: readonly Family[] = [httpChunked, reactStreaming, nanyangPortal, swtChatInvite, smsConsult, typewriterSpans];
