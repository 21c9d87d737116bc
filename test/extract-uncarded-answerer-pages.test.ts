import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on pages that show their answerer as no card (a byline, a picture's caption) under a paper's stamp.
 * What the blind split fresh-111 taught the reader, each rule on a small page of its own (wording other than the split's).
 */

describe('what fresh-111 taught the reader: a paper\'s stamp and credits, a caption naming the doctor, further reading', () => {
  const read = (body: string, head = '') => entriesOf(extractOrThrow(pageRecord(`<html><head><title>腰痛怎么办</title>${head}</head><body>${body}</body></html>`, { url: 'https://news.example.cn/a/10231.html' })));
  const unsure = (e: { flags: readonly string[] }) => e.flags.includes('unsure_reading');
  const answer = '<p>腰痛多与久坐、姿势不良有关，先注意休息。</p><p>疼痛持续不缓解，应到骨科就诊。</p>';
  const byline = '<p>指导专家：江州市人民医院骨科主任医师 王清玉</p>';

  it("a paper's stamp with its own name before its reporter and 通讯员 (`某某晚报·客户端记者 x 通讯员 y  2021-04-09 08:30`) dates the page", () => {
    for (const credit of ['江南晚报·掌上客户端记者 赵雪 通讯员 钱明', '云城日报记者 孙丽']) {
      const [page] = read(`<h1>腰痛怎么办</h1><div><span>${credit}</span> <span>2021-04-09 08:30</span></div>${byline}<div>${answer}</div>`);
      expect([page!.date, page!.answer_paragraphs, unsure(page!)]).toEqual(['2021-04-09', ['腰痛多与久坐、姿势不良有关，先注意休息。', '疼痛持续不缓解，应到骨科就诊。'], false]);
    }
  });

  it('a picture\'s caption naming the doctor (`图为…`, `上图为…`) gives the card without its 图为', () => {
    for (const lead of ['图为', '上图为', '圖為']) {
      const [page] = read(`<h1>腰痛怎么办</h1><div>2021-04-09 08:30　来源：某某网</div><div><img src="/p/1.jpg" alt="" width="500"><p>${lead}江州市人民医院骨科主任医师王清玉</p>${answer}</div>`);
      expect([page!.doctor.name, page!.doctor.hospital, page!.doctor.department, page!.doctor.title]).toEqual(['王清玉', '江州市人民医院', '骨科', '主任医师']);
    }
  });

  it('closing credits in brackets with a 审核 among them (`（编辑 x　审核 y）`) are none of the answer', () => {
    const [page] = read(`<h1>腰痛怎么办</h1><div>2021-04-09 08:30　来源：某某网</div>${byline}<div>${answer}</div><p>（编辑 周亮　审核 吴芳）</p>`);
    expect(page!.answer_paragraphs).toEqual(['腰痛多与久坐、姿势不良有关，先注意休息。', '疼痛持续不缓解，应到骨科就诊。']);
  });

  it("further reading (延伸閱讀) linked as the page's own address is, titles that do not every one ask as a whole: doubted, not read", () => {
    const html =
      '<html lang="zh-TW"><head><meta charset="utf-8"><title>腰痛怎麼辦｜某健康網</title><link rel="canonical" href="https://health.example.tw/article/10231"></head><body>' +
      '<article><h1>腰痛怎麼辦</h1><div><span>文／林美玲</span> <span>諮詢／江州市人民醫院骨科主任醫師 王清玉</span></div><div><time>2021/04/09</time></div>' +
      '<div><p>腰痛多與久坐、姿勢不良有關，先注意休息。</p><p>疼痛持續不緩解，應到骨科就診。</p></div></article>' +
      '<section><h3>延伸閱讀</h3><ul><li><a href="/article/20871">腰痛睡硬床還是軟床好？</a></li><li><a href="/article/20344">久坐腰痛？復健科醫師教你伸展</a></li></ul></section></body></html>';
    const [page] = entriesOf(extractOrThrow(pageRecord(html, { url: 'https://health.example.tw/article/10231' })));
    expect([page!.related_urls, unsure(page!)]).toEqual([[], true]);
  });
});
