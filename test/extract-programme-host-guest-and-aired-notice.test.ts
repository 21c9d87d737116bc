import { describe, expect, it } from 'vitest';
import { readMetaLine } from '../src/extract/dates/page-meta.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A TV station's page of a health programme's episode: the question as its headline, the web page's own later day and source,
 * a sentence saying when the episode aired (`本期节目于2023-05-06播出`), the segment's video, the guest's line, then the talk: the
 * host putting the viewers' question (`主持人：…`), the guest answering under their name (`王明：…`), the host thanking them. No
 * caller speaks. The host's lines are none of the answer, the guest's name none of its text; the broadcast dates the answer.
 */

const QUESTION = '老人总是失眠怎么办？';
const ANSWER = ['失眠的原因比较多，需要先排除焦虑和抑郁：', '一、睡前不要喝浓茶和咖啡，避免长时间看手机。', '二、白天适当运动，晚上固定时间上床，必要时在医生指导下用药。'];
const page = (aired: string, thanks: boolean) => `<html><head><meta charset="utf-8"><title>${QUESTION}_某某新闻</title></head><body>
<header><a href="/">首页</a><a href="/live">直播</a></header>
<div class="detail"><h1>${QUESTION}</h1>
<div class="info"><span>2023-05-09 10:12</span> <span>来源：某某新闻</span></div>
<div class="aired">${aired}</div>
<div class="player"><video src="https://vod.example-tv.cn/a1b2c3.mp4" controls></video></div>
<p class="guest">嘉宾：北岸市第一人民医院神经内科主任医师 王明</p>
<div class="body">
<p>主持人：很多观众朋友来信问到这个问题，我们请专家来说一说。</p>
<p><b>王明：</b>${ANSWER[0]}</p>
${ANSWER.slice(1).map((p) => `<p>${p}</p>`).join('\n')}
${thanks ? '<p>主持人：谢谢专家的解答。</p>' : ''}</div>
<div class="editor">责任编辑：李华</div></div>
<footer>某某新闻　沪ICP备12345678号</footer></body></html>`;
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://www.example-tv.cn/detail/1' }))).find((e) => e.origin === 'page')!;

describe('a programme page where only the host and the guest speak', () => {
  it('takes the guest’s lines, without their name, as the answer, the host’s none of it', () => {
    for (const thanks of [false, true]) {
      const own = read(page('本期节目于2023-05-06播出', thanks));
      expect(own.question).toBe(QUESTION);
      expect(own.doctor.name).toBe('王明');
      expect(own.answer_paragraphs).toEqual(ANSWER);
    }
  });

  it('is dated by the sentence saying when the episode aired, over the web page’s later day', () => {
    const own = read(page('本期节目于2023-05-06播出', true));
    expect(own.date).toBe('2023-05-06');
    expect(own.flags).not.toContain('unsure_reading');
  });
});

describe('a programme’s notice of the day its episode aired', () => {
  it('reads the day as the answer’s, the notice as meta', () => {
    expect(readMetaLine('本期节目于2023-05-06播出')).toEqual({ dates: [{ iso: '2023-05-06', kind: 'answered' }], format: 'unknown', metaOnly: true });
    expect(readMetaLine('本集已于2023年5月6日在东方卫视首播').dates).toEqual([{ iso: '2023-05-06', kind: 'answered' }]);
  });

  it('reads a notice that also says when the programme re-airs as meta, its first-aired day the answer’s', () => {
    for (const notice of ['本节目于2023年5月6日在江州卫视首播，重播时间为周日上午。', '本期节目于2023-05-06在江州卫视首播，每周日上午10点重播。', '本期节目已于2023年5月6日播出，次日上午重播。']) {
      expect(readMetaLine(notice)).toEqual({ dates: [{ iso: '2023-05-06', kind: 'answered' }], format: 'unknown', metaOnly: true });
    }
    // Closing the transcript, after the host's thanks, with no web day printed: none of the answer, the answer's day.
    const NOTICE = '本节目于2023年5月6日在江州卫视首播，重播时间为周日上午。';
    const own = read(page('', true).replace('<span>2023-05-09 10:12</span> ', '').replace('<p>主持人：谢谢专家的解答。</p>', `<p>主持人：谢谢专家的解答。</p><p>${NOTICE}</p>`));
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.date).toBe('2023-05-06');
  });

  it('does not read the next episode’s day so', () => {
    const next = readMetaLine('下期节目将于2023-05-13播出');
    expect(next.dates[0]!.kind).toBe('plain');
    expect(next.metaOnly).toBe(false);
  });
});
