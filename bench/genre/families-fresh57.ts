import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type ExpectedItem, type Family, type Rendered } from './family.js';
import { ask, ASKER_LINES, cnDate, DISCLAIMERS, documentOf, FEW_TITLES, itemNum, personName, shift, token, topicWord, unpadded } from './ordinary-parts.js';
import { encode, esc } from './parts.js';
import type { TruthPage } from './truth.js';

/**
 * Fifty-seventh fresh held-out set (split `fresh-57`): written blind on 2026-12-02 — without reading the
 * reader (src/extract/ and its site profiles, src/flags/, src/validate/, src/core/genre-vocabulary.ts) or its
 * tests and without running it on these pages — and committed before its first run. Theme: **doctor Q&A pages
 * published through the content systems Chinese hospitals and small health sites run on, each with its
 * stack's own markup and leftovers**: a DedeCMS (织梦) article page, a hospital site's 在线问答 detail on
 * 帝国CMS or PHPCMS v9, a Discuz! X3 thread where a certified doctor answers on a later floor, a WordPress
 * site with the DW Question & Answer plugin, a 站群 SEO mirror that scraped a Q&A into its generic template,
 * and a small hospital's PbootCMS / MetInfo site whose 专家答疑 column prints Q&As as news items.
 *
 * The answer key holds what a careful person reads on the page as the dataset row; a field the page does not
 * print is null (format 'unknown'). Where a careful person could hesitate, the key decides (the README row says
 * the same):
 * - the asker's words (问题描述, 咨询内容, the 楼主's post, a quote of it) are none of the answer and date nothing;
 * - a hospital site's own name (its masthead, logo, footer) is the hospital of the doctor answering on it, and
 *   the grade the masthead prints beside it is that hospital's;
 * - a mirror's own 发布时间 is when it copied the page, not the answer's day: null unless the copied 回答时间 is kept;
 * - a forum signature, a 本帖最后由…编辑 line, a copied 点击查看更多 / 展开全部 prompt, 上一篇 / 下一篇 links, a
 *   description box repeating the answer's opening are none of the answer;
 * - a day without its year (`05-06`) or relative (`3 天前`) names no day: null;
 * - an item showing only its question (maybe a day) is a link: `paragraphs: []`.
 */

type Related = TruthPage['related'][number];


/** The expected related items at the site's address for each (`url`), with what `change` says of each. */
const itemsOf = (page: TruthPage, url: (r: Related) => string, change: (e: ExpectedItem, r: Related) => Partial<ExpectedItem>) =>
  expectedOf(page).related.map((e, i) => {
    const r = page.related[i]!;
    return { ...e, url: url(r), ...change(e, r) };
  });

/** The card as printed: the title and department where printed, the grade where shown. */
const cardOf = (page: TruthPage, o: { grade: boolean; title?: boolean; department?: boolean }) => ({
  ...page.doctor,
  title: o.title === false ? null : page.doctor.title,
  department: o.department === false ? null : page.doctor.department,
  hospital_grade: o.grade ? page.doctor.hospital_grade : null,
});

/** The asker's words after the question. */
const askerWords = (rng: Rng, page: TruthPage) => `${ask(page)}，${rng.pick(ASKER_LINES)}`;

/** Titles of other pages of the site (a pager, a feed), none of them the page's related items. */
const otherTitles = (rng: Rng, page: TruthPage, n: number) =>
  rng.shuffle(['会遗传吗？', '能根治吗？', '吃什么好？', '需要注意什么？', '要做哪些检查？', '多久能好？', '是什么原因引起的？', '挂什么科？']).slice(0, n).map((s) => `${topicWord(page)}${s}`);

/** A time with seconds: 14:22:31. */
const withSeconds = (rng: Rng, time: string) => `${time}:${String(rng.int(0, 59)).padStart(2, '0')}`;

// --- F1. dede-wenda ---

/**
 * F1. A DedeCMS 5.7 health Q&A site (www.jkwd120.com/wenda/2023/0506/{id}.html), the default article
 * template's markup: `w960` header and `module blue` menu, `.place` crumbs (当前位置: 主页 > 健康问答 > 科室 >),
 * `.viewbox` with `.title h2` (the question), `.info` (时间: the answer's day, 来源: 未知 / 本站, 作者: admin, 点击:
 * a count.php script), `.intro` (the description: the answer's opening cut with `...`) on 40%, `.content` of the
 * editor's `<p>`s (问题描述 on 60%, a label line 医生回答： / 专家解答：, the answer, the card as a 解答医生 line after
 * it) or a custom model's `.zjinfo` box of labelled lines before it (50%), an empty `dede_pages`, the `boxoff`
 * 分隔线, 上一篇 / 下一篇 and the `actbox` (收藏 挑错 推荐 打印); 相关问答 `ul.c1.ico2` of links with `(05-06)` or
 * `dl`s with a description and a full day on half; `pright` boxes 推荐内容 / 热点内容.
 */
const dedeWenda: Family = {
  name: 'dede-wenda',
  split: 'fresh-57',
  site: 'www.jkwd120.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.4);
    const box = rng.chance(0.5);
    const snippets = rng.chance(0.5);
    const path = (iso: string, num: number) => `/wenda/${iso.slice(0, 4)}/${iso.slice(5, 7)}${iso.slice(8, 10)}/${num}.html`;
    // The page prints no address of its own (no canonical, <base>, og:url or absolute link to its host): its links stay as printed.
    const url = (r: Related) => path(r.date!, itemNum(r));
    const hosp = `${esc(d.hospital!)}${gradeShown ? rng.pick([`（${d.hospital_grade}）`, ` ${d.hospital_grade}`]) : ''}`;
    const when = rng.pick([`${page.date} ${page.time}`, page.date!, `${page.date} ${withSeconds(rng, page.time)}`]);
    const zjinfo = `<div class="zjinfo"><img src="/uploads/allimg/${page.date!.slice(2, 4)}${page.date!.slice(5, 7)}/1-${token(rng, 8)}.jpg" width="100" height="120" /><ul>
<li><b>${rng.pick(['回答专家', '解答专家', '专家姓名'])}：</b>${esc(d.name!)}</li>
<li><b>${rng.pick(['职　　称', '职称'])}：</b>${d.title}</li>
<li><b>${rng.pick(['所在科室', '科　　室'])}：</b>${esc(d.department!)}</li>
<li><b>${rng.pick(['所在医院', '医　　院'])}：</b>${hosp}</li>
</ul></div>`;
    const cardLine = `<p>${rng.pick(['解答医生', '回答医生', '答疑专家'])}：${esc(d.name!)}　${d.title}　${hosp}　${esc(d.department!)}</p>`;
    const content = [
      rng.chance(0.6) ? `<p><strong>问题描述：</strong>${esc(askerWords(rng, page))}</p>` : '',
      `<p><strong>${rng.pick(['医生回答：', '专家解答：', '答：'])}</strong></p>`,
      ...page.paragraphs.map((p) => `<p>${esc(p)}</p>`),
      box ? '' : cardLine,
    ].filter(Boolean).join('\r\n');
    const [prev, next] = otherTitles(rng, page, 2);
    const relatedItems = page.related.map((r) =>
      snippets
        ? `<dl><dt><a href="${path(r.date!, itemNum(r))}" title="${esc(r.question)}">${esc(r.question)}</a></dt><dd>${esc(r.snippet)}</dd><dd class="time">${r.date}</dd></dl>`
        : `<li><a href="${path(r.date!, itemNum(r))}" title="${esc(r.question)}">${esc(r.question)}</a><span>(${r.date!.slice(5)})</span></li>`,
    );
    const related = page.related.length
      ? `<div class="xgwz"><dl class="tbox"><dt><strong>相关问答</strong></dt><dd>${snippets ? relatedItems.join('\n') : `<ul class="c1 ico2">\n${relatedItems.join('\n')}\n</ul>`}</dd></dl></div>`
      : '';
    const aid = page.item.num;
    const body = `<div class="header"><div class="top w960 center"><div class="title"><h1><a href="/"><img src="/templets/default/images/logo.gif" height="54" width="216" alt="健康问答网"/></a></h1></div>
<div class="banner"><script src="/plus/ad_js.php?aid=1" language="javascript"></script></div></div>
<div class="module blue mT10 wrapper w963"><div class="top"><div id="navMenu"><ul><li><a href="/"><span>主页</span></a></li><li><a href="/wenda/"><span>健康问答</span></a></li><li><a href="/jibing/"><span>疾病百科</span></a></li><li><a href="/yangsheng/"><span>养生保健</span></a></li></ul></div>
<div class="search"><form name="formsearch" action="/plus/search.php"><input type="hidden" name="kwtype" value="0" /><input name="q" type="text" class="search-keyword" id="search-keyword" value="在这里搜索..." /><button type="submit" class="search-submit">搜索</button></form></div></div></div></div>
<div class="w960 center clear mt1">
<div class="pleft">
<div class="place"><strong>当前位置:</strong> <a href='/'>主页</a> &gt; <a href='/wenda/'>健康问答</a> &gt; <a href='/wenda/ks${page.item.num % 40}/'>${esc(d.department!)}</a> &gt; </div>
<div class="viewbox">
<div class="title"><h2>${esc(page.question)}</h2></div>
<div class="info"><small>时间:</small>${when}<small>来源:</small>${rng.pick(['未知', '本站', '网络'])} <small>作者:</small>${rng.pick(['admin', '编辑部', 'jkwd'])} <small>点击:</small><script src="/plus/count.php?view=yes&aid=${aid}&mid=1" type='text/javascript' language="javascript"></script>次</div>
${rng.chance(0.4) ? `<div class="intro">${esc(page.paragraphs[0]!.slice(0, 48))}...</div>` : ''}
${box ? zjinfo : ''}
<div class="content"><table width='100%'><tr><td>
${content}
</td></tr></table></div>
<div class="dede_pages"><ul class="pagelist"></ul></div>
<div class="boxoff"><strong>------分隔线----------------------------</strong></div>
<div class="handle"><div class="context"><ul><li>上一篇：<a href='${path(shift(page.date!, -1), aid - 1)}'>${esc(prev!)}</a> </li><li>${rng.chance(0.3) ? '下一篇：没有了 ' : `下一篇：<a href='${path(shift(page.date!, 1), aid + 1)}'>${esc(next!)}</a> `}</li></ul></div>
<div class="actbox"><ul><li id="act-fav"><a href="/plus/stow.php?aid=${aid}" target="_blank">收藏</a></li><li id="act-err"><a href="/plus/erraddsave.php?aid=${aid}&title=${encodeURIComponent(page.question)}" target="_blank">挑错</a></li><li id="act-pus"><a href="/plus/recommend.php?aid=${aid}" target="_blank">推荐</a></li><li id="act-pnt"><a href="#" onClick="window.print();">打印</a></li></ul></div></div>
</div>
${related}
</div>
<div class="pright">
<div class="commend mt1"><dl class="tbox light"><dt class="light"><strong>推荐内容</strong></dt><dd class="light"><ul class="d4">${otherTitles(rng, page, 3).map((t, i) => `<li><a href="/wenda/tj/${aid + 100 + i}.html">${esc(t)}</a><p>${esc(t)}专家为您详细解答...</p></li>`).join('')}</ul></dd></dl></div>
<div class="hot mt1"><dl class="tbox light"><dt class="light"><strong>热点内容</strong></dt><dd class="light"><ul class="c1 ico2">${otherTitles(rng, page, 4).map((t, i) => `<li><a href="/wenda/hot/${aid + 200 + i}.html">${esc(t)}</a></li>`).join('')}</ul></dd></dl></div>
</div>
</div>
<div class="footer w960 center mt1 clear"><div class="footer_left"></div><div class="footer_body"><p class="powered">Powered by <a href="http://www.dedecms.com" title="织梦内容管理系统(DedeCMS)" target="_blank"><strong>DedeCMS_V57_UTF8_SP2</strong></a> &copy; 2004-2023 <a href="http://www.desdev.cn/" target="_blank">DesDev</a> Inc.<br /><div class="copyright">Copyright &copy; 2012-2023 健康问答网 版权所有 ${rng.pick(['京', '粤', '浙'])}ICP备${rng.int(10000000, 19999999)}号</div></p></div></div>`;
    const head = `<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="keywords" content="${esc(topicWord(page))},${esc(d.department!)}" />
<meta name="description" content="${esc(page.paragraphs[0]!.slice(0, 60))}" />
<link href="/templets/default/style/dedecms.css" rel="stylesheet" media="screen" type="text/css" />
<script language="javascript" type="text/javascript" src="/include/dedeajax2.js"></script>
`;
    const html = documentOf(`${page.question}_健康问答网`, null, head, body, '');
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardOf(page, { grade: gradeShown }),
        format: 'unknown',
        related: itemsOf(page, url, (e, r) => (snippets ? { format: 'unknown', date: r.date } : { paragraphs: [], format: 'unknown', date: null })),
      }),
    };
  },
};

// --- F2. hospital-cms-ask ---

/**
 * F2. A hospital's own site (its name in the masthead and footer, the grade beside it on half) whose
 * 在线问答 detail is printed by 帝国CMS (a 留言-style `table` of label cells: 咨询标题, 咨询科室, 咨 询 人, 咨询时间,
 * 咨询内容, 回复医生, 回复时间, 回复内容 — GBK on half) or PHPCMS v9 (`<h1>`, a 提问 `dl` with 提问人 / 科室 / 时间, a
 * 回复 `dl` and its `reply-info` line 回复医生 / 回复时间); the reply's lines parted by `<br />`; the doctor's title
 * after the name on 65%; a 问答须知 notice; 相关问答 links with a full day on half or none; a 最新问答 feed and a
 * 我要提问 button in the side column; `Powered by EmpireCMS` / `Powered by PHPCMS v9`.
 */
const hospitalCmsAsk: Family = {
  name: 'hospital-cms-ask',
  split: 'fresh-57',
  site: 'www.jzsrmyy.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const empire = rng.chance(0.5);
    const gradeShown = rng.chance(0.5);
    const titleShown = rng.chance(0.65);
    const itemDays = rng.chance(0.5);
    const asked = `${shift(page.date!, -rng.int(1, 3))} ${rng.pick(['08:12', '21:47', '13:05', '19:30'])}`;
    const replied = rng.pick([`${page.date} ${withSeconds(rng, page.time)}`, page.date!, cnDate(page.date!), `${page.date!.slice(0, 4)}年${page.date!.slice(5, 7)}月${page.date!.slice(8, 10)}日`]);
    const doctor = `${esc(d.name!)}${titleShown ? rng.pick([` ${d.title}`, `（${d.title}）`]) : ''}`;
    const reply = page.paragraphs.map(esc).join('<br />\r\n');
    const asker = rng.pick(['张**', '李女士', '游客', `网友${token(rng, 4)}`]);
    const url = (r: Related) =>
      empire ? `http://www.jzsrmyy.cn/html/zxwd/${itemNum(r)}.html` : `http://www.jzsrmyy.cn/index.php?m=content&c=index&a=show&catid=${18}&id=${itemNum(r)}`;
    const detail = empire
      ? `<table class="ly_table" width="100%" border="0" cellpadding="6" cellspacing="1" bgcolor="#D7E3F0">
<tr bgcolor="#F3F8FD"><td width="16%" align="right"><strong>咨询标题：</strong></td><td>${esc(page.question)}</td></tr>
<tr bgcolor="#FFFFFF"><td align="right">咨询科室：</td><td>${esc(d.department!)}</td></tr>
<tr bgcolor="#FFFFFF"><td align="right">咨 询 人：</td><td>${esc(asker)}</td></tr>
<tr bgcolor="#FFFFFF"><td align="right">咨询时间：</td><td>${asked}</td></tr>
<tr bgcolor="#FFFFFF"><td align="right">咨询内容：</td><td>${esc(askerWords(rng, page))}</td></tr>
<tr bgcolor="#F3F8FD"><td align="right">回复医生：</td><td>${doctor}</td></tr>
<tr bgcolor="#F3F8FD"><td align="right">回复时间：</td><td>${replied}</td></tr>
<tr bgcolor="#F3F8FD"><td align="right" valign="top">回复内容：</td><td style="line-height:26px">${reply}</td></tr>
</table>`
      : `<div class="guestbook-show"><h1>${esc(page.question)}</h1>
<div class="ask"><dl><dt>提问：</dt><dd>${esc(askerWords(rng, page))}</dd></dl><p class="ask-info"><span>提问人：${esc(asker)}</span><span>科室：${esc(d.department!)}</span><span>时间：${asked}</span></p></div>
<div class="reply"><dl><dt>回复：</dt><dd>${reply}</dd></dl><p class="reply-info"><span>回复医生：${doctor}</span> <span>回复时间：${replied}</span></p></div>
</div>`;
    const related = page.related.length
      ? `<div class="xgwd"><div class="tit"><h3>相关问答</h3></div><ul class="list">${page.related
          .map((r) => `<li><a href="${url(r)}" target="_blank">${esc(r.question)}</a>${itemDays ? `<span class="rt">${r.date}</span>` : ''}</li>`)
          .join('\n')}</ul></div>`
      : '';
    const masthead = `<div class="header"><div class="logo"><a href="/"><img src="/${empire ? 'skin/default' : 'statics'}/images/logo.png" alt="${esc(d.hospital!)}"></a></div>
<div class="hos-name"><h2>${esc(d.hospital!)}</h2>${gradeShown ? `<span class="dj">${d.hospital_grade}医院</span>` : ''}</div>
<div class="tel">预约电话：0${rng.int(100, 999)}-${rng.int(1000000, 8999999)}</div></div>
<div class="nav"><ul><li><a href="/">网站首页</a></li><li><a href="/yygk/">医院概况</a></li><li><a href="/ksdh/">科室导航</a></li><li><a href="/zjjs/">专家介绍</a></li><li><a href="/jzzn/">就诊指南</a></li><li class="on"><a href="/zxwd/">在线问答</a></li></ul></div>`;
    const body = `${masthead}
<div class="main clearfix">
<div class="crumbs">当前位置：<a href="/">首页</a><span> &gt; </span><a href="/zxwd/">在线问答</a><span> &gt; </span>详细内容</div>
<div class="left">
${detail}
<div class="notice">问答须知：${rng.pick(['网上咨询仅供参考，不作为诊断和治疗依据，具体请到医院就诊。', '本栏目回复仅作参考，病情变化请及时来院就诊。'])}</div>
${related}
</div>
<div class="right"><div class="ask-btn"><a href="/zxwd/ask.html">我要提问</a></div>
<div class="box"><div class="tit">最新问答</div><ul>${otherTitles(rng, page, 4).map((t, i) => `<li><a href="/zxwd/${page.item.num + 300 + i}.html">${esc(t)}</a></li>`).join('')}</ul></div></div>
</div>
<div class="footer"><p>版权所有：${esc(d.hospital!)}　地址：${esc(d.hospital!.replace(/市.*$/u, '市'))}人民路${rng.int(1, 300)}号</p><p>${empire ? 'Powered by EmpireCMS' : 'Powered by PHPCMS v9'}　ICP备案号：${rng.int(10000000, 19999999)}号</p></div>`;
    const gbk = empire && rng.chance(0.5);
    const charset = gbk ? '<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />' : '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />';
    const html = documentOf(`${page.question}-在线问答-${d.hospital}`, null, '<link href="/css/style.css" rel="stylesheet" type="text/css" />\n', body, charset);
    return {
      body: gbk ? encode(html, 'gb2312-http-equiv') : Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardOf(page, { grade: gradeShown, title: titleShown }),
        format: 'unknown',
        related: itemsOf(page, url, (e, r) => ({ paragraphs: [], format: 'unknown', date: itemDays ? r.date : null })),
      }),
    };
  },
};

// --- F3. discuz-doctor-floor ---

/**
 * F3. A 医患论坛 on Discuz! X3.4 (bbs.yihuan365.com/thread-{tid}-1-1.html): `#hd` nav, `#pt` crumbs, `h1.ts`
 * with a thread type `[科室]` link on 60% and `#thread_subject`, 查看 / 回复 counts; posts as `table.plhin`:
 * the `pls` column (username, avatar, 主题 / 帖子 / 积分, the user group, on the doctor's post a `pil` list of
 * profile fields 真实姓名 / 职称 / 所在医院 / 科室 on 70% and a 认证医师 medal), the `plc` column (the floor
 * 楼主 / 沙发 / 板凳 / 地板 / N#, `发表于 2023-5-6 14:22`, `td.t_f#postmessage_{pid}` with `<br />` lines, a
 * signature). The 楼主 asks; members' floors (同问, 帮顶) come before the doctor's on the 2nd–5th floor and
 * thanks after it; the doctor's post may open with a quote of the 楼主 (40%) or a 本帖最后由…编辑 line (20%);
 * where no profile fields show, the username is `{name}医生` and the signature carries the title, hospital
 * and department; 相关帖子 links on 60%.
 */
const discuzDoctorFloor: Family = {
  name: 'discuz-doctor-floor',
  split: 'fresh-57',
  site: 'bbs.yihuan365.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const profile = rng.chance(0.7);
    const gradeShown = rng.chance(0.3);
    const doubleBreaks = rng.chance(0.5);
    const showRelated = rng.chance(0.6);
    const doctorFloor = rng.int(2, 5);
    const floors = rng.int(doctorFloor, doctorFloor + 3);
    const tid = page.item.num;
    const hosp = `${esc(d.hospital!)}${gradeShown ? `（${d.hospital_grade}）` : ''}`;
    const asker = `${rng.pick(['xiaoyu', 'mm', 'sunny', 'lucky', 'yy'])}${rng.int(1980, 2005)}`;
    const askedDay = shift(page.date!, -rng.int(0, 2));
    const askedAt = `${unpadded(askedDay, '-')} ${rng.pick(['9:41', '20:11', '23:05', '12:30'])}`;
    const floorName = (n: number) => (n === 1 ? '楼主' : n === 2 ? '沙发' : n === 3 ? '板凳' : n === 4 ? '地板' : `${n}<sup>#</sup>`);
    const username = profile ? rng.pick([`dr_${token(rng, 4)}`, `${d.name}医生`, `${d.department}${d.name!.slice(0, 1)}大夫`]) : `${d.name}医生`;
    const br = doubleBreaks ? '<br />\r\n<br />\r\n' : '<br />\r\n';
    const quote = rng.chance(0.4)
      ? `<div class="quote"><blockquote><font size="2"><a href="forum.php?mod=redirect&amp;goto=findpost&amp;pid=${tid * 10 + 1}&amp;ptid=${tid}" target="_blank"><font color="#999999">${asker} 发表于 ${askedAt}</font></a></font><br />\r\n${esc(askerWords(rng, page).slice(0, 30))} ...</blockquote></div><br />\r\n`
      : '';
    const edited = rng.chance(0.2) ? `<i class="pstatus"> 本帖最后由 ${esc(username)} 于 ${unpadded(shift(page.date!, 1), '-')} 09:${rng.int(10, 59)} 编辑 </i><br />\r\n<br />\r\n` : '';
    const signature = profile
      ? rng.pick([`${esc(d.department!)}门诊时间：每周${rng.pick(['一', '二', '三', '四', '五'])}${rng.pick(['上午', '下午', '全天'])}`, '专注慢病管理，欢迎来院复诊。', ''])
      : `${hosp} ${esc(d.department!)} ${d.title}<br />门诊时间：每周${rng.pick(['二', '四'])}上午`;
    const pil = profile
      ? `<dl class="pil cl"><dt>积分</dt><dd>${rng.int(200, 9000)}</dd><dt>真实姓名</dt><dd>${esc(d.name!)}</dd><dt>职称</dt><dd>${d.title}</dd><dt>所在医院</dt><dd>${hosp}</dd><dt>科室</dt><dd>${esc(d.department!)}</dd></dl>`
      : `<dl class="pil cl"><dt>积分</dt><dd>${rng.int(200, 9000)}</dd><dt>在线时间</dt><dd>${rng.int(10, 900)} 小时</dd></dl>`;
    const memberLines = ['同问，我也有这种情况', '顶一下，等医生回复', '帮顶', '楼主去医院看看吧', '我家孩子之前也这样，关注一下'];
    const post = (n: number) => {
      const pid = tid * 10 + n;
      const isDoctor = n === doctorFloor;
      const who = n === 1 ? asker : isDoctor ? username : rng.pick(['路过的猫', 'health_fan', '静待花开', `游客${token(rng, 3)}`, '小马哥']);
      const day = n === 1 ? askedAt : isDoctor ? `${unpadded(page.date!, '-')} ${page.time.replace(/^0/, '')}` : `${unpadded(n < doctorFloor ? askedDay : shift(page.date!, rng.int(0, 2)), '-')} ${rng.int(7, 23)}:${rng.int(10, 59)}`;
      const message =
        n === 1
          ? `${esc(askerWords(rng, page))}<br />\r\n求医生解答，谢谢！`
          : isDoctor
            ? `${quote}${edited}${page.paragraphs.map(esc).join(br)}`
            : n > doctorFloor
              ? rng.pick(['谢谢医生，明白了！', '感谢医生的详细解答', '学习了，收藏', '医生说得很清楚，顶'])
              : rng.pick(memberLines);
      const group = isDoctor ? '认证医师' : rng.pick(['注册会员', '中级会员', '新手上路']);
      const medal = isDoctor ? `<p class="md_ctrl"><a href="home.php?mod=medal"><img src="static/image/common/medal_doctor.png" alt="认证医师" title="认证医师" /></a></p>` : '';
      return `<div id="post_${pid}"><table id="pid${pid}" class="plhin" summary="pid${pid}" cellspacing="0" cellpadding="0">
<tr><td class="pls" rowspan="2"><div id="favatar${pid}" class="pls favatar"><div class="pi"><div class="authi"><a href="home.php?mod=space&amp;uid=${pid % 99991}" target="_blank" class="xw1">${esc(who)}</a></div></div>
<div><div class="avatar"><a href="home.php?mod=space&amp;uid=${pid % 99991}" class="avtm" target="_blank"><img src="uc_server/avatar.php?uid=${pid % 99991}&amp;size=middle" /></a></div></div>
<div class="tns xg2"><table cellspacing="0" cellpadding="0"><th><p><a href="#" class="xi2">${rng.int(0, 300)}</a></p>主题</th><th><p><a href="#" class="xi2">${rng.int(1, 3000)}</a></p>帖子</th><td><p><a href="#" class="xi2">${rng.int(10, 9000)}</a></p>积分</td></table></div>
<p><em><a href="home.php?mod=spacecp&amp;ac=usergroup&amp;gid=${isDoctor ? 21 : 11}" target="_blank">${group}</a></em></p>
${isDoctor ? pil : ''}${medal}</div></td>
<td class="plc"><div class="pi"><strong><a href="forum.php?mod=redirect&amp;goto=findpost&amp;ptid=${tid}&amp;pid=${pid}" id="postnum${pid}">${floorName(n)}</a></strong>
<div class="pti"><div class="pdbt"></div><div class="authi"><img class="authicn vm" id="authicon${pid}" src="static/image/common/online_member.gif" /> <em id="authorposton${pid}">发表于 ${day}</em><span class="pipe">|</span><a href="forum.php?mod=viewthread&amp;tid=${tid}&amp;page=1&amp;authorid=${pid % 99991}" rel="nofollow">只看该作者</a></div></div></div>
<div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_${pid}">
${message}</td></tr></table></div></div></div></td></tr>
<tr><td class="plc plm">${isDoctor && signature ? `<div class="sign" style="max-height:100px;maxHeightIE:100px;">${signature}</div>` : ''}</td></tr>
<tr><td class="pls"></td><td class="plc"><div class="po hin"><div class="pob cl"><em><a class="fastre" href="forum.php?mod=post&amp;action=reply&amp;tid=${tid}&amp;repquote=${pid}">回复</a></em><p><a href="javascript:;">举报</a></p></div></div></td></tr>
</table></div>`;
    };
    const url = (r: Related) => `http://bbs.yihuan365.com/thread-${itemNum(r)}-1-1.html`;
    const related =
      showRelated && page.related.length
        ? `<div class="mtw mbw"><h3 class="pbm mbm bbda">相关帖子</h3><ul class="xl xl2 cl">${page.related.map((r) => `<li>&#8226; <a href="thread-${itemNum(r)}-1-1.html" title="${esc(r.question)}" target="_blank">${esc(r.question)}</a></li>`).join('\n')}</ul></div>`
        : '';
    const typeLink = rng.chance(0.6) ? `<a href="forum.php?mod=forumdisplay&amp;fid=${tid % 50}&amp;filter=typeid&amp;typeid=${tid % 9}">[${esc(d.department!)}]</a> ` : '';
    const body = `<div id="toptb" class="cl"><div class="wp"><div class="z"><a href="javascript:;" onclick="setHomepage('http://bbs.yihuan365.com/');">设为首页</a><a href="javascript:;" onclick="addFavorite(this.href, '医患交流论坛');">收藏本站</a></div><div class="y"><a href="member.php?mod=register">立即注册</a> <a href="member.php?mod=logging&amp;action=login">登录</a></div></div></div>
<div id="hd"><div class="wp"><div class="hdc cl"><h2><a href="./" title="医患交流论坛"><img src="static/image/common/logo.png" alt="医患交流论坛" border="0" /></a></h2></div>
<div id="nv"><ul><li class="a" id="mn_forum"><a href="forum.php" hidefocus="true">论坛</a></li><li id="mn_portal"><a href="portal.php">健康资讯</a></li><li id="mn_home"><a href="home.php">家园</a></li></ul></div></div></div>
<div id="wp" class="wp">
<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm" title="首页">医患交流论坛</a> <em>&rsaquo;</em> <a href="forum.php">论坛</a> <em>&rsaquo;</em> <a href="forum-${tid % 50}-1.html">${esc(d.department!)}问答区</a> <em>&rsaquo;</em> <a href="thread-${tid}-1-1.html">${esc(page.question.slice(0, 20))}</a></div></div>
<div class="wp a_t"><a href="plugin.php?id=ad&amp;n=${rng.int(1, 9)}" target="_blank"><img src="data/attachment/common/${token(rng, 8)}.gif" /></a></div>
<div id="ct" class="wp cl"><div id="postlist" class="pl bm">
<table cellspacing="0" cellpadding="0"><tr><td class="pls ptn pbn"><div class="hm ptn"><span class="xg1">查看:</span> <span class="xi1">${rng.int(100, 9000)}</span><span class="pipe">|</span><span class="xg1">回复:</span> <span class="xi1">${floors - 1}</span></div></td>
<td class="plc ptm pbn vwthd"><h1 class="ts">${typeLink}<span id="thread_subject">${esc(page.question)}</span></h1><span class="xg1"><a href="forum.php?mod=viewthread&amp;tid=${tid}" onclick="return copyThreadUrl(this, '医患交流论坛')">[复制链接]</a></span></td></tr></table>
${Array.from({ length: floors }, (_, i) => post(i + 1)).join('\n')}
</div>
<div class="pgs mtm mbm cl"><a href="forum-${tid % 50}-1.html" class="y pgsbtn">返回列表</a></div>
${related}
<div class="bm"><div class="bm_c">温馨提示：${rng.pick(DISCLAIMERS)}</div></div>
</div></div>
<div id="ft" class="wp cl"><div id="flk" class="y"><p><a href="archiver/">Archiver</a><span class="pipe">|</span><a href="forum.php?mobile=yes">手机版</a><span class="pipe">|</span><strong><a href="/" target="_blank">医患交流论坛</a></strong></p></div>
<div id="frt"><p>Powered by <strong><a href="http://www.discuz.net" target="_blank">Discuz!</a></strong> <em>X3.4</em></p><p class="xs0">&copy; 2001-2023 <a href="http://www.comsenz.com" target="_blank">Comsenz Inc.</a></p></div></div>`;
    const head = `<meta name="keywords" content="${esc(page.question)}" />
<meta name="generator" content="Discuz! X3.4" />
<link rel="stylesheet" type="text/css" href="data/cache/style_1_common.css?${token(rng, 4)}" />
<script type="text/javascript">var STYLEID = '1', STATICURL = 'static/', IMGDIR = 'static/image/common', VERHASH = '${token(rng, 4)}', charset = 'utf-8', discuz_uid = '0', cookiepre = '${token(rng, 4)}_', cookiedomain = '', cookiepath = '/', showusercard = '1', attackevasive = '0', disallowfloat = 'newthread', creditnotice = '', defaultstyle = '', REPORTURL = '', SITEURL = 'http://bbs.yihuan365.com/', JSPATH = 'data/cache/';</script>
`;
    const html = documentOf(`${page.question} - ${d.department}问答区 - 医患交流论坛 - Powered by Discuz!`, `http://bbs.yihuan365.com/thread-${tid}-1-1.html`, head, body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardOf(page, { grade: gradeShown }),
        format: 'unknown',
        related: showRelated ? itemsOf(page, url, () => ({ paragraphs: [], format: 'unknown', date: null })) : [],
      }),
    };
  },
};

// --- F4. wp-dwqa ---

/** WordPress's Chinese time of day: 下午2:22. */
const wpTime = (time: string) => {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return `${h < 12 ? '上午' : '下午'}${h % 12 === 0 ? 12 : h % 12}:${String(m).padStart(2, '0')}`;
};

/**
 * F4. A WordPress health site with the DW Question & Answer plugin (www.jiankangda.net/question/{id}/):
 * `body.single-dwqa-question`, the theme's header and menu, `.dwqa-single-question`: the question's `<h1
 * class="entry-title">`, `.dwqa-question-item` (votes, the asker's meta `提问于` a few days before, the asker's words
 * in `.dwqa-question-content`, 分类 / 标签 in its footer), `.dwqa-answers-title` (N 个回答), `.dwqa-answer-item`s:
 * the doctor's marked `dwqa-best-answer` (a 最佳答案 label on 60%), first on 70% else after a member's answer;
 * its meta (avatar, display name `{name}` or `{name}医生`, a 认证医生 / 专家 badge, `回答于` a day with WordPress's
 * 下午2:22, ISO with time, or `3 天前` on 25%: null), an author box (title, hospital with grade on 40%,
 * department), `.dwqa-answer-content` as `<p>`s (Gutenberg `<!-- wp:paragraph -->` comments on half), on 40% of
 * voice / video answers a `wp-block-audio` / `wp-block-video` figure before the text; comments under it; a
 * `wp-block-group` disclaimer; Jetpack's related posts (title, date on 60%, 在"科室"中, the excerpt on half) or
 * YARPP's `相关问题:` list (an excerpt in `<small>` on half); a sidebar of block widgets (最新问题, 标签云).
 */
const wpDwqa: Family = {
  name: 'wp-dwqa',
  split: 'fresh-57',
  site: 'www.jiankangda.net',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.4);
    const relativeDay = rng.chance(0.25);
    const doctorFirst = rng.chance(0.7);
    const member = !doctorFirst || rng.chance(0.5);
    const blocks = rng.chance(0.5);
    const player = page.format !== 'text' && rng.chance(0.4);
    const jetpack = rng.chance(0.5);
    const excerpts = rng.chance(0.5);
    const itemDays = jetpack && rng.chance(0.6);
    const url = (r: Related) => `https://www.jiankangda.net/question/${itemNum(r)}/`;
    const when = relativeDay ? `${rng.int(2, 6)} 天前` : rng.pick([`${cnDate(page.date!)} ${wpTime(page.time)}`, `${page.date} ${page.time}`]);
    const slug = `doctor-${token(rng, 5)}`;
    const avatar = `<img alt='' src='https://secure.gravatar.com/avatar/${token(rng, 32)}?s=48&#038;d=mm&#038;r=g' class='avatar avatar-48 photo' height='48' width='48' loading='lazy' decoding='async'/>`;
    const media =
      player && page.format === 'voice'
        ? `<figure class="wp-block-audio"><audio controls src="/wp-content/uploads/${page.date!.slice(0, 4)}/${page.date!.slice(5, 7)}/${token(rng, 10)}.mp3"></audio><figcaption class="wp-element-caption">${rng.pick(['医生语音解答', '语音回答'])}</figcaption></figure>\n`
        : player
          ? `<figure class="wp-block-video"><video controls src="/wp-content/uploads/${page.date!.slice(0, 4)}/${page.date!.slice(5, 7)}/${token(rng, 10)}.mp4"></video><figcaption class="wp-element-caption">${rng.pick(['医生视频解答', '视频回答'])}</figcaption></figure>\n`
          : '';
    const text = page.paragraphs.map((p) => (blocks ? `<!-- wp:paragraph -->\n<p>${esc(p)}</p>\n<!-- /wp:paragraph -->` : `<p>${esc(p)}</p>`)).join('\n');
    const hosp = `${esc(d.hospital!)}${gradeShown ? ` <span class="hospital-level">${d.hospital_grade}</span>` : ''}`;
    const author = rng.pick([
      `<div class="dwqa-answer-author-info"><span class="author-title">${d.title}</span><span class="author-hospital">${hosp}</span><span class="author-dept">${esc(d.department!)}</span></div>`,
      `<div class="dwqa-answer-author-info"><p>${d.title} | ${hosp} | ${esc(d.department!)}</p></div>`,
    ]);
    const doctorAnswer = `<div class="dwqa-answer-item dwqa-best-answer" id="answer-${page.item.num + 1}">
<div class="dwqa-answer-vote" data-nonce="${token(rng, 10)}" data-post="${page.item.num + 1}"><span class="dwqa-vote-count">${rng.int(0, 40)}</span><a class="dwqa-vote dwqa-vote-up" href="#">投票</a><a class="dwqa-vote dwqa-vote-down" href="#">反对</a></div>
${rng.chance(0.6) ? '<span class="dwqa-pick-best-answer dwqa-best-answer-label">最佳答案</span>\n' : ''}<div class="dwqa-answer-meta"><span><a href="https://www.jiankangda.net/author/${slug}/">${avatar}${esc(rng.chance(0.5) ? d.name! : `${d.name}医生`)}</a> <span class="dwqa-label dwqa-label-expert">${rng.pick(['认证医生', '专家'])}</span> 回答于 ${when}</span></div>
${author}
<div class="dwqa-answer-content">${media}${text}</div>
<div class="dwqa-comments"><div class="dwqa-comments-list"></div><div class="dwqa-comments-form"><a href="#" class="dwqa-comment-show-button">添加评论</a></div></div>
</div>`;
    const memberAnswer = `<div class="dwqa-answer-item" id="answer-${page.item.num + 2}">
<div class="dwqa-answer-vote"><span class="dwqa-vote-count">${rng.int(0, 5)}</span></div>
<div class="dwqa-answer-meta"><span><a href="https://www.jiankangda.net/author/user${token(rng, 4)}/">${avatar}${rng.pick(['路人甲', '小太阳', '过来人'])}</a> 回答于 ${rng.int(2, 9)} 天前</span></div>
<div class="dwqa-answer-content"><p>${rng.pick(['我之前也有类似情况，后来去医院查了一下，医生说问题不大，注意休息就好了。', '建议还是去正规医院看看，网上说的仅供参考。'])}</p></div>
</div>`;
    const answers = [doctorFirst ? doctorAnswer : memberAnswer, doctorFirst ? (member ? memberAnswer : '') : doctorAnswer].filter(Boolean);
    const relatedHtml = !page.related.length
      ? ''
      : jetpack
        ? `<div id='jp-relatedposts' class='jp-relatedposts' style="display: block;"><h3 class="jp-relatedposts-headline"><em>相关</em></h3><div class="jp-relatedposts-items jp-relatedposts-items-minimal jp-relatedposts-grid">${page.related
            .map(
              (r, i) =>
                `<div class="jp-relatedposts-post jp-relatedposts-post${i} jp-relatedposts-post-thumbs" data-post-id="${itemNum(r)}" data-post-format="false"><h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="${url(r)}" title="${esc(r.question)}" rel="nofollow" data-origin="${page.item.num}" data-position="${i}">${esc(r.question)}</a></h4>${
                  excerpts ? `<p class="jp-relatedposts-post-excerpt">${esc(r.snippet)}</p>` : ''
                }${itemDays ? `<p class="jp-relatedposts-post-date">${cnDate(r.date!)}</p>` : ''}<p class="jp-relatedposts-post-context">在“${esc(d.department!)}”中</p></div>`,
            )
            .join('')}</div></div>`
        : `<div class='yarpp yarpp-related yarpp-related-website yarpp-template-list'>\n<!-- YARPP List -->\n<h3>相关问题:</h3><ol>${page.related
            .map((r) => `<li><a href="${url(r)}" rel="bookmark" title="${esc(r.question)}">${esc(r.question)}</a>${excerpts ? ` <small>${esc(r.snippet)}</small>` : ''}</li>`)
            .join('\n')}</ol>\n</div>`;
    const body = `<div id="page" class="site"><a class="skip-link screen-reader-text" href="#primary">跳至内容</a>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="https://www.jiankangda.net/" rel="home">健康答</a></p><p class="site-description">医生在线解答你的健康问题</p></div>
<nav id="site-navigation" class="main-navigation"><div class="menu-main-container"><ul id="primary-menu" class="menu"><li class="menu-item"><a href="/">首页</a></li><li class="menu-item current-menu-item"><a href="/questions/">问答</a></li><li class="menu-item"><a href="/ask/">提问</a></li><li class="menu-item"><a href="/category/kepu/">科普</a></li></ul></div></nav></header>
<div id="content" class="site-content"><main id="primary" class="site-main">
<article id="post-${page.item.num}" class="post-${page.item.num} dwqa-question type-dwqa-question status-publish hentry"><header class="entry-header"><h1 class="entry-title">${esc(page.question)}</h1></header>
<div class="entry-content"><div class="dwqa-container"><div class="dwqa-single-question">
<div class="dwqa-question-item"><div class="dwqa-question-vote"><span class="dwqa-vote-count">${rng.int(0, 20)}</span></div>
<div class="dwqa-question-meta"><span><a href="https://www.jiankangda.net/author/user${token(rng, 4)}/">${avatar}${rng.pick(['匿名用户', '小鱼儿', 'lily'])}</a> 提问于 ${cnDate(shift(page.date!, -rng.int(1, 4)))}</span><span class="dwqa-question-actions"></span><span class="dwqa-status dwqa-status-resolved" title="已解决">已解决</span></div>
<div class="dwqa-question-content"><p>${esc(askerWords(rng, page))}</p></div>
<footer class="dwqa-question-footer"><div class="dwqa-question-meta"><span class="dwqa-question-category">分类：<a href="/question-category/${token(rng, 4)}/" rel="tag">${esc(d.department!)}</a></span> <span class="dwqa-question-tag">标签：<a href="/question-tag/${token(rng, 4)}/" rel="tag">${esc(topicWord(page))}</a></span></div></footer></div>
<div class="dwqa-answers"><div class="dwqa-answers-title">${answers.length} 个回答</div><div class="dwqa-answers-list">
${answers.join('\n')}
</div></div>
</div></div>
<div class="wp-block-group has-pale-cyan-blue-background-color has-background"><p>${rng.pick(DISCLAIMERS)}</p></div>
${relatedHtml}
</div></article>
<nav class="navigation post-navigation" aria-label="文章"><h2 class="screen-reader-text">文章导航</h2><div class="nav-links"><div class="nav-previous"><a href="/question/${page.item.num - 1}/" rel="prev"><span class="nav-subtitle">上一个问题：</span> <span class="nav-title">${esc(otherTitles(rng, page, 1)[0]!)}</span></a></div></div></nav>
</main>
<aside id="secondary" class="widget-area"><section id="block-2" class="widget widget_block"><div class="wp-block-group"><h2 class="wp-block-heading">最新问题</h2><ul class="wp-block-latest-posts__list wp-block-latest-posts">${otherTitles(rng, page, 4).map((t, i) => `<li><a class="wp-block-latest-posts__post-title" href="/question/${page.item.num + 50 + i}/">${esc(t)}</a></li>`).join('')}</ul></div></section>
<section id="block-3" class="widget widget_block"><div class="wp-block-group"><h2 class="wp-block-heading">标签</h2><p class="wp-block-tag-cloud"><a href="/question-tag/a/" class="tag-cloud-link" style="font-size: 14pt;">${esc(topicWord(page))}</a> <a href="/question-tag/b/" class="tag-cloud-link" style="font-size: 9pt;">${esc(d.department!)}</a></p></div></section></aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info"><a href="https://cn.wordpress.org/">自豪地采用WordPress</a><span class="sep"> | </span>主题：Astra</div></footer></div>
<script src="/wp-content/plugins/dw-question-answer/templates/assets/js/dwqa-single-question.js?ver=1.5.9" id="dwqa-single-question-js"></script>`;
    const head = `<meta name='robots' content='index, follow, max-image-preview:large' />
<link rel='stylesheet' id='dwqa-style-css' href='/wp-content/plugins/dw-question-answer/templates/assets/css/style.css?ver=1.5.9' media='all' />
<meta name="generator" content="WordPress 6.2.2" />
`;
    const html = documentOf(`${page.question} – 健康答`, `https://www.jiankangda.net/question/${page.item.num}/`, head, body).replace('<body>', `<body class="dwqa-question-template-default single single-dwqa-question postid-${page.item.num}">`);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardOf(page, { grade: gradeShown }),
        date: relativeDay ? null : page.date,
        format: player ? page.format : 'unknown',
        related: itemsOf(page, url, (e, r) => ({ paragraphs: excerpts ? e.paragraphs : [], format: 'unknown', date: itemDays ? r.date : null })),
      }),
    };
  },
};

// --- F5. zhanqun-mirror ---

/**
 * F5. A 站群 SEO mirror (www.jbzx365.cn/html/{id}.html) that scraped a Q&A into its generic article template:
 * the `<title>` and `<h1>` stuffed with keywords after the question (`_胃炎怎么办_胃炎吃什么药好`, a `（…）` tail),
 * meta keywords and description of the same, 当前位置 crumbs of keywords, the mirror's own 发布时间 (months
 * or years after the answer), 来源 and 阅读 counts; in `.article-content` a keyword 导读 paragraph on 50%, the
 * copied Q&A: `问题：` the question restated on half, 问题描述 on half, a `医生回答：` / `{name}医生的回答：` label,
 * the answer's `<p>`s, the copied card (回答医生 name title, 所在医院 / 科室; grade on 30%) before or after them, the
 * source's 回答时间 on half (else no day of the answer), its leftovers (`展开全部`, `点击查看更多医生回答>>`,
 * `有帮助(23)`); `本文来源于网络，如有侵权请联系删除`; a 热门标签 keyword cloud, 相关阅读 as a tag cloud of the
 * questions' links, 热门文章 of spam titles; baidu push and 统计 scripts; GBK on 30%.
 */
const zhanqunMirror: Family = {
  name: 'zhanqun-mirror',
  split: 'fresh-57',
  site: 'www.jbzx365.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const kw = topicWord(page);
    const gradeShown = rng.chance(0.3);
    const answerDay = rng.chance(0.5);
    const cardFirst = rng.chance(0.5);
    const gbk = rng.chance(0.3);
    const stuffing = `_${kw}怎么办_${kw}吃什么药好`;
    const h1 = rng.pick([`${page.question}${stuffing}`, `${page.question}（${kw}的治疗方法）`, `${page.question}_${kw}怎么治疗效果好`]);
    const mirrored = shift(page.date!, rng.int(200, 900));
    const url = (r: Related) => `http://www.jbzx365.cn/html/${itemNum(r)}.html`;
    const card = `<p>回答医生：${esc(d.name!)} ${d.title}</p>\r\n<p>所在医院：${esc(d.hospital!)}${gradeShown ? `（${d.hospital_grade}）` : ''}　科室：${esc(d.department!)}</p>`;
    const content = [
      rng.chance(0.5) ? `<p>${esc(`${kw}是很多人关心的问题，${kw}怎么办？${kw}吃什么药好？下面一起来看看专家的解答。`)}</p>` : '',
      rng.chance(0.5) ? `<p><strong>问题：</strong>${esc(page.question)}</p>` : '',
      rng.chance(0.5) ? `<p>问题描述：${esc(askerWords(rng, page))}</p>` : '',
      cardFirst ? card : '',
      `<p><strong>${rng.pick(['医生回答：', `${esc(d.name!)}医生的回答：`, '专家解答：'])}</strong></p>`,
      ...page.paragraphs.map((p) => `<p>${esc(p)}</p>`),
      rng.pick(['<p>展开全部</p>', '<p><a href="javascript:;">点击查看更多医生回答&gt;&gt;</a></p>', '<p>有帮助(' + rng.int(3, 90) + ')　无帮助</p>', '']),
      answerDay ? `<p>回答时间：${rng.pick([page.date!, `${page.date} ${page.time}`, cnDate(page.date!)])}</p>` : '',
      cardFirst ? '' : card,
    ].filter(Boolean).join('\r\n');
    const tags = [kw, `${kw}症状`, `${kw}治疗`, `${kw}吃什么好`, `${kw}医院`, `${kw}偏方`];
    const related = page.related.length
      ? `<div class="xgyd"><h3>相关阅读</h3><div class="tagcloud">${page.related
          .map((r) => `<a href="/html/${itemNum(r)}.html" style="font-size:${rng.int(12, 18)}px;color:#${token(rng, 6)}" target="_blank">${esc(r.question)}</a>`)
          .join(' ')}</div></div>`
      : '';
    const body = `<div class="top"><div class="w1000"><span>欢迎来到疾病知识网！</span><a href="/sitemap.xml">网站地图</a></div></div>
<div class="header w1000"><div class="logo"><a href="/"><img src="/static/img/logo.png" alt="疾病知识网"></a></div><div class="nav"><a href="/">首页</a><a href="/html/jb/">疾病</a><a href="/html/zz/">症状</a><a href="/html/yp/">药品</a><a href="/html/ys/">养生</a></div></div>
<div class="w1000 main">
<div class="left">
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/tag/${token(rng, 6)}.html">${esc(kw)}</a> &gt; <a href="/tag/${token(rng, 6)}.html">${esc(kw)}治疗</a> &gt; <a href="/tag/${token(rng, 6)}.html">${esc(kw)}怎么办</a> &gt; 正文</div>
<div class="article">
<h1>${esc(h1)}</h1>
<div class="article-info"><span>发布时间：${mirrored} ${rng.int(0, 5)}:${rng.int(10, 59)}:${rng.int(10, 59)}</span><span>来源：${rng.pick(['网络', '互联网', '本站编辑'])}</span><span>阅读：${rng.int(100, 99999)}</span></div>
<div class="ad-728"><script>cpro_id="u${rng.int(1000000, 9999999)}";</script><script src="http://cpro.baidustatic.com/cpro/ui/c.js"></script></div>
<div class="article-content">
${content}
</div>
<p class="copyright-note">${rng.pick(['本文来源于网络，如有侵权请联系删除。', '声明：本文内容来源于网络，仅供参考，如有侵权请联系删除。'])}</p>
<div class="tags">标签：${tags.slice(0, 4).map((t) => `<a href="/tag/${token(rng, 6)}.html">${esc(t)}</a>`).join(' ')}</div>
<div class="pre-next"><p>上一篇：<a href="/html/${page.item.num - 1}.html">${esc(`${kw}的早期症状有哪些`)}</a></p><p>下一篇：<a href="/html/${page.item.num + 1}.html">${esc(`${kw}能治好吗`)}</a></p></div>
</div>
${related}
</div>
<div class="right"><div class="box"><h3>热门文章</h3><ul>${['江州哪家医院看' + kw + '好', kw + '偏方大全，三天见效', '专家：' + kw + '千万别这样做', '治疗' + kw + '多少钱'].map((t, i) => `<li><a href="/html/${page.item.num + 900 + i}.html">${esc(t)}</a></li>`).join('')}</ul></div>
<div class="box"><h3>热门标签</h3><div class="hot-tags">${tags.map((t) => `<a href="/tag/${token(rng, 6)}.html">${esc(t)}</a>`).join('')}</div></div></div>
</div>
<div class="footer">Copyright &copy; 2023 疾病知识网 All Rights Reserved. 本站内容来源于网络，仅供参考，不作为诊断及医疗依据。<script src="/static/js/tongji.js"></script></div>
<script>(function(){var bp = document.createElement('script');var curProtocal = window.location.protocol.split(':')[0];if (curProtocal === 'https') {bp.src = 'https://zz.bdstatic.com/linksubmit/push.js';}else {bp.src = 'http://push.zhanzhang.baidu.com/push.js';}var s = document.getElementsByTagName("script")[0];s.parentNode.insertBefore(bp, s);})();</script>`;
    const head = `<meta name="keywords" content="${esc([page.question, ...tags].join(','))}">
<meta name="description" content="${esc(`${page.question}${kw}怎么办？${page.paragraphs[0]!.slice(0, 40)}`)}">
<link rel="stylesheet" href="/static/css/style.css">
`;
    const charset = gbk ? '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">' : '<meta charset="utf-8">';
    const html = documentOf(`${page.question}${stuffing}_疾病知识网`, `http://www.jbzx365.cn/html/${page.item.num}.html`, head, body, charset);
    return {
      body: gbk ? encode(html, 'gb2312-http-equiv') : Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardOf(page, { grade: gradeShown }),
        date: answerDay ? page.date : null,
        format: 'unknown',
        related: itemsOf(page, url, () => ({ paragraphs: [], format: 'unknown', date: null })),
      }),
    };
  },
};

// --- F6. hospital-news-qa ---

/**
 * F6. A small hospital's site on PbootCMS (`.news-detail`, `.news-info` of 发布时间 / 浏览次数 / 来源, 上一条 / 下一条)
 * or MetInfo 7 (`.met-shownews`, `h1.met-shownews-title`, an info row of the day with seconds, 作者 and a views
 * icon, `section.met-editor`, a `pager` of 上一篇 / 下一篇) whose 专家答疑 column prints each Q&A as a news item: the
 * `<h1>` the question (a `【专家答疑】` tag before it on 30%), the hospital in the masthead and footer (its grade in
 * the slogan on half); the editor's `问：` (the question or the asker's words) and `答：` (on its own line or glued
 * to the first paragraph), a `解答专家：` line (`{科室} {name} {title}` on 60%, `{name}（{title}）` else) before or after
 * the answer; a sidebar of 专家介绍 cards (3–4 doctors, the answerer among them on 70%, with 科室 and 擅长); 相关答疑
 * links with a full day or with a description (the snippet).
 */
const hospitalNewsQa: Family = {
  name: 'hospital-news-qa',
  split: 'fresh-57',
  site: 'www.hxyy120.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const pboot = rng.chance(0.5);
    const gradeShown = rng.chance(0.5);
    const deptInLine = rng.chance(0.6);
    const inSidebar = rng.chance(0.7);
    const lineFirst = rng.chance(0.4);
    const glued = rng.chance(0.5);
    const snippets = rng.chance(0.5);
    const tag = rng.chance(0.3);
    const url = (r: Related) => (pboot ? `http://www.hxyy120.cn/?zjdy/${itemNum(r)}.html` : `http://www.hxyy120.cn/news/${itemNum(r)}.html`);
    const when = rng.pick([page.date!, `${page.date} ${withSeconds(rng, page.time)}`, page.date!.replace(/-/g, '/')]);
    const expertLine = `<p>解答专家：${deptInLine ? `${esc(d.department!)} ${esc(d.name!)} ${d.title}` : `${esc(d.name!)}（${d.title}）`}</p>`;
    const [first, ...rest] = page.paragraphs.map(esc);
    const answer = glued ? [`<p><strong>答：</strong>${first}</p>`, ...rest.map((p) => `<p>${p}</p>`)] : ['<p><strong>答：</strong></p>', `<p>${first}</p>`, ...rest.map((p) => `<p>${p}</p>`)];
    const editor = [
      `<p><strong>问：</strong>${esc(rng.chance(0.5) ? page.question : askerWords(rng, page))}</p>`,
      lineFirst ? expertLine : '',
      ...answer,
      lineFirst ? '' : expertLine,
    ].filter(Boolean).join('\n');
    const others = Array.from({ length: rng.int(2, 3) }, () => ({
      name: personName(rng, d.name!),
      title: rng.pick(FEW_TITLES),
      department: rng.chance(0.5) ? d.department! : rng.pick(['内科', '外科', '儿科', '妇产科', '骨科']),
    }));
    const experts = rng.shuffle([...others, ...(inSidebar ? [{ name: d.name!, title: d.title!, department: d.department! }] : [])]);
    const sidebar = `<div class="side-box"><div class="side-tit">专家介绍</div><ul class="expert-list">${experts
      .map(
        (e) =>
          `<li><a href="/${pboot ? '?zjjs' : 'zjjs'}/${token(rng, 3)}.html"><img src="/static/upload/image/${token(rng, 8)}.jpg" alt="${esc(e.name)}"></a><div class="txt"><h4>${esc(e.name)}</h4><p>${e.title}</p><p>科室：${esc(e.department)}</p><p>擅长：${esc(e.department)}常见病、多发病的诊治</p></div></li>`,
      )
      .join('')}</ul></div>`;
    const [prev, next] = otherTitles(rng, page, 2);
    const relatedItems = page.related
      .map((r) =>
        snippets
          ? `<li><a href="${url(r)}" title="${esc(r.question)}">${esc(r.question)}</a><p>${esc(r.snippet)}</p></li>`
          : `<li><a href="${url(r)}" title="${esc(r.question)}">${esc(r.question)}</a><span>${pboot ? r.date : `[${r.date}]`}</span></li>`,
      )
      .join('\n');
    const related = page.related.length ? `<div class="related"><h3>${rng.pick(['相关答疑', '相关文章', '相关问答'])}</h3><ul>${relatedItems}</ul></div>` : '';
    const title = `${tag ? '【专家答疑】' : ''}${esc(page.question)}`;
    const views = rng.int(30, 3000);
    const article = pboot
      ? `<div class="news-detail"><h1>${title}</h1>
<div class="news-info"><span>发布时间：${when}</span><span>浏览次数：${views}</span><span>来源：${rng.pick(['本站', '原创', esc(d.hospital!)])}</span></div>
<div class="news-content">${editor}</div>
<div class="news-page"><p>上一条：<a href="/?zjdy/${page.item.num - 1}.html">${esc(prev!)}</a></p><p>下一条：${rng.chance(0.3) ? '没有了！' : `<a href="/?zjdy/${page.item.num + 1}.html">${esc(next!)}</a>`}</p></div>
</div>`
      : `<section class="met-shownews animsition"><div class="container"><div class="row"><div class="col-md-9 met-shownews-body"><div class="row">
<div class="details-title border-bottom1"><h1 class="m-t-10 m-b-5 met-shownews-title">${title}</h1>
<div class="info font-weight-300"><span>${when}</span><span>作者：${rng.pick(['医务科', '宣传科', 'admin'])}</span><span><i class="icon wb-eye m-r-5" aria-hidden="true"></i>${views}</span></div></div>
<section class="met-editor clearfix">${editor}</section>
<div class="met-shownews-footer border-top1"><ul class="pager pager-round"><li class="previous"><a href="/news/${page.item.num - 1}.html" title="${esc(prev!)}">上一篇<span aria-hidden="true" class="hidden-xs-down">：${esc(prev!)}</span></a></li><li class="next"><a href="/news/${page.item.num + 1}.html" title="${esc(next!)}">下一篇<span aria-hidden="true" class="hidden-xs-down">：${esc(next!)}</span></a></li></ul></div>
</div></div></div></div></section>`;
    const masthead = `<header class="${pboot ? 'header' : 'met-head navbar-fixed-top'}"><div class="logo"><a href="/"><img src="/static/images/logo.png" alt="${esc(d.hospital!)}"></a></div><div class="slogan"><h2>${esc(d.hospital!)}</h2>${
      gradeShown ? `<span>${d.hospital_grade}医院 · 医保定点单位</span>` : '<span>医保定点单位</span>'
    }</div><nav><a href="/">首页</a><a href="/${pboot ? '?about' : 'about'}/">医院概况</a><a href="/${pboot ? '?ks' : 'ks'}/">科室设置</a><a href="/${pboot ? '?zjjs' : 'zjjs'}/">专家介绍</a><a href="/${pboot ? '?zjdy' : 'news'}/" class="active">专家答疑</a></nav></header>`;
    const body = `${masthead}
<div class="banner-inner"><img src="/static/images/nybanner.jpg" alt=""></div>
<div class="position">您的位置：<a href="/">首页</a> &gt; <a href="/${pboot ? '?zjdy' : 'news'}/">专家答疑</a></div>
<div class="container clearfix"><div class="main-left">
${article}
${related}
</div>
<div class="main-right">${sidebar}<div class="side-box"><div class="side-tit">联系我们</div><p>预约电话：0${rng.int(100, 999)}-${rng.int(1000000, 8999999)}</p><p>地址：${esc(d.hospital!.replace(/市.*$/u, '市'))}健康路${rng.int(1, 200)}号</p></div></div>
</div>
<footer class="footer"><p>Copyright © ${page.date!.slice(0, 4)} ${esc(d.hospital!)} 版权所有</p><p>${pboot ? 'Powered by PbootCMS' : 'Powered by <a href="https://www.metinfo.cn" target="_blank">MetInfo 7.3</a>'}</p></footer>`;
    const html = documentOf(`${tag ? '【专家答疑】' : ''}${page.question}-${d.hospital}`, null, `<meta name="generator" content="${pboot ? 'PbootCMS' : 'MetInfo 7.3'}">\n`, body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardOf(page, { grade: gradeShown, department: deptInLine || inSidebar }),
        format: 'unknown',
        related: itemsOf(page, url, (e, r) => (snippets ? { format: 'unknown', date: null } : { paragraphs: [], format: 'unknown', date: r.date })),
      }),
    };
  },
};

export const FRESH57_FAMILIES: readonly Family[] = [dedeWenda, hospitalCmsAsk, discuzDoctorFloor, wpDwqa, zhanqunMirror, hospitalNewsQa];
