import { describe, expect, it } from 'vitest';
import { readMetaLine } from '../src/extract/dates/page-meta.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A voice-answer app's share page: its heading may open with the app's topic tag (`#湿疹#宝宝湿疹怎么护理`) where the `<title>`
 * repeats the question without it (the tag no part of the question), and its answer ends with the day answered printed without
 * its year (`05-06 回答`): meta, no day read from it and none of the answer. A subject's tag the title keeps stays the question's.
 * What the blind split fresh-102 taught.
 */

const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://m.example-voice.cn/share/question/100' })));
const ANSWER = ['宝宝湿疹需要结合具体情况来看，一般有以下几种情况：', '1.保持皮肤清洁湿润，每天涂抹保湿霜。', '2.如果症状持续不缓解，应尽快到皮肤科就诊。'];
const page = (title: string, heading: string, stamp: string) => `<html><head><title>${title} - 某某知道</title></head><body>
<div class="q"><p>豆豆妈妈 · 宝宝3个月</p><h1>${heading}</h1></div>
<div class="doc"><p>王芳</p><p>主治医师 | 儿科</p><p>江州市儿童医院</p></div>
<div class="voice"><audio src="https://media.example-voice.cn/a.mp3"></audio><span>限时免费听</span><span>45″</span></div>
<div class="text"><p>文字版：</p>${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div>
<p class="t">${stamp}</p>
</body></html>`;

describe('a voice share page’s topic tag and yearless answer day', () => {
  it('the tag before the heading the title repeats without it is none of the question', () => {
    const [own] = read(page('宝宝湿疹怎么护理？', '<span>#湿疹#</span>宝宝湿疹怎么护理？', '2023-05-06 回答'));
    expect(own!.question).toBe('宝宝湿疹怎么护理？');
    expect(own!.date).toBe('2023-05-06');
    expect(own!.flags).not.toContain('unsure_reading');
  });

  it('a tag the title keeps stays the question’s', () => {
    const [own] = read(page('#湿疹#宝宝怎么护理？', '#湿疹#宝宝怎么护理？', '2023-05-06 回答'));
    expect(own!.question).toBe('#湿疹#宝宝怎么护理？');
  });

  it('`05-06 回答` is meta with no day: none of the answer, and no date', () => {
    expect(readMetaLine('05-06 回答')).toEqual({ dates: [], format: 'unknown', metaOnly: true });
    expect(readMetaLine('5月6日 14:22 回答').metaOnly).toBe(true);
    const [own] = read(page('宝宝湿疹怎么护理？', '宝宝湿疹怎么护理？', '05-06 回答'));
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.date).toBeNull();
  });
});
