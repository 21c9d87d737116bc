import iconv from 'iconv-lite';
import { TOPICS } from '../../kit/pages/vocab.js';
import { expectedOf, type ExpectedItem, type Family, type Rendered } from './family.js';
import { trad } from './families-fresh5.js';
import { ask, cnDate, hm, personName, relatedWith, shift, token, topicWord } from './ordinary-parts.js';
import { cls, esc, wrap } from './parts.js';
import type { Format, TruthDoctor } from './truth.js';

/**
 * Tenth fresh held-out set (split `fresh-10`): written blind on 2026-11-30 — without reading the
 * reader (src/extract/, src/flags/) or its tests and without running it on these pages — and
 * committed before its first run. Each family is modelled on the general shape of a kind of real
 * page (from memory, no copied markup) that no earlier family covers: a search engine's result
 * page whose 健康问答卡 prints its card under the answer as `回答者：name | title | hospital` pipes
 * with an `N人觉得有用` count, ordinary web results after it; a forum thread in which the asker
 * quotes the doctor's reply again later (`引用 name 的回复：…`); a hospital site's 专家问答 column
 * page that shows its newest Q&A in full over a list of ten dated news articles; a paid 快速问医生
 * page with the doctor's card floating right after the answer, a 患者评价 star block and a JS-free
 * tab panel (radio inputs and labels) of 相关问题 / 热门问题 / 最新问题, only one tab being related;
 * a Taiwan / Hong Kong page in Big5 (declared charset=big5), 繁體 with 醫師 / 科別 / 回覆時間,
 * dates now and then in the 民國 calendar, characters outside Big5 written as &#x…; references.
 *
 * The answer key holds what a careful person reads on the page, as printed (traditional text as
 * printed; a 民國 date is the day it names). A field the page does not print is null; items
 * that are not Q&As of the page's topic (web results, news articles, hot questions of other
 * topics, titles without a snippet) are no related items.
 */

type Item = ExpectedItem;

const [Y, M, D] = [(iso: string) => iso.slice(0, 4), (iso: string) => iso.slice(5, 7), (iso: string) => iso.slice(8, 10)];
const FORMAT_WORDS: Record<Exclude<Format, 'unknown'>, readonly string[]> = {
  voice: ['语音回答', '语音解答'],
  text: ['图文回答', '文字回答'],
  video: ['视频回答', '视频解答'],
};

/**
 * O1. A search engine's result page for the question: the search box holding it, then a
 * 健康问答卡 (the engine's own answer card): the question as the card's <h3>, a source line, the
 * answer's paragraphs (as <p>s or one block broken by <br>), and under them the card in pipes —
 * `回答者：name | title | hospital | department` (label 回答者 / 回答医生 / 答主, separators | ｜ ·,
 * the grade in brackets after the hospital on 40%, title/hospital/department in any order),
 * `N人觉得有用`, the date on 70% (else none at all) and the format on some pages; the card's own
 * 相关问答 (question, snippet, a date on half the pages); then 5 to 8 ordinary web results (other
 * sites' pages with a title, a blurb and a green address line with its date — no items), 大家还在搜
 * chips and the pager.
 */
const serpCard: Family = {
  name: 'serp-card',
  split: 'fresh-10',
  site: 'www.sousuo-jk.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.4);
    const dated = rng.chance(0.7);
    const printFormat = page.format !== 'unknown' && rng.chance(0.4);
    const sep = rng.pick([' | ', '｜', ' · ', ' | ']);
    const parts = rng.shuffle([d.title!, `${esc(d.hospital!)}${gradeShown ? `（${d.hospital_grade}）` : ''}`, esc(d.department!)]);
    const byline = `<div${cls(rng)}>${rng.pick(['回答者', '回答医生', '答主'])}：${rng.chance(0.5) ? `<a href="/doctor/${token(rng, 8)}">${esc(d.name!)}</a>` : esc(d.name!)}${sep}${parts.join(sep)}</div>`;
    const useful = `<span${cls(rng)}>${rng.int(3, 9999)}人觉得有用</span>`;
    const when = dated ? `<span${cls(rng)}>${rng.pick([`${page.date}`, cnDate(page.date!), `回答时间：${page.date}`, `${page.date} ${page.time}`])}</span>` : '';
    const fmt = printFormat ? `<span${cls(rng)}>${rng.pick(FORMAT_WORDS[page.format as Exclude<Format, 'unknown'>])}</span>` : '';
    const answer = rng.chance(0.6) ? page.paragraphs.map((p) => `<p${cls(rng)}>${esc(p)}</p>`).join('') : `<div${cls(rng)}>${page.paragraphs.map(esc).join('<br>')}</div>`;
    const datedItems = rng.chance(0.5);
    const items = page.related.map(
      (r) => `<div${cls(rng)}><a href="${r.path}"${cls(rng)}>${esc(r.question)}</a><p${cls(rng)}>${esc(r.snippet)}</p>${datedItems ? `<span${cls(rng)}>${r.date}</span>` : ''}</div>`,
    );
    const word = topicWord(page);
    const hosts = ['www.jiankang-wang.example', 'health.zixun-net.example', 'www.yao-baike.example', 'm.bingli-ku.example', 'www.yangsheng-zhan.example', 'www.yixue-dict.example', 'news.dushi-bao.example', 'www.muying-luntan.example'];
    const titles = rng.shuffle([`${word}的原因及治疗方法`, `${word}吃什么好？这几类食物要多吃`, `${word}的症状有哪些_${rng.pick(['健康网', '百科', '药品网'])}`, `得了${word}怎么办？专家提醒注意这几点`, `${word}能治好吗`, `${word}的日常护理`, `${word}挂什么科`, `${word}患者的饮食指南_${rng.pick(['养生网', '健康频道'])}`]);
    const results = rng.shuffle(hosts).slice(0, rng.int(5, 8)).map((host, i) => {
      const title = titles[i]!;
      const blurb = rng.pick([`${word}是临床常见病，很多人都有过类似的经历。本文为您详细介绍${word}的病因、症状和治疗方法……`, `最佳答案: ${word}的发生与多种因素有关，建议及时就医。`, `${cnDate(shift(page.date!, rng.int(-900, 300)))} — ${word}患者在日常生活中要注意饮食清淡……`]);
      return `<div${cls(rng)} data-rank="${i + 2}"><h3${cls(rng)}><a href="https://${host}/${token(rng, 6)}.html" target="_blank">${esc(title)}</a></h3><div${cls(rng)}>${esc(blurb)}</div><div${cls(rng)} style="color:#008000">${host}/${token(rng, 4)}/ ${shift(page.date!, rng.int(-700, 400))}</div></div>`;
    });
    const searches = ['怎么治疗', '吃什么药', '的原因', '挂什么科', '能根治吗', '的症状'].map((s) => `<a href="/s?wd=${encodeURIComponent(word + s)}">${esc(word + s)}</a>`);
    const card = `<div${cls(rng)} data-tpl="health_qa">
<div${cls(rng)}><span${cls(rng)}>健康问答</span> <span${cls(rng)}>${rng.pick(['医生回答', '权威医生回答', '来自健康频道'])}</span></div>
<h3${cls(rng)}><a href="${page.canonical}">${esc(page.question)}</a></h3>
${fmt}${wrap(rng, answer, 1)}
${byline}
<div${cls(rng)}>${useful}${when ? ` ${when}` : ''}</div>
${page.related.length ? `<div${cls(rng)}><div${cls(rng)}>${rng.pick(['相关问答', '其他人还问了', '相似问题'])}</div>${items.join('\n')}</div>` : ''}
</div>`;
    const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(ask(page))}_搜索</title>
<link rel="canonical" href="${page.canonical}">
</head>
<body>
<div${cls(rng)}><a href="/"><img src="/img/logo.png" alt="搜索"></a><form action="/s"><input name="wd" value="${esc(page.question)}"> <button>搜一下</button></form></div>
<div${cls(rng)}><a href="/s?wd=x">网页</a> <a href="/news">资讯</a> <a href="/zhidao">知道</a> <a href="/health">健康</a> <a href="/pic">图片</a></div>
<div${cls(rng)}>为您找到相关结果约${rng.int(10, 999)},${String(rng.int(0, 999)).padStart(3, '0')}个</div>
<div${cls(rng)}>
${card}
${results.join('\n')}
</div>
<div${cls(rng)}><div${cls(rng)}>大家还在搜</div>${searches.join(' ')}</div>
<div${cls(rng)}><strong>1</strong> <a href="/s?pn=10">2</a> <a href="/s?pn=20">3</a> <a href="/s?pn=10">下一页&gt;</a></div>
<div${cls(rng)}>©2023 搜索 使用前必读 意见反馈</div>
</body>
</html>`;
    const related = relatedWith(page, (e) => ({ format: 'unknown', date: datedItems ? e.date : null }));
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: gradeShown ? d.hospital_grade : null },
        date: dated ? page.date : null,
        format: printFormat ? page.format : 'unknown',
        related,
      }),
    };
  },
};

const THANKS = ['谢谢医生！', '太感谢了，说得很清楚。', '明白了，谢谢您的耐心解答！', '好的，我去医院看看，谢谢。'];
const AFTER = ['那平时饮食上需要忌口吗？', '请问需要复查吗？', '那大概多久能好呢？', ''];
const BYSTANDERS = ['同问，我也是这种情况。', 'mark一下，学习了。', '顶一个，医生说得很专业。'];

/**
 * O2. A forum thread (a health board of a city forum, 贴吧 kind of floors): the <h1> thread title
 * is the question; posts each with an author column and a floor (楼主, 1楼 / 沙发, 2楼 / 板凳 …) and
 * 发表于 date time: the asker's post with the case (a day or more before), the doctor's reply
 * (author column: name, 认证医师 badge, title, hospital with its grade on 60%, department, as lines
 * or one line) whose text is the answer, then the asker's post QUOTING the doctor — `引用 name 的
 * 回复：` or `name 发表于 … ` over one or two of the answer's paragraphs, cut with … on some — and
 * a thank-you or a follow-up question, a bystander's post on some pages; 相关帖子 with a snippet
 * each and the date on half the pages.
 */
const quoteThread: Family = {
  name: 'quote-thread',
  split: 'fresh-10',
  site: 'bbs.jiankang-luntan.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const asker = `${rng.pick(['小', '阿', ''])}${rng.pick(['鱼', '米', '桃', '猫', '风'])}${rng.pick(['爱吃糖', '不睡觉', '2019', '_cc', '妈妈'])}`;
    const gradeShown = rng.chance(0.6);
    const floorWords = rng.chance(0.5);
    const floor = (n: number) => (n === 1 ? '楼主' : floorWords ? (['沙发', '板凳', '地板', '5楼'][n - 2] ?? `${n}楼`) : `${n}楼`);
    const stampOf = (iso: string, time: string) => rng.pick([`发表于 ${iso} ${time}`, `发表于 ${iso} ${time}:${String(rng.int(0, 59)).padStart(2, '0')}`, `${iso} ${time}`]);
    const asked = shift(page.date!, -rng.int(1, 3));
    const later = shift(page.date!, rng.int(0, 2));
    const oneLine = rng.chance(0.4);
    const hosp = `${esc(d.hospital!)}${gradeShown ? `（${d.hospital_grade}）` : ''}`;
    const docInfo = oneLine
      ? `<div${cls(rng)}>${d.title} ${hosp} ${esc(d.department!)}</div>`
      : `<ul${cls(rng)}><li>${d.title}</li><li>${hosp}</li><li>${esc(d.department!)}</li></ul>`;
    const authorCol = (name: string, extra: string) => `<td${cls(rng)} width="160" valign="top"><a href="/space/${token(rng, 6)}"${cls(rng)}>${esc(name)}</a>${extra}</td>`;
    const post = (n: number, name: string, extra: string, stamp: string, content: string) =>
      `<table${cls(rng)} id="pid${rng.int(100000, 999999)}" cellspacing="0"><tr>${authorCol(name, extra)}<td${cls(rng)}><div${cls(rng)}><em>${floor(n)}</em> <span${cls(rng)}>${stamp}</span></div><div${cls(rng)}>${content}</div></td></tr></table>`;
    const quoted = page.paragraphs.slice(0, rng.int(1, Math.min(2, page.paragraphs.length)));
    const cutQuote = rng.chance(0.4);
    const quoteText = quoted.map((p, i) => (cutQuote && i === quoted.length - 1 && p.length > 20 ? `${esc(p.slice(0, rng.int(12, 20)))}…` : esc(p))).join('<br>');
    const quoteHead = rng.pick([`引用 ${esc(d.name!)} 的回复：`, `引用 ${esc(d.name!)} 发表于 ${page.date} ${page.time} 的回复：`, `<b>${esc(d.name!)}</b> 发表于 ${page.date} ${page.time}`]);
    const quote = `<blockquote${cls(rng)}><div${cls(rng)}>${quoteHead}</div>${quoteText}</blockquote>`;
    const posts = [
      post(1, asker, `<div${cls(rng)}>注册会员</div><div${cls(rng)}>帖子 ${rng.int(1, 80)}</div>`, stampOf(asked, hm(rng)), `<p>${esc(ask(page))}，${rng.pick(['已经一个多星期了', '最近反反复复', '之前没有过'])}，${rng.pick(['有没有懂的医生帮忙看看？', '求医生解答，谢谢！', '在线等，挺着急的。'])}</p>`),
      post(2, d.name!, `<div${cls(rng)}><img src="/img/v.png" alt="认证"> ${rng.pick(['认证医师', '认证医生', '医师认证'])}</div>${docInfo}`, stampOf(page.date!, page.time), page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')),
      post(3, asker, `<div${cls(rng)}>注册会员</div>`, stampOf(later, hm(rng)), `${quote}<p>${rng.pick(THANKS)}${rng.pick(AFTER)}</p>`),
    ];
    if (rng.chance(0.5)) posts.push(post(4, personName(rng, d.name!), `<div${cls(rng)}>中级会员</div>`, stampOf(shift(later, rng.int(0, 5)), hm(rng)), `<p>${rng.pick(BYSTANDERS)}</p>`));
    const datedItems = rng.chance(0.5);
    const items = page.related.map(
      (r) => `<li${cls(rng)}><a href="${r.path}">${esc(r.question)}</a><p${cls(rng)}>${esc(r.snippet)}</p>${datedItems ? `<span${cls(rng)}>${r.date}</span>` : ''}</li>`,
    );
    const html = `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>${esc(page.question)} - 健康咨询 - 江城论坛</title>
<link rel="canonical" href="${page.canonical}">
</head>
<body>
<div${cls(rng)}><a href="/">江城论坛</a> &raquo; <a href="/forum-12-1.html">健康咨询</a> &raquo; 帖子</div>
<div${cls(rng)}><span>查看: ${rng.int(50, 9999)}</span> | <span>回复: ${posts.length - 1}</span></div>
<h1${cls(rng)}>${esc(page.question)}</h1>
<div${cls(rng)}>
${posts.join('\n')}
</div>
<div${cls(rng)}><a href="/post/reply">回复</a> <a href="/post/new">发帖</a></div>
${page.related.length ? `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(['相关帖子', '相关问答', '看了该帖的人还看了'])}</h3><ul>${items.join('')}</ul></div>` : ''}
<div${cls(rng)}>Powered by 江城论坛 &copy; 2001-2023</div>
</body>
</html>`;
    const related = relatedWith(page, (e) => ({ format: 'unknown', date: datedItems ? e.date : null }));
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor: { ...d, hospital_grade: gradeShown ? d.hospital_grade : null }, format: 'unknown', related }),
    };
  },
};

const NEWS = [
  '我院举办“世界卫生日”大型义诊活动',
  '我院顺利通过三级医院等级评审现场复核',
  '关于调整门诊部分科室出诊时间的通知',
  '我院召开2023年度党风廉政建设工作会议',
  '我院成功开展首例微创手术新技术',
  '我院护理团队在全市技能竞赛中获佳绩',
  '冬季流感高发，专家提醒做好防护',
  '我院举办新入职员工岗前培训',
  '市医学会专科分会年会在我院召开',
  '我院开展“送医下乡”志愿服务活动',
  '关于春节期间门急诊安排的公告',
  '我院与社区卫生服务中心签订医联体协议',
  '我院获评“改善医疗服务先进单位”',
  '健康讲座：科学用药，远离误区',
];

/**
 * O3. A hospital site's 专家问答 column page (栏目列表页): the hospital as the site (masthead with
 * its name and, on half the pages, its grade as a badge; <title> and footer), a breadcrumb, the
 * column's name as the page's heading; the newest Q&A shown in full at the top (its question as
 * an <h3>, 问：/答：, the doctor as `答疑专家：department name title` or an avatar with name, title
 * and department — never the hospital again, it is the site's — and a 发布时间); then a list of
 * ten other articles of the site with their dates (news, notices: no related items), a pager; a
 * side box of 热门问答 titles only (no snippet: no items). Canonical: the Q&A's page on half the
 * pages, the column's list URL on the other half.
 */
const hospitalColumn: Family = {
  name: 'hospital-column',
  split: 'fresh-10',
  site: 'www.shi-renmin-yy.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const hospital = d.hospital!;
    const gradeShown = rng.chance(0.5);
    const canonical = rng.chance(0.5) ? page.canonical : `https://www.shi-renmin-yy.example/jkkp/zjwd/list_${rng.int(1, 12)}.html`;
    const dateShown = rng.pick([page.date!, `${page.date} ${page.time}`, cnDate(page.date!), page.date!.replace(/-/g, '/')]);
    const card = rng.chance(0.5)
      ? `<p${cls(rng)} style="text-align:right">${rng.pick(['答疑专家', '解答专家', '专家'])}：${esc(d.department!)} ${esc(d.name!)} ${d.title}</p>`
      : `<div${cls(rng)}><img src="/uploads/zj/${token(rng, 6)}.jpg" alt="${esc(d.name!)}" width="80"><div${cls(rng)}><b>${esc(d.name!)}</b> ${d.title}</div><div${cls(rng)}>${esc(d.department!)}</div></div>`;
    const cardFirst = rng.chance(0.3);
    const qLine = rng.chance(0.6);
    const body = [...(qLine ? [`<p><b>问：</b>${esc(page.question)}</p>`] : []), `<p><b>答：</b>${esc(page.paragraphs[0]!)}</p>`, ...page.paragraphs.slice(1).map((p) => `<p>${esc(p)}</p>`)].join('');
    const top = `<div${cls(rng)}><h3${cls(rng)}><a href="${page.canonical}">${esc(page.question)}</a></h3><div${cls(rng)}>发布时间：${dateShown}　<span>浏览：${rng.int(20, 3000)}</span></div>${cardFirst ? card : ''}<div${cls(rng)}>${body}</div>${cardFirst ? '' : card}</div>`;
    const newsDates = Array.from({ length: 10 }, () => shift(page.date!, -rng.int(0, 400))).sort().reverse();
    const news = rng.shuffle(NEWS).slice(0, 10).map((t, i) => `<li${cls(rng)}><a href="/news/${Y(newsDates[i]!)}/${rng.int(1000, 9999)}.html" title="${esc(t)}">${esc(t)}</a><span${cls(rng)}>${rng.pick([newsDates[i]!, `[${newsDates[i]!}]`, newsDates[i]!.slice(5)])}</span></li>`);
    const hot = rng.shuffle(['孩子发烧什么时候需要去医院？', '体检报告异常怎么看？', '胃镜检查前要注意什么？', '高血压患者能停药吗？', '失眠吃什么药好？']).slice(0, 4).map((t) => `<li><a href="/jkkp/zjwd/${rng.int(1000, 9999)}.html">${t}</a></li>`);
    const badge = gradeShown ? `<span${cls(rng)}>${d.hospital_grade}</span>` : '';
    const html = `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>专家问答${rng.pick(['-', '_', ' - '])}${esc(hospital)}</title>
<link rel="canonical" href="${canonical}">
<meta name="keywords" content="${esc(hospital)},专家问答,健康科普">
</head>
<body>
<div${cls(rng)}><a href="/"><img src="/images/logo.png" alt="${esc(hospital)}"></a><span${cls(rng)}>${esc(hospital)}</span>${badge}<span${cls(rng)}>服务热线：0${rng.int(100, 999)}-${rng.int(1000000, 9999999)}</span></div>
<ul${cls(rng)}><li><a href="/">首页</a></li><li><a href="/yygk/">医院概况</a></li><li><a href="/news/">新闻动态</a></li><li><a href="/ksdh/">科室导航</a></li><li><a href="/zjjs/">专家介绍</a></li><li><a href="/jkkp/">健康科普</a></li></ul>
<div${cls(rng)}>当前位置：<a href="/">首页</a> &gt; <a href="/jkkp/">健康科普</a> &gt; 专家问答</div>
<div${cls(rng)}>
<div${cls(rng)}><h2${cls(rng)}>专家问答</h2>
${top}
<div${cls(rng)}>${rng.pick(['新闻动态', '最新文章', '更多资讯'])}</div>
<ul${cls(rng)}>${news.join('\n')}</ul>
<div${cls(rng)}>共 ${rng.int(8, 40)} 页 <b>1</b> <a href="list_2.html">2</a> <a href="list_3.html">3</a> <a href="list_2.html">下一页</a> <a href="list_9.html">尾页</a></div>
</div>
<div${cls(rng)}><div${cls(rng)}>热门问答</div><ul>${hot.join('')}</ul></div>
</div>
<div${cls(rng)}>版权所有：${esc(hospital)}　地址：${esc(hospital.replace(/市.*$/u, '市'))}人民路${rng.int(1, 300)}号　备案号：ICP备${rng.int(10000000, 99999999)}号</div>
</body>
</html>`;
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor: { ...d, hospital_grade: gradeShown ? d.hospital_grade : null }, format: 'unknown', related: [] }),
    };
  },
};

const REVIEWS = ['医生很耐心，解释得很清楚', '回复很快，建议很实用', '非常专业，谢谢医生', '态度很好，推荐'];
const HOT_ENDINGS = ['能根治吗？', '吃什么好？', '会传染吗？', '要住院吗？', '怎么预防？'];

/**
 * O4. A paid 快速问医生 page (an internet hospital's consult record): the <h1> question, the
 * asker's sex and age and 提问时间; the doctor's reply (医生回复 and its 回复时间) as <p>s; the
 * doctor's card floating right (style float:right) placed AFTER the answer in the markup on 60%:
 * avatar, name, title, hospital with the grade on 70%, department, 好评率 / 接诊 counts and a
 * `¥19.9 向TA提问` button; a 患者评价 block (★★★★★, score, two or three patients' short reviews
 * with their own dates); then a JS-free tab panel: radio inputs and labels 相关问题 / 热门问题 /
 * 最新问题 in some order, every panel in the markup, each a list of linked questions with
 * snippets — only the 相关问题 panel lists related Q&As (the others are the site's hot or newest
 * questions of other topics: no related items).
 */
const radioTabs: Family = {
  name: 'radio-tabs',
  split: 'fresh-10',
  site: 'm.kuaiwen-ys.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.7);
    const asked = shift(page.date!, -rng.int(0, 2));
    const replyDate = rng.pick([`${page.date} ${page.time}`, page.date!, cnDate(page.date!), `${page.date!.replace(/-/g, '/')} ${page.time}`]);
    const card = `<div${cls(rng)} style="float:right;width:240px;margin-left:16px"><img src="/avatar/${token(rng, 8)}.png" alt="" width="64"><div${cls(rng)}><b${cls(rng)}>${esc(d.name!)}</b> <span${cls(rng)}>${d.title}</span></div><div${cls(rng)}>${esc(d.hospital!)}${gradeShown ? ` <span${cls(rng)}>${d.hospital_grade}</span>` : ''}</div><div${cls(rng)}>${esc(d.department!)}</div><div${cls(rng)}><span>好评率 ${rng.int(90, 100)}%</span> <span>接诊 ${rng.int(100, 20000)} 次</span></div><a href="/consult/${token(rng, 8)}"${cls(rng)}>¥${rng.pick(['9.9', '19.9', '29', '39'])} 向TA提问</a></div>`;
    const cardAfter = rng.chance(0.6);
    const answer = `<div${cls(rng)}><div${cls(rng)}><span>${rng.pick(['医生回复', '医生解答'])}</span> <span${cls(rng)}>${rng.pick(['回复时间：', ''])}${replyDate}</span></div>${wrap(rng, page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join(''), 1)}</div>`;
    const reviews = REVIEWS.slice(0, rng.int(2, 3)).map((t) => `<li${cls(rng)}><span>${rng.pick(['用户', '患者'])}${rng.int(1, 9)}**${rng.int(1, 9)}</span> <span>★★★★★</span><p>${t}</p><span>${shift(page.date!, rng.int(0, 30))}</span></li>`);
    const item = (href: string, q: string, s: string) => `<li${cls(rng)}><a href="${href}">${esc(q)}</a><p${cls(rng)}>${esc(s)}</p></li>`;
    const otherTopics = TOPICS.filter((t) => !page.question.includes(t.disease) && !t.symptoms.some((s) => page.question.includes(s)));
    const others = (n: number) =>
      rng.shuffle(otherTopics).slice(0, n).map((t) => item(`/q/${rng.int(300000, 399999)}.html`, `${t.disease}${rng.pick(HOT_ENDINGS)}`, `${t.disease}是${t.department}的常见病，${rng.pick(['多数患者经过规范治疗可以控制', '需要在医生指导下用药，不要自行停药', '平时注意休息和饮食，定期复查'])}。`));
    const related = page.related.map((r) => item(r.path, r.question, r.snippet));
    const tabs = rng.shuffle([
      ['相关问题', related],
      ['热门问题', others(rng.int(3, 5))],
      ['最新问题', others(rng.int(3, 5))],
    ] as const).filter(([name, list]) => list.length > 0 || name !== '相关问题');
    const checked = rng.int(0, tabs.length - 1);
    const ids = tabs.map(() => `t${token(rng, 4)}`);
    const tabHtml = `<div${cls(rng)}>${tabs.map(([name], i) => `<input type="radio" name="qtab" id="${ids[i]}"${i === checked ? ' checked' : ''} hidden><label for="${ids[i]}"${cls(rng)}>${name}</label>`).join('')}${tabs.map(([, list]) => `<div${cls(rng)}><ul>${list.join('')}</ul></div>`).join('')}</div>`;
    const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(page.question)}-快问医生</title>
<link rel="canonical" href="${page.canonical}">
<style>input[type=radio]:checked+label{color:#1a73e8}</style>
</head>
<body>
<div${cls(rng)}><a href="/">快问医生</a> <a href="/ask/">快速问医生</a> <a href="/doctors/">找医生</a></div>
<div${cls(rng)}>
<h1${cls(rng)}>${esc(page.question)}</h1>
<div${cls(rng)}><span>${rng.pick(['男', '女'])}</span> <span>${rng.int(2, 80)}岁</span> <span>提问时间：${asked} ${hm(rng)}</span></div>
${cardAfter ? '' : card}${answer}${cardAfter ? card : ''}
<div${cls(rng)} style="clear:both"><div${cls(rng)}>患者评价 <span>★★★★★</span> <span>${rng.pick(['5.0', '4.9', '4.8'])}分</span></div><ul>${reviews.join('')}</ul></div>
</div>
${tabHtml}
<div${cls(rng)}>本页回答仅供参考，不能代替面诊 © 快问医生互联网医院</div>
</body>
</html>`;
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: { ...d, hospital_grade: gradeShown ? d.hospital_grade : null },
        format: 'unknown',
        related: relatedWith(page, () => ({ format: 'unknown', date: null })),
      }),
    };
  },
};

/** Big5 bytes, characters outside Big5 as numeric references (as Big5 sites write them). */
const BIG5_OK = new Map<string, boolean>();
export function big5(html: string): Buffer {
  const out = [...html]
    .map((c) => {
      if (c.charCodeAt(0) < 128) return c;
      let ok = BIG5_OK.get(c);
      if (ok === undefined) {
        ok = iconv.decode(iconv.encode(c, 'big5'), 'big5') === c;
        BIG5_OK.set(c, ok);
      }
      return ok ? c : `&#x${c.codePointAt(0)!.toString(16)};`;
    })
    .join('');
  return iconv.encode(out, 'big5');
}
const roc = (iso: string) => Number(Y(iso)) - 1911;
const TW_FORMATS: Record<Exclude<Format, 'unknown'>, readonly string[]> = { voice: ['語音回覆', '語音'], text: ['文字回覆', '圖文'], video: ['影片回覆', '影片'] };

/**
 * O5. A Taiwan / Hong Kong ask-a-doctor page in Big5 (declared `<meta charset="big5">` or by
 * http-equiv), the whole page traditional: the question after a 問 badge of its own, 醫師回覆 /
 * A: over the answer, the card as 回覆醫師 / 醫師 name title, 服務醫院 / 醫院 hospital (its grade in
 * brackets on half the pages), 科別 department — one line or a list; 回覆時間 as 2023/05/06,
 * 2023-05-06 14:22 or in the 民國 calendar (112/05/06, 民國112年5月6日: the key has the day it
 * names); the format (語音回覆, 影片) now and then; 相關問題 with trad snippets and 2021/5/18
 * dates; a 瀏覽 count; characters Big5 lacks (©, a doctor's rare given-name character on a
 * quarter of the pages: 䶮, 𬀪) written as &#x…; references, the key holding the character.
 */
const big5Tw: Family = {
  name: 'big5-tw',
  split: 'fresh-10',
  site: 'www.yishi-wenda.example.tw',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.5);
    // A given name's rare character outside Big5 now and then (the page writes it as &#x…;).
    const rare = rng.chance(0.25) ? rng.pick(['䶮', '𬀪', '𬌗', '𫘝']) : '';
    const doctor: TruthDoctor = {
      name: rare ? trad(d.name!).slice(0, -1) + rare : trad(d.name!),
      title: trad(d.title!),
      department: trad(d.department!),
      hospital: trad(d.hospital!),
      hospital_grade: gradeShown ? trad(d.hospital_grade!) : null,
    };
    const question = trad(page.question);
    const paragraphs = page.paragraphs.map(trad);
    const printFormat = page.format !== 'unknown' && rng.chance(0.4);
    const iso = page.date!;
    const dateShown = rng.weighted([
      [`${iso.replace(/-/g, '/')}`, 3],
      [`${iso} ${page.time}`, 2],
      [`${roc(iso)}/${M(iso)}/${D(iso)}`, 1],
      [`民國${roc(iso)}年${Number(M(iso))}月${Number(D(iso))}日`, 1],
    ] as const);
    const hosp = `${esc(doctor.hospital!)}${gradeShown ? `（${doctor.hospital_grade}）` : ''}`;
    const pairs: [string, string][] = [
      [rng.pick(['回覆醫師', '醫師', '答覆醫師']), `${esc(doctor.name!)} ${doctor.title}`],
      [rng.pick(['服務醫院', '醫院', '院所']), hosp],
      [rng.pick(['科別', '科別', '科室']), esc(doctor.department!)],
    ];
    const card = rng.chance(0.5)
      ? `<div${cls(rng)}>${pairs.map(([l, v]) => `${l}：${v}`).join(rng.pick(['　', ' ｜ ', '；']))}</div>`
      : `<ul${cls(rng)}>${pairs.map(([l, v]) => `<li><span${cls(rng)}>${l}：</span>${v}</li>`).join('')}</ul>`;
    const datedItems = rng.chance(0.6);
    const items = page.related.map(
      (r) => `<li${cls(rng)}><a href="${r.path}">${esc(trad(r.question))}</a><p>${esc(trad(r.snippet))}</p>${datedItems ? `<span>${Number(Y(r.date!))}/${Number(M(r.date!))}/${Number(D(r.date!))}</span>` : ''}</li>`,
    );
    const charset = rng.pick(['<meta charset="big5">', '<meta http-equiv="Content-Type" content="text/html; charset=big5">']);
    const html = `<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head>
${charset}
<title>${esc(question)} - 醫師問答 - 健康醫療網</title>
<link rel="canonical" href="${page.canonical}">
</head>
<body>
<div${cls(rng)}><a href="/">健康醫療網</a> <a href="/ask/">線上問醫師</a> <a href="/hospital/">找醫院</a> <a href="/login/">會員登入</a></div>
<div${cls(rng)}>
<div${cls(rng)}><span${cls(rng)}>問</span><h1${cls(rng)}>${esc(question)}</h1></div>
<div${cls(rng)}>${rng.pick(['男', '女'])}性／${rng.int(18, 80)}歲　瀏覽 ${rng.int(30, 9999)} 次</div>
${card}
<div${cls(rng)}><div${cls(rng)}>${rng.pick(['醫師回覆', 'A：', '醫師解答'])}${printFormat ? ` <span${cls(rng)}>${rng.pick(TW_FORMATS[page.format as Exclude<Format, 'unknown'>])}</span>` : ''}</div>
${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
<div${cls(rng)}>回覆時間：${dateShown}</div></div>
<p${cls(rng)}>※ 本網站之回覆僅供參考，不能取代醫師當面診療。</p>
</div>
${page.related.length ? `<div${cls(rng)}><h3${cls(rng)}>${rng.pick(['相關問題', '相關問答', '延伸閱讀'])}</h3><ul>${items.join('\n')}</ul></div>` : ''}
<div${cls(rng)}>Copyright © 健康醫療網 版權所有</div>
</body>
</html>`;
    const related: Item[] = relatedWith(page, (e) => ({ question: trad(e.question), paragraphs: e.paragraphs.map(trad), format: 'unknown', date: datedItems ? e.date : null }));
    return {
      body: big5(html),
      expected: expectedOf(page, { question, doctor, paragraphs, format: printFormat ? page.format : 'unknown', related }),
    };
  },
};

export const FRESH10_FAMILIES: readonly Family[] = [serpCard, quoteThread, hospitalColumn, radioTabs, big5Tw];
