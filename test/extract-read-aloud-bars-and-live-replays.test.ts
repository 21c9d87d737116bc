import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on text-to-speech bars, a doctor's live-stream replay and a mother-and-baby community's expert answer.
 * What the blind split fresh-34 taught the genre reader (read-aloud bars, live-stream replays, mother-and-baby communities), each rule on a small page of its own.
 */

const URL = 'https://www.example-yiliao.cn/ask/1.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = ['血压150多，先连续测一周，记下早晚的读数。', '如果一直在140以上，就需要在医生指导下开始吃降压药。'];
const answerHtml = ANSWER.map((p) => `<p>${p}</p>`).join('');
const related = (label: string, badge = '') => `<div><h3>${label}</h3><ul>
<li>${badge}<a href="/ask/2.html">血压高吃什么好</a><div>饮食要少盐，多吃蔬菜水果。</div></li>
<li>${badge}<a href="/ask/3.html">降压药要一直吃吗</a><div>多数人需要长期服药，不要自行停药。</div></li></ul></div>`;

describe('a text-to-speech bar over the answer', () => {
  const page = (bar: string, when: string) => `<html><head><title>血压150需要吃药吗 - 有问必答</title></head><body>
<h1>血压150需要吃药吗</h1>
<div><strong>李明</strong> 主任医师 心血管内科 滨海市中心医院</div>
${when}
${bar}
<article><p><span data-sentence="1">血压150多，先连续测一周，</span><span data-sentence="2">记下早晚的读数。</span></p><p><span data-sentence="3" class="now-reading">如果一直在140以上，就需要在医生指导下开始吃降压药。</span></p></article>
${related('相关问题')}
</body></html>`;

  it("is the site's player, none of the answer and no format of it", () => {
    const bar = '<div><button aria-label="播放">▶</button> 智能朗读 <time>00:00</time>/<time>03:12</time> <span>1.5x</span></div>';
    const [own, ...items] = read(page(bar, '<p>2023-03-05</p>'));
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.format).toBe('unknown');
    expect(own!.flags).not.toContain('unsure_reading');
    expect(items.map((i) => i.question)).toEqual(['血压高吃什么好', '降压药要一直吃吗']);
  });

  it("with the speech's note in it; the answer's format still from the date line's word", () => {
    const bar = '<div>🔊 语音播报 00:00 / 01:35 倍速 <em>本文由AI合成语音，仅供参考</em></div>';
    const [own] = read(page(bar, '<p>2023-03-05 图文回答</p>'));
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.format).toBe('text');
    expect(own!.date).toBe('2023-03-05');
  });
});

describe("a doctor's live-stream replay", () => {
  const replay = (first: string, jump: string) => `<html><head><title>李明医生直播：高血压的日常管理</title></head><body>
<nav><a href="/">健康直播</a></nav>
<main><h1>李明医生直播：高血压的日常管理</h1>
<div><video poster="/live/88.jpg"></video><p>直播回放 · 时长 58:12 · 1.2万人看过</p></div>
<div><b>李明</b> 主任医师<br>心血管内科 | 滨海市中心医院</div>
<p>直播时间：2023年3月5日 20:00</p>
<section><h2>直播答疑</h2>
<p>网友「晴天」提问：血压150需要吃药吗</p>
<p>李明医生答：</p>
<div><p>${first}${ANSWER[0]}</p><p>${ANSWER[1]}</p></div>
${jump}</section></main>
${related('其他网友提问')}
</body></html>`;

  it("reads the viewer's question, not the stream's title, the answer without its offset, the stream's day, as video", () => {
    const [own, ...items] = read(replay('[12:34] ', '<a href="#t=754">跳转到 12:34 观看</a>'));
    expect(own!.question).toBe('血压150需要吃药吗');
    expect(own!.doctor).toMatchObject({ name: '李明', title: '主任医师', hospital: '滨海市中心医院' });
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.date).toBe('2023-03-05');
    expect(own!.format).toBe('video');
    expect(own!.flags).not.toContain('unsure_reading');
    expect(items.map((i) => i.question)).toEqual(['血压高吃什么好', '降压药要一直吃吗']);
  });

  it("takes the offset opening the answer on a replay's page, no link by it, as its moment in the video", () => {
    const [own] = read(replay('【12:34】', ''));
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.format).toBe('video');
  });

  it("takes the link to the answer's moment alone as the answer given on video", () => {
    const [own] = read(replay('', '<a href="#t=754">从12:34开始播放</a>'));
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.format).toBe('video');
  });
});

describe("a mother-and-baby community's expert answer among the members'", () => {
  const page = (answers: string, list = related('相关问题')) => `<html><head><title>宝宝发烧38度要吃退烧药吗_育儿问答</title></head><body>
<div><span>小雨妈妈</span> <span>宝宝1岁2个月</span> <span>提问于 2023-03-01</span></div>
<h1>宝宝发烧38度要吃退烧药吗</h1>
<p>昨晚开始发烧，精神还可以，吃奶正常。</p>
${answers}
${list}
</body></html>`;
  const expert = `<div><span>专家解答</span><div><b>王芳</b> 副主任医师 儿科 滨海市妇幼保健院</div>
<div><p>38度精神好的话可以先物理降温，多喝水。</p><p>超过38.5度或者精神变差，再用退烧药并及时就诊。</p></div><p>回答于 2023-03-02</p></div>`;
  const EXPERT = ['38度精神好的话可以先物理降温，多喝水。', '超过38.5度或者精神变差，再用退烧药并及时就诊。'];

  it("ends the expert's answer at the members' answers after it (宝妈们的回答)", () => {
    const [own] = read(page(`${expert}<div><h4>宝妈们的回答</h4><div><span>豆豆妈</span><p>我家宝宝上次也是这样，睡一觉就退了，别太着急啊。</p><span>2023-03-10</span></div></div>`));
    expect(own!.answer_paragraphs).toEqual(EXPERT);
    expect(own!.date).toBe('2023-03-02');
  });

  it("ends it at a member's byline with her badge, no heading over it", () => {
    const [own] = read(page(`${expert}<div><p>果果麻麻 孕36周+3天</p><p>同问，我家也是这样，蹲一个专家回答。</p></div>`));
    expect(own!.answer_paragraphs).toEqual(EXPERT);
  });

  it("reads the expert's answer and bare day after the members' answers and days under their heading, above the card", () => {
    const [own] = read(page(`<div><h4>网友回答</h4><div><span>豆豆妈</span> <span>孕20周</span><p>我家宝宝上次也是这样，睡一觉就退了，别太着急啊。</p><span>2023-03-20</span></div></div>${expert.replace('回答于 ', '')}`));
    expect(own!.question).toBe('宝宝发烧38度要吃退烧药吗');
    expect(own!.doctor).toMatchObject({ name: '王芳', title: '副主任医师' });
    expect(own!.answer_paragraphs).toEqual(EXPERT);
    expect(own!.date).toBe('2023-03-02');
    expect(own!.flags).not.toContain('unsure_reading');
  });

  it("reads the list the members ask in, each item's badge none of its question or snippet", () => {
    const [, ...items] = read(page(expert, related('其他宝妈也在问', '<em>孕28周</em> ')));
    expect(items.map((i) => [i.question, i.answer_paragraphs])).toEqual([
      ['血压高吃什么好', ['饮食要少盐，多吃蔬菜水果。']],
      ['降压药要一直吃吗', ['多数人需要长期服药，不要自行停药。']],
    ]);
    expect(items.every((i) => !i.flags.includes('unsure_reading'))).toBe(true);
  });
});
