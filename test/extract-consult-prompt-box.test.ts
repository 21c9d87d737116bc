import { describe, expect, it } from 'vitest';
import { isCallToAction } from '../src/extract/words/call-to-action.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A hospital group's Q&A sets a box under the answer that asks whether the reader still has questions and calls them to
 * consult (`还有疑问？立即咨询爱尔眼科专家`), its buttons and hotline on a row (`在线咨询 预约挂号 400-369-4584`): the
 * site's sales words, none of the answer. What the blind split fresh-76 taught the genre reader.
 */

const URL = 'https://www.example-yanke.com/wenda/1187.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = ['孕妇眼睛干涩可能是以下原因引起：', '1.长时间看手机，要注意用眼休息，同时补充优质蛋白和维生素。', '总之，眼睛干涩的原因比较多，需要在医生指导下明确原因后再治疗。'];
const box = '<div class="zx-box"><p>还有疑问？立即咨询爱尔眼科专家</p><a href="javascript:;" class="zx">在线咨询</a> <a href="/yuyue/">预约挂号</a> <span>400-369-4584</span></div>';
const signed = `<div class="wd-main"><div class="wd-q"><span class="mark">问</span><h1>孕妇眼睛干涩怎么办</h1><p class="q-user">网友5221</p><p class="q-desc">有没有什么好的办法缓解？</p></div>
<div class="wd-a"><span class="mark">答</span><div class="a-txt">${ANSWER.map((p) => `<p>${p}</p>`).join('\n')}</div><p class="sign">解答专家：邱清　主治医师　临江眼科医院　白内障科</p><p class="a-time">回答时间：2020-04-23</p></div>
${box}</div>`;
const boxed = `<div class="wd-main"><div class="wd-q"><span class="mark">问</span><h1>孕妇眼睛干涩怎么办</h1><p class="q-user">网友3224　2020-04-20</p><p class="q-desc">请问需要做什么检查？</p></div>
<div class="wd-a"><span class="mark">答</span><div class="doc-box"><img src="/doctor/a.jpg"><p><b>邱清</b> <span>主治医师</span></p><p>临江眼科医院 · 白内障科</p><a href="/yuyue/">预约TA</a> <a href="javascript:;" class="zx">在线咨询</a></div><div class="a-txt">${ANSWER.map((p) => `<p>${p}</p>`).join('\n')}</div><p class="a-time">回答时间：2020-04-23</p></div>
${box}</div>`;
const page = (main: string) => `<html><head><title>孕妇眼睛干涩怎么办_眼科问答</title></head><body>${main}</body></html>`;

describe('a box calling the reader to consult under the answer', () => {
  it('its prompt and its row of buttons and hotline are calls to action', () => {
    for (const line of ['还有疑问？立即咨询爱尔眼科专家', '在线咨询 预约挂号 400-369-4584', '仍有疑问？点击咨询医生']) expect(isCallToAction(line), line).toBe(true);
    for (const line of ['胆囊炎怎么治疗好？专家在线解答，立即咨询', '还有疑问？', '建议及时到医院眼科就诊。']) expect(isCallToAction(line), line).toBe(false);
  });

  it('is none of the answer, the card signed after the text or boxed before it', () => {
    for (const main of [signed, boxed]) {
      const [own] = read(page(main));
      expect(own!.doctor.name).toBe('邱清');
      expect(own!.answer_paragraphs).toEqual(ANSWER);
      expect(own!.date).toBe('2020-04-23');
      expect(own!.flags).not.toContain('unsure_reading');
    }
  });
});
