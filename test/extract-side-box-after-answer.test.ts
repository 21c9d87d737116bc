import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { headsOtherContent, isSideBoxHead } from '../src/extract/card/side-column.js';

/**
 * A side box standing after the answer — a box whose first line heads other content (`<div>热门视频</div>` over video
 * captions, 健康科普 / 精彩文章推荐 over article titles, cards with pictures and captions), or an `<aside>` / role=complementary
 * with no such head — ends the answer: its head and its lines are none of it (sideBoxLines and headsOtherContent in
 * card/side-column.ts, the same side boxes as a player's there). Before, where the head was a plain `<div>` or the box stood
 * in the answer's column, its head and captions were read as the answer's last paragraphs, flagged only `cut_off_end`.
 * An answer's own section heads (病情分析：, 指导意见：, 温馨提示, 建议) and its own closing list of advice stay the answer's;
 * so does a doctor's recommending a book. A head of other content set among the answer's own lines, with sentences
 * after it, ends the answer doubted: the reader cannot tell whose they are.
 */

const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://www.jiangzhou-jk.com/wenda/20230302/1187.html' }))).find((e) => e.origin === 'page')!;
const ANSWER = ['湿疹反复多与皮肤屏障差有关，平时要加强保湿，每天全身涂抹保湿霜两到三次。', '急性发作时可以短期外用弱效激素药膏，症状控制后逐渐减量，不要突然停药。'];
const paras = (ps: readonly string[]) => ps.map((p) => `<p>${p}</p>`).join('');
/** A question page: the question, the card, the answer's block (`answer`), its day, then `after` in the content's column, then `side` beside it. */
const page = ({ answer = paras(ANSWER), after = '', side = '', stamp = true }: { answer?: string; after?: string; side?: string; stamp?: boolean }) =>
  `<html><head><meta charset="utf-8"><title>宝宝湿疹反复怎么办-江州健康网</title></head><body>` +
  `<div class="top"><a href="/">首页</a> &gt; <a href="/wenda/">健康问答</a> &gt; 皮肤科</div><div class="container">` +
  `<div class="main"><div class="ask"><h1>宝宝湿疹反复怎么办</h1><p>宝宝五个月，脸上和脖子湿疹反反复复，用了药膏好了又长。</p><p class="t">提问时间：2023-03-02</p></div>` +
  `<div class="doctor"><span class="n">王秀兰</span> <span>主任医师</span> <span>皮肤科</span> <span>江州市儿童医院</span></div>` +
  `<div class="reply">${answer}</div>` +
  (stamp ? `<p class="t">回答时间：2023-03-03</p>` : '') +
  after +
  `</div>${side}</div><div class="footer">© 2023 江州健康网 版权所有</div></body></html>`;
const videoCard = (pic: string, caption: string, length: string) => `<div class="v-item"><div class="pic"><img src="/video/${pic}.jpg"><span class="len">${length}</span></div><p class="cap">${caption}</p></div>`;
const VIDEOS = videoCard('v301', '儿科医生讲：宝宝湿疹怎么护理', '03:12') + videoCard('v302', '过敏体质的孩子该怎么养', '02:45');

describe('a side box after the answer ends it', () => {
  it('a plain <div> head (热门视频) over video cards, in the side column after the content', () => {
    const own = read(page({ side: `<div class="side"><div class="box"><div class="box-hd">热门视频</div>${VIDEOS}</div></div>` }));
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.flags).not.toContain('cut_off_end');
    expect(own.date).toBe('2023-03-03');
  });

  it('a 健康科普 box of cards with pictures and captions, in the content’s column under the answer, no day printed', () => {
    const cards =
      `<div class="kp"><div class="kp-t">健康科普</div>` +
      `<div class="kp-item"><img src="/kp/1.jpg"><span>宝宝湿疹和奶癣有什么区别？一文讲清楚</span></div>` +
      `<div class="kp-item"><img src="/kp/2.jpg"><span>给宝宝洗澡水温多少合适，很多家长都弄错了</span></div></div>`;
    const own = read(page({ after: cards, stamp: false }));
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.flags).not.toContain('cut_off_end');
  });

  it('an <h3> head (精彩视频推荐) over a list of titles, set right after the answer’s lines in their box', () => {
    const answer = paras(ANSWER) + `<h3>精彩视频推荐</h3><ul><li>湿疹宝宝洗澡注意事项</li><li>儿科医生教你选保湿霜</li></ul>`;
    const own = read(page({ answer }));
    expect(own.answer_paragraphs).toEqual(ANSWER);
  });

  it('a <ul> of article titles under a plain head (健康资讯), the side column holding a second box', () => {
    const side =
      `<div class="right"><div class="mod"><div class="mod-title">健康资讯</div><ul><li>春季过敏高发，这些症状要警惕</li><li>孩子反复咳嗽，可能是过敏性咳嗽在作怪</li></ul></div>` +
      `<div class="mod"><div class="mod-title">热门文章</div><ul><li>秋冬季节如何给宝宝保湿</li></ul></div></div>`;
    const own = read(page({ side, stamp: false }));
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.flags).not.toContain('cut_off_end');
  });

  it('an <aside> with no head of other content (a live show’s box): none of the answer', () => {
    const side = `<aside class="sidebar"><div class="live"><div class="live-t">名医直播间</div><p>周三晚八点，儿科专家在线讲解秋冬季宝宝皮肤护理。</p><p>扫码预约，开播提醒。</p></div></aside>`;
    const own = read(page({ side, stamp: false }));
    expect(own.answer_paragraphs).toEqual(ANSWER);
  });

  it('a box marked role="complementary" after the answer', () => {
    const side = `<div class="col-r" role="complementary"><p>江州市儿童医院皮肤科每周二、周四全天开设湿疹专病门诊。</p><p>门诊地址：江州市人民路88号门诊楼三楼。</p></div>`;
    const own = read(page({ side, stamp: false }));
    expect(own.answer_paragraphs).toEqual(ANSWER);
  });

  it('the box’s dates are the videos’, none of the answer’s', () => {
    const side = `<div class="side"><div class="box"><div class="box-hd">热门视频</div>${VIDEOS}<p class="d">2024-01-15</p></div></div>`;
    const own = read(page({ side, stamp: false }));
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.date).not.toBe('2024-01-15');
  });
});

describe('what the answer itself holds stays', () => {
  it('its section heads (病情分析：, 指导意见：, 注意事项：), a side box after them', () => {
    const lines = ['病情分析：', '湿疹反复多与皮肤屏障差有关，和喂养、环境干燥都有关系。', '指导意见：', '平时加强保湿，每天全身涂抹保湿霜两到三次，洗澡水温不宜过高。', '注意事项：', '急性发作时短期外用弱效激素药膏，症状控制后逐渐减量。'];
    const own = read(page({ answer: paras(lines), side: `<div class="side"><div class="box"><div class="box-hd">热门视频</div>${VIDEOS}</div></div>` }));
    expect(own.answer_paragraphs).toEqual(lines);
  });

  it('no answer’s head is a side box’s (温馨提示, 建议, 病情分析, 健康指导…)', () => {
    for (const head of ['温馨提示', '建议', '病情分析：', '指导意见：', '健康指导', '注意事项', '医生建议', '视频解答', '医生视频', '健康提醒']) {
      expect([head, headsOtherContent(head), isSideBoxHead(head)]).toEqual([head, false, false]);
    }
    for (const head of ['热门视频', '健康科普', '精彩视频推荐', '健康资讯', '推荐阅读', '猜你喜欢', '推荐医生']) expect([head, isSideBoxHead(head)]).toEqual([head, true]);
  });

  it('its own closing list of advice', () => {
    const answer = paras(ANSWER) + `<p>日常护理建议：</p><ul><li>穿纯棉宽松的衣物，避免羊毛直接接触皮肤；</li><li>室内温度不要过高，湿度保持在50%左右；</li><li>指甲剪短，避免抓挠。</li></ul>`;
    const own = read(page({ answer, side: `<div class="side"><div class="box"><div class="box-hd">热门视频</div>${VIDEOS}</div></div>` }));
    expect(own.answer_paragraphs).toEqual([...ANSWER, '日常护理建议：', '穿纯棉宽松的衣物，避免羊毛直接接触皮肤；', '室内温度不要过高，湿度保持在50%左右；', '指甲剪短，避免抓挠。']);
  });

  it('a doctor’s recommending a book to read', () => {
    const lines = [...ANSWER, '推荐阅读：《特应性皮炎患儿家庭护理手册》，里面有详细的保湿和洗护方法。'];
    const own = read(page({ answer: paras(lines), side: `<div class="side"><div class="box"><div class="box-hd">推荐阅读</div><ul><li><a href="/a/11.html">春季过敏高发，这些症状要警惕</a></li></ul></div></div>` }));
    expect(own.answer_paragraphs).toEqual(lines);
  });

  it('a video of the answer’s own under its medium’s head (视频解答)', () => {
    const answer = `<div class="v"><div>视频解答</div><video src="/v/a1187.mp4" poster="/v/a1187.jpg" controls></video></div>` + paras(ANSWER);
    const own = read(page({ answer }));
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.format).toBe('video');
  });
});

describe('where the reader cannot tell', () => {
  it('a head of other content among the answer’s own lines, sentences after it: the answer ends there, doubted', () => {
    const answer = paras(ANSWER) + `<p>健康科普</p><p>春季是过敏高发季节，很多家长发现孩子皮肤反复发红、瘙痒，其实与空气干燥和花粉都有关系。</p>`;
    const own = read(page({ answer }));
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.flags).toContain('unsure_reading');
  });

  it('a reading head among the answer’s own lines over a book’s title (推荐阅读 / 《…》): ended there, doubted', () => {
    const answer = paras(ANSWER) + `<p>推荐阅读</p><p>《特应性皮炎患儿家庭护理手册》</p>`;
    const own = read(page({ answer }));
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.flags).toContain('unsure_reading');
  });
});

describe('an <aside> set among the answer’s paragraphs', () => {
  it('is an inset (a drug’s card): the answer goes on after it, its day after it dates the answer', () => {
    const drug = `<aside class="goods"><h6>推荐用药</h6><p>丁酸氢化可的松乳膏 10g/支</p><p>¥23.80</p></aside>`;
    const own = read(page({ answer: `<p>${ANSWER[0]}</p>${drug}<p>${ANSWER[1]}</p>` }));
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.date).toBe('2023-03-03');
  });
});
