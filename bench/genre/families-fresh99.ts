import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import { trad } from './families-fresh5.js';
import { ASKER_LINES, documentOf, itemNum, itemsOf, shift, token, topicWord, two } from './ordinary-parts.js';
import { bytesIn, esc } from './parts.js';
import type { TruthPage } from './truth.js';

/**
 * Ninety-ninth fresh held-out set (split `fresh-99`): written blind on 2026-12-06 — without reading the reader
 * (src/extract/ and its site profiles, src/flags/, src/validate/, src/core/genre-vocabulary.ts) or its tests or the
 * fixtures' answer keys, and without running it (eval.ts, show.ts, speed.ts, doubt-study.ts, the CLI) on these pages —
 * and committed before its first run. Theme: **the real sites of the genre, a thirty-fourth set**: six Chinese-language
 * sites (or a section of one) where health questions are answered on pages of their own, none of them modelled or named
 * by an earlier split (Yahoo!奇摩知識+ / 奇摩 / 知識+ / 知识+ / 知識家 / yahoo / kimo / tw.answers / answers.yahoo / 最佳解答 /
 * 解決時間 / 回答時間, 惠氏 / 惠氏妈妈 / 妈妈俱乐部 / wyeth / 母乳是婴儿, 易企秀 / 易企 / eqxiu / h5.eqxiu / yiqixiu, 首尔峨山医院 /
 * 峨山 / 아산 / asan / amc.seoul / 国际诊疗 / 國際醫療 / euc-kr / `(토)`, 传送门 / 傳送門 / chuansong / mpvoice, 欧联时报 / 歐聯 /
 * 欧联网 / ouchinese / ouzhou / 意大利 / italy / 普拉托 / prato / 米兰 / 罗马 / maggio / `medico di base` each grepped,
 * case-insensitive, fixed strings, in README.md and families*.ts: no hit; `首尔` / `韩国` / `korea` hit only on fresh-67's
 * medical-tourism agency (Korean clinics through an agency, not a Korean hospital's own site), `教授` only as other
 * sites' ranks, `rich_media` / `js_content` / `mp.weixin` / `公众号` as WeChat's own article pages (not a mirror of them),
 * `roma` only inside other words; 万宁 / 萬寧 / mannings and 晴報 / am730 named only as left for later, and left for later
 * again (萬寧 would be a second 屈臣氏, 晴報 a second 頭條); 和睦家, 親子王國, 健康2.0, 大公, 文匯, 爱康, 美年, 新氧, 汤臣,
 * 12320, 疾控, 水木, 知乎, 快手, 支付宝, 阿里健康, 校医院, 献血, 港大, 台大, 慈濟, 欧洲时报, 侨报, 明報, 商報, 新明日报, 香港01,
 * 老百姓, 益丰, 一心堂, 海王星辰, 叮当, 薄荷, 壹心理, 泰康, 湘雅, 齐鲁, 央广, 宝宝树, 固生堂, 大参林 have hits and were left
 * alone), each of a kind the table had few of or with a fault it had not: a Taiwanese Q&A community's question page
 * where a doctor's reply is the 最佳解答 (Big5 on some, a 發問時間 before and a 解決時間 after the 回答時間, other users'
 * answers and 意見, the card in a signature), a formula brand's parenting club where paediatricians and dietitians
 * answer (the mandatory 母乳 notice, a baby's 月龄, JSON-LD that dates the answer by the question), a hospital's H5
 * scene made on 易企秀 (a rendered DOM of absolutely positioned elements whose order is not the reading order on some,
 * slides, the scene's JSON with a later publish time, a `<video>` on some), a Korean hospital's own Chinese 在线咨询 board
 * (`2023.05.06 (토)` days, `euc-kr` declared over UTF-8 bytes on some, Korean professors with their Hangul names, the
 * Korean original beside the translation on some, an international centre's note first), a WeChat-article mirror's
 * copy of a hospital 公众号's 专家答疑 post (WeChat's `<section>` soup, a `var ct` stamp, an `<mpvoice>` on some, 往期回顾
 * links to mp.weixin.qq.com, the mirror's furniture), and an Italian Chinese paper's 医生解答 on a Discuz! portal (GBK
 * on some, Discuz's `2023-5-6 14:22| 发布者: …| 查看: …` line, Italian days `sabato 6 maggio 2023`, day-first `06/05/2023`,
 * Italian hospitals with their Italian names, an Ordine dei Medici number, readers' dated comments).
 *
 * Where a careful person could hesitate, the key decides (the README row says the same):
 * - **which answer is the page's**: the doctor's (the dietitian's, the professor's): 知識+'s other users' answers and
 *   意見, 峨山's coordinator's note and the Korean original (`원문`), the asker's words, ads, promos, hotlines,
 *   disclaimers, the mandatory 母乳 notice, the mirror's furniture, readers' comments, none of it; labels (`答：`, `A：`,
 *   `专家解答：`) none; 知識+'s `參考資料：` line none of the answer (it holds the card on some);
 * - **the question as the page asks it**: 知識+'s `<h1>` subject, 惠氏's `<h1>`, the H5's `Q：` / `问：` element (its
 *   label none), 峨山's 标题 cell, the mirror's title without `专家答疑｜` **or, where the title asks nothing
 *   (`【专家答疑】第N期：{topic}`), the reader's question printed in the post**, the paper's `<h1>`;
 * - **the date the answer's day**: 知識+'s `回答時間` of the best answer (the `發問時間`, the `解決時間`, the other answers'
 *   days and the qid's leading digits none); 惠氏's `回复时间` (a `（3天前）` beside it none; the `提问时间` and JSON-LD's
 *   answer `dateCreated`, which on some pages is the question's day, none); **the H5's cover day where the cover prints one,
 *   else null** (the scene JSON's `publishTime` is no printed day); 峨山's `答复日期` (`2023.05.06 (토)` the same day;
 *   the question's 日期 cell none); the mirror's post day (`var ct` agrees, none); the paper's Discuz day (`2023-5-6`),
 *   its Italian day or **a two-way day-first `06/05/2023` keyed only where it cannot be read month-first** (fresh-67's
 *   convention as fresh-87 changed it; the Italian masthead's words show no order), readers' comment days none;
 * - **the card** as printed: 知識+'s signature (`——{hospital} {department} {name}醫師` or `參考資料：…{name}醫師`: title
 *   `醫師`; `{hospital} {department}主治醫師` over the name: title `主治醫師`), the answerer's nickname and rank
 *   (`( 專家 )`) none; 惠氏's paediatrician whole, **its dietitian: the title as printed (`注册营养师` / `营养师`), the
 *   hospital null (no workplace printed: a brand's club is no hospital, as fresh-85 keys byhealth's 营养师; key changed in the
 *   forty-sixth stop, after the first run, from the club's name), department null**; the H5's card whole (the hospital
 *   on the cover); **峨山's professor: title `教授`, the department as printed, the hospital the site's own
 *   `首尔峨山医院`** (the Hangul name in brackets none); the mirror's card whole; the paper's `{department}专科医生` title
 *   (fresh-93's convention), the hospital's Chinese name (its Italian name in brackets and the Ordine number none); the
 *   grade null on every family;
 * - **format** video where the H5 holds a `<video>` of the answer, voice where the mirror's post holds an `<mpvoice>`,
 *   unknown otherwise and on the other four families;
 * - items: the related list of other questions, the snippet where printed (惠氏's on about half the pages; else
 *   link-only `[]`), dated only where the whole day is printed (峨山's `2023.05.03`, the paper's `(2023-5-3)`, each on
 *   about half the pages); **the mirror's 往期回顾 of the same account's earlier posts is the related list, its links to
 *   mp.weixin.qq.com as written (absolute), the mirror's own 推荐阅读 of other accounts' articles none**; the H5 prints no
 *   list (`[]`); links as written unless the page names its address.
 */

type Related = TruthPage['related'][number];

const num = (iso: string, from: number, to: number) => Number(iso.slice(from, to));
const cnDay = (iso: string) => `${num(iso, 0, 4)}年${num(iso, 5, 7)}月${num(iso, 8, 10)}日`;
const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();
const dmy = (iso: string, sep: string) => `${iso.slice(8, 10)}${sep}${iso.slice(5, 7)}${sep}${iso.slice(0, 4)}`;
const unpaddedIso = (iso: string) => `${num(iso, 0, 4)}-${num(iso, 5, 7)}-${num(iso, 8, 10)}`;
const paras = (ps: readonly string[], attr = '') => ps.map((p) => `<p${attr}>${esc(p)}</p>`).join('\n');
/** Whether a two-way day-first day is keyed: only where it cannot be read month-first (day over 12, or day = month). */
const certainDayFirst = (iso: string) => num(iso, 8, 10) > 12 || iso.slice(8, 10) === iso.slice(5, 7);

// --- F1. yahoo-kimo-zhishi-yishi ---

const TW_HOSPITALS = ['永康仁心醫院', '板橋宏恩醫院', '新莊博愛醫院', '中壢安生醫院', '豐原康寧醫院', '鳳山仁德醫院', '羅東聖恩醫院'] as const;
const ZS_NICKS = ['小芸', 'Amy', '阿明', '擔心的媽媽', 'Kevin', '貓咪', '路人甲'] as const;
const ZS_OTHER = ['我之前也有這樣，後來去看醫生就好了。', '建議還是去大醫院檢查比較安心。', '多喝水多休息，不要熬夜，應該會慢慢好。', '可以去藥局問問藥師看看。'] as const;
/** A 知識+ question id: the ask day's digits first (as Yahoo's qids begin), then a serial. */
const qidOf = (iso: string, n: number) => `${iso.replace(/-/g, '')}${String(n % 1_000_000).padStart(6, '0')}KK${String(n % 100_000).padStart(5, '0')}`;

/**
 * F1. Yahoo!奇摩知識+'s question page where a doctor's reply is the 最佳解答 (tw.answers.yahoo.com/question/index?qid=…, host
 * and the qid's form as remembered, the markup and its labels from memory of the 2008–2012 design and partly guessed; the
 * service closed in 2021, the universe's days run past that), traditional: Big5 declared (30%: the older pages) or UTF-8;
 * canonical on 40%; `<h1>` the subject (keyed); `發問者：{nick} ( 初學者 N 級 )`, `發問時間：` 1–2 days before the answer
 * (none), `解決時間：` 1–7 days after it on 70% (none); the asker's details (none); `最佳解答` with `回答者：{nickname} ( 專家 )`
 * (the nickname none: `{name}醫師` on 40%) and `回答時間：` as `2010-05-06 14:22:31` (50%), `2010/05/06 14:22` (30%) or
 * `2010年5月6日 14:22` (20%) (keyed; every day on the page in the same form); the answer (keyed); the signature: a closing
 * `——{hospital} {department} {name}醫師` (40%: title 醫師), `{hospital} {department}主治醫師` over the name (35%: title
 * 主治醫師) or in `參考資料：{hospital}{department} {name}醫師 臨床經驗` (25%: title 醫師) (the hospital invented Taiwanese
 * names); 0–2 other users' answers with their later days and 意見 on 50% (none); `相關知識` (link-only `[]`, undated).
 */
const yahooKimoZhishiYishi: Family = {
  name: 'yahoo-kimo-zhishi-yishi',
  split: 'fresh-99',
  site: 'tw.answers.yahoo.com',
  render(page, rng): Rendered {
    const base = 'https://tw.answers.yahoo.com';
    const name = trad(page.doctor.name!);
    const dept = trad(page.doctor.department!);
    const question = trad(page.question);
    const paragraphs = page.paragraphs.map(trad);
    const askDay = shift(page.date!, -rng.int(1, 2));
    const qid = qidOf(askDay, page.item.num);
    const canonical = rng.chance(0.4) ? `${base}/question/index?qid=${qid}` : null;
    const big5 = rng.chance(0.3);
    const dayForm = rng.weighted([['iso', 50], ['slash', 30], ['cn', 20]] as const);
    const solved = rng.chance(0.7) ? shift(page.date!, rng.int(1, 7)) : null;
    const cardForm = rng.weighted([['dash', 40], ['two', 35], ['ref', 25]] as const);
    const hospital = rng.pick([...TW_HOSPITALS]);
    const nickIsName = rng.chance(0.4);
    const others = rng.int(0, 2);
    const opinions = rng.chance(0.5);
    const asker = rng.pick([...ZS_NICKS]);
    const secs = two(rng.int(0, 59));
    const at = (iso: string, time: string) =>
      dayForm === 'iso' ? `${iso} ${time}:${secs}` : dayForm === 'slash' ? `${iso.replace(/-/g, '/')} ${time}` : `${cnDay(iso)} ${time}`;
    const title = cardForm === 'two' ? '主治醫師' : '醫師';
    const nick = nickIsName ? `${esc(name)}醫師` : rng.pick(['熱心的醫師', `doc${rng.int(100, 999)}`, '家醫科小醫師']);
    const signature =
      cardForm === 'dash'
        ? `<p>——${hospital} ${esc(dept)} ${esc(name)}醫師</p>`
        : cardForm === 'two'
          ? `<p>${hospital} ${esc(dept)}主治醫師<br>${esc(name)}</p>`
          : '';
    const reference = cardForm === 'ref' ? `${hospital}${esc(dept)} ${esc(name)}醫師 臨床經驗` : rng.pick(['自己的專業', '臨床經驗', '衛福部衛教資料']);
    const otherHtml = Array.from({ length: others }, (_, i) => {
      const day = shift(page.date!, i + 1);
      return `<li class="answer"><div class="user">回答者：${rng.pick([...ZS_NICKS])} ( 初學者 ${rng.int(1, 5)} 級 )</div><div class="time">回答時間：${at(day, `${two(rng.int(7, 22))}:${two(rng.int(0, 59))}`)}</div><div class="content">${rng.pick([...ZS_OTHER])}</div></li>`;
    }).join('\n');
    const related = page.related.slice(0, 5).map((r) => ({ ...r, question: trad(r.question) }));
    const href = (r: Related) => `/question/index?qid=${qidOf(r.date ?? askDay, itemNum(r))}`;
    const list = related.length
      ? `<div class="related"><h3>相關知識</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a></li>`).join('\n')}</ul></div>`
      : '';
    const body = `<div id="yucs"><a href="https://tw.yahoo.com/">Yahoo!奇摩</a> <a href="https://tw.mail.yahoo.com/">信箱</a> <a href="https://tw.news.yahoo.com/">新聞</a> <a href="https://tw.bid.yahoo.com/">拍賣</a></div>
<div id="hd"><a href="${base}/"><img src="https://s.yimg.com/tw/answers/logo.gif" alt="Yahoo!奇摩知識+"></a> <a href="${base}/question/ask">發問</a> <a href="${base}/question/answer">回答</a> <a href="${base}/dir/">知識+分類</a></div>
<div class="crumb"><a href="${base}/">知識+首頁</a> &gt; <a href="${base}/dir/index?sid=396545018">健康</a> &gt; <a href="${base}/dir/index?sid=396545433">疾病與醫學</a></div>
<div id="yan-question">
<h1 class="subject">${esc(question)}</h1>
<div class="meta">發問者：${asker} ( 初學者 ${rng.int(1, 5)} 級 )<br>發問時間：${at(askDay, `${two(rng.int(7, 12))}:${two(rng.int(0, 59))}`)}<br>${solved ? `解決時間：${at(solved, `${two(rng.int(7, 22))}:${two(rng.int(0, 59))}`)}` : '投票中'}</div>
<div class="content">${esc(question)}${esc(trad(rng.pick(ASKER_LINES)))}</div>
</div>
<div id="yan-best-answer"><h2>最佳解答</h2>
<div class="user">回答者：${nick} ( 專家 )</div>
<div class="time">回答時間：${at(page.date!, page.time)}</div>
<div class="content">
${paras(paragraphs)}
${signature}</div>
<div class="ref">參考資料：${reference}</div>
<div class="rate">評價：★★★★★ 點數：${rng.int(5, 20)}</div>
</div>
${others ? `<div id="yan-answers"><h2>其他解答</h2><ul>${otherHtml}</ul></div>\n` : ''}${opinions ? `<div id="yan-comments"><h3>意見</h3><p>意見發表者：${asker}</p><p>謝謝醫師詳細的回答！</p></div>\n` : ''}${list}
<div id="ft">Copyright © ${page.date!.slice(0, 4)} Yahoo Taiwan All Rights Reserved. 知識+內容僅供參考</div>`;
    const meta = big5 ? '<meta http-equiv="Content-Type" content="text/html; charset=big5">' : '<meta charset="utf-8">';
    const html = documentOf(`Yahoo!奇摩知識+ - ${question}`, canonical, '', body, meta).replace('lang="zh-CN"', 'lang="zh-Hant-TW"');
    return {
      body: big5 ? bytesIn(html, 'big5') : Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        question,
        paragraphs,
        doctor: { name, title, department: dept, hospital, hospital_grade: null },
        date: page.date,
        format: 'unknown',
        related: itemsOf(related, href, canonical, () => null, false),
      }),
    };
  },
};

// --- F2. wyeth-mamaclub-zhuanjia ---

const WY_DEPTS = ['儿科', '儿童保健科', '新生儿科', '小儿消化科', '儿童营养科'] as const;
const WY_STAGES = ['孕期', '0-6个月', '6-12个月', '1-3岁'] as const;

/**
 * F2. 惠氏妈妈俱乐部's 育儿专家问答, a formula brand's parenting club where paediatricians and dietitians answer members
 * (www.wyeth.com.cn/mamaclub/expert/qa/{id}.html: host, path, the club's section names and the layout guesses; that the
 * club runs such pages from memory), simplified, UTF-8, canonical on 50%: the club's name beside its logo and in the footer; the mandatory `母乳是婴儿最好的食物` notice
 * (none); the stage tag (none); `<h1>` the question (keyed); `{nick}妈妈`, `宝宝月龄：8个月` or `孕28周`, `提问时间：` 1–4
 * days before (none); the expert: a paediatrician (60%: `{department}` from the children's departments, the truth's title
 * and hospital; keyed whole) or a dietitian (40%: `注册营养师` / `营养师` as printed, no workplace: the hospital
 * null, as fresh-85 keys a brand's 营养师 — changed from the club's name after the first run —, department null), as a two-line card (50%), one line with `｜` (30%) or a `本期专家：` line
 * (20%); `回复时间：` `2023-05-06 14:22` (50%), `2023年5月6日` (30%) or `2023.05.06` (20%) (keyed), `（N天前）` beside it on 30%
 * (none); JSON-LD QAPage on 50% whose answer `dateCreated` is the question's day on half (none) and whose author is the
 * brand; `有用(N)`, a 积分 line, a 孕妈营养包 promo, a disclaimer (none); `相关问题` (snippet on 50%, else `[]`; undated).
 */
const wyethMamaclubZhuanjia: Family = {
  name: 'wyeth-mamaclub-zhuanjia',
  split: 'fresh-99',
  site: 'www.wyeth.com.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://www.wyeth.com.cn';
    const canonical = rng.chance(0.5) ? `${base}/mamaclub/expert/qa/${page.item.num}.html` : null;
    const stage = rng.pick([...WY_STAGES]);
    const age = stage === '孕期' ? `孕${rng.int(8, 38)}周` : stage === '0-6个月' ? `${rng.int(1, 6)}个月` : stage === '6-12个月' ? `${rng.int(6, 12)}个月` : `${rng.int(1, 3)}岁${rng.int(1, 11)}个月`;
    const dietitian = rng.chance(0.4);
    const dept = rng.pick([...WY_DEPTS]);
    const dtitle = rng.pick(['注册营养师', '营养师']);
    const cardForm = rng.weighted([['block', 50], ['line', 30], ['intro', 20]] as const);
    const dayForm = rng.weighted([['iso', 50], ['cn', 30], ['dot', 20]] as const);
    const rel = rng.chance(0.3);
    const ld = rng.chance(0.5);
    const ldAsk = rng.chance(0.5);
    const snip = rng.chance(0.5);
    const askDay = shift(page.date!, -rng.int(1, 4));
    const nick = `${rng.pick(['小鱼', '豆豆', '糖糖', '乐乐', '果果', '安安'])}妈妈`;
    const day = dayForm === 'iso' ? `${page.date} ${page.time}` : dayForm === 'cn' ? cnDay(page.date!) : page.date!.replace(/-/g, '.');
    const title = dietitian ? dtitle : d.title!;
    const where = dietitian ? '' : `${esc(d.hospital!)}${dept}`;
    const card =
      cardForm === 'block'
        ? `<div class="expert-card"><img src="${base}/mamaclub/upload/expert/${token(rng, 10)}.jpg" alt=""><div class="info"><p class="name">${esc(d.name!)} <span class="title">${title}</span></p>${dietitian ? '' : `<p class="org">${esc(d.hospital!)} ${dept}</p>`}</div></div>`
        : cardForm === 'line'
          ? `<div class="expert-line">${esc(d.name!)}｜${title}${dietitian ? '' : `｜${where}`}</div>`
          : '';
    const intro = cardForm === 'intro' ? `<p class="expert-intro">本期专家：${esc(d.name!)}，${where}${title}</p>\n` : '';
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `/mamaclub/expert/qa/${itemNum(r)}.html`;
    const list = related.length
      ? `<div class="qa-related"><h3>相关问题</h3><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a>${snip ? `<p class="summary">${esc(r.snippet)}</p>` : ''}<span class="cnt">${rng.int(1, 9)}个回答</span></li>`).join('\n')}</ul></div>`
      : '';
    const ldJson = ld
      ? `<script type="application/ld+json">${JSON.stringify({
          '@context': 'https://schema.org',
          '@type': 'QAPage',
          mainEntity: { '@type': 'Question', name: page.question, dateCreated: `${askDay}T09:00:00+08:00`, acceptedAnswer: { '@type': 'Answer', text: page.paragraphs.join(''), dateCreated: `${ldAsk ? askDay : page.date}T10:00:00+08:00`, author: { '@type': 'Organization', name: '惠氏妈妈俱乐部' } } },
        })}</script>\n`
      : '';
    const body = `<div class="bf-notice">母乳是婴儿最好的食物，我们支持母乳喂养。</div>
<header class="mc-header"><a href="${base}/mamaclub/"><img src="${base}/mamaclub/images/logo.png" alt="惠氏妈妈俱乐部"><span class="brand">惠氏妈妈俱乐部</span></a><nav><a href="${base}/mamaclub/pregnancy/">孕期</a> <a href="${base}/mamaclub/baby/">育儿</a> <a href="${base}/mamaclub/expert/">专家问答</a> <a href="${base}/mamaclub/points/">积分商城</a></nav><a class="login" href="${base}/mamaclub/login">会员登录</a></header>
<div class="crumb"><a href="${base}/mamaclub/">首页</a> &gt; <a href="${base}/mamaclub/expert/">育儿专家问答</a> &gt; ${stage}</div>
<div class="qa-detail">
<span class="stage-tag">${stage}</span>
<h1 class="q-title">${esc(page.question)}</h1>
<div class="q-meta"><span class="nick">${nick}</span> <span class="age">宝宝月龄：${age}</span> <span class="time">提问时间：${askDay}</span></div>
<div class="q-desc">${esc(rng.pick(ASKER_LINES))}</div>
<div class="answer">
<div class="answer-hd">专家回复</div>
${card}${intro}<div class="answer-bd">
${paras(page.paragraphs)}
</div>
<div class="answer-ft"><span class="time">回复时间：${day}${rel ? `（${rng.int(2, 9)}天前）` : ''}</span> <span class="useful">有用(${rng.int(0, 99)})</span> <span class="fav">收藏</span> <span class="share">分享到微信</span></div>
</div>
<p class="disclaimer">专家回复仅供参考，不能代替医生面诊；宝宝如有不适请及时就医。</p>
</div>
<div class="promo"><a href="${base}/mamaclub/points/">孕妈营养包 免费领取</a> <span>提问被采纳 积分+5</span></div>
${list}
<footer>惠氏妈妈俱乐部 · 惠氏营养品（中国）有限公司 版权所有 沪ICP备${rng.int(10000000, 99999999)}号</footer>`;
    const html = documentOf(`${page.question}_育儿专家问答_惠氏妈妈俱乐部`, canonical, ldJson, body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: dietitian
          ? { name: d.name, title, department: null, hospital: null, hospital_grade: null }
          : { name: d.name, title, department: dept, hospital: d.hospital, hospital_grade: null },
        date: page.date,
        format: 'unknown',
        related: itemsOf(related, href, canonical, (r) => (snip ? r.snippet : null), false),
      }),
    };
  },
};

// --- F3. eqxiu-h5-zhuanjia-dayi ---

/**
 * F3. A hospital's 专家答疑 H5 made on 易企秀 (h5.eqxiu.com/s/{code}: host and path as remembered; the rendered DOM's class
 * names, the slides and the furniture guessed), saved after it rendered, simplified, UTF-8, canonical on 20%: slides of
 * absolutely positioned elements (`position:absolute; top:…px`), **the reading order the positions' order, the DOM's not
 * always**: the cover (the hospital, `专家答疑 · 第N期`, the day `2023年5月6日` (40%) or `2023.05.06` (40%) or none (20%):
 * keyed, null where none), the doctor's slide (the parts as separate elements in a shuffled DOM order (50%), one element
 * `{name}｜{department}｜{title}` (30%) or `专家：{name} {title}` over `{hospital}{department}` (20%); keyed whole, the
 * hospital on the cover), the Q&A slide (`Q：` / `问：` before the question, keyed without it; `A：` / `答：` on its own or
 * inline before the first paragraph, none; **the answer's element before the question's in the DOM on 25%**, placed
 * below it), a `<video>` of the answer on 20% (format video), the end slide (`咨询电话`, `长按识别二维码`, none); 易企秀's
 * own chrome (`易企秀 · 免费制作`, `举报`, a music button, `向上滑动`) and the scene JSON (`publishTime` 0–3 days later,
 * `createTime` earlier; none); no related list (`[]`).
 */
const eqxiuH5ZhuanjiaDayi: Family = {
  name: 'eqxiu-h5-zhuanjia-dayi',
  split: 'fresh-99',
  site: 'h5.eqxiu.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const code = token(rng, 8);
    const canonical = rng.chance(0.2) ? `https://h5.eqxiu.com/s/${code}` : null;
    const coverDay = rng.weighted([['cn', 40], ['dot', 40], ['none', 20]] as const);
    const docForm = rng.weighted([['parts', 50], ['line', 30], ['two', 20]] as const);
    const qLabel = rng.pick(['Q：', '问：']);
    const aForm = rng.weighted([['own', 40], ['inline', 30], ['none', 30]] as const);
    const answerFirst = rng.chance(0.25);
    const video = rng.chance(0.2);
    const issue = rng.int(3, 60);
    let id = rng.int(100000, 900000);
    const ele = (content: string, top: number, type = 'text', extra = '') =>
      `<div class="eqc-ele eqc-${type}" id="ele_${id++}" data-ele-type="${type}" style="position:absolute;left:${rng.int(18, 40)}px;top:${top}px;width:${rng.int(260, 300)}px;z-index:${rng.int(1, 30)};"${extra}><div class="eqc-${type}-content">${content}</div></div>`;
    const page1 = [
      ele(`<img src="https://asset.eqxiu.com/group1/M00/${token(rng, 2)}/${token(rng, 2)}/${token(rng, 16)}.png" alt="">`, 40, 'image'),
      ele(`<p style="font-size:22px;color:#1d6fb8;">${esc(d.hospital!)}</p>`, 120),
      ele(`<p style="font-size:30px;font-weight:bold;">专家答疑 · 第${issue}期</p>`, 170),
      ...(coverDay === 'none' ? [] : [ele(`<p style="font-size:14px;">${coverDay === 'cn' ? cnDay(page.date!) : page.date!.replace(/-/g, '.')}</p>`, 230)]),
    ];
    const docParts =
      docForm === 'parts'
        ? rng.shuffle([
            [`<p style="font-size:24px;">${esc(d.name!)}</p>`, 260],
            [`<p>${d.title}</p>`, 300],
            [`<p>${esc(d.hospital!)}</p>`, 330],
            [`<p>${esc(d.department!)}</p>`, 360],
            [`<p>擅长：${esc(topicWord(page))}等疾病的诊治</p>`, 400],
          ] as const)
        : docForm === 'line'
          ? ([
              [`<p>${esc(d.name!)}｜${esc(d.department!)}｜${d.title}</p>`, 280],
              [`<p>擅长：${esc(topicWord(page))}等疾病的诊治</p>`, 330],
            ] as const)
          : ([
              [`<p>专家：${esc(d.name!)} ${d.title}</p>`, 280],
              [`<p>${esc(d.hospital!)}${esc(d.department!)}</p>`, 320],
            ] as const);
    const page2 = [ele(`<img src="https://asset.eqxiu.com/group1/M00/${token(rng, 2)}/${token(rng, 2)}/${token(rng, 16)}.jpg" alt="">`, 60, 'image'), ...docParts.map(([c, top]) => ele(c, top))];
    const qEle = ele(`<p style="font-weight:bold;">${qLabel}${esc(page.question)}</p>`, 60);
    const ps = page.paragraphs.map((p, i) => `<p>${aForm === 'inline' && i === 0 ? 'A：' : ''}${esc(p)}</p>`).join('');
    const aEle = ele(`${aForm === 'own' ? '<p style="font-weight:bold;">答：</p>' : ''}${ps}`, 140);
    const page3 = [...(answerFirst ? [aEle, qEle] : [qEle, aEle]), ...(video ? [ele(`<video src="https://video.eqxiu.com/${token(rng, 20)}.mp4" controls poster="https://asset.eqxiu.com/${token(rng, 12)}.jpg"></video><p>视频解答</p>`, 520, 'video')] : [])];
    const page4 = [
      ele(`<p>预约挂号请关注“${esc(d.hospital!)}”微信公众号</p>`, 200),
      ele(`<p>咨询电话：0${rng.int(10, 999)}-${rng.int(6000000, 8999999)}</p>`, 240),
      ele(`<img src="https://asset.eqxiu.com/qr/${token(rng, 12)}.png" alt=""><p>长按识别二维码</p>`, 300, 'image'),
    ];
    const section = (n: number, eles: string[]) => `<section class="eqc-page${n === 1 ? ' z-current' : ''}" data-page="${n}" style="z-index:${10 - n};">\n${eles.join('\n')}\n</section>`;
    const publish = Date.parse(`${shift(page.date!, rng.int(0, 3))}T${page.time}:00+08:00`);
    const scene = { id: rng.int(100000000, 999999999), code, name: `${d.hospital}专家答疑第${issue}期`, createTime: publish - rng.int(2, 9) * 86_400_000, publishTime: publish, pageCount: 4, bgAudio: { url: `https://res.eqxiu.com/music/${token(rng, 10)}.mp3` } };
    const body = `<div id="eqxiu-scene" class="scene-wrap">
${section(1, page1)}
${section(2, page2)}
${section(3, page3)}
${section(4, page4)}
</div>
<div class="music-btn rotate"></div>
<div class="page-turn-tip">向上滑动</div>
<div class="eqx-logo-tip"><a href="https://www.eqxiu.com/">易企秀 · 免费制作</a> <a class="report" href="https://www.eqxiu.com/report">举报</a></div>
<script>window.scene = ${JSON.stringify(scene)};</script>`;
    const html = documentOf(scene.name, canonical, '<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: null },
        date: coverDay === 'none' ? null : page.date,
        format: video ? 'video' : 'unknown',
        related: [],
      }),
    };
  },
};

// --- F4. asan-chinese-zaixian-zixun ---

const KR_DOCTORS = [
  ['金载勋', '김재훈'],
  ['李承宪', '이승헌'],
  ['朴贤洙', '박현수'],
  ['崔珉宇', '최민우'],
  ['郑允宰', '정윤재'],
  ['姜东旭', '강동욱'],
  ['尹智媛', '윤지원'],
  ['韩素妍', '한소연'],
] as const;
const KR_WEEK = ['일', '월', '화', '수', '목', '금', '토'] as const;
const KR_ORIGINAL = '안녕하세요. 문의하신 내용에 대해 답변드립니다. 자세한 상담은 외래 진료를 통해 가능합니다.';

/**
 * F4. 首尔峨山医院's own Chinese site, its 在线咨询 board (chinese.amc.seoul.kr/chn/consult/view.do?seq={id}: host, path, the
 * board's labels and the layout guesses; the Chinese department names the truth's; the professors and their Hangul names
 * invented), simplified, UTF-8 bytes declared `utf-8` (60%), declared `euc-kr` (20%: a Korean template's default, wrong)
 * or undeclared (20%), canonical on 40%: the header `首尔峨山医院 国际诊疗中心` (the hospital, site's own); a board view
 * table `标题` (keyed question) / `作者 王**` / `日期` 1–5 days before the answer (none) / `查阅`; the question's text (none);
 * `答复日期：` as `2023.05.06` (40%), `2023.05.06 (토)` (30%) or `2023-05-06 14:22:31` (30%) (keyed); the card: a label
 * row `答复医生 | {department} {name} 教授` (35%), inside the 国际诊疗中心's note first `…{department}{name}教授的答复如下：`
 * (35%) or a closing `（答复：首尔峨山医院 {department} {name} 教授）` (30%) (keyed: title 教授; the Hangul name after it on
 * 50%, none); the coordinator's note and contact line (none), the Korean original `원문` on 20% (none); `相关咨询` (link-only
 * `[]`; `2023.05.03` days on 50% of pages, keyed).
 */
const asanChineseZaixianZixun: Family = {
  name: 'asan-chinese-zaixian-zixun',
  split: 'fresh-99',
  site: 'chinese.amc.seoul.kr',
  render(page, rng): Rendered {
    const base = 'https://chinese.amc.seoul.kr';
    const canonical = rng.chance(0.4) ? `${base}/chn/consult/view.do?seq=${page.item.num}` : null;
    const charset = rng.weighted([['utf-8', 60], ['euc-kr', 20], ['none', 20]] as const);
    const [name, hangul] = rng.pick([...KR_DOCTORS]);
    const showHangul = rng.chance(0.5);
    const dept = page.doctor.department!;
    const dayForm = rng.weighted([['dot', 40], ['dotK', 30], ['iso', 30]] as const);
    const cardForm = rng.weighted([['label', 35], ['note', 35], ['closing', 30]] as const);
    const original = rng.chance(0.2);
    const datedList = rng.chance(0.5);
    const askDay = shift(page.date!, -rng.int(1, 5));
    const fmt = (iso: string) =>
      dayForm === 'dot' ? iso.replace(/-/g, '.') : dayForm === 'dotK' ? `${iso.replace(/-/g, '.')} (${KR_WEEK[weekday(iso)]})` : `${iso} ${page.time}:${two(rng.int(0, 59))}`;
    const who = `${esc(dept)} ${name} 教授${showHangul ? `（${hangul}）` : ''}`;
    const note =
      cardForm === 'note'
        ? `您好，这里是首尔峨山医院国际诊疗中心。针对您咨询的问题，${esc(dept)}${name}教授${showHangul ? `（${hangul}）` : ''}的答复如下：`
        : '您好，这里是首尔峨山医院国际诊疗中心。针对您咨询的问题，医疗团队的答复如下：';
    const related = page.related.slice(0, 5);
    const href = (r: Related) => `/chn/consult/view.do?seq=${itemNum(r)}`;
    const list = related.length
      ? `<div class="related-consult"><h4>相关咨询</h4><ul>${related.map((r) => `<li><a href="${href(r)}">${esc(r.question)}</a>${datedList && r.date ? `<span class="date">${r.date.replace(/-/g, '.')}</span>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const body = `<div id="header"><h1 class="logo"><a href="${base}/chn/"><img src="${base}/chn/images/logo.png" alt="首尔峨山医院">首尔峨山医院 国际诊疗中心</a></h1>
<ul class="gnb"><li><a href="${base}/chn/intro/">医院介绍</a></li><li><a href="${base}/chn/dept/">诊疗科室</a></li><li><a href="${base}/chn/consult/list.do">在线咨询</a></li><li><a href="${base}/chn/guide/">就诊指南</a></li></ul>
<div class="lang"><a href="https://www.amc.seoul.kr/">한국어</a> <a href="https://eng.amc.seoul.kr/">English</a> <a href="${base}/chn/" class="on">中文</a></div></div>
<div id="contents"><h2 class="tit">在线咨询</h2>
<table class="board-view"><colgroup><col style="width:15%"><col></colgroup>
<tr><th scope="row">标题</th><td class="subject">${esc(page.question)}</td></tr>
<tr><th scope="row">作者</th><td>${rng.pick(['王', '李', '张', '刘', '陈'])}**</td></tr>
<tr><th scope="row">日期</th><td>${fmt(askDay)}</td></tr>
<tr><th scope="row">查阅</th><td>${rng.int(20, 900)}</td></tr>
${cardForm === 'label' ? `<tr><th scope="row">答复医生</th><td>${who}</td></tr>\n` : ''}</table>
<div class="view-cont">${esc(page.question)}${esc(rng.pick(ASKER_LINES))}</div>
<div class="answer-box">
<div class="answer-hd"><strong>答复</strong> <span class="date">答复日期：${fmt(page.date!)}</span></div>
<div class="answer-cont">
<p class="coordinator">${note}</p>
${paras(page.paragraphs)}
${cardForm === 'closing' ? `<p class="sign">（答复：首尔峨山医院 ${who}）</p>\n` : ''}<p class="contact">如需预约就诊，请联系国际诊疗中心：+82-2-3010-${rng.int(5000, 5999)}（中文），微信：AMC_${token(rng, 4)}</p>
</div>
${original ? `<div class="origin"><p class="origin-hd">원문</p><p>${KR_ORIGINAL}</p></div>\n` : ''}</div>
<div class="btn-area"><a href="${base}/chn/consult/list.do" class="btn">目录</a></div>
${list}
</div>
<div id="footer"><p>서울특별시 송파구 올림픽로43길 88 · 首尔特别市松坡区奥林匹克路43街88号</p><p>Copyright © ASAN MEDICAL CENTER. All rights reserved.</p></div>`;
    const meta = charset === 'utf-8' ? '<meta charset="utf-8">' : charset === 'euc-kr' ? '<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">' : '';
    const html = documentOf(`在线咨询 | 首尔峨山医院`, canonical, '', body, meta);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name, title: '教授', department: dept, hospital: '首尔峨山医院', hospital_grade: null },
        date: page.date,
        format: 'unknown',
        related: itemsOf(related, href, canonical, () => null, datedList),
      }),
    };
  },
};

// --- F5. chuansong-weixin-zhuanjia ---

const CS_OTHER = ['这家面馆开了二十年，老板说秘诀只有一个', '周末去哪儿？城郊赏花攻略来了', '今年高考报名人数公布', '新能源车下乡活动启动', '这五种垃圾分类你做对了吗'] as const;

/**
 * F5. 传送门's copy of a hospital 公众号's 专家答疑 post (chuansong.me/n/{id}: host and path as remembered; the mirror's chrome
 * and WeChat's markup from memory, the account names invented; the mirror closed around 2019, the universe's days run
 * past that), simplified, UTF-8, canonical on 40%: the mirror's nav, ads and a `微信扫一扫关注该公众号` box (none);
 * `<h2 class="rich_media_title">` `专家答疑｜{question}` (50%), the question alone (20%) or `【专家答疑】第N期：{topic}` that
 * asks nothing (30%: the reader's question in the post is the page's); `<em id="post-date">` the post day `2023-05-06`
 * (60%) or with its time (40%) (keyed; `var ct` agrees, none) and the account; in `js_content`'s `<section>` / `<span
 * style>` soup: `网友提问：{question}` and the asker's words in a paragraph of their own (none), the card as a `本期专家` section (40%), an `专家简介：` line
 * (30%) or a closing `（解答专家：…）` (30%) (keyed whole), `专家解答：` on 50% (none), an `<mpvoice>` on 20% (format voice;
 * its transcript the answer), `（{account}宣传科 整理）`, `阅读原文`, `长按识别二维码关注` (none); `往期回顾` of the account's
 * earlier posts (link-only `[]`, undated, absolute mp.weixin.qq.com links as written); the mirror's `推荐阅读` of other
 * accounts' articles (none).
 */
const chuansongWeixinZhuanjia: Family = {
  name: 'chuansong-weixin-zhuanjia',
  split: 'fresh-99',
  site: 'chuansong.me',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://chuansong.me';
    const canonical = rng.chance(0.4) ? `${base}/n/${page.item.num}` : null;
    const account = `${d.hospital}${rng.pick(['', '', '健康', '微健康'])}`;
    const biz = `Mz${token(rng, 10).toUpperCase()}==`;
    const titleForm = rng.weighted([['zt', 50], ['plain', 20], ['issue', 30]] as const);
    const withTime = rng.chance(0.4);
    const cardForm = rng.weighted([['sec', 40], ['intro', 30], ['tail', 30]] as const);
    const label = rng.chance(0.5);
    const voice = rng.chance(0.2);
    const issue = rng.int(5, 120);
    const title = titleForm === 'zt' ? `专家答疑｜${page.question}` : titleForm === 'plain' ? page.question : `【专家答疑】第${issue}期：${topicWord(page)}`;
    const S = (s: string) => `<p style="margin:0 8px;line-height:1.75em;"><span style="font-size:15px;color:rgb(62,62,62);">${s}</span></p>`;
    const cardSec = `<section style="margin:10px 0;border-left:4px solid #2b8ad8;padding-left:8px;"><p><strong><span style="color:#2b8ad8;">本期专家</span></strong></p>${S(esc(d.name!))}${S(`${esc(d.hospital!)}${esc(d.department!)}${d.title}`)}</section>`;
    const cardIntro = S(`专家简介：${esc(d.name!)}，${d.title}，${esc(d.hospital!)}${esc(d.department!)}。擅长${esc(topicWord(page))}等疾病的诊治。`);
    const cardTail = S(`（解答专家：${esc(d.hospital!)}${esc(d.department!)} ${d.title} ${esc(d.name!)}）`);
    const mpvoice = voice
      ? `<mpvoice frameborder="0" class="res_iframe js_editor_audio audio_iframe" src="/cgi-bin/readtemplate?t=tmpl/audio_tmpl&amp;name=%E4%B8%93%E5%AE%B6%E8%AF%AD%E9%9F%B3%E8%A7%A3%E7%AD%94&amp;play_length=0${rng.int(1, 4)}:${two(rng.int(0, 59))}" name="专家语音解答" play_length="${rng.int(60, 280)}000" voice_encode_fileid="MzI${token(rng, 20)}"></mpvoice>\n`
      : '';
    const related = page.related.slice(0, 5);
    const href = (r: Related) => `https://mp.weixin.qq.com/s?__biz=${biz}&mid=${2_650_000_000 + itemNum(r)}&idx=1`;
    const list = related.length
      ? `<section style="margin-top:20px;"><p><strong>往期回顾</strong></p>${related.map((r) => `<p><a href="${esc(href(r))}" target="_blank" data-linktype="2">${esc(r.question)}</a></p>`).join('\n')}</section>`
      : '';
    const ct = Math.floor(Date.parse(`${page.date}T${page.time}:00+08:00`) / 1000);
    const body = `<div class="topbar"><a href="${base}/">传送门</a> <a href="${base}/hot">热门</a> <a href="${base}/category/health">健康</a> <form action="${base}/search"><input name="q" placeholder="搜索公众号或文章"></form></div>
<div class="main"><div class="rich_media">
<h2 class="rich_media_title" id="activity-name">${esc(title)}</h2>
<div class="rich_media_meta_list" id="meta_content"><em id="post-date" class="rich_media_meta rich_media_meta_text">${page.date}${withTime ? ` ${page.time}` : ''}</em> <a class="rich_media_meta rich_media_meta_link" id="post-user" href="${base}/account/${token(rng, 8)}">${esc(account)}</a></div>
<div class="rich_media_content" id="js_content">
<section style="margin:0;padding:0;"><section style="text-align:center;"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/${token(rng, 24)}/640" style="width:100%;"></section>
${cardForm === 'sec' ? `${cardSec}\n` : ''}${cardForm === 'intro' ? `${cardIntro}\n` : ''}<section style="margin:12px 0;background:#f4f8fc;padding:10px;">${S(`<strong>网友提问：</strong>${esc(page.question)}`)}${S(esc(rng.pick(ASKER_LINES)))}</section>
${mpvoice}${label ? `${S('<strong>专家解答：</strong>')}\n` : ''}${page.paragraphs.map((p) => S(esc(p))).join('\n')}
${cardForm === 'tail' ? `${cardTail}\n` : ''}${S(`（${esc(account)}宣传科 整理）`)}
<section style="text-align:center;"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/${token(rng, 24)}/640"><p><span style="font-size:12px;color:#888;">长按识别二维码关注我们</span></p></section>
${list}
</section></div>
<div class="rich_media_tool"><a href="https://mp.weixin.qq.com/s?__biz=${biz}&amp;mid=${2_650_000_000 + page.item.num}&amp;idx=1" id="js_view_source">阅读原文</a></div>
</div>
<div class="side"><div class="qr-box"><img src="${base}/qr/${token(rng, 10)}.png" alt=""><p>微信扫一扫关注该公众号</p><p>${esc(account)}</p></div>
<ins class="adsbygoogle" data-ad-client="ca-pub-${rng.int(1000000000, 9999999999)}" data-ad-slot="${rng.int(1000000000, 9999999999)}"></ins>
<div class="recommend"><h3>推荐阅读</h3><ul>${rng.shuffle([...CS_OTHER]).slice(0, 3).map((o) => `<li><a href="${base}/n/${rng.int(100000, 9999999)}">${o}</a></li>`).join('')}</ul></div></div></div>
<div class="footer">传送门 © chuansong.me · 内容来自微信公众号，版权归原作者所有</div>
<script>var ct = "${ct}"; var msg_title = ${JSON.stringify(title)}; var nickname = ${JSON.stringify(account)};</script>`;
    const html = documentOf(`${title} - ${account} - 传送门`, canonical, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: null },
        date: page.date,
        format: voice ? 'voice' : 'unknown',
        related: itemsOf(related, href, canonical, () => null, false),
      }),
    };
  },
};

// --- F6. ouchinese-yisheng-jieda ---

const IT_MONTHS = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'] as const;
const IT_WEEK = ['domenica', 'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato'] as const;
/** sabato 6 maggio 2023. */
const itDay = (iso: string) => `${IT_WEEK[weekday(iso)]} ${num(iso, 8, 10)} ${IT_MONTHS[num(iso, 5, 7) - 1]} ${iso.slice(0, 4)}`;
const IT_HOSPITALS = [
  ['普拉托圣斯特凡诺医院', 'Ospedale Santo Stefano'],
  ['米兰尼瓜尔达医院', 'Ospedale Niguarda'],
  ['罗马杰梅利综合医院', 'Policlinico Gemelli'],
  ['佛罗伦萨卡雷吉医院', 'Ospedale di Careggi'],
  ['米兰圣拉斐尔医院', 'Ospedale San Raffaele'],
] as const;

/**
 * F6. 欧联时报's 医生解答 column on its Discuz! portal (www.ouchinese.com/portal.php?mod=view&aid={id}: host as remembered,
 * the Discuz portal a guess, the column's name, the hospitals' Chinese names and the doctors' registrations guessed),
 * an Italian Chinese paper, simplified: GBK declared `gbk` (40%: Discuz's GBK edition) or UTF-8; canonical on 45%: a top bar
 * `Prato, {Italian today}` 1–4 days later on 50% (none: no order shown); `<h1 class="ph">` the question (keyed); the day:
 * Discuz's `2023-5-6 14:22| 发布者: …| 查看: …| 评论: …|来自: 欧联时报` (50%), the issue line `欧联时报　sabato 6 maggio
 * 2023　第N期` (30%) or `发布时间：06/05/2023` (20%) (keyed; the day-first one only where it cannot be read month-first, else
 * null); `{city}读者…问：` (none); the card at the head `解答医生：{name}医生　{hospital}（{Italian}）{department}专科医生`
 * (50%) or a closing `——{hospital}{department}专科医生 {name}（Ordine dei Medici di {city} n. N）` (keyed: title 专科医生, the
 * Chinese name the hospital); `答：` on 40% (none); a 118 line, a `Condividi` bar, an ad, readers' comments with their days
 * (none); Discuz's `相关阅读` (link-only `[]`; `(2023-5-3)` days on 40% of pages, keyed).
 */
const ouchineseYishengJieda: Family = {
  name: 'ouchinese-yisheng-jieda',
  split: 'fresh-99',
  site: 'www.ouchinese.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const base = 'https://www.ouchinese.com';
    const canonical = rng.chance(0.45) ? `${base}/portal.php?mod=view&aid=${page.item.num}` : null;
    const gbk = rng.chance(0.4);
    const mast = rng.chance(0.5);
    const dayForm = rng.weighted([['dz', 50], ['it', 30], ['dmy', 20]] as const);
    const headCard = rng.chance(0.5);
    const [hospital, hospitalIt] = rng.pick([...IT_HOSPITALS]);
    const city = rng.pick(['普拉托', '米兰', '罗马', '佛罗伦萨', '都灵']);
    const ordine = rng.int(1000, 29999);
    const label = rng.chance(0.4);
    const datedList = rng.chance(0.4);
    const comments = rng.int(0, 3);
    const today = shift(page.date!, rng.int(1, 4));
    const reader = `${city}读者${rng.pick(['林', '黄', '郑', '吴', '叶'])}${rng.pick(['女士', '先生'])}问：`;
    const dzLine = `<p class="xg1">${dayForm === 'dz' ? `${unpaddedIso(page.date!)} ${page.time}| ` : ''}发布者: 欧联小编| 查看: ${rng.int(100, 9000)}| 评论: ${comments}|来自: 欧联时报</p>`;
    const issueLine = dayForm === 'it' ? `<div class="edizione">欧联时报　${itDay(page.date!)}　第${rng.int(2000, 4000)}期</div>\n` : '';
    const dmyLine = dayForm === 'dmy' ? `<p class="pubdate">发布时间：${dmy(page.date!, '/')}</p>\n` : '';
    const related = page.related.slice(0, 6);
    const href = (r: Related) => `portal.php?mod=view&aid=${itemNum(r)}`;
    const list = related.length
      ? `<div class="bm"><div class="bm_h"><h3>相关阅读</h3></div><div class="bm_c"><ul class="xl xl2 cl">${related.map((r) => `<li>• <a href="${esc(href(r))}" target="_blank">${esc(r.question)}</a>${datedList && r.date ? ` <span class="xg1">(${unpaddedIso(r.date)})</span>` : ''}</li>`).join('\n')}</ul></div></div>`
      : '';
    const commentHtml = Array.from({ length: comments }, (_, i) => {
      const day = shift(page.date!, i + 1);
      return `<dl class="ptm pbm bbda cl"><dt><a href="home.php?mod=space&amp;uid=${rng.int(1000, 99999)}" class="xi2">${rng.pick(['游客', '米兰小王', '佛罗伦萨阿梅', '普拉托老陈'])}</a> <span class="y xg1">${unpaddedIso(day)} ${two(rng.int(7, 22))}:${two(rng.int(0, 59))}</span></dt><dd>${rng.pick(['谢谢医生，很有用！', '请问在意大利看这个要先找家庭医生吗？', '已转发给家人。'])}</dd></dl>`;
    }).join('\n');
    const cardHead = `<p class="medico"><strong>解答医生：</strong>${esc(d.name!)}医生　${hospital}（${hospitalIt}）${esc(d.department!)}专科医生</p>`;
    const cardTail = `<p class="firma">——${hospital}${esc(d.department!)}专科医生 ${esc(d.name!)}（Ordine dei Medici di ${rng.pick(['Prato', 'Milano', 'Roma', 'Firenze'])} n. ${ordine}）</p>`;
    const body = `<div id="toptb" class="cl">${mast ? `<span class="oggi">Prato, ${itDay(today)}</span> ` : ''}<a href="${base}/member.php?mod=register">注册</a> <a href="${base}/member.php?mod=logging&amp;action=login">登录</a></div>
<div id="hd"><a href="${base}/"><img src="${base}/static/image/common/logo.png" alt="欧联网"></a>
<ul id="nv"><li><a href="${base}/portal.php">首页</a></li><li><a href="${base}/portal.php?mod=list&amp;catid=1">意大利新闻</a></li><li><a href="${base}/portal.php?mod=list&amp;catid=3">华人社区</a></li><li class="a"><a href="${base}/portal.php?mod=list&amp;catid=12">健康</a></li><li><a href="${base}/forum.php">论坛</a></li></ul></div>
<div id="pt" class="bm cl"><a href="${base}/" class="nvhm">欧联网</a> <em>›</em> <a href="${base}/portal.php?mod=list&amp;catid=12">健康</a> <em>›</em> 查看内容</div>
<div id="ct" class="ct2 wp cl"><div class="mn"><div class="bm vw">
<div class="h hm"><h1 class="ph">${esc(page.question)}</h1>
${dzLine}</div>
<div class="d"><table cellpadding="0" cellspacing="0" class="vwtb"><tr><td id="article_content">
${issueLine}${dmyLine}${headCard ? `${cardHead}\n` : ''}<p><strong>${reader}</strong>${esc(page.question)}${esc(rng.pick(ASKER_LINES))}</p>
${label ? '<p><strong>答：</strong></p>\n' : ''}${paras(page.paragraphs)}
${headCard ? '' : `${cardTail}\n`}<p class="avviso">温馨提示：在意大利如遇急症请拨打118，或前往最近医院的急诊（Pronto Soccorso）。</p>
</td></tr></table></div>
<div class="o cl ptm pbm"><span>Condividi:</span> <a href="https://www.facebook.com/sharer.php">Facebook</a> <a href="https://api.whatsapp.com/send">WhatsApp</a> <a href="javascript:;">微信</a></div>
<div class="a_pt"><img src="${base}/data/attachment/common/${token(rng, 10)}.jpg" alt=""><p>${rng.pick(['普拉托华人牙科 中文服务', '米兰中意翻译陪诊', '罗马中医推拿针灸'])} Tel. +39 3${rng.int(10, 99)} ${rng.int(100, 999)} ${rng.int(1000, 9999)}</p></div>
</div>
${list}
<div id="comment" class="bm"><div class="bm_h"><h3>最新评论</h3></div><div id="comment_ul" class="bm_c">${commentHtml}</div></div>
</div></div>
<div id="ft" class="wp cl">欧联网 Ouchinese · 欧联时报 版权所有 · Powered by Discuz! X3.4</div>`;
    const meta = gbk ? '<meta http-equiv="Content-Type" content="text/html; charset=gbk">' : '<meta charset="utf-8">';
    const html = documentOf(`${page.question} - 健康 - 欧联网`, canonical, '', body, meta);
    return {
      body: gbk ? bytesIn(html, 'gbk') : Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { name: d.name, title: '专科医生', department: d.department, hospital, hospital_grade: null },
        date: dayForm !== 'dmy' || certainDayFirst(page.date!) ? page.date : null,
        format: 'unknown',
        related: itemsOf(related, href, canonical, () => null, datedList),
      }),
    };
  },
};

export const FRESH99_FAMILIES: readonly Family[] = [yahooKimoZhishiYishi, wyethMamaclubZhuanjia, eqxiuH5ZhuanjiaDayi, asanChineseZaixianZixun, chuansongWeixinZhuanjia, ouchineseYishengJieda];
