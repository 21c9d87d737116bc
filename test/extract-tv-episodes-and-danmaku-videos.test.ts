import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on a TV health programme's episode page, a doctor's video on a 弹幕 site and a bold question whose <title> drops its mark.
 * What the blind split fresh-36 taught the genre reader (TV programmes' episodes, 弹幕 video pages, symptom checkers), each rule on a small page of its own.
 */

const URL = 'https://www.example-dianshi.cn/jiemu/77.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = ['胃胀多与饮食不规律有关，先少食多餐。', '持续两周以上，请到消化内科做胃镜。'];
const answerHtml = ANSWER.map((p) => `<p>${p}</p>`).join('');
const RELATED = `<section><h2>相关问答</h2><ul><li><a href="/item/2.html">胃胀吃什么好</a><p>胃胀时饮食宜清淡，少吃产气食物。</p></li><li><a href="/item/3.html">胃胀是胃炎吗</a><p>胃胀不一定是胃炎，需要胃镜明确。</p></li></ul></section>`;

describe("a TV health programme's episode page", () => {
  const episode = (fields: string, qa: string) => `<html><head><title>健康早知道 第412期 胃病怎么调 - 滨海电视台</title></head><body>
<nav><a href="/">滨海电视台</a> / <a href="/jiemu/">健康早知道</a></nav>
<article><h1>健康早知道 第412期 胃病怎么调</h1>
<dl>${fields}</dl>
<figure><video controls src="/tv/412.mp4"></video></figure>
<aside><h4>做客嘉宾</h4><div><strong>林晓</strong> 主治医师<br>消化内科 滨海市中心医院</div><p>节目主持：陈思</p></aside>
${qa}</article>
<section><h2>往期回顾</h2><ul><li><a href="/jiemu/411.html">健康早知道 第411期 颈椎病</a> <span>2023-02-25</span></li><li><a href="/jiemu/410.html">健康早知道 第410期 失眠</a> <span>2023-02-18</span></li></ul></section>
${RELATED}
</body></html>`;
  const fields = '<dt>首播时间：</dt><dd>2023-03-04 19:30</dd>';

  it("reads the caller's question under the episode's heading, dated the day it aired, a video by its player", () => {
    const [own, ...items] = read(episode(fields, `<div><p><strong>热线提问：</strong>吃完饭总是胃胀怎么办</p><h4>专家解答</h4>${answerHtml}</div>`));
    expect(own!.question).toBe('吃完饭总是胃胀怎么办');
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.doctor).toMatchObject({ name: '林晓', title: '主治医师', hospital: '滨海市中心医院' });
    expect(own!.date).toBe('2023-03-04');
    expect(own!.format).toBe('video');
    expect(own!.flags).not.toContain('unsure_reading');
    expect(items.map((i) => i.question)).toEqual(['胃胀吃什么好', '胃胀是胃炎吗']);
  });

  it('takes the first broadcast among the fields on one line, not the rerun', () => {
    const line = '<div>栏目：健康早知道 首播：2023-03-04 19:30 重播：2023-03-06 08:00 时长：28:10</div>';
    const [own] = read(episode('', `${line}<div><p>本期问题：吃完饭总是胃胀怎么办</p>${answerHtml}</div>`).replace('<dl></dl>', ''));
    expect(own!.question).toBe('吃完饭总是胃胀怎么办');
    expect(own!.date).toBe('2023-03-04');
  });

  it("passes over the guest's name alone over the answer (a transcript's speaker line)", () => {
    const [own] = read(episode(fields, `<div><p>观众提问：吃完饭总是胃胀怎么办</p><p>林晓：</p>${answerHtml}</div>`));
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.flags).not.toContain('unsure_reading');
  });
});

describe("a doctor's video on a 弹幕 site", () => {
  const LAYER = `<div class="layer" style="pointer-events:none;position:absolute;inset:0"><p style="position:absolute;top:40px;left:300px">2022年打卡</p><p style="position:absolute;top:80px;left:120px">医生讲得真清楚</p><p style="position:absolute;top:120px;left:500px">前排围观</p></div>`;
  const CARD = '<div><strong>林晓</strong> 主治医师 · 消化内科 · 滨海市中心医院 <button>关注</button> 粉丝 2.1万</div>';
  // The uploader's card above the title, or under the player.
  const video = (below: string, layer = LAYER, cardAbove = true) => `<html><head><title>吃完饭总是胃胀怎么办 - 医学视频站</title></head><body>
<header>${cardAbove ? CARD : ''}</header>
<main><h1>吃完饭总是胃胀怎么办</h1>
<p>3.4万播放 · 512弹幕 · 2023-03-04 20:15</p>
<div class="stage"><video src="/v/9.mp4"></video>
${layer}</div>
${cardAbove ? '' : CARD}
<section><h3>视频简介</h3><div class="desc">${answerHtml}</div></section>
${below}</main>
${RELATED}
</body></html>`;

  it('reads the date from the counters line, and none of the lines flown over the player', () => {
    const [own] = read(video(''));
    expect(own!.question).toBe('吃完饭总是胃胀怎么办');
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.date).toBe('2023-03-04');
    expect(own!.format).toBe('video');
    expect(own!.flags).not.toContain('unsure_reading');
  });

  it("takes no day from the table of 弹幕 and when they were sent", () => {
    const table = `<h4>全部弹幕</h4><table><thead><tr><th>时间</th><th>内容</th><th>发送于</th></tr></thead><tbody><tr><td>00:41</td><td>学到了</td><td>2023-05-09 21:03</td></tr><tr><td>02:13</td><td>收藏</td><td>2023-08-30 10:11</td></tr></tbody></table>`;
    const [own] = read(video(table, '', false));
    expect(own!.date).toBe('2023-03-04');
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.flags).not.toContain('unsure_reading');
  });
});

describe('a question in bold whose <title> drops its mark', () => {
  it('reads the bold line, mark and all, where the title adds a part after it', () => {
    const html = `<html><head><title>吃完饭总是胃胀怎么办_自测工具_好大夫健康</title></head><body>
<div><h3>自测结果</h3><p>您选择的症状：胃胀 反酸</p><p>推荐科室：全科</p></div>
<div><h3>医生说</h3><p><b>吃完饭总是胃胀怎么办？</b></p><div><strong>林晓</strong> 主治医师<br>消化内科 滨海市中心医院</div><p>回答时间：2023-03-04</p>${answerHtml}</div>
${RELATED}</body></html>`;
    const [own] = read(html);
    expect(own!.question).toBe('吃完饭总是胃胀怎么办？');
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.flags).not.toContain('unsure_reading');
  });
});
