import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A parenting app's question page plays the doctor's voice answer as a bar (`▶ 23"`) and prints its text under the app's
 * note that it transcribed it (`语音已转为文字`): the note heads the answer's text, none of it, and says the answer was
 * voice. What the blind split fresh-76 taught the genre reader.
 */

const URL = 'https://baobao.example.com/question/4aa684cc.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = ['先兆流产需要结合具体情况来看，一般有以下几种情况：', '（1）通常是子宫受到刺激，症状加重时要及时复诊。', '（2）注意卧床休息，避免劳累。'];
const page = `<html><head><title>先兆流产的症状有哪些_宝宝知道</title></head><body>
<div class="q"><h1>先兆流产的症状有哪些</h1><p>小鱼妈妈 · 孕8周 · 提问于 2023-05-05</p></div>
<div class="qa-answer is-doctor"><div class="author"><img src="/avatar/a.jpg" class="avatar"><div class="author-info"><p><span class="uname">熊兰</span> <span class="v-tag">认证医生</span></p><p class="dr">主任医师 · 云岭市中医院 · 妇产科</p></div></div>
<div class="bd-audio" data-src="/audio/82.mp3"><i class="icon-play">▶</i><span class="len">23"</span></div><p class="audio-tip">语音已转为文字</p>
<div class="audio-txt">${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div><div class="ft"><span>2023-05-06</span></div></div></body></html>`;

describe('the app’s note that it transcribed the voice answer', () => {
  it('heads the answer’s text, none of it', () => {
    const [own] = read(page);
    expect(own!.doctor.name).toBe('熊兰');
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.format).toBe('voice');
    expect(own!.flags).not.toContain('unsure_reading');
  });
});
