import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The accepted answer's badge may lead with its icon printed as a glyph (`✔ 提问者采纳`, `⭐ 最佳回答`): the same mark as the
 * bare words, so the marked answer is the page's, with its own card, even printed after the others.
 */

const URL = 'https://www.example-health-forum.cn/question/77120.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const PICKED = ['鼻出血时头稍向前倾，用拇指和食指捏紧两侧鼻翼压迫十分钟左右，不要仰头，以免血液流进咽喉。', '如果每周反复出血，或者压迫二十分钟仍止不住，建议到耳鼻喉科查看鼻腔黏膜和凝血功能。'];
const page = (mark: string) =>
  `<html><head><title>孩子经常流鼻血怎么处理 - 健康问答</title></head><body><div class="top">健康问答社区</div>` +
  `<div class="ask"><h1>孩子经常流鼻血怎么处理</h1><p>八岁男孩这个月已经流了四次鼻血，在家应该怎么止血？</p><span>2021-11-03 08:40</span></div>` +
  `<div class="list">` +
  `<div class="ans"><div class="who">韦宏亮 医师 临海市人民医院</div><p>先止血，再去医院看看。</p><span>2021-11-03 09:02</span></div>` +
  `<div class="ans"><div class="who">庞雪 主治医师 儿科 台州市立医院</div><p>秋冬干燥容易出血，多喝水。</p><span>2021-11-03 09:40</span></div>` +
  `<div class="ans picked"><div class="badge">${mark}</div><div class="who">宋建宁 副主任医师 耳鼻咽喉科 浙江省台州医院</div>` +
  PICKED.map((p) => `<p>${p}</p>`).join('') +
  `<span>2021-11-03 10:15</span></div></div></body></html>`;

describe('an accepted answer whose badge leads with an icon glyph', () => {
  for (const mark of ['✔ 提问者采纳', '⭐最佳回答']) {
    it(`reads the marked answer printed last (${mark})`, () => {
      const [own] = read(page(mark));
      expect(own!.doctor).toMatchObject({ name: '宋建宁', title: '副主任医师', department: '耳鼻咽喉科', hospital: '浙江省台州医院' });
      expect(own!.answer_paragraphs).toEqual(PICKED);
    });
  }
});
