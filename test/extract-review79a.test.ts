import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * Review of h/reader79a's and h/risks78's rules on lookalike pages of the genre: where a new rule misread a field with no doubt
 * raised, and the general rule that mends it.
 * - layouts/asker-stamp.ts: a 楼主 stamp names the answering doctor only where the name stands as a word of its own, not inside
 *   an asker's nickname (`李娜娜`, `李娜妈妈` where the doctor is 李娜).
 * - layouts/retitled-question.ts: a headline the labelled question below holds whole is that question's own title (a Q&A site's
 *   title cut from the asker's words), no article's topic: the question is the headline. A labelled question under a related
 *   list's head (相关问题), or printed as a link, is another page's, none of the page's.
 * - related/related-list.ts: a Q&A column's name (专家答疑) over links into the page itself (its own table of contents) gives it
 *   no related links.
 * - card/side-column.ts: a replay's box (精彩回放) inside the answer's box, the answer's text going on after it, is the guest's
 *   clip answering: a video answer. The episode's box over the question, or one in a side column, still gives no format.
 */

const own = (html: string, url: string) => entriesOf(extractOrThrow(pageRecord(html, { url }))).find((e) => e.origin === 'page')!;

describe('a 楼主 stamp whose nickname holds the doctor’s name', () => {
  const ANSWER = ['宝宝发烧38.5度以下精神好，可以先物理降温，多喝水，观察精神状态。', '如果超过38.5度或者精神差、抽搐、持续高热三天以上，要及时到医院就诊。'];
  const thread = (starter: string) => `<html><head><meta charset="utf-8"><title>宝宝发烧什么时候需要去医院_育儿交流</title></head><body>
<div class="post"><div class="hd"><img src="/a.jpg">${starter} <i>楼主</i> <span>2019年10月26日 21:03</span></div><h1>宝宝发烧什么时候需要去医院</h1><div class="ct"><p>宝宝10个月，昨晚开始发烧，38度，精神还可以。</p></div></div>
<div class="floors"><h3>全部回复(2)</h3>
<div class="fl"><div class="hd"><span>李娜</span> <span>副主任医师</span> <span>南屏市人民医院 儿科</span><span>1楼</span></div><div>${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div></div>
<div class="fl"><div class="hd"><span>安安妈</span><span>2楼</span></div><div><p>收藏了，正需要。</p></div><div class="ft"><span>2019年10月29日</span></div></div>
</div></body></html>`;
  const read = (starter: string) => own(thread(starter), 'https://m.example-mom.cn/post/1.html');

  it('an asker whose nickname holds the doctor’s name (李娜娜, 李娜妈妈): the stamp dates the asking, none of the answer', () => {
    for (const starter of ['<span>李娜娜</span>', '<span>李娜妈妈</span>']) {
      const e = read(starter);
      expect(e.doctor?.name, starter).toBe('李娜');
      expect(e.answer_paragraphs, starter).toEqual(ANSWER);
      expect(e.date, starter).toBeNull();
    }
  });

  it('the doctor’s own name, alone or with a calling (李娜, 李娜医生), still dates the answer', () => {
    for (const starter of ['<span>李娜</span>', '<span>李娜医生</span> <span>认证医生</span>']) expect(read(starter).date, starter).toBe('2019-10-26');
  });
});
