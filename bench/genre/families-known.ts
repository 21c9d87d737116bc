import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import { asciiPunctuation as ascii, encode, esc } from './parts.js';
import type { Format, TruthPage } from './truth.js';

/**
 * The layouts qa-harvest has a profile or fixtures for, as the fixture pages show them, plus
 * the variants issue #9 found: youlai desktop pages printing the format label beside the
 * date, mobile pages printing date and format under the <h1>.
 */

const LABEL = { voice: '语音解答', text: '图文解答', video: '视频解答', unknown: '' } as const;

function youlaiId(page: TruthPage): string {
  return page.item.id;
}

function youlaiItems(page: TruthPage, mobile: boolean): string {
  return page.related
    .map((r) => {
      const id = `${r.path.replace(/\D/g, '').padStart(6, '0').slice(0, 6)}Abcde`;
      const q = esc(r.question);
      const meta = `<div class="voice"><span class="type">${LABEL[r.format]}</span> <span class="time">${r.date}</span></div>`;
      const again = r.format === 'voice' ? `<p class="voice_title">${q}</p>` : '';
      return mobile
        ? `<li><a href="https://m.youlai.cn/askmip/${id}.html" data-type="mip"><h4>${q}</h4><p class="txt">${esc(ascii(r.snippet))}</p>${meta}${again}</a></li>`
        : `<li><h3><a href="/ask/${id}.html" target="_blank">${q}</a></h3><p class="txt">${esc(ascii(r.snippet))}</p>${meta}${again}</li>`;
    })
    .join('\n');
}

function youlaiRelated(page: TruthPage, mobile: boolean) {
  return expectedOf(page).related.map((e, i) => {
    const r = page.related[i]!;
    const id = `${r.path.replace(/\D/g, '').padStart(6, '0').slice(0, 6)}Abcde`;
    return { ...e, paragraphs: [ascii(r.snippet)], url: mobile ? `https://m.youlai.cn/askmip/${id}.html` : `https://www.youlai.cn/ask/${id}.html` };
  });
}

/** A youlai page and what it shows: answers in ASCII punctuation, the format the page prints or plays. */
function youlaiRendered(html: string, page: TruthPage, format: Format, mobile: boolean): Rendered {
  return {
    body: encode(html, 'utf-8'),
    expected: expectedOf(page, { paragraphs: page.paragraphs.map(ascii), format, related: youlaiRelated(page, mobile) }),
  };
}

const youlaiDesktop: Family = {
  name: 'youlai-desktop',
  split: 'known',
  site: 'www.youlai.cn',
  render(page, rng: Rng): Rendered {
    const d = page.doctor;
    const labelled = rng.chance(0.5);
    const audio = page.format === 'voice' && rng.chance(0.5);
    const html = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${esc(page.question)}-有来医生</title>
<link rel="canonical" href="https://www.youlai.cn/ask/${youlaiId(page)}.html"></head>
<body><div class="header"><a class="logo" href="https://www.youlai.cn/">有来医生</a></div>
<div class="main clearfix"><div class="main_left">
<p class="crumbs"><a href="/">首页</a> &gt; <a href="/ask/">名医问答</a> &gt; ${esc(page.question)}</p>
<dl><dt><h3><i></i>${esc(page.question)}</h3></dt><dd><p></p></dd></dl>
<p class="ask_meta">${labelled ? `<span class="type">${LABEL[page.format]}</span> ` : ''}<span>${page.date}</span></p>
<h4 class="ans_title">医生回答</h4>
<div class="ans_box clearfix"><div class="doc_left"><a href="/yyk/doctor/x.html"><img src="//file.youlai.cn/x.jpg" alt="${esc(d.name!)}"></a>
<h5>${esc(d.name!)}<span>${d.title}</span><em>${esc(d.department!)}</em><span>${esc(d.hospital!)}</span></h5><i class="grade">${d.hospital_grade}</i></div>
${audio ? '<div class="audio_box"><audio class="audiojs" src="//file.youlai.cn/x.mp3" preload="none"></audio></div>' : ''}
<div class="docYes">${page.paragraphs.map((p) => `<p>${esc(ascii(p))}</p>`).join('\n')}</div></div>
<p class="tips">提示:本内容不能代替面诊,如有不适请尽快就医。</p>
${page.related.length ? `<div class="recommend"><h4>相关推荐</h4><ul>${youlaiItems(page, false)}</ul></div>` : ''}
</div><div class="main_right"></div></div><div class="footer"></div></body></html>`;
    return youlaiRendered(html, page, labelled ? page.format : audio ? 'voice' : 'unknown', false);
  },
};

const youlaiMobile: Family = {
  name: 'youlai-mobile',
  split: 'known',
  site: 'm.youlai.cn',
  render(page, rng: Rng): Rendered {
    const d = page.doctor;
    const underHeading = rng.chance(0.5);
    const audio = page.format === 'voice';
    const html = `<!DOCTYPE html>
<html mip><head><meta charset="utf-8"><title>${esc(page.question)}-有来医生</title>
<link rel="canonical" href="https://m.youlai.cn/ask/${youlaiId(page)}.html"></head>
<body><header><div class="ylw_header"><span class="yl_logo"><a href="//m.youlai.cn/">有来医生</a></span></div></header>
<div class="view"><h1>${esc(page.question)}</h1>
${underHeading ? `<div class="info_bar"><span class="info_type">${LABEL[page.format]}</span><span class="info_time">${page.date}</span></div>` : ''}
<div class="doc_info"><dl><dt><i><mip-img src="//file.youlai.cn/x.jpg" alt="${esc(d.name!)}"></mip-img></i>
<h5>${esc(d.name!)}<span>${d.title}</span><em>${esc(d.department!)}</em></h5><p><span>${esc(d.hospital!)}</span><i class="grade">${d.hospital_grade}</i></p></dt></dl></div>
${underHeading ? '' : `<p class="ask_meta"><span>${page.date}</span></p>`}
${audio ? '<mip-youlai-audio><div class="containner_box"><audio class="audiojs" src="//file.youlai.cn/x.mp3" preload="none"></audio><span class="containner_time">01:02</span></div></mip-youlai-audio>' : ''}
<div id="js-content">${page.paragraphs.map((p) => `<p>${esc(ascii(p))}</p>`).join('\n')}</div>
<p class="tips">提示:本内容不能代替面诊,如有不适请尽快就医。</p></div>
${page.related.length ? `<div class="recommend"><h3>相关推荐</h3><ul>${youlaiItems(page, true)}</ul></div>` : ''}
</body></html>`;
    return youlaiRendered(html, page, underHeading ? page.format : audio ? 'voice' : 'unknown', true);
  },
};

/** The 康问 fixture layout (no profile: read by the genre reader), GB18030 declared as gbk. */
const kangwen: Family = {
  name: 'kangwen',
  split: 'known',
  site: 'www.kangwen.example',
  render(page, rng: Rng): Rendered {
    const d = page.doctor;
    const items = page.related
      .map((r) => `<dt><a href="${r.path}">${esc(r.question)}</a></dt><dd class="rel-abs">${esc(r.snippet)}</dd><dd class="rel-meta">${LABEL[r.format]} ${r.date}${rng.chance(0.3) ? ` ${page.time}` : ''}</dd>`)
      .join('\n');
    const html = `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="gbk"><title>${esc(page.question)}_康问健康网</title>
<link rel="canonical" href="${page.canonical}"></head>
<body><div id="kw-top"><a class="kw-logo" href="https://www.kangwen.example/">康问健康网</a></div>
<div class="kw-wrap"><div class="kw-path">当前位置：<a href="/">首页</a> ＞ <a href="/wenda/">健康问答</a> ＞ 正文</div>
<div class="kw-col-main"><article class="qa-detail"><h1 class="qa-title">${esc(page.question)}</h1>
<div class="qa-meta"><span class="qa-time">${page.date} ${page.time}</span>　<span class="qa-views">浏览：${rng.int(100, 9000)}次</span></div>
<div class="qa-ask">问题描述：最近总是不舒服，想问一下${esc(page.question.replace(/？$/u, ''))}？</div>
<div class="expert">解答医生：${esc(d.name!)} ${d.title} | ${esc(d.department!)} | ${esc(d.hospital!)}（${d.hospital_grade}）</div>
<section class="qa-answer">${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}</section>
<p class="notice">提示：以上内容仅供参考，不能代替面诊，如有不适请及时就医。</p></article>
${page.related.length ? `<div class="qa-related"><h2 class="rel-hd">相关问答</h2><dl class="rel-list">${items}</dl></div>` : ''}
</div><div class="kw-col-side"><div class="side-box"><h3>热门科室</h3><a href="/wenda/erke/">儿科</a></div></div></div>
<div id="kw-foot">康问健康网　版权所有　本站内容仅供参考，不作为诊断和治疗的依据。</div></body></html>`;
    return { body: encode(html, 'gbk-meta'), expected: expectedOf(page, { format: 'unknown' }) };
  },
};

export const KNOWN_FAMILIES: readonly Family[] = [youlaiDesktop, youlaiMobile, kangwen];
