import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type Family, type Rendered } from './family.js';
import { ASKER_LINES, ask, cardPlain, documentOf, hm, otherName, FEW_TITLES, relatedWith, shift, token, topicWord } from './ordinary-parts.js';
import { charsetMeta, dateText, encode, esc } from './parts.js';
import type { TruthPage } from './truth.js';

/**
 * Forty-fifth fresh held-out set (split `fresh-45`): written blind on 2026-12-02 — without reading
 * the reader (src/extract/, src/flags/) or its tests and without running it on these pages — and
 * committed before its first run. Theme: the real sites of the genre, each family modelled from
 * memory (no copied markup) on the question page of one large Chinese medical Q&A site not modelled
 * before (not 有来, nor fresh-44's 寻医问药, 39 ask, 有问必答, 好大夫 问诊, 拇指医生, 家庭医生在线):
 * 春雨医生's 问答详情 conversation (desktop and m. templates), 丁香医生's question page with several
 * doctors' answers ranked by 有用, 健客网's GBK 问答 page with the asker's form, 病情分析 / 指导意见
 * and a drug card between answers, 微医's 问答 page with the doctor's booking card and its services,
 * 百科名医网's video answer with its transcript, and 好大夫在线's 科普 article answering a question.
 *
 * The answer key holds what a careful person reads on the page, as displayed, and agrees with the
 * earlier splits (a field not printed is null / unknown; an item is known by its address; labels
 * such as 问： / 答： / 医生回复： are no text; a section head printed on a line of its own,
 * `病情分析：`, is a paragraph of the answer as fresh-4's analysis-advice keys it). Where a careful
 * person could hesitate, each family's comment says what the key decides.
 */

type Related = TruthPage['related'][number];

/** The number in an item's path (`/q/123.html`): the id a site prints in its own addresses. */
const numOf = (r: Related) => Number(/\d+/u.exec(r.path)![0]);

/** Sentences of other doctors' answers and of the patient's turns: never the page's answer. */
const OTHER_ANSWERS = [
  '您好，根据您的描述，建议先到医院做相关检查，明确诊断后再对症治疗。',
  '这种情况比较常见，注意休息，清淡饮食，多观察几天，如果加重及时就诊。',
  '建议完善血常规等检查，必要时在医生指导下用药，不要自行服用抗生素。',
  '可以先调整作息和饮食习惯，症状持续不缓解的话建议到专科门诊面诊。',
];
const PATIENT_NODS = ['嗯嗯', '好的', '明白了', '好的，我记下了'];
const PATIENT_THANKS = ['谢谢医生！', '好的，谢谢医生', '非常感谢您的耐心解答'];

// --- F1. chunyu-qa ---

/**
 * F1. 春雨医生 问答详情 (www.chunyuyisheng.com/pc/qa/{id}/), UTF-8, the desktop template (60%) or
 * the m. template (40%, other class names, the card after the conversation, items dated). Crumbs
 * 春雨医生 > 健康问答 > {科室} > 问答详情; the question `<h1 class="main-title">` (m.: `<div
 * class="qa-title">`) with the consult's one day beside it; the doctor card (`doctor-info`: name,
 * title, hospital and 科室 on one line, a 三甲 tag on 30%, 擅长：…, 好评率, 服务人次, 向TA提问); then the
 * conversation: the patient's first turn (病人 / 患者, the question restated with a line of theirs,
 * sex and age), then one 医生 turn per paragraph of the answer, with the patient's nods (嗯嗯, 好的)
 * between two of them on 50%, and the patient's thanks closing it on 50%; 以上回答仅供参考; 相关问答
 * items (question link and 描述 snippet; the m. template prints each item's day too).
 *
 * Key: the answer is every 医生 turn, in order (the doctor's reply told over several messages);
 * the patient's turns (first one, nods, thanks) none of it; 病人 / 医生 speaker labels no text. The
 * day beside the title is the consult's only day, the page's date. The card: no grade but where the
 * tag prints it; 擅长 / 好评率 / 服务人次 none of it. Format unknown (printed nowhere). Items: no format;
 * days on the m. template only; their address the site's /pc/qa/{id}/ link.
 */
const chunyuQa: Family = {
  name: 'chunyu-qa',
  split: 'fresh-45',
  site: 'www.chunyuyisheng.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const mobile = rng.chance(0.4);
    const gradeShown = rng.chance(0.3);
    const nods = rng.chance(0.5) && page.paragraphs.length > 1;
    const thanks = rng.chance(0.5);
    const patient = rng.pick(['病人', '患者']);
    const sexAge = `${rng.pick(['男', '女'])} | ${rng.int(3, 70)}岁`;
    const day = dateText(rng, page.date!, page.time, false);
    const grade = gradeShown ? ` <i class="hos-tag">${d.hospital_grade}</i>` : '';
    const card = `<div class="doctor-info">
<a class="avatar" href="/pc/doctor/${page.item.num % 99991}/"><img src="//media.chunyuyisheng.com/@/media/images/avatar/${page.item.num % 997}.jpg" alt=""></a>
<div class="detail">
<p><a class="name" href="/pc/doctor/${page.item.num % 99991}/">${esc(d.name!)}</a> <span class="grade">${d.title}</span></p>
<p class="hospital">${esc(d.hospital!)}${grade} ${esc(d.department!)}</p>
<p class="des">擅长：${esc(topicWord(page))}及${rng.pick(['相关疾病', '常见病、多发病'])}的诊治</p>
<p class="num"><span>好评率 ${rng.int(95, 100)}%</span> <span>服务人次 ${rng.int(200, 30000)}</span></p>
<a class="btn" href="/pc/doctor/${page.item.num % 99991}/clinic/">向TA提问</a>
</div>
</div>`;
    const turn = (who: 'ask' | 'answer', label: string, text: string) =>
      mobile
        ? `<div class="msg msg-${who === 'ask' ? 'patient' : 'doctor'}"><span class="role">${label}</span><div class="bubble">${text}</div></div>`
        : `<div class="qa-item qa-item-${who}"><h6 class="qa-des">${label}：</h6><p class="qa-text">${text}</p></div>`;
    const nodAt = nods ? rng.int(1, page.paragraphs.length - 1) : -1;
    const turns = [turn('ask', patient, `${esc(ask(page))}。${rng.pick(ASKER_LINES)}（${sexAge}）`)];
    page.paragraphs.forEach((p, i) => {
      if (i === nodAt) turns.push(turn('ask', patient, rng.pick(PATIENT_NODS)));
      turns.push(turn('answer', '医生', esc(p)));
    });
    if (thanks) turns.push(turn('ask', patient, rng.pick(PATIENT_THANKS)));
    const idOf = (r: Related) => `/pc/qa/${numOf(r).toString(36)}${(numOf(r) % 7).toString()}/`;
    const items = page.related
      .map((r) =>
        mobile
          ? `<li><a href="${idOf(r)}"><p class="title">${esc(r.question)}</p><p class="des">${esc(r.snippet)}</p><span class="time">${r.date}</span></a></li>`
          : `<li><a class="title" href="${idOf(r)}" target="_blank">${esc(r.question)}</a><p class="des">${esc(r.snippet)}</p></li>`,
      )
      .join('\n');
    const related = page.related.length ? `<div class="${mobile ? 'recommend-qa' : 'hot-qa'}"><h3>相关问答</h3><ul>${items}</ul></div>` : '';
    const crumbs = `<div class="bread-crumb"><a href="/">春雨医生</a> &gt; <a href="/pc/qalist/">健康问答</a> &gt; <a href="/pc/qalist/?department=${page.item.num % 31}">${esc(d.department!)}</a> &gt; <span>问答详情</span></div>`;
    const title = mobile
      ? `<div class="qa-title">${esc(page.question)}</div><div class="qa-meta"><span class="time">${day}</span></div>`
      : `<div class="title-wrap"><h1 class="main-title">${esc(page.question)}</h1><span class="date">${day}</span></div>`;
    const talk = `<div class="${mobile ? 'chat-list' : 'qa-content'}">${turns.join('\n')}</div>
<p class="tip">以上回答仅供参考，不能作为诊断及医疗的依据。</p>`;
    const body = mobile
      ? `<header class="top-bar"><a class="logo" href="/">春雨医生</a><a class="open-app" href="/app/">打开APP</a></header>
<div class="qa-detail">
${title}
${talk}
${card}
</div>
${related}
<footer><p>© 春雨医生 京ICP备11015424号</p></footer>`
      : `<div class="header"><a class="logo" href="/">春雨医生</a><ul class="nav"><li><a href="/">首页</a></li><li><a href="/pc/doctors/">找医生</a></li><li><a href="/pc/qalist/">健康问答</a></li><li><a href="/pc/article/">健康资讯</a></li><li><a href="/app/">下载APP</a></li></ul></div>
<div class="main-wrap">
${crumbs}
<div class="context-left">
${title}
${card}
${talk}
${related}
</div>
<div class="context-right"><div class="ask-box"><h4>免费问医生</h4><p>三甲医院医生 在线解答</p><a href="/pc/ask/">立即提问</a></div></div>
</div>
<div class="footer"><p>Copyright © 2011-2024 chunyuyisheng.com 京ICP备11015424号</p></div>`;
    const html = documentOf(`${ask(page)}_春雨医生`, page.canonical, mobile ? '<meta name="viewport" content="width=device-width,initial-scale=1">\n' : '', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, gradeShown),
        format: 'unknown',
        related: relatedWith(page, (e, i) => ({
          format: 'unknown',
          date: mobile ? e.date : null,
          url: new URL(idOf(page.related[i]!), page.canonical).href,
        })),
      }),
    };
  },
};

// --- F2. dxy-question ---

/**
 * F2. 丁香医生 问题页 (dxy.com/question/{id}), UTF-8, a server-rendered app page: crumbs 丁香医生 >
 * 问答 > {科室}; `<h1 class="question-title">`; the asker's 问题描述 (sex, age, text; 提问于 a day 0–2
 * days before on half); `N 个医生回答`; then 2–3 answers, ranked by the site by 有用 (the page's own
 * first: it has the most), each `answer-item`: the card (avatar, `doctor-name`, `doctor-title`, on
 * one line `hospital 科室` with a 三甲 tag on 50%, a 丁香医生认证 badge), `answer-content` paragraphs,
 * `发布于 2023-05-06` (or 2023/05/06, 2023年5月6日) and `N 人觉得有用`; a 下载丁香医生 App banner between the
 * first and second answer on 40%; the other answers are other doctors' (names, titles, their own
 * days); a 相关问题 list of items each one link (question, summary, `N 个回答`); a side column of
 * 热门科普 article links (/article/{id}), before the content in the markup on 30%.
 *
 * Key: of several doctors the page's answer is the first shown, the site's top-ranked one (its
 * 有用 count the highest, so no re-ranking could pick another); the others' cards, texts and days are
 * none of it. The date its 发布于 day; the asker's 提问于 day dates nothing. Grade where the tag prints
 * it; 丁香医生认证 none of the card. Format unknown. Items: `N 个回答` no snippet, no format, no day;
 * 热门科普 links are articles, no related items.
 */
const dxyQuestion: Family = {
  name: 'dxy-question',
  split: 'fresh-45',
  site: 'dxy.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.5);
    const askDated = rng.chance(0.5);
    const banner = rng.chance(0.4);
    const sideFirst = rng.chance(0.3);
    const others = rng.int(1, 2);
    const dayOf = (iso: string) => rng.pick([iso, iso.replace(/-/g, '/'), `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`]);
    const topUseful = rng.int(40, 900);
    const item = (name: string, title: string, hospital: string, department: string, grade: string | null, paragraphs: readonly string[], day: string, useful: number) => `<div class="answer-item">
<div class="doctor-card"><img class="avatar" src="https://img1.dxycdn.com/avatar/${rng.int(1000, 9999)}.png" alt="">
<div class="doctor-info"><p><span class="doctor-name">${esc(name)}</span><span class="doctor-title">${title}</span><span class="badge">丁香医生认证</span></p>
<p class="doctor-hospital">${esc(hospital)}${grade ? ` <span class="tag">${grade}</span>` : ''} ${esc(department)}</p></div></div>
<div class="answer-content">${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>
<div class="answer-footer"><span class="answer-time">发布于 ${dayOf(day)}</span><span class="useful">${useful} 人觉得有用</span></div>
</div>`;
    const answers = [item(d.name!, d.title!, d.hospital!, d.department!, gradeShown ? d.hospital_grade : null, page.paragraphs, page.date!, topUseful)];
    for (let i = 0; i < others; i++) {
      const name = otherName(rng);
      answers.push(
        item(name === d.name ? `${name}强` : name, rng.pick(FEW_TITLES), d.hospital!.replace(/(市).*$/u, '$1人民医院'), d.department!, rng.chance(0.5) ? '三甲' : null, [rng.pick(OTHER_ANSWERS)], shift(page.date!, rng.int(1, 40)), rng.int(0, topUseful - 1)),
      );
    }
    if (banner) answers.splice(1, 0, '<div class="app-banner"><p>下载丁香医生 App，三甲医生 15 分钟内回复</p><a href="https://dxy.com/app">立即下载</a></div>');
    const asked = askDated ? ` <span class="ask-time">提问于 ${shift(page.date!, -rng.int(0, 2))}</span>` : '';
    const desc = `<div class="question-desc"><span class="patient">${rng.pick(['女', '男'])} · ${rng.int(1, 75)} 岁</span>${asked}<p>${esc(ask(page))}，${rng.pick(ASKER_LINES)}</p></div>`;
    const related = page.related.length
      ? `<div class="related-questions"><h3>相关问题</h3>${page.related
          .map((r) => `<a class="related-item" href="/question/${numOf(r)}"><p class="title">${esc(r.question)}</p><p class="summary">${esc(r.snippet)}</p><span class="count">${rng.int(1, 6)} 个回答</span></a>`)
          .join('\n')}</div>`
      : '';
    const side = `<aside class="sidebar"><h4>热门科普</h4><ul>${[0, 1, 2].map((k) => `<li><a href="/article/${page.item.num * 3 + k}">${esc(topicWord(page))}${rng.pick(['的早期信号，别忽视', '患者饮食指南', '常见误区盘点', '怎么预防？医生说清楚了'])}</a></li>`).join('')}</ul></aside>`;
    const main = `<main class="question-page">
<div class="breadcrumb"><a href="/">丁香医生</a> &gt; <a href="/questions">问答</a> &gt; <a href="/questions/${page.item.num % 37}">${esc(d.department!)}</a></div>
<h1 class="question-title">${esc(page.question)}</h1>
${desc}
<div class="answer-count">${answers.length - (banner ? 1 : 0)} 个医生回答</div>
<div class="answer-list">${answers.join('\n')}</div>
${related}
</main>`;
    const html = documentOf(`${ask(page)} - 丁香医生`, page.canonical, `<meta name="viewport" content="width=device-width,initial-scale=1">
`, `<div id="__app"><header class="dxy-header"><a class="logo" href="/">丁香医生</a><nav><a href="/diseases">查疾病</a><a href="/drugs">查药品</a><a href="/questions">问医生</a></nav></header>
<div class="layout">
${sideFirst ? `${side}\n${main}` : `${main}\n${side}`}
</div>
<footer class="dxy-footer"><p>本站内容仅供参考，不能作为诊断及医疗的依据</p><p>© 2000-2024 DXY 浙ICP备2021029620号</p></footer></div>`);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, gradeShown),
        format: 'unknown',
        related: relatedWith(page, (e, i) => ({ format: 'unknown', date: null, url: new URL(`/question/${numOf(page.related[i]!)}`, page.canonical).href })),
      }),
    };
  },
};

// --- F3. jianke-wenda ---

/**
 * F3. 健客网 问答 (www.jianke.com/wenda/{id}.html), GBK declared by `<meta charset="gbk">` (or, on the
 * old template, 40%, gb2312 by http-equiv): crumbs 健客网 > 健客问答 > {科室} > 正文; `<h1>`; the
 * asker's block (`ask_info`: 匿名用户 | 性别 | 年龄 | 提问时间, then 问题描述：, 想得到怎样的帮助：,
 * 曾经治疗情况及是否有过敏史： on half); 医生回答: the page's answer (`doc_card`: name link and title,
 * 医院：…, 科室：…, 擅长：…, 回答数：N, 帮助过N人; a 三甲 after the hospital on 40%), its text under
 * 病情分析： / 指导意见： heads on lines of their own (70%; the head over the first paragraph and the
 * one over the rest) or plain, its `回答时间：` day and time; a 推荐药品 card (drug, 规格, ￥price, 立即购买)
 * after it on 60%; a second doctor's answer on 40% (its own card, heads, day); 大家都在问 items
 * (question link, 答： snippet, a day on half).
 *
 * Key: the page's answer is the first 医生回答 (the site lists them by time; the second doctor's
 * card, text and day none of it); its heads, printed on lines of their own, are paragraphs of it as
 * fresh-4's analysis-advice keys them; 回答数 / 帮助过N人 / 擅长 none of the card; the asker's block
 * (its day included) none of the answer; the drug card none of the answer nor an item (a shop link).
 * Date the 回答时间 day. Format unknown. Items: `答：` a label; day where printed; no format.
 */
const DRUGS = [
  ['布洛芬缓释胶囊', '0.3g*20粒'], ['阿莫西林胶囊', '0.25g*24粒'], ['蒙脱石散', '3g*10袋'], ['氯雷他定片', '10mg*6片'], ['奥美拉唑肠溶胶囊', '20mg*14粒'],
] as const;

const jiankeWenda: Family = {
  name: 'jianke-wenda',
  split: 'fresh-45',
  site: 'www.jianke.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const old = rng.chance(0.4);
    const gradeShown = rng.chance(0.4);
    const heads = rng.chance(0.7) && page.paragraphs.length > 1;
    const drug = rng.chance(0.6);
    const second = rng.chance(0.4);
    const datedItems = rng.chance(0.5);
    const history = rng.chance(0.5);
    const card = (name: string, title: string, hospital: string, department: string, grade: string | null, num: number) => `<div class="doc_card">
<img src="//img.jianke.com/doctor/${num}.jpg" alt="${esc(name)}" class="doc_img">
<p class="doc_name"><a href="/doctor/${num}.html">${esc(name)}</a> <span>${title}</span></p>
<p>医院：${esc(hospital)}${grade ? ` ${grade}` : ''}</p>
<p>科室：${esc(department)}</p>
<p class="doc_good">擅长：${esc(topicWord(page))}等疾病的诊治</p>
<p class="doc_num">回答数：<em>${rng.int(50, 9000)}</em> 帮助过<em>${rng.int(100, 50000)}</em>人</p>
</div>`;
    const sectioned = (paragraphs: readonly string[]) =>
      paragraphs.length > 1 && heads
        ? `<h4>病情分析：</h4><p>${esc(paragraphs[0]!)}</p><h4>指导意见：</h4>${paragraphs.slice(1).map((p) => `<p>${esc(p)}</p>`).join('')}`
        : paragraphs.map((p) => `<p>${esc(p)}</p>`).join('');
    const answerBlock = (c: string, text: string, iso: string) =>
      `<div class="answer_item">${c}<div class="answer_txt">${text}</div><p class="answer_time">回答时间：${iso} ${hm(rng)}</p></div>`;
    const blocks = [answerBlock(card(d.name!, d.title!, d.hospital!, d.department!, gradeShown ? d.hospital_grade : null, page.item.num % 99991), sectioned(page.paragraphs), page.date!)];
    if (drug) {
      const [name, spec] = rng.pick(DRUGS);
      blocks.push(`<div class="rec_drug"><h5>推荐药品</h5><a href="/product/${rng.int(10000, 99999)}.html"><img src="//img.jianke.com/product/${rng.int(100, 999)}.jpg" alt="${name}"><p class="drug_name">${name}</p><p>规格：${spec}</p><p class="price">￥${rng.int(8, 80)}.${rng.int(0, 9)}0</p></a><a class="buy" href="/cart/">立即购买</a></div>`);
    }
    if (second) {
      const name = otherName(rng);
      const other = rng.pick(OTHER_ANSWERS);
      blocks.push(answerBlock(card(name === d.name ? `${name}平` : name, rng.pick(FEW_TITLES), d.hospital!.replace(/(市).*$/u, '$1中医院'), d.department!, null, rng.int(1, 99990)), heads ? `<h4>指导意见：</h4><p>${esc(other)}</p>` : `<p>${esc(other)}</p>`, shift(page.date!, rng.int(0, 3))));
    }
    const asker = `<div class="ask_info">
<p class="ask_user">匿名用户 | ${rng.pick(['男', '女'])} | ${rng.int(1, 75)}岁 | 提问时间：${shift(page.date!, -rng.int(0, 3))}</p>
<p><b>问题描述：</b>${esc(ask(page))}，${rng.pick(ASKER_LINES)}</p>
<p><b>想得到怎样的帮助：</b>${rng.pick(['请问该怎么治疗？', '需要吃什么药？', '严重吗？要不要去医院？'])}</p>
${history ? `<p><b>曾经治疗情况及是否有过敏史：</b>${rng.pick(['无', '没有治疗过，无过敏史', '吃过消炎药，无过敏'])}</p>\n` : ''}</div>`;
    const itemsHtml = page.related
      .map((r) => `<li><a href="/wenda/${numOf(r)}.html" target="_blank">${esc(r.question)}</a><p>答：${esc(r.snippet)}</p>${datedItems ? `<span class="time">${r.date}</span>` : ''}</li>`)
      .join('\n');
    const related = page.related.length ? `<div class="all_ask"><div class="tit"><h3>大家都在问</h3></div><ul>${itemsHtml}</ul></div>` : '';
    const charset = old ? charsetMeta('gb2312-http-equiv') : charsetMeta('gbk-meta');
    const html = documentOf(`${ask(page)}_健客问答_健客网`, page.canonical, `<meta name="keywords" content="${esc(topicWord(page))}">
`, `<div class="top"><a href="/">健客网</a> <a href="/wenda/">健客问答</a> <a href="/jibing/">疾病百科</a> <a href="/yaopin/">网上药店</a> <span>客服热线：400-6666-800</span></div>
<div class="${old ? 'w980' : 'wrap'}">
<div class="crumbs">当前位置：<a href="/">健客网</a> &gt; <a href="/wenda/">健客问答</a> &gt; <a href="/wenda/ks${page.item.num % 43}/">${esc(d.department!)}</a> &gt; 正文</div>
<div class="ask_box"><h1>${esc(page.question)}</h1>
${asker}</div>
<div class="answer_box"><div class="tit"><h2>医生回答</h2></div>
${blocks.join('\n')}
</div>
<p class="disclaimer">健客问答所有内容仅供参考，不能作为诊断及医疗的依据，不能代替执业医师的面诊。</p>
${related}
</div>
<div class="footer"><p>Copyright © 2006-2024 健客网 粤ICP备10099093号 互联网药品信息服务资格证书</p></div>`, charset);
    const key = heads ? ['病情分析：', page.paragraphs[0]!, '指导意见：', ...page.paragraphs.slice(1)] : page.paragraphs;
    return {
      body: encode(html, 'gbk-meta'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, gradeShown),
        paragraphs: key,
        format: 'unknown',
        related: relatedWith(page, (e, i) => ({ format: 'unknown', date: datedItems ? e.date : null, url: new URL(`/wenda/${numOf(page.related[i]!)}.html`, page.canonical).href })),
      }),
    };
  },
};

// --- F4. guahao-wenda ---

/**
 * F4. 微医 (挂号网) 问答 (www.guahao.com/ask/{id}), UTF-8: crumbs 微医 > 健康问答 > {科室}; `<h1
 * class="g-title">`; 患者提问 (sex, age, text, its day on half); the doctor's booking card set beside
 * the answer (before it or, on 40%, in a side column after it in the markup): name, title, a 三甲 tag
 * after the hospital on 60%, 科室, 推荐度 4.8, 已接诊 N 次, then the services the doctor sells with
 * their prices (图文问诊 ¥30, 电话问诊 ¥60, 视频问诊 ¥120, two or three of them) and 预约挂号; the reply
 * (`医生回复`, or on 40% a reply label that names its format: `图文回复`, `语音回复 58″` over the
 * 语音转文字 text, `视频回复 01:32` over the 视频文字稿), its paragraphs, `{day} {time} 回复`; 有帮助 N;
 * 相关问答 items (`[图文]` / `[语音]` / `[视频]` tag in the link before the question on half of the
 * pages, snippet, day on half).
 *
 * Key: the format is the reply's own label where it names one (图文回复 text, 语音回复 voice, 视频回复
 * video; the seconds, `语音转文字` / `视频文字稿` heads none of the answer), else unknown: the services
 * and prices in the card are what the doctor sells, not how this answer was given, and name no
 * format. Grade where the tag prints it; 推荐度 / 已接诊 / the services none of the card. Date the
 * reply's day; the asker's day none. Items: the tag is the item's format and no part of its
 * question (as hospital-alias keyed `[语音]`); untagged: unknown; day where printed.
 */
const SERVICES = [['图文问诊', 30], ['电话问诊', 60], ['视频问诊', 120]] as const;
const ITEM_TAGS = { voice: '语音', video: '视频', text: '图文' } as const;
const sec = (n: number) => `${String(Math.floor(n / 60)).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}`;

const guahaoWenda: Family = {
  name: 'guahao-wenda',
  split: 'fresh-45',
  site: 'www.guahao.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.6);
    const cardAside = rng.chance(0.4);
    const labelled = rng.chance(0.4) && page.format !== 'unknown';
    const taggedItems = rng.chance(0.5);
    const datedItems = rng.chance(0.5);
    const askDated = rng.chance(0.5);
    const services = rng.shuffle(SERVICES).slice(0, rng.int(2, 3));
    const card = `<div class="doctor-card">
<img class="photo" src="https://kano.guahao.cn/doctor/${page.item.num % 9973}.jpg" alt="">
<div class="info"><p><a class="name" href="/expert/${token(rng, 12)}">${esc(d.name!)}</a><span class="title">${d.title}</span></p>
<p class="hos">${esc(d.hospital!)}${gradeShown ? `<em class="level">${d.hospital_grade}</em>` : ''}</p>
<p class="dept">${esc(d.department!)}</p>
<p class="stat"><span>推荐度 ${rng.pick(['4.7', '4.8', '4.9', '5.0'])}</span><span>已接诊 ${rng.int(100, 60000)} 次</span></p></div>
<ul class="service">${services.map(([word, price]) => `<li><a href="/consult/${word}">${word}</a><span class="price">¥${price}</span></li>`).join('')}</ul>
<a class="btn-booking" href="/expert/booking">预约挂号</a>
</div>`;
    let label = '医生回复';
    let textHead = '';
    if (labelled) {
      if (page.format === 'voice') {
        label = `<span class="voice">语音回复 <i>${rng.int(20, 59)}″</i></span>`;
        textHead = '<h5>语音转文字</h5>';
      } else if (page.format === 'video') {
        label = `<span class="video">视频回复 <i>${sec(rng.int(40, 240))}</i></span>`;
        textHead = '<h5>视频文字稿</h5>';
      } else label = '图文回复';
    }
    const reply = `<div class="reply">
<div class="reply-head">${label}</div>
${textHead}<div class="reply-text">${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>
<div class="reply-foot"><span class="time">${page.date} ${page.time} 回复</span><span class="help">有帮助 ${rng.int(0, 300)}</span></div>
</div>`;
    const question = `<div class="patient-ask"><h3>患者提问</h3><p class="who">${rng.pick(['女', '男'])}　${rng.int(1, 80)}岁${askDated ? `　${shift(page.date!, -rng.int(0, 2))}` : ''}</p><p>${esc(ask(page))}，${rng.pick(ASKER_LINES)}</p></div>`;
    const items = page.related
      .map((r) => {
        const tag = taggedItems && r.format !== 'unknown' ? `[${ITEM_TAGS[r.format]}]` : '';
        return `<li><a href="/ask/${numOf(r)}">${tag}${esc(r.question)}</a><p class="abs">${esc(r.snippet)}</p>${datedItems ? `<span class="date">${r.date}</span>` : ''}</li>`;
      })
      .join('\n');
    const related = page.related.length ? `<div class="g-related"><h3>相关问答</h3><ul>${items}</ul></div>` : '';
    const content = `<div class="g-content">
<h1 class="g-title">${esc(page.question)}</h1>
${question}
${cardAside ? reply : `${card}\n${reply}`}
<p class="g-tip">以上回答来自微医平台医生，仅供参考</p>
${related}
</div>`;
    const html = documentOf(`${ask(page)}_微医(挂号网)`, page.canonical, '', `<div class="g-header"><a class="logo" href="/">微医</a><a href="/hospital">找医院</a><a href="/expert">找医生</a><a href="/ask">健康问答</a><a href="/login">登录</a></div>
<div class="g-breadcrumb"><a href="/">微医</a> &gt; <a href="/ask">健康问答</a> &gt; <a href="/ask/dept/${page.item.num % 29}">${esc(d.department!)}</a></div>
<div class="g-main">
${content}
${cardAside ? `<div class="g-aside">${card}</div>` : ''}
</div>
<div class="g-footer"><p>微医集团（浙江）有限公司 浙ICP备10212100号 © 2024 guahao.com</p></div>`);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, gradeShown),
        format: labelled ? page.format : 'unknown',
        related: relatedWith(page, (e, i) => ({
          format: taggedItems ? e.format : 'unknown',
          date: datedItems ? e.date : null,
          url: new URL(`/ask/${numOf(page.related[i]!)}`, page.canonical).href,
        })),
      }),
    };
  },
};

// --- F5. baikemy-video ---

/**
 * F5. 百科名医网 视频问答 (www.baikemy.com/video/{id}), UTF-8: crumbs 百科名医 > 视频 > {科室}; `<h1>`; a
 * video player (poster, ▶, the length `03:12`) and under it 播放量 N; the doctor card (name, title, a 三甲
 * tag after the hospital on 70%, 科室, 擅长：…, 关注); `发布时间：2023-05-06` under the title (70%) or no
 * day at all; the transcript under a 文字版 / 视频文字版 head, its paragraphs, folded on half (a
 * max-height box with 展开全文 under it, the whole text in the markup); the site's note 本视频由…审核
 * on half; 相关视频 items (a poster with its length, the question, a one-line 文字摘要, `N万次播放`).
 *
 * Key: the format is video (the page's answer is the video: its transcript is shown with it); the
 * answer the transcript whole, folded or not (the text is on the page, a tap shows it), its head
 * and 展开全文 none of it; the date the 发布时间 day where printed, else null; 播放量 / 关注 / 擅长 none
 * of the card; grade where the tag prints it; the 审核 note none of the answer. Items: all videos
 * (each a poster with its length, under 相关视频): format video; no day; snippet the 文字摘要.
 */
const baikemyVideo: Family = {
  name: 'baikemy-video',
  split: 'fresh-45',
  site: 'www.baikemy.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gradeShown = rng.chance(0.7);
    const dated = rng.chance(0.7);
    const folded = rng.chance(0.5);
    const reviewed = rng.chance(0.5);
    const head = rng.pick(['文字版', '视频文字版']);
    const plays = (n: number) => (n >= 10000 ? `${(n / 10000).toFixed(1)}万` : String(n));
    const player = `<div class="video-box"><div class="player" data-src="https://video.baikemy.com/${token(rng, 16)}.mp4"><img src="https://img.baikemy.com/poster/${page.item.num % 9973}.jpg" alt=""><span class="play">▶</span><span class="duration">${sec(rng.int(45, 300))}</span></div>
<p class="play-count">播放量 ${plays(rng.int(300, 200000))}</p></div>`;
    const card = `<div class="doctor-box"><img src="https://img.baikemy.com/doctor/${page.item.num % 997}.jpg" alt="" class="head">
<div class="doctor-msg"><p><a class="doc-name" href="/doctor/${page.item.num % 99991}">${esc(d.name!)}</a> <span class="doc-title">${d.title}</span></p>
<p class="doc-hos">${esc(d.hospital!)}${gradeShown ? ` <span class="hos-level">${d.hospital_grade}</span>` : ''}</p>
<p class="doc-dept">${esc(d.department!)}</p>
<p class="doc-good">擅长：${esc(topicWord(page))}的诊断与治疗</p></div><a class="follow" href="javascript:;">+ 关注</a></div>`;
    const text = page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('');
    const transcript = `<div class="video-text"><h2>${head}</h2>${
      folded ? `<div class="text-box" style="max-height:120px;overflow:hidden">${text}</div><a class="more" href="javascript:;">展开全文</a>` : `<div class="text-box">${text}</div>`
    }</div>`;
    const note = reviewed ? `<p class="audit">本视频由${esc(d.hospital!)}${esc(d.department!)}专家审核，内容仅供参考。</p>` : '';
    const items = page.related
      .map(
        (r) =>
          `<li><a href="/video/${numOf(r)}"><div class="pic"><img src="https://img.baikemy.com/poster/${numOf(r) % 9973}.jpg" alt=""><span class="duration">${sec(rng.int(45, 300))}</span></div><p class="tit">${esc(r.question)}</p></a><p class="summary">${esc(r.snippet)}</p><span class="count">${plays(rng.int(300, 200000))}次播放</span></li>`,
      )
      .join('\n');
    const related = page.related.length ? `<div class="related-video"><h3>相关视频</h3><ul>${items}</ul></div>` : '';
    const html = documentOf(`${ask(page)}-百科名医网`, page.canonical, '', `<div class="header"><a class="logo" href="/">百科名医网</a><a href="/disease/">疾病</a><a href="/video/">视频</a><a href="/doctor/">名医</a></div>
<div class="container">
<div class="crumbs"><a href="/">百科名医</a> &gt; <a href="/video/">视频</a> &gt; <a href="/video/dept${page.item.num % 31}">${esc(d.department!)}</a></div>
<div class="video-detail">
<h1>${esc(page.question)}</h1>
${dated ? `<p class="pub-time">发布时间：${page.date}</p>\n` : ''}${player}
${card}
${transcript}
${note}
</div>
${related}
</div>
<div class="footer"><p>百科名医网 版权所有 京ICP备13016290号</p></div>`);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, {
        doctor: cardPlain(page, gradeShown),
        date: dated ? page.date : null,
        format: 'video',
        related: relatedWith(page, (_e, i) => ({ format: 'video', date: null, url: new URL(`/video/${numOf(page.related[i]!)}`, page.canonical).href })),
      }),
    };
  },
};

// --- F6. haodf-article ---

/**
 * F6. 好大夫在线 文章 (www.haodf.com/neirong/wenzhang/{id}.html), a doctor's 科普 article written as the
 * answer to a patient's question, UTF-8: crumbs 好大夫在线 > {hospital} > {科室} > {name} > 文章; the
 * article's title (the question) in `<h1 class="article-title">`; a byline `发表者：{name}` (a link)
 * with `N人已读` and `{day} 发表` (or `发布于 {day}` on the new template); 疾病标签 links; the body:
 * the answer's paragraphs, on half of the pages after an italic lead `{name}医生的科普号`; the closing
 * `本文是{name}版权所有，未经授权请勿转载。` and 本文发布于好大夫在线; the side card (before the
 * article in the markup on the old template, 50%): name, title, hospital, 科室, 擅长：…, 好评率, 向TA咨询;
 * a 相关文章 list of the doctor's other articles (title links, /neirong/wenzhang/{id}.html, N人已读).
 *
 * Key: the question is the article's title; the answer its body (the lead naming the column, the
 * 版权所有 and 发布于 lines none of it); the card the side card's (the byline only repeats the name);
 * the date the 发表 / 发布于 day; no grade printed (null); format unknown. The 相关文章 are articles,
 * not answered questions: no related items (as familydoctor-ask keyed 相关文章).
 */
const haodfArticle: Family = {
  name: 'haodf-article',
  split: 'fresh-45',
  site: 'www.haodf.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const oldTemplate = rng.chance(0.5);
    const lead = rng.chance(0.5);
    const docPath = `/doctor/${page.item.num % 999983}.html`;
    const byline = `<div class="article-info">发表者：<a href="${docPath}">${esc(d.name!)}</a> <span class="read">${rng.int(50, 90000)}人已读</span> <span class="time">${oldTemplate ? `${page.date} 发表` : `发布于 ${page.date}`}</span></div>`;
    const tags = `<div class="article-tags">疾病：<a href="/jibing/${page.item.num % 577}.html">${esc(topicWord(page))}</a></div>`;
    const body = `<div class="article-body">${lead ? `<p class="lead"><i>${esc(d.name!)}医生的科普号</i></p>` : ''}${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}
<p class="copyright">本文是${esc(d.name!)}版权所有，未经授权请勿转载。</p><p class="from">本文发布于好大夫在线</p></div>`;
    const card = `<div class="doctor-card"><img src="https://n1.hdfimg.com/g/${token(rng, 8)}.jpg" alt="">
<p><a class="name" href="${docPath}">${esc(d.name!)}</a></p><p class="title">${d.title}</p>
<p class="hospital">${esc(d.hospital!)}</p><p class="faculty">${esc(d.department!)}</p>
<p class="good">擅长：${esc(topicWord(page))}等</p><p class="rate">好评率 ${rng.int(95, 100)}%</p><a class="consult" href="${docPath}#consult">向TA咨询</a></div>`;
    const others = Array.from({ length: rng.int(2, 4) }, (_, k) => `<li><a href="/neirong/wenzhang/${page.item.num * 5 + k + 1}.html">${esc(topicWord(page))}${rng.pick(['患者日常注意事项', '的规范治疗', '术后康复指导', '常见问题解答'])}</a><span>${rng.int(10, 9000)}人已读</span></li>`).join('');
    const moreArticles = `<div class="related-article"><h3>相关文章</h3><ul>${others}</ul></div>`;
    const article = `<div class="article"><h1 class="article-title">${esc(page.question)}</h1>
${byline}
${tags}
${body}
</div>
${moreArticles}`;
    const html = documentOf(`${ask(page)}_${d.name!}医生的文章_好大夫在线`, page.canonical, '', `<div class="hdf-header"><a class="logo" href="/">好大夫在线</a><a href="/hospital/">找医院</a><a href="/doctor/">找医生</a><a href="/jibing/">查疾病</a></div>
<div class="crumbs"><a href="/">好大夫在线</a> &gt; <a href="/hospital/${page.item.num % 3001}.html">${esc(d.hospital!)}</a> &gt; <a href="/faculty/${page.item.num % 7001}.html">${esc(d.department!)}</a> &gt; <a href="${docPath}">${esc(d.name!)}</a> &gt; 文章</div>
<div class="main">
${oldTemplate ? `<div class="left">${card}</div>\n<div class="right">${article}</div>` : `<div class="left">${article}</div>\n<div class="right">${card}</div>`}
</div>
<div class="hdf-footer"><p>© 2006-2024 好大夫在线 京ICP证110177号</p></div>`);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor: cardPlain(page, false), format: 'unknown', related: [] }),
    };
  },
};

export const FRESH45_FAMILIES: readonly Family[] = [chunyuQa, dxyQuestion, jiankeWenda, guahaoWenda, baikemyVideo, haodfArticle];
