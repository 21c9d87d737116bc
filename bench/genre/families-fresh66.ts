import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type ExpectedItem, type Family, type Rendered } from './family.js';
import { ASKER_LINES, cnDate, documentOf, FEW_TITLES, hm, itemNum, otherName, shift, token, topicWord, unpadded } from './ordinary-parts.js';
import { encode, esc } from './parts.js';
import type { TruthDoctor, TruthPage } from './truth.js';

/**
 * Sixty-sixth fresh held-out set (split `fresh-66`): written blind on 2026-12-03 — without reading the reader
 * (src/extract/ and its site profiles, src/flags/, src/validate/, src/core/genre-vocabulary.ts) or its tests and
 * without running it on these pages — and committed before its first run. Theme: **patient communities and
 * disease-specific sites where doctors answer patients' questions**, as such pages stand in 2026: a cancer patients'
 * forum's 专家答疑 thread on Discuz! 7.2 (与癌共舞 kind), a cancer app's 病友圈 share with a 医生回复 comment (觅健 kind),
 * a hepatitis-B community's old ASP 专家门诊 archive in GB2312 (肝胆相照 kind), a rare-disease organisation's 答疑会
 * transcript (one session page, several Q&As), a kidney patients' site's 肾友问医生 page with 追问 rounds, and a hospital
 * department's 病友会 / 糖友俱乐部 page on its own CMS. Each modelled from memory of such pages (no copied markup).
 *
 * Where a careful person could hesitate, the key decides (the README row says the same):
 * - the doctor's reply is the answer; other members' replies (a 版主's, a 热评, a 精华-rated one, however long) are none;
 * - a patient's 追问 and the doctor's 追答 after the first reply are none of the answer, and date nothing (fresh-11's
 *   followup-thread convention): the answer is the doctor's first reply, its day that reply's day;
 * - a member's forum rank or group (认证医生, 专家团, 版主) is no title: the title is keyed only where a professional
 *   title is printed (a 实名认证 line, a card, a bio), else null; likewise hospital and department; grade where printed;
 * - a session page with several Q&As (the rare-disease 答疑会, the 病友会 report's 答疑摘录) keys its FIRST pair as the
 *   page entry (fresh-19's multi-qa-cms convention): its answering expert, the session's day; the other pairs have no
 *   address of their own: none of the answer and no items; 往期回顾 lists of session titles are no items;
 * - the date is the doctor's reply day (a session's day, a column article's 发布时间) as printed, never the asker's
 *   day nor a report's publishing day; a yearless or relative day names none (null);
 * - format voice where a voice reply shows (its 转文字 text the answer), text where 图文咨询 is printed, else unknown;
 * - an item's link is keyed as written where the page names no address of its own.
 */

type Related = TruthPage['related'][number];


/** Related items with only their question shown (link-items.ts): `[]`. */
const linkItems = (page: TruthPage, url: (n: number) => string, related = page.related): ExpectedItem[] =>
  related.map((r) => ({ question: r.question, paragraphs: [], format: 'unknown', date: null, url: url(itemNum(r)) }));

/** Related items with their snippet printed, format unknown, dated where `dated`. */
const snippetItems = (page: TruthPage, url: (n: number) => string, dated: boolean): ExpectedItem[] =>
  page.related.map((r) => ({ question: r.question, paragraphs: [r.snippet], format: 'unknown', date: dated ? r.date : null, url: url(itemNum(r)) }));

/** What members (patients, their families) write under a question, none of the doctor's answer. */
const MEMBER_REPLIES = [
  '我家老爷子也是这个情况，当时主任说先别急，复查看看再说，楼主放宽心。',
  '同问，我妈也是这样，坐等医生回复。',
  '帮顶，希望专家早点看到。',
  '抱抱楼主，我们一起加油，有什么问题多在群里问问。',
  '楼主可以把最新的检查报告都发上来，医生好判断。',
];
/** A long reply by a veteran member (版主, 资深病友): reads like advice, is none of the answer. */
const VETERAN_REPLY = [
  '作为过来人说几句：这种情况我们这里很多病友都遇到过，首先要把病理和基因检测做全，治疗方案不要只听一家医院的。',
  '复查的时候记得带上之前所有的片子和报告，方便医生对比。饮食上不用刻意忌口，保证营养最重要。',
  '另外建议楼主加入本版的病友群，置顶帖里有入群方式，大家经验多，有问题随时交流。',
];
const THANKS = ['谢谢医生！', '非常感谢专家的耐心解答，明天就去复查。', '谢谢您，心里踏实多了。'];
const FOLLOW_UPS = ['医生您好，那复查的时候需要空腹吗？', '请问这种情况大概多久能好转？', '谢谢医生，药还需要继续吃吗？'];
const FOLLOW_ANSWERS = ['需要空腹，抽血前一天晚上十点以后不要吃东西。', '一般两到四周会有改善，按时复查即可。', '先按原方案继续吃，复查后再根据结果调整。'];

// --- F1. yaigongwu-discuz7 ---

/**
 * F1. A cancer patients' forum's 专家答疑 board on Discuz! 7.2 (www.yaigongwu.com/bbs/viewthread.php?tid=…, 与癌共舞
 * kind), GBK on 60%: `#threadtitle h1` (a `[肺癌]` type on 60%), posts as `table[id^=pid]` with `td.postauthor` (the
 * username, the avatar, `dl.profile` UID / 帖子 / 积分, the group in `<em>`: 认证医生 / 专家团 / 版主 / 资深病友 / 注册会员)
 * and `td.postcontent` (`strong` floor 楼主 / 沙发 / 板凳 / 地板 / N#, `em` `发表于 2023-5-6 14:22`, `td.t_msgfont` lines
 * parted by `<br />`); the 楼主's post; 0–3 members' floors before the doctor's (a 版主's long reply rated
 * `精华 +1` on 50%); the doctor's floor: a `p.verify` `实名认证：hospital[ grade] department title` on 70% (else only
 * a signature `hospital department` — no title printed), a quote of the 楼主 on 40%, a `本帖最后由…编辑` line on 20%;
 * on 40% the 楼主's 追问 floor and the doctor's 追答 floor (later days); thanks floors. Key: the doctor's first floor
 * (lines as paragraphs), its 发表于 day; a group no title; the 追答 none; no related list (none printed).
 */
const yaigongwuDiscuz7: Family = {
  name: 'yaigongwu-discuz7',
  split: 'fresh-66',
  site: 'www.yaigongwu.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gbk = rng.chance(0.6);
    const verified = rng.chance(0.7);
    const grade = verified && rng.chance(0.3) ? d.hospital_grade : null;
    const doctor: TruthDoctor = verified ? { ...d, hospital_grade: grade } : { name: d.name, title: null, department: d.department, hospital: d.hospital, hospital_grade: null };
    const username = rng.pick([d.name!, `${d.name}医生`]);
    const group = rng.pick(['认证医生', '专家团']);
    const type = rng.chance(0.6) ? `<a href="forumdisplay.php?fid=${rng.int(20, 90)}&amp;filter=type&amp;typeid=${rng.int(1, 30)}">[${rng.pick(['肺癌', '肝癌', '乳腺癌', '胃癌', '结直肠癌'])}]</a> ` : '';
    const stamp = (iso: string) => `${unpadded(iso, '-')} ${hm(rng)}`;
    const asked = shift(page.date!, -rng.int(1, 6));
    const floorName = (i: number) => (['楼主', '沙发', '板凳', '地板'][i] ?? `${i + 1}<sup>#</sup>`);
    let pid = rng.int(100000, 900000);
    const floors: string[] = [];
    const uids = new Map<string, number>();
    const uidOf = (user: string) => uids.get(user) ?? (uids.set(user, rng.int(1000, 99999)), uids.get(user)!);
    const post = (user: string, grp: string, day: string, message: string, extra = '', sig = '') => {
      pid += rng.int(1, 40);
      const i = floors.length;
      floors.push(`<div id="post_${pid}"><table id="pid${pid}" summary="pid${pid}" cellspacing="0" cellpadding="0"><tr>
<td class="postauthor" rowspan="2"><div class="postinfo"><a href="space.php?uid=${uidOf(user)}" target="_blank">${esc(user)}</a></div>
<div class="avatar"><img src="uc_server/avatar.php?uid=${uidOf(user)}&amp;size=middle" /></div>
<p><em>${grp}</em></p><dl class="profile s_clear"><dt>UID</dt><dd>${uidOf(user)}&nbsp;</dd><dt>帖子</dt><dd>${rng.int(1, 3000)}&nbsp;</dd><dt>积分</dt><dd>${rng.int(10, 20000)}&nbsp;</dd></dl>${extra}</td>
<td class="postcontent"><div class="postinfo"><strong><a title="复制本帖链接" id="postnum${pid}">${floorName(i)}</a></strong><div class="posterinfo"><div class="authorinfo"><em id="authorposton${pid}">发表于 ${day.includes(' ') ? day : stamp(day)}</em> | <a href="viewthread.php?tid=${page.item.num}&amp;page=1&amp;authorid=1">只看该作者</a></div></div></div>
<div class="defaultpost"><div class="postmessage">${i === 0 ? `<h2>${esc(page.question)}</h2>` : ''}<div class="t_msgfontfix"><table cellspacing="0" cellpadding="0"><tr><td class="t_msgfont" id="postmessage_${pid}">${message}</td></tr></table></div></div>${sig}</div></td></tr>
<tr><td class="postcontent postbottom"><div class="postactions"><a>回复</a> <a>引用</a> <a>评分</a> <a>举报</a></div></td></tr></table></div>`);
    };
    const asker = rng.pick(['坚强的小草', '为爸爸加油', 'hope2015', '向日葵的花']);
    const askedAt = stamp(asked);
    post(asker, '注册会员', askedAt, `${esc(page.question)}<br />\r\n${esc(rng.pick(ASKER_LINES))}<br />\r\n${esc(rng.pick(ASKER_LINES))}`);
    const before = rng.int(0, 3);
    const veteranAt = rng.chance(0.5) ? rng.int(0, Math.max(before - 1, 0)) : -1;
    for (let i = 0; i < before; i++) {
      const day = shift(asked, 1);
      if (i === veteranAt) post(rng.pick(['抗癌老兵', '云淡风轻', '老王陪护']), rng.pick(['版主', '资深病友']), day, VETERAN_REPLY.map(esc).join('<br />\r\n<br />\r\n'), '<p class="rate">精华 +1 参与人数 3 威望 +15</p>');
      else post(otherName(rng), '注册会员', day, esc(rng.pick(MEMBER_REPLIES)));
    }
    const quote = rng.chance(0.4) ? `<div class="quote"><blockquote><font size="2"><font color="#999999">${esc(asker)} 发表于 ${askedAt}</font></font><br />${esc(page.question)}</blockquote></div><br />` : '';
    const edited = rng.chance(0.2) ? `<i class="pstatus"> 本帖最后由 ${esc(username)} 于 ${stamp(shift(page.date!, rng.int(0, 3)))} 编辑 </i><br />\r\n<br />\r\n` : '';
    const gap = rng.pick(['<br />\r\n', '<br />\r\n<br />\r\n']);
    const verify = verified ? `<p class="verify">实名认证：${esc(d.hospital!)}${grade ? ` ${grade}` : ''} ${esc(d.department!)} ${d.title}</p>` : '';
    const signature = verified ? '' : `<div class="signatures" style="max-height:100px;">${esc(d.hospital!)} ${esc(d.department!)}<br />专家门诊：每周${rng.pick(['一', '二', '三', '四'])}${rng.pick(['上午', '下午'])}</div>`;
    const answeredAt = stamp(page.date!);
    post(username, group, answeredAt, `${edited}${quote}${page.paragraphs.map(esc).join(gap)}`, verify, signature);
    if (rng.chance(0.4)) {
      const k = rng.int(0, FOLLOW_UPS.length - 1);
      const later = shift(page.date!, rng.int(1, 4));
      const laterAt = stamp(later);
      post(asker, '注册会员', laterAt, `<div class="quote"><blockquote>${esc(username)} 发表于 ${answeredAt}<br />${esc(page.paragraphs[0]!.slice(0, 20))} ...</blockquote></div><br />${FOLLOW_UPS[k]}`);
      post(username, group, shift(later, rng.int(1, 2)), `<div class="quote"><blockquote>${esc(asker)} 发表于 ${laterAt}<br />${FOLLOW_UPS[k]}</blockquote></div><br />${FOLLOW_ANSWERS[k]}`, verify);
    }
    let thanksDay = shift(page.date!, rng.int(5, 7));
    for (let i = rng.int(0, 2); i > 0; i--) post(otherName(rng), '注册会员', (thanksDay = shift(thanksDay, rng.int(0, 3))), esc(rng.pick(THANKS)));
    const body = `<div id="header"><div class="wrap s_clear"><h2><a href="index.php" title="与癌共舞论坛"><img src="images/default/logo.gif" alt="与癌共舞论坛" border="0" /></a></h2><div id="umenu"><a href="register.php">注册</a> <a href="logging.php?action=login">登录</a></div></div></div>
<div id="nav"><a href="index.php">与癌共舞论坛</a> &raquo; <a href="forumdisplay.php?fid=${rng.int(2, 19)}">专家答疑</a> &raquo; ${esc(page.question)}</div>
<div id="wrap" class="wrap s_clear threadfix"><div class="forumcontrol s_clear"><span class="pageback"><a href="forumdisplay.php?fid=8">返回列表</a></span><span class="replybtn"><a href="post.php?action=reply&amp;tid=${page.item.num}">回复</a></span></div>
<div id="postlist" class="mainbox viewthread"><div id="threadtitle"><h1>${type}${esc(page.question)}</h1></div>
${floors.join('\n')}
</div></div>
<div id="footer"><div class="wrap s_clear"><p>Powered by <strong><a href="http://www.discuz.net" target="_blank">Discuz!</a></strong> <em>7.2</em></p><p>与癌共舞论坛 版权所有</p></div></div>`;
    const charset = gbk ? '<meta http-equiv="Content-Type" content="text/html; charset=gbk" />' : '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />';
    const html = documentOf(`${page.question} - 专家答疑 - 与癌共舞论坛 - Powered by Discuz!`, null, '<meta name="keywords" content="" />\n', body, charset);
    return {
      body: gbk ? encode(html, 'gbk-meta') : Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor, format: 'unknown', related: [] }),
    };
  },
};

// --- F2. mijian-bingyouquan ---

/**
 * F2. A cancer app's 病友圈 share page (m.mijian360.com/share/dynamic?id=…, 觅健 kind), Vue-rendered with `data-v-*`:
 * the open-app bar, the member (nickname, `肺腺癌 · IV期 · EGFR 19del` tags, a day), `#肺癌病友圈#`, the post's title
 * (the question) and words; `全部评论 N`; comments in order: members' (a `热评` long one first on 50%), the doctor's
 * marked `医生回复` with `title | hospital[ grade] department` (grade on 20%), its text as `<p>`s — on 20% a voice
 * bubble (`45"`) with its `转文字` text —, its day full on 60% (`2023-05-06 14:22`), yearless (`05-06 14:22`) or
 * relative (`3天前`) else; under it on 40% a sub-thread `楼主 回复 X医生：追问` / `X医生 回复 楼主：追答`; 更多医生答疑
 * cards (question, `X医生：snippet`) on 60%. Key: the doctor's comment only, its day or null; the sub-thread none;
 * voice where the bubble shows; items with the snippet (the `X医生：` label none of it), undated.
 */
const mijianBingyouquan: Family = {
  name: 'mijian-bingyouquan',
  split: 'fresh-66',
  site: 'm.mijian360.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const v = `data-v-${token(rng, 8)}`;
    const urlOf = (n: number) => `https://m.mijian360.com/share/dynamic?id=${n}`;
    const grade = rng.chance(0.2) ? d.hospital_grade : null;
    const voice = rng.chance(0.2);
    const time = hm(rng);
    const when = rng.weighted([['full', 60], ['yearless', 25], ['relative', 15]] as const);
    const stamp = when === 'full' ? `${page.date!} ${time}` : when === 'yearless' ? `${page.date!.slice(5)} ${time}` : `${rng.int(2, 6)}天前`;
    const comment = (nick: string, tag: string, text: string, day: string, extra = '') =>
      `<div ${v} class="comment-item"><img ${v} class="avatar" src="https://img.mijian360.com/avatar/${token(rng, 12)}.png"><div ${v} class="comment-main"><div ${v} class="comment-user"><span ${v} class="nick">${esc(nick)}</span>${tag}</div>${text}<div ${v} class="comment-foot"><span ${v}>${day}</span><span ${v}>回复</span><span ${v} class="like">${rng.int(0, 99)}</span></div>${extra}</div></div>`;
    const members = (n: number) => Array.from({ length: n }, () => comment(otherName(rng), `<span ${v} class="tag">${rng.pick(['患者', '家属'])}</span>`, `<div ${v} class="comment-text">${esc(rng.pick(MEMBER_REPLIES))}</div>`, `${rng.int(1, 12)}小时前`));
    const hot = rng.chance(0.5) ? comment(rng.pick(['抗癌5年的老李', '肺常坚强']), `<span ${v} class="tag hot">热评</span>`, `<div ${v} class="comment-text">${VETERAN_REPLY.map((p) => `<p ${v}>${esc(p)}</p>`).join('')}</div>`, `${rng.int(1, 5)}天前`) : '';
    const sub = rng.chance(0.4)
      ? (() => {
          const k = rng.int(0, FOLLOW_UPS.length - 1);
          return `<div ${v} class="sub-replies"><p ${v}><span ${v} class="nick">楼主</span> 回复 <span ${v} class="nick">${esc(d.name!)}医生</span>：${FOLLOW_UPS[k]}</p><p ${v}><span ${v} class="nick">${esc(d.name!)}</span> 回复 <span ${v} class="nick">楼主</span>：${FOLLOW_ANSWERS[k]}</p></div>`;
        })()
      : '';
    const text = voice
      ? `<div ${v} class="voice-bubble"><i ${v} class="icon-voice"></i><span ${v}>${rng.int(20, 59)}"</span></div><div ${v} class="voice-text"><span ${v} class="label">转文字</span>${page.paragraphs.map((p) => `<p ${v}>${esc(p)}</p>`).join('')}</div>`
      : `<div ${v} class="comment-text">${page.paragraphs.map((p) => `<p ${v}>${esc(p)}</p>`).join('')}</div>`;
    const org = `${d.title} | ${esc(d.hospital!)}${grade ? ` ${grade}` : ''} ${esc(d.department!)}`;
    const doctorComment = comment(d.name!, `<span ${v} class="tag doctor">医生回复</span><p ${v} class="doc-info">${org}</p>`, text, stamp, sub);
    const count = rng.int(3, 60);
    const snippets = rng.chance(0.6) && page.related.length > 0;
    const items = snippets
      ? `<div ${v} class="more-qa"><div ${v} class="more-hd">更多医生答疑</div>${page.related.map((r) => `<a ${v} class="qa-card" href="${urlOf(itemNum(r))}"><div ${v} class="qa-q">${esc(r.question)}</div><div ${v} class="qa-a"><span ${v}>${otherName(rng).slice(0, 1)}医生：</span>${esc(r.snippet)}</div></a>`).join('')}</div>`
      : '';
    const body = `<div id="app"><div ${v} class="open-bar"><img ${v} src="https://img.mijian360.com/logo.png"><span ${v}>打开觅健APP，和病友一起抗癌</span><a ${v} class="btn">打开</a></div>
<div ${v} class="dynamic"><div ${v} class="author"><span ${v} class="nick">${rng.pick(['阳光总在风雨后', '为妈妈抗癌', '晴天小猪'])}</span><span ${v} class="tags">${rng.pick(['肺腺癌 · IV期 · EGFR 19del', '乳腺癌 · HER2阳性', '结肠癌 · 术后'])}</span><span ${v} class="time">${shift(page.date!, -rng.int(1, 5))}</span></div>
<a ${v} class="circle">#${esc(topicWord(page))}病友圈#</a><div ${v} class="title">${esc(page.question)}</div><div ${v} class="content">${esc(rng.pick(ASKER_LINES))}${esc(rng.pick(ASKER_LINES))}</div></div>
<div ${v} class="comments"><div ${v} class="comments-hd">全部评论 ${count}</div>${hot}${members(rng.int(0, 2)).join('')}${doctorComment}${members(rng.int(0, 2)).join('')}</div>
${items}<div ${v} class="bottom-bar">打开觅健APP查看全部评论</div></div>`;
    const html = documentOf(`${page.question} - 觅健`, null, '<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: grade },
        date: when === 'full' ? page.date : null,
        format: voice ? 'voice' : 'unknown',
        related: snippets ? snippetItems(page, urlOf, false) : [],
      }),
    };
  },
};

// --- F3. hbv-zjmz-asp ---

/** Other questions of the archive, for its 上一条 / 下一条 links (navigation, not a related list). */
const HBV_QUESTIONS = ['大三阳转小三阳是不是病情好转了？', '恩替卡韦吃了三年能停药吗？', '乙肝妈妈生的宝宝打了免疫球蛋白还要查什么？', '肝穿刺有必要做吗？', 'HBV DNA低于检测下限还会传染吗？'];

/**
 * F3. A hepatitis-B patients' community's 专家门诊 archive (www.hbvhbv.com/zjmz/show.asp?id=…, 肝胆相照 kind): an ASP
 * page of the 2000s in GB2312 (declared by `http-equiv` on 70%, undeclared else), `<table width="760">` layout with
 * `<font>` and `&nbsp;`; the masthead and menu; a left column `本期坐诊专家` (photo, `姓名：` / `职称：` / `单位：` /
 * `科室：` rows, 擅长) on 75%, else only `答复专家：name` in the record (no title, hospital or department printed);
 * the record: `问题：question`, `提问者：nick　提问时间：2009-3-10 9:12:33`, the asker's words, `专家答复：` in red,
 * the answer's lines parted by `<br>` and indented `&nbsp;&nbsp;&nbsp;&nbsp;`, a `（name）` / `——name` signature line
 * on 40%, `答复时间：` in ASP's `YYYY-M-D H:MM:SS` on 85% (else none printed); 网友评论 thanks with their days on 50%;
 * 上一条 / 下一条 links; `该专家其他答复` links with `[day]` on 70%. Key: the signature no paragraph; date null
 * where no 答复时间 (the 提问时间 dates nothing); items link-only, root-relative as written (no address of its own).
 */
const hbvZjmzAsp: Family = {
  name: 'hbv-zjmz-asp',
  split: 'fresh-66',
  site: 'www.hbvhbv.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const card = rng.chance(0.75);
    const doctor: TruthDoctor = card ? { ...d, hospital_grade: null } : { name: d.name, title: null, department: null, hospital: null, hospital_grade: null };
    const asp = (iso: string) => `${unpadded(iso, '-')} ${rng.int(7, 22)}:${String(rng.int(0, 59)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`;
    const answered = rng.chance(0.85);
    const asked = shift(page.date!, -rng.int(1, 20));
    const sign = rng.chance(0.4) ? `<br>${rng.pick([`（${esc(d.name!)}）`, `——${esc(d.name!)}`])}` : '';
    const indent = rng.chance(0.6) ? '&nbsp;&nbsp;&nbsp;&nbsp;' : '';
    const answer = page.paragraphs.map((p) => `${indent}${esc(p)}`).join(rng.pick(['<br>', '<br><br>']));
    const side = card
      ? `<td width="180" valign="top" bgcolor="#F7FBEF"><table width="100%" border="0" cellspacing="0" cellpadding="3"><tr><td class="zj_t"><font color="#336600"><b>本期坐诊专家</b></font></td></tr>
<tr><td align="center"><img src="../upfile/zj/${token(rng, 6)}.jpg" width="100" height="120"></td></tr>
<tr><td>姓名：${esc(d.name!)}</td></tr><tr><td>职称：${d.title}</td></tr><tr><td>单位：${esc(d.hospital!)}</td></tr><tr><td>科室：${esc(d.department!)}</td></tr>
<tr><td><font color="#666666">擅长：${esc(d.department!)}常见病、多发病的诊治。</font></td></tr></table></td>`
      : '';
    const comments = rng.chance(0.5)
      ? `<tr><td class="pl_t"><b>网友评论</b></td></tr>${Array.from({ length: rng.int(1, 2) }, () => `<tr><td>${rng.pick(['肝友', '小三阳'])}${rng.int(100, 9999)}：${esc(rng.pick(THANKS))} <font color="#999999">(${asp(shift(page.date!, rng.int(0, 30)))})</font></td></tr>`).join('')}`
      : '';
    const others = rng.chance(0.7) && page.related.length > 0;
    const list = others
      ? `<tr><td class="pl_t"><b>该专家其他答复</b></td></tr><tr><td>${page.related.map((r) => `·<a href="/zjmz/show.asp?id=${itemNum(r)}" target="_blank">${esc(r.question)}</a> <font color="#999999">[${r.date}]</font>`).join('<br>')}</td></tr>`
      : '';
    const [prev, next] = rng.shuffle(HBV_QUESTIONS);
    const body = `<table width="760" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="../images/top_banner.gif" width="760" height="90" alt="肝胆相照"></td></tr>
<tr><td bgcolor="#669933" height="24">&nbsp;<a href="/" class="nav">首页</a> | <a href="/forum/" class="nav">论坛</a> | <a href="/zjmz/" class="nav">专家门诊</a> | <a href="/zhishi/" class="nav">肝病知识</a></td></tr></table>
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0"><tr>${side}<td valign="top"><table width="100%" border="0" cellspacing="1" cellpadding="5" bgcolor="#CCCCCC">
<tr bgcolor="#FFFFFF"><td class="wt_title"><b>问题：${esc(page.question)}</b></td></tr>
<tr bgcolor="#F5F5F5"><td>提问者：${rng.pick(['肝友', '乙肝宝妈', 'hbv'])}${rng.int(100, 99999)}　提问时间：${asp(asked)}</td></tr>
<tr bgcolor="#FFFFFF"><td>${esc(rng.pick(ASKER_LINES))}<br>${esc(rng.pick(ASKER_LINES))}</td></tr>
<tr bgcolor="#FFFFFF"><td>${card ? '' : `答复专家：<a href="/zjmz/zj.asp?id=${rng.int(1, 80)}">${esc(d.name!)}</a><br>`}<font color="#FF0000"><b>专家答复：</b></font><br>${answer}${sign}</td></tr>
${answered ? `<tr bgcolor="#F5F5F5"><td align="right">答复时间：${asp(page.date!)}</td></tr>` : ''}
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="4">${comments}
<tr><td>上一条：<a href="/zjmz/show.asp?id=${page.item.num - rng.int(1, 9)}">${prev}</a><br>下一条：<a href="/zjmz/show.asp?id=${page.item.num + rng.int(1, 9)}">${next}</a></td></tr>
${list}</table></td></tr></table>
<table width="760" border="0" align="center"><tr><td align="center"><font color="#666666">肝胆相照 版权所有 Copyright &copy; 2003-2012<br>本站专家答复仅供参考，不能代替医院诊治</font></td></tr></table>`;
    const charset = rng.chance(0.7) ? '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">' : '';
    const html = documentOf(`${page.question}--肝胆相照专家门诊`, null, '', body, charset);
    return {
      body: encode(html, 'gb2312-http-equiv'),
      expected: expectedOf(page, { doctor, date: answered ? page.date : null, format: 'unknown', related: others ? linkItems(page, (n) => `/zjmz/show.asp?id=${n}`) : [] }),
    };
  },
};

// --- F4. rare-disease-dayihui ---

const RARE_DISEASES = ['戈谢病', '法布雷病', '庞贝病', '血友病', '成骨不全症', '脊髓性肌萎缩症', '黏多糖贮积症'];

/**
 * F4. A rare-disease patients' organisation's 答疑会 transcript (www.hanjianbing.org.cn/news/{id}.html): a 秀米-style
 * article (`<section style=…>`, `<p>` with inline styles): `<h1>【专家答疑】{disease}病友线上答疑会问答实录（第N期）`,
 * `来源：… 发布时间：` (1–10 days after the session), an intro sentence naming the expert inline (`{hospital}{department}
 * {name}{title}`), an `答疑专家` box (name title, hospital[ grade on 30%], department) on 60%; a second expert on 35%
 * (answers labelled `答（name）：`); `答疑时间：2023年2月28日 19:00-20:30` on 70%, else only `2月28日晚` in the intro;
 * 3–5 pairs `问题1：question` / `答：…` (the first pair the page's, its answer's first paragraph opening `答：`; the
 * others from the related items, their answer one paragraph), a volunteers' note and 往期回顾 session titles. Key: one
 * session page, the FIRST pair the page entry (its expert), the session's day or null (never the 发布时间); the other
 * pairs none of the answer and no items; 往期回顾 no items.
 */
const rareDiseaseDayihui: Family = {
  name: 'rare-disease-dayihui',
  split: 'fresh-66',
  site: 'www.hanjianbing.org.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const disease = rng.pick(RARE_DISEASES);
    const boxed = rng.chance(0.6);
    const grade = boxed && rng.chance(0.3) ? d.hospital_grade : null;
    const two = rng.chance(0.35);
    const second = otherName(rng);
    const secondTitle = rng.pick(FEW_TITLES);
    const fullDay = rng.chance(0.7);
    const published = shift(page.date!, rng.int(1, 10));
    const ps = 'style="font-size:15px;line-height:1.75em;margin-bottom:10px;"';
    const by = (who: string) => (two ? `答（${esc(who)}）：` : '答：');
    const others = page.related.slice(0, rng.int(2, 4));
    const pairs = [
      { q: page.question, who: d.name!, paras: page.paragraphs },
      ...others.map((r) => ({ q: r.question, who: two && rng.chance(0.5) ? second : d.name!, paras: [r.snippet] })),
    ];
    const label = rng.int(0, 2);
    const pairHtml = pairs
      .map((p, i) => `<section style="margin-top:20px;"><p ${ps}><strong><span style="color:#2E7D32;">${[`问题${i + 1}：`, `Q${i + 1}：`, '问：'][label]}</span>${esc(p.q)}</strong></p>${p.paras.map((t, j) => `<p ${ps}>${j === 0 ? `<strong>${by(p.who)}</strong>` : ''}${esc(t)}</p>`).join('')}</section>`)
      .join('\n');
    const intro = `<p ${ps}>${fullDay ? '' : `${Number(page.date!.slice(5, 7))}月${Number(page.date!.slice(8, 10))}日晚，`}${fullDay ? '近日，' : ''}我们邀请到${esc(d.hospital!)}${esc(d.department!)}${esc(d.name!)}${d.title}${two ? `、${esc(second)}${secondTitle}` : ''}，为${disease}病友及家属在线答疑。现将部分问答整理如下，供病友参考。</p>`;
    const box = boxed
      ? `<section style="border:1px solid #A5D6A7;padding:10px;"><p ${ps}><strong>答疑专家</strong></p><p ${ps}>${esc(d.name!)}　${d.title}</p><p ${ps}>${esc(d.hospital!)}${grade ? `（${grade}）` : ''}　${esc(d.department!)}</p>${two ? `<p ${ps}>${esc(second)}　${secondTitle}</p><p ${ps}>${esc(d.hospital!)}</p>` : ''}</section>`
      : '';
    const when = fullDay ? `<p ${ps}>答疑时间：${cnDate(page.date!)} 19:00-20:30</p>` : '';
    const past = `<section><p ${ps}><strong>往期回顾</strong></p>${Array.from({ length: rng.int(2, 4) }, (_, i) => `<p ${ps}><a href="/news/${page.item.num - (i + 1) * rng.int(3, 30)}.html">【专家答疑】${rng.pick(RARE_DISEASES)}病友线上答疑会问答实录（第${rng.int(1, 30)}期）</a></p>`).join('')}</section>`;
    const body = `<div class="header"><a class="logo" href="/">罕见病关爱中心</a><ul class="nav"><li><a href="/">首页</a></li><li><a href="/news/">新闻动态</a></li><li><a href="/wenda/">患者问答</a></li><li><a href="/juanzeng/">我要捐赠</a></li></ul></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/wenda/">患者问答</a></div>
<div class="article"><h1>【专家答疑】${disease}病友线上答疑会问答实录（第${rng.int(2, 40)}期）</h1>
<div class="info">来源：${rng.pick(['罕见病关爱中心', `${disease}病友会`])}　发布时间：${published}　浏览：${rng.int(100, 9000)}</div>
<div class="content">${intro}${box}${when}${pairHtml}
<p ${ps}><span style="color:#999;">（以上内容由志愿者根据直播录音整理，${rng.pick(['已经专家审核', '未经专家审核'])}，仅供参考，具体诊疗请遵医嘱。）</span></p>
<p ${ps}><span style="color:#999;">整理：志愿者 ${esc(otherName(rng))}</span></p>${past}</div></div>
<div class="footer">罕见病关爱中心 版权所有</div>`;
    const canonical = rng.chance(0.5) ? `https://www.hanjianbing.org.cn/news/${page.item.num}.html` : null;
    const html = documentOf(`【专家答疑】${disease}病友线上答疑会问答实录-罕见病关爱中心`, canonical, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor: { ...d, hospital_grade: grade }, date: fullDay ? page.date : null, format: 'unknown', related: [] }),
    };
  },
};

// --- F5. shenyou-wenyisheng ---

/**
 * F5. A kidney patients' site's 肾友问医生 page (www.shenyou.net/wenyisheng/{id}.html, 肾友网 kind): the question
 * `<h1>`, a 病情资料 table of the asker's values (性别 / 年龄 / 原发病 / 肌酐 μmol/L / 尿蛋白 / 治疗方式), the asker's
 * words and `提问时间`; the `医生回复` block: the card (name, title, `hospital[（grade）]`, department 肾内科 on half;
 * grade on 30%), a `图文咨询` tag on 40%, the answer's `<p>`s, `回复时间：` full on 80% (else `05-06 14:22`); on 50%
 * 1–2 rounds of `患者追问` / `医生追答` with their days, collapsed (`display:none`, `展开全部N条追问`) on half; 肾友说
 * comments (a `热心肾友` badge, one long) on 60%; 相似问题 with snippets, dated on half. Key: the first reply only (the
 * 追问 rounds none, their days nothing); text where 图文咨询 is printed; the lab table none of the question.
 */
const shenyouWenyisheng: Family = {
  name: 'shenyou-wenyisheng',
  split: 'fresh-66',
  site: 'www.shenyou.net',
  render(page, rng): Rendered {
    const d = page.doctor;
    const urlOf = (n: number) => `https://www.shenyou.net/wenyisheng/${n}.html`;
    const grade = rng.chance(0.3) ? d.hospital_grade : null;
    const doctor: TruthDoctor = { ...d, department: rng.chance(0.5) ? '肾内科' : d.department, hospital_grade: grade };
    const tagged = rng.chance(0.4);
    const time = hm(rng);
    const full = rng.chance(0.8);
    const stamp = full ? rng.pick([`${page.date!} ${time}`, page.date!, cnDate(page.date!)]) : `${page.date!.slice(5)} ${time}`;
    const rows: [string, string][] = [
      ['性别', rng.pick(['男', '女'])],
      ['年龄', `${rng.int(18, 75)}岁`],
      ['原发病', rng.pick(['IgA肾病', '糖尿病肾病', '高血压肾病', '多囊肾', '慢性肾小球肾炎'])],
      ['肌酐', `${rng.int(80, 800)} μmol/L`],
      ['尿蛋白', rng.pick(['+-', '1+', '2+', '3+'])],
      ['治疗方式', rng.pick(['未透析', '血液透析', '腹膜透析', '肾移植术后'])],
    ];
    const table = `<table class="bq-table"><caption>病情资料</caption>${[0, 2, 4].map((i) => `<tr><th>${rows[i]![0]}</th><td>${rows[i]![1]}</td><th>${rows[i + 1]![0]}</th><td>${rows[i + 1]![1]}</td></tr>`).join('')}</table>`;
    let day = page.date!;
    const rounds = rng.chance(0.5) ? rng.int(1, 2) : 0;
    const roundHtml = Array.from({ length: rounds }, (_, i) => {
      const asked = (day = shift(day, rng.int(1, 3)));
      day = shift(day, rng.int(0, 1));
      const k = (i + rng.int(0, 2)) % FOLLOW_UPS.length;
      return `<div class="zw-item"><div class="zw-q"><span class="lb">患者追问</span><span class="t">${asked} 0${rng.int(7, 9)}:${rng.int(10, 59)}</span><p>${FOLLOW_UPS[k]}</p></div><div class="zw-a"><span class="lb">医生追答</span><span class="t">${day} ${rng.int(12, 22)}:${rng.int(10, 59)}</span><p>${FOLLOW_ANSWERS[k]}</p></div></div>`;
    }).join('');
    const collapsed = rng.chance(0.5);
    const followUps = rounds ? `<div class="zhuiwen">${collapsed ? `<a class="zw-toggle" href="javascript:;">展开全部${rounds * 2}条追问</a><div class="zw-list" style="display:none">${roundHtml}</div>` : `<div class="zw-list">${roundHtml}</div>`}</div>` : '';
    const comments = rng.chance(0.6)
      ? `<div class="sy-comments"><h3>肾友说</h3><div class="cm"><span class="nick">透析${rng.int(2, 15)}年</span><span class="badge">热心肾友</span>${VETERAN_REPLY.map((p) => `<p>${esc(p)}</p>`).join('')}<span class="t">${shift(page.date!, rng.int(0, 10))}</span></div>${rng.chance(0.5) ? `<div class="cm"><span class="nick">${esc(otherName(rng))}</span><p>${esc(rng.pick(MEMBER_REPLIES))}</p></div>` : ''}</div>`
      : '';
    const dated = rng.chance(0.5);
    const items = page.related.length
      ? `<div class="similar"><h3>相似问题</h3><ul>${page.related.map((r) => `<li><a href="/wenyisheng/${itemNum(r)}.html">${esc(r.question)}</a><p>${esc(r.snippet)}</p>${dated ? `<span class="date">${r.date}</span>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const org = `${esc(doctor.hospital!)}${grade ? `（${grade}）` : ''}`;
    const body = `<div class="head"><a class="logo" href="/">肾友网</a><ul><li><a href="/">首页</a></li><li><a href="/wenyisheng/">肾友问医生</a></li><li><a href="/bbs/">肾友论坛</a></li><li><a href="/touxi/">透析知识</a></li></ul></div>
<div class="main"><div class="ask-box"><h1>${esc(page.question)}</h1>${table}<p class="ask-desc">${esc(rng.pick(ASKER_LINES))}</p><div class="ask-time">提问时间：${shift(page.date!, -rng.int(0, 3))}</div></div>
<div class="reply-box"><div class="reply-hd">医生回复${tagged ? '<span class="tag">图文咨询</span>' : ''}</div>
<div class="doc"><img src="/uploads/doctor/${token(rng, 8)}.jpg"><div class="doc-info"><a class="name" href="/doctor/${rng.int(100, 9999)}.html">${esc(doctor.name!)}</a> <span class="zc">${doctor.title}</span><p>${rng.chance(0.5) ? `${org} ${esc(doctor.department!)}` : `${esc(doctor.department!)} · ${org}`}</p></div></div>
<div class="reply-txt">${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div><div class="reply-time">回复时间：${stamp}</div>${followUps}</div>
${comments}${items}</div>
<div class="foot">肾友网 · 医生回复仅供参考，不能代替面诊</div>`;
    const canonical = rng.chance(0.6) ? urlOf(page.item.num) : null;
    const html = documentOf(`${page.question}_肾友问医生_肾友网`, canonical, '', body);
    const itemUrl = canonical ? urlOf : (n: number) => `/wenyisheng/${n}.html`;
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor, date: full ? page.date : null, format: tagged ? 'text' : 'unknown', related: snippetItems(page, itemUrl, dated) }),
    };
  },
};

// --- F6. hospital-bingyouhui ---

/**
 * F6. A hospital department's 病友会 / 糖友俱乐部 page on the hospital's own CMS (www.{site}/hzfw/byh/{id}.html): the
 * masthead names the hospital (with `三级甲等` beside it on 40%: the grade printed), breadcrumbs 首页 > 患者服务 >
 * {club}. Half the pages are a column article `【{club}问答】question` (`发布时间：` full, 作者 department, 点击), `病友提问：`
 * and the asker's words, `专家解答：` on a line of its own, the answer's `<p>`s, an `本期解答专家` box with a bio
 * (`name，department title。擅长…`), 更多问答 links with `[day]`. The other half is an activity report (`<h1>`
 * `我院{department}举办第N期{club}活动`, `发布时间：` 1–3 days after the activity), intro paragraphs (`2023年5月6日上午，…`
 * full on 60%, else `近日，…`), a photo with its caption, `专家答疑摘录` with 2–3 pairs `问：…` / `答（name title）：…`
 * (the page's first). Key: the column's answer dated by its 发布时间; the report's first pair, dated by the activity's
 * day where printed in full, else null (the 发布时间 no answer day), no items; the hospital is the masthead's.
 */
const hospitalBingyouhui: Family = {
  name: 'hospital-bingyouhui',
  split: 'fresh-66',
  site: 'www.dyrmyy.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.4) && d.hospital_grade !== '二甲';
    const doctor: TruthDoctor = { ...d, hospital_grade: gradeShown ? '三级甲等' : null };
    const club = rng.pick(['糖友俱乐部', '病友会', '肾友之家', '乳腺癌病友俱乐部', '心友会']);
    const masthead = `<div class="top"><div class="logo"><img src="/images/logo.png" alt="${esc(d.hospital!)}"><span class="hname">${esc(d.hospital!)}</span>${gradeShown ? '<span class="hlv">三级甲等</span>' : ''}</div><ul class="menu"><li><a href="/">首页</a></li><li><a href="/yygk/">医院概况</a></li><li><a href="/ksdh/">科室导航</a></li><li><a href="/zjjs/">专家介绍</a></li><li><a href="/hzfw/">患者服务</a></li></ul></div>
<div class="position">您的位置：<a href="/">首页</a> &gt; <a href="/hzfw/">患者服务</a> &gt; <a href="/hzfw/byh/">${club}</a></div>`;
    const column = rng.chance(0.5);
    const views = rng.int(50, 5000);
    let content: string;
    let date: string | null;
    let related: ExpectedItem[] = [];
    if (column) {
      const more = page.related.length > 0 && rng.chance(0.7);
      const moreHtml = more ? `<div class="list"><h4>更多问答</h4><ul>${page.related.map((r) => `<li><a href="/hzfw/byh/${itemNum(r)}.html">【${club.replace(/俱乐部|之家|会$/u, '')}问答】${esc(r.question)}</a><span>[${r.date}]</span></li>`).join('')}</ul></div>` : '';
      const lead = `【${club.replace(/俱乐部|之家|会$/u, '')}问答】`;
      content = `<div class="article"><h1>${lead}${esc(page.question)}</h1><div class="info">发布时间：${page.date}　作者：${esc(d.department!)}　点击：${views}</div>
<div class="text"><p><strong>病友提问：</strong>${esc(page.question)}${/[？?]$/u.test(page.question) ? '' : '？'}${esc(rng.pick(ASKER_LINES))}</p><p><strong>专家解答：</strong></p>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}
<div class="expert-box"><p class="eb-hd">本期解答专家</p><img src="/uploads/zj/${token(rng, 8)}.jpg"><p>${esc(d.name!)}，${esc(d.department!)}${d.title}。擅长${esc(topicWord(page))}等疾病的诊治，出诊时间：周${rng.pick(['一', '三', '五'])}全天。</p></div></div>
<div class="prevnext"><p>上一篇：<a href="/hzfw/byh/${page.item.num - 1}.html">${lead}${rng.pick(HBV_QUESTIONS)}</a></p></div>${moreHtml}</div>`;
      date = page.date;
      related = more ? linkItems(page, (n) => `/hzfw/byh/${n}.html`) : [];
    } else {
      const fullDay = rng.chance(0.6);
      const issue = rng.int(5, 60);
      const others = page.related.slice(0, rng.int(1, 2));
      const pairs = [{ q: page.question, paras: page.paragraphs }, ...others.map((r) => ({ q: r.question, paras: [r.snippet] }))];
      content = `<div class="article"><h1>我院${esc(d.department!)}举办第${issue}期${club}活动</h1><div class="info">发布时间：${shift(page.date!, rng.int(1, 3))}　来源：${esc(d.department!)}　点击：${views}</div>
<div class="text"><p>${fullDay ? `${cnDate(page.date!)}上午` : '近日'}，我院${esc(d.department!)}在门诊楼${rng.int(2, 9)}楼会议室举办第${issue}期${club}活动，${rng.int(30, 120)}余名患者及家属参加。</p>
<p>活动中，${esc(d.department!)}${esc(d.name!)}${d.title}以“${esc(topicWord(page))}的日常管理”为题进行了讲解，并现场解答了病友们关心的问题。</p>
<p style="text-align:center"><img src="/uploads/news/${token(rng, 10)}.jpg"></p><p style="text-align:center"><span style="font-size:12px">活动现场</span></p>
<p><strong>专家答疑摘录</strong></p>${pairs.map((p) => `<p><strong>问：</strong>${esc(p.q)}</p>${p.paras.map((t, j) => `<p>${j === 0 ? `<strong>答（${esc(d.name!)}${d.title}）：</strong>` : ''}${esc(t)}</p>`).join('')}`).join('\n')}
<p>${club}每月举办一次，欢迎患者及家属关注医院微信公众号报名参加。</p><p style="text-align:right">（${esc(d.department!)} ${esc(otherName(rng))}）</p></div></div>`;
      date = fullDay ? page.date : null;
    }
    const body = `${masthead}\n<div class="container">${content}</div>
<div class="footer"><p>${esc(d.hospital!)} 版权所有</p><p>地址：${esc(d.hospital!.replace(/市.*$/u, '市'))}人民路${rng.int(1, 300)}号 急诊电话：120</p></div>`;
    const html = documentOf(column ? `${page.question}-${d.hospital}` : `${club}活动-${d.hospital}`, null, '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor, date, format: 'unknown', related }),
    };
  },
};

export const FRESH66_FAMILIES: readonly Family[] = [yaigongwuDiscuz7, mijianBingyouquan, hbvZjmzAsp, rareDiseaseDayihui, shenyouWenyisheng, hospitalBingyouhui];
