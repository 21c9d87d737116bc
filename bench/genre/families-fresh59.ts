import type { Rng } from '../../kit/pages/rng.js';
import { expectedOf, type ExpectedItem, type Family, type Rendered } from './family.js';
import { ASKER_LINES, documentOf, itemNum, otherName, shift, token, topicWord } from './ordinary-parts.js';
import { charsetMeta, encode, esc } from './parts.js';
import type { TruthDoctor, TruthPage } from './truth.js';

/**
 * Fifty-ninth fresh held-out set (split `fresh-59`): written blind on 2026-12-02 — without reading the
 * reader (src/extract/ and its site profiles, src/flags/, src/validate/, src/core/genre-vocabulary.ts) or its
 * tests and without running it on these pages — and committed before its first run. Theme: **pharmacists
 * answering on China's online pharmacies and drug apps (问药师 / 药师咨询 / 用药咨询)**, where the answerer is a
 * licensed pharmacist and the page sells medicine around the answer: an online pharmacy's 药师咨询 detail, a
 * drug-delivery app's share page of a 问药师 chat, a 京东大药房 product page's 问药师 tab, a hospital's 药学门诊
 * 用药咨询 reply by a 临床药师, a drug maker's 用药指导 FAQ, a chain drugstore's 药师在线 mini-program share page.
 *
 * The key holds what a careful person reads on the page; a field the page does not print is null (format
 * 'unknown'). Where a careful person could hesitate, the key decides (the README row says the same):
 * - the answerer's title is the one the page prints (执业药师, 主管药师, 临床药师 … — the universe's physician
 *   title turned into the pharmacist's rank of the same level where the page prints a rank);
 * - the hospital is the institution the answerer's card names: a pharmacy, a store, a hospital, a drug maker;
 *   the department only where printed (药学部, 药剂科, 医学部); the grade only where the page prints it;
 * - products, prices, coupons, 说明书 excerpts, 处方药 notices, greetings and sign-offs of a chat are none of
 *   the answer; the asker's time dates nothing; a day without its year or a relative time names no day;
 * - format: text where the page prints 图文 for the consult, else unknown.
 */

type Related = TruthPage['related'][number];


/** The expected related items with the site's address for each (`url`) and what `change` says of it. */
const itemsOf = (page: TruthPage, url: (r: Related) => string, change: (e: ExpectedItem) => Partial<ExpectedItem>) =>
  expectedOf(page).related.map((e, i) => {
    const item = { ...e, url: url(page.related[i]!) };
    return { ...item, ...change(item) };
  });

/** A pharmacist's rank at the level of the universe's title (主治医师 → 主管药师 …). */
const PHARMACIST_RANKS: Record<string, string> = {
  主任医师: '主任药师',
  副主任医师: '副主任药师',
  主治医师: '主管药师',
  医师: '药师',
  住院医师: '药师',
  主任中医师: '主任中药师',
  副主任中医师: '副主任中药师',
  主治中医师: '主管中药师',
  主管药师: '主管药师',
  副主任护师: '副主任药师',
};
const rankOf = (page: TruthPage) => PHARMACIST_RANKS[page.doctor.title!] ?? '药师';

/** The city of the page's hospital (江州市 → 江州). */
const cityOf = (page: TruthPage) => (page.doctor.hospital!.match(/^(.+?)市/u)?.[1] ?? '江州');

/** A pharmacist's card as the page prints it: the name, `title`, the unit, no grade unless given. */
const pharmacist = (page: TruthPage, title: string, hospital: string | null, department: string | null, grade: string | null = null): TruthDoctor => ({
  name: page.doctor.name,
  title,
  department,
  hospital,
  hospital_grade: grade,
});

/** Medicines the shops sell beside the answer (name, pack, price). */
const PRODUCTS = [
  ['奥美拉唑肠溶胶囊', '20mg*14粒/盒', '23.80'],
  ['布洛芬缓释胶囊', '0.3g*24粒/盒', '16.50'],
  ['氯雷他定片', '10mg*6片/盒', '19.90'],
  ['硝苯地平控释片', '30mg*7片/盒', '32.00'],
  ['蒙脱石散', '3g*10袋/盒', '12.80'],
  ['铝碳酸镁咀嚼片', '0.5g*20片/盒', '26.40'],
  ['阿托伐他汀钙片', '20mg*7片/盒', '45.60'],
  ['盐酸二甲双胍缓释片', '0.5g*30片/盒', '21.00'],
  ['复方甘草口服溶液', '100ml/瓶', '9.80'],
  ['维生素B族片', '100片/瓶', '29.00'],
] as const;
const BRANDS = ['仁和堂', '华康', '瑞格', '白云峰', '康恩宁', '同济堂', '修正源', '益生康'];
const product = (rng: Rng) => {
  const [name, pack, price] = rng.pick(PRODUCTS);
  return { title: `【${rng.pick(BRANDS)}】${name} ${pack}`, name, pack, price, sku: rng.int(100_000_000, 100_099_999) };
};

/** A masked phone number, as shops print their members (138****5621). */
const maskedPhone = (rng: Rng) => `1${rng.pick(['38', '39', '58', '86', '77', '35'])}****${String(rng.int(0, 9999)).padStart(4, '0')}`;

/** A license number as a pharmacist's card prints it (执业药师注册证号). */
const licence = (rng: Rng) => `${rng.pick(['44', '43', '32', '33', '11', '51'])}${rng.int(2012, 2021)}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`;

// --- F1. yao-consult-detail ---

/**
 * F1. An online pharmacy's 药师咨询 detail (1药网 kind, www.111.com.cn/ask/{id}.html): the shop's header
 * (logo, search box with 热搜 words, 我的订单, 购物车(N)), the 全部商品分类 nav, crumbs 首页 > 药师咨询 > {topic};
 * the question block (`h1.q-title`, 咨询者 a masked member, 性别 / 年龄 on half, its 提问时间 the answer's day or
 * up to two days before), the pharmacist's card (avatar, name, `执业药师` on 60% else the rank, the unit
 * `1药网药事服务中心` / `广东壹号大药房连锁有限公司` or on 30% `{hospital} 药学部`, 药师证号 on 60%, 已服务 N 人),
 * a 图文咨询 tag on 40%, the answer's `<p>`s with a product card (brand, name, pack, ¥price, 立即购买 / 加入购物车,
 * a 处方药 tag on half) after its first paragraph or at its end, 回答时间 (`2023-05-06 14:22` or `2023年05月06日`),
 * 有用 / 没用 buttons, a 药师解答仅供参考 disclaimer; 相关咨询 of question links with the answer's snippet and
 * `N人觉得有用`; a 热销商品 sidebar; the 正品保障 / 药师服务 footer with 互联网药品信息服务资格证书 numbers.
 */
const yaoConsultDetail: Family = {
  name: 'yao-consult-detail',
  split: 'fresh-59',
  site: 'www.111.com.cn',
  render(page, rng): Rendered {
    const d = page.doctor;
    const licensed = rng.chance(0.6);
    const title = licensed ? '执业药师' : rankOf(page);
    const inHospital = rng.chance(0.3);
    const shop = rng.pick(['1药网药事服务中心', '广东壹号大药房连锁有限公司']);
    const unit = inHospital ? `${esc(d.hospital!)} 药学部` : shop;
    const showLicence = rng.chance(0.6);
    const textTag = rng.chance(0.4);
    const productAtEnd = rng.chance(0.5);
    const fullDay = rng.chance(0.5);
    const item = product(rng);
    const url = (r: Related) => `https://www.111.com.cn/ask/${itemNum(r)}.html`;
    const asked = shift(page.date!, -rng.int(0, 2));
    const rx = rng.chance(0.5);
    const card = `<div class="goods-card"><a href="https://www.111.com.cn/product/${item.sku}.html" target="_blank"><img src="https://img.111.com.cn/p/${token(rng, 16)}.jpg" alt="${esc(item.name)}"></a><div class="goods-info">${rx ? '<span class="rx-tag">处方药</span>' : '<span class="otc-tag">OTC</span>'}<p class="goods-name">${esc(item.title)}</p><p class="goods-price">¥<em>${item.price}</em></p><a class="btn-buy" href="https://www.111.com.cn/product/${item.sku}.html">立即购买</a> <a class="btn-cart" href="javascript:;" data-sku="${item.sku}">加入购物车</a></div></div>`;
    const paras = page.paragraphs.map((x) => `<p>${esc(x)}</p>`);
    const answer = productAtEnd ? [...paras, card] : [paras[0]!, card, ...paras.slice(1)];
    const when = fullDay ? `${page.date} ${page.time}` : `${page.date!.slice(0, 4)}年${page.date!.slice(5, 7)}月${page.date!.slice(8, 10)}日`;
    const related = page.related.length
      ? `<div class="related-ask"><div class="mod-hd"><h3>相关咨询</h3></div><ul>${page.related
          .map((r) => `<li><a class="q" href="${url(r)}" target="_blank">${esc(r.question)}</a><p class="a"><span class="a-tag">药师答：</span>${esc(r.snippet)}</p><span class="useful">${rng.int(2, 480)}人觉得有用</span></li>`)
          .join('\n')}</ul></div>`
      : '';
    const hot = Array.from({ length: 4 }, () => product(rng))
      .map((p) => `<li><a href="https://www.111.com.cn/product/${p.sku}.html"><img src="https://img.111.com.cn/p/${token(rng, 16)}.jpg"><p>${esc(p.title)}</p><span class="price">¥${p.price}</span></a></li>`)
      .join('');
    const body = `<div class="site-topbar"><div class="w1200"><span>欢迎来到1药网！</span><a href="https://passport.111.com.cn/login">请登录</a> <a href="https://passport.111.com.cn/register">免费注册</a><span class="fr"><a href="https://www.111.com.cn/order/">我的订单</a> | <a href="https://www.111.com.cn/help/">帮助中心</a> | 客服热线：400-007-0958</span></div></div>
<div class="header w1200"><a class="logo" href="https://www.111.com.cn/"><img src="https://img.111.com.cn/logo.png" alt="1药网"></a>
<div class="search"><input type="text" placeholder="搜索药品、症状、品牌"><button>搜索</button><p class="hot-words">热搜：<a href="#">布洛芬</a> <a href="#">连花清瘟</a> <a href="#">奥美拉唑</a></p></div>
<a class="mini-cart" href="https://www.111.com.cn/cart/">购物车(<em>${rng.int(0, 6)}</em>)</a></div>
<div class="main-nav"><div class="all-cate">全部商品分类</div><a href="https://www.111.com.cn/">首页</a> <a href="https://www.111.com.cn/rx/">处方药</a> <a href="https://www.111.com.cn/ask/">药师咨询</a> <a href="https://www.111.com.cn/health/">健康资讯</a></div>
<div class="crumb w1200"><a href="https://www.111.com.cn/">首页</a> &gt; <a href="https://www.111.com.cn/ask/">药师咨询</a> &gt; <span>${esc(topicWord(page))}</span></div>
<div class="ask-wrap w1200 clearfix"><div class="ask-main fl">
<div class="ask-q"><h1 class="q-title">${esc(page.question)}</h1>
<div class="q-info"><span>咨询者：${maskedPhone(rng)}</span>${rng.chance(0.5) ? ` <span>性别：${rng.pick(['女', '男'])}</span> <span>年龄：${rng.int(18, 72)}岁</span>` : ''} <span>提问时间：${asked}</span></div>
<p class="q-desc">问题描述：${rng.pick(ASKER_LINES)}</p></div>
<div class="ask-a"><div class="pharmacist clearfix"><img class="avatar" src="https://img.111.com.cn/pharmacist/${token(rng, 10)}.jpg">
<div class="ph-info"><p><span class="ph-name">${esc(d.name!)}</span> <span class="ph-title">${title}</span>${textTag ? ' <span class="consult-type">图文咨询</span>' : ''}</p>
<p class="ph-unit">${unit}</p>${showLicence ? `<p class="ph-cert">药师证号：${licence(rng)}</p>` : ''}<p class="ph-served">已服务 <em>${rng.int(300, 90000)}</em> 人</p></div></div>
<div class="answer-con">
${answer.join('\n')}
</div>
<div class="answer-ft"><span class="a-time">回答时间：${when}</span> <a class="btn-useful" href="javascript:;">有用(${rng.int(0, 200)})</a> <a class="btn-useless" href="javascript:;">没用</a></div>
<p class="ask-tips">药师解答仅供参考，具体用药请遵医嘱或咨询线下药师。处方药须凭处方在药师指导下购买和使用。</p></div>
${related}
</div>
<div class="ask-side fr"><div class="side-mod"><h3>热销商品</h3><ul>${hot}</ul></div><div class="side-mod"><a href="https://www.111.com.cn/ask/new"><img src="https://img.111.com.cn/ad/ask-free.png" alt="免费问药师"></a></div></div>
</div>
<div class="service-bar"><span>正品保障</span><span>药师服务</span><span>满99包邮</span><span>隐私包装</span></div>
<div class="footer">互联网药品信息服务资格证书：(粤)-经营性-2020-0${rng.int(100, 999)} | 药品网络交易服务第三方平台备案凭证 | 沪ICP备${rng.int(10000000, 19999999)}号<br>Copyright © 2010-${page.date!.slice(0, 4)} 1药网 版权所有</div>`;
    const html = documentOf(`${page.question}_药师咨询_1药网`, `https://www.111.com.cn/ask/${page.item.num}.html`, '<meta name="keywords" content="药师咨询,用药咨询">\n', body);
    const expected = expectedOf(page, {
      doctor: pharmacist(page, title, inHospital ? d.hospital : shop, inHospital ? '药学部' : null),
      format: textTag ? 'text' : 'unknown',
      related: itemsOf(page, url, () => ({ format: 'unknown', date: null })),
    });
    return { body: Buffer.from(html, 'utf8'), expected };
  },
};

// --- F2. quickdrug-chat-share ---

/**
 * F2. A drug-delivery app's share page of a 问药师 conversation (叮当快药 kind, h5.ddky.com/consult/share?id=…):
 * the 打开APP bar (`28分钟送药上门`), the pharmacist's head card (avatar, name, 执业药师 on 70% else the rank, the
 * store `叮当智慧药房（{city}店）` on 60%, 执业证号 on 40%), a 药师咨询记录 head with the question as a summary
 * on half; the chat: a centred stamp (`2023-05-06 14:22` on 65%, `5月6日 14:22` on 20%, `昨天 14:22` on 15%),
 * the system line `药师{name}已接入`, the user's bubble (the question), a second bubble (the asker's words) on
 * half, the pharmacist's greeting bubble (`您好，我是执业药师{name}…`) on 60%, one bubble per answer
 * paragraph, a recommended-drug card bubble (name, pack, ¥, 加入购物车) on 60%, a sign-off bubble (`请问还有其他
 * 问题吗？` / `祝您早日康复！`) on 70%, `本次咨询已结束`; a coupon strip (新人专享 满39减10), 更多药师问答 (question
 * links alone on half, with a pharmacist's snippet on the others), the 下载APP banner.
 */
const quickdrugChatShare: Family = {
  name: 'quickdrug-chat-share',
  split: 'fresh-59',
  site: 'h5.ddky.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const licensed = rng.chance(0.7);
    const title = licensed ? '执业药师' : rankOf(page);
    const storeShown = rng.chance(0.6);
    const store = `叮当智慧药房（${cityOf(page)}店）`;
    const summary = rng.chance(0.5);
    const stamp = rng.weighted([['full', 65], ['month', 20], ['yesterday', 15]] as const);
    const greet = rng.chance(0.6);
    const drug = rng.chance(0.6);
    const signOff = rng.chance(0.7);
    const snippets = rng.chance(0.5);
    const item = product(rng);
    const url = (r: Related) => `https://h5.ddky.com/consult/detail?id=${itemNum(r)}`;
    const when =
      stamp === 'full' ? `${page.date} ${page.time}` : stamp === 'month' ? `${Number(page.date!.slice(5, 7))}月${Number(page.date!.slice(8, 10))}日 ${page.time}` : `昨天 ${page.time}`;
    const avatar = `https://img.ddky.com/ph/${token(rng, 12)}.png`;
    const me = (html: string) => `<div class="msg msg-right"><div class="bubble">${html}</div><img class="head" src="https://img.ddky.com/user/default.png"></div>`;
    const ph = (html: string) => `<div class="msg msg-left"><img class="head" src="${avatar}"><div class="bubble">${html}</div></div>`;
    const chat = [
      `<div class="chat-time">${when}</div>`,
      `<div class="chat-sys">药师${esc(d.name!)}已接入，为您服务</div>`,
      me(esc(page.question)),
      ...(rng.chance(0.5) ? [me(esc(rng.pick(ASKER_LINES)))] : []),
      ...(greet ? [ph(`您好，我是${licensed ? '执业药师' : '药师'}${esc(d.name!)}，很高兴为您服务。`)] : []),
      ...page.paragraphs.map((x) => ph(esc(x))),
      ...(drug
        ? [ph(`<div class="drug-card"><img src="https://img.ddky.com/goods/${token(rng, 12)}.jpg"><div class="drug-info"><p class="drug-name">${esc(item.name)}</p><p class="drug-spec">${item.pack}</p><p class="drug-price">¥${item.price}</p></div><a class="add-cart" href="javascript:;">加入购物车</a></div>`)]
        : []),
      ...(signOff ? [ph(rng.pick(['请问还有其他问题吗？', '祝您早日康复！', '如有不适请及时就医，祝您身体健康。']))] : []),
      `<div class="chat-sys">本次咨询已结束</div>`,
    ].join('\n');
    const related = page.related.length
      ? `<div class="more-qa"><div class="title">更多药师问答</div>${page.related
          .map((r) => `<a class="qa-item" href="${url(r)}"><p class="qa-q">${esc(r.question)}</p>${snippets ? `<p class="qa-a">药师回复：${esc(r.snippet)}</p>` : ''}<span class="qa-num">${rng.int(1, 9)}位药师已回复</span></a>`)
          .join('\n')}</div>`
      : '';
    const body = `<div class="open-app"><img class="logo" src="https://img.ddky.com/logo-app.png"><div class="slogan"><p>叮当快药</p><p>28分钟送药上门</p></div><a class="open-btn" href="https://h5.ddky.com/download">打开APP</a></div>
<div class="ph-card"><img class="ph-head" src="${avatar}"><div class="ph-text"><p><b class="ph-name">${esc(d.name!)}</b><span class="ph-title">${title}</span></p>${storeShown ? `<p class="ph-store">${store}</p>` : ''}${rng.chance(0.4) ? `<p class="ph-cert">执业证号：${licence(rng)}</p>` : ''}</div><span class="ph-online">在线</span></div>
<div class="consult-head"><h2>药师咨询记录</h2>${summary ? `<p class="consult-q">${esc(page.question)}</p>` : ''}</div>
<div class="chat-list">
${chat}
</div>
<div class="coupon-strip"><span class="tag">新人专享</span><span>满39减10</span><span>满69减20</span><a href="https://h5.ddky.com/coupon">立即领取</a></div>
${related}
<div class="notice">处方药须凭处方在药师指导下购买和使用。药师回复仅供参考，不能替代医生面诊。</div>
<div class="download-banner"><img src="https://img.ddky.com/banner/${token(rng, 8)}.jpg" alt="叮当快药 28分钟送药上门 7×24小时"><a href="https://h5.ddky.com/download">下载叮当快药APP</a></div>`;
    const html = documentOf('药师咨询记录-叮当快药', null, '<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">\n', body);
    const expected = expectedOf(page, {
      doctor: pharmacist(page, title, storeShown ? store : null, null),
      date: stamp === 'full' ? page.date : null,
      format: 'unknown',
      related: itemsOf(page, url, (e) => ({ paragraphs: snippets ? e.paragraphs : [], format: 'unknown', date: null })),
    });
    return { body: Buffer.from(html, 'utf8'), expected };
  },
};

// --- F3. jd-pharmacy-ask-tab ---

/**
 * F3. A 京东大药房 product page whose 问药师 tab holds the Q&A (item.jd.com/{sku}.html): the 京东 shortcut bar,
 * search, the shop's head (京东大药房 自营, 关注店铺), crumbs 医药保健 > 中西药品 > {category}; `.sku-name` the
 * product (not the question), `.summary-price` ¥, 促销 / 领券 rows, `#choose-attr` 规格, 数量, `#InitCartUrl`
 * 加入购物车 (or 提交需求 for a 处方药 with its 处方药须凭处方 notice, on half); the `#detail` tab bar 商品介绍 /
 * 规格与包装 / 说明书 / 商品评价(N万+) / 问药师; 规格与包装 as a `.Ptable` (批准文号, 生产企业, 有效期, a 生产日期 before
 * the answer); two 商品评价 with a masked buyer and their own day; the 问药师 tab: the `问` question, the `答`
 * answer's `<p>`s, the answerer's line (name, 执业药师 on 60% else the rank, `京东大药房` / `京东健康药师团队`),
 * its day (`2023-05-06` or `2023-05-06 14:22:33`); 其他用户还问了 questions with the pharmacist's snippet (on
 * 60%) or alone, 问药师 links; the 京东 footer.
 */
const jdPharmacyAskTab: Family = {
  name: 'jd-pharmacy-ask-tab',
  split: 'fresh-59',
  site: 'item.jd.com',
  render(page, rng): Rendered {
    const d = page.doctor;
    const title = rng.chance(0.6) ? '执业药师' : rankOf(page);
    const team = rng.pick(['京东大药房', '京东健康药师团队']);
    const rx = rng.chance(0.5);
    const withSeconds = rng.chance(0.5);
    const snippets = rng.chance(0.6);
    const answererFirst = rng.chance(0.35);
    const item = product(rng);
    const url = (r: Related) => `https://yiyao.jd.com/ask/${itemNum(r)}.html`;
    const made = shift(page.date!, -rng.int(60, 400));
    const reviews = Array.from({ length: 2 }, () => {
      const day = shift(page.date!, rng.int(-90, 90));
      return `<div class="comment-item"><div class="user-info">${rng.pick(['j', 'x', 'm', '1'])}***${rng.int(0, 9)}</div><div class="comment-column"><div class="comment-star star5"></div><p class="comment-con">${rng.pick(['京东物流很快，药品包装完好，日期新鲜。', '一直吃这个，效果还可以，药师也很耐心。', '正品，价格实惠，下次还来。'])}</p><div class="order-info"><span>${esc(item.pack)}</span><span>${day} ${rng.int(8, 22)}:${String(rng.int(0, 59)).padStart(2, '0')}</span></div></div></div>`;
    }).join('\n');
    const answerer = `<div class="answerer"><img src="https://img30.360buyimg.com/jdh/${token(rng, 14)}.png"><span class="name">${esc(d.name!)}</span><span class="title">${title}</span><span class="org">${team}</span></div>`;
    const when = withSeconds ? `${page.date} ${page.time}:${String(rng.int(0, 59)).padStart(2, '0')}` : page.date!;
    const others = page.related.length
      ? `<div class="ask-more"><h4>其他用户还问了</h4><ul>${page.related
          .map((r) => `<li><a href="${url(r)}" target="_blank"><i class="i-ask">问</i>${esc(r.question)}</a>${snippets ? `<p><i class="i-answer">答</i>${esc(r.snippet)}</p>` : ''}</li>`)
          .join('\n')}</ul></div>`
      : '';
    const body = `<div id="shortcut"><ul class="fl"><li>北京</li></ul><ul class="fr"><li><a href="https://passport.jd.com/new/login.aspx">你好，请登录</a> <a href="https://reg.jd.com/">免费注册</a></li><li>我的订单</li><li>我的京东</li><li>京东会员</li><li>企业采购</li><li>客户服务</li><li>网站导航</li><li>手机京东</li></ul></div>
<div id="search-2014"><input type="text" class="text" placeholder="布洛芬"><button class="button">搜索</button></div>
<div class="crumb-wrap"><div class="crumb fl"><div class="item"><a href="https://list.jd.com/list.html?cat=9192">医药保健</a></div><div class="sep">&gt;</div><div class="item"><a href="https://list.jd.com/list.html?cat=9192,12632">中西药品</a></div><div class="sep">&gt;</div><div class="item"><a href="https://list.jd.com/list.html?cat=9192,12632,12633">${esc(item.name.slice(0, 4))}</a></div></div><div class="contact fr"><a class="name" href="https://mall.jd.com/index-1000015441.html">京东大药房</a> <em class="u-jd">自营</em> <a href="javascript:;">关注店铺</a></div></div>
<div class="product-intro clearfix"><div class="preview-wrap"><img id="spec-img" src="https://img14.360buyimg.com/n1/${token(rng, 20)}.jpg"></div>
<div class="itemInfo-wrap"><div class="sku-name">${rx ? '<img src="//img.360buyimg.com/rx.png" alt="处方药">' : ''}${esc(item.title)}</div><div class="news"><div class="item">京东大药房自营，${rng.pick(['正品保障', '药师1对1服务', '隐私发货'])}</div></div>
<div class="summary-price-wrap"><div class="summary-price J-summary-price"><div class="dt">京 东 价</div><div class="dd"><span class="p-price"><span>¥</span><span class="price J-p-${item.sku}">${item.price}</span></span></div></div>
<div class="summary-promotion"><div class="dt">促　　销</div><div class="dd"><em class="hl_red_bg">满减</em>满99元减10元</div></div><div class="summary-quan"><div class="dt">领　　券</div><div class="dd"><span class="quan-item">满199减20</span></div></div></div>
<div id="choose-attrs"><div class="dt">规格</div><div class="dd"><div class="item selected"><a href="#">${esc(item.pack)}</a></div><div class="item"><a href="#">${rng.int(2, 5)}盒装</a></div></div></div>
<div class="choose-amount"><input class="buy-num" value="1"></div>
${rx ? `<a id="InitCartUrl" class="btn-special1 btn-lg" href="javascript:;">提交需求</a><p class="rx-tip">处方药须凭处方在药师指导下购买和使用</p>` : `<a id="InitCartUrl" class="btn-special1 btn-lg" href="https://cart.jd.com/gate.action?pid=${item.sku}&amp;pcount=1">加入购物车</a>`}
</div></div>
<div id="detail"><div class="tab-main large"><ul><li>商品介绍</li><li>规格与包装</li><li>说明书</li><li>售后保障</li><li>商品评价(${rng.int(1, 50)}万+)</li><li class="current">问药师</li></ul></div>
<div class="tab-con">
<div class="Ptable"><div class="Ptable-item"><h3>主体</h3><dl><dt>产品名称</dt><dd>${esc(item.name)}</dd><dt>批准文号</dt><dd>国药准字H${rng.int(10_000_000, 69_999_999)}</dd><dt>生产企业</dt><dd>${rng.pick(BRANDS)}药业股份有限公司</dd><dt>产品规格</dt><dd>${esc(item.pack)}</dd><dt>有效期</dt><dd>24个月</dd><dt>生产日期</dt><dd>${made}</dd></dl></div></div>
<div class="comment-list">${reviews}</div>
<div class="ask-pharmacist" id="askPharmacist"><div class="ask-hd"><h3>问药师</h3><span>京东大药房执业药师在线为您解答用药问题</span></div>
<div class="askAnswer-item"><div class="ask"><i class="icon-ask">问</i><span class="ask-con">${esc(page.question)}</span></div>
<div class="answer"><i class="icon-answer">答</i>${answererFirst ? answerer : ''}<div class="answer-con">${page.paragraphs.map((x) => `<p>${esc(x)}</p>`).join('')}</div>${answererFirst ? '' : answerer}<span class="answer-time">${when}</span></div></div>
${others}
<a class="ask-btn" href="https://yiyao.jd.com/ask/new?sku=${item.sku}">我要问药师</a></div>
</div></div>
<div id="footer-2014"><div class="links"><a href="https://about.jd.com/">关于我们</a>|<a href="https://help.jd.com/">联系我们</a>|<a href="https://zhaopin.jd.com/">人才招聘</a></div><div class="copyright">京公网安备 11000002000088号 | 互联网药品信息服务资格证编号(京)-经营性-2014-0008<br>Copyright © 2004-${page.date!.slice(0, 4)} 京东JD.com 版权所有</div></div>`;
    const html = documentOf(`${item.title}【行情 报价 价格 评测】-京东`, `https://item.jd.com/${item.sku}.html`, '<meta name="keywords" content="京东大药房,问药师">\n', body, '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">');
    const expected = expectedOf(page, {
      doctor: pharmacist(page, title, team, null),
      format: 'unknown',
      related: itemsOf(page, url, (e) => ({ paragraphs: snippets ? e.paragraphs : [], format: 'unknown', date: null })),
    });
    return { body: Buffer.from(html, 'utf8'), expected };
  },
};

// --- F4. hospital-pharmacy-reply ---

/**
 * F4. A hospital's own 药学服务 > 用药咨询 reply page (www.{city}rmyy.example/yxfw/yyzx/{id}.html), GBK on 40%: the
 * masthead (`{hospital}`, `{grade}综合医院` beside it on 60%), nav 首页 / 医院概况 / 科室导航 / 药学服务 / 就医指南,
 * 当前位置 crumbs; a `table.zx-table` of the letter (咨询标题 the question, 咨询人 a masked name, 咨询时间 the asker's
 * day, 咨询内容 the asker's words); the reply: `回复药师：{name}` with the title beside it (`临床药师` on 40%, else the
 * rank, in brackets or after a space), `所属科室：药剂科 / 药学部 / 临床药学室`, `回复时间：` the day (slashed on 30%),
 * `回复内容：` then the answer's `<p>`s; a 药学门诊出诊时间 sidebar table (周一上午 …, 地点 门诊楼二楼); 最新咨询
 * links with `[2023-05-06]`; the footer with 地址 / 电话 / 备案号.
 */
const hospitalPharmacyReply: Family = {
  name: 'hospital-pharmacy-reply',
  split: 'fresh-59',
  site: 'www.jzrmyy.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const gbk = rng.chance(0.4);
    const gradeShown = rng.chance(0.6);
    const clinical = rng.chance(0.4);
    const title = clinical ? '临床药师' : rankOf(page);
    const dept = rng.pick(['药剂科', '药学部', '临床药学室']);
    const bracket = rng.chance(0.5);
    const slashed = rng.chance(0.3);
    const host = 'https://www.jzrmyy.example';
    const url = (r: Related) => `${host}/yxfw/yyzx/${itemNum(r)}.html`;
    const asked = shift(page.date!, -rng.int(1, 6));
    const day = slashed ? page.date!.replace(/-/g, '/') : page.date!;
        const related = page.related.length
      ? `<div class="list-box"><div class="list-tit"><span>最新咨询</span><a class="more" href="${host}/yxfw/yyzx/">更多&gt;&gt;</a></div><ul>${page.related
          .map((r) => `<li><a href="${url(r)}" target="_blank" title="${esc(r.question)}">${esc(r.question)}</a><span class="date">[${r.date}]</span></li>`)
          .join('\n')}</ul></div>`
      : '';
    const head = gbk ? charsetMeta('gbk-meta') : '<meta charset="utf-8">';
    const body = `<div class="top"><div class="logo"><img src="${host}/images/logo.png" alt="${esc(d.hospital!)}"><span class="hname">${esc(d.hospital!)}</span>${gradeShown ? `<span class="hgrade">${d.hospital_grade}综合医院</span>` : ''}</div><div class="tel">预约挂号：0${rng.int(510, 799)}-${rng.int(1000000, 9999999)}</div></div>
<div class="nav"><ul><li><a href="${host}/">首页</a></li><li><a href="${host}/yygk/">医院概况</a></li><li><a href="${host}/ksdh/">科室导航</a></li><li><a href="${host}/zjjs/">专家介绍</a></li><li class="on"><a href="${host}/yxfw/">药学服务</a></li><li><a href="${host}/jyzn/">就医指南</a></li></ul></div>
<div class="position">当前位置：<a href="${host}/">首页</a> &gt; <a href="${host}/yxfw/">药学服务</a> &gt; <a href="${host}/yxfw/yyzx/">用药咨询</a></div>
<div class="container clearfix"><div class="left">
<table class="zx-table" width="100%" border="0" cellspacing="1" cellpadding="6">
<tr><td class="lab" width="90">咨询标题：</td><td class="q-title">${esc(page.question)}</td></tr>
<tr><td class="lab">咨 询 人：</td><td>${rng.pick(['王', '李', '张', '刘', '陈'])}**</td></tr>
<tr><td class="lab">咨询时间：</td><td>${asked}</td></tr>
<tr><td class="lab">咨询内容：</td><td>${esc(rng.pick(ASKER_LINES))}</td></tr>
</table>
<div class="reply">
<div class="reply-hd"><span>回复药师：${esc(d.name!)}${bracket ? `（${title}）` : ` ${title}`}</span>　<span>所属科室：${dept}</span>　<span>回复时间：${day}</span></div>
<div class="reply-bd"><p class="lab">回复内容：</p>
${page.paragraphs.map((x) => `<p>${esc(x)}</p>`).join('\n')}
</div>
<p class="reply-tip">注：以上回复仅供参考，具体用药请遵医嘱。如需面对面咨询，欢迎到药学门诊就诊。</p>
</div>
</div>
<div class="right"><div class="side-box"><h3>药学门诊出诊时间</h3><table class="clinic"><tr><th>时间</th><th>出诊药师</th></tr><tr><td>周一上午</td><td>${otherName(rng)}</td></tr><tr><td>周三下午</td><td>${otherName(rng)}</td></tr><tr><td>周五上午</td><td>${otherName(rng)}</td></tr></table><p>地点：门诊楼二楼药学门诊</p></div>
${related}</div>
</div>
<div class="footer"><p>地址：${esc(cityOf(page))}市${rng.pick(['人民路', '解放路', '中山路'])}${rng.int(1, 300)}号　邮编：${rng.int(100000, 899999)}　电话：0${rng.int(510, 799)}-${rng.int(1000000, 9999999)}</p><p>Copyright © ${esc(d.hospital!)} 版权所有　ICP备${rng.int(10000000, 19999999)}号</p></div>`;
    const html = documentOf(`${page.question}-用药咨询-${d.hospital}`, null, '', body, head);
    const expected = expectedOf(page, {
      doctor: pharmacist(page, title, d.hospital, dept, gradeShown ? d.hospital_grade : null),
      format: 'unknown',
      related: itemsOf(page, url, (e) => ({ paragraphs: [], format: 'unknown', date: e.date })),
    });
    return { body: gbk ? encode(html, 'gbk-meta') : Buffer.from(html, 'utf8'), expected };
  },
};

// --- F5. maker-medinfo-faq ---

/**
 * F5. A drug maker's product site, 用药指导 > 常见问题 (www.{brand}-medinfo.example/faq/{id}.html): the brand
 * header (`{brand}制药 医学信息服务`), nav 产品信息 / 说明书 / 用药指导 / 常见问题 / 不良反应上报 / 联系我们; a
 * 本网站内容仅供患者教育 banner; `h2.faq-q` `Q：{question}`; `.faq-a` with `A：` before the first paragraph; the
 * answerer on 55% the maker's 医学部 pharmacist (`解答：{brand}制药有限公司 医学部 {name} {rank}` or as a box), else
 * a consulting doctor (`答疑专家：{name} {title}`, `{hospital} {department}`, the hospital's grade on 30%); on 60% a
 * `发布日期：` line (the answer's day), else only the 说明书's 核准日期 / 修改日期; a 说明书摘要 box (【用法用量】,
 * 【不良反应】, 【禁忌】); the 不良反应上报 box (药物警戒 hotline, mail); 其他常见问题 as an accordion
 * (`<details>`: question, the snippet) on half, else links alone; the footer's 互联网药品信息服务 number.
 */
const makerMedinfoFaq: Family = {
  name: 'maker-medinfo-faq',
  split: 'fresh-59',
  site: 'www.huakang-medinfo.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const brand = rng.pick(BRANDS);
    const company = `${brand}制药有限公司`;
    const inHouse = rng.chance(0.55);
    const boxed = rng.chance(0.5);
    const gradeShown = !inHouse && rng.chance(0.3);
    const dated = rng.chance(0.6);
    const accordion = rng.chance(0.5);
    const drug = product(rng);
    const host = 'https://www.huakang-medinfo.example';
    const url = (r: Related) => `${host}/faq/${itemNum(r)}.html`;
    const approved = shift(page.date!, -rng.int(200, 1500));
    const revised = shift(page.date!, -rng.int(10, 190));
    const rank = rankOf(page);
    const [first, ...rest] = page.paragraphs;
    const answerer = inHouse
      ? boxed
        ? `<div class="answerer-box"><p class="lab">解答</p><p class="nm">${esc(d.name!)}</p><p>${rank}</p><p>${company} 医学部</p></div>`
        : `<p class="answerer">解答：${company} 医学部 ${esc(d.name!)} ${rank}</p>`
      : boxed
        ? `<div class="answerer-box"><p class="lab">答疑专家</p><p class="nm">${esc(d.name!)}</p><p>${d.title}</p><p>${esc(d.hospital!)}${gradeShown ? `（${d.hospital_grade}）` : ''} ${esc(d.department!)}</p></div>`
        : `<p class="answerer">答疑专家：${esc(d.name!)} ${d.title}，${esc(d.hospital!)}${gradeShown ? `（${d.hospital_grade}）` : ''}${esc(d.department!)}</p>`;
    const related = page.related.length
      ? `<div class="faq-more"><h3>其他常见问题</h3>${
          accordion
            ? page.related.map((r) => `<details class="faq-item"><summary><a href="${url(r)}">${esc(r.question)}</a></summary><div class="faq-item-a">${esc(r.snippet)}</div></details>`).join('\n')
            : `<ul>${page.related.map((r) => `<li><a href="${url(r)}">${esc(r.question)}</a></li>`).join('\n')}</ul>`
        }</div>`
      : '';
    const body = `<header class="site-header"><a class="brand" href="${host}/"><img src="${host}/static/logo.svg" alt="${brand}制药">${brand}制药 医学信息服务</a>
<nav class="main-nav"><a href="${host}/product/">产品信息</a><a href="${host}/label/">说明书</a><a href="${host}/guide/">用药指导</a><a class="active" href="${host}/faq/">常见问题</a><a href="${host}/pv/">不良反应上报</a><a href="${host}/contact/">联系我们</a></nav></header>
<div class="notice-bar">本网站内容仅供患者教育，不能替代医生或药师的专业建议。处方药请在医生或药师指导下使用。</div>
<div class="crumbs"><a href="${host}/">首页</a> / <a href="${host}/guide/">用药指导</a> / <a href="${host}/faq/">常见问题</a></div>
<main class="faq-detail">
<h2 class="faq-q">Q：${esc(page.question)}</h2>
${dated ? `<p class="faq-meta">发布日期：${page.date}　　浏览：${rng.int(100, 20000)}</p>` : ''}
${inHouse && !boxed ? '' : answerer}
<div class="faq-a">
<p><b>A：</b>${esc(first!)}</p>
${rest.map((x) => `<p>${esc(x)}</p>`).join('\n')}
</div>
${inHouse && !boxed ? answerer : ''}
<div class="label-excerpt"><h4>${esc(drug.name)} 说明书摘要</h4><p>【用法用量】口服。一次1${drug.pack.includes('袋') ? '袋' : drug.pack.includes('ml') ? '10ml' : '片'}，一日${rng.int(1, 3)}次，或遵医嘱。</p><p>【不良反应】偶见恶心、头痛、皮疹等，停药后可自行消失。</p><p>【禁忌】对本品过敏者禁用。</p><p class="label-date">核准日期：${approved}　修改日期：${revised}</p><a href="${host}/label/">查看完整说明书&gt;</a></div>
<div class="pv-box"><h4>不良反应上报</h4><p>如您在使用${brand}产品期间出现任何不适，请告知医生或药师，并可通过以下方式向我们报告：药物警戒热线 400-${rng.int(100, 999)}-${rng.int(1000, 9999)}，邮箱 pv@huakang-medinfo.example</p></div>
${related}
</main>
<footer class="site-footer"><p>${company} 版权所有 | 互联网药品信息服务资格证书编号：(${rng.pick(['浙', '苏', '粤', '鲁'])})-非经营性-20${rng.int(18, 22)}-00${rng.int(10, 99)}</p><p>本网站不提供药品销售，如需购买请前往正规药店或医院。</p></footer>`;
    const html = documentOf(`${page.question}_常见问题_${brand}制药医学信息服务`, `${host}/faq/${page.item.num}.html`, '<meta name="viewport" content="width=device-width,initial-scale=1">\n', body);
    const doctor: TruthDoctor = inHouse ? pharmacist(page, rank, company, '医学部') : { ...d, hospital_grade: gradeShown ? d.hospital_grade : null };
    const expected = expectedOf(page, {
      doctor,
      date: dated ? page.date : null,
      format: 'unknown',
      related: itemsOf(page, url, (e) => ({ paragraphs: accordion ? e.paragraphs : [], format: 'unknown', date: null })),
    });
    return { body: Buffer.from(html, 'utf8'), expected };
  },
};

// --- F6. chain-store-miniapp-share ---

/**
 * F6. A chain drugstore's 药师在线 mini-program share page (老百姓 / 大参林 kind, h5.{chain}.example/pages/ask/detail?id=…
 * as the web-view serves it): the 打开小程序 bar, a 会员日 banner (每月8号 全场9.2折, 积分兑好礼), the store card
 * (`{chain}（{city}{road}店）`, 地址, 营业时间, 距您 N km, 电话 on half); the asker's block (会员 masked phone, the
 * question in `.q-text`, the asker's words on half, its own time); the 门店药师 reply: the card (name, 执业药师 on
 * 65% else the rank, `所在门店：{store}` on 60%, the store card only on the others) before the reply on 70% or
 * after it, the answer's `<p>`s, `回复于 2023-05-06 14:22` (55%), `05-06 14:22` (25%: no year) or `N天前` (20%);
 * 领券中心 coupons, 处方药须凭处方购买, 其他人还问了 (question, the pharmacist's snippet, N人觉得有用), the 打开小程序
 * button at the foot.
 */
const chainStoreMiniappShare: Family = {
  name: 'chain-store-miniapp-share',
  split: 'fresh-59',
  site: 'h5.baixingkang.example',
  render(page, rng): Rendered {
    const d = page.doctor;
    const chain = rng.pick(['百姓康大药房', '参林堂大药房', '益康大药房', '康佰家大药房']);
    const road = rng.pick(['人民路', '解放路', '建设路', '中山路', '五一路', '新华路']);
    const store = `${chain}（${cityOf(page)}${road}店）`;
    const title = rng.chance(0.65) ? '执业药师' : rankOf(page);
    const storeInCard = rng.chance(0.6);
    const cardFirst = rng.chance(0.7);
    const stamp = rng.weighted([['full', 55], ['short', 25], ['relative', 20]] as const);
    const askerWords = rng.chance(0.5);
    const url = (r: Related) => `https://h5.baixingkang.example/pages/ask/detail?id=${itemNum(r)}`;
    const replied =
      stamp === 'full' ? `回复于 ${page.date} ${page.time}` : stamp === 'short' ? `回复于 ${page.date!.slice(5)} ${page.time}` : `${rng.int(2, 20)}天前`;
    const askedDay = shift(page.date!, -rng.int(0, 1));
    const card = `<div class="ph-card"><img class="ph-avatar" src="https://cdn.baixingkang.example/ph/${token(rng, 10)}.png"><div class="ph-main"><p class="ph-line"><span class="ph-name">${esc(d.name!)}</span><span class="ph-tag">${title}</span></p>${storeInCard ? `<p class="ph-store">所在门店：${store}</p>` : ''}<p class="ph-good">好评率 ${rng.int(95, 100)}%</p></div></div>`;
    const reply = `<div class="reply-body">${page.paragraphs.map((x) => `<p>${esc(x)}</p>`).join('')}</div><div class="reply-time">${replied}</div>`;
    const related = page.related.length
      ? `<div class="others"><div class="others-hd">其他人还问了</div>${page.related
          .map((r) => `<a class="others-item" href="${url(r)}"><p class="o-q">${esc(r.question)}</p><p class="o-a">药师：${esc(r.snippet)}</p><span class="o-useful">${rng.int(1, 300)}人觉得有用</span></a>`)
          .join('\n')}</div>`
      : '';
    const body = `<div class="mp-bar"><img src="https://cdn.baixingkang.example/logo.png"><span>${chain}</span><a class="mp-open" href="weixin://dl/business/?t=${token(rng, 12)}">打开小程序</a></div>
<div class="banner-member"><img src="https://cdn.baixingkang.example/banner/${token(rng, 8)}.jpg" alt="会员日 每月8号 全场9.2折"><p>会员日 每月8号 全场9.2折 · 积分兑好礼</p></div>
<div class="store-card"><p class="store-name">${store}</p><p class="store-addr">地址：${esc(cityOf(page))}市${road}${rng.int(1, 400)}号</p><p class="store-hours">营业时间：08:00-22:00</p><p class="store-dist">距您${(rng.int(2, 90) / 10).toFixed(1)}km</p>${rng.chance(0.5) ? `<p class="store-tel">电话：0${rng.int(510, 799)}-${rng.int(1000000, 9999999)}</p>` : ''}</div>
<div class="ask-block"><div class="asker"><img class="asker-avatar" src="https://cdn.baixingkang.example/user/default.png"><span class="asker-name">会员${maskedPhone(rng)}</span><span class="asker-time">${askedDay.slice(5)} ${rng.int(8, 21)}:${String(rng.int(0, 59)).padStart(2, '0')}</span></div>
<p class="q-text">${esc(page.question)}</p>${askerWords ? `<p class="q-more">${esc(rng.pick(ASKER_LINES))}</p>` : ''}</div>
<div class="reply-block"><div class="reply-hd">门店药师回复</div>
${cardFirst ? card + reply : reply + card}
</div>
<div class="coupon-center"><div class="cc-hd">领券中心</div><div class="cc-item">满58减5</div><div class="cc-item">满128减15</div><a href="javascript:;">去领取</a></div>
<p class="rx-notice">处方药须凭处方购买，请在药师指导下使用。药师回复仅供参考。</p>
${related}
<div class="mp-foot"><a class="mp-open" href="weixin://dl/business/?t=${token(rng, 12)}">打开小程序 咨询更多用药问题</a></div>`;
    const html = documentOf(`药师在线-${chain}`, null, '<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">\n', body);
    const expected = expectedOf(page, {
      doctor: pharmacist(page, title, store, null),
      date: stamp === 'full' ? page.date : null,
      format: 'unknown',
      related: itemsOf(page, url, () => ({ format: 'unknown', date: null })),
    });
    return { body: Buffer.from(html, 'utf8'), expected };
  },
};

export const FRESH59_FAMILIES: readonly Family[] = [yaoConsultDetail, quickdrugChatShare, jdPharmacyAskTab, hospitalPharmacyReply, makerMedinfoFaq, chainStoreMiniappShare];
