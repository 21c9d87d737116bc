import { describe, expect, it } from 'vitest';
import { extractPage } from '../src/extract/extract-page.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on pharmacists answering on online pharmacies, drug apps, hospitals' and drug makers' sites.
 * What fresh-59 (pharmacists answering on online pharmacies, drug apps, hospitals' and drug makers' sites) taught the genre reader.
 */

const html = (title: string, body: string) => `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const read = (page: string, url = 'https://www.yaofang.example/ask/1001.html') => entriesOf(extractOrThrow(pageRecord(page, { url })));
const pageOf = (page: string, url?: string) => read(page, url).find((e) => e.origin === 'page')!;
const ps = (lines: readonly string[]) => lines.map((p) => `<p>${p}</p>`).join('');

const QUESTION = '吃了布洛芬胃疼怎么办';
const ANSWER = ['布洛芬对胃黏膜有刺激，建议饭后服用，不要空腹吃，也不要和其他止痛药一起用。', '如果胃疼持续不缓解或者出现黑便，要停药并尽快到消化内科就诊。'];
const CARD = '<div class="who"><p><span>周敏</span> <span>执业药师</span></p><p>某康大药房连锁有限公司</p></div>';

describe('a pharmacy’s related questions', () => {
  it('a drawn 问 / 答 badge before an item’s question and snippet is no text of them', () => {
    const list = [1, 2, 3]
      .map((n) => `<li><a href="/ask/20${n}.html"><i class="q">问</i>感冒药和退烧药能一起吃吗${n}？</a><p><i class="a">答</i>不建议同时服用，很多感冒药里已经含有退烧成分，一起吃容易过量。</p></li>`)
      .join('');
    const items = read(html(`${QUESTION}_药师咨询`, `<h1>${QUESTION}</h1>${CARD}${ps(ANSWER)}<h3>相关咨询</h3><ul>${list}</ul>`)).filter((e) => e.origin === 'related');
    expect(items.map((i) => i.question)).toEqual(['感冒药和退烧药能一起吃吗1？', '感冒药和退烧药能一起吃吗2？', '感冒药和退烧药能一起吃吗3？']);
    expect(items[0]!.answer_paragraphs[0]).toMatch(/^不建议同时服用/u);
  });

  it('an item whose snippet is one short sentence after 药师答： is kept in its place, not dropped', () => {
    const item = (n: number, snippet: string) => `<li><a href="/ask/30${n}.html">孩子发烧${n}天了怎么办</a><p><span>药师答：</span>${snippet}</p></li>`;
    const long = '发烧需要结合具体情况来看，一般有以下几种情况：一、体温不超过38.5度的，可以先物理降温，多喝温水，注意观察精神状态…';
    const items = read(html(`${QUESTION}_药师咨询`, `<h1>${QUESTION}</h1>${CARD}${ps(ANSWER)}<h3>相关咨询</h3><ul>${item(1, long)}${item(2, '一般不严重，多喝水、好好休息就能退。')}${item(3, long)}</ul>`)).filter(
      (e) => e.origin === 'related',
    );
    expect(items.map((i) => i.question)).toEqual(['孩子发烧1天了怎么办', '孩子发烧2天了怎么办', '孩子发烧3天了怎么办']);
    expect(items[1]!.answer_paragraphs).toEqual(['一般不严重，多喝水、好好休息就能退。']);
  });
});

describe('an online pharmacy’s 药师咨询 page', () => {
  const page = (card: string) =>
    html(`${QUESTION}_药师咨询`, `<h1>${QUESTION}</h1>${card}<div class="a">${ps(ANSWER)}</div><div><span>回答时间：2023-04-12 10:20</span> <a href="javascript:;">有用(12)</a> <a href="javascript:;">没用</a></div><p>药师解答仅供参考，具体用药请遵医嘱或咨询线下药师。</p>`);

  it('the pharmacist’s disclaimer is none of the answer, and the 回答时间 line with its vote buttons dates it', () => {
    const entry = pageOf(page(CARD));
    expect(entry.answer_paragraphs).toEqual(ANSWER);
    expect(entry.date).toBe('2023-04-12');
  });

  it('the pharmacy’s note run on after the pharmacist’s advice in one paragraph leaves the advice the answer’s', () => {
    const advice = '可以短期加用奥美拉唑肠溶胶囊护胃，一次1粒，一日1次，以上用法仅供参考，处方药请凭医生处方购买。';
    const entry = pageOf(html(`${QUESTION}_药师咨询`, `<h1>${QUESTION}</h1>${CARD}<div class="a">${ps([ANSWER[0]!, advice])}</div><div><span>回答时间：2023-04-12 10:20</span></div>`));
    expect(entry.answer_paragraphs).toEqual([ANSWER[0], advice]);
  });

  it('a pharmacy company and a service centre whose brand opens with a digit are the institution', () => {
    expect(pageOf(page(CARD)).doctor.hospital).toBe('某康大药房连锁有限公司');
    expect(pageOf(page('<div class="who"><p><span>周敏</span> <span>副主任中药师</span></p><p>1号药网药事服务中心</p></div>')).doctor).toMatchObject({ title: '副主任中药师', hospital: '1号药网药事服务中心' });
  });
});

describe('a hospital’s own 用药咨询 reply', () => {
  it('the reply line’s pharmacist is the card, not the clinic’s timetable beside it (its 出诊药师 column is a label)', () => {
    const page = html(
      `${QUESTION}-用药咨询-北岸市第二人民医院`,
      `<div class="top">北岸市第二人民医院</div><table><tr><td>咨询标题：</td><td>${QUESTION}</td></tr><tr><td>咨询时间：</td><td>2022-03-01</td></tr></table>` +
        `<div class="reply"><p><span>回复药师：高宁（主管药师）</span>　<span>所属科室：临床药学室</span>　<span>回复时间：2022-03-02</span></p><p>回复内容：</p>${ps(ANSWER)}</div>` +
        `<div class="side"><h3>药学门诊出诊时间</h3><table><tr><th>时间</th><th>出诊药师</th></tr><tr><td>周二上午</td><td>林芳</td></tr></table><p>地点：门诊楼一楼药学门诊</p></div>`,
      );
    const entry = pageOf(page, 'https://www.bayy.example/yxfw/yyzx/12.html');
    expect(entry.doctor).toMatchObject({ name: '高宁', title: '主管药师', department: '临床药学室', hospital: '北岸市第二人民医院' });
    expect(entry.answer_paragraphs).toEqual(ANSWER);
    expect(entry.date).toBe('2022-03-02');
  });
});

describe('a chain drugstore’s share page of a member’s question', () => {
  const page = (words: string) =>
    html(
      '药师在线-某康大药房',
      `<div class="bar"><span>某康大药房</span><a href="weixin://x">打开小程序</a></div><div class="store"><p>某康大药房（江州中山路店）</p><p>地址：江州市中山路8号</p><p>营业时间：08:00-22:00</p></div>` +
        `<div class="ask"><div><span>会员138****2210</span><span>04-11 09:30</span></div><p>${QUESTION}</p>${words}</div>` +
        `<div class="reply"><div>门店药师回复</div><div class="card"><p><span>周敏</span><span>执业药师</span></p><p>好评率 99%</p></div><div>${ps(ANSWER)}</div><div>回复于 2023-04-12 10:20</div></div>` +
        '<div class="coupons"><div>领券中心</div><div>满58减5</div><a href="javascript:;">去领取</a></div><p>处方药须凭处方购买，请在药师指导下使用。</p>',
    );

  it('the question is the line under the member’s masked number; the 门店药师回复 head names no one; the store card’s branch is the institution', () => {
    const entry = pageOf(page(''), 'https://h5.mkdyf.example/pages/ask/detail?id=9');
    expect(entry.question).toBe(QUESTION);
    expect(entry.doctor).toMatchObject({ name: '周敏', title: '执业药师', hospital: '某康大药房（江州中山路店）' });
    expect(entry.answer_paragraphs).toEqual(ANSWER);
    expect(entry.date).toBe('2023-04-12');
  });

  it('the member’s own words between the question and the 门店药师回复 head are none of the answer', () => {
    expect(pageOf(page('<p>吃了两天了，饭后也疼。</p>'), 'https://h5.mkdyf.example/pages/ask/detail?id=9').answer_paragraphs).toEqual(ANSWER);
  });
});

describe('a product page’s 问药师 tab', () => {
  it('the question is the tab’s 问, not the product the title names', () => {
    const product = '【某牌】布洛芬缓释胶囊 0.3g*20粒/盒';
    const page = html(
      `${product}【行情 报价 价格】-某商城`,
      `<div class="sku">${product}</div><div>¥15.80</div><div>加入购物车</div><table><tr><td>生产企业</td><td>某康药业股份有限公司</td></tr><tr><td>生产日期</td><td>2022-11-01</td></tr></table>` +
        `<div class="ask"><h3>问药师</h3><div><i>问</i><span>${QUESTION}</span></div><div><i>答</i><div>${ps(ANSWER)}</div><div><img src="/a.png"><span>周敏</span><span>执业药师</span><span>某康大药房</span></div><span>2023-04-12</span></div></div>`,
    );
    const entry = pageOf(page, 'https://item.mall.example/1001.html');
    expect(entry.question).toBe(QUESTION);
    expect(entry.doctor).toMatchObject({ name: '周敏', title: '执业药师', hospital: '某康大药房' });
    expect(entry.date).toBe('2023-04-12');
    expect(entry.flags).not.toContain('unsure_reading');
  });
});

describe('a drug maker’s 常见问题 page', () => {
  it('the maker’s 医学部 pharmacist: the company is the institution, and the title’s _常见问题_ section leaves the question sure', () => {
    const page = html(
      `${QUESTION}_常见问题_某康制药医学信息服务`,
      `<div>某康制药 医学信息服务</div><h2>Q：${QUESTION}</h2><div class="box"><span>解答</span><span>周敏</span><span>主管药师</span><span>某康制药有限公司 医学部</span></div><div class="a">${ps(ANSWER)}</div><p>发布日期：2023-04-12</p>`,
    );
    const entry = pageOf(page, 'https://www.mkzy.example/faq/12.html');
    expect(entry.question).toBe(QUESTION);
    expect(entry.doctor).toMatchObject({ name: '周敏', title: '主管药师', department: '医学部', hospital: '某康制药有限公司' });
    expect(entry.flags).not.toContain('unsure_reading');
  });
});

describe('a drug app’s share of a chat with a pharmacist', () => {
  it('the chat’s 药师…已接入 notice is no card: no name 为您服务 read from it', () => {
    const page = html(
      '药师咨询记录-某快药',
      `<div class="card"><p><b>周敏</b><span>执业药师</span></p></div><div><h2>药师咨询记录</h2><p>${QUESTION}</p></div><div class="chat"><div>2023-04-12 10:20</div><div>药师周敏已接入，为您服务</div><div>${QUESTION}</div>${ANSWER.map((p) => `<div>${p}</div>`).join('')}<div>本次咨询已结束</div></div>`,
    );
    const outcome = extractPage(pageRecord(page, { url: 'https://h5.kuaiyao.example/consult/1' }));
    const own = outcome.ok ? entriesOf(outcome.value).find((e) => e.origin === 'page') : undefined;
    expect(own?.doctor.name ?? null).not.toBe('为您服务');
    expect(own?.question).toBe(QUESTION);
  });
});

describe('a pharmacy shop named with its branch', () => {
  it('the branch the name runs on into is part of it; words after the shop are none', () => {
    const card = (shop: string) => `<div class="ph"><b>张敏</b> <span>执业药师</span><p>${shop}</p></div>`;
    const onPage = (shop: string) => pageOf(html(`${QUESTION}-药师问答`, `<h1>${QUESTION}</h1>${card(shop)}<div class="ans">${ps(ANSWER)}</div><p>回答时间：2023-05-06 14:22</p>`));
    expect(onPage('益丰大药房北岸中山路店').doctor.hospital).toBe('益丰大药房北岸中山路店');
    expect(onPage('某康大药房（江州中山路店）').doctor.hospital).toBe('某康大药房（江州中山路店）');
    expect(onPage('益丰大药房').doctor.hospital).toBe('益丰大药房');
  });
});

describe('a chain store whose brand prints no pharmacy word', () => {
  const card = (title: string, shop: string) => `<div class="ph"><b>张敏</b> <span>${title}</span><p>${shop}</p><p>药师证号：12345678　从业6年</p></div>`;
  const onPage = (title: string, shop: string) => pageOf(html(`${QUESTION}-药师问答`, `<h1>${QUESTION}</h1>${card(title, shop)}<div class="ans">${ps(ANSWER)}</div><p>回复时间：2023-05-06 14:22</p>`));
  it('on a pharmacist’s card is where they work, as a pharmacy is (一心堂昆明北京路店)', () => {
    const own = onPage('执业药师', '一心堂昆明北京路店');
    expect(own.doctor).toMatchObject({ name: '张敏', title: '执业药师', hospital: '一心堂昆明北京路店' });
    expect(own.flags).not.toContain('unsure_reading');
  });
  it('a shop’s button (附近门店) is no workplace', () => {
    expect(onPage('执业药师', '附近门店').doctor.hospital).toBeNull();
  });
});

