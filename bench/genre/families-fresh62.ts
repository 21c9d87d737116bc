import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type ExpectedItem, type Family, type Rendered } from './family.js';
import { ask, ASKER_LINES, cardPlain, documentOf, itemNum, shift, token, topicWord } from './ordinary-parts.js';
import { esc } from './parts.js';
import type { TruthPage } from './truth.js';

/**
 * Sixty-second fresh held-out set (split `fresh-62`): written blind on 2026-12-02 — without reading the reader
 * (src/extract/ and its site profiles, src/flags/, src/validate/, src/core/genre-vocabulary.ts) or its tests and
 * without running it on these pages — and committed before its first run. Theme: **paid and social Q&A where
 * doctors answer, the answer partly behind a fee or a follow wall**: 在行一点 (a paid voice answer, 1元偷偷听),
 * 微博问答 (围观 unlock), a 得到 course's 答疑 lesson, a B站 health UP's video, a 喜马拉雅 episode's 文稿, a 快手 share
 * page. Each modelled from memory of such pages (no copied markup).
 *
 * Where a careful person could hesitate, the key decides (the README row says the same):
 * - where the page shows only the free part of the answer, the answer is the part shown: whole paragraphs as
 *   printed, a paragraph cut mid-way as printed with its ellipsis (as fresh-14's cut-preview keys it); the wall
 *   (`…查看全文`, `1元围观`, `购买后查看完整文稿`, `关注后私信…`) is none of it. Where the whole answer is shown
 *   (free, unlocked, 限时免费) it is the answer;
 * - prices, 身价, listen / unlock buttons, listener and 围观 counts, plays, comments and danmaku are none of it;
 * - the format is the one shown: a voice bubble or an audio player 'voice', a video player 'video', a 微博问答
 *   text answer with no word naming it 'unknown';
 * - a day without its year (`5月6日 14:22`, `05-06`) or a relative one (`3天前`, `今天 14:22`) names no day.
 */

type Related = TruthPage['related'][number];


/** Link-only related items (the page lists only their titles): `[]`, as link-items.ts scores them. */
const linkItems = (page: TruthPage, url: (n: number) => string, dated = false): ExpectedItem[] =>
  page.related.map((r) => ({ question: r.question, paragraphs: [], format: 'unknown', date: dated ? r.date : null, url: url(itemNum(r)) }));

/**
 * The free part of an answer behind a wall: whole paragraphs while they fit in `limit` characters, then the next
 * one cut (at `limit`, at least 12 characters in) with `ellipsis` after it; `cut` false where everything fits.
 */
export function freePart(paragraphs: readonly string[], limit: number, ellipsis: string): { shown: string[]; cut: boolean } {
  const shown: string[] = [];
  let used = 0;
  for (const p of paragraphs) {
    const room = Math.max(limit - used, 12);
    if (p.length <= room) {
      shown.push(p);
      used += p.length;
      continue;
    }
    shown.push(p.slice(0, room) + ellipsis);
    return { shown, cut: true };
  }
  return { shown, cut: false };
}

/** The first paragraphs of an answer whole (half of them, at least one), the rest behind the wall. */
const firstParagraphs = (paragraphs: readonly string[]) => paragraphs.slice(0, Math.max(1, Math.floor(paragraphs.length / 2)));

const NICKS = ['小鹿乱撞', '用户5821937406', '阳光总在风雨后', '一只胖橘', 'Momo_yy', '清风徐来', '二狗子的妈', '豆豆爸爸', '追梦人2019', '夏天的风'];
const nick = (rng: Rng) => rng.pick(NICKS);
const count = (rng: Rng) => (rng.chance(0.4) ? `${rng.int(1, 9)}.${rng.int(1, 9)}万` : String(rng.int(12, 9800)));
const mmss = (rng: Rng) => `${String(rng.int(0, 12)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`;
const COMMENTS = ['谢谢医生，讲得太清楚了', '收藏了，转给我妈看看', '我家孩子也是这样', '医生辛苦了', '有没有更详细一点的', '学到了👍'];

// --- F1. zaih-yidian ---

/**
 * F1. 在行一点 (fd.zaih.com/question/{id}): a paid voice answer. The asker's line (nickname, `¥30 向TA提问`), the
 * question in `.question-content` (no `<h1>` on 60%); the answerer's card (avatar, name, a 身份 line `hospital
 * department title` or `title · hospital`, the grade on 30%, `身价 ¥88`, `N人听过` / `N个回答`); the voice bubble
 * (`1元偷偷听` / `限时免费听` / `点击播放`, `58"`); the transcript under `文字版` / `语音转文字`: whole where the
 * listen is free or unlocked (45%), else its first 40–110 characters with `…` and `偷听后查看完整文字版` (55%); the
 * day `回答于 2023-05-06` (50%), `2023.05.06` (25%) or `3天前` (25%); 大家都在听 (question links with `N人听过`).
 * Key: format voice; the answer the transcript as shown; date null where relative; items link-only, undated.
 */
const zaihYidian: Family = {
  name: 'zaih-yidian',
  split: 'fresh-62',
  site: 'fd.zaih.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const urlOf = (n: number) => `https://fd.zaih.com/question/${300_000 + n}`;
    const gradeShown = rng.chance(0.3);
    const free = rng.chance(0.45);
    const { shown } = free ? { shown: page.paragraphs } : freePart(page.paragraphs, rng.int(40, 110), '…');
    const dayForm = rng.weighted([['full', 50], ['dotted', 25], ['relative', 25]] as const);
    const day = dayForm === 'full' ? `回答于 ${page.date!}` : dayForm === 'dotted' ? page.date!.replace(/-/g, '.') : `${rng.int(2, 6)}天前`;
    const grade = gradeShown ? `<span class="level">${d.hospital_grade}</span>` : '';
    const identity = rng.chance(0.6) ? `${esc(d.hospital!)}${grade} ${esc(d.department!)} ${d.title}` : `${d.title} · ${esc(d.hospital!)}${grade} ${esc(d.department!)}`;
    const card = `<div class="answerer"><img class="avatar" src="https://medias.zaih.com/${token(rng, 16)}.jpg" alt=""><div class="answerer-info"><a class="name" href="/people/${token(rng, 8)}">${esc(d.name!)}</a><p class="identity">${identity}</p><p class="stat"><span class="price">身价 ¥${rng.pick([30, 50, 88, 99, 200])}</span> · <span>${count(rng)}人听过</span> · <span>${rng.int(5, 900)}个回答</span></p></div><a class="btn-follow">+ 关注</a></div>`;
    const bubble = `<div class="voice-bubble${free ? ' free' : ''}"><i class="icon-play"></i><span class="listen-tip">${free ? rng.pick(['限时免费听', '点击播放']) : '1元偷偷听'}</span><span class="duration">${rng.int(20, 60)}"</span></div><div class="listen-count">${count(rng)}人听过</div>`;
    const wall = free ? '' : `<div class="text-mask"><p>${rng.pick(['偷听后查看完整文字版', '支付1元，收听语音并查看完整文字版'])}</p><a class="btn-pay">¥1 偷偷听</a></div>`;
    const text = `<div class="transcript"><h4>${rng.pick(['文字版', '语音转文字'])}</h4>${shown.map((p) => `<p>${esc(p)}</p>`).join('')}${wall}</div>`;
    const rel = page.related.length
      ? `<div class="hot-list"><h3>大家都在听</h3><ul>${page.related.map((r) => `<li><a href="${urlOf(itemNum(r))}">${esc(r.question)}</a><span class="listen">${count(rng)}人听过</span></li>`).join('')}</ul></div>`
      : '';
    const cardTop = rng.chance(0.5);
    const q = rng.chance(0.4) ? `<h1 class="question-content">${esc(page.question)}</h1>` : `<div class="question-content">${esc(page.question)}</div>`;
    const body = `<header class="top-bar"><a class="logo" href="https://fd.zaih.com/">在行一点</a><a class="open-app" href="zaihfd://">App内打开</a></header>
<div class="question-card"><div class="asker"><img class="avatar" src="https://medias.zaih.com/${token(rng, 16)}.jpg" alt=""><span class="asker-name">${esc(nick(rng))}</span><span class="asker-price">¥${rng.pick([20, 30, 50, 88])} 向TA提问</span></div>
${q}
${rng.chance(0.4) ? `<div class="question-desc">${esc(rng.pick(ASKER_LINES))}</div>` : ''}${cardTop ? card : ''}</div>
<div class="answer-card">${bubble}
${text}
<div class="answer-meta"><span class="time">${day}</span> <span class="likes">${rng.int(0, 300)}人觉得有用</span></div></div>
${cardTop ? '' : card}
<div class="ask-him"><a class="btn-ask" href="/ask/${token(rng, 8)}">¥${rng.pick([30, 50, 88, 99])} 向TA提问</a></div>
${rel}
<footer class="ft">© 2024 在行一点 · 果壳旗下知识技能平台</footer>`;
    const html = documentOf(`${page.question} - 在行一点`, urlOf(page.item.num), '<meta name="viewport" content="width=device-width,initial-scale=1">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, gradeShown),
        paragraphs: shown,
        date: dayForm === 'relative' ? null : page.date,
        format: 'voice',
        related: linkItems(page, urlOf),
      }),
    };
  },
};

// --- F2. weibo-wenda ---

/**
 * F2. 微博问答 (weibo.com/ttwenda/p/show?id=2310{id}): the answerer's head (avatar, `{name}医生` / `{name}` with a
 * V, `微博认证：{hospital}{department}{title}` glued or spaced, grade never), `{day} 来自 微博问答`; the question box
 * (`@{asker}` `¥{price}` 提问, the question, `问题已被回答`); the answer: where free (`限时免费` / the 72-hour
 * window over: 35%) all its paragraphs, else its first 60–140 characters then `...` and `查看全文` in the same
 * `<p>`, with the unlock box (`1元围观`, `已有N人围观`, `围观后可查看全部答案`); 转发 / 评论 / 赞 counts, 1–3
 * comments with `5月8日 09:12`; the day `2023-5-6 14:22` (55%), `5月6日 14:22` (30%) or `今天 14:22` (15%);
 * `TA的其他问答` (question links, `N人围观`). Key: format unknown (no word or player names it); the answer the part shown (the cut paragraph with
 * its `...`, never 查看全文); name without 医生; date null where yearless or 今天; items link-only, undated.
 */
const weiboWenda: Family = {
  name: 'weibo-wenda',
  split: 'fresh-62',
  site: 'weibo.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const urlOf = (n: number) => `https://weibo.com/ttwenda/p/show?id=2310${4_600_000_000_000 + n}`;
    const free = rng.chance(0.35);
    const { shown, cut } = free ? { shown: page.paragraphs, cut: false } : freePart(page.paragraphs, rng.int(60, 140), '...');
    const dayForm = rng.weighted([['full', 55], ['yearless', 30], ['today', 15]] as const);
    const [y, m, dd] = page.date!.split('-').map(Number);
    const day = dayForm === 'full' ? `${y}-${m}-${dd} ${page.time}` : dayForm === 'yearless' ? `${m}月${dd}日 ${page.time}` : `今天 ${page.time}`;
    const nickname = rng.chance(0.5) ? `${d.name!}医生` : d.name!;
    const cert = rng.chance(0.5) ? `${esc(d.hospital!)}${esc(d.department!)}${d.title}` : `${esc(d.hospital!)} ${esc(d.department!)} ${d.title}`;
    const head = `<div class="WB_info"><a class="W_f14 W_fb" href="/u/${rng.int(1e9, 7e9)}" usercard="id=${rng.int(1e9, 7e9)}">${esc(nickname)}</a><a title="微博个人认证"><i class="W_icon icon_approve"></i></a></div><div class="WB_verify">微博认证：${cert}</div><div class="WB_from S_txt2"><a class="S_txt2">${day}</a> 来自 <a class="S_txt2">微博问答</a></div>`;
    const paras = shown.map((p, i) => (i === shown.length - 1 && cut ? `<p>${esc(p)}<a class="WB_text_opt" href="javascript:;">查看全文</a></p>` : `<p>${esc(p)}</p>`)).join('\n');
    const unlock = free
      ? `<div class="wenda-free"><span class="W_icon_tag">${rng.pick(['限时免费', '免费围观'])}</span></div>`
      : `<div class="wenda-unlock"><p class="tip">围观后可查看全部答案</p><a class="W_btn_a btn-onlooker">1元围观</a><span class="S_txt2">已有${count(rng)}人围观</span></div>`;
    const comments = Array.from({ length: rng.int(1, 3) }, () => {
      const later = shift(page.date!, rng.int(1, 4));
      return `<div class="list_li"><a class="W_f14">${esc(nick(rng))}</a>：${esc(rng.pick(COMMENTS))}<div class="WB_from S_txt2">${Number(later.slice(5, 7))}月${Number(later.slice(8))}日 ${String(rng.int(7, 22)).padStart(2, '0')}:${String(rng.int(10, 59))}</div></div>`;
    }).join('');
    const rel = page.related.length
      ? `<div class="WB_cardwrap wenda-more"><h4 class="obj_name">TA的其他问答</h4><ul>${page.related.map((r) => `<li><a href="${urlOf(itemNum(r))}">${esc(r.question)}</a><span class="S_txt2">${count(rng)}人围观</span></li>`).join('')}</ul></div>`
      : '';
    const body = `<div class="WB_global_nav"><a class="gn_logo" href="https://weibo.com/">微博</a><input class="W_input" placeholder="大家都在搜"><a href="/login.php">登录</a> <a href="/signup/signup.php">注册</a></div>
<div class="WB_frame"><div class="WB_cardwrap WB_feed_type"><div class="WB_detail"><div class="WB_face"><img src="https://tvax1.sinaimg.cn/crop.0.0.180.180.180/${token(rng, 8)}.jpg" alt=""></div>
${head}
<div class="wenda-question"><div class="asker"><a>@${esc(nick(rng))}</a> <span class="price">¥${rng.pick([9, 20, 50, 100])}</span> 提问</div><div class="q-text">${esc(page.question)}</div><span class="q-state">问题已被回答</span></div>
<div class="WB_text W_f14">${paras}</div>
${unlock}
<div class="WB_handle"><span>转发 ${rng.int(0, 300)}</span><span>评论 ${rng.int(1, 200)}</span><span>赞 ${rng.int(1, 2000)}</span></div>
<div class="WB_feed_repeat"><div class="list_box">${comments}</div></div></div></div>
${rel}</div>
<div class="WB_footer">Copyright © 2009-2024 WEIBO 北京微梦创科网络技术有限公司</div>`;
    const html = documentOf(`${nickname}的微博问答 - 微博`, rng.chance(0.5) ? urlOf(page.item.num) : null, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, false),
        paragraphs: shown,
        date: dayForm === 'full' ? page.date : null,
        format: 'unknown',
        related: linkItems(page, urlOf),
      }),
    };
  },
};

// --- F3. dedao-course-qa ---

/**
 * F3. 得到 course lesson of 答疑 (www.dedao.cn/course/article?id={token}): the course's top bar (课程名
 * `{name}·{topic}20讲`, 已更新 N 讲 / 共 N 讲, `¥99` 订阅), the lesson's `<h1>` `答疑 | {question}` (50%), `答疑：{question}`
 * (25%) or the question alone; an audio player (`{mm:ss}`, 倍速, `{N}MB`); the lecturer line (`{name}` · `{hospital}
 * {department}{title}`; grade never) above the 文稿 or in a 讲师介绍 box after it; the 文稿: on a 试读 lesson (30%) all
 * paragraphs, else the first half (at least one) then a wall `试读结束 · 订阅课程后可查看全部内容` with `¥99 订阅`;
 * `划重点` box (one sentence of the answer again) only on 试读 lessons; `发布于 2023年5月6日` / `2023-05-06` (80%) or
 * none; 留言 (nickname, a line, a later day, `作者回复` below on half); `本课程其他内容` (lesson titles, 试读 tags).
 * Key: question without `答疑 |` / `答疑：`; format voice (the player); 划重点 none of the answer (it repeats);
 * date null where not printed; items link-only, undated.
 */
const dedaoCourseQa: Family = {
  name: 'dedao-course-qa',
  split: 'fresh-62',
  site: 'www.dedao.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const urlOf = (n: number) => `https://www.dedao.cn/course/article?id=${(n * 7919).toString(36).toUpperCase()}X${n % 97}`;
    const trial = rng.chance(0.3);
    const shown = trial ? page.paragraphs : firstParagraphs(page.paragraphs);
    const walled = shown.length < page.paragraphs.length;
    const dayForm = rng.weighted([['cn', 45], ['iso', 35], ['none', 20]] as const);
    const [y, m, dd] = page.date!.split('-').map(Number);
    const day = dayForm === 'cn' ? `<div class="article-time">发布于 ${y}年${m}月${dd}日</div>` : dayForm === 'iso' ? `<div class="article-time">${page.date!}</div>` : '';
    const title = rng.weighted([['bar', 50], ['colon', 25], ['bare', 25]] as const);
    const h1 = title === 'bar' ? `答疑 | ${page.question}` : title === 'colon' ? `答疑：${page.question}` : page.question;
    const lecturer = `<div class="lecturer"><img src="https://piccdn3.umiwi.com/img/${token(rng, 20)}.png" alt=""><span class="lecturer-name">${esc(d.name!)}</span> · <span class="lecturer-desc">${esc(d.hospital!)}${rng.chance(0.5) ? ' ' : ''}${esc(d.department!)}${d.title}</span></div>`;
    const lecturerTop = rng.chance(0.5);
    const price = rng.pick([19.9, 49, 99, 199]);
    const wall = walled ? `<div class="article-lock"><p>试读结束 · 订阅课程后可查看全部内容</p><a class="btn-buy">¥${price} 订阅</a><p class="lock-tip">已有${count(rng)}人订阅</p></div>` : '';
    const keyPoint = trial && rng.chance(0.6) ? `<div class="key-point"><h4>划重点</h4><p>${esc(page.paragraphs[0]!.split('。')[0]!)}。</p></div>` : '';
    const comments = Array.from({ length: rng.int(1, 3) }, () => `<li class="comment"><span class="c-nick">${esc(nick(rng))}</span><p>${esc(rng.pick(COMMENTS))}</p><span class="c-time">${shift(page.date!, rng.int(1, 20))}</span>${rng.chance(0.5) ? `<div class="author-reply"><b>作者回复：</b>${esc(rng.pick(['谢谢你的留言，坚持下去会有改善。', '这个问题我们会在后面的答疑里讲到。']))}</div>` : ''}</li>`).join('');
    const rel = page.related.length
      ? `<div class="course-catalog"><h3>本课程其他内容</h3><ol>${page.related.map((r, i) => `<li><a href="${urlOf(itemNum(r))}">${i + 1}｜${esc(r.question)}</a>${i < 2 ? '<span class="tag-trial">试读</span>' : ''}</li>`).join('')}</ol></div>`
      : '';
    const body = `<div class="iget-header"><a class="logo" href="https://www.dedao.cn/">得到</a><a href="/course/">课程</a><a href="/ebook/">电子书</a><a href="/login">登录</a></div>
<div class="course-bar"><span class="course-name">${esc(d.name!)}·${esc(topicWord(page))}${rng.pick([20, 24, 30])}讲</span> <span>已更新${rng.int(10, 30)}讲</span> ${walled ? `<a class="btn-buy">¥${price} 订阅</a>` : '<span class="tag-trial">试读</span>'}</div>
<div class="article-wrap"><h1 class="article-title">${esc(h1)}</h1>
${day}
<div class="audio-player"><i class="icon-play"></i><span class="audio-title">${esc(ask(page))}</span><span class="audio-duration">${mmss(rng)}</span><span class="speed">1.0x</span><span class="audio-size">${rng.int(3, 12)}.${rng.int(1, 9)}MB</span></div>
${lecturerTop ? lecturer : ''}
<div class="article-body">${shown.map((p) => `<p>${esc(p)}</p>`).join('')}</div>
${wall}${keyPoint}
${lecturerTop ? '' : `<div class="lecturer-box"><h4>讲师介绍</h4>${lecturer}</div>`}
<div class="comments"><h3>留言</h3><ul>${comments}</ul></div></div>
${rel}
<div class="iget-footer">© 2024 北京思维造物信息科技股份有限公司</div>`;
    const html = documentOf(`${h1} - 得到`, null, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, false),
        paragraphs: shown,
        date: dayForm === 'none' ? null : page.date,
        format: 'voice',
        related: linkItems(page, urlOf),
      }),
    };
  },
};

// --- F4. bilibili-video ---

/**
 * F4. B站 video page of a health UP (www.bilibili.com/video/BV{id}): the `<h1 class="video-title">` `【答粉丝问】
 * {question}` (40%), `粉丝提问：{question}` (25%) or the question with ` | {topic}科普` after it; the view bar (播放,
 * 弹幕, the day `2023-05-06 14:22:33`, `未经作者授权，禁止转载` on half); the player (`充电专属` lock on 25%: the
 * video for 充电 members only, the text below free all the same); the 简介 in one `<span>` with `\n` lines
 * (white-space: pre-line): the question again as `粉丝问：…` on 60%, then the answer's paragraphs, then `#{topic}#
 * #健康科普#` tags and chapter lines `00:35 {topic}是什么` on 40%, and `展开更多` (the whole text in the markup); the
 * UP card (name `{name}医生` / `{name}大夫说{topic}` / `{name}`, `bilibili 知名UP主` or `认证：{hospital} {department}
 * {title}`, 粉丝, + 关注, 充电); comments with the UP's 置顶 reply on 40% (its own repeat of one paragraph); 接下来播放 /
 * 相关推荐 cards (title, UP, 播放, 弹幕, length). Key: question without the tag or suffix; the answer the 简介's
 * paragraphs (not the question, tags, chapters); name without 医生 / 大夫说…; format video; date the pubdate day;
 * items link-only, undated; grade never.
 */
const bilibiliVideo: Family = {
  name: 'bilibili-video',
  split: 'fresh-62',
  site: 'www.bilibili.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const bv = (n: number) => `BV1${(n * 104_729 + 37).toString(36).padStart(9, 'x').slice(-9)}`;
    const urlOf = (n: number) => `https://www.bilibili.com/video/${bv(n)}/`;
    const topic = topicWord(page);
    const titleForm = rng.weighted([['tag', 40], ['fan', 25], ['suffix', 35]] as const);
    const title = titleForm === 'tag' ? `【答粉丝问】${page.question}` : titleForm === 'fan' ? `粉丝提问：${page.question}` : `${page.question} | ${topic}科普`;
    const certified = rng.chance(0.7);
    const upName = certified ? rng.pick([`${d.name!}医生`, d.name!, `${d.name!}大夫`]) : rng.pick([`${d.name!}大夫说${topic}`, `${d.name!}医生`]);
    const cert = certified ? `<div class="up-cert"><i class="icon-official"></i>bilibili UP主认证：${esc(d.hospital!)} ${esc(d.department!)} ${d.title}</div>` : `<div class="up-desc">${esc(d.hospital!)}${esc(d.department!)}${d.title}｜${esc(d.name!)}，专注${esc(topic)}科普</div>`;
    const charge = rng.chance(0.25);
    const lines = [
      ...(rng.chance(0.6) ? [`粉丝问：${page.question}`] : []),
      ...page.paragraphs,
      ...(rng.chance(0.4) ? [`00:${String(rng.int(10, 59))} ${topic}是什么`, `0${rng.int(1, 3)}:${String(rng.int(10, 59))} 日常怎么注意`] : []),
      `#${topic}# #健康科普# #涨知识#`,
    ];
    const pinned = rng.chance(0.4) ? `<div class="reply-item top"><span class="top-tag">置顶</span><a class="user-name up">${esc(upName)}</a><span class="up-tag">UP主</span><p class="reply-content">${esc(page.paragraphs[page.paragraphs.length - 1]!)}</p><span class="reply-time">${shift(page.date!, 0)} ${page.time}</span></div>` : '';
    const replies = Array.from({ length: rng.int(1, 3) }, () => `<div class="reply-item"><a class="user-name">${esc(nick(rng))}</a><span class="level">LV${rng.int(2, 6)}</span><p class="reply-content">${esc(rng.pick(COMMENTS))}</p><span class="reply-time">${rng.int(1, 11)}-${rng.int(1, 28)}</span><span class="like">${rng.int(0, 900)}</span></div>`).join('');
    const rel = page.related.length
      ? `<div class="recommend-list"><div class="rec-title">${rng.pick(['接下来播放', '相关推荐'])}</div>${page.related.map((r) => `<div class="video-page-card-small"><a href="//www.bilibili.com/video/${bv(itemNum(r))}/"><p class="title" title="${esc(r.question)}">${esc(r.question)}</p></a><div class="upname">${esc(rng.pick([upName, '健康科普君', '医学小课堂']))}</div><div class="playinfo">${count(rng)}播放 · ${rng.int(0, 900)}弹幕</div><span class="duration">${mmss(rng)}</span></div>`).join('\n')}</div>`
      : '';
    const body = `<div class="bili-header"><a class="logo" href="https://www.bilibili.com/">bilibili</a><a href="/v/popular/">热门</a><a href="/anime/">番剧</a><input class="nav-search-input" placeholder="${esc(topic)}"><a class="header-login-entry">登录</a></div>
<div class="video-container"><div class="left-container">
<div class="video-info-container"><h1 class="video-title" title="${esc(title)}">${esc(title)}</h1><div class="video-info-detail"><span class="view item">${count(rng)}</span><span class="dm item">${rng.int(0, 900)}</span><span class="pubdate-text">${page.date!} ${page.time}:${String(rng.int(10, 59))}</span>${rng.chance(0.5) ? '<span class="copyright">未经作者授权，禁止转载</span>' : ''}</div></div>
<div id="bilibili-player"><div class="bpx-player-video-area"></div>${charge ? '<div class="charge-lock"><p>该视频为充电专属视频</p><a class="btn-charge">为UP主充电，观看专属内容</a></div>' : ''}</div>
<div class="video-toolbar"><span class="like">${count(rng)}</span><span class="coin">${rng.int(10, 9000)}</span><span class="fav">${rng.int(10, 9000)}</span><span class="share">分享</span></div>
<div class="video-desc-container"><div class="basic-desc-info"><span class="desc-info-text" style="white-space:pre-line">${lines.map(esc).join('\n')}</span></div><div class="toggle-btn">展开更多</div></div>
<div class="video-tag-container"><a class="tag-link" href="/v/topic/">${esc(topic)}</a><a class="tag-link">健康科普</a><a class="tag-link">医学</a></div>
<div class="comment-container"><div class="reply-header">评论 ${rng.int(10, 900)}</div>${pinned}${replies}</div>
</div>
<div class="right-container"><div class="up-panel-container"><div class="up-info"><a class="up-name" href="https://space.bilibili.com/${rng.int(1e7, 9e8)}">${esc(upName)}</a>${cert}<span class="fans">${count(rng)}粉丝</span><a class="follow-btn">+ 关注</a><a class="charge-btn">充电</a></div></div>
${rel}</div></div>`;
    const html = documentOf(`${title}_哔哩哔哩_bilibili`, urlOf(page.item.num), `<meta itemprop="uploadDate" content="${page.date!} ${page.time}:00">\n`, body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor: cardPlain(page, false), format: 'video', related: linkItems(page, urlOf) }),
    };
  },
};

// --- F5. ximalaya-episode ---

/**
 * F5. 喜马拉雅 episode page of a doctor's audio album (www.ximalaya.com/sound/{id}): the `<h1 class="title">` the
 * episode's title (`第{N}期｜{question}` 50%, `{question}` 30%, `听众提问：{question}` 20%); the album line
 * (`{name}医生说{topic}`, 付费 `VIP` / `¥0.5/集` tags on paid pages), the play bar (`{mm:ss}`, 播放 N, `2023-05-06`
 * 发布 or `3年前` on 20%); the anchor card (name, `认证：{hospital}{department} {title}` or `{hospital} {title}`,
 * grade `（{grade}）` on 25%, 粉丝, 订阅); the shownotes `简介` then `文稿` (the answer): on a free episode (40%) all of
 * it, else its first 50–130 characters with `……` then `购买后可查看完整文稿` / `开通VIP会员，畅听全部` (60%); 评论;
 * `专辑里的声音` (episode titles, 播放 N, `2023-05-06`). Key: question without `第N期｜` / `听众提问：`; format voice;
 * date null where relative; items link-only, dated.
 */
const ximalayaEpisode: Family = {
  name: 'ximalaya-episode',
  split: 'fresh-62',
  site: 'www.ximalaya.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const urlOf = (n: number) => `https://www.ximalaya.com/sound/${500_000_000 + n}`;
    const free = rng.chance(0.4);
    const { shown } = free ? { shown: page.paragraphs } : freePart(page.paragraphs, rng.int(50, 130), '……');
    const relative = rng.chance(0.2);
    const gradeShown = rng.chance(0.25);
    const topic = topicWord(page);
    const titleForm = rng.weighted([['issue', 50], ['bare', 30], ['listener', 20]] as const);
    const title = titleForm === 'issue' ? `第${rng.int(12, 380)}期｜${page.question}` : titleForm === 'listener' ? `听众提问：${page.question}` : page.question;
    const grade = gradeShown ? `（${d.hospital_grade}）` : '';
    const cert = rng.chance(0.6) ? `认证：${esc(d.hospital!)}${grade}${esc(d.department!)} ${d.title}` : `${esc(d.hospital!)}${grade} ${esc(d.department!)} ${d.title}`;
    const album = `${d.name!}医生说${topic}`;
    const wall = free ? '' : `<div class="paid-mask"><p>${rng.pick(['购买后可查看完整文稿', '开通VIP会员，畅听全部并查看完整文稿'])}</p><a class="buy-btn">${rng.pick(['¥0.5/集 购买', '¥29.9 购买专辑', 'VIP免费听'])}</a></div>`;
    const rel = page.related.length
      ? `<div class="sound-list"><h3>专辑里的声音</h3><ul>${page.related.map((r, i) => `<li class="sound-item"><span class="num">${i + 1}</span><a href="/sound/${500_000_000 + itemNum(r)}" title="${esc(r.question)}">${esc(r.question)}</a><span class="count">${count(rng)}</span><span class="time">${r.date}</span></li>`).join('\n')}</ul></div>`
      : '';
    const body = `<div class="xm-header"><a class="logo" href="https://www.ximalaya.com/">喜马拉雅</a><a href="/category/">分类</a><a href="/top/">排行榜</a><input placeholder="搜索专辑、主播"><a class="login">登录</a><a class="vip">VIP会员</a></div>
<div class="sound-container"><div class="sound-info"><h1 class="title">${esc(title)}</h1>
<div class="album-line"><a href="/album/${rng.int(2e7, 8e7)}">${esc(album)}</a>${free ? '<span class="tag free">免费</span>' : `<span class="tag paid">${rng.pick(['VIP', '付费'])}</span>`}</div>
<div class="play-bar"><i class="play-icon"></i><span class="duration">${mmss(rng)}</span><span class="plays">${count(rng)}</span><span class="time">${relative ? `${rng.int(1, 3)}年前` : `${page.date!} 发布`}</span></div>
</div>
<div class="anchor-card"><img src="https://imagev2.xmcdn.com/storages/${token(rng, 4)}-audiofreehighqps/${token(rng, 12)}.jpg" alt=""><a class="nick">${esc(d.name!)}</a><p class="anchor-cert">${cert}</p><span class="fans">粉丝 ${count(rng)}</span><a class="follow">+ 关注</a></div>
<div class="sound-intro"><h3>简介</h3><p>本期节目来自听众${esc(nick(rng))}的提问，由${esc(d.name!)}医生为大家解答。</p>
<h3>文稿</h3><div class="article-content">${shown.map((p) => `<p>${esc(p)}</p>`).join('')}</div>${wall}</div>
<div class="comment-list"><h3>评论(${rng.int(1, 90)})</h3><div class="comment"><span class="c-nick">${esc(nick(rng))}</span><p>${esc(rng.pick(COMMENTS))}</p><span class="c-time">${shift(page.date!, rng.int(1, 30))}</span></div></div>
${rel}</div>
<div class="xm-footer">© 2024 ximalaya.com 沪ICP备11026620号</div>`;
    const html = documentOf(`${title}_${album}_在线收听_喜马拉雅`, urlOf(page.item.num), '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, gradeShown),
        paragraphs: shown,
        date: relative ? null : page.date,
        format: 'voice',
        related: linkItems(page, urlOf, true),
      }),
    };
  },
};

// --- F6. kuaishou-share ---

/**
 * F6. 快手 share page of a doctor's short video (www.kuaishou.com/short-video/{id} or v.m.chenzhongtech.com/fw/photo/
 * {id}, the H5 a user shares): the 打开快手 banner; the player (poster, length); the author row (`{name}医生` / `{name}`,
 * `快手认证：{hospital}{department}{title}` or `{hospital}·{department}·{title}`, grade never, 粉丝, 关注); the 作品描述:
 * the question (`粉丝问：…` / `#粉丝问答# …` / `有粉丝问我：“…”`), then the answer's lines with `<br>`; on 40% a follow
 * wall: only the first half of the paragraphs (at least one), then `关注我，私信「{topic}」获取完整解答` / `更多内容关注
 * 后查看`; topic tags `#{topic} #健康科普`; the day `2023-05-06` (55%), `05-06` (25%) or `3天前` (20%); 赞 / 评论 /
 * 分享, 1–3 comments; 更多作品 (video cards: caption = question, 赞 count). Key: question without its lead-in; the answer
 * the lines shown (the wall's prompt none of it); format video; date null where yearless or relative; name without
 * 医生; items link-only, undated.
 */
const kuaishouShare: Family = {
  name: 'kuaishou-share',
  split: 'fresh-62',
  site: 'www.kuaishou.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const id = (n: number) => `3x${(n * 65_537 + 11).toString(36).padStart(10, 'k').slice(-10)}`;
    const desktop = rng.chance(0.5);
    const urlOf = (n: number) => (desktop ? `https://www.kuaishou.com/short-video/${id(n)}` : `https://v.m.chenzhongtech.com/fw/photo/${id(n)}`);
    const walled = rng.chance(0.4);
    const shown = walled ? firstParagraphs(page.paragraphs) : page.paragraphs;
    const topic = topicWord(page);
    const dayForm = rng.weighted([['full', 55], ['yearless', 25], ['relative', 20]] as const);
    const day = dayForm === 'full' ? page.date! : dayForm === 'yearless' ? page.date!.slice(5) : `${rng.int(1, 6)}天前`;
    const q = rng.pick([`粉丝问：${esc(page.question)}`, `#粉丝问答# ${esc(page.question)}`, `有粉丝问我：“${esc(page.question)}”`]);
    const wall = walled ? `<br><span class="follow-tip">${rng.pick([`关注我，私信「${esc(topic)}」获取完整解答`, '更多内容关注后查看', `完整解答已发粉丝群，关注后进群查看`])}</span>` : '';
    const caption = `<div class="video-info-title">${q}<br>${shown.map(esc).join('<br>')}${wall}<br><span class="tags"><a>#${esc(topic)}</a> <a>#健康科普</a> <a>#医生说</a></span></div>`;
    const author = `<div class="author-info"><img class="avatar" src="https://p2.a.yximgs.com/uhead/AB/${token(rng, 20)}.jpg" alt=""><div><span class="author-name">${esc(rng.chance(0.6) ? `${d.name!}医生` : d.name!)}</span><p class="author-cert">${rng.chance(0.5) ? `快手认证：${esc(d.hospital!)}${esc(d.department!)}${d.title}` : `${esc(d.hospital!)}·${esc(d.department!)}·${d.title}`}</p><span class="fans">${count(rng)}粉丝</span></div><a class="follow-button">关注</a></div>`;
    const comments = Array.from({ length: rng.int(1, 3) }, () => `<div class="comment-item"><span class="name">${esc(nick(rng))}</span><p>${esc(rng.pick(COMMENTS))}</p><span class="time">${rng.pick([`${rng.int(1, 23)}小时前`, `${rng.int(1, 12)}-${rng.int(1, 28)}`])}</span></div>`).join('');
    const rel = page.related.length
      ? `<div class="more-works"><h4>${rng.pick(['更多作品', 'TA的作品'])}</h4>${page.related.map((r) => `<a class="work-card" href="${urlOf(itemNum(r))}"><img src="https://p1.a.yximgs.com/upic/${token(rng, 16)}.jpg" alt=""><p class="work-caption">${esc(r.question)}</p><span class="like">♡ ${count(rng)}</span></a>`).join('\n')}</div>`
      : '';
    const body = `<div class="open-app-bar"><img src="https://s2-10623.kwimgs.com/kos/nlav10623/logo.png" alt="快手"><span>打开快手，看更多精彩视频</span><a class="open-btn">打开</a></div>
<div class="player-wrap"><video class="player-video" poster="https://p1.a.yximgs.com/upic/${token(rng, 16)}.jpg" src="https://txmov2.a.yximgs.com/upic/${token(rng, 24)}_b.mp4"></video><span class="video-duration">${mmss(rng)}</span></div>
${author}
${caption}
<div class="video-info-meta"><span class="publish-time">${day}</span> <span class="like-count">${count(rng)}赞</span> <span class="comment-count">${rng.int(1, 900)}评论</span> <span>分享</span></div>
<div class="comment-list"><h4>评论</h4>${comments}<a class="more">打开快手查看更多评论</a></div>
${rel}`;
    const html = documentOf(`${d.name!}医生的作品 - 快手`, urlOf(page.item.num), '<meta name="viewport" content="width=device-width,initial-scale=1">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, false),
        paragraphs: shown,
        date: dayForm === 'full' ? page.date : null,
        format: 'video',
        related: linkItems(page, urlOf),
      }),
    };
  },
};

export const FRESH62_FAMILIES: readonly Family[] = [zaihYidian, weiboWenda, dedaoCourseQa, bilibiliVideo, ximalayaEpisode, kuaishouShare];
