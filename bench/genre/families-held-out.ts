import { boilerplate } from '../../kit/pages/boilerplate.js';
import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import { charsetMeta, cls, dateText, encode, esc, footer, formatLabel, jsonLd, pageHead, paragraphsHtml, topBar, wrap, type Encoding } from './parts.js';
import type { TruthPage } from './truth.js';

/**
 * Held-out families (see families.ts): written before the genre reader was tuned and not
 * run while it was. Each puts the parts somewhere the tuning families do not: the card after
 * the answer or before the question, a title before the name, an answer in <pre>, bios in
 * the card, the whole related item as one link, dates before snippets.
 */

/** H1. An app-like page: meta under the heading, a player, the answer, and only then the doctor card. */
const cardAfter: Family = {
  name: 'card-after-answer',
  split: 'held-out',
  site: 'm.tingyi.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const player =
      page.format === 'voice'
        ? `<div${cls(rng)}><audio src="/media/${page.item.num}.mp3" preload="none">您的浏览器不支持音频播放</audio><span>${rng.int(20, 90)}″</span><span>点击播放</span></div>`
        : page.format === 'video'
          ? `<div${cls(rng)}><video src="/media/${page.item.num}.mp4" controls></video></div>`
          : '';
    const badge = rng.chance(0.6) ? ` · ${formatLabel(rng, page.format)}` : '';
    const card = `<div${cls(rng)}><img src="/avatar/${page.item.num}.png" alt="${esc(d.name!)}"><div${cls(rng)}><p><strong>${esc(d.name!)}</strong> <span>${d.title}</span></p><p><span>${esc(d.hospital!)}</span> <span>${d.hospital_grade}</span> <span>${esc(d.department!)}</span></p></div><a href="/consult/${page.item.num}">咨询TA</a></div>`;
    const items = page.related.map(
      (r) => `<a${cls(rng)} href="${r.path}"><div${cls(rng)}>${esc(r.question)}</div><div${cls(rng)}>${esc(r.snippet)}</div><div${cls(rng)}>${formatLabel(rng, r.format)} ${dateText(rng, r.date!, page.time)}</div></a>`,
    );
    const html = `${pageHead(page, `${page.question}-听医`, charsetMeta('utf-8'), { viewport: true })}<body><div${cls(rng)}>
<header><a href="/">听医</a></header>
<section${cls(rng)}><h1>${esc(page.question)}</h1><p${cls(rng)}>${dateText(rng, page.date!, page.time)}${badge}</p></section>
<section${cls(rng)}>${player}<div${cls(rng)}>${paragraphsHtml(page.paragraphs)}</div></section>
<section${cls(rng)}><div>回答医生</div>${card}</section>
<div${cls(rng)}>以上回答仅供参考，不能作为诊断及医疗依据，如有不适请及时就医。</div>
${page.related.length ? `<section${cls(rng)}><div${cls(rng)}>相关问答</div><div${cls(rng)}>${items.join('')}</div></section>` : ''}
<footer>听医 版权所有</footer></div></body></html>`;
    // Without a badge the player still tells the format; a text answer shows neither.
    const format = badge || page.format !== 'text' ? page.format : 'unknown';
    return { body: encode(html, 'utf-8'), expected: expectedOf(page, { format }) };
  },
};

/** H2. An <article> page with the card in an <aside> before it, <time datetime>, often JSON-LD. */
const asideArticle: Family = {
  name: 'aside-article',
  split: 'held-out',
  site: 'www.mingyi.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const ld = rng.chance(0.7) ? jsonLd(page, { date: true, author: rng.chance(0.5) }) : '';
    const card = `<aside${cls(rng)}><figure><img src="/d/${page.item.num}.jpg" alt=""><figcaption><b>${esc(d.name!)}</b> ${d.title}<br>${esc(d.hospital!)} · ${d.hospital_grade}<br>${esc(d.department!)}</figcaption></figure></aside>`;
    const printFormat = rng.chance(0.5);
    const items = page.related.map(
      (r) => `<article${cls(rng)}><h3><a href="${r.path}">${esc(r.question)}</a></h3><p>${esc(r.snippet)}</p><footer><span>${formatLabel(rng, r.format)}</span> <time datetime="${r.date}">${dateText(rng, r.date!, page.time, false)}</time></footer></article>`,
    );
    const html = `${pageHead(page, `${page.question} | 名医在线`, charsetMeta('utf-8'), { extra: ld, viewport: true })}<body>
${topBar(rng, '名医在线')}
<main${cls(rng)}>
${card}
<article${cls(rng)}><header><h1>${esc(page.question)}</h1><time datetime="${page.date}T${page.time}">${dateText(rng, page.date!, page.time)}</time>${printFormat ? ` <span>${formatLabel(rng, page.format)}</span>` : ''}</header>
<div${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}</div>
<footer><small>免责声明：本文内容仅供参考，不能代替面诊。</small></footer></article>
${page.related.length ? `<section${cls(rng)}><h2>相似问题</h2><div${cls(rng)}>${items.join('\n')}</div></section>` : ''}
</main>
${footer(rng, '名医在线')}
</body></html>`;
    return { body: encode(html, 'utf-8'), expected: expectedOf(page, { format: printFormat ? page.format : 'unknown' }) };
  },
};

/** H3. A forum kind: the site's name in <h1>, the question in <h2>, title before name, no grade, date after the answer. */
const forumBest: Family = {
  name: 'forum-best',
  split: 'held-out',
  site: 'bbs.wenzhen.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const encoding: Encoding = rng.pick(['utf-8', 'gbk-meta']);
    const items = page.related.map((r) => `<li><a href="${r.path}">${esc(r.question)}</a> <span>${dateText(rng, r.date!, page.time, false)}</span><p>${esc(r.snippet)}</p></li>`);
    const html = `${pageHead(page, `${page.question} - 问医生 - 问诊论坛`, charsetMeta(encoding), { viewport: true })}<body>
<h1${cls(rng)}>问诊论坛</h1>
<div${cls(rng)}>${wrap(rng, `<h2>${esc(page.question)}</h2>`, 1)}<div${cls(rng)}>补充描述：${esc(page.question.replace(/？$/u, ''))}，已经有一段时间了，请问需要怎么处理？</div></div>
<div${cls(rng)}>
<div${cls(rng)}><span>${rng.pick(['最佳答案', '医生回复：'])}</span></div>
<p${cls(rng)}>${d.title} ${esc(d.name!)} · ${esc(d.hospital!)} ${esc(d.department!)}</p>
<div${cls(rng)}>${paragraphsHtml(page.paragraphs)}</div>
<div${cls(rng)}>发布于 ${dateText(rng, page.date!, page.time)}</div>
</div>
${page.related.length ? `<div${cls(rng)}><h3>${rng.pick(['相关问题', '相似问答'])}</h3><ul>${items.join('')}</ul></div>` : ''}
${footer(rng, '问诊论坛')}
</body></html>`;
    const expected = expectedOf(page, {
      doctor: { ...d, hospital_grade: null },
      format: 'unknown',
      related: expectedOf(page).related.map((e) => ({ ...e, format: 'unknown' as const })),
    });
    return { body: encode(html, encoding), expected };
  },
};

/** H4. The answer as preformatted text (blank lines between paragraphs), a one-line card with ｜. */
const preText: Family = {
  name: 'pre-text',
  split: 'held-out',
  site: 'www.yiliao.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const encoding: Encoding = rng.pick(['utf-8', 'utf-8-bom']);
    const pre = rng.chance(0.5);
    const body = page.paragraphs.map(esc).join('\n\n');
    const answer = pre ? `<pre${cls(rng)}>${body}</pre>` : `<div${cls(rng)} style="white-space: pre-line">\n${body}\n</div>`;
    const date = `${page.date!.replace(/-0?/g, '-')}`;
    const items = page.related.map((r) => `<li><a href="${r.path}">${esc(r.question)}</a><div>${esc(r.snippet)}</div><div>（${formatLabel(rng, r.format).replace(/[[\]【】（）]/gu, '')}）${r.date!.replace(/-0?/g, '-')}</div></li>`);
    const html = `${pageHead(page, `${page.question}_医疗问答`, charsetMeta(encoding), { viewport: true })}<body>
${topBar(rng, '医疗问答')}
<div${cls(rng)}><h1>${esc(page.question)}</h1>
<p${cls(rng)}>${esc(d.name!)}｜${d.title}｜${esc(d.department!)}｜${esc(d.hospital!)}｜${d.hospital_grade}</p>
<p${cls(rng)}>${date}（${formatLabel(rng, page.format).replace(/[[\]【】（）]/gu, '')}）</p>
${answer}
<p>提示：本内容不能代替面诊，如有不适请尽快就医。</p></div>
${page.related.length ? `<div${cls(rng)}><h3>相关推荐</h3><ul>${items.join('')}</ul></div>` : ''}
${footer(rng, '医疗问答')}
</body></html>`;
    return { body: encode(html, encoding), expected: expectedOf(page) };
  },
};

/** H5. A card as a list of parts with the doctor's bio in it, side lists of other questions with doctors. */
const bioCard: Family = {
  name: 'bio-card',
  split: 'held-out',
  site: 'www.jiankangwen.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const extra = boilerplate('jiankang-gbk', page.related.length ? [page.item, page.item] : []);
    const bio = `<li>擅长：${esc(d.department!)}常见病、多发病的诊断和治疗，尤其对疑难病例有丰富的临床经验。</li>`;
    const card = `<ul${cls(rng)}><li>${esc(d.name!)}</li><li>${d.title}</li><li>${esc(d.hospital!)}</li><li>${d.hospital_grade}</li><li>${esc(d.department!)}</li>${rng.chance(0.7) ? bio : ''}</ul>`;
    const items = page.related.map(
      (r) => `<li${cls(rng)}><a href="${r.path}"><h4>${esc(r.question)}</h4></a><p>${esc(r.snippet)}</p><p><i>${formatLabel(rng, r.format)}</i> ${dateText(rng, r.date!, page.time)}</p></li>`,
    );
    const html = `${pageHead(page, `${page.question}-健康问`, charsetMeta('utf-8'), { extra: extra.head, viewport: true })}<body>
${extra.nav}
<div${cls(rng)}><div${cls(rng)}>
<h1>${esc(page.question)}</h1>
<div${cls(rng)}>${dateText(rng, page.date!, page.time)} <span>${formatLabel(rng, page.format)}</span></div>
${wrap(rng, card, 1)}
<h3>回答</h3>
<div${cls(rng)}>${paragraphsHtml(page.paragraphs)}</div>
<div${cls(rng)}>免责声明：本站内容仅供参考，不能作为诊断依据，如有不适请及时就医。</div>
${page.related.length ? `<div${cls(rng)}><h4>相关推荐</h4><ul>${items.join('')}</ul></div>` : ''}
</div><div${cls(rng)}>${extra.side}</div></div>
${extra.footer}
</body></html>`;
    return { body: encode(html, 'utf-8'), expected: expectedOf(page) };
  },
};

export const HELD_OUT_FAMILIES: readonly Family[] = [cardAfter, asideArticle, forumBest, preText, bioCard];
