import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import {
  ASKER_LINES, DISCLAIMERS, cardPlain, dayText, documentOf, formatWord, hm, plainCard, plainKey, relatedList, relatedWith, shift, token, topicWord, whenLine,
} from './ordinary-parts.js';
import { cls, esc, wrap } from './parts.js';
import type { TruthPage } from './truth.js';

/**
 * Thirty-first fresh held-out set (split `fresh-34`): written blind on 2026-12-01 — without reading
 * the reader (src/extract/, src/flags/) or its tests and without running it on these pages — and
 * committed before its first run. The writer chose the families: three modelled on the general
 * shape of a kind of real page of the genre (from memory, no copied markup) that no earlier family
 * covers — a paid listen-in voice Q&A (分答-style: a price to ask, a voice bubble to 偷听, its
 * 文字版 under it); a mother-and-baby community's 专家答 page (the asker's pregnancy or baby-age
 * badge, other mothers' answers beside the expert's); a doctor's live-stream replay page whose
 * heading is the stream's title and whose Q&A is one viewer's question answered on air — and three
 * on something real pages or saved pages do to one: a related list with 换一换 batches, all but one
 * hidden; a text-to-speech 听全文 bar over an answer whose sentences stand in spans; a page saved
 * with browser extensions' leftovers (Dark Reader's attributes, a dictionary popup quoting a
 * sentence of the answer, a price-comparison bar).
 *
 * The answer key holds what a careful person reads on the page, as displayed; a field the page does
 * not print is null, and agrees with the earlier splits (meta / og / JSON-LD are not printed; an
 * item is known by its address; hidden and non-rendered text is no text). Where a careful person
 * could hesitate, the key decides:
 * - paid-listen: the answer is a voice answer (its bubble with the length and 偷听 / 点击播放 is on
 *   every page): format voice; its 文字版 (under whatever label) is the answer's text; the asker's
 *   price (`¥30 提问`), the listen-in price, `N人听过` and the doctor's `已回答N个问题` are none of the
 *   Q&A; the date is the `回答于` day where printed (80%), else null. Related items print no format
 *   (no bubble in the list): unknown; their dates where printed.
 * - muying-expert: the page's answer is the expert's (badge 专家答 / 认证专家 …) with its card and
 *   day; the asker's badge (`孕28周`, `宝宝3个月`), nickname and `提问于` day, and other mothers'
 *   answers (nickname, badge, text, day; before or after the expert's) are none of it; a related
 *   item's badge before its link is no part of its question; `N个回答` is none of an item.
 * - live-replay: the question is the viewer's question as the page quotes it (after `网友「…」提问：`),
 *   not the `<h1>` (the stream's title, which the `<title>` repeats); the doctor is the host's card;
 *   the answer is what the host said in reply (the transcript under `医生回答：`), without its
 *   `[mm:ss]` offset into the replay; the date is the stream's day (直播时间); the format is video (the
 *   answer is a moment of the video the page plays, `跳转到 mm:ss 观看`); 观看 / 点赞 counts, the
 *   stream's title and its 直播简介 are none of the Q&A.
 * - swap-batches: the related items are the batch shown; the batches a 换一换 button would bring
 *   (the `hidden` attribute, `display:none` inline or by a `<style>` class rule) show nothing and
 *   are none of the items.
 * - tts-reader: the 听全文 / AI朗读 bar over the answer (a play button, `00:00 / 03:12`, a speed) is
 *   the site reading the page aloud, no format of the answer: format only from the date line's word
 *   (40%); the sentence spans print the answer's text as it is.
 * - extension-leftovers: a dictionary popup (a word of the answer, its dictionary's name, `例句` / `原句`
 *   quoting a sentence of the answer) and a price-comparison bar, both injected by extensions, are
 *   none of the page's Q&A wherever they stand; Dark Reader's attributes and style print nothing.
 * Format is printed only where a format word is printed (or the answer is a voice bubble or a
 * moment of a video, above); related items' formats and dates only where the list prints them.
 */

const paragraphsOf = (paragraphs: readonly string[], one: (p: string, i: number) => string) => paragraphs.map((p, i) => `<p>${one(p, i)}</p>`).join('');

/** The key's related items with no format printed and dates where `dated`. */
const itemsKey = (page: TruthPage, dated: boolean) => relatedWith(page, (e) => ({ format: 'unknown', date: dated ? e.date : null }));

// --- F1. paid-listen ---

const ASKERS = ['匿名用户', '一只小蜗牛', '阳光小K', '追风的少年', '小太阳', '快乐每一天'];

/**
 * F1. A paid listen-in Q&A page (分答 / 微问诊 style): the asker's name and the price they paid
 * (`¥30 提问`), the question as `<h1>` (70%) or a bold block; the doctor's card (plain, grade on 50%,
 * `已回答N个问题` on half); a voice bubble (`1元偷听` / `限时免费听` / `点击播放` / `¥2 偷听`, its length about
 * four characters a second, `1'35"`, `1:35` or `58″`) and `N人听过`; the answer's text under `文字版` / `语音文字版` / `语音转文字` /
 * `以下为语音转写内容` as a heading or a line; `回答于` day on 80%; a `TA的其他回答` / `大家都在听` list
 * (question link, snippet, `N人听过`, the day on half).
 */
const paidListen: Family = {
  name: 'paid-listen',
  split: 'fresh-34',
  site: 'www.tingting-wenyi.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.5);
    const dated = rng.chance(0.8);
    const datedItems = rng.chance(0.5);
    // About four characters a second of speech.
    const secs = Math.max(6, Math.round(page.paragraphs.join('').length / 4) + rng.int(-5, 10));
    const mss = `${Math.floor(secs / 60)}:${String(secs % 60).padStart(2, '0')}`;
    const length = rng.pick([`${Math.floor(secs / 60)}'${String(secs % 60).padStart(2, '0')}"`, mss, secs < 100 ? `${secs}″` : mss]);
    const asker = `<div${cls(rng)}><span${cls(rng)}>${rng.pick(ASKERS)}</span> <span${cls(rng)}>¥${rng.pick([9, 19, 30, 50, 88])} 提问</span></div>`;
    const question = rng.chance(0.7) ? `<h1${cls(rng)}>${esc(page.question)}</h1>` : `<div${cls(rng)}><b>${esc(page.question)}</b></div>`;
    const card = `${plainCard(rng, page, gradeShown)}${rng.chance(0.5) ? `<span${cls(rng)}>已回答${rng.int(30, 3000)}个问题</span>` : ''}`;
    const bubble = `<div${cls(rng)}><i${cls(rng)}></i><span${cls(rng)}>${rng.pick(['1元偷听', '限时免费听', '点击播放', '¥2 偷听'])}</span><span${cls(rng)}>${length}</span></div><span${cls(rng)}>${rng.int(12, 9800)}人听过</span>`;
    const label = rng.pick(['文字版', '语音文字版', '语音转文字', '以下为语音转写内容']);
    const transcript = `${rng.chance(0.5) ? `<h3${cls(rng)}>${label}</h3>` : `<div${cls(rng)}>${label}：</div>`}<div${cls(rng)}>${paragraphsOf(page.paragraphs, esc)}</div>`;
    const when = dated ? `<div${cls(rng)}>${rng.pick(['回答于 ', ''])}${dayText(rng, page.date!, page.time)}</div>` : '';
    const list = page.related.length
      ? `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(['TA的其他回答', '大家都在听', '相关问答'])}</h3><ul${cls(rng)}>${page.related
          .map((r) => `<li${cls(rng)}><a href="${r.path}">${esc(r.question)}</a><p${cls(rng)}>${esc(r.snippet)}</p><span${cls(rng)}>${rng.int(5, 5000)}人听过</span>${datedItems ? ` <span${cls(rng)}>${r.date}</span>` : ''}</li>`)
          .join('\n')}</ul></div>`
      : '';
    const body = `<div${cls(rng)}><a href="/">听听问医</a> <a href="/ask">付费提问</a> <a href="/app">下载APP</a></div>
${wrap(rng, `${asker}\n${question}\n${card}\n${bubble}\n${when}\n${transcript}`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${list}`;
    const html = documentOf(`${page.question} - 听听问医`, page.canonical, '<meta name="viewport" content="width=device-width,initial-scale=1">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor: cardPlain(page, gradeShown), format: 'voice', date: dated ? page.date : null, related: itemsKey(page, datedItems) }),
    };
  },
};

// --- F2. muying-expert ---

const MOTHERS = ['小鱼妈妈', '糖糖妈', '果果麻麻', '安安的妈妈', '二宝妈', '努力备孕的小兔', '豆豆妈咪', '橙子妈'];
const BADGES = ['孕8周', '孕16周', '孕28周', '孕36周+3天', '宝宝3个月', '宝宝1岁2个月', '宝宝25天', '备孕中', '二胎孕20周'];
const MOTHER_LINES = ['我家也是这样，后来去医院看了才放心。', '同问，蹲一个专家回答。', '抱抱，别太担心，听医生的。', '我当时也是，多休息慢慢就好了。', '建议还是去医院查一下比较好。'];

/**
 * F2. A mother-and-baby community's 专家答 page: the asker (nickname, a badge `孕28周` / `宝宝3个月` /
 * `备孕中`, `提问于` a day 0–3 before the answer), the question (`<h1>` or a title block), a 问题描述
 * on half; the expert's answer under a badge (专家答 / 认证专家 / 医生回答 / 专家解答) with a plain card
 * (grade on 50%), the answer, its day (`回答于`, `发布于` or bare; a format word on 30%), `有用(N)`; 1–2
 * other mothers' answers (nickname, badge, a line, a day 0–20 after) after the expert's (70%) or
 * before it under `妈妈们的回答`; a related list whose items carry a badge before the link on half the
 * pages, `N个回答`, the day on half.
 */
const muyingExpert: Family = {
  name: 'muying-expert',
  split: 'fresh-34',
  site: 'www.mama-zhuanjia.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.5);
    const printFormat = rng.chance(0.3);
    const datedItems = rng.chance(0.5);
    const badge = () => `<span${cls(rng)}>${rng.pick(BADGES)}</span>`;
    const asker = `<div${cls(rng)}><span${cls(rng)}>${rng.pick(MOTHERS)}</span> ${badge()} <span${cls(rng)}>提问于 ${dayText(rng, shift(page.date!, -rng.int(0, 3)))}</span></div>`;
    const question = rng.chance(0.6) ? `<h1${cls(rng)}>${esc(page.question)}</h1>` : `<div${cls(rng)}>${esc(page.question)}</div>`;
    const described = rng.chance(0.5) ? `<p${cls(rng)}>${rng.pick(['问题描述：', ''])}${rng.pick(ASKER_LINES)}</p>` : '';
    const when = `<div${cls(rng)}>${rng.pick(['回答于 ', '发布于 ', ''])}${dayText(rng, page.date!, page.time)}${printFormat ? ` <span${cls(rng)}>${formatWord(rng, page.format)}</span>` : ''}</div>`;
    const expert = `<div${cls(rng)}><span${cls(rng)}>${rng.pick(['专家答', '认证专家', '医生回答', '专家解答'])}</span>
${plainCard(rng, page, gradeShown)}
<div${cls(rng)}>${paragraphsOf(page.paragraphs, esc)}</div>
${when}<span${cls(rng)}>有用(${rng.int(0, 300)})</span></div>`;
    const mothers = Array.from({ length: rng.int(1, 2) }, () =>
      `<div${cls(rng)}><span${cls(rng)}>${rng.pick(MOTHERS)}</span> ${badge()}<p${cls(rng)}>${rng.pick(MOTHER_LINES)}</p><span${cls(rng)}>${dayText(rng, shift(page.date!, rng.int(0, 20)))}</span></div>`,
    ).join('\n');
    const others = `<div${cls(rng)}><h4${cls(rng)}>${rng.pick(['妈妈们的回答', '其他妈妈的回答', '网友回答'])}</h4>${mothers}</div>`;
    const answers = rng.chance(0.7) ? `${expert}\n${others}` : `${others}\n${expert}`;
    const badged = rng.chance(0.5);
    const list = page.related.length
      ? `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(['相关问题', '其他妈妈也在问', '大家还在问'])}</h3><ul${cls(rng)}>${page.related
          .map((r) => `<li${cls(rng)}>${badged ? `${badge()} ` : ''}<a href="${r.path}">${esc(r.question)}</a><p${cls(rng)}>${esc(r.snippet)}</p><span${cls(rng)}>${rng.int(1, 40)}个回答</span>${datedItems ? ` <span${cls(rng)}>${r.date}</span>` : ''}</li>`)
          .join('\n')}</ul></div>`
      : '';
    const body = `<div${cls(rng)}><a href="/">妈妈专家说</a> <a href="/yunqi/">孕期</a> <a href="/yuer/">育儿</a></div>
${wrap(rng, `${asker}\n${question}\n${described}\n${answers}`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${list}`;
    const html = documentOf(`${page.question}_妈妈专家说`, page.canonical, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor: cardPlain(page, gradeShown), format: printFormat ? page.format : 'unknown', related: itemsKey(page, datedItems) }),
    };
  },
};

// --- F3. live-replay ---

const mmss = (rng: Rng) => `${String(rng.int(1, 58)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`;

/**
 * F3. A doctor's live-stream replay page (医生直播 · 回放): the `<h1>` and `<title>` the stream's title
 * (`{name}医生直播：{disease}的防治与日常管理` …), a player box (直播回放, its length, 观看 N 次, 点赞 N),
 * 直播时间 the answer's day (a time on half), the host's card (plain, grade on 50%, 粉丝 N on half)
 * before or after the player, a 直播简介 line on half; then 直播问答 / 精选问答: `网友「nick」提问：`
 * the question, `{name}医生回答：` (or `主播回答：`, `医生答：`) and the transcript paragraphs, the first
 * opened by its `[mm:ss]` offset on 60%, and `跳转到 mm:ss 观看`; a `更多直播问答` list (question link,
 * snippet, the day on half).
 */
const liveReplay: Family = {
  name: 'live-replay',
  split: 'fresh-34',
  site: 'live.yisheng-zhibo.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.5);
    const datedItems = rng.chance(0.5);
    const topic = topicWord(page);
    const title = rng.pick([`${d.name}医生直播：${topic}的防治与日常管理`, `${topic}患者最关心的几个问题｜${d.name}${d.title}直播`, `名医直播间：聊聊${topic}`]);
    const offset = mmss(rng);
    const player = `<div${cls(rng)}><div${cls(rng)}><span${cls(rng)}>直播回放</span> <span${cls(rng)}>${rng.int(60, 95)}:${String(rng.int(0, 59)).padStart(2, '0')}</span></div><span${cls(rng)}>观看 ${rng.int(300, 90000)} 次</span> <span${cls(rng)}>点赞 ${rng.int(10, 9000)}</span></div>`;
    const when = `<div${cls(rng)}>直播时间：${dayText(rng, page.date!)}${rng.chance(0.5) ? ` ${hm(rng)}` : ''}</div>`;
    const card = `${plainCard(rng, page, gradeShown)}${rng.chance(0.5) ? `<span${cls(rng)}>粉丝 ${rng.int(200, 90000)}</span>` : ''}`;
    const blurb = rng.chance(0.5) ? `<p${cls(rng)}>直播简介：本期直播${esc(d.name!)}医生为大家讲解${esc(topic)}的相关知识，并在线解答网友提问。</p>` : '';
    const stamped = rng.chance(0.6);
    const answer = paragraphsOf(page.paragraphs, (p, i) => `${i === 0 && stamped ? `[${offset}] ` : ''}${esc(p)}`);
    const qa = `<div${cls(rng)}><h2${cls(rng)}>${rng.pick(['直播问答', '精选问答', '本场问答'])}</h2>
<p${cls(rng)}>网友「${rng.pick(ASKERS)}」提问：${esc(page.question)}</p>
<div${cls(rng)}>${rng.pick([`${esc(d.name!)}医生回答：`, '主播回答：', '医生答：'])}</div>
<div${cls(rng)}>${answer}</div>
<a href="#t=${offset}"${cls(rng)}>跳转到 ${offset} 观看</a></div>`;
    const top = rng.chance(0.5) ? `${card}\n${player}` : `${player}\n${card}`;
    const body = `<div${cls(rng)}><a href="/">医生直播</a> <a href="/replay/">直播回放</a></div>
${wrap(rng, `<h1${cls(rng)}>${esc(title)}</h1>\n${top}\n${when}\n${blurb}\n${qa}`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${relatedList(rng, page.related, datedItems, ['更多直播问答', '相关问答', '其他网友提问'])}`;
    const html = documentOf(title, page.canonical, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor: cardPlain(page, gradeShown), format: 'video', related: itemsKey(page, datedItems) }),
    };
  },
};

// --- F4. swap-batches ---

/**
 * F4. A related list with a 换一换 / 换一批 button: the page holds 1–2 more batches than it shows. The
 * shown batch is the first n items of the page's list (n 2 to all but two, where it has 4 or more;
 * all of them, and no other batch, where it has fewer), the rest split into hidden batches — by the
 * `hidden` attribute (30%), an inline `display:none` (30%) or a `<style>` rule on the batch class
 * with the shown batch marked `on` (40%) —, set as separate `<ul>`s (60%) or as `<li>`s of one `<ul>`
 * (40%); the shown batch first (70%) or after a hidden one. An ordinary `<h1>`, plain card (grade on
 * 60%), date line (format on 40%) and answer; items dated on half.
 */
const swapBatches: Family = {
  name: 'swap-batches',
  split: 'fresh-34',
  site: 'www.huanyihuan-wenda.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.6);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const all = page.related;
    const shown = all.length >= 4 ? rng.int(2, all.length - 2) : all.length;
    const rest = all.slice(shown);
    const hiddenBatches = rest.length >= 4 && rng.chance(0.5) ? [rest.slice(0, 2), rest.slice(2)] : rest.length ? [rest] : [];
    const how = rng.weighted([['attr', 30], ['inline', 30], ['style', 40]] as const);
    const batchCls = `batch-${token(rng, 3)}`;
    const hide = () => (how === 'attr' ? ' hidden' : how === 'inline' ? ' style="display:none"' : '');
    const classOf = (on: boolean) => (how === 'style' ? ` class="${batchCls}${on ? ' on' : ''}"` : cls(rng));
    const item = (r: (typeof all)[number]) => `<a href="${r.path}"${cls(rng)}>${esc(r.question)}</a><p${cls(rng)}>${esc(r.snippet)}</p>${datedItems ? `<span${cls(rng)}>${r.date}</span>` : ''}`;
    const separate = rng.chance(0.6);
    const batches = [{ items: all.slice(0, shown), on: true }, ...hiddenBatches.map((items) => ({ items, on: false }))];
    const ordered = hiddenBatches.length && rng.chance(0.3) ? [batches[1]!, batches[0]!, ...batches.slice(2)] : batches;
    const lists = separate
      ? ordered.map((b) => `<ul${classOf(b.on)}${b.on ? '' : hide()}>${b.items.map((r) => `<li${cls(rng)}>${item(r)}</li>`).join('\n')}</ul>`).join('\n')
      : `<ul${cls(rng)}>${ordered.flatMap((b) => b.items.map((r) => `<li${classOf(b.on)}${b.on ? '' : hide()}>${item(r)}</li>`)).join('\n')}</ul>`;
    const style = how === 'style' ? `<style>.${batchCls}{display:none}.${batchCls}.on{display:block}</style>\n` : '';
    const list = all.length
      ? `<div${cls(rng)}><div${cls(rng)}><h3${cls(rng)}>${rng.pick(['相关问题', '大家还在问', '相关推荐'])}</h3> <a href="javascript:;"${cls(rng)}>${rng.pick(['换一换', '换一批', '⟳ 换一换'])}</a></div>\n${lists}</div>`
      : '';
    const body = `<div${cls(rng)}><a href="/">问答网</a> <a href="/ks/">科室</a></div>
${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${plainCard(rng, page, gradeShown)}\n${whenLine(rng, page, printFormat)}\n<div${cls(rng)}>${paragraphsOf(page.paragraphs, esc)}</div>`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${list}`;
    const html = documentOf(`${page.question}_问答网`, page.canonical, style, body);
    const key = plainKey(page, { gradeShown, printFormat, datedItems });
    return { body: Buffer.from(html, 'utf8'), expected: { ...key, related: key.related.slice(0, shown) } };
  },
};

// --- F5. tts-reader ---

/**
 * F5. A Q&A page with a text-to-speech bar over the answer: a play icon, `听全文` / `AI朗读` /
 * `智能朗读` / `机器朗读`, `00:00 / mm:ss`, a speed (`1.0x` / `倍速`) and on half a note (`本文由AI朗读` /
 * `AI合成语音，仅供参考`), above the answer (70%) or under the `<h1>`; the answer's sentences each in a
 * `<span data-tts-index>` (with `data-start` seconds on half), one marked as being read. An ordinary
 * plain card (grade on 60%), date line (format word on 40%), disclaimer and related list (dated on half).
 */
const ttsReader: Family = {
  name: 'tts-reader',
  split: 'fresh-34',
  site: 'www.tingquanwen-yisheng.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.6);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const note = rng.chance(0.5) ? ` <span${cls(rng)}>${rng.pick(['本文由AI朗读', 'AI合成语音，仅供参考'])}</span>` : '';
    const bar = `<div${cls(rng)}><i class="icon-play"></i> <span${cls(rng)}>${rng.pick(['听全文', 'AI朗读', '智能朗读', '机器朗读'])}</span> <span${cls(rng)}>00:00</span> / <span${cls(rng)}>${String(rng.int(1, 6)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}</span> <span${cls(rng)}>${rng.pick(['1.0x', '倍速'])}</span>${note}</div>`;
    const timed = rng.chance(0.5);
    const reading = rng.int(0, 3);
    let n = 0;
    let t = 0;
    const spoken = (p: string) =>
      p
        .split(/(?<=[。！？；])/u)
        .filter((s) => s.length)
        .map((s) => {
          const i = n++;
          const start = t.toFixed(1);
          t += s.length * 0.22;
          return `<span data-tts-index="${i}"${timed ? ` data-start="${start}"` : ''}${i === reading ? ' class="tts-reading" style="background:#fff3c4"' : ''}>${esc(s)}</span>`;
        })
        .join('');
    const answer = `<div${cls(rng)}>${paragraphsOf(page.paragraphs, spoken)}</div>`;
    const high = rng.chance(0.3);
    const body = `<div${cls(rng)}><a href="/">听全文问医生</a> <a href="/jibing/">疾病</a></div>
${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${high ? `${bar}\n` : ''}${plainCard(rng, page, gradeShown)}\n${whenLine(rng, page, printFormat)}\n${high ? '' : `${bar}\n`}${answer}`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${relatedList(rng, page.related, datedItems)}`;
    const html = documentOf(`${page.question}-听全文问医生`, page.canonical, '', body);
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

// --- F6. extension-leftovers ---

/**
 * F6. A Q&A page saved from a browser with extensions: Dark Reader's `<style class="darkreader …">`
 * and `<meta name="darkreader">` in the head and its `data-darkreader-inline-*` attributes and
 * `--darkreader-inline-*` styles on elements; on 65% a dictionary popup (沙拉查词 / 有道词典 / 划词翻译,
 * positioned absolutely) holding the page's disease word, its dictionary's name and `例句：` /
 * `原句：` the first sentence of one of the answer's paragraphs, at the top of the body, after the
 * page or after `</body>`; on 40% a price-comparison bar (慢慢买 / 购物党 比价助手, fixed at the bottom).
 * An ordinary plain card (grade on 60%), date line (format on 40%), answer and related list (dated on half).
 */
const extensionLeftovers: Family = {
  name: 'extension-leftovers',
  split: 'fresh-34',
  site: 'www.baocun-wangye.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.6);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const dark = (html: string) =>
      html.replace(/<(div|p|h1|h3|span|li|a)( class="[^"]*")?>/g, (m, tag: string, c: string | undefined) =>
        rng.chance(0.4) ? `<${tag}${c ?? ''} data-darkreader-inline-color="" style="--darkreader-inline-color: #e8e6e3;">` : m,
      );
    const inner = `<div${cls(rng)}><a href="/">健康问答</a> <a href="/ask/">我要提问</a></div>
${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${plainCard(rng, page, gradeShown)}\n${whenLine(rng, page, printFormat)}\n<div${cls(rng)}>${paragraphsOf(page.paragraphs, esc)}</div>`)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${relatedList(rng, page.related, datedItems)}`;
    const quoted = rng.pick(page.paragraphs).split(/(?<=[。！？])/u)[0]!;
    const [popupId, dictionary] = rng.pick([['saladict-saladbowl-root', '沙拉查词'], ['youdao-dict-popup', '有道词典'], ['huaci-fanyi-panel', '划词翻译']] as const);
    const popup = rng.chance(0.65)
      ? `<div id="${popupId}" style="position:absolute;top:${rng.int(200, 900)}px;left:${rng.int(40, 600)}px;z-index:2147483647"><div>${esc(topicWord(page))}</div><div>${dictionary}</div><div>${rng.pick(['例句', '原句'])}：${esc(quoted)}</div><a href="javascript:;">查看更多释义</a></div>`
      : '';
    const bar = rng.chance(0.4)
      ? `<div id="${rng.pick(['mmz-bar', 'gwd-helper'])}" style="position:fixed;bottom:0;left:0;right:0"><span>${rng.pick(['慢慢买比价', '购物党比价助手'])}</span> <span>本页暂无比价商品</span> <a href="javascript:;">历史价格</a> <a href="javascript:;">关闭</a></div>`
      : '';
    const where = rng.pick(['top', 'end', 'after'] as const);
    const body = `${where === 'top' ? popup : ''}${dark(inner)}\n${where === 'end' ? popup : ''}${bar}`;
    const head = `<style class="darkreader darkreader--fallback" media="screen"></style>\n<style class="darkreader darkreader--user-agent" media="screen">html{background-color:#181a1b !important;}</style>\n<meta name="darkreader" content="${token(rng, 32)}">\n`;
    let html = documentOf(`${page.question}_健康问答`, page.canonical, head, body);
    if (where === 'after') html = html.replace('</body>\n</html>', `</body>\n${popup}\n</html>`);
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

export const FRESH34_FAMILIES: readonly Family[] = [paidListen, muyingExpert, liveReplay, swapBatches, ttsReader, extensionLeftovers];
