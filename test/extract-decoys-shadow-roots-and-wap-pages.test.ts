import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on decoy and invisible characters, previews cut by a login wall, declarative shadow roots, static exports' bold labels and old WAP pages.
 * Issue #9: what the blind split fresh-14 taught the genre reader, each rule on a small page of its own.
 */

describe('what fresh-14 taught the reader: hidden decoys, invisible characters, cut previews, shadow roots, static exports, WAP pages', () => {
  const html = (body: string, head = '') => `<html><head><title>胃胀怎么办_某站</title>${head}</head><body>${body}</body></html>`;
  const read = (body: string, head = '', url?: string) => entriesOf(extractOrThrow(pageRecord(html(body, head), url ? { url } : {})));
  const card = '<div>王清玉 副主任医师 江州市人民医院 三甲 消化内科</div>';
  const answer = '<p>胃胀多与饮食有关，少吃产气食物。</p><p>饭后适当散步，帮助胃肠蠕动。</p>';
  const paragraphs = ['胃胀多与饮食有关，少吃产气食物。', '饭后适当散步，帮助胃肠蠕动。'];

  it('decoy characters a style hides inside a line are no text: an inline display:none, a class a <style> hides, the hidden attribute, a 0px font', () => {
    const decoys = [
      '<span style="display:none">的</span>',
      '<span style="display: none;">是了</span>',
      '<span class="hx3f">在</span>',
      '<i class="nq7">有</i>',
      '<span hidden>人</span>',
      '<font style="font-size:0px;color:#FFFFFF">这</font>',
    ];
    const head = '<style>.c1{font-style:normal}\n.hx3f, .nq7 { display: none!important; }\n@media print{.noprint{display:none}}</style>';
    for (const decoy of decoys) {
      const body = `<h1>胃胀${decoy}怎么办</h1><div><p>回答医生：王清${decoy}玉　副主任医师</p><p>医院：江州市人民医院（三甲）</p><p>科室：消化内科</p></div><div>回答时间：2021-08-24</div>` +
        `<p>胃胀多与饮食${decoy}有关，少吃产气食物。</p><p>饭后适当散步，帮助胃肠${decoy}蠕动。<span style="display:none">本文来自某站，转载请注明出处</span></p>`;
      const [page] = read(body, head);
      expect([page!.question, page!.doctor.name, page!.answer_paragraphs, page!.flags.includes('unsure_reading')]).toEqual(['胃胀怎么办', '王清玉', paragraphs, false]);
    }
    // A rule inside `@media print` hides nothing on screen.
    const [printed] = read(`<h1>胃胀怎么办</h1>${card}<p>胃胀多与饮食<span class="noprint">习惯</span>有关，少吃产气食物。</p><p>饭后适当散步，帮助胃肠蠕动。</p>`, head);
    expect(printed!.answer_paragraphs[0]).toBe('胃胀多与饮食习惯有关，少吃产气食物。');
    // A hidden block is still read: a full answer folded behind 展开全文 is the answer.
    const [folded] = read(`<h1>胃胀怎么办</h1>${card}<div><p>胃胀多与饮食有关，少吃产…<span>展开全文</span></p></div><div style="display:none;">${answer}</div>`, head);
    expect(folded!.answer_paragraphs).toEqual(paragraphs);
  });

  it('zero-width characters and soft hyphens, raw or as references, display nothing and are no text', () => {
    const body = `<h1>胃\u200b胀怎么办</h1>${card}<div>回答时间：2021-08-24</div><p>胃胀多&#8203;与饮食&#x200B;有关&zwnj;，少吃&zwj;产气&shy;食物&#173;。</p><p>饭后\u2060适当\ufeff散步，帮助\u00ad胃肠蠕动。</p>`;
    const [page] = read(body);
    expect([page!.question, page!.answer_paragraphs]).toEqual(['胃胀怎么办', paragraphs]);
  });

  it('a preview cut by a login wall is the answer as shown, its ellipsis kept and the prompts left out; 另有 N 位医生回答 ends it', () => {
    const unsure = (e: { flags: readonly string[] }) => e.flags.includes('unsure_reading');
    const shown = ['胃胀多与饮食有关，少吃产气食物。', '饭后适当散步，帮助…'];
    const walls = [
      '<p>饭后适当散步，帮助… <a href="/login">登录查看完整回答</a></p>',
      '<p>饭后适当散步，帮助…</p><div>剩余 60% 内容，<a href="/login">登录后查看</a></div>',
      '<p>饭后适当散步，帮助… <a href="https://app.example.cn/q/1.html">打开APP阅读全文 ›</a></p>',
    ];
    for (const wall of walls) {
      const body = `<h1>胃胀怎么办</h1>${card}<div>回答于 2021-08-24</div><div><p>胃胀多与饮食有关，少吃产气食物。</p>${wall}</div><div>另有 2 位医生回答了该问题，<a href="/login">登录后查看</a></div>`;
      const [page] = read(body);
      expect([page!.answer_paragraphs, unsure(page!)]).toEqual([shown, false]);
    }
    // Shown whole, the answer ends at the notice of other doctors' answers.
    const [whole] = read(`<h1>胃胀怎么办</h1>${card}<div>回答于 2021-08-24</div><div>${answer}</div><div>另有 3 位医生回答了该问题，<a href="/login">登录后查看</a></div>`);
    expect(whole!.answer_paragraphs).toEqual(paragraphs);
  });

  it("an old WAP page's card and answer as lines broken by <br/> in one element: the card is the short lines, the answer the lines after the rule", () => {
    const long = ['胃胀多与饮食有关，少吃产气食物，吃饭细嚼慢咽，不要一边吃饭一边说话，以免吞进过多空气。', '饭后适当散步，帮助胃肠蠕动，不要饭后马上躺下，晚餐不宜过饱，睡前三小时内不再进食。', '如果胃胀反复发作或者伴有消瘦、黑便，应尽快到医院消化内科就诊，必要时做胃镜检查。', '平时要注意保持良好的生活习惯，少喝浓茶咖啡，戒烟限酒，保持心情舒畅，按时复查。'];
    for (const lines of [[...long], [long[0]!]]) {
      for (const card of [['医生:王清玉(副主任医师)', '医院:江州市人民医院(三甲)', '科室:消化内科'], ['王清玉 副主任医师', '江州市人民医院[三甲] 消化内科']]) {
        const body = `<p>问题:胃胀怎么办</p><p>${[...card, '时间:2021-8-24', '----------', '胃胀多见于以下几种情况:', ...lines, '----------'].join('<br/>\n')}<br/></p><p>提示:以上回答仅供参考,不能作为诊断依据.</p>`;
        const [page] = read(body);
        expect([page!.doctor.name, page!.doctor.title, page!.doctor.hospital, page!.doctor.department, page!.date, page!.answer_paragraphs]).toEqual(['王清玉', '副主任医师', '江州市人民医院', '消化内科', '2021-08-24', ['胃胀多见于以下几种情况:', ...lines]]);
      }
    }
  });

  it('a declarative shadow root is displayed in place of its host\'s children, its slots showing the light children (order and labels the root\'s)', () => {
    const body =
      `<qa-page><template shadowrootmode="open"><style>:host{display:block}</style><header><slot name="question"></slot></header><section><slot name="doctor"></slot></section>` +
      `<div>回答时间：<slot name="date"></slot> <span>语音回答</span></div><div><slot></slot></div><footer>本回答仅供参考，如有不适请及时就医。</footer></template>` +
      `${answer}<time slot="date" datetime="2021-08-24">2021-8-24</time><h1 slot="question">胃胀怎么办</h1>` +
      `<doctor-card slot="doctor"><template shadowrootmode="closed"><div><b><slot name="name"></slot></b> <slot name="title"></slot></div><div>医院：<slot name="hospital"></slot></div><div>科室：<slot name="dept"></slot></div></template>` +
      `<span slot="dept">消化内科</span><span>医生信息加载中…</span><span slot="hospital">江州市人民医院（三甲）</span><span slot="title">副主任医师</span><span slot="name">王清玉</span></doctor-card></qa-page>` +
      `<qa-related><template shadowrootmode="open"><h3>相关问题</h3><nav><slot></slot></nav></template>` +
      `<a href="/q/2.html"><strong>饭后胃胀是什么原因</strong><p>饭后胃胀多与进食过快有关，细嚼慢咽有帮助。</p></a><a href="/q/3.html"><strong>胃胀气吃什么药</strong><p>胃胀气可在医生指导下用药，不要自行服药。</p></a></qa-related>`;
    const [page, ...related] = read(body, '', 'https://www.example-wenda.cn/q/1.html');
    expect([page!.question, page!.doctor.name, page!.doctor.title, page!.doctor.hospital, page!.doctor.hospital_grade, page!.doctor.department, page!.date, page!.format, page!.answer_paragraphs]).toEqual(['胃胀怎么办', '王清玉', '副主任医师', '江州市人民医院', '三甲', '消化内科', '2021-08-24', 'voice', paragraphs]);
    expect(related.map((e) => [e.question, e.url])).toEqual([
      ['饭后胃胀是什么原因', 'https://www.example-wenda.cn/q/2.html'],
      ['胃胀气吃什么药', 'https://www.example-wenda.cn/q/3.html'],
    ]);
    // The card's labels in its root, its values slotted in an order of their own: read in the order displayed.
    const shuffled = body.replace(/<span slot="dept">.*<\/doctor-card>/u, '<span slot="name">王清玉</span><span slot="title">副主任医师</span><span slot="dept">消化内科</span><span slot="hospital">江州市人民医院 三甲</span></doctor-card>');
    const [again] = read(shuffled, '', 'https://www.example-wenda.cn/q/1.html');
    expect([again!.doctor.name, again!.doctor.hospital, again!.doctor.department]).toEqual(['王清玉', '江州市人民医院', '消化内科']);
  });

  it("a static export's bold label `形式：` names the answer's format", () => {
    const [page] = read(`<h1>胃胀怎么办</h1>${card}<h2>回答</h2><p><strong>回答时间</strong>：2021-08-24　<strong>形式</strong>：语音</p>${answer}`);
    expect([page!.date, page!.format, page!.answer_paragraphs]).toEqual(['2021-08-24', 'voice', paragraphs]);
  });

  it("an old WAP page's related list: a label on a line of its own (in brackets too), numbered links with their snippets on the lines after, [下一页] no item", () => {
    for (const label of ['相关问题:', '[相关问题]']) {
      const sid = '?sid=4F1E6E72&amp;vt=1';
      const body =
        `<p>问题:胃胀怎么办</p><p>医生:王清玉(副主任医师)<br/>医院:江州市人民医院(三甲)<br/>科室:消化内科<br/>时间:2021-8-24<br/>-----<br/>胃胀多与饮食有关，少吃产气食物。<br/>饭后适当散步，帮助胃肠蠕动。<br/>-----<br/></p>` +
        `<p>${label}<br/>\n1.<a href="/q/2.html${sid}">饭后胃胀是什么原因</a><br/>饭后胃胀多与进食过快有关，细嚼慢咽有帮助。(2021-03-25)<br/>\n2.<a href="/q/3.html${sid}">胃胀气吃什么药</a><br/>胃胀气可在医生指导下用药，不要自行服药。<br/>\n<a href="/list/related_1_2.html${sid}">[下一页]</a><br/></p>`;
      const [page, ...related] = read(body, '', 'https://wap.example-wenda.cn/q/1.html');
      expect(page!.answer_paragraphs).toEqual(paragraphs);
      expect(related.map((e) => [e.question, e.answer_paragraphs, e.url])).toEqual([
        ['饭后胃胀是什么原因', ['饭后胃胀多与进食过快有关，细嚼慢咽有帮助。'], 'https://wap.example-wenda.cn/q/2.html?sid=4F1E6E72&vt=1'],
        ['胃胀气吃什么药', ['胃胀气可在医生指导下用药，不要自行服药。'], 'https://wap.example-wenda.cn/q/3.html?sid=4F1E6E72&vt=1'],
      ]);
    }
  });

  it("a static export's card as Markdown's bold labels, each label's colon and value after it (`<strong>医生</strong>：name`)", () => {
    const cards = [
      '<ul><li><strong>医生</strong>：王清玉</li><li><strong>职称</strong>：副主任医师</li><li><strong>医院</strong>：江州市人民医院（三甲）</li><li><strong>科室</strong>：消化内科</li></ul>',
      '<p><strong>解答医生</strong>：王清玉　<strong>职称</strong>：副主任医师<br><strong>医院</strong>：江州市人民医院（三甲）　<strong>科室</strong>：消化内科</p>',
    ];
    for (const markdownCard of cards) {
      const [page] = read(`<h1>胃胀怎么办</h1><h2>问题</h2><p>胃胀怎么办</p><hr><h2>医生</h2>${markdownCard}<hr><h2>回答</h2><p><strong>回答时间</strong>：2021-08-24</p><blockquote>${answer}</blockquote><hr>`);
      expect([page!.doctor, page!.date, page!.answer_paragraphs]).toEqual([{ name: '王清玉', title: '副主任医师', hospital: '江州市人民医院', hospital_grade: '三甲', department: '消化内科' }, '2021-08-24', paragraphs]);
    }
  });

  it("a name written a character an element (a page guarded against copying), decoys and invisible characters between, is one name", () => {
    const names = [
      '<span class="s1">欧</span>\u2060<span class="s1">阳</span>晨梅',
      '潘<span class="hx">种</span>艳<span class="s1">强</span>',
      '<span class="s1">王</span><span class="s1">清</span><span class="s1">玉</span>',
    ];
    const want = ['欧阳晨梅', '潘艳强', '王清玉'];
    names.forEach((name, i) => {
      const [page] = read(`<h1>胃胀怎么办</h1><div><p>医生：${name}　副主任医师</p><p>医院：江州市人民医院（三甲）</p><p>科室：消化内科</p></div>${answer}`, '<style>.hx{display:none}</style>');
      expect([page!.doctor.name, page!.doctor.title]).toEqual([want[i], '副主任医师']);
    });
  });
});
