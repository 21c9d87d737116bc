import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on web-archive snapshots, srcdoc frames, mirrors' ads and credits, voice transcripts' counters, rows of doctors' cards and old table pages.
 * Issue #9: what the blind split fresh-13 taught the genre reader, each rule on a small page of its own.
 */

describe('what fresh-13 taught the reader: archives, srcdoc frames, mirrors, voice transcripts, old tables', () => {
  const html = (body: string, head = '') => `<html><head><title>胃胀怎么办_某站</title>${head}</head><body>${body}</body></html>`;
  const read = (body: string, head = '', url?: string) => entriesOf(extractOrThrow(pageRecord(html(body, head), url ? { url } : {})));
  const unsure = (e: { flags: readonly string[] }) => e.flags.includes('unsure_reading');
  const card = '<div>王清玉 副主任医师 江州市人民医院 三甲 消化内科</div>';
  const answer = '<p>胃胀多与饮食有关，少吃产气食物。</p><p>饭后适当散步，帮助胃肠蠕动。</p>';
  const paragraphs = ['胃胀多与饮食有关，少吃产气食物。', '饭后适当散步，帮助胃肠蠕动。'];

  it("a web archive's snapshot: its rewritten links stand for the original addresses they embed, the page's own address too", () => {
    const list = (at: string) =>
      `<h3>相关问答</h3><ul><li><a href="${at}/web/20230401122804/https://www.example-wenda.cn/q/2.html">饭后胃胀是什么原因</a><p>饭后胃胀多与进食过快有关。</p></li>` +
      `<li><a href="${at}/web/20230401122804/https://www.example-wenda.cn/q/3.html">胃胀气吃什么药</a><p>胃胀气可在医生指导下用药。</p></li></ul>`;
    for (const at of ['', 'https://web.archive.org']) {
      const extraction = extractOrThrow(
        pageRecord(html(`<h1>胃胀怎么办</h1>${card}${answer}${list(at)}`, `<link rel="canonical" href="${at}/web/20230401122804/https://www.example-wenda.cn/q/1.html">`)),
      );
      const [page, ...related] = entriesOf(extraction);
      expect(extraction.canonicalUrl).toBe('https://www.example-wenda.cn/q/1.html');
      expect(page!.answer_paragraphs).toEqual(paragraphs);
      expect(related.map((e) => [e.url, unsure(e)])).toEqual([
        ['https://www.example-wenda.cn/q/2.html', false],
        ['https://www.example-wenda.cn/q/3.html', false],
      ]);
    }
    // Fetched from the archive itself: relative links resolve against the page it keeps, as the archive's own script makes them.
    const [, ...fetched] = read(`<h1>胃胀怎么办</h1>${card}${answer}<h3>相关问答</h3><ul><li><a href="/web/20230401122804/https://www.example-wenda.cn/q/2.html">饭后胃胀是什么原因</a><p>饭后胃胀多与进食过快有关。</p></li><li><a href="3.html">胃胀气吃什么药</a><p>胃胀气可在医生指导下用药。</p></li></ul>`, '', 'https://web.archive.org/web/20230401122804/https://www.example-wenda.cn/q/1.html');
    expect(fetched.map((e) => e.url)).toEqual(['https://www.example-wenda.cn/q/2.html', 'https://www.example-wenda.cn/q/3.html']);
  });

  it('an archive.today snapshot: links through its redirector (`/o/{snapshot}/…`, on any of its hosts or root-relative) stand for the originals they embed', () => {
    for (const at of ['', 'https://archive.ph', 'https://archive.md']) {
      const [, ...related] = read(
        `<h1>胃胀怎么办</h1>${card}${answer}<h3>相关问答</h3><ul><li><a href="${at}/o/OnB4h/https://www.example-wenda.cn/q/2.html">饭后胃胀是什么原因</a><p>饭后胃胀多与进食过快有关。</p></li>` +
          `<li><a href="${at}/o/OnB4h/https://www.example-wenda.cn/q/3.html">胃胀气吃什么药</a><p>胃胀气可在医生指导下用药。</p></li></ul>`,
      );
      expect(related.map((e) => e.url)).toEqual(['https://www.example-wenda.cn/q/2.html', 'https://www.example-wenda.cn/q/3.html']);
    }
    // A site's own path that happens to hold `/o/` is its own address.
    const [, own] = read(`<h1>胃胀怎么办</h1>${card}${answer}<h3>相关问答</h3><ul><li><a href="https://www.example-wenda.cn/o/items/2.html">饭后胃胀是什么原因</a><p>饭后胃胀多与进食过快有关。</p></li></ul>`);
    expect(own!.url).toBe('https://www.example-wenda.cn/o/items/2.html');
  });

  it("a srcdoc frame's document is read where the frame stands, its markup decoded from the attribute", () => {
    const inner = `<!DOCTYPE html><html><head><meta charset="utf-8"><style>p{margin:0}</style></head><body>${card}<div>回答时间：2022-03-08</div>${answer}<p>&lt;温馨提示&gt; 以上回答仅供参考。</p></body></html>`;
    const double = `srcdoc="${inner.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
    const single = `srcdoc='${inner.replace(/&/g, '&amp;').replace(/'/g, '&#39;')}'`;
    for (const attr of [double, single]) {
      const [page] = read(`<h1>胃胀怎么办</h1><div><iframe ${attr} frameborder="0" title="正文"></iframe></div>`);
      expect([page!.question, page!.doctor.name, page!.doctor.hospital, page!.date, page!.answer_paragraphs]).toEqual(['胃胀怎么办', '王清玉', '江州市人民医院', '2022-03-08', paragraphs]);
    }
  });

  it("a mirror's ads between the answer's paragraphs and its credit line (本文来源 … 原文链接) are none of the answer", () => {
    const ads = [
      '<p>扫码添加健康顾问，免费领取《家庭用药手册》</p>',
      '<p>【热门】全国名医预约挂号，点击进入</p>',
      '<p>本地正规医院，医保定点，咨询热线 400-800-1234</p>',
      '<p><strong>【推荐】</strong><a href="/zt/a1.html">三甲医院专家在线问诊，平均5分钟回复 &gt;&gt;</a></p>',
    ];
    for (const ad of ads) {
      const body = `<h1>胃胀怎么办</h1>${card}<p>回答时间：2021-08-24</p><p>胃胀多与饮食有关，少吃产气食物。</p>${ad}<p>饭后适当散步，帮助胃肠蠕动。</p><div><p>本文来源：健康问答网　原文链接：https://www.jiankang-wenda.cn/q/12.html</p></div>`;
      const [page] = read(body);
      expect([page!.answer_paragraphs, page!.date]).toEqual([paragraphs, '2021-08-24']);
    }
    // The copied line `医生解答于 <date> 语音` is a line of meta: its date and format.
    const [page] = read(`<h1>胃胀怎么办</h1>${card}<p>医生解答于 2021-08-24 15:29　语音</p>${answer}`);
    expect([page!.answer_paragraphs, page!.date, page!.format]).toEqual([paragraphs, '2021-08-24', 'voice']);
  });

  it("a voice answer's play count and its note that the text was machine-transcribed are none of the transcript; a data-src sound file is a player", () => {
    const players = [`<div data-src="/audio/a1.mp3"><i>▶</i><span>92秒</span></div><span>收听 4937 次</span>`, `<div data-src="/audio/a1.mp3"><i>▶</i><span>01:32</span></div><span>2310人听过</span>`];
    for (const player of players) {
      const [page] = read(`<h1>胃胀怎么办</h1>${card}<div>2022-03-08 回答</div><div>${player}</div><a href="javascript:;">转文字</a><div style="display:none">${answer}<a href="javascript:;">收起</a></div><p>*语音内容由医生录制，文字由系统转写，仅供参考。</p>`);
      expect([page!.answer_paragraphs, page!.format, unsure(page!)]).toEqual([paragraphs, 'voice', false]);
    }
  });

  it("an old list's item dated in brackets after its snippet (`… [2020-08-17]`): the item's date, not its text", () => {
    const rows =
      '<table><tr><td><b>相关问题</b></td></tr>' +
      '<tr><td>1. <a href="/q/2.html">饭后胃胀是什么原因</a><br><font color="#666666">饭后胃胀多与进食过快有关。</font> <font color="#999999">[2020-08-17]</font></td></tr>' +
      '<tr><td>2. <a href="/q/3.html">胃胀气吃什么药</a><br><font color="#666666">胃胀气可在医生指导下用药。</font> <font color="#999999">[2021-01-05]</font></td></tr></table>';
    const [, ...related] = read(`<h1>胃胀怎么办</h1>${card}${answer}${rows}`);
    expect(related.map((e) => [e.question, e.answer_paragraphs, e.date])).toEqual([
      ['饭后胃胀是什么原因', ['饭后胃胀多与进食过快有关。'], '2020-08-17'],
      ['胃胀气吃什么药', ['胃胀气可在医生指导下用药。'], '2021-01-05'],
    ]);
  });
  it("a republished article: the answer's own date outranks the mirror's 发布时间; a headline adding words to the question printed below (问：…) is the site's title for it; `答：` alone labels the answer", () => {
    const meta = '<div><span>发布时间：2022年7月10日 13:45</span> <span>来源：健康问答网</span> <span>编辑：小采</span> <span>阅读：3763</span></div>';
    const body = `<h1>胃胀怎么办？医生这样说</h1>${meta}<div><p>问：胃胀怎么办？</p>${card}<p>回答时间：2021-08-24</p><p>答：</p>${answer}</div>`;
    const [page] = entriesOf(extractOrThrow(pageRecord(`<html><head><title>胃胀怎么办？医生这样说_健康资讯_采集健康网</title></head><body>${body}</body></html>`)));
    expect([page!.question, page!.date, page!.answer_paragraphs, unsure(page!)]).toEqual(['胃胀怎么办？', '2021-08-24', paragraphs, false]);
    // Without the answer's own date, the mirror's 发布时间 dates its copy, not the answer: its 来源 names another site
    // than the page's own, so no day (fresh-57's zhanqun-mirror and fresh-68's keys; a copy's day read as the answer's would be silently wrong).
    const [alone] = read(`<h1>胃胀怎么办</h1>${meta}${card}${answer}`);
    expect(alone!.date).toBeNull();
    // A page naming itself as the source is the first page: its 发布时间 dates the answer.
    const [own] = read(`<h1>胃胀怎么办</h1>${meta.replace('来源：健康问答网', '来源：本站')}${card}${answer}`);
    expect(own!.date).toBe('2022-07-10');
  });
  it("a row of doctors' cards alike: the one marked as answering, or named in the answer's head, is the page's doctor; their consult buttons say nothing of the format", () => {
    const slide = (name: string, title: string, hospital: string, mark = '') =>
      `<li>${mark}<div><b>${name}</b> <span>${title}</span></div><div>${hospital} 三甲</div><div>消化内科</div><a href="/doctor/${name.length}/">图文问诊</a></li>`;
    const row = (mark: string) =>
      `<div><h3>为您推荐医生</h3><ul style="display:flex;overflow-x:auto">${slide('郭浩华', '主治医师', '南屏市第一人民医院')}${slide('王清玉', '副主任医师', '江州市人民医院', mark)}${slide('杨国娟', '主任医师', '青川市第三人民医院')}</ul></div>`;
    const head = ['<div>王清玉医生回答了该问题</div>', '<div>王清玉医生的回答</div>'];
    for (const [mark, named] of [['<span>本题解答</span>', ''], ['<em>✓ 已回答</em>', head[0]!], ['', head[0]!], ['', head[1]!]] as const) {
      const [page] = read(`<h1>胃胀怎么办</h1>${row(mark)}<div>${named}<div><span>2019.01.25 回答</span></div>${answer}</div>`);
      expect([page!.doctor.name, page!.doctor.hospital, page!.answer_paragraphs, page!.date, page!.format, unsure(page!)]).toEqual(['王清玉', '江州市人民医院', paragraphs, '2019-01-25', 'unknown', false]);
    }
    // The format word printed after the dated word (`2019.01.25 回答 图文`) is the answer's format.
    const [page] = read(`<h1>胃胀怎么办</h1>${row('<span>本题解答</span>')}<div><div><span>2019.01.25 回答</span> <span>图文</span></div>${answer}</div>`);
    expect([page!.date, page!.format]).toEqual(['2019-01-25', 'text']);
  });
  it("an old table page: `解答医生：name` on a line of its own is the card's, not the answer's first line; `回答方式：文字解答` is meta; the answer's `<br>`-separated lines lose their indent", () => {
    const body =
      '<table><tr><td><font size="4">胃胀怎么办</font></td></tr>' +
      '<tr><td><img src="/d/1.jpg" alt="王清玉 副主任医师"></td><td>解答医生：<b>王清玉</b><br>所在医院：江州市人民医院<br>所在科室：消化内科<br><font color="#999">回复时间：2021-02-19 18:52:00</font><br>回答方式：文字解答</td></tr>' +
      '<tr><td><b>专家回复：</b><br>&nbsp;&nbsp;胃胀多与饮食有关，少吃产气食物。<br><br>&nbsp;&nbsp;饭后适当散步，帮助胃肠蠕动。</td></tr>' +
      '<tr><td>声明：本站信息仅供参考，不能作为诊断及医疗的依据。</td></tr></table>';
    const [page] = read(body);
    expect([page!.question, page!.answer_paragraphs, page!.date, page!.format]).toEqual(['胃胀怎么办', paragraphs, '2021-02-19', 'text']);
    // The title printed only in the photo's alt, read with the card's labelled lines beside it.
    expect([page!.doctor, unsure(page!)]).toEqual([{ name: '王清玉', title: '副主任医师', department: '消化内科', hospital: '江州市人民医院', hospital_grade: null }, false]);
  });
  it("an old table page whose card is printed only in the doctor's photo (alt and title): read from it; a photo that only names, a logo, an ad or other doctors' photos are no card", () => {
    const page = (photos: string, between = '') =>
      read(
        '<table><tr><td><font size="4">胃胀怎么办</font></td></tr>' +
          `${between}<tr><td>${photos}</td><td><font color="#999">时间：2021-02-19 18:52:00</font></td></tr>` +
          '<tr><td>&nbsp;&nbsp;胃胀多与饮食有关，少吃产气食物。<br><br>&nbsp;&nbsp;饭后适当散步，帮助胃肠蠕动。</td></tr>' +
          '<tr><td>声明：本站信息仅供参考，不能作为诊断及医疗的依据。</td></tr></table>' +
          '<div><b>推荐医生</b><ul><li><a href="/d/9.html"><img src="/d/9.jpg" alt="赵文静 主治医师" title="白沙市儿童医院 儿科"></a></li></ul></div>',
      )[0]!;
    const doctor = { name: '王清玉', title: '副主任医师', department: '消化内科', hospital: '江州市人民医院', hospital_grade: '三甲' };
    for (const photo of ['<img src="/d/1.jpg" alt="王清玉 副主任医师" title="江州市人民医院(三甲) 消化内科">', '<IMG src="/d/1.jpg" alt="王清玉 副主任医师 江州市人民医院（三甲）消化内科">']) {
      const read = page(photo);
      expect([read.doctor, read.answer_paragraphs, read.date, unsure(read)]).toEqual([doctor, paragraphs, '2021-02-19', false]);
    }
    const none = { name: null, title: null, department: null, hospital: null, hospital_grade: null };
    const notCards = [
      '<img src="/d/1.jpg" alt="王清玉医生头像">',
      '<img src="/logo.gif" alt="江州市人民医院" title="江州市人民医院（三甲）">',
      '<a href="https://ad.example/x"><img src="/ad.jpg" alt="王清玉 副主任医师 江州市人民医院 消化内科 在线挂号 点击预约"></a>',
      // Two doctors' photos: which one answered, the photos do not say.
      '<img src="/d/1.jpg" alt="王清玉 副主任医师" title="江州市人民医院 消化内科"><img src="/d/2.jpg" alt="赵文静 主治医师" title="白沙市儿童医院 儿科">',
    ];
    for (const photo of notCards) {
      const read = page(photo);
      expect([read.doctor, read.answer_paragraphs, unsure(read)]).toEqual([none, paragraphs, true]);
    }
    // One photo under a heading of other doctors before the answer is theirs, not the answering doctor's.
    const recommended = page('<img src="/d/2.jpg" alt="赵文静 主治医师" title="白沙市儿童医院 儿科">', '<tr><td><b>推荐医生</b></td></tr>');
    expect([recommended.doctor, unsure(recommended)]).toEqual([none, true]);
  });
});
