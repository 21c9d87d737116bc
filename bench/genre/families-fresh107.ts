import iconv from 'iconv-lite';
import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import { cutAnswer, cutSnippet, documentOf, itemNum, itemsOf, otherName, shift, token, topicWord, two } from './ordinary-parts.js';
import { esc } from './parts.js';
import type { TruthPage } from './truth.js';

/**
 * Hundred-and-seventh fresh held-out set (split `fresh-107`): written blind on 2026-12-07 — without reading the reader
 * (src/extract/ and its site profiles, src/flags/, src/validate/, src/core/genre-vocabulary.ts) or its tests or the
 * fixtures' answer keys, and without running it (eval.ts, show.ts, speed.ts, doubt-study.ts, the CLI) on these pages —
 * and committed before its first run. Theme: **the real sites of the genre, a forty-second set**, leaning on sites and
 * kinds the table has few of **where the answer is not plain text in one box**: six Chinese-language sites (or a section
 * of one) where health questions are answered on pages of their own, none modelled or named by an earlier split
 * (懒人畅听 / 懒人听书 / 懶人 / lrts, 爱奇艺 / 奇艺 / iqiyi, 新京报 / 新京報 / 京报 / bjnews, 親子天下 / 亲子天下 /
 * parenting.com.tw, Hello醫師 / helloyishi, 读特 / 讀特 / dutenews / 深圳特区报 / 深圳特區報 / 深圳报业 / sznews / 深圳新闻 each
 * grepped, case-insensitive, fixed strings, in README.md and families*.ts: no hit; the bare word `parenting` hit only as
 * the English word and in other sites' paths (孩子王's `/parenting/qa/…`, "a parenting app"), `hello` only in other
 * words; left alone because of hits: 万宁 / 萬寧 / mannings and 晴報 / am730 (named in earlier rows), 喜马拉雅 / ximalaya,
 * 蜻蜓, 荔枝, 云听, 央广, 得到, 哔哩 / bilibili / B站, 西瓜, 好看视频, 微视, 快手, 央视频, 看看新闻, 搜狐 / sohu, 知乎, 微博,
 * 小红书, 科普中国, 澎湃, 南方+ (the short word `南方` hit as 南方医院; southcn / nfapp had none), 上观 / jfdaily (解放日报 hit),
 * 羊城晚报 (羊城 named in an earlier grep list), 钱江晚报 / 小时新闻, 扬子 / 紫牛, 广州日报, 香港電台 / RTHK / 精靈一點, 澳門日報,
 * 星洲, 中國報, 南洋商报, 光华, 诗华, 联合早报, 早安健康, Heho, 元氣 / udn, 華人健康, 健康2.0 (so TVBS too), 長庚, 北榮, 馬偕,
 * 國泰, 亞東, 新光, 慈濟, 北醫, 光田, 中國醫藥大學 (so cmuh too), 港怡, 明德, 浸會, 仁安, 聖保祿, 嘉諾撒, 養和, 醫管局 / 智友站,
 * 保柏 / bupa, 健康促进局 / hpb (so HealthHub too), 广东省人民医院 (省医 hit), 阿里健康 / 医鹿, 健客, 百科, 腾讯 / 腾讯医典, 新浪,
 * 屈臣氏, 薄荷; 健康界, 梨视频, 现代快报, 中時, 三立, ETtoday, 杏一, 衞生署 had none but were not taken), each of a kind the
 * table has few of: **a voice answer whose page prints a transcript** (懒人畅听's health album track page: the player, a
 * `文稿` of the doctor's words folded on half, an album blurb, the album's other tracks), **a video answer with chapters
 * and a summary** (爱奇艺's 健康 video page: the player, a `看点` chapter list, an `AI看点总结` on some, the `简介` holding the
 * answer's 文字版, folded under `展开` on half), **an answer folded behind 展开全文 with the whole in the markup** (新京报's
 * m. page: the article in a height-limited box under `展开全文` / `打开新京报APP`), **an answer partly behind a member
 * wall** (親子天下's 醫師解答 article: the first part shown, a `加入會員 免費閱讀完整內容` wall, the rest not in the page;
 * Big5 on some), **an answer in an accordion or tabs** (Hello醫師's 醫師解答: `可能原因 / 處理方式 / 何時該就醫` sections as
 * `<details>`, collapse buttons or tabs, the closed ones in the markup), and **an answer as a numbered card carousel**
 * (读特's 名医说 share page: swiper cards `1/N`, the card's text as HTML, as the picture's alt only, or as a caption, a
 * cover card and an end card).
 *
 * Where a careful person could hesitate, the key decides (the README row says the same):
 * - **the question**: 懒人畅听's track title **without its `第N集｜` prefix** (on 40%); 爱奇艺's `<h1>` **without the
 *   `{name}医生：` prefix** (on 30%); 新京报's `网友提问：` line in the body (**the headline that asks nothing none**);
 *   親子天下's and Hello醫師's `<h1>`; 读特's `<h1>`, or the lead's `网友问：` where the headline asks nothing (**the cover
 *   card's alt none**);
 * - **which text is the answer**: **懒人畅听's `文稿` paragraphs — the transcript is the answer's text** (folded or not; the
 *   `（以下文稿由语音自动转写，仅供参考）` note, the album's `节目简介`, comments none); **爱奇艺's `简介` paragraphs** (the
 *   `文字版` heading a label; **the `看点` chapters and the `AI看点总结` none**); **新京报's paragraphs whole where folded
 *   (the rest is in the markup)**, the `专家解答：` label none, the reporter's lede, `编辑 / 校对` none; **親子天下's shown
 *   part only** (fresh-14's cut-preview convention: whole paragraphs as printed, the cut one with its `…`; the wall, the
 *   `本文出自` line none) — the whole where no wall stands; **Hello醫師's sections with their heads as paragraphs**
 *   (fresh-4's convention: `可能原因` … are paragraphs; a tab list's labels printed again, once each; **closed panels
 *   count**; the `重點摘要` box, the disclaimer none); **读特's numbered cards' texts, one paragraph a card, from the HTML
 *   text, the picture's alt, or the caption as the page gives it** (the cover card, the end card `关注读特 健康不迷路`, the
 *   `左右滑动` hint none);
 * - **the date the answer's day**: 懒人畅听's `更新时间` where it prints the whole day (**`05-06` or `N天前` null**); 爱奇艺's
 *   `发布时间` (**`N天前` / `N小时前` null**); 新京报's stamp (**yearless `05-06 14:22` null**); 親子天下's day; Hello醫師's
 *   `發布日期` (**the later `更新日期` none**); 读特's stamp (**`N天前` null**);
 * - **the card** as printed, the grade null where none is printed (懒人畅听's and 新京报's `（三级甲等）`-like grade on some:
 *   keyed there); **`{name}医生` the name without 医生** (爱奇艺, 懒人畅听); **`{name} 醫師` the title `醫師`** (親子天下,
 *   Hello醫師: fresh-80 / fresh-83 / fresh-93 / fresh-105's convention), other ranks as printed; no site here is a hospital;
 * - **format**: voice on 懒人畅听 (the doctor's audio plays), video on 爱奇艺 (the `<video>` player), unknown otherwise (读特's
 *   cards are pictures, not a video);
 * - **items**: the list of other questions — 懒人畅听's `本专辑其他节目`, 爱奇艺's `相关推荐` / `猜你喜欢`, 新京报's `相关推荐`,
 *   親子天下's `延伸閱讀`, Hello醫師's `相關文章`, 读特's `相关新闻` —, link-only `[]` unless a snippet is printed (Hello醫師's
 *   on 40%, **`...`-cut on half of those and kept so**), dated only where the whole day is printed (懒人畅听's, 新京报's,
 *   親子天下's, 读特's `2023-05-06` on some; 读特's `05-06` none); 新京报's `24小时热闻`, 親子天下's `嚴選` products,
 *   Hello醫師's `健康工具`, 爱奇艺's ad none; links as written (absolute on all but Hello醫師), Hello醫師's relative
 *   `/qa/{id}/` resolved against its canonical where the page names it.
 */

type Related = TruthPage['related'][number];

const clock = (rng: Rng, from = 7, to = 22) => `${two(rng.int(from, to))}:${two(rng.int(0, 59))}`;
const mmss = (rng: Rng, from = 60, to = 720) => {
  const s = rng.int(from, to);
  return `${two(Math.floor(s / 60))}:${two(s % 60)}`;
};
const gradeOf = (page: TruthPage, shown: boolean) => (shown && page.doctor.hospital_grade ? page.doctor.hospital_grade : null);

/** A token of `n` letters and digits for an item number (the same number, the same token). */
const idToken = (num: number, n: number) => {
  const A = 'abcdefghijklmnopqrstuvwxyz0123456789';
  let x = (num * 2654435761) >>> 0;
  let out = '';
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x ^ (x >>> 15), 2246822519) + i * 131) >>> 0;
    out += A[x % 36];
  }
  return out;
};

/**
 * Big5 bytes as a browser reads them: a character goes out raw only where the WHATWG big5 decoder gives it back, else as
 * `&#x…;` (as fresh-106 writes them).
 */
const BIG5_SAFE = new Map<string, boolean>();
const WHATWG_BIG5 = new TextDecoder('big5');
function big5Bytes(html: string): Buffer {
  const out = [...html]
    .map((c) => {
      if (c.charCodeAt(0) < 128) return c;
      let ok = BIG5_SAFE.get(c);
      if (ok === undefined) {
        const b = iconv.encode(c, 'big5');
        ok = iconv.decode(b, 'big5') === c && WHATWG_BIG5.decode(b) === c;
        BIG5_SAFE.set(c, ok);
      }
      return ok ? c : `&#x${c.codePointAt(0)!.toString(16)};`;
    })
    .join('');
  return iconv.encode(out, 'big5');
}

const USERS = ['听友', '用户', '书友'] as const;
const COMMENTS = ['讲得很清楚，谢谢医生！', '收藏了，转给家里老人听。', '请问医生在哪里出诊？', '每期都在听，很实用。'] as const;

// --- F1. lrts-yuyin-wengao ---

/**
 * F1. 懒人畅听's health album track page (m.lrts.me/ting/book/{book}/{id}: the audio platform from memory; the album kind,
 * the path and the markup guessed), UTF-8, canonical on 40%: an app banner `打开懒人畅听APP 收听完整节目`; the album head
 * `《{department}医生说》` and its `节目简介` (none); **the track title the question (60%) or `第N集｜{question}` (40%:
 * keyed without the prefix)**; the anchor card `{name}` with `认证：{hospital}{department}{title}` (60%) or `主播：{name}医生`
 * over `{hospital} {department} {title}` (40%) (**`（{grade}）` after the hospital on 25%: keyed**); the player (`<audio>`,
 * a duration, 上一集 / 下一集, 播放量); `更新时间：` **`2023-05-06` (45%), `2023-05-06 14:22` (25%) keyed, `05-06` (15%) or
 * `N天前` (15%) null**; **the `文稿` block, the doctor's words transcribed (keyed as the answer), on 30% under a note
 * `（以下文稿由语音自动转写，仅供参考）` (none), folded in a height-limited box with `展开全部文稿` on 50%, `</p>` left off on
 * 30%**; comments with 举报 (none); `本专辑其他节目` (absolute links as written, link-only, the duration, the whole day on
 * 40%: dated).
 */
const lrtsYuyinWengao: Family = {
  name: 'lrts-yuyin-wengao',
  split: 'fresh-107',
  site: 'm.lrts.me',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://m.lrts.me';
    const book = 30000 + (page.item.num % 60000);
    const own = `${base}/ting/book/${book}/${page.item.num}`;
    const canonical = rng.chance(0.4) ? own : null;
    const prefix = rng.chance(0.4);
    const cardForm = rng.chance(0.6) ? 'auth' : 'anchor';
    const grade = rng.chance(0.25);
    const dayForm = rng.weighted([['full', 45], ['hm', 25], ['md', 15], ['rel', 15]] as const);
    const note = rng.chance(0.3);
    const fold = rng.chance(0.5);
    const unclosed = rng.chance(0.3);
    const listDated = rng.chance(0.4);
    const ep = rng.int(3, 160);
    const g = gradeOf(page, grade);
    const org = `${esc(d.hospital!)}${g ? `（${esc(g)}）` : ''}`;
    const card =
      cardForm === 'auth'
        ? `<div class="anchor"><img class="avatar" src="https://img.lrts.me/user/${token(rng, 12)}.jpg" alt=""><span class="nick">${esc(d.name!)}</span><p class="auth"><i class="v-icon"></i>认证：${org}${esc(d.department!)}${esc(d.title!)}</p><a class="follow" href="javascript:;">+关注</a></div>`
        : `<div class="anchor"><span class="label">主播：</span><span class="nick">${esc(d.name!)}医生</span><p class="auth">${org} ${esc(d.department!)} ${esc(d.title!)}</p><a class="follow" href="javascript:;">关注</a></div>`;
    const when =
      dayForm === 'full' ? page.date! : dayForm === 'hm' ? `${page.date} ${page.time}` : dayForm === 'md' ? page.date!.slice(5) : `${rng.int(1, 6)}天前`;
    const close = unclosed ? '' : '</p>';
    const text = page.paragraphs.map((x) => `<p>${esc(x)}${close}`).join('\n');
    const wengao = `<div class="wengao"><h3>文稿</h3>
${note ? '<p class="tip">（以下文稿由语音自动转写，仅供参考）</p>\n' : ''}${fold ? `<div class="wengao-body folded" style="max-height:240px;overflow:hidden;">\n${text}\n</div>\n<a class="wengao-more" href="javascript:;">展开全部文稿</a>` : `<div class="wengao-body">\n${text}\n</div>`}
</div>`;
    const related = page.related.slice(0, 8);
    const href = (r: Related) => `${base}/ting/book/${book}/${itemNum(r)}`;
    const list = related.length
      ? `<div class="section-list"><h3>本专辑其他节目</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a><span class="dur">${mmss(rng)}</span>${listDated ? `<span class="day">${r.date}</span>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const comments = rng.int(0, 3);
    const title = prefix ? `第${ep}集｜${page.question}` : page.question;
    const body = `<div class="app-banner"><img src="/static/logo.png" alt=""><span>打开懒人畅听APP 收听完整节目</span><a href="lrts://book/${book}">打开</a></div>
<div class="book-head"><img src="https://img.lrts.me/cover/${book}.jpg" alt=""><h2 class="book-name">《${esc(d.department!)}医生说》</h2><p class="book-meta">共${ep + rng.int(0, 40)}集　连载中</p></div>
<div class="track">
<h1 class="track-title">${esc(title)}</h1>
${card}
<div class="player"><audio src="https://audio.lrts.me/${token(rng, 24)}.m4a" preload="none"></audio><span class="cur">00:00</span> / <span class="dur">${mmss(rng, 120, 900)}</span>
<a class="prev" href="javascript:;">上一集</a> <a class="play" href="javascript:;">播放</a> <a class="next" href="javascript:;">下一集</a></div>
<p class="meta"><span>播放 ${rng.int(1, 99)}.${rng.int(0, 9)}万</span>　<span>更新时间：${when}</span></p>
${wengao}
</div>
<div class="book-intro"><h4>节目简介</h4><p>《${esc(d.department!)}医生说》由${esc(d.hospital!)}${esc(d.department!)}医生主讲，每期用几分钟解答一个大家关心的健康问题。</p></div>
<div class="comments"><h3>评论（${comments}）</h3>${Array.from({ length: comments }, () => `<div class="c-item"><span class="u">${rng.pick(USERS)}${rng.int(1000, 99999)}</span><p>${rng.pick(COMMENTS)}</p><a href="javascript:;">举报</a></div>`).join('\n') || '<p class="empty">还没有评论，快来抢沙发吧</p>'}</div>
${list}
<div class="footer">懒人畅听　© lrts.me</div>`;
    const html = documentOf(`${title}_${d.department}医生说_在线收听_懒人畅听`, canonical, '<meta name="viewport" content="width=device-width,initial-scale=1">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital: d.hospital, hospital_grade: g },
        date: dayForm === 'full' || dayForm === 'hm' ? page.date : null,
        format: 'voice',
        related: itemsOf(related, href, null, () => null, listDated),
      }),
    };
  },
};

// --- F2. iqiyi-kandian-jianjie ---

const IQ_CHAPTERS = (topic: string) => [`什么是${topic}`, `${topic}的常见原因`, '需要做哪些检查', '怎么治疗', '日常生活注意什么', '出现哪些情况要就医'];

/**
 * F2. 爱奇艺's 健康 video page (www.iqiyi.com/v_{token}.html: the video platform from memory; a doctor's 爱奇艺号 upload; the
 * path's token, the blocks and the markup guessed), UTF-8, canonical on 50%: the site's nav, a VIP banner; **the `<h1>` the
 * question (70%) or `{name}医生：{question}` (30%: keyed without the prefix)**; the player (`<video>`, a duration); the
 * uploader `{name}医生` with `{hospital} {department} {title}` (55%) or `{name}` with `认证：{title}，{hospital}{department}`
 * (45%) (keyed, name without 医生, grade null); `发布时间：` **`2023-05-06` (40%), `2023-05-06 14:22:00` (30%) keyed, `N天前`
 * / `N小时前` (30%) null**; **a `看点` / `精彩看点` / `视频章节` chapter list (70%: times and chapter titles, none); an
 * `AI看点总结` box on 30% (none)**; **the `简介` the answer's 文字版 (keyed), under a `文字版` heading on half (a label),
 * folded under `展开` in a height-limited box on half**; 弹幕 input, share bar, an ad, comments with 举报 (none); `相关推荐` /
 * `猜你喜欢` (absolute links as written, link-only, a duration and a play count, undated).
 */
const iqiyiKandianJianjie: Family = {
  name: 'iqiyi-kandian-jianjie',
  split: 'fresh-107',
  site: 'www.iqiyi.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://www.iqiyi.com';
    const href = (r: Related) => `${base}/v_${idToken(itemNum(r), 10)}.html`;
    const own = `${base}/v_${idToken(page.item.num, 10)}.html`;
    const canonical = rng.chance(0.5) ? own : null;
    const namePrefix = rng.chance(0.3);
    const upForm = rng.chance(0.55) ? 'a' : 'b';
    const dayForm = rng.weighted([['day', 40], ['full', 30], ['rel', 30]] as const);
    const chapters = rng.chance(0.7);
    const aiSum = rng.chance(0.3);
    const heading = rng.chance(0.5);
    const fold = rng.chance(0.5);
    const listHead = rng.pick(['相关推荐', '猜你喜欢']);
    const topic = topicWord(page);
    const title = namePrefix ? `${d.name}医生：${page.question}` : page.question;
    const when = dayForm === 'day' ? page.date! : dayForm === 'full' ? `${page.date} ${page.time}:00` : rng.chance(0.5) ? `${rng.int(1, 23)}小时前` : `${rng.int(1, 6)}天前`;
    const up =
      upForm === 'a'
        ? `<div class="up-info"><img class="up-avatar" src="https://pic.iqiyipic.com/${token(rng, 16)}.jpg" alt=""><a class="up-name" href="${base}/u/${rng.int(1000000, 9999999)}">${esc(d.name!)}医生</a><span class="up-tag">爱奇艺号</span><p class="up-desc">${esc(d.hospital!)} ${esc(d.department!)} ${esc(d.title!)}</p><button class="sub">+订阅</button></div>`
        : `<div class="up-info"><a class="up-name" href="${base}/u/${rng.int(1000000, 9999999)}">${esc(d.name!)}</a><span class="up-tag">爱奇艺号</span><p class="up-desc">认证：${esc(d.title!)}，${esc(d.hospital!)}${esc(d.department!)}</p><button class="sub">订阅</button></div>`;
    const chs = rng.shuffle(IQ_CHAPTERS(topic)).slice(0, rng.int(3, 4));
    let t = rng.int(5, 20);
    const chapterList = chapters
      ? `<div class="kandian"><h3>${rng.pick(['看点', '精彩看点', '视频章节'])}</h3><ul>${chs.map((c) => { const s = `${two(Math.floor(t / 60))}:${two(t % 60)}`; t += rng.int(30, 90); return `<li><span class="t">${s}</span> ${esc(c)}</li>`; }).join('')}</ul></div>\n`
      : '';
    const ai = aiSum ? `<div class="ai-summary"><span class="tag">AI看点总结</span><p>本视频中，${esc(d.name!)}医生围绕${esc(topic)}讲解了相关知识和注意事项。</p></div>\n` : '';
    const text = page.paragraphs.map((x) => `<p>${esc(x)}</p>`).join('\n');
    const intro = `<div class="intro"><h3>简介</h3>
${fold ? '<div class="intro-content" style="max-height:72px;overflow:hidden;">' : '<div class="intro-content">'}
${heading ? '<h4>文字版</h4>\n' : ''}${text}
</div>${fold ? '\n<a class="expand" href="javascript:;">展开</a>' : ''}
</div>`;
    const related = page.related.slice(0, 8);
    const list = related.length
      ? `<div class="rec-list"><h3>${listHead}</h3><ul>${related.map((r) => `<li><a class="thumb" href="${href(r)}"><img src="https://pic.iqiyipic.com/${token(rng, 16)}.jpg" alt=""><span class="dur">${mmss(rng)}</span></a><p class="ttl"><a href="${href(r)}" title="${esc(r.question)}">${esc(r.question)}</a></p><p class="meta">${rng.int(1, 999)}次播放</p></li>`).join('\n')}</ul></div>`
      : '';
    const comments = rng.int(0, 2);
    const body = `<div class="qy-header"><a href="${base}/">爱奇艺</a> <a href="${base}/dianshiju/">电视剧</a> <a href="${base}/dianying/">电影</a> <a href="${base}/zongyi/">综艺</a> <a href="${base}/jiankang/">健康</a> <a class="vip" href="javascript:;">开通VIP会员 免广告</a> <a href="javascript:;">登录</a></div>
<div class="qy-play">
<h1 class="play-title">${esc(title)}</h1>
<div class="iqp-player" data-player-tvid="${page.item.num}"><video poster="https://pic.iqiyipic.com/${token(rng, 16)}.jpg" preload="none"></video><div class="iqp-time">00:00 / ${mmss(rng, 90, 600)}</div></div>
<div class="danmu"><input placeholder="发个弹幕见证当下"><button>发送</button></div>
${up}
<p class="play-meta"><span>发布时间：${when}</span>　<span>${rng.int(1, 99)}万次播放</span></p>
${chapterList}${ai}${intro}
<div class="share">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a> <a href="javascript:;">QQ</a> <a href="javascript:;">举报</a></div>
</div>
<div class="ad"><span>广告</span><a href="https://ad.iqiyi.com/c?${token(rng, 10)}">体检套餐限时特惠</a></div>
<div class="comments"><h3>评论 ${comments}</h3>${Array.from({ length: comments }, () => `<div class="c-item"><span class="u">爱奇艺用户${token(rng, 6)}</span><p>${rng.pick(COMMENTS)}</p><a href="javascript:;">举报</a></div>`).join('\n')}</div>
${list}
<div class="qy-footer">© 爱奇艺 iQIYI.COM</div>`;
    const html = documentOf(`${title}-健康-爱奇艺`, canonical, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital: d.hospital, hospital_grade: null },
        date: dayForm === 'rel' ? null : page.date,
        format: 'video',
        related: itemsOf(related, href, null, () => null, false),
      }),
    };
  },
};

// --- F3. bjnews-zhankai-quanwen ---

const BJ_HOT = ['北京多区发布最新通知', '这些新规下月起施行', '周末北京天气晴好适宜出行', '地铁这条线路将延长运营'] as const;

/**
 * F3. 新京报's m. article page for a 问医生 column (m.bjnews.com.cn/detail/{id}.html: the paper's mobile site from memory;
 * the column, the ids and the markup guessed), UTF-8, canonical on 40%: an app bar; **the headline the question (65%) or
 * `{topic}困扰不少人，专家答疑来了` (35%: none)**; the line `新京报` `{day}` `记者 {name}`: **`2023-05-06 14:22` (55%) or
 * `2023年05月06日 14:22` (20%) keyed, `05-06 14:22` (25%) null**; a lede (none); **`网友提问：{question}` (keyed)**;
 * `答疑专家：{hospital}{department}{title} {name}` (55%) or `{name}，{hospital}{department}{title}` (**`（{grade}）` after
 * the hospital on 25%: keyed**); the answer's paragraphs (keyed), **the first after a `专家解答：` label on half (a label);
 * on 70% the whole article in a height-limited box with `展开全文` and `打开新京报APP 阅读体验更佳` after it: the whole in the
 * markup, keyed whole**; `编辑 / 校对` (none); a share bar with 举报; `相关推荐` (absolute links as written, link-only,
 * `2023-05-06` on 30%: dated); `24小时热闻` (news, none).
 */
const bjnewsZhankaiQuanwen: Family = {
  name: 'bjnews-zhankai-quanwen',
  split: 'fresh-107',
  site: 'm.bjnews.com.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://m.bjnews.com.cn';
    const idOf = (n: number) => `16${String(830000000000 + n * 7919).padStart(13, '0')}`;
    const href = (r: Related) => `${base}/detail/${idOf(itemNum(r))}.html`;
    const canonical = rng.chance(0.4) ? `${base}/detail/${idOf(page.item.num)}.html` : null;
    const asks = rng.chance(0.65);
    const dayForm = rng.weighted([['full', 55], ['cn', 20], ['md', 25]] as const);
    const cardForm = rng.chance(0.55);
    const grade = rng.chance(0.25);
    const label = rng.chance(0.5);
    const fold = rng.chance(0.7);
    const listDated = rng.chance(0.3);
    const topic = topicWord(page);
    const g = gradeOf(page, grade);
    const org = `${esc(d.hospital!)}${g ? `（${esc(g)}）` : ''}`;
    const headline = asks ? page.question : `${topic}困扰不少人，专家答疑来了`;
    const when = dayForm === 'full' ? `${page.date} ${page.time}` : dayForm === 'cn' ? `${page.date!.slice(0, 4)}年${page.date!.slice(5, 7)}月${page.date!.slice(8, 10)}日 ${page.time}` : `${page.date!.slice(5)} ${page.time}`;
    const expert = cardForm ? `${org}${esc(d.department!)}${esc(d.title!)} ${esc(d.name!)}` : `${esc(d.name!)}，${org}${esc(d.department!)}${esc(d.title!)}`;
    const answer = page.paragraphs.map((x, i) => `<p>${i === 0 && label ? '<strong>专家解答：</strong>' : ''}${esc(x)}</p>`).join('\n');
    const article = `<p class="lede">近期，不少读者通过新京报“问医生”栏目咨询${esc(topic)}相关问题。记者就此采访了相关专家。</p>
<p class="ask"><strong>网友提问：</strong>${esc(page.question)}</p>
<p class="expert"><strong>答疑专家：</strong>${expert}</p>
${answer}
<p class="editor">编辑 ${esc(otherName(rng))}　校对 ${esc(otherName(rng))}</p>`;
    const content = fold
      ? `<div class="article-content content-fold" style="height:420px;overflow:hidden;">\n${article}\n</div>\n<div class="fold-mask"><a class="unfold" href="javascript:;">展开全文</a></div>\n<div class="open-app"><a href="bjnews://detail">打开新京报APP 阅读体验更佳</a></div>`
      : `<div class="article-content">\n${article}\n</div>`;
    const related = page.related.slice(0, 6);
    const list = related.length
      ? `<div class="recommend"><h3>相关推荐</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a>${listDated ? `<span class="time">${r.date}</span>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const hot = `<div class="hot"><h3>24小时热闻</h3><ol>${rng.shuffle([...BJ_HOT]).map((x) => `<li><a href="${base}/detail/16${rng.int(10000000, 99999999)}${rng.int(10000, 99999)}.html">${x}</a></li>`).join('')}</ol></div>`;
    const body = `<div class="top-bar"><a href="${base}/"><img src="/img/logo.png" alt="新京报"></a><a class="app" href="javascript:;">下载APP</a></div>
<div class="article">
<h1 class="title">${esc(headline)}</h1>
<div class="info"><span class="source">新京报</span> <span class="time">${when}</span> <span class="author">记者 ${esc(otherName(rng))}</span></div>
${content}
<div class="share">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">朋友圈</a> <a href="javascript:;">微博</a> <a class="report" href="javascript:;">举报</a></div>
</div>
${list}
${hot}
<div class="footer">新京报社 版权所有　京ICP备${rng.int(10000000, 99999999)}号</div>`;
    const html = documentOf(`${headline} | 新京报`, canonical, '<meta name="viewport" content="width=device-width,initial-scale=1">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital: d.hospital, hospital_grade: g },
        date: dayForm === 'md' ? null : page.date,
        format: 'unknown',
        related: itemsOf(related, href, null, () => null, listDated),
      }),
    };
  },
};

// --- F4. parenting-huiyuan-quanwen ---

const PT_GOODS = ['兒童益生菌 30入', '親子共讀繪本套組', '幼兒防蚊乳液'] as const;

/**
 * F4. 親子天下's 醫師解答 article (www.parenting.com.tw/article/{id}: the Taiwanese parenting magazine's site from memory;
 * the column, the ids and the markup guessed), `lang="zh-TW"`, **UTF-8 (80%) or Big5 declared `big5` (20%, an old
 * article's template)**, canonical on half: the nav, a 登入 link; a column tag `醫師解答`; the `<h1>` question (keyed); the
 * card `文／{name} 醫師（{hospital}{department}）` (50%: title `醫師`) or a box `{name}` `{hospital}{department}{title}`
 * (keyed as printed); the day `2023-05-06` / `2023/05/06` / `2023.05.06` (keyed); **on 75% a member wall: the answer's
 * first part shown (the first half of its paragraphs whole, or cut inside a paragraph with `…`), then `本文為會員專屬內容`
 * / `加入親子天下會員，免費閱讀完整內容` / 登入 / 立即加入 over a fade, the rest not in the page: the shown part keyed as
 * printed (the cut one with its `…`); on 25% the whole answer and `本文出自《親子天下》第N期` (none)**; a share bar
 * (Facebook / LINE); `延伸閱讀` (absolute links as written, link-only, `2023-05-06` on 30%: dated); a `親子天下嚴選` product
 * box (none).
 */
const parentingHuiyuanQuanwen: Family = {
  name: 'parenting-huiyuan-quanwen',
  split: 'fresh-107',
  site: 'www.parenting.com.tw',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://www.parenting.com.tw';
    const href = (r: Related) => `${base}/article/${5000000 + itemNum(r)}`;
    const canonical = rng.chance(0.5) ? `${base}/article/${5000000 + page.item.num}` : null;
    const big5 = rng.chance(0.2);
    const plain = rng.chance(0.5);
    const sep = rng.pick(['-', '/', '.']);
    const wall = rng.chance(0.75);
    const byParagraph = page.paragraphs.length >= 2 && rng.chance(0.5);
    const listDated = rng.chance(0.3);
    let shown: string[] = page.paragraphs;
    if (wall) {
      if (byParagraph) shown = page.paragraphs.slice(0, Math.ceil(page.paragraphs.length / 2));
      else {
        const total = page.paragraphs.reduce((s, p) => s + Array.from(p).length, 0);
        shown = cutAnswer(page.paragraphs, Math.max(8, Math.floor(total * 0.45)), '…') ?? page.paragraphs;
      }
    }
    const title = plain ? '醫師' : d.title!;
    const card = plain
      ? `<div class="author">文／${esc(d.name!)} 醫師（${esc(d.hospital!)}${esc(d.department!)}）</div>`
      : `<div class="expert-box"><img src="${base}/images/expert/${token(rng, 8)}.jpg" alt=""><b class="name">${esc(d.name!)}</b><p>${esc(d.hospital!)}${esc(d.department!)}${esc(d.title!)}</p></div>`;
    const text = shown.map((x) => `<p>${esc(x)}</p>`).join('\n');
    const tail = wall
      ? `<div class="paywall"><div class="fade"></div><p class="pw-title">本文為會員專屬內容</p><p>加入親子天下會員，免費閱讀完整內容</p><a class="btn-login" href="${base}/login">登入</a> <a class="btn-join" href="${base}/join">立即加入</a></div>`
      : `<p class="from">本文出自《親子天下》第${rng.int(60, 140)}期</p>`;
    const related = page.related.slice(0, 6);
    const list = related.length
      ? `<div class="more-read"><h3>延伸閱讀</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a>${listDated ? `<span class="date">${r.date}</span>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const goods = `<div class="shop"><h3>親子天下嚴選</h3><ul>${rng.shuffle([...PT_GOODS]).map((x) => `<li><a href="https://shopping.parenting.com.tw/products/${rng.int(1000, 9999)}">${x}</a> <span>NT$${rng.int(199, 1299)}</span></li>`).join('')}</ul></div>`;
    const body = `<header class="site-header"><a href="${base}/"><img src="/images/logo.svg" alt="親子天下"></a><nav><a href="${base}/">首頁</a> <a href="${base}/category/health">健康</a> <a href="${base}/category/edu">教養</a> <a href="${base}/category/learning">學習</a> <a href="https://shopping.parenting.com.tw/">嚴選</a></nav><a class="login" href="${base}/login">登入</a></header>
<main class="article">
<span class="column-tag">醫師解答</span>
<h1>${esc(page.question)}</h1>
<div class="meta">${card}<time class="date">${page.date!.replace(/-/g, sep)}</time></div>
<div class="share"><a href="javascript:;">Facebook</a> <a href="javascript:;">LINE</a> <a href="javascript:;">複製連結</a></div>
<div class="article-body">
${text}
</div>
${tail}
</main>
${list}
${goods}
<footer>親子天下 版權所有 © Parenting</footer>`;
    const meta = big5 ? '<meta http-equiv="Content-Type" content="text/html; charset=big5">' : '<meta charset="utf-8">';
    const html = documentOf(`${page.question}｜親子天下`, canonical, '', body, meta).replace('<html lang="zh-CN">', '<html lang="zh-TW">');
    return {
      body: big5 ? big5Bytes(html) : Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title, department: d.department, hospital: d.hospital, hospital_grade: null },
        paragraphs: shown,
        format: 'unknown',
        related: itemsOf(related, href, null, () => null, listDated),
      }),
    };
  },
};

// --- F5. helloyishi-zhedie-fenlan ---

const HY_HEADS3 = [['可能原因', '處理方式', '何時該就醫'], ['原因', '改善方法', '就醫時機'], ['為什麼會這樣', '怎麼辦', '什麼情況要看醫生']] as const;
const HY_HEADS2 = [['可能原因', '處理建議'], ['原因分析', '改善方法']] as const;
const HY_TAKEAWAYS = ['症狀持續或加重時，請盡快就醫。', '不要自行購買藥物服用。', '規律作息與均衡飲食有助於改善。'] as const;
const HY_TOOLS = ['BMI 計算機', '排卵期計算', '每日熱量需求計算'] as const;

/**
 * F5. Hello醫師's 醫師解答 (helloyishi.com.tw/qa/{id}/: the Taiwanese health site from memory; the section, the path and the
 * markup guessed), UTF-8, `lang="zh-TW"`, canonical on 50%: the nav; the `<h1>` question (keyed); the card `醫師解答`
 * `{name} 醫師` (45%: title `醫師`) or `{name} {title}`, `{hospital}` · `{department}` (keyed); `發布日期：2023/05/06`
 * (keyed) and **`更新日期：` a later day on half (none)**; **the answer in sections under heads (`可能原因` / `處理方式` /
 * `何時該就醫` and the like: three for three paragraphs or more — the first, the middle ones, the last —, two for two, no
 * sections for one) drawn as `<details>` (35%: the first open on half), collapse buttons with `hidden` panels (35%) or tabs
 * (30%: a `role="tablist"` of the heads and panels each opening with its head, the others `hidden`): keyed as the heads
 * and the paragraphs in order (fresh-4's convention), closed panels included**; a `重點摘要` box on 40% (none); a
 * disclaimer (none); `相關文章` (relative `/qa/{id}/` as written, resolved against the canonical where the page names it;
 * the snippet on 40%, `...`-cut after 24 characters on half of those, keyed as printed; undated); `健康工具` (none).
 */
const helloyishiZhedieFenlan: Family = {
  name: 'helloyishi-zhedie-fenlan',
  split: 'fresh-107',
  site: 'helloyishi.com.tw',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://helloyishi.com.tw';
    const canonical = rng.chance(0.5) ? `${base}/qa/${page.item.num}/` : null;
    const plain = rng.chance(0.45);
    const updated = rng.chance(0.5);
    const form = rng.weighted([['details', 35], ['collapse', 35], ['tabs', 30]] as const);
    const firstOpen = rng.chance(0.5);
    const takeaways = rng.chance(0.4);
    const snippets = rng.chance(0.4);
    const cut = rng.chance(0.5);
    const ps = page.paragraphs;
    const sections: { head: string; body: string[] }[] =
      ps.length >= 3
        ? (() => { const h = rng.pick(HY_HEADS3); return [{ head: h[0], body: [ps[0]!] }, { head: h[1], body: ps.slice(1, -1) }, { head: h[2], body: [ps[ps.length - 1]!] }]; })()
        : ps.length === 2
          ? (() => { const h = rng.pick(HY_HEADS2); return [{ head: h[0], body: [ps[0]!] }, { head: h[1], body: [ps[1]!] }]; })()
          : [];
    const keyed = sections.length ? sections.flatMap((s) => [s.head, ...s.body]) : ps;
    const pHtml = (xs: readonly string[]) => xs.map((x) => `<p>${esc(x)}</p>`).join('\n');
    let answer: string;
    if (!sections.length) answer = `<div class="answer-body">\n${pHtml(ps)}\n</div>`;
    else if (form === 'details') answer = `<div class="answer-body">\n${sections.map((s, i) => `<details class="acc"${i === 0 && firstOpen ? ' open' : ''}><summary>${s.head}</summary>\n${pHtml(s.body)}\n</details>`).join('\n')}\n</div>`;
    else if (form === 'collapse')
      answer = `<div class="answer-body accordion">\n${sections.map((s, i) => `<div class="acc-item"><button class="acc-btn" type="button" aria-expanded="${i === 0 ? 'true' : 'false'}">${s.head}</button>\n<div class="acc-panel"${i === 0 ? '' : ' hidden'}>\n${pHtml(s.body)}\n</div></div>`).join('\n')}\n</div>`;
    else
      answer = `<div class="answer-body tabs">\n<ul class="tab-list" role="tablist">${sections.map((s, i) => `<li role="tab" aria-selected="${i === 0}">${s.head}</li>`).join('')}</ul>\n${sections.map((s, i) => `<div class="tab-panel" role="tabpanel"${i === 0 ? '' : ' hidden'}><h3>${s.head}</h3>\n${pHtml(s.body)}\n</div>`).join('\n')}\n</div>`;
    const title = plain ? '醫師' : d.title!;
    const card = `<div class="doctor-card"><span class="label">醫師解答</span><img src="${base}/img/dr/${token(rng, 8)}.jpg" alt=""><p class="dr-name">${esc(d.name!)} ${esc(title)}</p><p class="dr-org">${esc(d.hospital!)} · ${esc(d.department!)}</p></div>`;
    const slash = (iso: string) => iso.replace(/-/g, '/');
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/qa/${itemNum(r)}/`;
    const printed = (r: Related) => (cut ? cutSnippet(r.snippet, 24, 26, '...') : r.snippet);
    const list = related.length
      ? `<section class="related"><h3>相關文章</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a>${snippets ? `<p class="excerpt">${esc(printed(r))}</p>` : ''}</li>`).join('\n')}</ul></section>`
      : '';
    const body = `<header><a href="${base}/"><img src="/img/logo.svg" alt="Hello醫師"></a><nav><a href="${base}/health/">健康資訊</a> <a href="${base}/qa/">醫師解答</a> <a href="${base}/tools/">健康工具</a></nav></header>
<main>
<nav class="crumb"><a href="${base}/">首頁</a> › <a href="${base}/qa/">醫師解答</a></nav>
<h1>${esc(page.question)}</h1>
${card}
<p class="dates"><span>發布日期：${slash(page.date!)}</span>${updated ? `　<span>更新日期：${slash(shift(page.date!, rng.int(30, 600)))}</span>` : ''}</p>
${takeaways ? `<div class="key-takeaways"><h4>重點摘要</h4><ul>${rng.shuffle([...HY_TAKEAWAYS]).slice(0, 2).map((x) => `<li>${x}</li>`).join('')}</ul></div>\n` : ''}${answer}
<p class="disclaimer">Hello醫師不提供醫療建議、診斷或治療，內容僅供參考。</p>
<div class="share"><a href="javascript:;">分享</a> <a href="javascript:;">LINE</a> <a href="javascript:;">回報問題</a></div>
${list}
</main>
<aside class="tools"><h3>健康工具</h3><ul>${HY_TOOLS.map((x) => `<li><a href="${base}/tools/${rng.int(10, 99)}/">${x}</a></li>`).join('')}</ul></aside>
<footer>© Hello Health Group　Hello醫師</footer>`;
    const html = documentOf(`${page.question} | Hello醫師`, canonical, '', body).replace('<html lang="zh-CN">', '<html lang="zh-TW">');
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title, department: d.department, hospital: d.hospital, hospital_grade: null },
        paragraphs: keyed,
        format: 'unknown',
        related: itemsOf(related, href, canonical, (r) => (snippets ? printed(r) : null), false),
      }),
    };
  },
};

// --- F6. dutenews-kapian-lunbo ---

/**
 * F6. 读特's 名医说 share page (www.dutenews.com/n/article/{id}: 深圳特区报's news app from memory; the column, the path and
 * the markup guessed), UTF-8, canonical on 40%: an app bar `打开读特客户端`; **the `<h1>` the question (75%) or `名医说｜
 * {topic}，这几点要注意` (25%) with a lead `网友问：{question}` (keyed)**; `来源：读特客户端` / `深圳特区报`, `作者：` (none), the
 * stamp **`2023-05-06 14:22` (55%) or `2023.05.06` (20%) keyed, `N天前` (25%) null**; the card `本期名医：{name}
 * {hospital}{department}{title}` or `专家：{name}（{hospital}{department}{title}）` above or below the cards (keyed, grade
 * null); **the answer as a swiper of numbered cards `i/N`, one a paragraph, the text as HTML over a background (45%), as
 * the picture's alt only (30%) or as a caption under the picture (25%): keyed one paragraph a card; a cover card (50%, the
 * question and `名医说第N期` in its alt) and an end card `关注读特 健康不迷路` (50%) none; a `左右滑动查看` hint (none)**;
 * 举报 and comments; `相关新闻` (absolute links as written, link-only; `2023-05-06` on 40%: dated; `05-06` on 20%: undated).
 */
const dutenewsKapianLunbo: Family = {
  name: 'dutenews-kapian-lunbo',
  split: 'fresh-107',
  site: 'www.dutenews.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://www.dutenews.com';
    const href = (r: Related) => `${base}/n/article/${7000000 + itemNum(r)}`;
    const canonical = rng.chance(0.4) ? `${base}/n/article/${7000000 + page.item.num}` : null;
    const asks = rng.chance(0.75);
    const dayForm = rng.weighted([['full', 55], ['dot', 20], ['rel', 25]] as const);
    const cardForm = rng.chance(0.5);
    const cardAbove = rng.chance(0.5);
    const mode = rng.weighted([['text', 45], ['alt', 30], ['caption', 25]] as const);
    const cover = rng.chance(0.5);
    const end = rng.chance(0.5);
    const hint = rng.chance(0.4);
    const listDays = rng.weighted([['full', 40], ['md', 20], ['none', 40]] as const);
    const ep = rng.int(5, 220);
    const topic = topicWord(page);
    const n = page.paragraphs.length;
    const when = dayForm === 'full' ? `${page.date} ${page.time}` : dayForm === 'dot' ? page.date!.replace(/-/g, '.') : `${rng.int(1, 6)}天前`;
    const img = () => `https://img.dutenews.com/a/${token(rng, 20)}.jpg`;
    const slides = page.paragraphs.map((x, i) => {
      const no = `<span class="no">${i + 1}/${n}</span>`;
      if (mode === 'text') return `<div class="swiper-slide card" style="background-image:url(${img()})">${no}<div class="card-txt"><p>${esc(x)}</p></div></div>`;
      if (mode === 'alt') return `<div class="swiper-slide card">${no}<img src="${img()}" alt="${esc(x)}"></div>`;
      return `<div class="swiper-slide card">${no}<img src="${img()}" alt=""><p class="caption">${esc(x)}</p></div>`;
    });
    const all = [
      ...(cover ? [`<div class="swiper-slide cover"><img src="${img()}" alt="名医说第${ep}期：${esc(page.question)}"></div>`] : []),
      ...slides,
      ...(end ? [`<div class="swiper-slide end"><img src="${img()}" alt="关注读特 健康不迷路"></div>`] : []),
    ];
    const carousel = `<div class="swiper-container cards"><div class="swiper-wrapper">\n${all.join('\n')}\n</div><div class="swiper-pagination"></div><div class="swiper-button-prev"></div><div class="swiper-button-next"></div></div>${hint ? '\n<p class="hint">（左右滑动查看）</p>' : ''}`;
    const card = cardForm
      ? `<div class="expert">本期名医：<b>${esc(d.name!)}</b> ${esc(d.hospital!)}${esc(d.department!)}${esc(d.title!)}</div>`
      : `<div class="expert">专家：${esc(d.name!)}（${esc(d.hospital!)}${esc(d.department!)}${esc(d.title!)}）</div>`;
    const related = page.related.slice(0, 6);
    const list = related.length
      ? `<div class="related"><h3>相关新闻</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a>${listDays === 'full' ? `<span class="t">${r.date}</span>` : listDays === 'md' ? `<span class="t">${r.date!.slice(5)}</span>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const comments = rng.int(0, 2);
    const body = `<div class="open-app"><img src="/static/logo.png" alt=""><span>打开读特客户端 看更多深圳新闻</span><a href="dutenews://article">打开</a></div>
<div class="article">
<h1>${esc(asks ? page.question : `名医说｜${topic}，这几点要注意`)}</h1>
<div class="info"><span>来源：${rng.pick(['读特客户端', '深圳特区报'])}</span> <span>作者：${esc(otherName(rng))}</span> <span class="time">${when}</span></div>
${asks ? '' : `<p class="lead">网友问：${esc(page.question)}</p>\n`}${cardAbove ? `${card}\n` : ''}${carousel}
${cardAbove ? '' : `${card}\n`}<div class="op"><a href="javascript:;">点赞</a> <a href="javascript:;">分享</a> <a href="javascript:;">举报</a></div>
</div>
<div class="comments"><h3>评论</h3>${Array.from({ length: comments }, () => `<div class="c"><span>读特网友${rng.int(100, 9999)}</span><p>${rng.pick(COMMENTS)}</p></div>`).join('') || '<p>暂无评论</p>'}</div>
${list}
<div class="footer">读特客户端　深圳报业集团</div>`;
    const html = documentOf(`${asks ? page.question : `名医说｜${topic}`}-读特`, canonical, '<meta name="viewport" content="width=device-width,initial-scale=1">\n<link rel="stylesheet" href="https://cdn.dutenews.com/swiper/swiper.min.css">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: d.title, department: d.department, hospital: d.hospital, hospital_grade: null },
        date: dayForm === 'rel' ? null : page.date,
        format: 'unknown',
        related: itemsOf(related, href, null, () => null, listDays === 'full'),
      }),
    };
  },
};

export const FRESH107_FAMILIES: readonly Family[] = [lrtsYuyinWengao, iqiyiKandianJianjie, bjnewsZhankaiQuanwen, parentingHuiyuanQuanwen, helloyishiZhedieFenlan, dutenewsKapianLunbo];
