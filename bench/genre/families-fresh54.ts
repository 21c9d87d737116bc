import type { Rng } from '../../kit/pages/rng.js';
import { CITIES } from '../../kit/pages/vocab.js';
import { expectedOf, type ExpectedItem, type Family, type Rendered } from './family.js';
import { ask, cnDate, documentOf, itemNum, otherName, shift, token, unpadded } from './ordinary-parts.js';
import { esc } from './parts.js';
import type { TruthPage } from './truth.js';

/**
 * Fifty-fourth fresh held-out set (split `fresh-54`): written blind on 2026-12-02 — without reading the
 * reader (src/extract/ and its site profiles, src/flags/, src/validate/, src/core/genre-vocabulary.ts) or its
 * tests and without running it on these pages — and committed before its first run. Theme: **specialty
 * verticals and their own vocabulary**: six kinds of site that serve one field or one kind of provider (a
 * 中医 Q&A site, a private dental chain, a county's 医共体 family-doctor platform, a military hospital's own
 * site, a mother-and-baby app where nurses answer, a mental-health centre's platform), each card in that
 * field's words: 主任中医师 and 国医大师, 口腔正畸科 and 门诊部, 一级甲等 / 未定级 and 乡镇卫生院, 文职 ranks
 * beside a clinical title, 主管护师 and IBCLC, 心理治疗师 as a second title.
 *
 * The answer key holds what a careful person reads on the page as the dataset row; a field the page does
 * not print is null (format 'unknown'). The card is the site's: hospitals, departments, titles and grades
 * are drawn here in the field's vocabulary, and keyed as printed. Questions, answers and related items are
 * the universe's. Where a careful person could hesitate, the key decides (the README row says the same):
 * - the title is the clinical title (职称: 主任中医师, 主管护师, 主治医师, 乡村医生); an honour (国医大师,
 *   名老中医, 省名中医), a military or civilian-staff rank (文职三级, 技术5级, 大校), a second qualification
 *   (心理治疗师, 国际认证泌乳顾问, 助产士) and teaching posts (教授, 硕士生导师) are none of it;
 * - the grade is the level where the page prints it for the answering doctor's hospital: `三级甲等中医医院`,
 *   `二级口腔专科医院`, `三甲精神专科医院` give 三级甲等, 二级, 三甲 (the hospital's kind is no part of the
 *   grade); `未定级` printed as the 机构等级 is keyed 未定级 (the page says the hospital has no grade yet);
 *   ownership and insurance tags (民营, 医保定点, 连锁) are none;
 * - a hospital's former name (`原…`) in its own element and a 医共体 membership tag are none of the hospital;
 * - a name with `护士` / `医生` glued after it is the name without the word;
 * - section heads of a 中医 answer on a line of their own (`【辨证分析】`, `治法：`) are paragraphs of the
 *   answer; a head opening its paragraph's line stays in that paragraph; the 方药 line is a paragraph;
 * - a day printed without its year (`05-06`) names no day: null.
 */

type Related = TruthPage['related'][number];


/** The expected related items at the site's address for each (`url`), with what `change` says of each. */
const itemsOf = (page: TruthPage, url: (r: Related) => string, change: (e: ExpectedItem, r: Related) => Partial<ExpectedItem>) =>
  expectedOf(page).related.map((e, i) => {
    const r = page.related[i]!;
    return { ...e, url: url(r), ...change(e, r) };
  });

/** A city of the universe without its 市 (for a county's or a hospital's name). */
const cityName = (rng: Rng) => rng.pick(CITIES).replace(/市$/u, '');

// --- F1. tcm-wenda ---

const TCM_TITLES = ['主任中医师', '副主任中医师', '主治中医师', '中医师', '主任中医师', '副主任中医师'];
const TCM_HONOURS = ['国医大师', '全国名老中医', '省名中医', '全国老中医药专家学术经验继承工作指导老师', '岐黄学者'];
const TCM_DEPARTMENTS = ['中医内科', '针灸推拿科', '治未病科', '脾胃病科', '肺病科', '脑病科', '中医妇科', '中医儿科', '肝病科', '心血管病科', '皮肤科', '肛肠科'];
const TCM_HOSPITAL_KINDS = ['中医院', '中医医院', '中医药大学附属医院', '中西医结合医院', '中医药大学第一附属医院'];
const TCM_METHODS = ['疏肝理气，健脾和胃。', '益气养血，健脾安神。', '清热利湿，化痰止咳。', '温阳散寒，活血通络。', '滋阴降火，养心安神。', '健脾益气，升阳举陷。'];
const TCM_FORMULAS = [
  '逍遥散加减：柴胡10g，当归10g，白芍12g，白术12g，茯苓15g，薄荷6g（后下），炙甘草6g。7剂，水煎服，每日1剂，早晚分服。',
  '归脾汤加减：党参15g，黄芪20g，白术12g，茯神15g，酸枣仁15g，龙眼肉10g，木香6g，炙甘草6g。7剂，水煎服，日一剂。',
  '二陈汤合三子养亲汤加减：陈皮10g，法半夏9g，茯苓15g，紫苏子10g，莱菔子10g，白芥子6g，甘草6g。5剂，水煎服。',
  '当归四逆汤加减：当归12g，桂枝10g，白芍10g，细辛3g，通草6g，大枣5枚，炙甘草6g。7剂，水煎温服。',
  '天王补心丹加减：生地15g，玄参10g，麦冬12g，天冬10g，丹参15g，酸枣仁20g，柏子仁10g，远志6g。14剂，水煎服。',
];
const TONGUE = ['舌淡红，苔薄白', '舌红，苔黄腻', '舌淡胖有齿痕，苔白', '舌暗，苔薄', '舌尖红，少苔'];

/**
 * F1. A 中医 Q&A site's 问答 page (www.zhongyiwenda.com/wenda/{id}.html, "中医问答网"), UTF-8: the header (logo,
 * 问中医 / 中医养生 / 体质辨识 / 找名医), a 节气养生 banner (`谷雨 · 健脾祛湿正当时`, no day), crumbs 首页 > 中医问答 >
 * {科}; the question `<h1 class="wd-title">`, the asker's line (性别, 年龄, `舌象：舌淡红，苔薄白` on 60%, the
 * day asked 0–3 days earlier); the card `div.ys-card` before the answer: avatar, name, title, on 35% an honour
 * badge (`<em class="honor">国医大师</em>`), the hospital (a 中医院 of the universe's cities) with on 50% a badge
 * `三级甲等中医医院` or `三甲`, the department (中医内科, 针灸推拿科, 治未病科 …), 擅长; the answer in
 * sections: 辨证 (the universe's first paragraph), 治法 (a line), 方药 (a formula with doses), 调护建议 (the
 * rest): on half each head on a line of its own (`<h4>【辨证分析】</h4>` or `<p><strong>辨证：</strong></p>`),
 * on the others glued before its paragraph's text (`<p><strong>辨证分析：</strong>…</p>`); a `※ 方药须经面诊…`
 * notice after it; `回复时间：` with the day (four forms); `N人觉得有帮助`; a side column 名医推荐 (other
 * doctors with honours); 相关中医问答 with snippets, dated on half. Format: never printed ('unknown').
 */
const tcmWenda: Family = {
  name: 'tcm-wenda',
  split: 'fresh-54',
  site: 'www.zhongyiwenda.com',
  render(page, rng): Rendered {
    const city = cityName(rng);
    const hospital = `${city}${rng.chance(0.3) ? '市' : ''}${rng.pick(TCM_HOSPITAL_KINDS)}`;
    const title = rng.pick(TCM_TITLES);
    const department = rng.pick(TCM_DEPARTMENTS);
    const honour = rng.chance(0.35) ? rng.pick(TCM_HONOURS) : null;
    const grade = rng.pick([null, null, '三级甲等', '三甲'] as const);
    const gradeBadge = grade === '三级甲等' ? '三级甲等中医医院' : grade;
    const ownLine = rng.chance(0.5);
    const heads = rng.pick([
      ['【辨证分析】', '【治法】', '【方药】', '【调护建议】'],
      ['辨证：', '治法：', '方药：', '调护：'],
      ['辨证分析：', '治则治法：', '参考方药：', '生活调护：'],
    ]);
    const method = rng.pick(TCM_METHODS);
    const formula = rng.pick(TCM_FORMULAS);
    const [first, ...rest] = page.paragraphs;
    const sections: [string, string[]][] = [[heads[0]!, [first!]], [heads[1]!, [method]], [heads[2]!, [formula]]];
    if (rest.length > 0) sections.push([heads[3]!, rest]);
    const answerHtml = sections
      .map(([head, ps]) =>
        ownLine
          ? `${rng.chance(0.5) ? `<h4 class="sec-hd">${head}</h4>` : `<p><strong>${head}</strong></p>`}${ps.map((p) => `<p>${esc(p)}</p>`).join('')}`
          : ps.map((p, i) => `<p>${i === 0 ? `<strong>${head}</strong>` : ''}${esc(p)}</p>`).join(''),
      )
      .join('\n');
    const paragraphs = sections.flatMap(([head, ps]) => (ownLine ? [head, ...ps] : ps.map((p, i) => (i === 0 ? `${head}${p}` : p))));
    const day = rng.pick([page.date!, page.date!.replace(/-/g, '.'), cnDate(page.date!), `${page.date} ${page.time}`]);
    const dated = rng.chance(0.5);
    const url = (r: Related) => `https://www.zhongyiwenda.com/wenda/${itemNum(r)}.html`;
    const sideDoctors = Array.from({ length: 3 }, () => `<li><img src="/static/ys/${token(rng, 8)}.jpg" alt=""><a href="/mingyi/${rng.int(100, 9999)}/">${otherName(rng)}</a><span>${rng.pick(TCM_TITLES)}</span>${rng.chance(0.5) ? `<em class="honor">${rng.pick(TCM_HONOURS)}</em>` : ''}</li>`).join('');
    const related = page.related.length
      ? `<div class="xg-wenda"><h3 class="mod-hd">相关中医问答</h3><ul>${page.related
          .map((r) => `<li><a href="${url(r)}" target="_blank">${esc(r.question)}</a><p class="zy">${esc(r.snippet)}</p>${dated ? `<span class="time">${r.date}</span>` : ''}</li>`)
          .join('\n')}</ul></div>`
      : '';
    const body = `<div class="zy-header"><a class="logo" href="/"><img src="/static/img/logo.png" alt="中医问答网"></a>
<ul class="nav"><li><a href="/wenda/">问中医</a></li><li><a href="/yangsheng/">中医养生</a></li><li><a href="/tizhi/">体质辨识</a></li><li><a href="/mingyi/">找名医</a></li></ul></div>
<div class="jieqi-bar"><span>二十四节气养生</span> ${rng.pick(['谷雨 · 健脾祛湿正当时', '立秋 · 养阴润燥防秋乏', '冬至 · 温补阳气好时节', '惊蛰 · 疏肝养肝正当令'])} <a href="/tizhi/test/">测测你的体质 &gt;</a></div>
<div class="crumbs"><a href="/">首页</a> &gt; <a href="/wenda/">中医问答</a> &gt; <a href="/wenda/ks${rng.int(10, 99)}/">${department}</a></div>
<div class="wrap clearfix"><div class="main-l">
<div class="wd-q"><h1 class="wd-title">${esc(page.question)}</h1>
<p class="wd-ask">${rng.pick(['男', '女'])}　${rng.int(18, 76)}岁${rng.chance(0.6) ? `　舌象：${rng.pick(TONGUE)}` : ''}　提问时间：${shift(page.date!, -rng.int(0, 3))}</p>
<p class="wd-desc">${esc(ask(page))}，平时手脚容易发凉，想用中药调理一下。</p></div>
<div class="ys-card"><img class="avatar" src="/static/ys/${token(rng, 8)}.jpg" alt="${esc(page.doctor.name!)}">
<div class="ys-info"><p><a class="ys-name" href="/mingyi/${page.item.num % 9973}/">${esc(page.doctor.name!)}</a> <span class="ys-zc">${title}</span>${honour ? ` <em class="honor">${honour}</em>` : ''}</p>
<p class="ys-hos">${esc(hospital)}${gradeBadge ? ` <i class="badge">${gradeBadge}</i>` : ''}　<span class="ys-ks">${department}</span></p>
<p class="ys-sc">擅长：${rng.pick(['脾胃病、失眠、月经不调的中医调理', '慢性咳嗽、过敏性鼻炎、小儿体质调理', '颈肩腰腿痛的针灸推拿治疗', '亚健康状态调理、膏方调补'])}</p></div></div>
<div class="wd-answer"><div class="an-hd">医生回复</div>
<div class="an-bd">
${answerHtml}
</div>
<p class="an-tip">※ 方药须经中医师面诊辨证后使用，请勿自行抓药服用。</p>
<div class="an-ft"><span class="an-time">回复时间：${day}</span> <span class="useful">${rng.int(3, 400)}人觉得有帮助</span></div></div>
${related}
</div>
<div class="main-r"><div class="mod"><h3 class="mod-hd">名医推荐</h3><ul class="mingyi">${sideDoctors}</ul></div>
<div class="mod ad"><a href="/tizhi/test/"><img src="/static/ad/tizhi.jpg" alt="九种体质自测"></a></div></div></div>
<div class="zy-footer"><p><a href="/about/">关于我们</a> | <a href="/mianze/">免责声明</a></p><p>本站内容仅供参考，不作为诊断及医疗依据　Copyright © 2012-2024 中医问答网</p></div>`;
    const html = documentOf(`${page.question}_中医问答网`, `https://www.zhongyiwenda.com/wenda/${page.item.num}.html`, '<meta name="keywords" content="中医,问答,辨证,方药">\n', body);
    const expected = expectedOf(page, {
      doctor: { name: page.doctor.name, title, department, hospital, hospital_grade: grade },
      paragraphs,
      format: 'unknown',
      related: itemsOf(page, url, (e) => ({ format: 'unknown', date: dated ? e.date : null })),
    });
    return { body: Buffer.from(html, 'utf8'), expected };
  },
};

// --- F2. dental-chain ---

const DENTAL_TITLES = ['主治医师', '主治医师', '副主任医师', '医师', '主任医师'];
const DENTAL_DEPARTMENTS = ['口腔正畸科', '种植科', '牙体牙髓科', '儿童口腔科', '牙周科', '口腔修复科', '口腔颌面外科', '综合科'];
const DISTRICTS = ['城南', '滨江', '高新', '西湖', '开发区', '万达广场', '老城'];
const CHAIN = '欣雅口腔';

/**
 * F2. A private dental chain's 口腔问答 page (www.xinyakq.com/wenda/{id}.html, 欣雅口腔), UTF-8, a
 * Bootstrap-style site: a navbar (预约挂号, `400-` hotline, 种植牙 / 隐形矫正 / 儿童齿科 / 口腔问答), crumbs,
 * the question `<h1>` with topic tags (`#种植牙#`), `网友 138****21 提问`; the answer block: the doctor box
 * (avatar, name — `{name}医生` glued on 30% —, title, the department, the branch — `欣雅口腔（城南门诊部）`,
 * `{city}欣雅口腔医院`, `欣雅口腔{district}诊所` — with tags 民营 / 医保定点 on 50% and, at a 口腔医院 on
 * half, `二级口腔专科医院`; `从业N年`, 擅长); a video poster with `视频解答` on 40% of the universe's video
 * answers (then video, else the format is not printed); the answer `<p>`s; `以上回答由欣雅口腔{name}医生提供`
 * (none of the answer); `回答时间：` with the day; a 免费预约口腔检查 box and a 种植牙 price ad; 专家团队
 * (other doctors' cards); 相关口腔问答 with snippets and `N人看过`, undated. Key: grade 二级 where printed, else null.
 */
const dentalChain: Family = {
  name: 'dental-chain',
  split: 'fresh-54',
  site: 'www.xinyakq.com',
  render(page, rng): Rendered {
    const city = cityName(rng);
    const district = rng.pick(DISTRICTS);
    const kind = rng.pick(['clinic', 'hospital', 'dental-office'] as const);
    const hospital = kind === 'clinic' ? `${CHAIN}（${district}门诊部）` : kind === 'hospital' ? `${city}${CHAIN}医院` : `${CHAIN}${district}诊所`;
    const grade = kind === 'hospital' && rng.chance(0.5) ? '二级' : null;
    const title = rng.pick(DENTAL_TITLES);
    const department = rng.pick(DENTAL_DEPARTMENTS);
    const name = page.doctor.name!;
    const glued = rng.chance(0.3);
    const video = page.format === 'video' && rng.chance(0.4);
    const url = (r: Related) => `https://www.xinyakq.com/wenda/${itemNum(r)}.html`;
    const tags = [rng.chance(0.5) ? '<span class="label label-default">民营</span> <span class="label label-default">医保定点</span>' : '', grade ? '<span class="label label-info">二级口腔专科医院</span>' : ''].filter(Boolean).join(' ');
    const team = Array.from({ length: 4 }, () => `<div class="col-md-3 team-card"><img src="/uploads/doctor/${token(rng, 10)}.jpg" alt=""><h5>${otherName(rng)}</h5><p>${rng.pick(DENTAL_TITLES)} · ${rng.pick(DENTAL_DEPARTMENTS)}</p><a class="btn btn-sm" href="/yuyue/">预约</a></div>`).join('');
    const related = page.related.length
      ? `<div class="panel related-qa"><div class="panel-heading">相关口腔问答</div><ul class="list-unstyled">${page.related
          .map((r) => `<li class="media"><div class="media-body"><h4 class="media-heading"><a href="${url(r)}">${esc(r.question)}</a></h4><p class="text-muted">${esc(r.snippet)}</p><small>${rng.int(50, 9000)}人看过</small></div></li>`)
          .join('\n')}</ul></div>`
      : '';
    const body = `<nav class="navbar navbar-default navbar-fixed-top"><div class="container"><a class="navbar-brand" href="/"><img src="/static/logo.png" alt="${CHAIN}"></a>
<ul class="nav navbar-nav"><li><a href="/zhongzhiya/">种植牙</a></li><li><a href="/jiaozheng/">隐形矫正</a></li><li><a href="/ertong/">儿童齿科</a></li><li class="active"><a href="/wenda/">口腔问答</a></li></ul>
<div class="navbar-right"><span class="tel">400-${rng.int(100, 999)}-${rng.int(1000, 9999)}</span> <a class="btn btn-primary" href="/yuyue/">预约挂号</a></div></div></nav>
<div class="container"><ol class="breadcrumb"><li><a href="/">首页</a></li><li><a href="/wenda/">口腔问答</a></li><li class="active">${department}</li></ol>
<div class="row"><div class="col-md-8">
<div class="qa-question"><h1>${esc(page.question)}</h1><p class="tags"><span>#${rng.pick(['种植牙', '牙齿矫正', '洗牙', '补牙', '根管治疗', '智齿'])}#</span></p><p class="asker">网友 1${rng.int(30, 89)}****${rng.int(10, 99)} 提问</p></div>
<div class="qa-answer"><div class="doc-box media"><div class="media-left"><img class="img-circle" src="/uploads/doctor/${token(rng, 10)}.jpg" alt=""></div>
<div class="media-body"><h4 class="doc-name">${esc(glued ? `${name}医生` : name)} <small>${title}</small></h4><p class="doc-dept">${department}</p><p class="doc-hos">${esc(hospital)} ${tags}</p><p class="doc-extra">从业${rng.int(5, 25)}年　擅长：${rng.pick(['隐形矫正、青少年早期矫治', '即刻种植、全口种植', '显微根管治疗', '儿童早期干预、窝沟封闭'])}</p></div></div>
${video ? `<div class="video-box"><img src="/uploads/video/${token(rng, 12)}.jpg" alt="视频封面"><span class="play-btn"></span><span class="video-tag">视频解答</span> <span class="dur">0${rng.int(1, 4)}:${String(rng.int(0, 59)).padStart(2, '0')}</span></div>` : ''}
<div class="answer-text">${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}</div>
<p class="source">以上回答由${CHAIN}${esc(name)}医生提供</p>
<p class="answer-time">回答时间：${rng.pick([page.date!, `${page.date} ${page.time}`, page.date!.replace(/-/g, '/')])}</p></div>
<div class="cta-box"><h4>免费预约口腔检查</h4><p>全景片 + 口腔检查 + 专家面诊</p><a class="btn btn-warning" href="/yuyue/">立即预约</a></div>
<div class="ad-banner"><a href="/zhongzhiya/"><img src="/static/ad/zzy.jpg" alt="种植牙 限时 ¥${rng.int(29, 69)}80 起"></a></div>
${related}
</div><div class="col-md-4"><div class="sidebar-box"><h4>专家团队</h4><div class="row">${team}</div></div></div></div></div>
<footer class="footer"><p>${CHAIN} 版权所有 | 医疗广告审查证明文号：（${city}）医广【2023】第${rng.int(1000, 9999)}号</p><p>本站信息仅供参考，具体诊疗请遵医嘱</p></footer>`;
    const html = documentOf(`${page.question}-${CHAIN}口腔问答`, `https://www.xinyakq.com/wenda/${page.item.num}.html`, '<meta name="viewport" content="width=device-width, initial-scale=1">\n<link rel="stylesheet" href="/static/css/bootstrap.min.css">\n', body);
    const expected = expectedOf(page, {
      doctor: { name, title, department, hospital, hospital_grade: grade },
      format: video ? 'video' : 'unknown',
      related: itemsOf(page, url, () => ({ format: 'unknown', date: null })),
    });
    return { body: Buffer.from(html, 'utf8'), expected };
  },
};

// --- F3. county-yigongti ---

const COUNTIES = ['临川县', '安平县', '青山县', '南溪县', '云和县', '长乐县', '石桥县', '平阳县'];
const TOWNS = ['城关镇', '河口镇', '石岭乡', '白马镇', '新桥镇', '柳林镇', '大坪乡'];
const STREETS = ['东城街道', '西关街道', '南门街道', '滨河街道'];
const VILLAGES = ['石岭村', '河湾村', '王家庄村', '柳树沟村', '新塘村'];

/** A county's provider in its own words: the name, the 机构等级 as printed, the department, the title. */
function countyProvider(rng: Rng, county: string): { hospital: string; grade: string; department: string; title: string } {
  const kind = rng.pick(['county', 'county-tcm', 'central', 'township', 'community', 'village'] as const);
  const town = rng.pick(TOWNS);
  switch (kind) {
    case 'county':
      return { hospital: `${county}人民医院`, grade: rng.pick(['二级甲等', '二级乙等', '三级乙等']), department: rng.pick(['全科医学科', '内科', '心血管内科', '妇产科', '儿科']), title: rng.pick(['主任医师', '副主任医师', '主治医师']) };
    case 'county-tcm':
      return { hospital: `${county}中医院`, grade: rng.pick(['二级甲等', '二级乙等']), department: rng.pick(['中医科', '针灸科', '内科']), title: rng.pick(['副主任中医师', '主治中医师', '副主任医师']) };
    case 'central':
      return { hospital: `${county}${town}中心卫生院`, grade: rng.pick(['一级甲等', '一级乙等', '二级乙等']), department: rng.pick(['全科', '全科医学科', '内科', '公共卫生科']), title: rng.pick(['主治医师', '医师', '副主任医师']) };
    case 'township':
      return { hospital: `${county}${town}卫生院`, grade: rng.pick(['一级甲等', '一级乙等', '未定级']), department: rng.pick(['全科', '预防保健科', '中医科', '内科']), title: rng.pick(['主治医师', '医师', '执业助理医师']) };
    case 'community':
      return { hospital: `${county}${rng.pick(STREETS)}社区卫生服务中心`, grade: rng.pick(['一级甲等', '未定级']), department: rng.pick(['全科', '全科医学科', '家庭医生工作室']), title: rng.pick(['主治医师', '医师', '副主任医师']) };
    case 'village':
      return { hospital: `${county}${town}${rng.pick(VILLAGES)}卫生室`, grade: '未定级', department: '全科', title: '乡村医生' };
  }
}

/**
 * F3. A county's 县域医共体 platform's 健康咨询 page (www.{county}ygt.cn/zxzx/show.aspx?id=…, "{county}县域医共体
 * 服务平台"), a government-style CMS in UTF-8: the masthead (logo alt `{county}卫生健康局`, 无障碍 / 长者模式
 * links), a 家庭医生签约 banner, crumbs 首页 > 互动交流 > 健康咨询; `<h2 class="zx-title">` the question; a
 * `table.zx-table` of label cells: 咨询人 (`居民**`), 所属村（社区）, 咨询时间 (1–4 days before), 咨询内容; the
 * reply: on 60% labelled rows — 回复医生, 职称, 所在单位 (the hospital, with a `医共体成员单位` tag on 30%), 科室,
 * 机构等级 (二级甲等 / 二级乙等 / 三级乙等 / 一级甲等 / 一级乙等 / 未定级), 回复时间, 回复内容 —, on 40% one
 * line `{hospital} {department} {name}（{title}）回复：` with no grade (then null) and `回复时间` after the
 * content; days `2023-05-06 14:22:31` or `2023-05-06`; `浏览次数：N`; 最新咨询: question links with
 * `[已回复]` and the day, no snippet (link-only items); the footer's 主办单位, 网站标识码, ICP and 公安备案 lines.
 */
const countyYigongti: Family = {
  name: 'county-yigongti',
  split: 'fresh-54',
  site: 'www.linchuanygt.cn',
  render(page, rng): Rendered {
    const county = rng.pick(COUNTIES);
    const p = countyProvider(rng, county);
    const labelled = rng.chance(0.6);
    const memberTag = rng.chance(0.3);
    const withSeconds = rng.chance(0.5);
    const stamp = (iso: string, time: string) => (withSeconds ? `${iso} ${time}:${String(rng.int(0, 59)).padStart(2, '0')}` : iso);
    const url = (r: Related) => `https://www.linchuanygt.cn/zxzx/show.aspx?id=${itemNum(r)}`;
    const row = (label: string, value: string) => `<tr><td class="zx-lab">${label}</td><td class="zx-val">${value}</td></tr>`;
    const answer = page.paragraphs.map((x) => `<p>${esc(x)}</p>`).join('');
    const reply = labelled
      ? [
          row('回复医生', esc(page.doctor.name!)),
          row('职　　称', p.title),
          row('所在单位', `${esc(p.hospital)}${memberTag ? ' <span class="tag">医共体成员单位</span>' : ''}`),
          row('科　　室', p.department),
          row('机构等级', p.grade),
          row('回复时间', stamp(page.date!, page.time)),
          row('回复内容', answer),
        ].join('\n')
      : `<tr><td colspan="2" class="zx-reply"><p class="reply-by">${esc(p.hospital)} ${p.department} ${esc(page.doctor.name!)}（${p.title}）回复：</p>${answer}<p class="reply-time">回复时间：${stamp(page.date!, page.time)}</p></td></tr>`;
    const related = page.related.length
      ? `<div class="zx-latest"><div class="hd"><span>最新咨询</span><a href="/zxzx/list.aspx" class="more">更多&gt;&gt;</a></div><ul>${page.related
          .map((r) => `<li><a href="${url(r)}" title="${esc(r.question)}">${esc(r.question)}</a><span class="st">[已回复]</span><span class="dt">${r.date}</span></li>`)
          .join('\n')}</ul></div>`
      : '';
    const body = `<div class="top-bar"><span>欢迎访问${county}县域医共体服务平台</span> <a href="#">无障碍</a> | <a href="#">长者模式</a></div>
<div class="masthead"><img src="/images/logo.png" alt="${county}卫生健康局"><span class="site-name">${county}县域医共体服务平台</span></div>
<ul class="main-nav"><li><a href="/">首页</a></li><li><a href="/ygt/">医共体介绍</a></li><li><a href="/jtys/">家庭医生签约</a></li><li><a href="/zxzx/list.aspx">互动交流</a></li><li><a href="/gw/">公卫服务</a></li></ul>
<div class="banner"><img src="/images/jtys.jpg" alt="签约家庭医生 守护全家健康"></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zxzx/list.aspx">互动交流</a> &gt; 健康咨询</div>
<div class="zx-detail"><h2 class="zx-title">${esc(page.question)}</h2>
<table class="zx-table" width="100%" border="1" cellspacing="0" cellpadding="6">
${row('咨询人', `${rng.pick(['居民', '签约居民'])}${rng.pick(['王', '李', '张', '刘'])}**`)}
${row('所属村（社区）', `${rng.pick(TOWNS)}${rng.pick(VILLAGES)}`)}
${row('咨询时间', stamp(shift(page.date!, -rng.int(1, 4)), `${String(rng.int(7, 21)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`))}
${row('咨询内容', `${esc(ask(page))}。${rng.pick(['家里老人也有类似情况。', '去镇上卫生院拿过药。', '请家庭医生给点建议。'])}`)}
</table>
<table class="zx-table reply" width="100%" border="1" cellspacing="0" cellpadding="6">
${reply}
</table>
<p class="views">浏览次数：${rng.int(20, 3000)}</p>
<p class="zx-tip">温馨提示：网上咨询仅供参考，如病情紧急请拨打120或到就近医疗机构就诊。</p></div>
${related}
<div class="footer"><p>主办单位：${county}卫生健康局　承办：${county}人民医院（医共体总院）</p><p>网站标识码：${rng.int(1000000000, 9999999999)}　${rng.pick(['赣', '湘', '皖', '浙'])}ICP备${rng.int(10000000, 99999999)}号-1　${rng.pick(['赣', '湘', '皖', '浙'])}公网安备 ${rng.int(10000000000000, 99999999999999)}号</p><p><a href="#">政府网站找错</a></p></div>`;
    const html = documentOf(`${page.question}-健康咨询-${county}县域医共体服务平台`, null, '', body);
    const expected = expectedOf(page, {
      doctor: { name: page.doctor.name, title: p.title, department: p.department, hospital: p.hospital, hospital_grade: labelled ? p.grade : null },
      format: 'unknown',
      related: itemsOf(page, url, () => ({ paragraphs: [], format: 'unknown' })),
    });
    return { body: Buffer.from(html, 'utf8'), expected };
  },
};

// --- F4. army-hospital ---

const ARMY_HOSPITAL = { full: '中国人民解放军联勤保障部队第九八七医院', short: '联勤保障部队第九八七医院', old: '原解放军第三医院' };
const ARMY_RANKS = ['文职一级', '文职二级', '文职三级', '技术5级', '技术6级', '大校', '上校', '中校'];
const ARMY_POSTS = ['教授', '硕士研究生导师', '全军医学科学技术委员会委员', '科主任'];
const ARMY_DEPARTMENTS = ['心血管内科', '消化内科', '普通外科', '骨科', '神经内科', '呼吸与危重症医学科', '高压氧科', '烧伤整形科', '泌尿外科', '中医科', '全科医学科'];

/**
 * F4. A military hospital's own site, 网上咨询 page (www.pla987.com/zxzx/Detail.aspx?id=…), an ASP.NET Web Forms
 * page in UTF-8: `<form id="form1">`, a `__VIEWSTATE` field, spans with ids `ctl00_ContentPlaceHolder1_lbl…`;
 * the masthead (logo alt = the hospital's full name, a `三级甲等` badge on 50% — the grade then, else null), a
 * `现役军人、军队离退休干部凭有效证件优先就诊` notice, crumbs; the question in `lblTitle` (in a `<h3>`); 咨询人 and
 * 咨询时间 (`2023/5/6 9:12:31`, ASP.NET's default form, 1–5 days earlier); 咨询内容; then 专家回复: the card —
 * name, the clinical title with on 60% a rank or post after it (`主任医师 文职三级`, `副主任医师、教授`, in one span
 * on half, its own span on the others), the department, the hospital as `中国人民解放军联勤保障部队第九八七医院` or
 * `联勤保障部队第九八七医院` with `（原解放军第三医院）` in a span of its own on 40% —; the answer in
 * `lblReply` as `<br>` lines; 回复时间 in the same ASP.NET form (`2023/5/6 14:22:31`); a GridView of 其他咨询
 * (咨询主题 as an absolute link, 回复专家 — another doctor's name —, 回复时间): link-only items.
 */
const armyHospital: Family = {
  name: 'army-hospital',
  split: 'fresh-54',
  site: 'www.pla987.com',
  render(page, rng): Rendered {
    const hospital = rng.chance(0.5) ? ARMY_HOSPITAL.full : ARMY_HOSPITAL.short;
    const oldName = rng.chance(0.4);
    const gradeShown = rng.chance(0.5);
    const title = rng.pick(['主任医师', '副主任医师', '主治医师', '副主任医师', '主治医师']);
    const extra = rng.chance(0.6) ? rng.pick([...ARMY_RANKS, ...ARMY_POSTS]) : null;
    const oneSpan = rng.chance(0.5);
    const department = rng.pick(ARMY_DEPARTMENTS);
    const aspStamp = (iso: string, time: string) => `${unpadded(iso, '/')} ${Number(time.slice(0, 2))}:${time.slice(3)}:${String(rng.int(0, 59)).padStart(2, '0')}`;
    const url = (r: Related) => `http://www.pla987.com/zxzx/Detail.aspx?id=${itemNum(r)}`;
    const id = (s: string) => `ctl00_ContentPlaceHolder1_${s}`;
    const titleHtml = extra
      ? oneSpan
        ? `<span id="${id('lblZc')}">${title}${rng.pick([' ', '、', '　'])}${extra}</span>`
        : `<span id="${id('lblZc')}">${title}</span> <span class="rank">${extra}</span>`
      : `<span id="${id('lblZc')}">${title}</span>`;
    const related = page.related.length
      ? `<div class="qt-zx"><h4>其他咨询</h4><table class="GridView1" id="${id('gvList')}" cellspacing="0" rules="all" border="1" style="border-collapse:collapse;">
<tr class="gv-hd"><th scope="col">咨询主题</th><th scope="col">回复专家</th><th scope="col">回复时间</th></tr>
${page.related.map((r) => `<tr><td><a href="${url(r)}">${esc(r.question)}</a></td><td>${otherName(rng)}</td><td>${unpadded(r.date!, '/')}</td></tr>`).join('\n')}
</table></div>`
      : '';
    const body = `<form name="aspnetForm" method="post" action="./Detail.aspx?id=${page.item.num}" id="aspnetForm">
<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUK${token(rng, 24)}ZGQ=" /></div>
<div class="top"><img src="/images/logo.jpg" alt="${ARMY_HOSPITAL.full}">${gradeShown ? '<span class="dj">三级甲等</span>' : ''}</div>
<div class="nav"><a href="/">首页</a><a href="/yygk/">医院概况</a><a href="/ksdh/">科室导航</a><a href="/zjjs/">专家介绍</a><a href="/zxzx/">网上咨询</a><a href="/jzzn/">就诊指南</a></div>
<div class="notice">现役军人、军队离退休干部凭有效证件优先就诊　咨询电话：0917-${rng.int(3000000, 3999999)}</div>
<div class="location">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/zxzx/">网上咨询</a> &gt;&gt; 咨询详情</div>
<div class="zx-box">
<h3><span id="${id('lblTitle')}">${esc(page.question)}</span></h3>
<table class="zx-info" width="100%"><tr><td>咨询人：<span id="${id('lblName')}">${rng.pick(['张', '李', '王', '赵', '陈'])}**</span></td><td>咨询时间：<span id="${id('lblAddTime')}">${aspStamp(shift(page.date!, -rng.int(1, 5)), `0${rng.int(7, 9)}:${String(rng.int(10, 59))}`)}</span></td></tr>
<tr><td colspan="2">咨询内容：<span id="${id('lblContent')}">${esc(ask(page))}，请问专家该怎么办？</span></td></tr></table>
<div class="hf"><div class="hf-hd">专家回复</div>
<div class="zj-card"><img src="/UpFiles/zj/${token(rng, 8)}.jpg" width="90" alt="">
<p>回复专家：<span id="${id('lblDoctor')}">${esc(page.doctor.name!)}</span> ${titleHtml}</p>
<p>所在科室：<span id="${id('lblKs')}">${department}</span></p>
<p>所在医院：<span id="${id('lblHospital')}">${hospital}</span>${oldName ? `<span class="old-name">（${ARMY_HOSPITAL.old}）</span>` : ''}</p></div>
<div class="hf-con"><span id="${id('lblReply')}">${page.paragraphs.map(esc).join('<br />\n')}</span></div>
<p class="hf-time">回复时间：<span id="${id('lblReplyTime')}">${aspStamp(page.date!, page.time)}</span></p></div>
</div>
${related}
<div class="foot">${ARMY_HOSPITAL.full} 版权所有　地址：宝鸡市${rng.pick(['渭滨区', '金台区'])}${rng.pick(['东风路', '建设路', '经二路'])}${rng.int(1, 300)}号　陕ICP备${rng.int(10000000, 99999999)}号</div>
</form>`;
    const html = documentOf(`网上咨询_${ARMY_HOSPITAL.full}`, null, '', body);
    const expected = expectedOf(page, {
      doctor: { name: page.doctor.name, title, department, hospital, hospital_grade: gradeShown ? '三级甲等' : null },
      format: 'unknown',
      related: itemsOf(page, url, () => ({ paragraphs: [], format: 'unknown' })),
    });
    return { body: Buffer.from(html, 'utf8'), expected };
  },
};

// --- F5. nurse-muying ---

const NURSE_TITLES = ['主管护师', '主管护师', '副主任护师', '护师', '主任护师'];
const NURSE_SECOND = ['国际认证泌乳顾问（IBCLC）', '助产士', '高级育婴师', '母乳喂养咨询师', '新生儿护理专科护士'];
const NURSE_DEPARTMENTS = ['产科', '新生儿科', '母婴同室病区', '产后康复科', '儿童保健科', 'NICU', '助产门诊', '儿科'];
const MCH_KINDS = ['妇幼保健院', '妇女儿童医院', '妇产医院', '第一人民医院'];

/**
 * F5. A mother-and-baby app's 问护士 page (m.yunmabao.com/nurse/q/{id}, 孕妈宝), a Vue/Vant mobile page in UTF-8:
 * an `打开App 免费问护士` banner, `van-nav-bar` titled 护士答; the question `<h1 class="q-title">`; the asker
 * (a nickname, a `孕32周` / `宝宝2个月` tag); the card `div.nurse-card`: the name (with `护士` glued after it on
 * 30%), a `van-tag` title (主管护师, 副主任护师, 护师 …), on 50% a second tag (国际认证泌乳顾问（IBCLC）,
 * 助产士 …), the hospital (a 妇幼保健院 of the universe's cities) with `三级甲等` / `三甲` / `二级甲等` in a small
 * tag on half, the department (产科, 新生儿科, 母婴同室病区, NICU …); `护士回答`: where the universe's answer is
 * voice, a voice bubble `58″` over a `语音转文字` text on 70% (then voice; else no format is printed); the
 * answer `<p>`s; the day as `回答于 2023-05-06`, `2023年05月06日` or, on 20%, `05-06` without its year (null);
 * `N人觉得有用`; 相似问题 cards: the question, the snippet after a `护士答：` label (none of the snippet),
 * undated; a fixed bottom bar (免费问护士 / 收藏).
 */
const nurseMuying: Family = {
  name: 'nurse-muying',
  split: 'fresh-54',
  site: 'm.yunmabao.com',
  render(page, rng): Rendered {
    const name = page.doctor.name!;
    const nameGlued = rng.chance(0.3);
    const title = rng.pick(NURSE_TITLES);
    const second = rng.chance(0.5) ? rng.pick(NURSE_SECOND) : null;
    const hospital = `${rng.pick(CITIES)}${rng.pick(MCH_KINDS)}`;
    const grade = rng.chance(0.5) ? rng.pick(['三级甲等', '三甲', '二级甲等']) : null;
    const department = rng.pick(NURSE_DEPARTMENTS);
    const voice = page.format === 'voice' && rng.chance(0.7);
    const yearless = rng.chance(0.2);
    const when = yearless ? `${page.date!.slice(5)} ${page.time}` : rng.pick([`回答于 ${page.date}`, `${page.date!.slice(0, 4)}年${page.date!.slice(5, 7)}月${page.date!.slice(8)}日`]);
    const url = (r: Related) => `https://m.yunmabao.com/nurse/q/${itemNum(r)}`;
    const related = page.related.length
      ? `<div class="similar"><div class="van-cell-group__title">相似问题</div>${page.related
          .map((r) => `<a class="sim-card" href="/nurse/q/${itemNum(r)}"><div class="sim-q">${esc(r.question)}</div><div class="sim-a"><span class="lab">护士答：</span>${esc(r.snippet)}</div></a>`)
          .join('\n')}</div>`
      : '';
    const body = `<div id="app" data-v-${token(rng, 8)}>
<div class="open-app-bar"><img src="/static/logo-s.png" alt=""><span>孕妈宝 · 专业护士在线答</span><a class="open-btn" href="yunmabao://nurse">打开App 免费问护士</a></div>
<div class="van-nav-bar"><div class="van-nav-bar__left"><i class="van-icon van-icon-arrow-left"></i></div><div class="van-nav-bar__title">护士答</div></div>
<div class="q-block"><h1 class="q-title">${esc(page.question)}</h1>
<div class="asker"><img class="ava" src="/static/ava/${token(rng, 6)}.png" alt=""><span class="nick">${rng.pick(['小鱼妈妈', '糖糖麻麻', '准妈妈Lily', '豆豆妈', '一只小团子'])}</span><span class="van-tag van-tag--plain">${rng.pick(['孕32周', '孕18周', '宝宝2个月', '宝宝15天', '备孕中'])}</span></div></div>
<div class="nurse-card"><img class="ava" src="/static/nurse/${token(rng, 8)}.jpg" alt="">
<div class="info"><div class="line1"><span class="name">${esc(nameGlued ? `${name}护士` : name)}</span><span class="van-tag van-tag--primary">${title}</span>${second ? `<span class="van-tag van-tag--plain">${second}</span>` : ''}</div>
<div class="line2"><span class="hos">${esc(hospital)}</span>${grade ? `<span class="lv">${grade}</span>` : ''}<span class="dept">${department}</span></div></div></div>
<div class="answer"><div class="a-hd">护士回答</div>
${voice ? `<div class="voice-bubble"><i class="icon-voice"></i><span class="sec">${rng.int(20, 59)}″</span></div><div class="v2t-label">语音转文字</div>` : ''}
<div class="a-bd">${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div>
<div class="a-ft"><span class="time">${when}</span><span class="useful">${rng.int(2, 900)}人觉得有用</span></div></div>
${related}
<div class="fixed-bottom"><a class="btn-ask" href="/nurse/ask">免费问护士</a><a class="btn-fav">收藏</a></div>
</div>`;
    const html = documentOf(`${page.question} - 孕妈宝护士答`, `https://m.yunmabao.com/nurse/q/${page.item.num}`, '<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">\n', body);
    const expected = expectedOf(page, {
      doctor: { name, title, department, hospital, hospital_grade: grade },
      date: yearless ? null : page.date,
      format: voice ? 'voice' : 'unknown',
      related: itemsOf(page, url, () => ({ format: 'unknown', date: null })),
    });
    return { body: Buffer.from(html, 'utf8'), expected };
  },
};

// --- F6. mental-health-center ---

const PSY_HOSPITAL_KINDS = ['精神卫生中心', '第七人民医院', '康宁医院', '安定医院', '心理医院'];
const PSY_SECOND = ['心理治疗师', '国家二级心理咨询师', '中级心理治疗师', '精神科执业医师', '睡眠医学专科医师'];
const PSY_DEPARTMENTS = ['精神科', '临床心理科', '睡眠障碍科', '儿童青少年心理科', '老年精神科', '心境障碍科', '成瘾医学科', '心身医学科'];

/**
 * F6. A city mental-health centre's 心理健康服务平台, 专家答疑 page (xinli.jz-mhc.org.cn/ask/{id}.html, 心晴在线), UTF-8:
 * the header (the platform's logo, 心理测评 / 专家答疑 / 预约挂号, a `心理援助热线 12356` strip), crumbs; the
 * question `<h1>` with topic tags (`#抑郁情绪#`), the asker `匿名用户 · 25-30岁`, the day asked; the card: name,
 * the clinical title with a second qualification after it (`主任医师 | 心理治疗师` in one line on half, two tags
 * on the others, none on 30%), the hospital (a {city}精神卫生中心, 第七人民医院, 康宁医院 …) with a
 * `三甲精神专科医院` / `三级甲等` / `二级甲等` tag on 55% (the grade as in the key rules, else null), the
 * department (精神科, 临床心理科, 睡眠障碍科 …); the answer `<p>`s; a crisis box after it (`如果你正处于危机中…
 * 12356`, none of the answer); a format tag `图文回复` / `语音回复` / `视频回复` on 50% (then the universe's format,
 * else unknown); the day as `答于 2023年5月6日`, `回复时间 2023-05-06 14:22` or `2023/05/06`; 心理测评 links
 * (PHQ-9, GAD-7) in the side; 你可能还想了解: question, snippet, `N次阅读`, the day on 40%.
 */
const mentalHealthCenter: Family = {
  name: 'mental-health-center',
  split: 'fresh-54',
  site: 'xinli.jz-mhc.org.cn',
  render(page, rng): Rendered {
    const hospital = `${rng.pick(CITIES)}${rng.pick(PSY_HOSPITAL_KINDS)}`;
    const title = rng.pick(['主任医师', '副主任医师', '主治医师', '医师', '副主任医师']);
    const second = rng.chance(0.7) ? rng.pick(PSY_SECOND) : null;
    const oneLine = rng.chance(0.5);
    const gradeTag = rng.chance(0.55) ? rng.pick(['三甲精神专科医院', '三级甲等', '二级甲等']) : null;
    const grade = gradeTag === '三甲精神专科医院' ? '三甲' : gradeTag;
    const department = rng.pick(PSY_DEPARTMENTS);
    const formatShown = rng.chance(0.5);
    const formatTag = { text: '图文回复', voice: '语音回复', video: '视频回复', unknown: '' }[page.format];
    const when = rng.pick([`答于 ${cnDate(page.date!)}`, `回复时间 ${page.date} ${page.time}`, page.date!.replace(/-/g, '/')]);
    const dated = rng.chance(0.4);
    const url = (r: Related) => `https://xinli.jz-mhc.org.cn/ask/${itemNum(r)}.html`;
    const titleHtml = second
      ? oneLine
        ? `<span class="zc">${title} | ${second}</span>`
        : `<span class="tag">${title}</span><span class="tag tag-sub">${second}</span>`
      : `<span class="tag">${title}</span>`;
    const related = page.related.length
      ? `<section class="more-read"><h3>你可能还想了解</h3>${page.related
          .map((r) => `<div class="read-item"><a href="/ask/${itemNum(r)}.html">${esc(r.question)}</a><p>${esc(r.snippet)}</p><div class="meta"><span>${rng.int(100, 20000)}次阅读</span>${dated ? `<span>${r.date}</span>` : ''}</div></div>`)
          .join('\n')}</section>`
      : '';
    const body = `<header class="hd"><a class="logo" href="/"><img src="/assets/logo.svg" alt="心晴在线"></a>
<nav><a href="/test/">心理测评</a><a href="/ask/" class="on">专家答疑</a><a href="/guahao/">预约挂号</a><a href="/kepu/">心理科普</a></nav></header>
<div class="hotline">心理援助热线：<b>12356</b>　24小时守护你的心理健康</div>
<div class="crumb"><a href="/">首页</a> / <a href="/ask/">专家答疑</a> / ${department}</div>
<main class="ask-main"><article class="ask-detail">
<h1>${esc(page.question)}</h1>
<p class="topics"><span>#${rng.pick(['抑郁情绪', '焦虑', '失眠', '强迫', '亲子关系', '躯体不适'])}#</span></p>
<p class="asker">匿名用户 · ${rng.pick(['18-24岁', '25-30岁', '31-40岁', '41-50岁'])} · 提问于 ${shift(page.date!, -rng.int(0, 3))}</p>
<div class="expert"><img src="/assets/exp/${token(rng, 8)}.png" alt="">
<div class="ex-info"><p class="ex-name">${esc(page.doctor.name!)} ${titleHtml}</p>
<p class="ex-org">${esc(hospital)}${gradeTag ? `<em class="lv">${gradeTag}</em>` : ''} · ${department}</p></div>
<a class="btn-guahao" href="/guahao/">预约挂号</a></div>
<div class="reply">${formatShown ? `<span class="fmt">${formatTag}</span>` : ''}
${page.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</div>
<div class="crisis">如果你正处于危机中，或有伤害自己的想法，请立即拨打心理援助热线 12356，或前往就近医院精神科急诊。</div>
<p class="reply-time">${when}</p>
</article>
<aside class="side"><h4>自助心理测评</h4><ul><li><a href="/test/phq9">PHQ-9 抑郁症筛查量表</a></li><li><a href="/test/gad7">GAD-7 焦虑症筛查量表</a></li><li><a href="/test/psqi">PSQI 匹兹堡睡眠质量指数</a></li></ul></aside>
${related}
</main>
<footer>本平台答疑不构成诊断和治疗建议　主办：${hospital}</footer>`;
    const html = documentOf(`${page.question} - 专家答疑 - 心晴在线`, `https://xinli.jz-mhc.org.cn/ask/${page.item.num}.html`, '', body);
    const expected = expectedOf(page, {
      doctor: { name: page.doctor.name, title, department, hospital, hospital_grade: grade },
      format: formatShown ? page.format : 'unknown',
      related: itemsOf(page, url, (e) => ({ format: 'unknown', date: dated ? e.date : null })),
    });
    return { body: Buffer.from(html, 'utf8'), expected };
  },
};

export const FRESH54_FAMILIES: readonly Family[] = [tcmWenda, dentalChain, countyYigongti, armyHospital, nurseMuying, mentalHealthCenter];
