import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A TV health programme's 专家答疑 page: the viewer's question under a heading with a pill glued before it
 * (`<h1><span class="tag">观众提问</span>question</h1>`), and the episode's replay in a box headed 节目回看 above it, the
 * guest's answer in text below. The pill is none of the question (page-question.ts); the replay's player is the programme's,
 * none of the answer's format (side-column.ts, beside a sidebar's 推荐视频). What the blind split fresh-79 taught.
 */

const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://www.example-tv.cn/yst/dayi/88.html' }))).find((e) => e.origin === 'page')!;
const ANSWER = ['胃胀常见的原因有以下几种：', '（1）饮食不规律、进食过快，平时要细嚼慢咽。', '（2）如果症状持续不缓解，应尽快到消化内科就诊。'];
const Q = '老人胃胀怎么办';
const page = ({ pill = '', replay = '', answerPlayer = '' }: { pill?: string; replay?: string; answerPlayer?: string }) => `<html><head><title>${Q}_专家答疑_健康堂_江州卫视</title></head><body>
<div class="top"><a href="/">江州卫视</a> <a href="/yst/jiemu/">节目回看</a> <a href="/yst/dayi/">专家答疑</a></div>
<div class="ep"><p>本期节目：《健康堂》2023年4月20日播出 <a href="/yst/jiemu/12.html">说说胃病</a></p>${replay}</div>
<div class="qbox"><h1>${pill}${Q}</h1><p>江州观众 李女士　提问时间：2023-04-21</p></div>
<div class="guest"><h4>本期嘉宾</h4><p>王建国 <span>主任医师</span></p><p>江州市第一人民医院 消化内科</p></div>
<div class="ans"><h3>专家解答</h3>${answerPlayer}<div class="txt">${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div><p>发布时间：2023-05-06 14:22</p></div>
</body></html>`;
const REPLAY = (head: string) => `<div class="v"><h4>${head}</h4><video src="https://vod.example-tv.cn/yst/ab12.mp4" controls></video><span>47:27</span></div>`;

describe('a programme’s Q&A page: the viewer’s pill and the episode’s replay', () => {
  it('a pill glued before the question in its heading (观众提问, 网友提问, 问题) is none of it: the question, confirmed by the title', () => {
    for (const pill of ['<span class="tag">观众提问</span>', '<i>网友提问</i>', '<em>问题</em>']) {
      const own = read(page({ pill }));
      expect(own.question, pill).toBe(Q);
      expect(own.flags, pill).not.toContain('unsure_reading');
      expect(own.answer_paragraphs, pill).toEqual(ANSWER);
    }
  });

  it('words of the question in an element of their own stay the question’s (`<b>老人</b>胃胀怎么办`)', () => {
    const own = read(page({}).replace(`<h1>${Q}</h1>`, '<h1><b>老人</b>胃胀怎么办</h1>'));
    expect(own.question).toBe(Q);
  });

  it('the episode’s replay under 节目回看 (or 精彩回放) above the question gives the answer no format', () => {
    for (const head of ['节目回看', '精彩回放']) {
      const own = read(page({ pill: '<span class="tag">观众提问</span>', replay: REPLAY(head) }));
      expect(own.question, head).toBe(Q);
      expect(own.format, head).toBe('unknown');
      expect(own.answer_paragraphs, head).toEqual(ANSWER);
    }
  });

  it('the guest’s own film in the answer’s box is a video answer still; so is a stream’s replay (直播回放), which may be the answer', () => {
    const answered = read(page({ replay: REPLAY('节目回看'), answerPlayer: '<div><span>视频解答</span><video src="https://vod.example-tv.cn/dayi/cd34.mp4" controls></video></div>' }));
    expect(answered.format).toBe('video');
    const stream = read(page({ replay: REPLAY('直播回放') }));
    expect(stream.format).toBe('video');
  });
});
