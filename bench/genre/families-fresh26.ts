import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import { DISCLAIMERS, RELATED_HEADS, cardPlain, dayText, documentOf, formatWord, hospitalWithGrade, plainCard, plainKey, relatedList, relatedWith, token, topicWord, whenLine } from './ordinary-parts.js';
import { cls, esc, paragraphsHtml, wrap } from './parts.js';

/**
 * Twenty-sixth fresh held-out set (split `fresh-26`): written blind on 2026-12-01 — without reading
 * the reader (src/extract/, src/flags/) or its tests and without running it on these pages — and
 * committed before its first run. Three families are modelled on other kinds of real page of the
 * genre (academic-title, sticky-doctor-bar, audio-episode) and three on something real served or
 * processed HTML does to an ordinary one (html-minified, meta-refresh, sr-only-text), from memory,
 * no copied markup, none of them covered by an earlier family.
 *
 * The answer key holds what a careful person reads on the page, as displayed; a field the page does
 * not print is null, and agrees with the earlier splits (meta / og / JSON-LD are not printed; an
 * item is known by its address; hidden and non-rendered text is no text). Where a careful person
 * could hesitate, the key decides:
 * - academic-title: a teaching hospital's doctor prints an academic rank and a supervisor's post
 *   beside the clinical title (`主任医师、教授、博士生导师`, `副教授 副主任医师`); the card's title is the
 *   clinical one (the rank a patient's doctor holds in the hospital, which every other card of the
 *   genre prints), the academic posts and honours none of the card, in whatever order they stand.
 * - sticky-doctor-bar: the only doctor named on the page is in a bar fixed to the bottom of the
 *   screen, after the related list in the markup; it signs the answer (its label says so on 70%;
 *   on the rest it is still the one doctor of an answer page, offering to be consulted). A consult
 *   service's button in the bar (`图文咨询 ¥29`) names what the doctor sells, not the answer's format.
 * - audio-episode: a health radio platform's episode: the episode's title is the question (an
 *   episode number before it, `第12期｜`, is none of it), the 文稿 the answer, the host or guest card
 *   the doctor, the episode's publishing day the date and the format voice (the page is an audio
 *   player and says so); the editor's 节目简介 blurb is none of the answer; related episodes print
 *   their format only where an `音频` tag is shown.
 * - html-minified: the markup is an ordinary page's run through a minifier (no whitespace between
 *   tags, optional end tags and attribute quotes left out); the page shows the same, the card's
 *   values apart by the stylesheet's margins: the key is the ordinary page's.
 * - meta-refresh: a desktop page that sends phones to its mobile copy (a refresh `<meta>`, a script)
 *   holds its whole content: the content is read, the redirect notice is none of it, and related
 *   addresses are the desktop page's links.
 * - sr-only-text: text a stylesheet clips to nothing for screen readers (`sr-only`,
 *   `visually-hidden`, `screen-reader-text`) is not displayed: a link's `（在新窗口打开）`, a hidden
 *   `问题：` before the question or `摘要：` before a snippet are none of the text.
 * Format is printed only where a format word is printed; related items' formats and dates only
 * where the list prints them.
 */

// --- F1. academic-title ---

/** The academic rank a teaching hospital pairs with a clinical title, and the supervisor's posts that go with it. */
function academicOf(title: string): { rank: string[]; tutor: string[] } | null {
  if (/^主任(中)?医师$/u.test(title)) return { rank: ['教授', '教授', '二级教授'], tutor: ['博士生导师', '博士研究生导师', '博导'] };
  if (/^副主任(中)?医师$/u.test(title)) return { rank: ['副教授'], tutor: ['硕士生导师', '硕士研究生导师', '硕导'] };
  if (/^主治(中)?医师$/u.test(title)) return { rank: ['讲师'], tutor: [] };
  return null;
}

const HONOURS = ['享受国务院政府特殊津贴专家', '省医学会理事', '中华医学会分会委员', '省卫生健康突出贡献中青年专家', '医学博士，博士后'];

/**
 * F1. A teaching hospital's 名医问答 page: the card prints the academic rank (教授, 副教授, 讲师) and on
 * half the pages a supervisor's post (博士生导师, 硕导) beside the clinical title, the clinical title
 * first on 60%, parted by a space, `、`, `，`, ` | ` or `/`, in a line under the name, in spans of
 * their own, or (25%) in a `<small>` after the name in its heading; an
 * honours line on 40% (享受国务院政府特殊津贴专家 …); the hospital (grade on 60%) and department;
 * date line (format on 40%); related list (dated on half). Doctors without an academic rank print
 * the clinical title alone.
 */
const academicTitle: Family = {
  name: 'academic-title',
  split: 'fresh-26',
  site: 'mingyi.fushu-yiyuan.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.6);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const academic = academicOf(d.title!);
    const posts = academic ? [rng.pick(academic.rank), ...(academic.tutor.length && rng.chance(0.5) ? [rng.pick(academic.tutor)] : [])] : [];
    const titles = rng.chance(0.6) ? [d.title!, ...posts] : [...posts, d.title!];
    const layout = rng.weighted([['line', 40], ['spans', 35], ['small', 25]] as const);
    const joined = titles.join(rng.pick([' ', '、', '，', ' | ', ' / ']));
    const nameAndTitles =
      layout === 'small'
        ? `<h3${cls(rng)}>${esc(d.name!)} <small>${joined}</small></h3>`
        : `<h3${cls(rng)}>${esc(d.name!)}</h3>${layout === 'line' ? `<p${cls(rng)}>${joined}</p>` : `<p${cls(rng)}>${titles.map((t) => `<span${cls(rng)}>${t}</span>`).join(rng.pick(['', ' ']))}</p>`}`;
    const honours = rng.chance(0.4) ? `<p${cls(rng)}>${rng.pick(HONOURS)}</p>` : '';
    const card = `<div${cls(rng)}><img src="/photo/${page.item.num % 991}.jpg" alt="${esc(d.name!)}">${nameAndTitles}${honours}
<p${cls(rng)}>${hospitalWithGrade(rng, d.hospital!, gradeShown ? d.hospital_grade : null)}</p><p${cls(rng)}>${esc(d.department!)}</p></div>`;
    const body = `<div${cls(rng)}><a href="/">名医问答</a> <a href="/zhuanjia/">专家团队</a> <a href="/keshi/">科室导航</a></div>
${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${rng.chance(0.5) ? `${card}\n${whenLine(rng, page, printFormat)}` : `${whenLine(rng, page, printFormat)}\n${card}`}\n<div${cls(rng)}>${paragraphsHtml(page.paragraphs)}</div>`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${relatedList(rng, page.related, datedItems)}
<div${cls(rng)}>© 2024 名医问答</div>`;
    const html = documentOf(`${page.question}_名医问答`, page.canonical, '', body);
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

// --- F2. sticky-doctor-bar ---

/**
 * F2. A mobile Q&A page whose only doctor card is a bar fixed to the bottom of the screen
 * (`position:fixed;bottom:0`, inline or by a class its `<style>` sets), after the related list and
 * the footer in the markup: an avatar, on 70% a label (`回答医生`, `本回答由以下医生提供`, `答疑医生：`),
 * name, title, hospital (grade on 60%) and department on one or two lines, a consult button
 * (`向TA提问`, `立即咨询`, or on 40% a service and its price, `图文咨询 ¥29` / `电话咨询 ¥99`). Above:
 * the `<h1>`, a `医生回复` head, the date line (format on 40%), answer, disclaimer, related list
 * (dated on half).
 */
const stickyDoctorBar: Family = {
  name: 'sticky-doctor-bar',
  split: 'fresh-26',
  site: 'm.xuanfu-wenda.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.6);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const inline = rng.chance(0.5);
    const barClass = `fx-${token(rng, 2)}-bar`;
    const label = rng.chance(0.7) ? `<p${cls(rng)}>${rng.pick(['回答医生', '本回答由以下医生提供', '答疑医生：'])}</p>` : '';
    const hosp = hospitalWithGrade(rng, d.hospital!, gradeShown ? d.hospital_grade : null);
    const lines = rng.chance(0.5)
      ? `<div${cls(rng)}><b>${esc(d.name!)}</b> <span>${d.title}</span></div><div${cls(rng)}>${hosp} <span>${esc(d.department!)}</span></div>`
      : `<div${cls(rng)}><b>${esc(d.name!)}</b> <span>${d.title}</span> <span>${esc(d.department!)}</span> <span>${hosp}</span></div>`;
    const button = rng.chance(0.4)
      ? `<a href="/consult/${page.item.num % 9973}"${cls(rng)}>${rng.pick(['图文咨询 ¥29', '图文问诊 ¥19起', '电话咨询 ¥99', '视频问诊 ¥59'])}</a>`
      : `<a href="/consult/${page.item.num % 9973}"${cls(rng)}>${rng.pick(['向TA提问', '立即咨询', '咨询TA'])}</a>`;
    const bar = `<div class="${barClass}"${inline ? ' style="position:fixed;bottom:0;left:0;right:0;height:64px;background:#fff;box-shadow:0 -1px 4px #ccc"' : ''}><img src="/avatar/${page.item.num % 997}.png" alt="">${label}${lines}${button}</div>`;
    const style = inline ? '' : `<style>.${barClass}{position:fixed;bottom:0;left:0;right:0;height:64px;background:#fff;z-index:99}</style>\n`;
    const body = `<div${cls(rng)}><a href="/">悬浮问答</a> <a href="/search">搜索</a></div>
${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n<h2${cls(rng)}>${rng.pick(['医生回复', '医生解答', '专业回答'])}</h2>\n${whenLine(rng, page, printFormat)}\n<div${cls(rng)}>${paragraphsHtml(page.paragraphs)}</div>`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${relatedList(rng, page.related, datedItems)}
<div${cls(rng)}>© 2024 悬浮问答</div>
<div style="height:64px"></div>
${bar}`;
    const html = documentOf(`${page.question}-悬浮问答`, page.canonical, `<meta name="viewport" content="width=device-width,initial-scale=1">\n${style}`, body);
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

// --- F3. audio-episode ---

const plays = (rng: Rng) => (rng.chance(0.5) ? `${rng.int(1, 99)}.${rng.int(0, 9)}万` : String(rng.int(120, 9999)));
const duration = (rng: Rng) => `${String(rng.int(2, 25)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`;

/**
 * F3. A health radio platform's episode page (an audio Q&A programme): the `<h1>` the episode's
 * title, the question (after `第N期｜` or `第N期 ` on 30%); a player (`<audio>`, ▶, `00:00 / 12:34`,
 * a word: 音频, 音频节目, 语音解答); a line of the publishing day and play count (`播放 3.4万`); the host
 * or guest card under 主播 / 本期嘉宾 / 主讲医生 (name, title, hospital with its grade on 60%,
 * department, 粉丝 count, 订阅 button); on 60% a 节目简介 blurb in the third person; the answer under
 * 文稿 / 节目文稿 / 本期文稿; related episodes (title, description line, play count, the day on half,
 * an `音频` tag on half).
 */
const audioEpisode: Family = {
  name: 'audio-episode',
  split: 'fresh-26',
  site: 'www.jiankang-diantai.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.6);
    const datedItems = rng.chance(0.5);
    const tagged = rng.chance(0.5);
    const numbered = rng.chance(0.3) ? `第${rng.int(3, 280)}期${rng.pick(['｜', ' '])}` : '';
    const player = `<div${cls(rng)}><audio src="https://media.jiankang-diantai.example/${token(rng, 12)}.m4a" preload="none"></audio><span${cls(rng)}>▶</span> <span>00:00</span> / <span>${duration(rng)}</span> <span${cls(rng)}>${rng.pick(['音频', '音频节目', '语音解答'])}</span></div>`;
    const meta = `<div${cls(rng)}>${rng.pick(['', '发布时间：', '发布于 '])}${dayText(rng, page.date!)} <span${cls(rng)}>播放 ${plays(rng)}</span></div>`;
    const card = `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(['主播', '本期嘉宾', '主讲医生'])}</h3><img src="/avatar/${page.item.num % 997}.jpg" alt=""><p${cls(rng)}><b>${esc(d.name!)}</b> ${d.title}</p><p${cls(rng)}>${hospitalWithGrade(rng, d.hospital!, gradeShown ? d.hospital_grade : null)} ${esc(d.department!)}</p><p${cls(rng)}>粉丝 ${plays(rng)}</p><a href="#"${cls(rng)}>+ 订阅</a></div>`;
    const blurb = rng.chance(0.6)
      ? `<div${cls(rng)}><h3>节目简介</h3><p>本期节目，${esc(d.hospital!)}${esc(d.department!)}${esc(d.name!)}${d.title}为大家讲解${esc(topicWord(page))}相关问题，欢迎收听。</p></div>`
      : '';
    const transcript = `<div${cls(rng)}><h3>${rng.pick(['文稿', '节目文稿', '本期文稿'])}</h3>${paragraphsHtml(page.paragraphs)}</div>`;
    const list = page.related.length
      ? `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(['相关节目', '相关推荐', '相似节目', '相关问答'])}</h3><ul${cls(rng)}>${page.related
          .map((r) => `<li${cls(rng)}>${tagged ? `<span${cls(rng)}>音频</span> ` : ''}<a href="${r.path}">${esc(r.question)}</a><p${cls(rng)}>${esc(r.snippet)}</p><span${cls(rng)}>▶ ${plays(rng)}</span>${datedItems ? ` <span${cls(rng)}>${r.date}</span>` : ''}</li>`)
          .join('\n')}</ul></div>`
      : '';
    const main = rng.chance(0.5) ? `${player}\n${meta}\n${card}\n${blurb}\n${transcript}` : `${player}\n${meta}\n${blurb}\n${transcript}\n${card}`;
    const body = `<div${cls(rng)}><a href="/">健康电台</a> <a href="/album/">专辑</a> <a href="/rank/">排行榜</a> <a href="/app">下载客户端</a></div>
${wrap(rng, `<h1${cls(rng)}>${numbered}${esc(page.question)}</h1>\n${main}`)}
${list}
<div${cls(rng)}>© 2024 健康电台</div>`;
    const html = documentOf(`${numbered}${page.question} - 健康电台`, page.canonical, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, gradeShown),
        format: 'voice',
        related: relatedWith(page, (e) => ({ format: tagged ? 'voice' : 'unknown', date: datedItems ? e.date : null })),
      }),
    };
  },
};

// --- F4. html-minified ---

/** An ordinary page as an aggressive minifier leaves it: one line, no whitespace between tags, optional end tags and safe attribute quotes left out. */
function minified(html: string, rng: Rng): string {
  let out = html.replace(/>\s+</g, '><').replace(/\n/g, '');
  if (rng.chance(0.7)) out = out.replace(/<\/p>(?=<(?:p|div|ul|ol|h\d|section)\b|<\/(?:div|section|li|body)>)/g, '');
  if (rng.chance(0.7)) out = out.replace(/<\/li>(?=<li\b|<\/ul>)/g, '');
  if (rng.chance(0.6)) out = out.replace(/ (class|href|src|alt|rel|name|content)="([\w\-./:]+)"/g, ' $1=$2');
  return out;
}

/**
 * F4. An ordinary page (plain card with its grade on 60%, date line with its format on 40%, answer,
 * disclaimer, related list dated on half) served minified: the whole document on one line with no
 * whitespace between tags (the card's name, title and department spans abut, apart on screen by a
 * `span+span{margin-left}` rule), `</p>` and `</li>` left out on 70%, attribute quotes left out on 60%,
 * `<!doctype html>` in lower case and the `<head>`/`<body>` tags themselves left out on 40%.
 */
const htmlMinified: Family = {
  name: 'html-minified',
  split: 'fresh-26',
  site: 'www.yasuo-wenda.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.6);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const body = `<div${cls(rng)}><a href="/">压缩问答</a> <a href="/ks/">科室</a> <a href="/ys/">医生</a></div>
${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${plainCard(rng, page, gradeShown)}\n${whenLine(rng, page, printFormat)}\n<div${cls(rng)}>${paragraphsHtml(page.paragraphs)}</div>`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${relatedList(rng, page.related, datedItems)}
<div${cls(rng)}>© 2024 压缩问答</div>`;
    const head = '<style>span+span,b+span{margin-left:.5em}li{margin:8px 0}</style>\n';
    let html = minified(documentOf(`${page.question}_压缩问答`, page.canonical, head, body), rng).replace('<!DOCTYPE html>', '<!doctype html>');
    if (rng.chance(0.4)) html = html.replace(/<\/?(?:head|body)>/g, '');
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

// --- F5. meta-refresh ---

/**
 * F5. A desktop Q&A page that sends phones to its mobile copy and still holds its whole content: a
 * `<meta http-equiv="refresh" content="0;url=…">` (or `3; URL=…`) to the m. host's page, in the head
 * or (a CMS's include, 30%) at the top of the body; a user-agent script doing the same on 60%; the
 * `alternate` link for small screens on half; on 60% a notice at the top (`正在跳转到手机版…`,
 * `如果页面没有自动跳转，请点击这里`); a 手机版 link in the top bar. Then an ordinary page: `<h1>`, plain
 * card (grade on 60%), date line (format on 40%), answer, related list of the desktop host's
 * relative links (dated on half).
 */
const metaRefresh: Family = {
  name: 'meta-refresh',
  split: 'fresh-26',
  site: 'www.tiaozhuan-wenda.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.6);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const mobile = page.canonical.replace('://www.', '://m.');
    const refresh = `<meta http-equiv="refresh" content="${rng.pick([`0;url=${mobile}`, `3; URL=${mobile}`, `0; url='${mobile}'`])}">`;
    const inBody = rng.chance(0.3);
    const script = rng.chance(0.6) ? `<script>if(/Android|iPhone|iPod|Mobile/i.test(navigator.userAgent)){window.location.replace("${mobile}")}</script>\n` : '';
    const alternate = rng.chance(0.5) ? `<link rel="alternate" media="only screen and (max-width: 640px)" href="${mobile}">\n` : '';
    const notice = rng.chance(0.6)
      ? `<div${cls(rng)}>${rng.pick(['正在跳转到手机版……', '检测到您正在使用手机访问，即将跳转到手机版。'])}${rng.chance(0.6) ? `如果页面没有自动跳转，请<a href="${mobile}">点击这里</a>` : ''}</div>\n`
      : '';
    const body = `${inBody ? `${refresh}\n` : ''}${notice}<div${cls(rng)}><a href="/">跳转问答</a> <a href="/ks/">科室</a> <a href="${mobile}">手机版</a></div>
${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${plainCard(rng, page, gradeShown)}\n${whenLine(rng, page, printFormat)}\n<div${cls(rng)}>${paragraphsHtml(page.paragraphs)}</div>`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${relatedList(rng, page.related, datedItems)}
<div${cls(rng)}>© 2024 跳转问答</div>`;
    const head = `${inBody ? '' : `${refresh}\n`}${alternate}${script}`;
    const html = documentOf(`${page.question}_跳转问答`, page.canonical, head, body);
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

// --- F6. sr-only-text ---

const SR_CLASSES = ['sr-only', 'visually-hidden', 'screen-reader-text'];

/**
 * F6. An accessible (无障碍) site's Q&A page carrying text for screen readers that a stylesheet clips
 * to nothing (`position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)`) under
 * Bootstrap's or WordPress's class (`sr-only`, `visually-hidden`, `screen-reader-text`): the rule
 * in the page's `<style>` on 70%, only in the linked stylesheet that defines it (Bootstrap 3 or 5, a
 * WordPress theme's style.css) on the rest. Hidden: a `跳到主要内容` link at the top, a `问题：` before
 * the question on half, `<h2>`s naming the parts (医生信息 over the card, 回答内容 over the answer),
 * the card's labels (`医生姓名：`, `职称：`, `所在医院：`, `科室：`), the date's label (`发布时间：`),
 * `摘要：` before snippets on 40%, and after every related link `（在新窗口打开）`, `（新窗口打开）` or
 * `(opens in a new window)` on 70%. Plain card values (grade on 60%),
 * format word on 40%, related list dated on half.
 */
const srOnlyText: Family = {
  name: 'sr-only-text',
  split: 'fresh-26',
  site: 'www.wuzhangai-wenzhen.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.6);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const k = rng.pick(SR_CLASSES);
    const sr = (text: string, tag = 'span') => `<${tag} class="${k}">${text}</${tag}>`;
    const styled = rng.chance(0.7);
    const head = styled
      ? `<style>.${k}{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}</style>\n`
      : `<link rel="stylesheet" href="${{ 'sr-only': '/static/css/bootstrap.min.css', 'visually-hidden': '/static/bootstrap-5.3/css/bootstrap.min.css', 'screen-reader-text': '/wp-content/themes/wza/style.css' }[k]}">\n`;
    const qLabel = rng.chance(0.5) ? sr('问题：') : '';
    const newWindow = rng.chance(0.7) ? rng.pick(['（在新窗口打开）', '(opens in a new window)', '（新窗口打开）']) : '';
    const summary = rng.chance(0.4);
    const grade = gradeShown ? ` <span${cls(rng)}>${d.hospital_grade}</span>` : '';
    const card = `<div${cls(rng)}>${sr('医生信息', 'h2')}<p>${sr('医生姓名：')}<b>${esc(d.name!)}</b> ${sr('职称：')}<span>${d.title}</span></p><p>${sr('所在医院：')}${esc(d.hospital!)}${grade} ${sr('科室：')}<span>${esc(d.department!)}</span></p></div>`;
    const when = `<p${cls(rng)}>${sr('发布时间：')}<time>${dayText(rng, page.date!, page.time)}</time>${printFormat ? ` <span${cls(rng)}>${formatWord(rng, page.format)}</span>` : ''}</p>`;
    const list = page.related.length
      ? `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(RELATED_HEADS)}</h3><ul${cls(rng)}>${page.related
          .map((r) => `<li${cls(rng)}><a href="${r.path}" target="_blank">${esc(r.question)}${newWindow ? sr(newWindow) : ''}</a><p${cls(rng)}>${summary ? sr('摘要：') : ''}${esc(r.snippet)}</p>${datedItems ? `<span${cls(rng)}>${sr('发布时间：')}${r.date}</span>` : ''}</li>`)
          .join('\n')}</ul></div>`
      : '';
    const body = `<a href="#main" class="${k}${k === 'sr-only' ? ' sr-only-focusable' : ''}">跳到主要内容</a>
<div${cls(rng)}><a href="/">无障碍问诊</a> <a href="/ks/">科室</a> <a href="/wza/">无障碍浏览</a></div>
<main id="main">${wrap(rng, `<h1${cls(rng)}>${qLabel}${esc(page.question)}</h1>\n${card}\n${when}\n${sr('回答内容', 'h2')}<div${cls(rng)}>${paragraphsHtml(page.paragraphs)}</div>`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p></main>
${list}`;
    const html = documentOf(`${page.question}-无障碍问诊`, page.canonical, head, body);
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

export const FRESH26_FAMILIES: readonly Family[] = [academicTitle, stickyDoctorBar, audioEpisode, htmlMinified, metaRefresh, srOnlyText];
