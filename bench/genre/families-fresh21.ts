import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Expected, type Family, type Rendered } from './family.js';
import { ask, ASKER_LINES, cardPlain, dayText, DISCLAIMERS, documentOf, FEW_SURNAMES, FEW_TITLES, formatWord, hospitalWithGrade, noEntryKey, otherName, plainCard, RELATED_HEADS, relatedList, relatedWith, shift, token, topicWord } from './ordinary-parts.js';
import { cls, esc, wrap } from './parts.js';
import type { TruthPage } from './truth.js';

/**
 * Twenty-first fresh held-out set (split `fresh-21`): written blind on 2026-12-01 — without reading
 * the reader (src/extract/, src/flags/) or its tests and without running it on these pages — and
 * committed before its first run. Each family is modelled on the general shape of a kind of real
 * page of the genre (from memory, no copied markup) that no earlier family covers, and three of the
 * six are pages that hold no Q&A of their own and must give no entry at all (`noEntry`): a
 * 百度知道 / 搜狗问问-style question page where netizens answer beside one 医生认证 doctor, the
 * 提问者采纳 badge usually on a netizen's answer; the site's own search results page (站内搜索) for a
 * word or for the whole question, whose results look like related items with doctors' cards; the
 * notice a site serves with 200 where a question was deleted, withdrawn, is under review, was
 * blocked or never existed, with recommendations around it; a question page behind a login wall
 * that prints the question and who answered, not the answer; an answer split by the CMS over 2–3
 * pages (第1页/共3页), only page 1 served; a 健康号 short-video page whose answer is the subtitles'
 * transcript under the player, with timestamps, the uploader's card and comments.
 *
 * The answer key holds what a careful person reads on the page, as displayed; a field the page does
 * not print is null, and agrees with the earlier splits (meta / og / JSON-LD are not printed; an
 * item is known by its address; hidden and non-rendered text is no text; a linked question with no
 * snippet is no item). Where a careful person could hesitate, the key decides:
 * - zhidao-certified: the page's answer is the doctor's, the one badged 医生认证 / 认证医生 / 专业回答,
 *   with its card and ITS date — also where the 提问者采纳 / 最佳答案 badge (on 70% of the pages)
 *   stands on a netizen's answer shown first: the asker's acceptance does not make a netizen's
 *   words the doctor's answer (this differs from accepted-answer, where every answer was a
 *   doctor's and the accepted one was the page's). Netizens' answers (nickname, LV / 采纳率, their
 *   own dates, 赞 counts) are none of the answer; the asker's 问题补充 and 提问 day are none of it and
 *   date nothing; the card's 擅长 / 已帮助 N 人 lines are no card values. Related items' snippets are
 *   what follows a separate `最佳答案：` / `推荐答案：` label (the label is none of the snippet), their
 *   `N个回答` counts nothing; 大家还在搜 chips are bare links: no items.
 * - site-search (noEntry): a search results page is no Q&A page, even when the query is the whole
 *   question and the first result is the very question with its doctor's full card, snippet, format
 *   and date: no page entry, and its results are no related items (they are what the search found,
 *   not a page's related list). The zero-results variant's 热门问答 likewise.
 * - deleted-notice (noEntry): a notice served with 200 (该问题已被删除, 内容审核中, 该内容已被屏蔽,
 *   页面不存在 / 404, or the doctor's answer withdrawn under the still-shown question and card): no Q&A
 *   is on the page, whatever the `<title>` or an `<h1>` still says; its recommendations (为您推荐,
 *   热门问答 … with snippets) are a site-wide feed, no related items (as many-lists keyed feeds).
 * - login-wall (noEntry): the question, the asker's description and the answering doctors' names,
 *   titles and hospitals (the page's doctor among them, with 回答于 day and a 语音 badge now and then)
 *   are printed, the answer is not (grey skeleton bars, a lock, a login form): an entry needs an
 *   answer, so there is none. Its 大家都在问 questions are bare or locked (登录后查看): no items either.
 * - paged-answer: only page 1 of 2–3 is served; the answer is what page 1 prints (its paragraphs,
 *   the CMS splits between paragraphs), as cut-preview and share-card keyed the shown part: the
 *   pages not served are not guessed. The pager (上一页 1 2 3 下一页 尾页, 第1页/共3页, 阅读全文 /
 *   单页阅读), a `下一页：` teaser quoting the start of page 2 (30%) and a 本文导航 box of bare page
 *   links are none of the answer and no items. The 来源 / 作者 line names the doctor: no value
 *   beyond the card. Date and card printed on page 1.
 * - video-subtitles: the format is video (the page is the video). The answer is the transcript, one
 *   paragraph a subtitle segment; the timestamps (`00:12`, `[0:12]`, a seek link, a time cell) are
 *   none of a paragraph. The video's description (with #话题 tags), the uploader's 粉丝 / 获赞 counts
 *   and 关注 button, the play and like counters, the `字幕由AI生成` note, the comments — also the
 *   uploader's own 作者回复 under a comment — are none of the answer; the doctor is the uploader
 *   (认证 line: hospital, grade on half, department, title). Related 相关视频 tiles are bare titles
 *   with durations: no items; the 相关问答 list is ordinary.
 * Format is printed only where a format word is printed; related items' formats and dates only
 * where the list prints them.
 */

type Related = TruthPage['related'][number];

const digits = (rng: Rng, n: number) => Array.from({ length: n }, (_, i) => String(rng.int(i === 0 ? 1 : 0, 9))).join('');
const masked = (rng: Rng) => `${rng.pick(FEW_SURNAMES)}${rng.pick(['**', '*', '先生', '女士'])}`;
/** A count as Chinese sites abbreviate it: 986, 1.2万. */
const count = (rng: Rng, max = 90_000) => {
  const n = rng.int(3, max);
  return n >= 10_000 ? `${(n / 10_000).toFixed(1)}万` : String(n);
};
/** The noEntry pages' answer key: the truth as usual, nothing related, and why no entry comes out. */

// --- F1. zhidao-certified ---

const NICKS = ['快乐的小鱼123', '匿名用户', '热心网友', 'sunny小太阳', '爱吃橘子的猫', '路人甲乙丙', '风吹麦浪2019', 'wx_8f3k2m', '知足常乐', '小白兔白又白', '半夏微凉', '老张爱跑步'];
const NETIZEN_LINES = [
  '我之前也有过这种情况，后来去医院看了，医生说问题不大，注意休息就好了。',
  '建议去正规医院检查一下，网上说的都只能参考。',
  '多喝热水，早点睡觉，过几天应该就好了，实在不行再去医院。',
  '这个得看具体情况，最好还是找专业的医生面诊。',
  '我家孩子也这样过，吃了医生开的药一个星期就好了。',
  '别太担心，先观察几天，症状加重就去医院。',
  '少吃辛辣油腻的，规律作息，我就是这么慢慢好起来的。',
];
const ACCEPT_BADGES = ['提问者采纳', '已采纳', '最佳答案', '采纳答案'];
const CERT_BADGES = ['医生认证', '认证医生', '专业回答', '医师认证 ✓', '已认证医生'];

/**
 * F1. A 百度知道 / 搜狗问问-style question page of a search portal's 知道 channel: the `<h1>`
 * question, the asker's 问题补充 (60%) and `nickname 提问于 day` (an earlier day) with 浏览 counts;
 * `共N条回答`; one to three netizens' answers (nickname, LV / 知道达人 / 采纳率, a day, one or two
 * lines, 赞 and 评论 counts) and one doctor's answer badged 医生认证 / 认证医生 / 专业回答 with the card
 * (avatar, name, title, hospital with its grade on 50%, department; 擅长 and 已帮助 N 人 lines now and
 * then), its day (回答于 / 回答时间：/ bare) and a format word on 35%. The 提问者采纳 badge: on a
 * netizen's answer shown first (70%), on the doctor's (15%) or nowhere (15%); the doctor's answer in a
 * 专业回答 box over the others on 40%, else among them. Related items (其他类似问题 / 相关问题) with a
 * `最佳答案：` label on half, `N个回答`, dates on 60%; 大家还在搜 chips on 40%.
 */
const zhidaoCertified: Family = {
  name: 'zhidao-certified',
  split: 'fresh-21',
  site: 'zhidao.baiwen-sou.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.5) && d.hospital_grade !== null;
    const printFormat = page.format !== 'unknown' && rng.chance(0.35);
    const datedItems = rng.chance(0.6);
    const labelledSnippets = rng.chance(0.5);
    const accepted = rng.weighted([['netizen', 70], ['doctor', 15], ['none', 15]] as const);
    const doctorOnTop = rng.chance(0.4);
    const askDay = shift(page.date!, -rng.int(0, 4));
    const badge = (word: string) => `<span${cls(rng)}>${word}</span>`;
    const acceptBadge = badge(rng.pick(ACCEPT_BADGES));

    const nicks = rng.shuffle(NICKS);
    const netizens = Array.from({ length: rng.int(1, 3) }, (_, i) => {
      const lines = rng.shuffle(NETIZEN_LINES).slice(0, rng.int(1, 2));
      const level = rng.pick([`LV${rng.int(2, 12)}`, '知道达人', `采纳率${rng.int(20, 98)}%`, `${rng.pick(['健康', '生活'])}领域达人`]);
      const day = dayText(rng, shift(askDay, rng.int(0, 6)));
      const top = accepted === 'netizen' && i === 0 ? acceptBadge : '';
      return `<div${cls(rng)}>${top}<div${cls(rng)}><span${cls(rng)}>${nicks[i + 1]}</span> <span${cls(rng)}>${level}</span> <span${cls(rng)}>${day}</span></div><div${cls(rng)}>${lines
        .map((l) => `<p>${l}</p>`)
        .join('')}</div><div${cls(rng)}>赞 ${rng.int(0, 300)} · 评论 ${rng.int(0, 40)}</div></div>`;
    });

    const hosp = hospitalWithGrade(rng, d.hospital!, gradeShown ? d.hospital_grade : null);
    const cardLines = rng.pick([
      `<p><b>${esc(d.name!)}</b> ${d.title}</p><p>${hosp} ${esc(d.department!)}</p>`,
      `<p><a href="/doctor/${page.item.num % 9973}">${esc(d.name!)}</a> <span${cls(rng)}>${d.title}</span></p><p>${esc(d.department!)} | ${hosp}</p>`,
      `<span${cls(rng)}>${esc(d.name!)}</span><span${cls(rng)}>${d.title}</span><span${cls(rng)}>${esc(d.department!)}</span><span${cls(rng)}>${hosp}</span>`,
    ]);
    const extras = `${rng.chance(0.4) ? `<p${cls(rng)}>擅长：${esc(topicWord(page))}等疾病的诊治</p>` : ''}${rng.chance(0.4) ? `<p${cls(rng)}>已帮助 ${count(rng)} 人</p>` : ''}`;
    const card = `<div${cls(rng)}><img src="/avatar/${page.item.num % 997}.jpg" alt="" width="40"><div${cls(rng)}>${badge(rng.pick(CERT_BADGES))}${cardLines}${extras}</div></div>`;
    const when = rng.pick([`回答于 ${dayText(rng, page.date!, page.time)}`, `回答时间：${dayText(rng, page.date!, page.time)}`, dayText(rng, page.date!, page.time)]);
    const meta = `<div${cls(rng)}>${when}${printFormat ? ` <span${cls(rng)}>${formatWord(rng, page.format)}</span>` : ''}</div>`;
    const body = `<div${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>`;
    const votes = `<div${cls(rng)}>赞 ${rng.int(0, 500)} · 评论 ${rng.int(0, 30)}</div>`;
    const doctorAnswer = `<div${cls(rng)}>${accepted === 'doctor' ? acceptBadge : ''}${card}${rng.chance(0.5) ? `${meta}${body}` : `${body}${meta}`}${votes}</div>`;

    let answers: string;
    if (doctorOnTop) {
      const box = `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(['专业回答', '医生回答', '认证医生回答'])}</h3>${doctorAnswer}</div>`;
      answers = `${box}\n<div${cls(rng)}><h3${cls(rng)}>${rng.pick(['其他回答', '网友回答', `其他${netizens.length}条回答`])}</h3>${netizens.join('\n')}</div>`;
    } else {
      // The accepted answer shows first; the doctor's stands among the netizens'.
      const list = accepted === 'doctor' ? [doctorAnswer, ...netizens] : (() => {
        const rest = netizens.slice(1);
        const at = rng.int(0, rest.length);
        return [netizens[0]!, ...rest.slice(0, at), doctorAnswer, ...rest.slice(at)];
      })();
      answers = `<div${cls(rng)}>${list.join('\n')}</div>`;
    }

    const question = `<div${cls(rng)}><h1${cls(rng)}>${esc(page.question)}</h1>${
      rng.chance(0.6) ? `<div${cls(rng)}>${rng.pick(['问题补充：', '补充：', ''])}${esc(ask(page))}，${rng.pick(ASKER_LINES)}</div>` : ''
    }<div${cls(rng)}><span>${nicks[0]}</span> 提问于 ${dayText(rng, askDay)} · 浏览 ${count(rng, 50_000)} 次</div></div>`;
    const related = page.related.length
      ? `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(['其他类似问题', '相关问题', '相似问题'])}</h3><ul${cls(rng)}>${page.related
          .map(
            (r: Related) =>
              `<li${cls(rng)}><a href="${r.path}">${esc(r.question)}</a><p${cls(rng)}>${labelledSnippets ? `<span${cls(rng)}>${rng.pick(['最佳答案：', '推荐答案：'])}</span>` : ''}${esc(r.snippet)}</p><span${cls(rng)}>${rng.int(1, 12)}个回答</span>${
                datedItems ? ` <span${cls(rng)}>${r.date}</span>` : ''
              }</li>`,
          )
          .join('\n')}</ul></div>`
      : '';
    const chips = rng.chance(0.4)
      ? `<div${cls(rng)}>大家还在搜：${[`${topicWord(page)}怎么办`, `${topicWord(page)}吃什么药`, `${topicWord(page)}的症状`].map((w) => `<a href="/search?word=${encodeURIComponent(w)}">${esc(w)}</a>`).join(' ')}</div>`
      : '';
    const body2 = `<div${cls(rng)}><a href="/">百问知道</a> <input type="text" placeholder="搜索你想知道的问题"> <a href="/ask">我要提问</a> <a href="/login">登录</a></div>
<div${cls(rng)}><a href="/">百问知道</a> &gt; <a href="/list?cid=health">健康</a> &gt; <a href="/list?cid=${page.item.num % 97}">${esc(d.department!)}</a></div>
${wrap(rng, `${question}\n<div${cls(rng)}>共${netizens.length + 1}条回答</div>\n${answers}`)}
${chips}
${related}
<div${cls(rng)}>©2024 百问知道 <a href="/help">使用帮助</a> <a href="/rule">知道协议</a></div>`;
    const html = documentOf(`${page.question}_百问知道`, page.canonical, '', body2);
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

// --- F2. site-search (noEntry) ---

/** A snippet as a results list cuts it: the first `n` characters and an ellipsis. */
const cut = (text: string, n: number) => (Array.from(text).length > n ? `${Array.from(text).slice(0, n).join('')}…` : text);

/**
 * F2. The site's own search results page (站内搜索), served at /search?q=…: a search box holding the
 * query — a disease word (35%), the question's first words or `word怎么办` (25%) or the whole
 * question (40%) —, `找到约 N 条结果` / `共找到 N 条与“q”相关的问答`, tabs (全部 / 问答 / 医生 / 医院),
 * sort and format filters; results as the site's question pages: the question linked with the query
 * in `<em>`, the answering doctor's card line (for the page's own question, when it is among the
 * results — 70%, first on half of those — its real doctor, grade and all), a snippet cut with …, a
 * format word and a day, `N人觉得有用`; a 相关医生 box (the page's doctor among them on half) on 50%;
 * the pager; a 热门搜索 side list. On 15% (and wherever the truth has no related questions) no results: `抱歉，没有找到与“q”相关的问答`, tips and a
 * 热门问答 list of questions with snippets and days. No canonical link on 60% (a canonical to the
 * search address otherwise); `<meta name="robots" content="noindex">` on 60%; the `<title>` names
 * the query and 搜索.
 */
const siteSearch: Family = {
  name: 'site-search',
  split: 'fresh-21',
  site: 'www.sou-wenyi.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const kind = rng.weighted([['word', 35], ['start', 25], ['question', 40]] as const);
    const word = topicWord(page);
    const q = kind === 'question' ? ask(page) : kind === 'word' ? word : rng.pick([`${word}怎么办`, Array.from(ask(page)).slice(0, 6).join('')]);
    const address = `https://www.sou-wenyi.example/search?q=${encodeURIComponent(q)}`;
    const empty = rng.chance(0.15) || page.related.length === 0;
    const highlight = (text: string) => esc(text).split(esc(q)).join(`<em>${esc(q)}</em>`);
    const title = rng.pick([`${q}_搜索结果_搜医问答`, `“${q}”的搜索结果 - 搜医问答`, `搜索：${q} - 搜医问答`]);
    const head = `${rng.chance(0.6) ? '<meta name="robots" content="noindex,follow">\n' : ''}<meta name="viewport" content="width=device-width">\n`;
    const searchBox = `<form action="/search" method="get"${cls(rng)}><input type="text" name="q" value="${esc(q)}"> <button type="submit">搜索</button></form>`;
    const topBar = `<div${cls(rng)}><a href="/">搜医问答</a> <a href="/ask/">免费提问</a> <a href="/ks/">按科室找</a> <a href="/login">登录</a></div>`;
    const hot = `<div${cls(rng)}><h4>热门搜索</h4><ol>${[`${word}吃什么好`, '宝宝发烧怎么办', '失眠多梦', '胃疼', '高血压的症状'].map((w) => `<li><a href="/search?q=${encodeURIComponent(w)}">${esc(w)}</a></li>`).join('')}</ol></div>`;

    let main: string;
    if (empty) {
      const feed = page.related.length
        ? `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(['热门问答', '大家都在看', '推荐问答'])}</h3><ul${cls(rng)}>${page.related
            .map((r) => `<li${cls(rng)}><a href="${r.path}">${esc(r.question)}</a><p${cls(rng)}>${esc(cut(r.snippet, rng.int(50, 90)))}</p><span${cls(rng)}>${r.date}</span></li>`)
            .join('\n')}</ul></div>`
        : '';
      main = `<div${cls(rng)}><p${cls(rng)}>抱歉，没有找到与“<em>${esc(q)}</em>”相关的问答</p><ul${cls(rng)}><li>请检查输入的关键词是否有误</li><li>请尝试更短或更常见的关键词</li><li>也可以<a href="/ask/">免费提问</a>，医生会为您解答</li></ul></div>\n${feed}`;
    } else {
      const self = rng.chance(0.7);
      type Hit = { path: string; question: string; doctor: string; snippet: string; format: string; date: string };
      const otherHospital = d.hospital!.replace(/(市).*$/u, '$1') + rng.pick(['人民医院', '中心医院', '第一医院']);
      const hits: Hit[] = page.related.map((r) => ({
        path: r.path,
        question: r.question,
        doctor: `${otherName(rng)} ${rng.pick(FEW_TITLES)} · ${esc(d.department!)} · ${esc(rng.chance(0.5) ? otherHospital : d.hospital!)}`,
        snippet: cut(r.snippet, rng.int(50, 90)),
        format: r.format === 'unknown' ? '' : formatWord(rng, r.format),
        date: r.date!,
      }));
      if (self) {
        const own: Hit = {
          path: new URL(page.canonical).pathname,
          question: page.question,
          doctor: `${esc(d.name!)} ${d.title} · ${esc(d.department!)} · ${hospitalWithGrade(rng, d.hospital!, rng.chance(0.5) ? d.hospital_grade : null)}`,
          snippet: cut(page.paragraphs.join(''), rng.int(50, 90)),
          format: page.format === 'unknown' ? '' : formatWord(rng, page.format),
          date: page.date!,
        };
        hits.splice(rng.chance(0.5) ? 0 : rng.int(0, Math.min(2, hits.length)), 0, own);
      }
      const total = hits.length + rng.int(10, 900);
      const results = hits
        .map(
          (h) =>
            `<li${cls(rng)}><h3${cls(rng)}><a href="${h.path}" target="_blank">${highlight(h.question)}</a></h3><div${cls(rng)}>${h.doctor}</div><p${cls(rng)}>${highlight(h.snippet)}</p><div${cls(rng)}>${
              h.format ? `<span${cls(rng)}>${h.format}</span> ` : ''
            }<span${cls(rng)}>${dayText(rng, h.date)}</span> <span${cls(rng)}>${rng.int(1, 900)}人觉得有用</span></div></li>`,
        )
        .join('\n');
      const doctors = rng.chance(0.5)
        ? `<div${cls(rng)}><h4>相关医生</h4>${rng
            .shuffle([
              ...(rng.chance(0.5) ? [`${esc(d.name!)} ${d.title}<br>${esc(d.hospital!)} ${esc(d.department!)}`] : []),
              `${otherName(rng)} ${rng.pick(FEW_TITLES)}<br>${esc(otherHospital)} ${esc(d.department!)}`,
              `${otherName(rng)} ${rng.pick(FEW_TITLES)}<br>${esc(otherHospital)} ${esc(d.department!)}`,
            ])
            .map((c) => `<div${cls(rng)}><p>${c}</p><p>擅长：${esc(word)}</p><a href="/doctor/${token(rng, 6)}">在线问诊</a></div>`)
            .join('')}</div>`
        : '';
      const pager = `<div${cls(rng)}><span>1</span> <a href="/search?q=${encodeURIComponent(q)}&amp;page=2">2</a> <a href="/search?q=${encodeURIComponent(q)}&amp;page=3">3</a> <a href="/search?q=${encodeURIComponent(q)}&amp;page=2">下一页</a></div>`;
      main = `<div${cls(rng)}>${rng.pick([`找到约 ${total} 条结果`, `共找到 ${total} 条与“${esc(q)}”相关的问答`, `为您找到相关问答 ${total} 个`])}</div>
<div${cls(rng)}><a href="#">全部</a> <a href="#">问答</a> <a href="#">医生</a> <a href="#">医院</a> | <a href="#">综合排序</a> <a href="#">最新发布</a> | <a href="#">语音</a> <a href="#">图文</a> <a href="#">视频</a></div>
${doctors}
<ul${cls(rng)}>${results}</ul>
${pager}`;
    }
    const heading = rng.chance(0.3) ? `<h1${cls(rng)}>“${esc(q)}”的搜索结果</h1>\n` : '';
    const body = `${topBar}\n${searchBox}\n${heading}${rng.chance(0.5) ? `${wrap(rng, main)}\n${hot}` : `${hot}\n${wrap(rng, main)}`}\n<div${cls(rng)}>© 2024 搜医问答 本站内容仅供参考</div>`;
    const html = documentOf(title, rng.chance(0.4) ? address : null, head, body);
    return { body: Buffer.from(html, 'utf8'), expected: noEntryKey(page, 'the site\'s search results page: what a search found, no Q&A of its own') };
  },
};

// --- F3. deleted-notice (noEntry) ---

const NOTICES = {
  deleted: ['该问题已被删除', '抱歉，该问题已被提问者删除', '该问答已下线', '该问题已不存在'],
  review: ['内容审核中，暂时无法查看', '该问题正在审核中，审核通过后将展示', '该回答正在审核中，请稍后再来'],
  notFound: ['抱歉，您访问的页面不存在或已被删除', '页面找不到了', '您要找的页面已经飞走了'],
  blocked: ['根据相关法律法规和政策，该内容已被屏蔽', '该问题因涉及违规内容已被隐藏'],
  withdrawn: ['该回答已被医生撤回', '医生已删除该回答', '该回答因不符合社区规范已被删除'],
} as const;

/**
 * F3. The notice a site serves with status 200 where a question page was: the question deleted
 * (该问题已被删除 …), under review (内容审核中 …), not found (a big 404 and 抱歉，您访问的页面不存在…),
 * blocked (该内容已被屏蔽) or the doctor's answer withdrawn (the `<h1>` question, the asker's line and
 * the doctor's name, title and hospital still shown, then 该回答已被医生撤回). The `<title>` keeps the
 * question where the `<h1>` shows it and on half the other pages (a cached template), else says
 * 提示信息 / 页面不存在 / 404; an `<h1>` question also on 30% of the review pages; a breadcrumb on half
 * the pages that are not a 404; 删除时间 with a day on 20% of the deleted ones;
 * `N秒后自动返回首页` and a `<meta http-equiv="refresh">` on 30%; 返回首页 / 返回上一页 links; a
 * recommendation feed (为您推荐, 热门问答, 你可能感兴趣的问题, 大家都在看: the truth's related questions
 * with snippets, a doctor's name on 40%, days on half) on 80%.
 */
const deletedNotice: Family = {
  name: 'deleted-notice',
  split: 'fresh-21',
  site: 'www.yiwen-zhan.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const kind = rng.weighted([['deleted', 3], ['review', 2], ['notFound', 3], ['blocked', 1], ['withdrawn', 2]] as const);
    const notice = rng.pick(NOTICES[kind]);
    const keepTitle = rng.chance(0.5);
    const refresh = rng.chance(0.3);
    const seconds = rng.int(3, 10);
    const showQuestion = kind === 'withdrawn' || (kind === 'review' && rng.chance(0.3));
    const title =
      keepTitle || showQuestion
        ? `${page.question}_医问站`
        : kind === 'notFound'
          ? rng.pick(['页面不存在_医问站', '404 Not Found', '404 - 医问站'])
          : rng.pick(['提示信息 - 医问站', '医问站 - 温馨提示']);
    const questionBlock = showQuestion
      ? `<h1${cls(rng)}>${esc(page.question)}</h1><div${cls(rng)}>${masked(rng)} 提问于 ${dayText(rng, shift(page.date!, -rng.int(0, 3)))}</div>`
      : '';
    const doctorLine =
      kind === 'withdrawn' ? `<div${cls(rng)}><img src="/avatar/${page.item.num % 997}.jpg" alt="" width="40"> <b>${esc(d.name!)}</b> ${d.title} <span${cls(rng)}>${esc(d.hospital!)} ${esc(d.department!)}</span></div>` : '';
    const when = kind === 'deleted' && rng.chance(0.2) ? `<p${cls(rng)}>删除时间：${dayText(rng, shift(page.date!, rng.int(30, 400)))}</p>` : '';
    const big = kind === 'notFound' ? `<div${cls(rng)}>404</div>` : `<div${cls(rng)}><img src="/static/${rng.pick(['empty', 'tip', 'warn'])}.png" alt="${rng.pick(['提示', '', '内容不存在'])}"></div>`;
    const back = `<div${cls(rng)}>${refresh ? `<span>${seconds}</span>秒后自动返回首页 ` : ''}<a href="/">返回首页</a> <a href="javascript:history.back()">返回上一页</a></div>`;
    const box = `<div${cls(rng)}>${questionBlock}${doctorLine}${big}<p${cls(rng)}>${notice}</p>${when}${back}</div>`;
    const feed =
      page.related.length && rng.chance(0.8)
        ? (() => {
            const dated = rng.chance(0.5);
            const named = rng.chance(0.4);
            return `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(['为您推荐', '热门问答', '你可能感兴趣的问题', '大家都在看'])}</h3><ul${cls(rng)}>${page.related
              .map(
                (r) =>
                  `<li${cls(rng)}><a href="${r.path}">${esc(r.question)}</a>${named ? `<div${cls(rng)}>${otherName(rng)} ${rng.pick(FEW_TITLES)}</div>` : ''}<p${cls(rng)}>${esc(r.snippet)}</p>${
                    dated ? `<span${cls(rng)}>${r.date}</span>` : ''
                  }</li>`,
              )
              .join('\n')}</ul></div>`;
          })()
        : '';
    const head = refresh ? `<meta http-equiv="refresh" content="${seconds};url=/">\n` : '';
    const body = `<div${cls(rng)}><a href="/">医问站</a> <a href="/ask/">问医生</a> <a href="/ks/">科室</a> <a href="/jibing/">疾病百科</a></div>
${kind !== 'notFound' && rng.chance(0.5) ? `<div${cls(rng)}><a href="/">首页</a> &gt; <a href="/ks/">${esc(d.department!)}</a> &gt; 问题详情</div>\n` : ''}${wrap(rng, box)}
${feed}
<div${cls(rng)}><a href="/about/">关于我们</a> <a href="/feedback/">意见反馈</a> © 2013-2024 医问站</div>`;
    const html = documentOf(title, (keepTitle || showQuestion) && rng.chance(0.7) ? page.canonical : null, head, body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: noEntryKey(page, kind === 'withdrawn' ? "the doctor's answer was withdrawn: a question without an answer" : `a ${kind === 'notFound' ? 'not-found' : kind} notice served with 200: no Q&A on the page`),
    };
  },
};

// --- F4. login-wall (noEntry) ---

/**
 * F4. A question page as a visitor who is not logged in receives it: the `<h1>` question, the
 * asker's line (masked name, sex, age, 提问于 an earlier day) and 问题描述 (70%); `已有 N 位医生回答`
 * (1–4) over a row of the answering doctors (name, title, hospital; the page's doctor at any place,
 * with its department, `回答于 day` on 40% and a `语音 58″` badge on 30% of the voice answers); then
 * no answer: grey skeleton bars (empty spans), a lock with 登录后查看医生回答 / 该回答仅对注册用户开放 /
 * 扫码登录查看完整回答, on 50% a login form (手机号, 验证码, 登录, 微信登录); 大家都在问 as bare question
 * links with `N个回答` (60%) or a 相关问题 list whose snippets are locked (`🔒 登录后查看回答`).
 */
const loginWall: Family = {
  name: 'login-wall',
  split: 'fresh-21',
  site: 'www.huiyuan-wenyi.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const n = rng.int(1, 4);
    const at = rng.int(0, n - 1);
    const otherHospital = d.hospital!.replace(/(市).*$/u, '$1') + rng.pick(['人民医院', '中心医院', '第二医院']);
    const askDay = shift(page.date!, -rng.int(0, 3));
    const voiceBadge = page.format === 'voice' && rng.chance(0.3) ? ` <span${cls(rng)}>语音 ${rng.int(20, 59)}″</span>` : '';
    const answered = rng.chance(0.4) ? ` <span${cls(rng)}>回答于 ${dayText(rng, page.date!)}</span>` : '';
    const doctors = Array.from({ length: n }, (_, i) =>
      i === at
        ? `<li${cls(rng)}><img src="/avatar/${page.item.num % 997}.jpg" alt="" width="36"><b>${esc(d.name!)}</b> <span>${d.title}</span> <span>${esc(d.hospital!)}</span> <span>${esc(d.department!)}</span>${answered}${voiceBadge}</li>`
        : `<li${cls(rng)}><img src="/avatar/${rng.int(1, 996)}.jpg" alt="" width="36"><b>${otherName(rng)}</b> <span>${rng.pick(FEW_TITLES)}</span> <span>${esc(otherHospital)}</span></li>`,
    ).join('');
    const lock = rng.pick(['登录后查看医生回答', '该回答仅对注册用户开放，请先<a href="/login">登录</a>或<a href="/register">注册</a>', '扫码登录查看完整回答']);
    const bars = rng.chance(0.6)
      ? `<div${cls(rng)}>${Array.from({ length: rng.int(3, 6) }, () => `<span style="display:block;height:14px;margin:8px 0;background:#eee;width:${rng.int(60, 100)}%"></span>`).join('')}</div>`
      : '';
    const form = rng.chance(0.5)
      ? `<form action="/login" method="post"${cls(rng)}><input type="tel" name="mobile" placeholder="请输入手机号"> <input type="text" name="code" placeholder="验证码"> <button type="button">获取验证码</button> <button type="submit">登录</button> <a href="/oauth/wx">微信登录</a></form>`
      : '';
    const locked = `<div${cls(rng)}>${bars}<div${cls(rng)}><i${cls(rng)}>🔒</i> <span>${lock}</span></div>${form}</div>`;
    const sex = rng.pick(['男', '女']);
    const asker = `${rng.pick(FEW_SURNAMES)}${rng.pick(['**', '*', sex === '男' ? '先生' : '女士'])}`;
    const question = `<h1${cls(rng)}>${esc(page.question)}</h1><div${cls(rng)}>${asker}　${sex}　${rng.int(1, 80)}岁　提问于 ${dayText(rng, askDay)}</div>${
      rng.chance(0.7) ? `<div${cls(rng)}>问题描述：${esc(ask(page))}，${rng.pick(ASKER_LINES)}</div>` : ''
    }`;
    const list = page.related.length
      ? rng.chance(0.6)
        ? `<div${cls(rng)}><h3${cls(rng)}>大家都在问</h3><ul${cls(rng)}>${page.related.map((r) => `<li${cls(rng)}><a href="${r.path}">${esc(r.question)}</a> <span>${rng.int(1, 9)}个回答</span></li>`).join('\n')}</ul></div>`
        : `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(RELATED_HEADS)}</h3><ul${cls(rng)}>${page.related
            .map((r) => `<li${cls(rng)}><a href="${r.path}">${esc(r.question)}</a><p${cls(rng)}>🔒 登录后查看回答</p></li>`)
            .join('\n')}</ul></div>`
      : '';
    const body = `<div${cls(rng)}><a href="/">会员问医</a> <a href="/ask/">我要提问</a> <a href="/login">登录</a> <a href="/register">注册</a></div>
${wrap(rng, `${question}\n<div${cls(rng)}>已有 ${n} 位医生回答</div>\n<ul${cls(rng)}>${doctors}</ul>\n${locked}`)}
${list}
<div${cls(rng)}>© 2024 会员问医</div>`;
    const html = documentOf(`${page.question}-会员问医`, page.canonical, '', body);
    return { body: Buffer.from(html, 'utf8'), expected: noEntryKey(page, 'the answer is behind a login: the page prints the question and who answered, not the answer') };
  },
};

// --- F5. paged-answer ---

const PAGE_TITLES = ['病因分析', '治疗建议', '注意事项', '日常护理', '饮食调理'];

/**
 * F5. A 健康 portal's Q&A article that its CMS splits over 2–3 pages between paragraphs (answers of
 * two or more paragraphs; a one-paragraph answer is one page, no pager): only page 1 is served. The
 * `<h1>` question (`（1）` after it in the `<title>` on half), an info line 来源 / 作者 (the doctor's
 * name) / 发布时间 / 浏览; the card (plain, grade on 60%) and a format word on 35%; page 1's
 * paragraphs (two or more where the answer leaves one for each later page); the pager — `第1页/共N页`, `1/N` or `共N页`, 上一页 as a dead span, the page numbers, 下一页 and
 * 尾页 linking `_2.html`, `_N.html`, `阅读全文` / `单页阅读` / `全文浏览` linking `?all=1` on half —; a
 * `下一页：` teaser with the start of page 2's first paragraph cut with … on 30%; a 本文导航 box
 * (第1页：病因分析 … as links, bare) before or after the answer on 35%; `<link rel="next">` on half;
 * an ordinary related list (dated on half) after the pager.
 */
const pagedAnswer: Family = {
  name: 'paged-answer',
  split: 'fresh-21',
  site: 'www.fenye-jiankang.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.6) && d.hospital_grade !== null;
    const printFormat = page.format !== 'unknown' && rng.chance(0.35);
    const datedItems = rng.chance(0.5);
    const paras = page.paragraphs;
    const pages = paras.length >= 2 ? Math.min(rng.int(2, 3), paras.length) : 1;
    // Page 1 holds the first paragraphs: two or more where it can, leaving at least one for every later page.
    const most = paras.length - (pages - 1);
    const first = pages === 1 ? paras.length : rng.int(Math.min(2, most), most);
    const shown = paras.slice(0, first);
    const base = page.canonical.replace(/\.html$/u, '');
    const pager = (() => {
      if (pages === 1) return '';
      const numbers = Array.from({ length: pages }, (_, i) => (i === 0 ? `<span${cls(rng)}>1</span>` : `<a href="${base}_${i + 1}.html">${i + 1}</a>`)).join(' ');
      const all = rng.chance(0.5) ? ` <a href="${page.canonical}?all=1">${rng.pick(['阅读全文', '单页阅读', '全文浏览'])}</a>` : '';
      const where = rng.pick([`第1页/共${pages}页`, `1/${pages}`, `共${pages}页`]);
      return `<div${cls(rng)}><span${cls(rng)}>${where}</span> <span${cls(rng)}>上一页</span> ${numbers} <a href="${base}_2.html">下一页</a> <a href="${base}_${pages}.html">尾页</a>${all}</div>`;
    })();
    const teaser = pages > 1 && rng.chance(0.3) ? `<div${cls(rng)}>下一页：<a href="${base}_2.html">${esc(cut(paras[first]!, rng.int(10, 18)))}</a></div>` : '';
    const nav =
      pages > 1 && rng.chance(0.35)
        ? `<div${cls(rng)}><h4>本文导航</h4><ul>${rng
            .shuffle(PAGE_TITLES)
            .slice(0, pages)
            .map((t, i) => `<li>${i === 0 ? `<span>第1页：${t}</span>` : `<a href="${base}_${i + 1}.html">第${i + 1}页：${t}</a>`}</li>`)
            .join('')}</ul></div>`
        : '';
    const info = `<div${cls(rng)}>${rng.pick(['来源：', '文章来源：'])}${rng.pick(['本站原创', '专家供稿', esc(d.hospital!)])}　${rng.pick(['作者：', '审核：'])}${esc(d.name!)}　${rng.pick([
      '发布时间：',
      '时间：',
      '',
    ])}${dayText(rng, page.date!, page.time)}　浏览：${rng.int(80, 20_000)}</div>`;
    const card = plainCard(rng, page, gradeShown);
    const format = printFormat ? `<div${cls(rng)}>${formatWord(rng, page.format)}</div>` : '';
    const answer = `<div${cls(rng)}>${shown.map((p) => `<p>${esc(p)}</p>`).join('\n')}</div>`;
    const article = rng.chance(0.5) ? `${nav}${card}${format}${answer}` : `${card}${format}${answer}${nav}`;
    const list = relatedList(rng, page.related, datedItems);
    const head = pages > 1 && rng.chance(0.5) ? `<link rel="next" href="${base}_2.html">\n` : '';
    const title = pages > 1 && rng.chance(0.5) ? `${page.question}（1）_分页健康网` : `${page.question}_分页健康网`;
    const body = `<div${cls(rng)}><a href="/">分页健康网</a> <a href="/wenda/">问答</a> <a href="/jibing/">疾病</a> <a href="/yaopin/">药品</a></div>
<div${cls(rng)}>您的位置：<a href="/">首页</a> &gt; <a href="/wenda/">健康问答</a> &gt; <a href="/wenda/ks${page.item.num % 41}/">${esc(d.department!)}</a></div>
${wrap(rng, `<h1${cls(rng)}>${esc(page.question)}</h1>\n${info}\n${article}\n${pager}\n${teaser}\n<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>`)}
${list}
<div${cls(rng)}>© 2008-2024 分页健康网</div>`;
    const html = documentOf(title, page.canonical, head, body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, gradeShown),
        paragraphs: shown,
        format: printFormat ? page.format : 'unknown',
        related: relatedWith(page, (e) => ({ format: 'unknown', date: datedItems ? e.date : null })),
      }),
    };
  },
};

// --- F6. video-subtitles ---

const mmss = (seconds: number, padMinutes: boolean) => `${padMinutes ? String(Math.floor(seconds / 60)).padStart(2, '0') : Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
const COMMENTS = ['讲得很清楚，收藏了', '医生我家孩子也是这样，需要去医院吗？', '谢谢医生科普👍', '请问吃什么药比较好？', '说得太对了，我就是这么好的', '已转发给家人看'];
const AUTHOR_REPLIES = ['建议到医院面诊，结合检查结果再决定治疗。', '不客气，祝早日康复。', '具体用药请在医生指导下进行。'];
const PROVINCES = ['北京', '广东', '浙江', '四川', '湖北', '山东', '江苏'];

/**
 * F6. A 健康号 short-video page (a health platform's creator video on the web): the player
 * (`<video>` with a poster, its length, N次播放), the `<h1>` question as the video's title, a
 * description line (医生讲解 …) with #话题 tags on 60%; the uploader's card (avatar, name with a ✓
 * 认证 mark, a 认证 line of hospital — grade on half —, department and title in one of three
 * arrangements, 粉丝 / 获赞 counts, + 关注); `发布于 day`, `day 发布` or `day time · IP属地：province`;
 * like / favourite / share counters; the transcript under 视频文字稿 / 字幕 / 文字版 / 视频内容: one
 * segment a paragraph, each with its start time as a span before the text, a `[0:12]` seek link, a
 * `<time>` in a list item or a time cell of a table; a `字幕由AI生成，仅供参考` note on 40%; 评论 (N)
 * with 2–4 netizens' comments (nickname, line, day, 赞) and on half the uploader's 作者 reply under
 * one; a 相关视频 strip of bare titles with durations on half; an ordinary 相关问答 list (dated on
 * half).
 */
const videoSubtitles: Family = {
  name: 'video-subtitles',
  split: 'fresh-21',
  site: 'v.jiankanghao.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.5) && d.hospital_grade !== null;
    const datedItems = rng.chance(0.5);
    const word = topicWord(page);
    let t = rng.int(0, 3);
    const starts = page.paragraphs.map((p) => {
      const at = t;
      t += Math.ceil(Array.from(p).length / 4.5) + rng.int(0, 2);
      return at;
    });
    const length = t + rng.int(1, 5);
    const padMinutes = rng.chance(0.6);
    const stamp = (s: number) => mmss(s, padMinutes);
    const style = rng.weighted([['span', 3], ['seek', 3], ['list', 2], ['table', 2]] as const);
    const segments = page.paragraphs.map((p, i) => {
      const s = starts[i]!;
      switch (style) {
        case 'span':
          return `<p${cls(rng)}><span class="ts">${stamp(s)}</span> ${esc(p)}</p>`;
        case 'seek':
          return `<div class="cue" data-start="${s}.${rng.int(0, 9)}"><a href="javascript:seek(${s})"${cls(rng)}>[${stamp(s)}]</a><span${cls(rng)}>${esc(p)}</span></div>`;
        case 'list':
          return `<li${cls(rng)}><time>${stamp(s)}</time><p>${esc(p)}</p></li>`;
        case 'table':
          return `<tr><td${cls(rng)}>${stamp(s)}</td><td${cls(rng)}>${esc(p)}</td></tr>`;
      }
    });
    const transcriptBody = style === 'list' ? `<ol${cls(rng)}>${segments.join('\n')}</ol>` : style === 'table' ? `<table${cls(rng)}>${segments.join('\n')}</table>` : segments.join('\n');
    const aiNote = rng.chance(0.4) ? `<p${cls(rng)}>${rng.pick(['字幕由AI生成，仅供参考', '以上文字由语音识别自动生成', 'AI字幕，可能存在误差'])}</p>` : '';
    const transcript = `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(['视频文字稿', '字幕', '文字版', '视频内容'])}</h3>${transcriptBody}${aiNote}</div>`;
    const player = `<div${cls(rng)}><video src="https://cdn.jiankanghao.example/v/${token(rng, 16)}.mp4" poster="/poster/${page.item.num}.jpg" controls preload="none"></video><span${cls(rng)}>${mmss(length, true)}</span> <span${cls(rng)}>${count(rng)}次播放</span></div>`;
    const tags = [`#${word}#`, `#健康科普`, `#${d.department}`].slice(0, rng.int(1, 3));
    const desc = rng.chance(0.6)
      ? `<p${cls(rng)}>${rng.pick(['医生讲解：', '本期话题：', ''])}${esc(ask(page))}？${tags.map((g) => ` <a href="/tag/${encodeURIComponent(g.replace(/#/g, ''))}">${esc(g)}</a>`).join('')}</p>`
      : '';
    const hosp = hospitalWithGrade(rng, d.hospital!, gradeShown ? d.hospital_grade : null);
    const certLine = rng.pick([
      `<p${cls(rng)}>${rng.pick(['认证：', '健康号认证：', ''])}${hosp} ${esc(d.department!)} ${d.title}</p>`,
      `<p${cls(rng)}>${d.title} | ${esc(d.department!)}</p><p${cls(rng)}>${hosp}</p>`,
      `<p${cls(rng)}>${hosp}</p><p${cls(rng)}>${esc(d.department!)} ${d.title}</p>`,
    ]);
    const uploader = `<div${cls(rng)}><img src="/avatar/${page.item.num % 997}.jpg" alt="" width="48"><div${cls(rng)}><b${cls(rng)}>${esc(d.name!)}</b><span${cls(rng)} title="健康号认证">✓</span>${certLine}<p${cls(rng)}>粉丝 ${count(rng)} · 获赞 ${count(rng)}</p></div><a href="javascript:;"${cls(rng)}>+ 关注</a></div>`;
    const when = `<div${cls(rng)}>${rng.pick([
      `发布于 ${dayText(rng, page.date!, page.time)}`,
      `${dayText(rng, page.date!)} 发布`,
      `${dayText(rng, page.date!)} ${page.time} · IP属地：${rng.pick(PROVINCES)}`,
    ])}</div>`;
    const counters = `<div${cls(rng)}><span>👍 ${count(rng, 20_000)}</span> <span>⭐ ${count(rng, 5_000)}</span> <span>分享 ${rng.int(0, 999)}</span></div>`;
    const commentCount = rng.int(2, 4);
    const replyAt = rng.chance(0.5) ? rng.int(0, commentCount - 1) : -1;
    const comments = Array.from({ length: commentCount }, (_, i) => {
      const reply =
        i === replyAt
          ? `<div${cls(rng)}><b>${esc(d.name!)}</b> <span${cls(rng)}>作者</span> 回复：${rng.pick(AUTHOR_REPLIES)}</div>`
          : '';
      return `<li${cls(rng)}><span${cls(rng)}>${rng.pick(FEW_SURNAMES)}${rng.pick(['同学', '妈妈', '小姐姐', '大叔'])}${rng.int(1, 99)}</span><p>${rng.pick(COMMENTS)}</p><span${cls(rng)}>${dayText(rng, shift(page.date!, rng.int(1, 60)))}</span> <span>赞 ${rng.int(0, 99)}</span>${reply}</li>`;
    }).join('\n');
    const commentBox = `<div${cls(rng)}><h3${cls(rng)}>评论 (${commentCount + rng.int(0, 200)})</h3><ul${cls(rng)}>${comments}</ul></div>`;
    const videos = rng.chance(0.5)
      ? `<div${cls(rng)}><h3${cls(rng)}>相关视频</h3>${[`${word}患者日常要注意这3点`, `医生说：${word}别再这样做了`, `${word}的常见误区`]
          .map((v) => `<a href="/v/${token(rng, 10)}"${cls(rng)}><img src="/cover/${token(rng, 6)}.jpg" alt=""><span>${esc(v)}</span><span>${mmss(rng.int(40, 400), true)}</span></a>`)
          .join('')}</div>`
      : '';
    const list = relatedList(rng, page.related, datedItems, ['相关问答', '相关问题', '大家还在问']);
    const top = `<div${cls(rng)}><a href="/">健康号</a> <a href="/video/">视频</a> <a href="/article/">文章</a> <input type="text" placeholder="搜索"> <a href="/login">登录</a></div>`;
    const main = rng.chance(0.5)
      ? `${player}\n<h1${cls(rng)}>${esc(page.question)}</h1>\n${desc}\n${uploader}\n${when}\n${counters}`
      : `${player}\n${uploader}\n<h1${cls(rng)}>${esc(page.question)}</h1>\n${desc}\n${when}\n${counters}`;
    const body = `${top}\n${wrap(rng, `${main}\n${transcript}`)}\n${commentBox}\n${videos}\n${list}\n<div${cls(rng)}>© 2024 健康号 视频内容仅供参考，不能代替面诊</div>`;
    const html = documentOf(`${page.question} - 健康号视频`, page.canonical, `<meta property="og:type" content="video">\n`, body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, gradeShown),
        format: 'video',
        related: relatedWith(page, (e) => ({ format: 'unknown', date: datedItems ? e.date : null })),
      }),
    };
  },
};

export const FRESH21_FAMILIES: readonly Family[] = [zhidaoCertified, siteSearch, deletedNotice, loginWall, pagedAnswer, videoSubtitles];
