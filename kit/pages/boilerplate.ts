import { Rng } from './rng.js';
import type { Layout, QaItem } from './universe.js';
import { TOPICS } from './vocab.js';

/**
 * What makes a real page of the genre 60 KB rather than 11: inline CSS and scripts,
 * navigation menus, side lists of other questions and a link-heavy footer. None of it
 * holds an entry, so the large variant yields the same entries as the standard one;
 * it only gives the parser (and anything that walks the whole document) more to do.
 * The side lists use labels that are not related-list labels (热门问答, 大家都在看).
 */
export interface Boilerplate {
  head: string;
  nav: string;
  side: string;
  footer: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

let shared: Omit<Boilerplate, 'side'> | null = null;

function staticParts(): Omit<Boilerplate, 'side'> {
  if (shared) return shared;
  const rng = new Rng(0x5eed);
  const css = Array.from({ length: 140 }, (_, i) => {
    const sel = `.m${i.toString(36)} .c${rng.int(0, 999)}${rng.chance(0.3) ? ' > a:hover' : ''}`;
    return `${sel}{margin:${rng.int(0, 20)}px ${rng.int(0, 20)}px;padding:${rng.int(0, 12)}px;color:#${rng.int(0, 0xffffff).toString(16).padStart(6, '0')};font-size:${rng.int(12, 18)}px;line-height:${rng.int(16, 28)}px}`;
  }).join('\n');
  const config = JSON.stringify({
    site: 'qa',
    channels: TOPICS.map((t, i) => ({ id: 1000 + i, name: t.department, disease: t.disease, tags: t.symptoms })),
    ads: Array.from({ length: 24 }, (_, i) => ({ slot: `slot_${i}`, size: [300, 250], lazy: i % 2 === 0 })),
  });
  const bundle = Array.from({ length: 70 }, (_, i) => {
    const f = `_f${i.toString(36)}`;
    return `function ${f}(a,b){var c=a&&a.length?a.slice(${i % 7}):[];for(var i=0;i<c.length;i++){if(c[i]&&c[i].k===b){return c[i].v+${rng.int(0, 9999)}}}return document.getElementById("x${i}")?null:${rng.int(0, 99)}}`;
  }).join(';');
  const head = `<style>\n${css}\n</style>
<script>window.__CONFIG__=${config};</script>
<script>var _hmt=_hmt||[];(function(){var hm=document.createElement("script");hm.src="//hm.baidu.com/hm.js?8b53bc0f3e59f56a58a92a894280e28d";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s)})();</script>
<script>${bundle}</script>
`;
  const nav = `  <div class="nav"><ul class="nav_list">
${TOPICS.map(
  (t, i) =>
    `    <li class="nav_item"><a href="/dise/pk_${i}_0_1.html">${t.department}</a><div class="sub">${t.symptoms
      .map((s, j) => `<a href="/dise/asklist/${i * 10 + j}_1.html">${s}</a>`)
      .join('')}<a href="/dise/${i}.html">${t.disease}</a></div></li>`,
).join('\n')}
  </ul></div>
  <div class="login_modal" style="display:none"><form action="/user/login" method="post"><label>手机号<input name="mobile" type="tel"></label><label>验证码<input name="code"></label><button type="submit">登录</button></form></div>
`;
  const footer = `<div class="foot_links">${Array.from(
    { length: 80 },
    (_, i) => `<a href="/dise/${i}.html">${TOPICS[i % TOPICS.length]!.disease}${i >= TOPICS.length ? '问答' : ''}</a>`,
  ).join(' ')}</div>
<div class="foot_about"><a href="/about/">关于我们</a> <a href="/contact/">联系我们</a> <a href="/law/">法律声明</a> <a href="/join/">加入我们</a></div>
<p class="copyright">Copyright © 2014-2023 版权所有 京ICP备00000000号-1 互联网药品信息服务资格证书</p>
`;
  shared = { head, nav, footer };
  return shared;
}

/** Boilerplate for one page; the side lists name other questions (`hot`, from other clusters). */
export function boilerplate(layout: Layout, hot: QaItem[]): Boilerplate {
  const href = (item: QaItem) =>
    layout === 'jiankang-gbk' ? `/wenda/${item.num}.html` : layout === 'youlai-mobile' ? `https://m.youlai.cn/askmip/${item.id}.html` : `/ask/${item.id}.html`;
  const half = Math.ceil(hot.length / 2);
  const side = `
    <div class="side_box hot"><h4 class="side_title">热门问答</h4><ul>
${hot
  .slice(0, half)
  .map((h, i) => `      <li><span class="num n${i}">${i + 1}</span><a href="${href(h)}" title="${esc(h.question)}">${esc(h.question)}</a></li>`)
  .join('\n')}
    </ul></div>
    <div class="side_box see"><h4 class="side_title">大家都在看</h4>
${hot
  .slice(half)
  .map((h) => `      <div class="see_item"><a href="${href(h)}"><strong>${esc(h.question)}</strong></a><p>${esc(h.paragraphs[0]!)}</p><span class="doc">${esc(h.doctor.name)} ${h.doctor.title}</span></div>`)
  .join('\n')}
    </div>
`;
  return { ...staticParts(), side };
}
