import iconv from 'iconv-lite';
import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import { DISCLAIMERS, FEW_SURNAMES, RELATED_HEADS, ask, cardPlain, cnDate, dayText, formatWord, hm, plainCard, relatedItem, relatedList, relatedWith, shift, whenLine } from './ordinary-parts.js';
import { cls, esc, wrap } from './parts.js';
import type { Format, TruthPage } from './truth.js';

/**
 * Twentieth fresh held-out set (split `fresh-20`): written blind on 2026-12-01 — without reading the
 * reader (src/extract/, src/flags/) or its tests and without running it on these pages — and
 * committed before its first run. Each family is modelled on the general shape of a kind of real
 * page or of what real crawled HTML does to one (from memory, no copied markup) that no earlier
 * family covers: a page whose bytes and charset declarations disagree (GBK bytes under a `<meta>`
 * that says utf-8, UTF-8 bytes under one that says gb2312, two metas that contradict each other, a
 * GBK server-side include inside a UTF-8 page); a page as it arrives through a hijacking network
 * (an injected document before the page's own `<!DOCTYPE>`, after its `</html>` or at the top of its
 * body: a floating ad, a 流量提醒 with its own day, a 今日热点 feed) whose header include is itself a
 * whole document (two `<head>`s, two `<title>`s); a CMS page that keeps earlier versions of its parts
 * in HTML comments (the answer before an edit, the doctor's old card, an old date, related items
 * taken down, IE conditional comments, an unprocessed SSI directive); a hospital site's 健康问答
 * article whose answer was pasted from Microsoft Word (MsoNormal paragraphs, text in font spans,
 * `<o:p>`, Word lists whose numbers sit in `mso-list:Ignore` spans between `[if !supportLists]`
 * comments, Word's XML and style blocks); an old ask-a-doctor page whose answer was stored from a
 * textarea and printed without `<br>`, its paragraphs told apart only by 　　 / &emsp; / &nbsp;
 * indents (or by newlines a `white-space:pre-line` rule shows); a health insurer's / internet
 * hospital's 问诊详情 page in an app webview (the nav bar's generic title, 保单权益, the consult's
 * service label 图文问诊, the doctor's 第一执业点 beside the 互联网医院 that provides the service, an
 * order number that starts with a day, 问诊已结束 with a later time, an insurance product card).
 *
 * The answer key holds what a careful person reads on the page, as displayed; a field the page does
 * not print is null, and agrees with the earlier splits (meta / og / JSON-LD are not printed; an
 * item is known by its address; hidden and non-rendered text is no text; a linked question with no
 * snippet is no item; an indent opening a paragraph is no part of it).
 * - charset-lie: the text is what the site wrote, in the encoding its bytes are in, whatever the
 *   `<meta>` says (the server's Content-Type header named the right one; the saved bytes no longer
 *   carry it): GBK bytes under `<meta charset="utf-8">` are read as GBK, UTF-8 bytes under a gb2312
 *   meta as UTF-8, and of two contradicting metas the one the bytes agree with is right. In a UTF-8
 *   page a block included in GBK (a 公告 bar, a 推广 line, 友情链接) is furniture either way; the
 *   content around it is UTF-8 and keyed as such.
 * - injected-doc: the injected markup (its `<html>`, `<script>`s, the floating ad with 关闭, the
 *   carrier's 流量提醒 and its day, a 今日热点 feed of off-site news titles) is none of the page: no
 *   text of any field, its day dates nothing, its links are no items. The page's question is its
 *   `<h1>`; where the header include is a whole document the first `<title>` (the one a browser
 *   shows) is the site's slogan, the second (in the body, never shown) the question.
 * - commented-old: nothing inside `<!-- -->` is displayed: the answer before an edit, the doctor's
 *   old card (a lower title, an earlier hospital), an old date, an old format label, a related item
 *   taken down (commented out among the live ones) and an IE-only conditional comment are none of
 *   any field; the live parts are keyed as printed. An unprocessed `<!--#include virtual=…-->` is a
 *   comment too.
 * - word-paste: the pasted Word markup changes no text: a paragraph is one `MsoNormal` /
 *   `MsoListParagraph` `<p>` however many spans split it; an empty Word paragraph (`<o:p>&nbsp;</o:p>`)
 *   is no paragraph; a Word list's number, printed between `[if !supportLists]` comments, IS the
 *   paragraph's (it is displayed, as the site's own `1.` would be; the `&nbsp;` spacer after it is
 *   whitespace); Word's XML and `<style>` blocks (in comments or not) show nothing. The 问： line
 *   and the 答： label in the paste are none of the answer; the right-aligned signature (department,
 *   name, title, and the hospital on some pages) is the card, none of the answer. The hospital is the
 *   site's own (masthead, footer, `<title>`), as hospital-consult keys a hospital's own site; its
 *   grade where the masthead's badge prints it. The date is the article's 发布时间 (its only date).
 *   Format unknown. 上一篇 / 下一篇 and the 【字体】 / 打印本页 / 关闭窗口 line are furniture.
 * - indent-runs: the answer is stored text printed without `<br>`: where the newlines collapse, a
 *   paragraph is each run that an indent opens (two ideographic spaces, `&emsp;&emsp;` or four
 *   `&nbsp;`s; the first paragraph's indent missing on some pages), as displayed with its visible
 *   gaps; where a `white-space:pre-line` / `pre-wrap` rule (inline or from a `<style>` class) shows
 *   the newlines, a paragraph is a line. Indents are no part of a paragraph. The asker's 病情描述,
 *   indented the same way, is none of the answer; its 提问时间 dates nothing.
 * - insurer-webview: the nav bar's `问诊详情` (and the `<title>`) is no question: the question is the
 *   consult's title line. The hospital is the doctor's own (`第一执业点` / `执业医院`, the one by the
 *   department), not the 互联网医院 named as the service's provider (`执业机构`, `本次服务由…提供`);
 *   the grade the tag beside the doctor's hospital. The answer's date is the doctor's reply time;
 *   the asker's 提问时间, the 问诊已结束 time (a day or more later) and the order number
 *   (`20230506…`) date nothing. The service label (`图文问诊`, `语音问诊`, `视频问诊`, printed on 60%)
 *   names the answer's format; without it, unknown. The patient's 评价 line, the 保单权益 banner, the
 *   licence number (执业证号) and the insurance product card are none of any field; the product
 *   card's link is no item.
 * Format is printed only where a format word is printed; related items' formats and dates only
 * where the list prints them.
 */

const digits = (rng: Rng, n: number) => Array.from({ length: n }, () => String(rng.int(0, 9))).join('');
const itemsExpected = (page: TruthPage, dated: boolean, formatted = false) =>
  relatedWith(page, (e) => ({ format: formatted ? e.format : 'unknown', date: dated ? e.date : null }));
const masked = (rng: Rng) => `${rng.pick(FEW_SURNAMES)}${rng.pick(['**', '*', '先生', '女士'])}`;

/** Other Q&As of the site, none of them in the truth's universe (taken-down items, 上一篇 / 下一篇). */
const OTHER_QAS: readonly (readonly [string, string])[] = [
  ['做胃镜前需要空腹多长时间？', '一般检查前一天晚上八点以后不再进食，检查当天早上禁食禁水，如有高血压可用少量温水送服降压药。'],
  ['孩子接种疫苗后发烧怎么办？', '接种后出现低热多为正常反应，多喝水、注意休息即可，体温超过38.5℃应及时就诊。'],
  ['体检发现甲状腺结节要紧吗？', '大多数甲状腺结节是良性的，需结合超声分级来判断，建议定期复查。'],
  ['骨密度检查前要注意什么？', '检查前不需要空腹，但应取下身上的金属物品，近期做过钡餐检查的应间隔一周以上。'],
  ['术后多久可以洗澡？', '一般伤口拆线后两三天、伤口愈合良好即可淋浴，洗后保持伤口干燥。'],
  ['晚上睡觉总是醒是怎么回事？', '夜间易醒与精神压力、作息不规律等有关，睡前少看手机，必要时到睡眠门诊就诊。'],
];

const paragraphs = (page: TruthPage) => page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('');

/**
 * F1. A page whose declarations lie about its bytes: GBK bytes under a utf-8 `<meta>` (an old GBK
 * site given a new template's head; 30%), UTF-8 bytes under a gb2312 / gbk `<meta>` (files re-encoded,
 * the meta forgotten; 30%), two metas in the head that contradict each other, the bytes agreeing
 * with either (20%), or a UTF-8 page, so declared, with one block included in GBK (a 公告 bar at the
 * top, a 推广 line after the answer or a 友情链接 row in the footer; 20%). Written with `&copy;` and
 * GBK's own ￥ so that a GBK page holds only GBK characters. Card ordinary (grade on 60%), format on
 * 40%, related list ordinary (dated on half).
 */
const charsetLie: Family = {
  name: 'charset-lie',
  split: 'fresh-20',
  site: 'www.bianma-wenyi.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.6) && page.doctor.hospital_grade !== null;
    const printFormat = page.format !== 'unknown' && rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const lie = rng.weighted([['gbk-under-utf8', 3], ['utf8-under-gbk', 3], ['two-metas', 2], ['gbk-include', 2]] as const);
    const utf8Meta = rng.pick(['<meta charset="utf-8">', '<meta charset="UTF-8">', '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">']);
    const gbkMeta = rng.pick(['<meta charset="gbk">', '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', '<meta http-equiv="Content-Type" content="text/html; charset=GBK">']);
    const gbkBytes = lie === 'gbk-under-utf8' || (lie === 'two-metas' && rng.chance(0.5));
    const [firstMeta, secondMeta] =
      lie === 'gbk-under-utf8' ? [utf8Meta, ''] : lie === 'utf8-under-gbk' ? [gbkMeta, ''] : lie === 'two-metas' ? rng.shuffle([utf8Meta, gbkMeta]) : [utf8Meta, ''];
    const include = rng.pick([
      ['top', `<div class="gg">【公告】本站已全面升级，如遇页面显示异常请清除浏览器缓存后刷新。客服电话：400-${digits(rng, 3)}-${digits(rng, 4)}</div>`],
      ['mid', `<div class="tg">【推广】名医在线预约挂号，三甲医院专家号源实时更新 <a href="/guahao/">立即预约</a></div>`],
      ['foot', `<div class="yqlj">友情链接：<a href="http://www.jiankang-zhijia.example/">健康之家</a> <a href="http://www.yaopin-wang.example/">药品网</a> <a href="http://www.muying-luntan.example/">母婴论坛</a></div>`],
    ] as const);
    const head = `<!DOCTYPE html>
<html>
<head>
${firstMeta}
<title>${esc(page.question)}_编码问医</title>
<meta name="keywords" content="${esc(ask(page))},${esc(page.doctor.department!)},在线问医生">
${secondMeta}
<link rel="canonical" href="${page.canonical}">
</head>
<body>
<div${cls(rng)}><a href="/">编码问医</a> <a href="/ask/">免费提问</a> <a href="/ks/">科室</a> <a href="/yiyuan/">医院</a></div>
`;
    const content = wrap(
      rng,
      `<div${cls(rng)}>当前位置：<a href="/">首页</a> &gt; <a href="/ks/">${esc(page.doctor.department!)}</a> &gt; 正文</div>\n<h1${cls(rng)}>${esc(page.question)}</h1>\n${plainCard(rng, page, gradeShown)}\n${whenLine(rng, page, printFormat)}\n<div${cls(rng)}>${paragraphs(page)}</div>\n<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>`,
    );
    const list = relatedList(rng, page.related, datedItems);
    const foot = `<div${cls(rng)}>&copy; 2012-2024 编码问医 版权所有 ICP备${digits(rng, 8)}号</div>\n</body>\n</html>`;
    let body: Buffer;
    if (lie === 'gbk-include') {
      const [where, block] = include;
      const gbk = iconv.encode(block, 'gbk');
      const utf8 = (s: string) => Buffer.from(s, 'utf8');
      const parts =
        where === 'top' ? [utf8(head), gbk, utf8(`\n${content}\n${list}\n${foot}`)] : where === 'mid' ? [utf8(`${head}${content}\n`), gbk, utf8(`\n${list}\n${foot}`)] : [utf8(`${head}${content}\n${list}\n`), gbk, utf8(`\n${foot}`)];
      body = Buffer.concat(parts);
    } else {
      const html = `${head}${content}\n${list}\n${foot}`;
      body = gbkBytes ? iconv.encode(html, 'gb18030') : Buffer.from(html, 'utf8');
    }
    return {
      body,
      expected: expectedOf(page, {
        doctor: cardPlain(page, gradeShown),
        format: printFormat ? page.format : 'unknown',
        related: itemsExpected(page, datedItems),
      }),
    };
  },
};

const NEWS_TITLES = ['多地迎来降温天气 出行注意保暖', '新能源汽车下乡活动启动', '今年高考报名人数公布', '这几种水果放冰箱反而坏得快', '暑期档电影票房再创新高', '楼市新政落地 首付比例下调'];
const CARRIERS = ['中国移动', '中国联通', '中国电信'];

/**
 * F2. A mobile page as it arrived through a hijacking network (a carrier's or a hotel Wi-Fi's
 * injector, a tampered CDN node): an injected document — `<html><head><script>` and a `<body>` with
 * a floating ad (a banner picture with 广告 / 推广 alt, an ad line, 关闭×), a carrier's 流量提醒 with
 * a day of its own (on 40%) or a 今日热点 feed of off-site news titles (on 30%) — placed before the
 * page's `<!DOCTYPE>` (40%), after its `</html>` (30%) or right after its `<body>` (30%). On half the
 * pages the site's header include is itself a whole document (`<!DOCTYPE html><html><head>` with the
 * site's slogan as `<title>`, a `<body>` with the nav), after which the page's own `<html><head>` with
 * the question's `<title>` and the canonical link begin again. Card ordinary (grade on 60%), format
 * on 40%, related list ordinary.
 */
const injectedDoc: Family = {
  name: 'injected-doc',
  split: 'fresh-20',
  site: 'm.jiechi-wenyi.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.6) && page.doctor.hospital_grade !== null;
    const printFormat = page.format !== 'unknown' && rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const where = rng.weighted([['before', 4], ['after', 3], ['body-top', 3]] as const);
    const includeDoc = rng.chance(0.5);
    const ip = `${rng.int(36, 223)}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(2, 254)}`;
    const id = `_${Array.from({ length: 8 }, () => rng.pick([...'abcdefghijklmnopqrstuvwxyz0123456789'])).join('')}`;
    const extra = rng.weighted([['notice', 4], ['news', 3], ['none', 3]] as const);
    const noticeDay = shift(page.date!, rng.int(60, 900));
    const extraHtml =
      extra === 'notice'
        ? `<p style="margin:4px 0;font-size:12px">尊敬的客户：截至${cnDate(noticeDay)}${hm(rng)}，您本月已使用国内流量${rng.int(2, 30)}.${rng.int(0, 9)}GB，剩余${rng.int(0, 9)}.${rng.int(0, 9)}GB。【${rng.pick(CARRIERS)}】</p>`
        : extra === 'news'
          ? `<div style="font-size:12px">今日热点：${rng
              .shuffle(NEWS_TITLES)
              .slice(0, 3)
              .map((t) => `<a href="http://${ip}/n/${digits(rng, 6)}.html" target="_blank">${t}</a>`)
              .join(' ')}</div>`
          : '';
    const ad = `<div id="${id}" style="position:fixed;left:0;right:0;bottom:0;z-index:2147483647;background:#fff;border-top:1px solid #ddd"><a href="http://${ip}:${rng.pick([8080, 8088, 9000])}/c?u=${digits(rng, 10)}" target="_blank"><img src="http://${ip}/img/${digits(rng, 4)}.gif" width="100%" alt="${rng.pick(['广告', '推广'])}"></a>${extraHtml}<p style="margin:4px 0">${rng.pick(['流量不够用？点此免费领取10G全国流量', '手机充值满100送20，限时抢购', '热门手游 今日开服 立即下载'])}</p><span onclick="document.getElementById('${id}').style.display='none'">关闭×</span></div>`;
    const script = `<script type="text/javascript">(function(){var s=document.createElement('script');s.src='http://${ip}/js/${digits(rng, 6)}.js?t='+new Date().getTime();document.getElementsByTagName('head')[0].appendChild(s);})();</script>`;
    const siteHeader = `<div${cls(rng)}><a href="/">劫持问医</a> <a href="/ask/">问医生</a> <a href="/ks/">找科室</a></div>`;
    const ownHead = `<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(page.question)}_劫持问医</title>
<link rel="canonical" href="${page.canonical}">
</head>
<body>`;
    const top = includeDoc
      ? `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>劫持问医 - 专业医生在线解答</title>
<link rel="stylesheet" href="/css/common.css">
</head>
<body>
${siteHeader}
${ownHead}`
      : `<!DOCTYPE html>
${ownHead}
${siteHeader}`;
    const bodyTop = where === 'body-top' ? `\n${ad}${script}` : '';
    const content = wrap(
      rng,
      `<h1${cls(rng)}>${esc(page.question)}</h1>\n${plainCard(rng, page, gradeShown)}\n${whenLine(rng, page, printFormat)}\n<div${cls(rng)}>${paragraphs(page)}</div>\n<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>`,
    );
    const own = `${top}${bodyTop}\n${content}\n${relatedList(rng, page.related, datedItems)}\n<div${cls(rng)}>© 2016-2024 劫持问医</div>\n</body>\n</html>`;
    const injected = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">${script}</head><body>${ad}</body></html>`;
    const html = where === 'before' ? `${injected}\n${own}` : where === 'after' ? `${own}\n${script}${ad}` : own;
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, gradeShown),
        format: printFormat ? page.format : 'unknown',
        related: itemsExpected(page, datedItems),
      }),
    };
  },
};

const LOWER_TITLE: Record<string, string> = {
  主任医师: '副主任医师',
  副主任医师: '主治医师',
  主治医师: '住院医师',
  医师: '住院医师',
  主任中医师: '副主任中医师',
  副主任中医师: '主治中医师',
};

/**
 * F3. A CMS page that keeps earlier versions of its parts in comments: template markers
 * (`<!-- 问题标题 -->`, `<!-- 医生信息 start -->`, `<!-- /回答内容 -->`) and an unprocessed
 * `<!--#include virtual="/inc/ad_728x90.html" -->` always; the answer before an edit (its text with
 * the last paragraph missing or only its first paragraph and a stock closing, under `编辑前` and an
 * edit day) before or after the live answer (65%); the doctor's old card (a lower title, or an
 * earlier hospital) beside the live one (45%); an old date (and on half of those an old format
 * label) beside the live one (45%); one or two related items taken down, commented out among the
 * live ones (50%); an IE-only conditional comment with a browser warning (50%); a developer's note
 * (30%). Card ordinary (grade on 60%), format on 40%, related list dated on half.
 */
const commentedOld: Family = {
  name: 'commented-old',
  split: 'fresh-20',
  site: 'www.jiuban-wenda.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.6) && d.hospital_grade !== null;
    const printFormat = page.format !== 'unknown' && rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const editDay = shift(page.date!, rng.int(1, 400));
    const oldDay = shift(page.date!, -rng.int(30, 700));
    const oldParas =
      page.paragraphs.length > 1 && rng.chance(0.5) ? page.paragraphs.slice(0, -1) : [page.paragraphs[0]!, rng.pick(['具体还需要到医院面诊后确定。', '建议尽早就医，遵医嘱治疗。'])];
    const oldAnswer = rng.chance(0.65)
      ? `<!-- ${rng.pick(['编辑前的回答', '旧版回答（编辑前）', 'old answer 编辑前'])} ${editDay}\n<div class="answer-old">${oldParas.map((p) => `<p>${esc(p)}</p>`).join('\n')}</div>\n-->`
      : '';
    const oldAnswerFirst = rng.chance(0.5);
    const oldCard = rng.chance(0.45)
      ? `<!-- <div class="doc-card"><span class="name">${esc(d.name!)}</span> <span class="title">${rng.chance(0.6) ? (LOWER_TITLE[d.title!] ?? '住院医师') : d.title}</span> <p>${esc(d.hospital!.replace(/(市).*$/u, '$1'))}第一人民医院 ${esc(d.department!)}</p></div> 医生信息更新前 -->`
      : '';
    const oldWhen = rng.chance(0.45)
      ? `<!--<span class="time">${dayText(rng, oldDay)}</span>${rng.chance(0.5) ? `<span class="type">${rng.pick(['语音', '图文', '视频'])}</span>` : ''}-->`
      : '';
    const ie = rng.chance(0.5) ? `<!--[if lt IE 9]><div class="ie-tip">您的浏览器版本过低，为了更好的浏览体验，请升级到最新版浏览器。<a href="/browser/">立即升级</a></div><![endif]-->\n` : '';
    const note = rng.chance(0.3) ? `<!-- TODO 回复时间暂用发布时间字段 ${shift(page.date!, -rng.int(1, 90))} -->` : '';
    const takenDown = rng.chance(0.5) && page.related.length
      ? rng.shuffle(OTHER_QAS).slice(0, rng.int(1, 2)).map(([q, s]) => `<!-- 已下线 <li><a href="/q/${digits(rng, 6)}.html">${esc(q)}</a><p>${esc(s)}</p>${datedItems ? `<span>${oldDay}</span>` : ''}</li> -->`)
      : [];
    const lis = page.related.map((r) => relatedItem(rng, r, datedItems));
    for (const t of takenDown) lis.splice(rng.int(0, lis.length), 0, t);
    const list = page.related.length ? `<!-- 相关问题 start -->\n<div${cls(rng)}><h3${cls(rng)}>${rng.pick(RELATED_HEADS)}</h3><ul${cls(rng)}>\n${lis.join('\n')}\n</ul></div>\n<!-- 相关问题 end -->` : '';
    const card = `<!-- 医生信息 start -->\n${oldCard}${plainCard(rng, page, gradeShown)}\n<!-- 医生信息 end -->`;
    const when = rng.chance(0.5) ? `${oldWhen}${whenLine(rng, page, printFormat)}` : `${whenLine(rng, page, printFormat)}${oldWhen}`;
    const live = `<!-- 回答内容 -->\n<div${cls(rng)}>${paragraphs(page)}</div>\n<!-- /回答内容 -->`;
    const answer = oldAnswerFirst ? `${oldAnswer}\n${live}` : `${live}\n${oldAnswer}`;
    const content = wrap(
      rng,
      `<!-- 问题标题 -->\n<h1${cls(rng)}>${esc(page.question)}</h1>\n${card}\n${when}\n${answer}\n${note}\n<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>\n<!--#include virtual="/inc/ad_728x90.html" -->`,
    );
    const html = `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>${esc(page.question)} - 旧版问答</title>
<link rel="canonical" href="${page.canonical}">
<!--[if lt IE 9]><script src="/js/html5shiv.min.js"></script><![endif]-->
</head>
<body>
${ie}<div${cls(rng)}><a href="/">旧版问答</a> <a href="/ask/">我要提问</a></div>
${content}
${list}
<!-- 统计代码 --><script>var _hmt = _hmt || [];</script>
<div${cls(rng)}>© 2014-2024 旧版问答 版权所有</div>
</body>
</html>`;
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, gradeShown),
        format: printFormat ? page.format : 'unknown',
        related: itemsExpected(page, datedItems),
      }),
    };
  },
};

const CJK_SPAN = 'font-family:宋体;mso-ascii-font-family:Calibri;mso-hansi-font-family:Calibri';
const LIST_NUMBER = /^((?:\d{1,2}|[一二三四五六七八九十]{1,2})[.、．]|（\d{1,2}）)/u;

/** A paragraph's text as Word pastes it: CJK and ASCII runs in spans of their own fonts, a CJK run split now and then where Word kept a revision mark. */
function wordRuns(rng: Rng, text: string): string {
  return (text.match(/[\x00-\x7f]+|[^\x00-\x7f]+/gu) ?? [])
    .map((run) => {
      if (/^[\x00-\x7f]+$/u.test(run)) return `<span lang="EN-US" style="font-family:${rng.pick(['Calibri', '&quot;Times New Roman&quot;'])}">${esc(run)}</span>`;
      const chars = [...run];
      const cut = chars.length > 6 && rng.chance(0.4) ? rng.int(2, chars.length - 2) : 0;
      const pieces = cut ? [chars.slice(0, cut).join(''), chars.slice(cut).join('')] : [run];
      return pieces.map((p) => `<span style="${CJK_SPAN}">${esc(p)}</span>`).join('');
    })
    .join('');
}

/** One answer paragraph as a Word paragraph: a list paragraph where it opens with a number (60% of those), else MsoNormal. */
function wordParagraph(rng: Rng, text: string, lead = ''): string {
  const number = LIST_NUMBER.exec(text)?.[1];
  if (number && !lead && rng.chance(0.6)) {
    const [open, close] = rng.chance(0.7) ? ['<!--[if !supportLists]-->', '<!--[endif]-->'] : ['<![if !supportLists]>', '<![endif]>'];
    const spacer = `<span style="font:7.0pt &quot;Times New Roman&quot;">${'&nbsp;'.repeat(rng.int(2, 6))} </span>`;
    return `<p class="MsoListParagraph" style="margin-left:18.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1">${open}<span lang="EN-US"><span style="mso-list:Ignore">${esc(number)}${spacer}</span></span>${close}${wordRuns(rng, text.slice(number.length))}<o:p></o:p></p>`;
  }
  const style = rng.pick(['text-indent:21.0pt;mso-char-indent-count:2.0', 'text-indent:2em;line-height:150%', 'text-indent:24.0pt;line-height:150%;mso-line-height-rule:exactly']);
  return `<p class="MsoNormal" style="${style}">${lead}${wordRuns(rng, text)}<o:p></o:p></p>`;
}

const WORD_XML = `<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View><w:Zoom>0</w:Zoom><w:PunctuationKerning/><w:DrawingGridVerticalSpacing>7.8 磅</w:DrawingGridVerticalSpacing><w:DisplayHorizontalDrawingGridEvery>0</w:DisplayHorizontalDrawingGridEvery><w:ValidateAgainstSchemas/><w:Compatibility><w:SpaceForUL/><w:BalanceSingleByteDoubleByteWidth/></w:Compatibility></w:WordDocument></xml><![endif]-->`;
const WORD_STYLE_COMMENTED = `<!--[if gte mso 10]><style>/* Style Definitions */ table.MsoNormalTable{mso-style-name:普通表格;mso-tstyle-rowband-size:0;mso-style-parent:"";font-size:10.5pt;font-family:"Times New Roman";}</style><![endif]-->`;
const WORD_STYLE = `<style>@font-face{font-family:宋体;panose-1:2 1 6 0 3 1 1 1 1 1;}@font-face{font-family:"\\@宋体";panose-1:2 1 6 0 3 1 1 1 1 1;}p.MsoNormal,li.MsoNormal{margin:0cm;text-align:justify;text-justify:inter-ideograph;font-size:10.5pt;font-family:Calibri;}</style>`;
const EMPTY_WORD_P = '<p class="MsoNormal"><span lang="EN-US"><o:p>&nbsp;</o:p></span></p>';

/**
 * F4. A hospital site's 健康问答 article whose body was pasted from Word into the CMS editor (the
 * vsb_content / v_news_content kind): a masthead with the hospital (its grade as a badge on 50%),
 * the `<h1>` question, an info line `发布时间：day　来源：department（60%）　作者：name　浏览次数：N`, then
 * the paste: Word's XML block and style definitions in conditional comments (60%), a bare `<style>` of
 * @font-face rules in the body (40%), a `问：question` Word paragraph and `答：` bold before the first
 * answer paragraph (45%), each paragraph a MsoNormal `<p>` of font spans and `<o:p>`, numbered ones
 * as Word list paragraphs on 60%, empty Word paragraphs between some, and a right-aligned signature
 * (department where 来源 does not print it, name, title, the hospital on 40%). Then 【字体：大 中 小】
 * 打印本页 关闭窗口, 上一篇 / 下一篇, and a 相关问答 list (snippets, dated on half).
 */
const wordPaste: Family = {
  name: 'word-paste',
  split: 'fresh-20',
  site: 'www.shiyi-renmin-yiyuan.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.5) && d.hospital_grade !== null;
    const datedItems = rng.chance(0.5);
    const deptInInfo = rng.chance(0.6);
    const sigDept = !deptInInfo || rng.chance(0.5);
    const sigHospital = rng.chance(0.4);
    const qaLabels = rng.chance(0.45);
    const parts: string[] = [];
    if (rng.chance(0.6)) parts.push(`${WORD_XML}${WORD_STYLE_COMMENTED}`);
    if (rng.chance(0.4)) parts.push(WORD_STYLE);
    if (qaLabels) parts.push(`<p class="MsoNormal"><b><span style="${CJK_SPAN}">问：</span></b>${wordRuns(rng, page.question)}<o:p></o:p></p>`);
    page.paragraphs.forEach((p, i) => {
      if (i > 0 && rng.chance(0.35)) parts.push(EMPTY_WORD_P);
      parts.push(wordParagraph(rng, p, i === 0 && qaLabels ? `<b><span style="${CJK_SPAN}">答：</span></b>` : ''));
    });
    if (rng.chance(0.5)) parts.push(EMPTY_WORD_P);
    const who = `${esc(d.name!)}${rng.pick([` ${d.title}`, `（${d.title}）`, `　${d.title}`])}`;
    const where = `${sigHospital ? `${esc(d.hospital!)} ` : ''}${sigDept ? `${esc(d.department!)} ` : ''}`;
    const sig = rng.pick([`（${where}${who}）`, `解答专家：${where}${who}`, `${where}${who}`]);
    parts.push(`<p class="MsoNormal" align="right" style="text-align:right"><span style="${CJK_SPAN}">${sig}</span><o:p></o:p></p>`);
    const [prev, next] = rng.shuffle(OTHER_QAS);
    const info = [
      `发布时间：${dayText(rng, page.date!, rng.chance(0.5) ? `${page.time}:00` : undefined)}`,
      ...(deptInInfo ? [`来源：${esc(d.department!)}`] : []),
      `作者：${esc(d.name!)}`,
      `浏览次数：<span id="hits">${rng.int(30, 9000)}</span>`,
    ].join('　');
    const related = page.related.length
      ? `<div class="${rng.pick(['xgwz', 'related', 'xgxw'])}"><h3>相关问答</h3><ul>${page.related
          .map((r) => `<li><a href="${r.path}" target="_blank">${esc(r.question)}</a>${datedItems ? `<span class="date">${r.date}</span>` : ''}<p>${esc(r.snippet)}</p></li>`)
          .join('\n')}</ul></div>`
      : '';
    const html = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>${esc(page.question)}-${esc(d.department!)}-${esc(d.hospital!)}</title>
<link rel="canonical" href="${page.canonical}" />
</head>
<body>
<div class="header"><div class="logo"><img src="/images/logo.png" alt="" /> <span class="hosp-name">${esc(d.hospital!)}</span>${gradeShown ? ` <span class="grade">${d.hospital_grade}</span>` : ''}</div>
<div class="nav"><a href="/">首页</a> <a href="/yygk/">医院概况</a> <a href="/ksdh/">科室导航</a> <a href="/zjjs/">专家介绍</a> <a href="/jkwd/">健康问答</a></div></div>
<div class="position">您的位置：<a href="/">首页</a> &gt;&gt; <a href="/jkwd/">健康问答</a> &gt;&gt; 正文</div>
<div class="article">
<h1 class="${rng.pick(['title', 'titlestyle', 'art-title'])}">${esc(page.question)}</h1>
<div class="${rng.pick(['info', 'timestyle', 'art-info'])}">${info}</div>
<div id="${rng.pick(['vsb_content', 'v_news_content', 'zoom'])}">
${parts.join('\n')}
</div>
<div class="tools">【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】 <a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
<div class="prevnext"><p>上一篇：<a href="/jkwd/${digits(rng, 4)}.html">${esc(prev![0])}</a></p><p>下一篇：<a href="/jkwd/${digits(rng, 4)}.html">${esc(next![0])}</a></p></div>
</div>
${related}
<div class="footer">版权所有：${esc(d.hospital!)}　地址：${esc(d.hospital!.slice(0, 3))}中山路${rng.int(1, 300)}号　备案号：ICP备${digits(rng, 8)}号</div>
</body>
</html>`;
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, gradeShown),
        format: 'unknown',
        related: itemsExpected(page, datedItems),
      }),
    };
  },
};

const ASKER_LINES = ['最近一段时间一直这样，不知道是什么原因。', '去社区医院看过，吃了药也不见好。', '请问需要做什么检查？', '平时工作比较忙，作息不太规律。'];

/**
 * F5. An old ask-a-doctor page whose answer was stored from a textarea and printed without `<br>`:
 * the answer's `<div>` holds its paragraphs as one text, each opened by an indent — two raw
 * ideographic spaces between newlines that collapse (40%), `&#12288;&#12288;` or `&emsp;&emsp;`
 * with no newline at all (20%), four `&nbsp;`s (15%) — the first paragraph's indent missing on a
 * quarter of the collapsing and entity pages; or the newlines shown by `white-space:pre-line` /
 * `pre-wrap` (inline or from a `<style>` class rule), indents on half of those (25%). The asker's
 * 病情描述 the same way, with 提问者 and 提问时间 (a few days earlier); a 最佳答案 / 医生回答 head;
 * card ordinary (grade on 60%), the reply date and format on 40%; the related snippets each one
 * indented run, dated on half.
 */
const indentRuns: Family = {
  name: 'indent-runs',
  split: 'fresh-20',
  site: 'www.laoban-wenda.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.6) && page.doctor.hospital_grade !== null;
    const printFormat = page.format !== 'unknown' && rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const mode = rng.weighted([['collapsed', 8], ['entities', 4], ['nbsp', 3], ['pre-line', 5]] as const);
    const indent = mode === 'collapsed' ? '　　' : mode === 'entities' ? rng.pick(['&#12288;&#12288;', '&emsp;&emsp;']) : mode === 'nbsp' ? '&nbsp;&nbsp;&nbsp;&nbsp;' : rng.pick(['　　', '']);
    const firstIndent = (mode === 'collapsed' || mode === 'entities') && rng.chance(0.25) ? '' : indent;
    const newline = mode === 'collapsed' || mode === 'pre-line' ? rng.pick(['\n', '\r\n']) : '';
    const asText = (paras: readonly string[]) => paras.map((p, i) => `${i ? indent : firstIndent}${esc(p)}`).join(newline);
    const preClass = `${rng.pick(['con', 'txt', 'ans'])}${rng.int(1, 9)}`;
    const preRule = rng.pick(['pre-line', 'pre-wrap']);
    const preInline = rng.chance(0.5);
    const boxAttrs = mode === 'pre-line' ? (preInline ? ` style="white-space:${preRule}"` : ` class="${preClass}"`) : cls(rng);
    const style = mode === 'pre-line' && !preInline ? `<style>.${preClass}{white-space:${preRule};word-break:break-all}</style>\n` : '';
    const askDay = shift(page.date!, -rng.int(0, 5));
    const desc = [`${ask(page)}。`, ...rng.shuffle(ASKER_LINES).slice(0, rng.int(1, 2))].join('');
    const asker = `<div${cls(rng)}><h1${cls(rng)}>${esc(page.question)}</h1><div${cls(rng)}>提问者：${masked(rng)}　　提问时间：${dayText(rng, askDay)}</div><div${cls(rng)}>病情描述：${mode === 'pre-line' ? '' : indent}${esc(desc)}</div></div>`;
    const answer = `<div${cls(rng)}><div${cls(rng)}>${rng.pick(['最佳答案', '医生回答', '专家回复'])}</div>\n${plainCard(rng, page, gradeShown)}\n<div${boxAttrs}>${asText(page.paragraphs)}</div>\n${whenLine(rng, page, printFormat)}</div>`;
    const related = page.related.length
      ? `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(RELATED_HEADS)}</h3>${page.related
          .map((r) => `<dl${cls(rng)}><dt><a href="${r.path}">${esc(r.question)}</a>${datedItems ? ` <span>${r.date}</span>` : ''}</dt><dd>${mode === 'pre-line' ? '' : indent}${esc(r.snippet)}</dd></dl>`)
          .join('\n')}</div>`
      : '';
    const html = `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>${esc(page.question)}_老版问答网</title>
<link rel="canonical" href="${page.canonical}">
${style}</head>
<body>
<div${cls(rng)}><a href="/">老版问答网</a> <a href="/ask/">我要提问</a> <a href="/ks/">科室大全</a></div>
<div${cls(rng)}>当前位置：<a href="/">首页</a> &gt; <a href="/ks/">${esc(page.doctor.department!)}</a> &gt; 问题详情</div>
${wrap(rng, `${asker}\n${answer}\n<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>`)}
${related}
<div${cls(rng)}>Copyright © 2009-2024 老版问答网</div>
</body>
</html>`;
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, gradeShown),
        format: printFormat ? page.format : 'unknown',
        related: itemsExpected(page, datedItems),
      }),
    };
  },
};

const PLATFORMS = ['银川康保互联网医院', '海南安心互联网医院', '乌镇健联互联网医院', '宁夏优医互联网医院'];
const SERVICE: Record<Exclude<Format, 'unknown'>, string> = { text: '图文问诊', voice: '语音问诊', video: '视频问诊' };
const PRODUCTS = ['安心百万医疗险', '守护重疾险', '少儿住院医疗险', '中老年防癌险'];
const RATINGS = ['非常满意，医生很耐心', '回复很及时，谢谢医生', '解答很详细，推荐'];

/**
 * F6. A health insurer's (or an insurer-backed internet hospital's) 问诊详情 page in an app webview:
 * a nav bar (‹ 问诊详情 ···) and the same generic `<title>`; a 保单权益 banner (50%); a status line
 * 问诊已结束 with a time a day or more after the reply (60%) and an order number opening with the
 * asking day (40%); the consult's title line (the question, under `咨询问题` on half the pages, no
 * heading element) with the service label `图文问诊` / `语音问诊` / `视频问诊` (60%), the patient
 * line (masked name, sex, age) and the 病情描述 with 提问时间; the doctor's card (name, title,
 * department | hospital with its grade tag on 60%, or labelled `第一执业点：` / `执业医院：`) with a
 * `执业机构：…互联网医院` line on 40% and a 执业证号 on 40%; the reply under `name医生 回复于 day time`;
 * `本次服务由…互联网医院提供`; the patient's ★ 评价 (50%); an insurance product card (50%); a
 * 相关问诊 list (snippets, dated on half, a format word on 40%); a bottom bar 再次咨询.
 */
const insurerWebview: Family = {
  name: 'insurer-webview',
  split: 'fresh-20',
  site: 'h5.baoxian-wenzhen.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.6) && d.hospital_grade !== null;
    const printFormat = page.format !== 'unknown' && rng.chance(0.6);
    const datedItems = rng.chance(0.5);
    const formattedItems = rng.chance(0.4);
    const platform = rng.pick(PLATFORMS);
    const askDay = shift(page.date!, -rng.int(0, 2));
    const endDay = shift(page.date!, rng.int(1, 3));
    const v = (inner: string) => `<div${cls(rng)}>${inner}</div>`;
    const nav = `<div class="nav-bar"><a class="nav-back" href="javascript:history.back()">‹</a><span class="nav-title">问诊详情</span><span class="nav-more">···</span></div>`;
    const benefit = rng.chance(0.5) ? v(`保单权益：${rng.pick(PRODUCTS)} 免费${rng.pick(['图文', '视频'])}问诊 剩余 ${rng.int(0, 5)} 次 <a href="/benefit/">查看权益 ›</a>`) : '';
    const status = rng.chance(0.6) ? v(`<b>问诊已结束</b> ${dayText(rng, endDay, hm(rng))}`) : '';
    const order = rng.chance(0.4) ? v(`订单编号：${askDay.replace(/-/g, '')}${digits(rng, 8)}`) : '';
    const service = printFormat ? ` <span${cls(rng)}>${SERVICE[page.format as Exclude<Format, 'unknown'>]}</span>` : '';
    const title = v(`${rng.chance(0.5) ? `<span${cls(rng)}>咨询问题</span>` : ''}<div${cls(rng)}>${esc(page.question)}</div>${service}`);
    const patient = v(`患者：${masked(rng)}　${rng.pick(['男', '女'])}　${rng.int(1, 80)}岁`);
    const desc = v(`病情描述：${esc(ask(page))}，${rng.pick(ASKER_LINES)}<div${cls(rng)}>提问时间 ${dayText(rng, askDay, hm(rng))}</div>`);
    const grade = gradeShown ? ` <i${cls(rng)}>${d.hospital_grade}</i>` : '';
    const hospitalLine = rng.pick([
      `<p${cls(rng)}>${esc(d.department!)} | ${esc(d.hospital!)}${grade}</p>`,
      `<p${cls(rng)}>${esc(d.department!)}</p><p${cls(rng)}>第一执业点：${esc(d.hospital!)}${grade}</p>`,
      `<p${cls(rng)}>执业医院：${esc(d.hospital!)}${grade}</p><p${cls(rng)}>${esc(d.department!)}</p>`,
    ]);
    const card = v(
      `<img src="/avatar/${page.item.num % 997}.jpg" alt="" width="48"><div${cls(rng)}><p><b>${esc(d.name!)}</b> <span${cls(rng)}>${d.title}</span> <span${cls(rng)}>平台认证</span></p>${hospitalLine}${
        rng.chance(0.4) ? `<p${cls(rng)}>执业机构：${platform}</p>` : ''
      }${rng.chance(0.4) ? `<p${cls(rng)}>执业证号：${digits(rng, 15)}</p>` : ''}</div>`,
    );
    const reply = v(`<div${cls(rng)}>${esc(d.name!)}医生 回复于 ${dayText(rng, page.date!, page.time)}</div><div${cls(rng)}>${paragraphs(page)}</div>`);
    const provider = v(`本次服务由${platform}提供`);
    const rating = rng.chance(0.5) ? v(`患者评价：<span>★★★★★</span> ${rng.pick(RATINGS)}`) : '';
    const product = rng.chance(0.5)
      ? v(`<a href="/product/${digits(rng, 5)}.html"><img src="/p/${digits(rng, 3)}.png" alt=""><p>${rng.pick(PRODUCTS)}</p><p>最高赔付${rng.pick(['300万', '600万'])}　<span>￥${rng.int(1, 99)}起</span></p><span>立即投保</span></a>`)
      : '';
    const related = page.related.length
      ? v(`<div${cls(rng)}>${rng.pick(['相关问诊', '相似问诊', '相关问答'])}</div>${page.related
          .map((r) => `<a href="${r.path}"${cls(rng)}><div${cls(rng)}>${esc(r.question)}</div><div${cls(rng)}>${esc(r.snippet)}</div>${
            datedItems || formattedItems ? `<div${cls(rng)}>${formattedItems ? `<span>${formatWord(rng, r.format)}</span> ` : ''}${datedItems ? `<span>${r.date}</span>` : ''}</div>` : ''
          }</a>`)
          .join('\n')}`)
      : '';
    const bar = `<div class="bottom-bar"><a href="/consult/again">再次咨询 ￥${rng.pick(['9.9', '19.9', '29'])}</a></div>`;
    const html = `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>问诊详情</title>
<link rel="canonical" href="${page.canonical}">
</head>
<body>
${nav}
${wrap(rng, `${benefit}\n${status}\n${order}\n${title}\n${patient}\n${desc}\n${card}\n${reply}\n${provider}\n${rating}`)}
${product}
${related}
${bar}
</body>
</html>`;
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, gradeShown),
        format: printFormat ? page.format : 'unknown',
        related: relatedWith(page, (e) => ({ format: formattedItems ? e.format : 'unknown', date: datedItems ? e.date : null })),
      }),
    };
  },
};

export const FRESH20_FAMILIES: readonly Family[] = [charsetLie, injectedDoc, commentedOld, wordPaste, indentRuns, insurerWebview];
