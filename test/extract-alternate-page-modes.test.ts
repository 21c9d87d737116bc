import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { qualityFlags } from '../src/flags/flags.js';
import { confirmAgainstFullAnswers } from '../src/dedupe/confirm-snippets.js';
import { isArticlePager, isPager } from '../src/extract/words/pager.js';
import { transcodedOriginal } from '../src/extract/links/transcoded-link.js';
import { isReadingEstimate } from '../src/extract/words/reading-estimate.js';

/**
 * The genre reader on the genre's pages in another mode: WAP, elder mode, print, a transcoder, an accessibility toolbar, a reader view.
 * What fresh-61 (the genre's pages in another mode: elder mode, an accessibility toolbar, print, WAP, a transcoder, a reader view) taught the genre reader.
 */

const html = (title: string, body: string) => `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const entries = (page: string, url = 'saved-page.html') => entriesOf(extractOrThrow(pageRecord(page, { url })));
const pageOf = (page: string, url?: string) => entries(page, url).find((e) => e.origin === 'page');
const itemsOf = (page: string, url?: string) => entries(page, url).filter((e) => e.origin === 'related');

const QUESTION = '经期皮肤刺痛还腰部起疱怎么回事？';
const ANSWER = ['关于经期皮肤刺痛，可以从以下几个方面来考虑：', '1.带状疱疹的发生和体质、生活习惯都有关系，饮食以清淡、易消化为主。', '2.如果疼痛明显或者水疱增多，建议及时到皮肤科就诊。'];

describe('a WAP page showing page one of a split answer', () => {
  const wap = (shown: readonly string[], pager: string) =>
    html(
      `${QUESTION}-寻医问药手机版`,
      `<div class="t">${QUESTION}</div><div class="c">医生：吕佳(副主任医师)<br/>东湖市人民医院 皮肤科<br/>时间:2022-10-07</div>` +
        `<div class="c">答：${shown.join('<br/>')}</div>${pager}` +
        `<div class="h">相关问题</div><div class="c">1.<a href="/wenda/1.htm">女性腰部起疱是什么原因引起的</a><br/>2.<a href="/wenda/2.htm">老人腰部起疱挂什么科？</a></div>` +
        `<div class="f"><a href="#top">返回顶部</a><br/>[手机版] <a href="http://www.xywy.com/">[电脑版]</a><br/>xywy.com</div>`,
    );

  it('keys what is shown and flags it cut off, even where page one ends on a full stop', () => {
    const page = pageOf(wap(ANSWER, `<div class="pg">第1/3页 <a href="/wenda/9_2.htm">下一页</a> <a href="/wenda/9_all.htm">全文</a></div>`))!;
    expect(page.answer_paragraphs).toEqual(ANSWER);
    expect(page.flags).toContain('cut_off_end');
    expect(page.flags).toContain('unsure_reading');
  });

  it('a pager of one page (第1/1页) is none of the answer, and the answer is whole', () => {
    const page = pageOf(wap(ANSWER, '<div class="pg">第1/1页</div>'))!;
    expect(page.answer_paragraphs).toEqual(ANSWER);
    expect(page.flags).not.toContain('cut_off_end');
    expect(page.flags).not.toContain('unsure_reading');
  });

  it('the footer’s link to the site’s other version is no related item; the bare question links are the page’s links', () => {
    const all = entries(wap(ANSWER, ''));
    expect(all.filter((e) => e.origin === 'related')).toEqual([]);
    expect(all.find((e) => e.origin === 'page')!.related_urls).toEqual(['/wenda/1.htm', '/wenda/2.htm']);
  });

  it('deduplication keeps the flag where no fuller answer to the question holds the part shown', () => {
    const shown = pageOf(wap(ANSWER, `<div class="pg">第1/3页 <a href="/wenda/9_2.htm">下一页</a></div>`))!;
    const other = { ...shown, id: 'other', answer: '另一位医生的回答：多喝水，注意休息，症状加重时要及时到医院复查，必要时做血常规。'.repeat(4), flags: [] };
    expect(confirmAgainstFullAnswers([shown, other]).flags.get(shown.id) ?? shown.flags).toContain('cut_off_end');
  });

  it('pager words: 第k/N页 says more pages follow only where N > k', () => {
    expect(isPager('第1/3页 下一页 全文')).toBe(true);
    expect(isArticlePager('第1/3页 下一页 全文')).toBe(true);
    expect(isArticlePager('第3/3页 上一页')).toBe(false);
    expect(isArticlePager('第1/1页')).toBe(false);
  });

  it('the one place deciding cut-off takes the page’s word that the answer goes on', () => {
    const answer = ANSWER.join('\n');
    expect(qualityFlags({ answer, hasDoctor: true })).not.toContain('cut_off_end');
    expect(qualityFlags({ answer, hasDoctor: true, continues: true })).toContain('cut_off_end');
  });
});

describe('an elder mode’s voice bar', () => {
  const elder = (bar: string) =>
    html(
      `${QUESTION}-平安健康`,
      `<div>已切换为大字版 <a href="/wenda/1">退出长辈模式</a></div><div><button>点击朗读</button><span>问</span><h1>${QUESTION}</h1></div>` +
        `<div><p>彭浩勇<span>副主任医师</span></p><p>石门市中医院</p></div>` +
        `<div><button>点击朗读</button><span>答</span>${bar}<div>${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div><p>回答时间：2020年3月15日</p></div>`,
    );

  it('a bar offering the recording with its length in seconds (点击收听 116秒) makes the answer voice', () => {
    expect(pageOf(elder('<div role="button"><span>点击收听</span><span>116秒</span></div>'))!.format).toBe('voice');
  });

  it('a read-aloud button alone (点击朗读) reads the text out: no voice answer', () => {
    const page = pageOf(elder(''))!;
    expect(page.format).toBe('unknown');
    expect(page.answer_paragraphs).toEqual(ANSWER);
  });
});

describe('a print version’s related list with the addresses printed', () => {
  const print = (after: (url: string) => string) =>
    html(
      `${QUESTION}_飞华健康网`,
      `<div class="noprint">[打印本页] [关闭窗口]</div><h1>${QUESTION}</h1><p>回答医生：冯建梅 主治医师</p><p>临江市医科大学附属医院 皮肤科</p>` +
        `${ANSWER.map((p) => `<p>${p}</p>`).join('')}<p>回答时间：2022-04-30</p>` +
        `<h3>相关问题</h3><ol>${['宝宝带状疱疹怎么治疗效果好？', '产后慢性咽炎多久能好'].map((q, i) => `<li><a href="https://ask.fh21.com.cn/question/${i + 1}.html">${q}</a> ${after(`https://ask.fh21.com.cn/question/${i + 1}.html`)}</li>`).join('')}</ol>` +
        `<p>本文地址：https://ask.fh21.com.cn/question/9.html</p>`,
    );

  it('an address printed after its link is where it leads: the items stay links, no entries', () => {
    const all = entries(print((url) => `<span>(${url})</span>`));
    expect(all.filter((e) => e.origin === 'related')).toEqual([]);
    expect(all.find((e) => e.origin === 'page')!.related_urls).toEqual(['https://ask.fh21.com.cn/question/1.html', 'https://ask.fh21.com.cn/question/2.html']);
  });

  it('a sentence after the link is still the item’s snippet', () => {
    const items = itemsOf(print(() => '<p>可以先观察，如果水疱增多或者持续加重，要及时就诊查明原因。</p>'));
    expect(items.map((i) => i.answer_paragraphs[0])).toEqual(['可以先观察，如果水疱增多或者持续加重，要及时就诊查明原因。', '可以先观察，如果水疱增多或者持续加重，要及时就诊查明原因。']);
  });
});

describe('a search engine’s transcoded copy', () => {
  const tc = (src: string) => `http://m.baidu.com/from=844b/bd_page_type=1/ssid=0/uid=0/t=iphone/l=1/tc?ref=www_iphone&lid=1&order=9&src=${encodeURIComponent(src)}`;
  const copy = (card: string) =>
    html(
      `孕早期出血怎么办_快速问医生`,
      `<div><a href="http://m.baidu.com/">百度</a><span>网页已转码</span><a href="http://www.120ask.com/question/9.htm">原网页</a></div>` +
        `<p><b>孕早期出血怎么办</b></p>${card}` +
        `<p>孕早期出血需要结合具体情况来看，一般有以下几种情况：</p><p>1.有先兆流产病史的患者，需要在医生指导下使用黄体酮。</p><p>2022-02-10 09:55</p>` +
        `<p>相关问题</p><p><a href="${tc('http://www.120ask.com/question/122750.htm')}">哺乳期手抖挂什么科？</a></p><p>关于哺乳期手抖，可以从以下几个方面来考虑，一般注意休息。</p>` +
        `<p><a href="${tc('http://www.120ask.com/question/122752.htm')}">小孩尿痛挂什么科</a></p><p>可以先观察，尿痛如果伴有小肚子胀或者持续加重，要及时就诊。</p>`,
    );
  const flat = '<div>慕容丽</div><div>主治医师</div><p>白沙市医科大学附属医院</p><div>三甲</div><p>科室：妇产科</p>';

  it('an item’s link through the transcoder is the original it embeds', () => {
    expect(itemsOf(copy(flat)).map((i) => i.url)).toEqual(['http://www.120ask.com/question/122750.htm', 'http://www.120ask.com/question/122752.htm']);
    expect(transcodedOriginal('https://www.example.com/tc?src=http%3A%2F%2Fsite%2Fq%2F1.html')).toBeNull();
  });

  it('a card flattened into a line per field is the card', () => {
    const page = pageOf(copy(flat))!;
    expect(page.doctor).toEqual({ name: '慕容丽', title: '主治医师', department: '妇产科', hospital: '白沙市医科大学附属医院', hospital_grade: '三甲' });
    expect(page.answer_paragraphs[0]).toBe('孕早期出血需要结合具体情况来看，一般有以下几种情况：');
  });

  it('lines that name no hospital are no card: the entry is not given a doctor', () => {
    const page = pageOf(copy('<div>慕容丽</div><div>主治医师</div>'));
    expect(page?.doctor.name ?? null).toBeNull();
  });
});

describe('a hospital page with an accessibility toolbar injected', () => {
  const wza = (caption: boolean) =>
    html(
      '小儿肺炎要做手术吗-西陵市第一人民医院',
      `<div role="toolbar"><span>无障碍浏览</span><a href="javascript:void(0)">声音</a><a href="javascript:void(0)">大字幕</a></div>` +
        `<div><span>西陵市第一人民医院</span></div><table><tr><th>问题标题</th><td><span>标题：</span>小儿肺炎要做手术吗</td></tr><tr><th>提问时间</th><td>2023-05-07</td></tr></table>` +
        `<div><span>回复专家：崔雨 主治医师</span><span>回复科室：儿科</span><span>回复时间：2023-05-09</span></div>` +
        `<div><p><span>正文：</span>可以先观察，呼吸急促如果伴有发烧或者持续加重，要及时就诊查明原因。</p><p><span>正文：</span>平时注意保暖，避免受凉。</p></div>` +
        `<div><div>最新答疑</div><ul><li><span>链接：</span><a href="/zjdy/124951.html">小孩呼吸急促还咳嗽怎么回事？</a><span>[2021-01-17]</span></li><li><span>链接：</span><a href="/zjdy/124933.html">孕妇小儿肺炎的症状有哪些？</a><span>[2020-09-17]</span></li></ul></div>` +
        (caption ? '<div aria-live="polite">小儿肺炎要做手术吗</div>' : ''),
    );

  it('the answer without the screen reader’s 正文： labels; the 最新答疑 links are the page’s related links', () => {
    const page = pageOf(wza(false))!;
    expect(page.answer_paragraphs).toEqual(['可以先观察，呼吸急促如果伴有发烧或者持续加重，要及时就诊查明原因。', '平时注意保暖，避免受凉。']);
    expect(page.date).toBe('2023-05-09');
    expect(page.related_urls).toEqual(['/zjdy/124951.html', '/zjdy/124933.html']);
  });

  it('the caption repeating the question at the foot is not taken for it', () => {
    const page = pageOf(wza(true))!;
    expect(page.question).toBe('小儿肺炎要做手术吗');
    expect(page.answer_paragraphs[0]).toBe('可以先观察，呼吸急促如果伴有发烧或者持续加重，要及时就诊查明原因。');
  });
});

describe('a reader view saved to disk', () => {
  const view = (byline: string, content: string) =>
    html(
      '得了肾结石能治好吗_妙手医生',
      `<div role="toolbar"><button title="关闭阅读视图"></button></div><div><a href="https://www.miaoshou.net/question/1.html">www.miaoshou.net</a>` +
        `<h1>得了肾结石能治好吗_妙手医生</h1><div>${byline}</div><div>1–2 分钟</div></div><hr>` +
        `<div>${content}<p>肾结石的处理要根据病情轻重来决定：</p><p>一、多喝水，适当运动，有助于小结石排出。</p><p>二、如果疼痛剧烈，应尽快到泌尿外科就诊。</p></div>`,
    );

  it('the estimate is none of the answer, and the byline’s name names the doctor where no card does', () => {
    const page = pageOf(view('杜红', ''))!;
    expect(page.answer_paragraphs[0]).toBe('肾结石的处理要根据病情轻重来决定：');
    expect(page.doctor).toEqual({ name: '杜红', title: null, department: null, hospital: null, hospital_grade: null });
  });

  it('a byline with the site’s name names no one', () => {
    const page = pageOf(view('妙手医生', ''))!;
    expect(page.answer_paragraphs[0]).toBe('肾结石的处理要根据病情轻重来决定：');
    expect(page.doctor.name).toBeNull();
  });

  it('reading estimates: a range or a reading word, never a bare length', () => {
    expect(isReadingEstimate('1–2 分钟')).toBe(true);
    expect(isReadingEstimate('阅读时间：5 分钟')).toBe(true);
    expect(isReadingEstimate('4 min read')).toBe(true);
    expect(isReadingEstimate('3分钟')).toBe(false);
  });
});
