import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type ExpectedItem, type Family, type Rendered } from './family.js';
import { ask, ASKER_LINES, cnDate, documentOf, hm, itemNum, otherName, shift, token, topicWord, withHeads } from './ordinary-parts.js';
import { esc } from './parts.js';
import type { TruthDoctor, TruthPage } from './truth.js';

/**
 * Sixty-fifth fresh held-out set (split `fresh-65`): written blind on 2026-12-03 — without reading the reader
 * (src/extract/ and its site profiles, src/flags/, src/validate/, src/core/genre-vocabulary.ts) or its tests and
 * without running it on these pages — and committed before its first run. Theme: **vertical health and lifestyle
 * apps whose community Q&A is answered by registered professionals**, as such pages stand in 2026: a period and
 * pregnancy app's 问答 share page (美柚 kind) where an obstetrician answers among mothers' answers, a fitness app's
 * 运动损伤 Q&A (Keep kind) answered by a 康复治疗师 or a sports-medicine doctor, a nutrition app's 营养师问答 (薄荷健康
 * kind) with a food card and a calorie table beside, a vaccination app's 疫苗答疑 (小豆苗 kind) answered at a 疾控中心
 * or a 预防接种门诊 with a schedule block, a parenting app's 专家答 (丁香妈妈 kind) with course and product cards, and a
 * diabetes app's 控糖问答 (糖护士 kind) answered by an endocrinologist or a 糖尿病专科护士 beside glucose and device
 * widgets. Each modelled from memory of such pages (no copied markup).
 *
 * Where a careful person could hesitate, the key decides (the README row says the same):
 * - the answerer's title is the one the card prints, whatever the profession (注册营养师, 康复治疗师, 主管护师 …):
 *   keyed as printed; the hospital is the unit the card names (a hospital, a 疾控中心, a 社区卫生服务中心), null where
 *   it names only the app (`薄荷健康签约营养师`); the department where printed; the grade only where printed;
 * - an app's widgets are none of the answer: food cards, calorie tables, vaccine schedules, glucose charts, course
 *   and product cards, 打卡 / 积分 rows, 有用 counts, other users' 回答 below the professional's, the asker's stage
 *   or 糖龄 tags; a table inside the professional's own answer (a 一日食谱) is the answer's: one paragraph a row,
 *   the header row included, the cells joined by one space (fresh-17's answer-table convention);
 * - the date is the professional's answer day as printed; a yearless or relative day (`05-06`, `3天前`, `昨天`)
 *   names none (null), the asker's day dates nothing, an 更新于 day only where no other day of the answer is printed
 *   (the convention of fresh-2, fresh-7 and fresh-11; a key fix after the first run);
 * - the format is what the page shows: a voice player (`语音回答 58″`) voice, a video player with 视频解答 video, else
 *   unknown; a transcript shown under a player is the answer's text.
 */

type Related = TruthPage['related'][number];

const cityOf = (page: TruthPage) => page.doctor.hospital!.replace(/市.*$/u, '市');

/** Related items with only their question shown (link-items.ts): `[]`. */
const linkItems = (page: TruthPage, url: (n: number) => string): ExpectedItem[] =>
  page.related.map((r) => ({ question: r.question, paragraphs: [], format: 'unknown', date: null, url: url(itemNum(r)) }));

/** Related items with their snippet printed, format unknown, dated where `dated`. */
const snippetItems = (page: TruthPage, url: (n: number) => string, dated: boolean): ExpectedItem[] =>
  page.related.map((r) => ({ question: r.question, paragraphs: [r.snippet], format: 'unknown', date: dated ? r.date : null, url: url(itemNum(r)) }));

/** A yearless or relative stamp for the page's day (names no day: null). */
const vagueDay = (rng: Rng, page: TruthPage, time: string) =>
  rng.pick([`${page.date!.slice(5)} ${time}`, `${Number(page.date!.slice(5, 7))}月${Number(page.date!.slice(8, 10))}日`, `昨天 ${time}`, `${rng.int(2, 6)}天前`]);

/** The rank at the universe title's level, in another profession's ladder (主治医师 → 主管治疗师 …). */
const rankAt = (page: TruthPage, ladder: readonly [string, string, string, string]) => {
  const t = page.doctor.title!;
  if (t.startsWith('主任')) return ladder[0];
  if (t.startsWith('副主任')) return ladder[1];
  if (t.startsWith('主治') || t.startsWith('主管')) return ladder[2];
  return ladder[3];
};

/** Other users' short answers, as community apps list them below the professional's. */
const PEER_ANSWERS = [
  '我之前也是这样，后来去医院查了没什么事，别太担心。',
  '同问，我也想知道。',
  '听医生的，别自己乱吃药。',
  '我家也是，过了一阵子自己就好了。',
  '建议还是去正规医院看看，网上说的只能参考。',
  '蹲一个后续。',
];

// --- F1. meiyou-wenda-share ---

/**
 * F1. 美柚's 问答 share page (m.meiyou.com/wenda/share?qid=…): the app banner (打开美柚), the question as `<h1>` with
 * stage tags (`孕期`, `备孕`, `怀孕第24周`), the asker's nickname and stage and their words, N个回答; the
 * professional's answer pinned first under `专业回答` / `医生回答` with an `认证医生` badge: the card (name, title,
 * `title | hospital department`, grade on 35%), on 25% a voice player (`语音回答 58″`) with the 文字版 below, the
 * answer's `<p>`s, `有用 N`, the day full (65%: `2023-05-06`, `2023年5月6日`) else yearless or relative; 1–3 other
 * users' answers (nickname, stage tag, text, a day) on 70%; `打开美柚查看全部N个回答`; 相关问题 links with N个回答.
 * Key: the professional's answer only; voice where the player shows; items link-only.
 */
const meiyouWendaShare: Family = {
  name: 'meiyou-wenda-share',
  split: 'fresh-65',
  site: 'm.meiyou.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const urlOf = (n: number) => `https://m.meiyou.com/wenda/share?qid=${n}`;
    const grade = rng.chance(0.35) ? d.hospital_grade : null;
    const voice = rng.chance(0.25);
    const time = hm(rng);
    const full = rng.chance(0.65);
    const stamp = full ? rng.pick([page.date!, cnDate(page.date!), `${page.date!} ${time}`]) : vagueDay(rng, page, time);
    const [topic, stage] = rng.pick([['孕期', '怀孕第24周'], ['孕期', '孕28周+3天'], ['孕期', '孕早期'], ['备孕', '备孕中'], ['育儿', '宝宝5个月'], ['经期', '经期第2天']] as const);
    const nick = rng.pick(['小鱼妈妈', '糖糖麻麻', '一颗小橙子', '柚子酱', 'momo宝妈', '准妈妈小李']);
    const count = rng.int(3, 90);
    const peers = rng.chance(0.7)
      ? rng.shuffle(PEER_ANSWERS).slice(0, rng.int(1, 3)).map((t) => `<div class="answer-item user"><div class="au"><span class="nick">${rng.pick(['大头宝妈', '柠檬不酸', '糖果屋', '西瓜太甜'])}</span><span class="stage-tag">${rng.pick(['宝宝1岁', '孕32周', '备孕中'])}</span></div><p class="at">${t}</p><div class="af"><span>${shift(page.date!, rng.int(0, 30))}</span><span>有用 ${rng.int(0, 20)}</span></div></div>`).join('\n')
      : '';
    const player = voice ? `<div class="voice-player" data-src="https://sc.seeyouyima.com/voice/${token(rng, 16)}.mp3"><i class="ic-play"></i><span>语音回答</span><span class="dur">${rng.int(20, 59)}″</span></div><div class="voice-text-hd">文字版</div>` : '';
    const pro = `<div class="answer-item pro"><div class="pro-hd">${rng.pick(['专业回答', '医生回答', '专家解答'])}</div>
<div class="au"><img class="av" src="https://sc.seeyouyima.com/avatar/${token(rng, 12)}.jpg" alt=""><div class="au-info"><p><span class="nick">${esc(d.name!)}</span><span class="v-tag">认证医生</span></p><p class="au-desc">${d.title} | ${esc(d.hospital!)}${grade ? ` ${grade}` : ''} ${esc(d.department!)}</p></div></div>
${player}<div class="at">${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>
<div class="af"><span class="time">${stamp}</span><span class="useful">有用 ${rng.int(5, 900)}</span></div></div>`;
    const items = page.related.length
      ? `<div class="related"><h3>相关问题</h3>${page.related.map((r) => `<a class="rq" href="${urlOf(itemNum(r))}"><p>${esc(r.question)}</p><span>${rng.int(1, 99)}个回答</span></a>`).join('\n')}</div>`
      : '';
    const body = `<div class="app-banner"><img src="https://sc.seeyouyima.com/logo.png" alt="美柚"><span>美柚 · 女性健康助手</span><a class="open" href="meiyou://wenda?qid=${page.item.num}">打开美柚</a></div>
<div class="question"><div class="tags"><span>${topic}</span><span>${stage}</span></div><h1>${esc(page.question)}</h1>
<div class="asker"><span class="nick">${nick}</span><span class="stage">${stage}</span></div><p class="q-desc">${esc(rng.pick(ASKER_LINES))}</p><div class="q-count">${count}个回答</div></div>
<div class="answers">${pro}
${peers}</div>
<a class="more" href="meiyou://wenda?qid=${page.item.num}">打开美柚查看全部${count}个回答</a>
${items}`;
    const html = documentOf(`${page.question}_美柚问答`, rng.chance(0.5) ? urlOf(page.item.num) : null, '<meta name="viewport" content="width=device-width,initial-scale=1">\n', body);
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor: { ...d, hospital_grade: grade }, date: full ? page.date : null, format: voice ? 'voice' : 'unknown', related: linkItems(page, urlOf) }),
    };
  },
};

// --- F2. keep-sports-injury ---

const THERAPIST_LADDER = ['主任治疗师', '副主任治疗师', '主管治疗师', '康复治疗师'] as const;

/**
 * F2. Keep's 运动损伤 Q&A (www.gotokeep.com/qa/{id}; the app's share on 40%): the question with a 跑步 / 膝盖 topic tag;
 * the answerer badged `Keep认证 运动康复专家`: a 康复治疗师 (55%: the rank at the universe title's level, `{hospital}
 * 康复医学科`) or a doctor (the universe card, department 运动医学科 on half), grade on 25%; the answer's `<p>`s (its
 * heads `损伤原因：` / `康复建议：` on 30%, kept as paragraphs); a 训练课程 card (`膝关节康复训练 K1 · 12分钟 · 3.2万人练过`,
 * 参加训练) after the answer on 60%; an 打卡 row (`已连续打卡 N 天`) on the share template; `发布于` full on 70%; 点赞 /
 * 收藏; 相关问答 with a snippet on half. Key: title as printed (a therapist's rank); courses none of the answer.
 */
const keepSportsInjury: Family = {
  name: 'keep-sports-injury',
  split: 'fresh-65',
  site: 'www.gotokeep.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const urlOf = (n: number) => `https://www.gotokeep.com/qa/${n}`;
    const therapist = rng.chance(0.55);
    const doctor: TruthDoctor = therapist
      ? { name: d.name, title: rankAt(page, THERAPIST_LADDER), hospital: d.hospital, department: '康复医学科', hospital_grade: null }
      : { ...d, department: rng.chance(0.5) ? '运动医学科' : d.department, hospital_grade: null };
    if (rng.chance(0.25)) doctor.hospital_grade = d.hospital_grade;
    const heads = rng.chance(0.3);
    const paragraphs = heads ? withHeads(page.paragraphs, '损伤原因：', '康复建议：') : page.paragraphs;
    const share = rng.chance(0.4);
    const time = hm(rng);
    const full = rng.chance(0.7);
    const stamp = full ? rng.pick([page.date!.replace(/-/g, '/'), `${page.date!} ${time}`, cnDate(page.date!)]) : vagueDay(rng, page, time);
    const snippets = rng.chance(0.5);
    const course = rng.chance(0.6)
      ? `<div class="course-card"><img src="https://static1.keepcdn.com/course/${token(rng, 10)}.jpg" alt=""><div class="course-info"><p class="course-name">${rng.pick(['膝关节康复训练', '踝关节稳定性训练', '肩颈放松拉伸', '腰背核心激活'])} ${rng.pick(['K1', 'K2', 'K3'])}</p><p class="course-meta">${rng.int(8, 25)}分钟 · ${rng.int(1, 9)}.${rng.int(0, 9)}万人练过</p></div><a class="join" href="/course/${token(rng, 8)}">参加训练</a></div>`
      : '';
    const org = `${esc(doctor.hospital!)}${doctor.hospital_grade ? `（${doctor.hospital_grade}）` : ''} ${esc(doctor.department!)}`;
    const items = page.related.length
      ? `<div class="qa-related"><div class="title">相关问答</div>${page.related.map((r) => `<a class="qa-item" href="/qa/${itemNum(r)}"><h4>${esc(r.question)}</h4>${snippets ? `<p>${esc(r.snippet)}</p>` : ''}<span class="likes">${rng.int(0, 500)} 赞</span></a>`).join('\n')}</div>`
      : '';
    const body = `${share ? `<div class="download-bar"><span>Keep · 自律给我自由</span><a href="https://www.gotokeep.com/download">打开 Keep</a></div>` : `<header class="site-header"><a class="logo" href="/">Keep</a><nav><a href="/explore">发现</a><a href="/course">课程</a><a href="/qa">问答</a></nav></header>`}
<main class="qa-detail"><div class="qa-tag">#${rng.pick(['跑步', '膝盖', '运动损伤', '健身'])}</div><h1 class="qa-title">${esc(page.question)}</h1>
<div class="qa-asker">${rng.pick(['Keeper', '跑者'])}${token(rng, 4)} 提问 · ${rng.pick(ASKER_LINES)}</div>
<div class="expert-answer"><div class="expert"><img class="avatar" src="https://static1.keepcdn.com/avatar/${token(rng, 10)}.jpg" alt=""><div class="expert-info"><span class="expert-name">${esc(doctor.name!)}</span><span class="badge">Keep认证 运动康复专家</span><p class="expert-desc">${doctor.title} · ${org}</p></div></div>
<div class="answer-content">${paragraphs.map((p) => (heads && /^(损伤原因|康复建议)：$/u.test(p) ? `<p><strong>${p}</strong></p>` : `<p>${esc(p)}</p>`)).join('')}</div>
${course}<div class="answer-meta"><span>发布于 ${stamp}</span><span>点赞 ${rng.int(3, 999)}</span><span>收藏</span></div></div>
${share ? `<div class="punch">已连续打卡 ${rng.int(2, 300)} 天 · 运动 ${rng.int(10, 999)} 次</div>` : ''}
</main>
${items}`;
    const html = documentOf(`${page.question} - Keep 问答`, share ? null : urlOf(page.item.num), '<meta name="viewport" content="width=device-width">\n', body);
    // Without a canonical link the page names no address of its own (every item link root-relative): an item's link stays as written.
    const itemUrl = share ? (n: number) => `/qa/${n}` : urlOf;
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor, paragraphs, date: full ? page.date : null, format: 'unknown', related: snippets ? snippetItems(page, itemUrl, false) : linkItems(page, itemUrl) }),
    };
  },
};

// --- F3. boohee-yingyangshi ---

const FOODS = [
  ['燕麦片', '377', '15.0', '6.7', '66.9'],
  ['全麦面包', '246', '8.5', '3.5', '45.7'],
  ['鸡胸肉', '133', '19.4', '5.0', '2.5'],
  ['红薯', '86', '1.6', '0.1', '20.1'],
  ['脱脂牛奶', '33', '3.4', '0.2', '4.9'],
] as const;
const MEALS = [
  ['早餐', '燕麦片40克、脱脂牛奶250毫升、鸡蛋1个'],
  ['加餐', '苹果1个（约200克）'],
  ['午餐', '杂粮饭100克、清蒸鱼100克、炒青菜200克'],
  ['晚餐', '红薯100克、鸡胸肉80克、凉拌黄瓜150克'],
] as const;

/**
 * F3. 薄荷健康's 营养师问答 (www.boohee.com/wenda/{id}; the m. template on 40%): the question `<h1>`, the nutritionist's
 * card (name, a title printed `注册营养师` / `注册营养技师` / `临床营养师`, with a unit on 60% — `{hospital} 临床营养科`,
 * grade on 25% — else `薄荷健康签约营养师`), the answer's `<p>`s, on 30% a 一日食谱 table inside the answer (餐次 / 食物
 * 建议, introduced by a sentence); a 食物卡片 beside (the food, `热量 377 大卡/100克`, 查看营养成分) with a 营养成分 table
 * (能量, 蛋白质, 脂肪, 碳水化合物) on 60%; `回答于` full on 75%; 有用 N; 记录饮食 button; 更多营养问答 with snippets,
 * dated on half. Key: the title as printed; the app-only unit no hospital; the in-answer table a row a paragraph.
 */
const booheeYingyangshi: Family = {
  name: 'boohee-yingyangshi',
  split: 'fresh-65',
  site: 'www.boohee.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const urlOf = (n: number) => `https://www.boohee.com/wenda/${n}`;
    const title = rng.pick(['注册营养师', '注册营养技师', '临床营养师']);
    const hospitalUnit = rng.chance(0.6);
    const grade = hospitalUnit && rng.chance(0.25) ? d.hospital_grade : null;
    const department = rng.pick(['临床营养科', '营养科']);
    const doctor: TruthDoctor = hospitalUnit
      ? { name: d.name, title, hospital: d.hospital, department, hospital_grade: grade }
      : { name: d.name, title, hospital: null, department: null, hospital_grade: null };
    const unit = hospitalUnit ? `${esc(d.hospital!)}${grade ? ` <i class="lv">${grade}</i>` : ''} ${department}` : '薄荷健康签约营养师';
    const withTable = rng.chance(0.3);
    const meals = MEALS.slice(0, rng.int(3, 4));
    const intro = rng.pick(['一天的饮食可以参考下表：', '给你一个一日食谱参考：']);
    const header = ['餐次', rng.pick(['食物建议', '推荐食物'])];
    const at = rng.int(1, Math.max(1, page.paragraphs.length - 1));
    const before = page.paragraphs.slice(0, at);
    const after = page.paragraphs.slice(at);
    const table = `<p>${intro}</p><table class="diet-table"><tr>${header.map((h) => `<th>${h}</th>`).join('')}</tr>${meals.map((m) => `<tr><td>${m[0]}</td><td>${m[1]}</td></tr>`).join('')}</table>`;
    const answerHtml = withTable ? `${before.map((p) => `<p>${esc(p)}</p>`).join('')}${table}${after.map((p) => `<p>${esc(p)}</p>`).join('')}` : page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('');
    const paragraphs = withTable ? [...before, intro, header.join(' '), ...meals.map((m) => `${m[0]} ${m[1]}`), ...after] : page.paragraphs;
    const time = hm(rng);
    const full = rng.chance(0.75);
    const stamp = full ? rng.pick([page.date!, `${page.date!} ${time}`, cnDate(page.date!)]) : vagueDay(rng, page, time);
    const food = rng.pick(FOODS);
    const foodCard = `<div class="food-card"><img src="https://one.boohee.cn/food/${token(rng, 10)}.jpg" alt="${food[0]}"><div><p class="food-name">${food[0]}</p><p class="food-cal">热量 <b>${food[1]}</b> 大卡/100克</p><a href="/shiwu/${token(rng, 6)}">查看营养成分</a></div></div>${
      rng.chance(0.6) ? `<table class="nutri-table"><caption>营养成分（每100克）</caption><tr><td>能量</td><td>${food[1]}大卡</td></tr><tr><td>蛋白质</td><td>${food[2]}克</td></tr><tr><td>脂肪</td><td>${food[3]}克</td></tr><tr><td>碳水化合物</td><td>${food[4]}克</td></tr></table>` : ''
    }`;
    const dated = rng.chance(0.5);
    const mobile = rng.chance(0.4);
    const items = page.related.length
      ? `<div class="more-qa"><h3>更多营养问答</h3><ul>${page.related.map((r) => `<li><a href="/wenda/${itemNum(r)}">${esc(r.question)}</a><p class="excerpt">${esc(r.snippet)}</p>${dated ? `<span class="date">${r.date}</span>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const card = `<div class="rd-card"><img class="avatar" src="https://one.boohee.cn/avatar/${token(rng, 10)}.png" alt=""><div><span class="rd-name">${esc(d.name!)}</span><span class="rd-title">${title}</span><p class="rd-unit">${unit}</p></div></div>`;
    const main = `<h1 class="q-title">${esc(page.question)}</h1><div class="q-desc">${esc(rng.pick(ASKER_LINES))}</div>
${card}<div class="answer-body">${answerHtml}</div><div class="answer-foot"><span>回答于 ${stamp}</span><span class="useful">有用 ${rng.int(1, 600)}</span></div>`;
    const body = mobile
      ? `<div class="m-header"><a href="/">薄荷健康</a><a class="dl">APP内打开</a></div><section class="m-qa">${main}</section><section class="m-food">${foodCard}<button class="record">记录饮食</button></section>${items}`
      : `<div class="header"><a class="logo" href="/">薄荷健康</a><a href="/shiwu">食物库</a><a href="/wenda">营养问答</a></div>
<div class="container"><div class="main-col">${main}</div><div class="side-col">${foodCard}<button class="record">记录饮食</button></div></div>${items}`;
    const html = documentOf(`${page.question}-薄荷营养师问答`, mobile ? null : urlOf(page.item.num), '', body);
    // Without a canonical link the page names no address of its own (every item link root-relative): an item's link stays as written.
    const itemUrl = mobile ? (n: number) => `/wenda/${n}` : urlOf;
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor, paragraphs, date: full ? page.date : null, format: 'unknown', related: snippetItems(page, itemUrl, dated) }),
    };
  },
};

// --- F4. xiaodoumiao-yimiao-dayi ---

/** A public-health doctor's rank at the universe title's level (a 疾控中心's or a 接种门诊's). */
const PUBLIC_HEALTH_LADDER = ['主任医师', '副主任医师', '主管医师', '医师'] as const;

const SCHEDULE = [
  ['出生', '乙肝疫苗', '第1剂', '免费'],
  ['1月龄', '乙肝疫苗', '第2剂', '免费'],
  ['2月龄', '脊灰灭活疫苗', '第1剂', '免费'],
  ['3月龄', '百白破疫苗', '第1剂', '免费'],
  ['2月龄', '13价肺炎球菌结合疫苗', '第1剂', '自费'],
  ['6月龄', '流感疫苗', '第1剂', '自费'],
] as const;

/**
 * F4. 小豆苗's 疫苗答疑 (h5.xiaodoumiao.com/qa/detail?id=…): the baby's 月龄 bar of the asker (`宝宝3个月18天`), the
 * question, the answerer (name, title — a public-health rank at a CDC or a clinic —, the unit: `{city}疾病预防控制中心` with `免疫规划科` on 40%, `{city}{district}社区
 * 卫生服务中心` with `预防接种门诊` on 30%, else the universe card with grade on 30%), `疾控专家` / `接种医生` tag, the
 * answer's `<p>`s, `答疑时间：` full on 70% (`2023.05.06` …) else yearless; a 接种时间表 block (月龄 / 疫苗 / 剂次 /
 * 免费 or 自费) before or after the answer; 预约接种 and the 门诊's address line; 其他家长还在问 links. Key: the unit
 * as the hospital (a CDC too), its 科 / 门诊 the department; the schedule none of the answer.
 */
const xiaodoumiaoYimiaoDayi: Family = {
  name: 'xiaodoumiao-yimiao-dayi',
  split: 'fresh-65',
  site: 'h5.xiaodoumiao.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const urlOf = (n: number) => `https://h5.xiaodoumiao.com/qa/detail?id=${n}`;
    const city = cityOf(page);
    const kind = rng.weighted([['cdc', 40], ['community', 30], ['hospital', 30]] as const);
    const doctor: TruthDoctor =
      kind === 'cdc' ? { name: d.name, title: rankAt(page, PUBLIC_HEALTH_LADDER), hospital: `${city}疾病预防控制中心`, department: '免疫规划科', hospital_grade: null }
      : kind === 'community' ? { name: d.name, title: rankAt(page, PUBLIC_HEALTH_LADDER), hospital: `${city}${rng.pick(['城东区', '新华区', '滨江区', '高新区'])}${rng.pick(['人民路', '东风', '长安'])}社区卫生服务中心`, department: '预防接种门诊', hospital_grade: null }
      : { ...d, hospital_grade: rng.chance(0.3) ? d.hospital_grade : null };
    const tag = kind === 'cdc' ? '疾控专家' : rng.pick(['接种医生', '认证医生']);
    const time = hm(rng);
    const full = rng.chance(0.7);
    const stamp = full ? rng.pick([page.date!.replace(/-/g, '.'), page.date!, cnDate(page.date!)]) : vagueDay(rng, page, time);
    const rows = rng.shuffle(SCHEDULE).slice(0, rng.int(3, 5));
    const schedule = `<div class="schedule"><div class="sch-hd">接种时间表<span>按国家免疫规划程序</span></div><table><tr><th>月龄</th><th>疫苗</th><th>剂次</th><th>类别</th></tr>${rows.map((r) => `<tr><td>${r[0]}</td><td>${r[1]}</td><td>${r[2]}</td><td>${r[3]}</td></tr>`).join('')}</table><a class="sch-more">查看完整接种计划</a></div>`;
    const org = `${esc(doctor.hospital!)}${doctor.hospital_grade ? ` ${doctor.hospital_grade}` : ''}`;
    const card = `<div class="expert"><img src="https://img.xiaodoumiao.com/avatar/${token(rng, 10)}.jpg" alt=""><div class="ex-info"><p><b>${esc(doctor.name!)}</b> <span class="ex-title">${doctor.title}</span> <span class="ex-tag">${tag}</span></p><p class="ex-org">${rng.chance(0.5) ? `${org} ${esc(doctor.department!)}` : `${esc(doctor.department!)} | ${org}`}</p></div></div>`;
    const answer = `<div class="answer">${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div><div class="a-time">答疑时间：${stamp}</div>`;
    const scheduleFirst = rng.chance(0.4);
    const items = page.related.length
      ? `<div class="also-ask"><h4>其他家长还在问</h4>${page.related.map((r) => `<div class="aa-item"><a href="/qa/detail?id=${itemNum(r)}">${esc(r.question)}</a><span>${rng.int(1, 40)}个回答</span></div>`).join('\n')}</div>`
      : '';
    const body = `<div class="baby-bar"><span class="baby">宝宝${rng.int(1, 23)}个月${rng.int(1, 29)}天</span><span>下一针：${rng.pick(SCHEDULE)[1]}</span></div>
<div class="qa-box"><div class="q"><span class="q-icon">问</span><h1>${esc(page.question)}</h1></div>
${scheduleFirst ? schedule : ''}${card}${answer}${scheduleFirst ? '' : schedule}
<div class="clinic"><p>${esc(doctor.hospital!)}</p><p>地址：${esc(city)}${rng.pick(['人民路', '建设路', '解放路'])}${rng.int(1, 300)}号 · 接种时间：周二至周六 8:00-11:30</p><a class="btn">预约接种</a></div></div>
${items}
<div class="foot">小豆苗 · 疫苗信息仅供参考，接种请以当地接种门诊安排为准</div>`;
    const html = documentOf(`${ask(page)} - 小豆苗疫苗答疑`, null, '<meta name="viewport" content="width=device-width,initial-scale=1">\n', body);
    // The page names no address of its own (no canonical, no og:url; every item link root-relative): an item's link stays as written.
    const itemUrl = (n: number) => `/qa/detail?id=${n}`;
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor, date: full ? page.date : null, format: 'unknown', related: linkItems(page, itemUrl) }),
    };
  },
};

// --- F5. dxmm-zhuanjia-da ---

/**
 * F5. 丁香妈妈's 专家答 (mama.dxy.com/ask/{id}; the app share on 40% with 打开丁香妈妈): the question `<h1>`, the
 * paediatrician's card (`丁香妈妈签约专家`, name, title, `hospital department`, grade on 30%), on 25% a video answer
 * (`<video>`, `视频解答 02:35`, the 文字稿 below), the answer (bold section heads on lines of their own on 40%, kept as
 * paragraphs), a course card (`《0-3岁宝宝辅食添加全攻略》`, `¥49`, `2.3万人已学`) and on half a 丁香妈妈严选 product card
 * after it; `发布于` the answer's day on 80% (an `更新于` later day beside it on 40%), else only `更新于` (null); `N人觉得有用`;
 * 相关问答 with a snippet and N人觉得有用. Key: the video where shown; 更新于 the date only where no 发布于 shows; cards none of the answer.
 */
const dxmmZhuanjiaDa: Family = {
  name: 'dxmm-zhuanjia-da',
  split: 'fresh-65',
  site: 'mama.dxy.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const urlOf = (n: number) => `https://mama.dxy.com/ask/${n}`;
    const grade = rng.chance(0.3) ? d.hospital_grade : null;
    const video = rng.chance(0.25);
    const heads = rng.chance(0.4);
    const [h1, h2] = rng.pick([['原因分析', '怎么办'], ['为什么会这样？', '家长可以这样做'], ['可能的原因', '护理建议']] as const);
    const paragraphs = heads ? withHeads(page.paragraphs, h1, h2) : page.paragraphs;
    const published = rng.chance(0.8);
    const updated = shift(page.date!, rng.int(10, 400));
    const dateLine = published ? `<span>发布于 ${rng.pick([page.date!, cnDate(page.date!)])}</span>${rng.chance(0.4) ? `<span>更新于 ${updated}</span>` : ''}` : `<span>更新于 ${updated}</span>`;
    const share = rng.chance(0.4);
    const headSet = new Set<string>(heads ? [h1, h2] : []);
    const answerHtml = paragraphs.map((p) => (headSet.has(p) ? `<h3 class="sec-hd"><strong>${p}</strong></h3>` : `<p>${esc(p)}</p>`)).join('');
    const player = video ? `<div class="video-box"><video src="https://vod.dxy.cn/mama/${token(rng, 16)}.mp4" poster="https://img.dxycdn.com/${token(rng, 12)}.jpg" controls></video><div class="v-meta"><span class="v-tag">视频解答</span><span>0${rng.int(1, 4)}:${String(rng.int(0, 59)).padStart(2, '0')}</span></div><div class="v-script-hd">文字稿</div></div>` : '';
    const courseCard = `<div class="course-card"><img src="https://img.dxycdn.com/course/${token(rng, 10)}.jpg" alt=""><div><p class="c-name">${rng.pick(['《0-3岁宝宝辅食添加全攻略》', '《宝宝发烧护理课》', '《新生儿护理21讲》'])}</p><p class="c-meta"><span class="price">¥${rng.pick([29, 49, 99])}</span> ${rng.int(1, 9)}.${rng.int(0, 9)}万人已学</p></div><a class="c-btn">立即学习</a></div>`;
    const productCard = rng.chance(0.5) ? `<div class="goods-card"><span class="g-tag">丁香妈妈严选</span><p>${rng.pick(['婴儿退热贴 6贴装', '儿童电子体温计', '婴儿保湿霜 50g'])}</p><span class="price">¥${rng.int(19, 129)}</span></div>` : '';
    const items = page.related.length
      ? `<div class="related-ask"><div class="ra-hd">相关问答</div>${page.related.map((r) => `<a class="ra-item" href="/ask/${itemNum(r)}"><div class="ra-q">${esc(r.question)}</div><div class="ra-a">${esc(r.snippet)}</div><div class="ra-f">${rng.int(3, 2000)}人觉得有用</div></a>`).join('\n')}</div>`
      : '';
    const body = `${share ? `<div class="open-app"><span>丁香妈妈 · 科学育儿</span><a href="https://mama.dxy.com/app">打开丁香妈妈</a></div>` : `<div class="nav"><a class="logo" href="/">丁香妈妈</a><a href="/ask">问专家</a><a href="/course">课程</a><a href="/mall">严选</a></div>`}
<article class="ask-detail"><h1 class="ask-title">${esc(page.question)}</h1>
<div class="expert-card"><img class="avatar" src="https://img.dxycdn.com/avatar/${token(rng, 10)}.jpg" alt=""><div><p class="e-name">${esc(d.name!)} <span class="e-title">${d.title}</span></p><p class="e-org">${esc(d.hospital!)}${grade ? ` · ${grade}` : ''} ${esc(d.department!)}</p><span class="e-badge">丁香妈妈签约专家</span></div></div>
${player}<div class="ask-answer">${answerHtml}</div>
<div class="ask-meta">${dateLine}<span class="useful">${rng.int(10, 9000)}人觉得有用</span></div>
${courseCard}${productCard}</article>
${items}`;
    const html = documentOf(`${page.question} - 丁香妈妈`, share ? null : urlOf(page.item.num), '<meta name="viewport" content="width=device-width">\n', body);
    // Without a canonical link the page names no address of its own (every item link root-relative): an item's link stays as written.
    const itemUrl = share ? (n: number) => `/ask/${n}` : urlOf;
    return {
      body: Buffer.from(html, 'utf8'),
      // Where only the update's day is printed it is the only day the answer has: it dates it, as fresh-2's, fresh-7's and fresh-11's keys have it.
      expected: expectedOf(page, { doctor: { ...d, hospital_grade: grade }, paragraphs, date: published ? page.date : updated, format: video ? 'video' : 'unknown', related: snippetItems(page, itemUrl, false) }),
    };
  },
};

// --- F6. tanghushi-kongtang ---

const NURSE_LADDER = ['主任护师', '副主任护师', '主管护师', '糖尿病专科护士'] as const;

/**
 * F6. 糖护士's 控糖问答 (www.tanghushi.com/wenda/{id}.html): the asker (`糖友` nickname, `2型 · 糖龄3年` tag) and a 近7天血糖
 * widget (空腹 / 餐后2h values in mmol/L, an `<svg>` chart), the question; the answer by an endocrinologist (the
 * universe card, department `内分泌科` on half) or a nurse (40%: the rank at the title's level, `{hospital} 内分泌科`),
 * badged `控糖专家` / `糖尿病教育护士`, grade on 30%; the answer's `<p>`s, `回答时间：` full on 70%; a device card (`糖护士手机
 * 血糖仪`, ¥price, 去看看) after the answer on 60%; `控糖打卡 +5积分`; 1–2 糖友回答 below on 60%; 相关问答 with a snippet,
 * dated on half. Key: the nurse's title as printed; widgets and 糖友 answers none of it.
 */
const tanghushiKongtang: Family = {
  name: 'tanghushi-kongtang',
  split: 'fresh-65',
  site: 'www.tanghushi.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const urlOf = (n: number) => `https://www.tanghushi.com/wenda/${n}.html`;
    const nurse = rng.chance(0.4);
    const grade = rng.chance(0.3) ? d.hospital_grade : null;
    const doctor: TruthDoctor = nurse
      ? { name: d.name, title: rankAt(page, NURSE_LADDER), hospital: d.hospital, department: '内分泌科', hospital_grade: grade }
      : { ...d, department: rng.chance(0.5) ? '内分泌科' : d.department, hospital_grade: grade };
    const time = hm(rng);
    const full = rng.chance(0.7);
    const stamp = full ? rng.pick([`${page.date!} ${time}`, page.date!, cnDate(page.date!)]) : vagueDay(rng, page, time);
    const values = Array.from({ length: 7 }, () => (rng.int(52, 139) / 10).toFixed(1));
    const chart = `<div class="bg-widget"><div class="bg-hd">近7天血糖</div><svg class="bg-chart" viewBox="0 0 280 100">${values.map((v, i) => `<circle cx="${20 + i * 40}" cy="${100 - Number(v) * 6}" r="3"></circle>`).join('')}</svg><div class="bg-sum"><span>空腹 ${values[0]} mmol/L</span><span>餐后2h ${values[1]} mmol/L</span><span>达标率 ${rng.int(20, 90)}%</span></div></div>`;
    const device = rng.chance(0.6) ? `<div class="device-card"><img src="/static/img/meter.png" alt=""><p>糖护士手机血糖仪 ${rng.pick(['套装', '含50片试纸'])}</p><span class="price">¥${rng.int(99, 299)}</span><a class="go">去看看</a></div>` : '';
    const peers = rng.chance(0.6)
      ? `<div class="user-answers"><h4>糖友回答</h4>${rng.shuffle(PEER_ANSWERS).slice(0, rng.int(1, 2)).map((t) => `<div class="ua"><span class="nick">糖友${token(rng, 4)}</span><span class="tl">糖龄${rng.int(1, 20)}年</span><p>${t}</p><span class="t">${shift(page.date!, rng.int(0, 20))}</span></div>`).join('')}</div>`
      : '';
    const dated = rng.chance(0.5);
    const items = page.related.length
      ? `<div class="rel"><h3>相关问答</h3><ul>${page.related.map((r) => `<li><a href="/wenda/${itemNum(r)}.html">${esc(r.question)}</a><p>${esc(r.snippet)}</p>${dated ? `<em>${r.date}</em>` : ''}</li>`).join('\n')}</ul></div>`
      : '';
    const org = `${esc(doctor.hospital!)}${grade ? `（${grade}）` : ''}`;
    const body = `<div class="top"><a class="logo" href="/">糖护士</a><a href="/wenda/">控糖问答</a><a href="/shop/">商城</a><a href="/app/">下载APP</a></div>
<div class="wrap"><div class="asker"><span class="nick">糖友${token(rng, 4)}</span><span class="type">${rng.pick(['2型', '1型', '妊娠期'])} · 糖龄${rng.int(1, 15)}年</span></div>
${rng.chance(0.7) ? chart : ''}<h1 class="q-tit">${esc(page.question)}</h1><p class="q-sup">${esc(rng.pick(ASKER_LINES))}</p>
<div class="pro-answer"><div class="pro"><img src="/avatar/${token(rng, 10)}.jpg" alt=""><div><b>${esc(doctor.name!)}</b><span class="t">${doctor.title}</span><span class="badge">${nurse ? '糖尿病教育护士' : '控糖专家'}</span><p>${org} ${esc(doctor.department!)}</p></div></div>
<div class="pro-txt">${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>
<div class="pro-time">回答时间：${stamp}</div>${device}</div>
<div class="punch">今日控糖打卡 <b>+5积分</b> 已有${rng.int(100, 9999)}位糖友打卡</div>
${peers}</div>
${items}`;
    const canonical = rng.chance(0.5) ? urlOf(page.item.num) : null;
    const html = documentOf(`${page.question}_控糖问答_糖护士`, canonical, '', body);
    // Without a canonical link the page names no address of its own (every item link root-relative): an item's link stays as written.
    const itemUrl = canonical ? urlOf : (n: number) => `/wenda/${n}.html`;
    return {
      body: Buffer.from(html, 'utf8'),
      expected: expectedOf(page, { doctor, date: full ? page.date : null, format: 'unknown', related: snippetItems(page, itemUrl, dated) }),
    };
  },
};

export const FRESH65_FAMILIES: readonly Family[] = [meiyouWendaShare, keepSportsInjury, booheeYingyangshi, xiaodoumiaoYimiaoDayi, dxmmZhuanjiaDa, tanghushiKongtang];
