import { DISCLAIMERS, FEW_TITLES, RELATED_HEADS, dayText, documentOf, formatWord, hospitalWithGrade, personName, plainCard, plainKey, relatedList, shift, topicWord, whenLine } from './ordinary-parts.js';
import { cls, esc, wrap } from './parts.js';
import type { Family, Rendered } from './family.js';

/**
 * Thirty-eighth fresh held-out set (split `fresh-38`): written blind on 2026-12-01 — without reading
 * the reader (src/extract/, src/flags/) or its tests and without running it on these pages — and
 * committed before its first run. Six families: three on something real HTML does to a page
 * (copy-textarea, marquee-ticker, filter-selects), three on other kinds of page of the genre
 * (planet-topic, wearable-share, pharma-edu). Each key holds what a careful person reads on the
 * displayed page; format only where a format word is printed, related dates only where printed:
 * - copy-textarea: a Q&A page with a 一键复制 (copy answer) button whose copy source is a
 *   `<textarea readonly>` pushed off screen (`position:absolute;left:-9999px`, or `opacity:0;height:0`,
 *   or `width:1px;height:1px;overflow:hidden`), holding the question, the answer's paragraphs joined
 *   by newlines and a `——来源：site` / `本文来自…，转载请注明出处` line, placed before or after the
 *   shown answer. Key: the off-screen textarea shows nothing, so it is none of any field; the
 *   answer is the displayed paragraphs, without the copy line; the 复制 / 已复制 button labels are
 *   furniture.
 * - marquee-ticker: an older portal's scrolling 滚动公告 / 最新回答 ticker (a `<marquee>`, on 40% of the
 *   pages a `<div class="scroll">` of `<li>`s the site's script scrolls) above or beside the Q&A: 3–5
 *   lines `【最新回答】{other doctor} {title} 回答了“{another question}” {day}`, each a link to another
 *   question page (/q/N.html numbers none of the page's items), a `（N人已阅读）` count on half. Key: the
 *   ticker is site furniture: its doctors no card, its days no date, its links no related items; the
 *   page's fields are the Q&A's and the related list's as usual.
 * - planet-topic: a paid knowledge-community topic page (知识星球 / 小鹅通 kind) where members put
 *   questions to the community's owner, a doctor: the community's header (`{name}医生的健康星球` or
 *   `{department}{name}答疑圈`, 星主 with title, department, hospital — grade on 50% —, 成员 / 主题
 *   counts, 加入星球 ¥N/年), then one topic: the asker's nickname (a handle, never a person's name)
 *   and 提问 / 向星主提问, the question as a plain `<div>` (no heading; the `<title>` holds it too),
 *   `{name} 回答：` / `星主回答` over the answer's paragraphs, the topic's day (the answer's; a time
 *   on half) with a format word on 40%, 赞 / 评论 counts, a 精华 badge on half; a related list headed
 *   星球精华 / 更多问答 or an ordinary head (dated on half). Key: the doctor is the 星主 the header
 *   prints; the asker's handle is no one's card and none of the question; the name line over the
 *   answer none of it.
 * - wearable-share: a consultation shared out of a wearable's health app (运动健康 / 健康管理 kind): an
 *   打开App bar, `来自…App的分享`, a 健康咨询 heading, the question under 咨询内容 / 我的问题, a data
 *   card the app attached (附带健康数据: 静息心率 N 次/分, 血氧 N%, 睡眠 H小时M分, 记录于 a day 1–5
 *   days before the answer), then 医生回复: plain card, date line, answer; `本服务由{platform}互联网医院
 *   提供` under it; related list. Key: the question is the asker's text alone; the readings none of
 *   it; their 记录于 day no date; the platform's 互联网医院 no hospital of the doctor's.
 * - filter-selects: a portal Q&A page under a 找医生 / 筛选 form of native `<select>`s (医院, 科室,
 *   职称; one `selected` option each — 全部… or, on half, the page's own hospital and department),
 *   a search box and a 搜索 button. Key: a closed `<select>` shows its selected option only; the form
 *   is furniture: its options are no card, the page's fields are the Q&A's as usual.
 * - pharma-edu: a drug maker's patient-education site (`{brand}患者关爱中心`) with an 专家答疑 column:
 *   nav and crumbs, `<h1>` question, 答疑专家 card, date line, answer, then a sponsor line (`本内容由…
 *   制药支持…`) and an advertising approval line (`粤药广审（文）第N号`, 审核日期 / 批准日期 a day
 *   10–300 days before the answer, 有效期至 on half a day after), a 用药请遵医嘱 notice. Key: the sponsor
 *   and approval lines are none of the answer; their days date nothing.
 */

const copyTextarea: Family = {
  name: 'copy-textarea',
  split: 'fresh-38',
  site: 'www.fuzhi-wenda.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.5);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const hide = rng.pick(['position:absolute;left:-9999px;top:0', 'opacity:0;height:0;border:0;padding:0', 'width:1px;height:1px;overflow:hidden;position:fixed;top:-10px']);
    const credit = rng.pick(['——来源：问医生', '本文来自问医生，转载请注明出处', '（复制自问医生网，仅供参考）']);
    const copyText = `${rng.chance(0.5) ? `${page.question}\n` : ''}${page.paragraphs.join('\n')}\n${credit}`;
    const area = `<textarea id="copy-src" readonly tabindex="-1" aria-hidden="true" style="${hide}">${esc(copyText)}</textarea>`;
    const button = `<div${cls(rng)}><button type="button" data-clipboard-target="#copy-src">${rng.pick(['一键复制', '复制回答', '复制全文'])}</button><span${cls(rng)} style="display:none">已复制</span></div>`;
    const answer = `<div${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>`;
    const before = rng.chance(0.5);
    const main = `<h1${cls(rng)}>${esc(page.question)}</h1>\n${plainCard(rng, page, gradeShown)}\n${whenLine(rng, page, printFormat)}\n${before ? `${area}\n${answer}` : `${answer}\n${area}`}\n${button}`;
    const body = `<header${cls(rng)}><a href="/">问医生</a> <a href="/ask">我要提问</a></header>
${wrap(rng, main)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${relatedList(rng, page.related, datedItems)}
<footer${cls(rng)}>© 2024 问医生</footer>`;
    const html = documentOf(`${page.question}_问医生`, page.canonical, '', body);
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

const TICKER_ASKS = ['总是失眠多梦怎么调理', '孩子反复咳嗽要紧吗', '体检发现血脂高怎么办', '经常头晕是什么原因', '胃胀气吃什么药', '腰疼需要拍片吗', '血压偏高要吃药吗'];

const marqueeTicker: Family = {
  name: 'marquee-ticker',
  split: 'fresh-38',
  site: 'www.gundong-wenda.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.5);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const topic = topicWord(page);
    const asks = [...TICKER_ASKS, `${topic}饮食上要注意什么`];
    const lines = Array.from({ length: rng.int(3, 5) }, (_, i) => {
      const day = shift(page.date!, rng.int(1, 300));
      const num = 900000 + rng.int(0, 99999) + i;
      const read = rng.chance(0.5) ? `（${rng.int(120, 9800)}人已阅读）` : '';
      return `【${rng.pick(['最新回答', '热门', '推荐'])}】${esc(personName(rng, page.doctor.name!))}${rng.pick(FEW_TITLES)} 回答了<a href="/q/${num}.html">“${esc(rng.pick(asks))}”</a> ${day}${read}`;
    });
    const ticker = rng.chance(0.6)
      ? `<div${cls(rng)}><b>${rng.pick(['滚动公告：', '最新动态：', '实时回答：'])}</b><marquee behavior="scroll" direction="${rng.pick(['left', 'up'])}" scrollamount="${rng.int(2, 6)}" onmouseover="this.stop()" onmouseout="this.start()">${lines.join('&nbsp;&nbsp;&nbsp;')}</marquee></div>`
      : `<div class="scroll"${rng.chance(0.5) ? ' id="scrollBox"' : ''}><ul>${lines.map((l) => `<li>${l}</li>`).join('')}</ul></div><script>setInterval(function(){var u=document.querySelector('.scroll ul');u.appendChild(u.firstElementChild);},3000);</script>`;
    const qa = `<h1${cls(rng)}>${esc(page.question)}</h1>\n${plainCard(rng, page, gradeShown)}\n${whenLine(rng, page, printFormat)}\n<div${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>`;
    const tickerFirst = rng.chance(0.6);
    const body = `<div${cls(rng)}><a href="/">健康问答网</a> <a href="/ask">免费提问</a> <a href="/doctor/">找医生</a></div>
${tickerFirst ? ticker : ''}
${wrap(rng, qa)}
${tickerFirst ? '' : ticker}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${relatedList(rng, page.related, datedItems)}
<div${cls(rng)}>Copyright © 2008-2024 健康问答网</div>`;
    const html = documentOf(`${page.question}_健康问答网`, page.canonical, '', body);
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

const HANDLES = ['小鱼儿', '用户8823', '晴天', 'momo妈', '快乐的风', '星友_2047', '阿杰', '夏天的猫'];

const planetTopic: Family = {
  name: 'planet-topic',
  split: 'fresh-38',
  site: 'wx.xingqiu-dayi.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.5);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const d = page.doctor;
    const hosp = hospitalWithGrade(rng, d.hospital!, gradeShown ? d.hospital_grade : null);
    const planet = rng.pick([`${esc(d.name!)}医生的健康星球`, `${esc(d.department!)}${esc(d.name!)}答疑圈`]);
    const owner = rng.pick([
      `<p${cls(rng)}>星主：${esc(d.name!)} ${d.title}</p><p${cls(rng)}>${hosp} ${esc(d.department!)}</p>`,
      `<div${cls(rng)}><span${cls(rng)}>星主</span> <b>${esc(d.name!)}</b></div><div${cls(rng)}>${hosp} · ${esc(d.department!)} · ${d.title}</div>`,
    ]);
    const header = `<div${cls(rng)}><h2${cls(rng)}>${planet}</h2>${owner}<p${cls(rng)}>成员 ${rng.int(200, 20000)} · 主题 ${rng.int(50, 3000)}</p><a href="/join"${cls(rng)}>加入星球 ¥${rng.pick([50, 99, 199, 365])}/年</a></div>`;
    const asker = `<div${cls(rng)}><span${cls(rng)}>${rng.pick(HANDLES)}</span> ${rng.pick(['提问', '向星主提问'])}</div>`;
    const when = `<div${cls(rng)}>${dayText(rng, page.date!, rng.chance(0.5) ? page.time : undefined)}${printFormat ? ` <span${cls(rng)}>${formatWord(rng, page.format)}</span>` : ''}${rng.chance(0.5) ? ` <span${cls(rng)}>精华</span>` : ''}</div>`;
    const answer = `<div${cls(rng)}><div${cls(rng)}>${rng.pick([`${esc(d.name!)} 回答：`, '星主回答'])}</div>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>`;
    const topic = `<div${cls(rng)}>${when}\n${asker}\n<div${cls(rng)}>${esc(page.question)}</div>\n${answer}\n<div${cls(rng)}>赞 ${rng.int(0, 300)} · 评论 ${rng.int(0, 60)}</div></div>`;
    const body = `${header}
${wrap(rng, topic)}
${relatedList(rng, page.related, datedItems, rng.chance(0.5) ? ['星球精华', '更多问答'] : RELATED_HEADS)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>`;
    const html = documentOf(`${page.question} - ${planet.replace(/<[^>]+>/g, '')}`, page.canonical, '', body);
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

const PLATFORMS = ['云康', '微医', '健行', '安心', '星河'];

const wearableShare: Family = {
  name: 'wearable-share',
  split: 'fresh-38',
  site: 'h5.yundong-jiankang.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.5);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const app = rng.pick(['运动健康', '健康管理', '手环健康']);
    const recorded = shift(page.date!, -rng.int(1, 5));
    const readings = [`静息心率 ${rng.int(52, 98)} 次/分`, `血氧 ${rng.int(93, 99)}%`, `睡眠 ${rng.int(4, 9)}小时${rng.int(0, 59)}分`].filter(() => rng.chance(0.8));
    const data = `<div${cls(rng)}><div${cls(rng)}>${rng.pick(['附带健康数据', '关联的健康数据'])}</div>${(readings.length ? readings : ['血氧 97%']).map((r) => `<span${cls(rng)}>${r}</span>`).join(rng.pick([' · ', '', '<br>']))}<div${cls(rng)}>记录于 ${dayText(rng, recorded)}</div></div>`;
    const question = `<div${cls(rng)}><div${cls(rng)}>${rng.pick(['咨询内容', '我的问题'])}</div><p${cls(rng)}>${esc(page.question)}</p></div>`;
    const reply = `<div${cls(rng)}><div${cls(rng)}>医生回复</div>${plainCard(rng, page, gradeShown)}\n${whenLine(rng, page, printFormat)}\n<div${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div></div>`;
    const body = `<div${cls(rng)}><span>来自${app}App的分享</span> <a href="/app/open"${cls(rng)}>打开App</a></div>
${wrap(rng, `<h2${cls(rng)}>健康咨询</h2>\n${rng.chance(0.5) ? `${question}\n${data}` : `${data}\n${question}`}\n${reply}`)}
<p${cls(rng)}>本服务由${rng.pick(PLATFORMS)}互联网医院提供</p>
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${relatedList(rng, page.related, datedItems, rng.chance(0.5) ? ['相关咨询', '其他人也在问'] : RELATED_HEADS)}`;
    const html = documentOf(`健康咨询 - ${app}`, page.canonical, '', body);
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

const FILTER_HOSPITALS = ['东湖市第一人民医院', '南江市中心医院', '西山医科大学附属医院', '北港市中医院', '青石县人民医院', '临海市妇幼保健院'];
const FILTER_DEPARTMENTS = ['内科', '外科', '儿科', '妇产科', '皮肤科', '眼科', '口腔科', '中医科'];

const filterSelects: Family = {
  name: 'filter-selects',
  split: 'fresh-38',
  site: 'www.shaixuan-wenyi.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.5);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const d = page.doctor;
    const own = rng.chance(0.5);
    const select = (name: string, all: string, values: readonly string[], mine: string) => {
      const opts = [...new Set([...values.filter(() => rng.chance(0.7)), mine])];
      const shuffled = opts.map((v) => [rng.next(), v] as const).sort((a, b) => a[0] - b[0]).map(([, v]) => v);
      return `<select name="${name}"${cls(rng)}><option value=""${own ? '' : ' selected'}>${all}</option>${shuffled.map((v) => `<option value="${esc(v)}"${own && v === mine ? ' selected' : ''}>${esc(v)}</option>`).join('')}</select>`;
    };
    const form = `<form action="/search" method="get"${cls(rng)}><label>${rng.pick(['找医生', '筛选', '按条件查找'])}</label>${select('h', '全部医院', FILTER_HOSPITALS, d.hospital!)}${select('k', '全部科室', FILTER_DEPARTMENTS, d.department!)}<select name="t"><option value="" selected>全部职称</option>${['主任医师', '副主任医师', '主治医师', '医师'].map((t) => `<option>${t}</option>`).join('')}</select><input type="text" name="q" placeholder="搜索疾病、症状、医生"><button type="submit">搜索</button></form>`;
    const qa = `<h1${cls(rng)}>${esc(page.question)}</h1>\n${plainCard(rng, page, gradeShown)}\n${whenLine(rng, page, printFormat)}\n<div${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>`;
    const body = `<div${cls(rng)}><a href="/">问医网</a> <a href="/ask">提问</a></div>
${form}
${wrap(rng, qa)}
<p${cls(rng)}>${rng.pick(DISCLAIMERS)}</p>
${relatedList(rng, page.related, datedItems)}`;
    const html = documentOf(`${page.question}_问医网`, page.canonical, '', body);
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

const BRANDS = ['康泰', '华森', '瑞宁', '百润', '安和'];
const PROVINCES = ['粤', '京', '沪', '苏', '浙', '鲁'];

const pharmaEdu: Family = {
  name: 'pharma-edu',
  split: 'fresh-38',
  site: 'care.kangtai-pharma.example',
  render(page, rng): Rendered {
    const gradeShown = rng.chance(0.5);
    const printFormat = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const brand = rng.pick(BRANDS);
    const approved = shift(page.date!, -rng.int(10, 300));
    const until = rng.chance(0.5) ? ` 有效期至${dayText(rng, shift(approved, 365))}` : '';
    const approval = `<p${cls(rng)}>${rng.pick(PROVINCES)}药广审（文）第${approved.replace(/-/g, '').slice(2)}${rng.int(10000, 99999)}号 ${rng.pick(['审核日期', '批准日期'])}：${dayText(rng, approved)}${until}</p>`;
    const sponsor = `<p${cls(rng)}>${rng.pick([`本内容由${brand}制药支持，仅供患者教育使用`, `本栏目由${brand}制药有限公司提供支持`])}</p>`;
    const card = plainCard(rng, page, gradeShown).replace('回答医生：', '答疑专家：');
    const qa = `<div${cls(rng)}><a href="/">首页</a> &gt; <a href="/qa/">专家答疑</a> &gt; ${esc(page.doctor.department!)}</div>
<h1${cls(rng)}>${esc(page.question)}</h1>\n${card}\n${whenLine(rng, page, printFormat)}\n<div${cls(rng)}>${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>\n${rng.chance(0.5) ? `${sponsor}\n${approval}` : `${approval}\n${sponsor}`}`;
    const body = `<header${cls(rng)}><a href="/">${brand}患者关爱中心</a><nav><a href="/disease/">疾病知识</a> <a href="/qa/">专家答疑</a> <a href="/drug/">用药指导</a></nav></header>
${wrap(rng, qa)}
<p${cls(rng)}>${rng.pick(['请在医生或药师指导下用药，用药请遵医嘱。', '本网站内容不能替代医生诊断，用药请遵医嘱。'])}</p>
${relatedList(rng, page.related, datedItems, rng.chance(0.5) ? ['相关答疑', '更多专家答疑'] : RELATED_HEADS)}`;
    const html = documentOf(`${page.question}-专家答疑-${brand}患者关爱中心`, page.canonical, '', body);
    return { body: Buffer.from(html, 'utf8'), expected: plainKey(page, { gradeShown, printFormat, datedItems }) };
  },
};

export const FRESH38_FAMILIES: readonly Family[] = [copyTextarea, marqueeTicker, planetTopic, wearableShare, filterSelects, pharmaEdu];
