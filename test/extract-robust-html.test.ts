import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodePage } from '../src/extract/bytes/decode.js';
import { extractPage } from '../src/extract/extract-page.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * Pages as real servers and saved files deliver them, built byte by byte: charsets that lie,
 * encodings mixed in one page, declarations late in a long head.
 */

const QUESTION = '孩子咳嗽有痰怎么办？';
const ANSWER = '孩子咳嗽有痰，首先要让孩子多喝温水，保持室内空气湿润，帮助稀释痰液，必要时到医院儿科就诊。';
const CARD = '赵文静 主治医师 儿科 北京儿童医院 三甲';
const BIG5_QUESTION = '孩子咳嗽有痰該怎麼辦？';
const BIG5_ANSWER = '孩子咳嗽有痰，首先要讓孩子多喝溫水，保持室內空氣濕潤，幫助稀釋痰液，必要時到醫院兒科就診。';
const BIG5_CARD = '趙文靜 主治醫師 兒科 臺北榮民總醫院';

const page = (head: string, { question = QUESTION, answer = ANSWER, card = CARD, top = '', body = '' } = {}) =>
  `<!DOCTYPE html><html><head>${head}<title>${question}_问医网</title></head><body>${top}` +
  `<h1>${question}</h1><div class="card">${card}</div><div class="ans"><p>${answer}</p></div>${body}</body></html>`;

const gbk = (s: string) => iconv.encode(s, 'gbk');
const big5 = (s: string) => iconv.encode(s, 'big5');
const utf8 = (s: string) => Buffer.from(s, 'utf8');

const read = (bytes: Buffer, contentType?: string) => {
  const extraction = extractOrThrow(pageRecord(bytes, { url: 'https://www.wenyi.example/q/1.html', contentType }));
  const own = entriesOf(extraction).find((e) => e.origin === 'page');
  return { encoding: extraction.encoding, question: own?.question, answer: own?.answer, doctor: own?.doctor.name, flags: own?.flags };
};

describe('a declared charset that the bytes contradict is not followed', () => {
  it('GBK bytes under <meta charset="utf-8"> are read as GBK, and the entry says the meta lied', () => {
    const entry = read(gbk(page('<meta charset="utf-8">')));
    expect(entry).toMatchObject({ encoding: 'gb18030 (meta said utf-8)', question: QUESTION, answer: ANSWER, doctor: '赵文静' });
    expect(entry.flags).not.toContain('decoding_damage');
  });

  it('UTF-8 bytes under a gb2312 http-equiv are read as UTF-8', () => {
    const entry = read(utf8(page('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">')));
    expect(entry).toMatchObject({ encoding: 'utf-8 (meta said gb2312)', question: QUESTION, answer: ANSWER });
  });

  it('of two contradicting metas, the one the bytes agree with is followed, whichever comes first', () => {
    const metas = '<meta charset="utf-8"><meta http-equiv="Content-Type" content="text/html; charset=GBK">';
    expect(read(gbk(page(metas)))).toMatchObject({ encoding: 'gb18030 (meta said utf-8)', question: QUESTION, answer: ANSWER });
    const reversed = '<meta charset="gbk"><meta charset="utf-8">';
    expect(read(utf8(page(reversed)))).toMatchObject({ encoding: 'utf-8 (meta said gbk)', question: QUESTION, answer: ANSWER });
  });

  it('Big5 bytes under a utf-8 meta are read as Big5, not as GBK', () => {
    const bytes = big5(page('<meta charset="utf-8">', { question: BIG5_QUESTION, answer: BIG5_ANSWER, card: BIG5_CARD }));
    expect(read(bytes)).toMatchObject({ encoding: 'big5 (meta said utf-8)', question: BIG5_QUESTION, answer: BIG5_ANSWER });
  });

  it('a header that says iso-8859-1 over GBK bytes is not followed', () => {
    const entry = read(gbk(page('<meta charset="gbk">')), 'text/html; charset=ISO-8859-1');
    expect(entry).toMatchObject({ encoding: 'gb18030 (header said iso-8859-1)', question: QUESTION, answer: ANSWER });
  });

  it('a declaration the bytes agree with is followed as before, and says nothing more', () => {
    expect(read(gbk(page('<meta charset="gb2312">')))).toMatchObject({ encoding: 'gb18030', question: QUESTION });
    expect(read(utf8(page('<meta charset="utf-8">')))).toMatchObject({ encoding: 'utf-8', question: QUESTION });
  });

  it('an undeclared Big5 page is read as Big5', () => {
    const decoded = decodePage(big5(page('', { question: BIG5_QUESTION, answer: BIG5_ANSWER, card: BIG5_CARD })));
    expect(decoded).toMatchObject({ encoding: 'big5', charsetSource: 'sniffed', replacements: 0 });
    expect(decoded.text).toContain(BIG5_ANSWER);
  });
});

describe('a page no encoding reads is rejected, not published as mojibake', () => {
  it('Shift_JIS bytes under a gbk meta: not GBK, not UTF-8, not Big5', () => {
    const japanese = '風邪の症状について医師が回答します。発熱や咳が続く場合は、早めに医療機関を受診してください。子供の場合は特に注意が必要です。';
    const bytes = iconv.encode(page('<meta charset="gbk">', { question: '風邪の症状について', answer: japanese }), 'shift_jis');
    const outcome = extractPage(pageRecord(bytes, { url: 'https://www.wenyi.example/q/1.html' }));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect([outcome.reject.reason, outcome.reject.stage, outcome.reject.detail]).toEqual(['not_text', 'decode', expect.stringContaining('mojibake as gb18030 (meta)')]);
  });
});

describe('a UTF-8 page with a block in GBK is read block by block', () => {
  const notice = '<div class="gg">【公告】本站已全面升级，如遇页面显示异常请清除浏览器缓存后刷新。</div>';

  it('the page in UTF-8, the included notice in GBK, and the entry says so', () => {
    const html = page('<meta charset="utf-8">', { top: '@@' });
    const [before, after] = html.split('@@') as [string, string];
    const bytes = Buffer.concat([utf8(before), gbk(notice), utf8(after)]);
    const decoded = decodePage(bytes);
    expect(decoded).toMatchObject({ encoding: 'utf-8', replacements: 0, provenance: 'utf-8 (1 block in gb18030)' });
    expect(decoded.text).toContain(notice);
    expect(read(bytes)).toMatchObject({ encoding: 'utf-8 (1 block in gb18030)', question: QUESTION, answer: ANSWER });
  });

  it('and a GBK page with a block in UTF-8 the other way round', () => {
    const html = page('<meta charset="gbk">', { top: '@@' });
    const [before, after] = html.split('@@') as [string, string];
    const bytes = Buffer.concat([gbk(before), utf8(notice), gbk(after)]);
    expect(decodePage(bytes).text).toContain(notice);
    expect(read(bytes)).toMatchObject({ encoding: 'gb18030 (1 block in utf-8)', question: QUESTION, answer: ANSWER, doctor: '赵文静' });
    // A GBK character whose two bytes happen to be UTF-8 (录 is C2 BC, ¼ in UTF-8) stays GBK.
    expect(decodePage(gbk(page('<meta charset="gbk">', { body: '<p>录</p>' })))).toMatchObject({ provenance: 'gb18030' });
  });

  it('a UTF-8 page with one broken byte stays UTF-8 and keeps its damage visible', () => {
    const bytes = Buffer.concat([utf8(page('<meta charset="utf-8">', { answer: `${ANSWER}@@` }).split('@@')[0]!), Buffer.from([0xff]), utf8('</p></div></body></html>')]);
    const decoded = decodePage(bytes);
    expect(decoded).toMatchObject({ encoding: 'utf-8', replacements: 1, provenance: 'utf-8' });
    expect(read(bytes).flags).toContain('decoding_damage');
  });
});

describe('a <meta charset> is found anywhere in the head', () => {
  const style = `<style>${'.m{margin:0;padding:0 10px;color:#333}\n'.repeat(200)}</style>`;

  it('after a long inline stylesheet', () => {
    const bytes = big5(page(`${style}<META CHARSET=BIG5>`, { question: BIG5_QUESTION, answer: BIG5_ANSWER, card: BIG5_CARD }));
    expect(bytes.indexOf('BIG5')).toBeGreaterThan(4096);
    expect(decodePage(bytes)).toMatchObject({ encoding: 'big5', charsetSource: 'meta', replacements: 0 });
  });

  it('in a head that runs past its first KB: a meta among them is the first, one in a comment that closes after them is none', () => {
    const first = big5(page(`<meta charset="big5">${style}`, { question: BIG5_QUESTION, answer: BIG5_ANSWER, card: BIG5_CARD }));
    expect(decodePage(first)).toMatchObject({ encoding: 'big5', charsetSource: 'meta', replacements: 0 });
    const commented = big5(page(`<!-- <meta charset="gbk"> ${style} <meta charset="gbk"> --><meta charset="big5">`, { question: BIG5_QUESTION, answer: BIG5_ANSWER, card: BIG5_CARD }));
    expect(commented.indexOf('-->')).toBeGreaterThan(4096);
    expect(decodePage(commented)).toMatchObject({ encoding: 'big5', charsetSource: 'meta', replacements: 0 });
  });

  it('but not in a comment, nor in the body', () => {
    expect(decodePage(utf8(page(`<!-- <meta charset="gbk"> -->`)))).toMatchObject({ charsetSource: 'default' });
    expect(decodePage(utf8(page('', { body: '<meta charset="gbk">' })))).toMatchObject({ charsetSource: 'default' });
  });
});

describe('markup as real pages write it: pretests on the raw HTML read any case and any quoting', () => {
  const when = '<div>发布于 2021-08-24</div>';
  const paragraphs = ['胃胀的原因有以下几种：', '1.饮食不规律，少吃产气食物。', '2.饭后适当散步，帮助胃肠蠕动。'];
  const answer = `<div>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div>`;
  const list = '<div><h3>相关问题</h3><ul><li><a href="/q/2.html">饭后胃胀是什么原因</a><p>饭后胃胀多与饮食习惯有关，注意休息。</p></li><li><a href="/q/3.html">胃胀气吃什么药</a><p>胃胀气多与饮食习惯有关，必要时就医。</p></li></ul></div>';
  const readBody = (body: string) =>
    entriesOf(extractOrThrow(pageRecord(`<html><head><meta charset="utf-8"><title>胃胀怎么办_某站</title></head><body>${body}</body></html>`, { url: 'https://www.example-wenda.cn/q/1.html' })));

  it('a short print with its tooltip in an uppercase, unquoted TITLE is read as printed', () => {
    for (const tip of ['TITLE=副主任医师', "title='副主任医师'", 'Title=副主任医师']) {
      const card = `<div><div><b>王清玉</b> <SPAN ${tip}>副主任</SPAN> 内分泌科</div><div>江州市人民医院</div></div>`;
      const [page] = readBody(`<h1>胃胀怎么办</h1>${card}${when}${answer}${list}`);
      expect([page!.doctor.name, page!.doctor.title, page!.answer_paragraphs], tip).toEqual(['王清玉', '副主任', paragraphs]);
    }
  });

  it('a flex layout whose order is set in unquoted style attributes is read in display order', () => {
    const parts = [
      [1, '<h1>胃胀怎么办</h1>'],
      [6, list],
      [4, answer],
      [3, when],
      [2, '<div>王清玉 副主任医师 江州市人民医院 三甲 消化内科</div>'],
    ] as const;
    const body = `<MAIN STYLE=display:flex;flex-direction:column>${parts.map(([n, h]) => `<SECTION STYLE=order:${n}>${h}</SECTION>`).join('')}</MAIN>`;
    const [page, ...related] = readBody(body);
    expect([page!.answer_paragraphs, page!.doctor.name, page!.date, related.length]).toEqual([paragraphs, '王清玉', '2021-08-24', 2]);
  });
});

describe('what a page shows, not what its markup holds', () => {
  const card = '<div>王清玉 副主任医师 消化内科 江州市人民医院 三甲</div>';
  const readBody = (body: string) =>
    entriesOf(extractOrThrow(pageRecord(`<html><head><meta charset="utf-8"><title>胃胀怎么办_某站</title></head><body>${body}</body></html>`, { url: 'https://www.example-wenda.cn/q/1.html' })));
  const item = (n: number, q: string) => `<li><a href="/q/${n}.html">${q}</a><p>${q}多与饮食习惯有关，注意休息，必要时就医。</p></li>`;

  it('a product card with an analytics script in it is a product card: the answer goes on after it', () => {
    const script = `<script>var _hmt = _hmt || [];(function(){var hm = document.createElement("script");hm.src = "https://hm.baidu.com/hm.js?3f2a";var s = document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm, s);})();</script>`;
    const product = `<div><a href="/goods/1.html"><img src="/g.jpg" alt="奥美拉唑肠溶胶囊"><p>奥美拉唑肠溶胶囊</p><p>规格：20mg*14粒</p>${script}<p>¥23.50</p></a><button>加入购物车</button></div>`;
    const [page] = readBody(`<h1>胃胀怎么办</h1>${card}<div><p>胃胀的原因有以下几种：</p><p>1.饮食不规律，少吃产气食物。</p>${product}<p>2.饭后适当散步，帮助胃肠蠕动。</p></div>`);
    expect(page!.answer_paragraphs).toEqual(['胃胀的原因有以下几种：', '1.饮食不规律，少吃产气食物。', '2.饭后适当散步，帮助胃肠蠕动。']);
  });

  it("a floating ad fixed to the window is none of the related list, even where a cut download puts it inside the last item", () => {
    const ad = `<div id="ad_1" style="position:fixed;right:0;bottom:0;z-index:2147483647"><div><span>广告</span><a href="javascript:void(0)">×关闭</a></div><ul>${['这种水果竟能降血压？医生说出真相', '地铁3号线明日起延长运营时间', '宽带续费享8折，点击办理'].map((t, n) => `<li><a href="http://push.isp-ad.example/c?aid=${n}">${t}</a></li>`).join('')}</ul></div>`;
    const head = `<h1>胃胀怎么办</h1>${card}<div><p>胃胀多与饮食习惯有关，注意休息。</p></div><div><h3>相关问题</h3><ul>${item(2, '饭后胃胀是什么原因')}${item(3, '胃胀气吃什么药')}`;
    // The download cut inside the last item's snippet, the operator's ad appended to what arrived.
    const related = readBody(`${head}<li><a href="/q/4.html">胃胀反酸怎么办</a><p>胃胀反酸需要结合具体情况来看\n${ad}`).filter((e) => e.origin === 'related');
    // Fixed by a class of the page's sheet, the same box is as much over the page.
    const byClass = `<style>.float-ad{position:fixed;right:0;bottom:0}</style>${ad.replace('style="position:fixed;right:0;bottom:0;z-index:2147483647"', 'class="float-ad"')}`;
    const relatedByClass = readBody(`${head}<li><a href="/q/4.html">胃胀反酸怎么办</a><p>胃胀反酸需要结合具体情况来看\n${byClass}`).filter((e) => e.origin === 'related');
    expect(relatedByClass.map((e) => [e.question, e.answer])).toEqual(related.map((e) => [e.question, e.answer]));
    expect(related.map((e) => [e.question, e.answer])).toEqual([
      ['饭后胃胀是什么原因', '饭后胃胀是什么原因多与饮食习惯有关，注意休息，必要时就医。'],
      ['胃胀气吃什么药', '胃胀气吃什么药多与饮食习惯有关，注意休息，必要时就医。'],
      ['胃胀反酸怎么办', '胃胀反酸需要结合具体情况来看'],
    ]);
  });

  it('a link whose address swallowed the markup after a cut is no item', () => {
    const cut = '<li><a href="/q/4.\n<script type="text/javascript">!function(){var s=document.createElement("div");s.innerHTML=\'<div class="tip">流量提醒：您本月套餐内流量已使用86%，<a href="http://10.0.0.172/llcx">点击查询</a></div>\';document.body.appendChild(s)}();</script>';
    const related = readBody(`<h1>胃胀怎么办</h1>${card}<div><p>胃胀多与饮食习惯有关，注意休息。</p></div><div><h3>相关问题</h3><ul>${item(2, '饭后胃胀是什么原因')}${item(3, '胃胀气吃什么药')}${cut}`).filter((e) => e.origin === 'related');
    expect(related.map((e) => e.question)).toEqual(['饭后胃胀是什么原因', '胃胀气吃什么药']);
  });

  it('a script between the rows of a grid of cards does not end the grid', () => {
    const row = (cards: Array<[number, string]>) => `<div style="display:flex">${cards.map(([n, q]) => `<div><a href="/q/${n}.html"><h4>${q}</h4></a><p>${q}多与饮食习惯有关，注意休息，必要时就医。</p></div>`).join('')}</div>`;
    const grid = `${row([[2, '饭后胃胀是什么原因'], [3, '胃胀气吃什么药']])}<script type="text/x-template"><div><h3>相关推荐</h3></div></script>\n${row([[4, '胃胀反酸怎么办'], [5, '胃胀打嗝是怎么回事']])}`;
    const related = readBody(`<h1>胃胀怎么办</h1>${card}<div><p>胃胀多与饮食习惯有关，注意休息。</p></div><div><h3>相关推荐</h3><div>${grid}</div></div>`).filter((e) => e.origin === 'related');
    expect(related.map((e) => e.question)).toEqual(['饭后胃胀是什么原因', '胃胀气吃什么药', '胃胀反酸怎么办', '胃胀打嗝是怎么回事']);
  });

  it("an avatar over the card's lines is no unread badge, whatever comments and scripts sit beside it", () => {
    const avatarCard = '<div><img src="/avatar/1.jpg" alt="" width="48"><!-- 正文结束 --><div><a href="/doctor/1.html">薛波秀</a> <span>主治医师</span></div><script>var tpl = \'<p>\' + d.content + \'</p>\';</script><div>江州市儿童医院</div><div>精神心理科</div></div>';
    const [page] = readBody(`<h1>胃胀怎么办</h1>${avatarCard}<div>回答时间：2022-07-30</div><div><p>胃胀多与饮食习惯有关，注意休息。</p></div>`);
    expect([page!.doctor.name, page!.doctor.hospital, page!.flags]).toEqual(['薛波秀', '江州市儿童医院', []]);
  });
});
