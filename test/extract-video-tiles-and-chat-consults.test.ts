import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on a video Q&A page, a 相关视频 list of tiles, a booking site's Q&A and a consultation shown as chat.
 * What the blind split fresh-45 (pages modelled on real sites of the genre: a video Q&A, a booking site's Q&A, a chat consult) taught the genre reader.
 */

const read = (html: string, url = 'https://www.yisheng-shipin.cn/v/30417') => entriesOf(extractOrThrow(pageRecord(html, { url })));
const pageOf = (html: string) => read(html).find((e) => e.origin === 'page');
const relatedOf = (html: string) => read(html).filter((e) => e.origin === 'related');

const ANSWER = ['膝盖弹响不伴疼痛多是关节周围软组织滑动的声音，一般不需要处理，注意减少爬楼和深蹲。', '如果弹响时伴有疼痛、肿胀或者卡住的感觉，建议到骨科做磁共振检查半月板。'];
const CARD = `<aside class="author"><strong>邵云帆</strong> <em>主治医师</em><p>江南市第三人民医院 骨科</p></aside>`;
const FOOTER = `<div class="foot">视频医生网 版权所有 沪ICP备20045173号-2</div>`;

describe('a video page: the player, the transcript under a bare 文字版, the reviewer’s note', () => {
  const page = (opts: { player?: string; note?: string; fold?: boolean } = {}) =>
    `<html><head><title>膝盖弹响是怎么回事 - 视频医生网</title></head><body><main>` +
    `<h1>膝盖弹响是怎么回事</h1><div class="meta">上传于 2023-09-14</div>` +
    (opts.player ?? `<section class="vplayer" data-src="https://cdn.yisheng-shipin.cn/clip/7fa2c.m3u8"><img src="/cover/30417.webp" alt=""><b>02:48</b></section><div>1.2万次观看</div>`) +
    CARD +
    `<article><h4>文字版</h4><div${opts.fold ? ' style="height:96px;overflow:hidden"' : ''}>${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div>${opts.fold ? '<span class="toggle">展开全文</span>' : ''}</article>` +
    (opts.note ?? '') +
    `</main>${FOOTER}</body></html>`;

  it('reads a player of the site’s own scripts, its film file in data-src, as the answer’s format: video', () => {
    const entry = pageOf(page())!;
    expect(entry.format).toBe('video');
    expect(entry.answer_paragraphs).toEqual(ANSWER);
    expect(entry.flags).not.toContain('unsure_reading');
    // A picture lazily loaded by data-src is no player.
    expect(pageOf(page({ player: `<img data-src="/cover/30417.mp4" src="/blank.gif" alt="">` }))!.format).toBe('unknown');
  });

  it('leaves the note of who reviewed the video (本视频由…审核，内容仅供参考) out of the answer', () => {
    const entry = pageOf(page({ note: '<div class="review">本视频由江南市第三人民医院骨科专家审核，内容仅供参考。</div>' }))!;
    expect(entry.answer_paragraphs).toEqual(ANSWER);
    expect(entry.flags).not.toContain('unsure_reading');
  });

  it('ends a folded transcript before the site’s footer with its ICP filing number', () => {
    const entry = pageOf(page({ fold: true }))!;
    expect(entry.answer_paragraphs).toEqual(ANSWER);
    expect(entry.flags).not.toContain('boilerplate');
  });
});

describe('a 相关视频 list of tiles: a poster with the film’s length over it, the question, a summary', () => {
  const tile = (n: number, q: string, summary: string) =>
    `<div class="tile"><a href="/v/${30500 + n}"><span class="cover"><img src="/cover/${30500 + n}.webp" alt=""><i>0${n}:1${n}</i></span><h5>${q}</h5></a><p>${summary}</p><small>${n}.3万次观看</small></div>`;
  const html =
    `<html><head><title>膝盖弹响是怎么回事 - 视频医生网</title></head><body><main>` +
    `<h1>膝盖弹响是怎么回事</h1>${CARD}<article>${ANSWER.map((p) => `<p>${p}</p>`).join('')}</article>` +
    `<section><h3>相关视频</h3><div class="grid">` +
    tile(1, '半月板损伤能自己长好吗？', '半月板边缘的小撕裂血供较好，制动休息后有机会愈合，中间区域的损伤多需要手术修复。') +
    tile(2, '爬楼梯膝盖疼是什么原因？', '上下楼梯时膝盖疼痛常见于髌骨软化和骨关节炎，建议减少负重活动并做股四头肌锻炼。') +
    `</div></section></main>${FOOTER}</body></html>`;

  it('reads each tile as a related video: its question after the length, the length its format, the summary its snippet', () => {
    const items = relatedOf(html);
    expect(items.map((i) => i.question)).toEqual(['半月板损伤能自己长好吗？', '爬楼梯膝盖疼是什么原因？']);
    expect(items.map((i) => i.format)).toEqual(['video', 'video']);
    expect(items[0]!.answer_paragraphs).toEqual(['半月板边缘的小撕裂血供较好，制动休息后有机会愈合，中间区域的损伤多需要手术修复。']);
    expect(items.every((i) => !i.flags.includes('unsure_reading'))).toBe(true);
  });
});

describe('a booking site’s Q&A: the asker’s words under their head, the reply’s label naming its medium, the card in a side column', () => {
  const ASKED = '孩子十岁，最近总说膝盖疼，晚上更明显，白天玩的时候又没事。';
  const REPLY = ['这个年龄段夜间膝盖疼最常见的是生长痛，白天活动正常、局部不红不肿的话可以先观察。', '睡前热敷、轻轻按摩小腿肌肉能缓解，如果出现跛行、发热或者一侧持续疼痛，要到小儿骨科拍片。'];
  const page = (label: string) =>
    `<html><head><title>孩子晚上膝盖疼是生长痛吗_问医生</title></head><body><div class="wrap">` +
    `<div class="content"><h1>孩子晚上膝盖疼是生长痛吗</h1>` +
    `<div class="ask"><h4>患者提问</h4><span>男 10岁</span><p>${ASKED}</p></div>` +
    `<div class="answer"><div class="tag">${label}</div>${REPLY.map((p) => `<p>${p}</p>`).join('')}<span>2024-03-02 09:41 回复</span></div>` +
    `<div class="more"><h3>相关问答</h3><ul>` +
    `<li><a href="/wenda/88121">孩子腿疼需要补钙吗</a><p>单纯的夜间腿疼不一定缺钙，需要结合饮食和血检结果判断。</p></li>` +
    `<li><a href="/wenda/88130">生长痛一般持续多久</a><p>生长痛多在3到12岁间反复出现，随年龄增长逐渐减轻。</p></li></ul></div></div>` +
    `<div class="side"><div class="doc"><a href="/doctor/5521">钟立群</a> <span>副主任医师</span><p>海城市儿童医院</p><p>小儿骨科</p>` +
    `<p>推荐度 4.9 · 已接诊 8120 次</p><p>图文问诊 ¥39</p><p>电话问诊 ¥80</p><a href="/booking">预约挂号</a></div></div>` +
    `</div></body></html>`;

  it('starts the answer under the reply’s label, not at the asker’s words under 患者提问', () => {
    const entry = pageOf(page('医生回复'))!;
    expect(entry.answer_paragraphs).toEqual(REPLY);
    expect(entry.date).toBe('2024-03-02');
  });

  it('reads the label `语音回复 58″` as the reply’s format and none of its text', () => {
    const entry = pageOf(page('语音回复 58″'))!;
    expect(entry.answer_paragraphs).toEqual(REPLY);
    expect(entry.format).toBe('voice');
  });

  it('takes the one card of the side column after the content as the doctor’s, its prices naming no format, none under 推荐医生', () => {
    const entry = pageOf(page('医生回复'))!;
    expect(entry.doctor).toMatchObject({ name: '钟立群', title: '副主任医师', hospital: '海城市儿童医院' });
    expect(entry.format).toBe('unknown');
    expect(entry.flags).not.toContain('unsure_reading');
    expect(relatedOf(page('医生回复'))).toHaveLength(2);
    // None under a heading of other doctors.
    const others = page('医生回复').replace('<div class="side"><div class="doc">', '<div class="side"><h4>推荐医生</h4><div class="doc">');
    expect(pageOf(others)!.doctor.name).toBeNull();
  });
});

describe('a consultation shown as chat, each turn under its speaker’s heading', () => {
  const turn = (who: string, text: string) => `<li><h5>${who}</h5><div>${text}</div></li>`;
  const html =
    `<html><head><title>吃完饭胃胀打嗝怎么回事-在线问诊</title></head><body><div class="l">` +
    `<h1>吃完饭胃胀打嗝怎么回事</h1><span>2023-11-20</span>` +
    `<div class="doc"><b>卢思远</b> 主治医师<p>清河市人民医院 消化内科</p></div>` +
    `<ol class="talk">` +
    turn('患者：', '最近两周吃完饭就胃胀打嗝，没有反酸，女，35岁。') +
    turn('医生：', '饭后胃胀打嗝多与胃动力不足有关，进食过快、吃得过饱都会加重。') +
    turn('患者：', '嗯嗯') +
    turn('医生：', '建议少食多餐、细嚼慢咽，饭后散步二十分钟；持续一个月不缓解请做胃镜。') +
    turn('患者：', '好的，谢谢医生') +
    `</ol></div><div class="r"><div class="box"><h4>免费问医生</h4><p>三甲医生在线解答</p></div></div></body></html>`;

  it('reads every doctor’s turn in order as the answer, none of the patient’s nor the speaker labels', () => {
    const entry = pageOf(html)!;
    expect(entry.answer_paragraphs).toEqual(['饭后胃胀打嗝多与胃动力不足有关，进食过快、吃得过饱都会加重。', '建议少食多餐、细嚼慢咽，饭后散步二十分钟；持续一个月不缓解请做胃镜。']);
  });

  it('takes a box’s call to ask (免费问医生) for no doctor signing the answer', () => {
    expect(pageOf(html)!.flags).not.toContain('unsure_reading');
  });
});
