import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A Q&A community's question page (a 知識+-kind site): the asker's line naming them by their label (`發問者：Amy ( 初學者 4 級 )`),
 * their words, then the picked answer under its mark (`最佳解答`), its byline by nickname (`回答者：doc779 ( 專家 )`) and its day.
 * The asker's line heads their words (genre.ts: 發問者 an asker's label as 提問者 is), so the answer starts under the mark; the
 * byline is the answer's head, none of its text (answerer-marks.ts). Before this the asker's words were read as the answer, silently.
 */
const ANSWER = ['膝蓋腫的處理要根據病情輕重來決定：', '一、反復發作的，可以先完善膝關節X線片等檢查，注意規律作息。', '總之，膝蓋腫的原因比較多，需要在醫生指導下明確原因後再治療。'];
const page = (byline: string, signature: string, reference: string) =>
  `<html><head><meta charset="utf-8"><title>Yahoo!奇摩知識+ - 膝蓋腫怎麼回事？</title></head><body>` +
  `<div class="crumb"><a href="/">知識+首頁</a> &gt; <a href="/dir/1">健康</a></div>` +
  `<div id="q"><h1>膝蓋腫怎麼回事？</h1><div class="meta">發問者：Amy ( 初學者 4 級 )<br>發問時間：2021-12-30 10:07:02<br>解決時間：2022-01-03 14:21:02</div>` +
  `<div class="content">膝蓋腫怎麼回事？平時工作比較忙，作息不太規律。</div></div>` +
  `<div id="best"><h2>最佳解答</h2><div class="user">回答者：${byline}</div><div class="time">回答時間：2021-12-31 12:22:02</div>` +
  `<div class="content">${ANSWER.map((p) => `<p>${p}</p>`).join('')}${signature}</div><div class="ref">參考資料：${reference}</div></div>` +
  `<div id="ft">Copyright © 2021 Yahoo Taiwan</div></body></html>`;
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://tw.answers.example.com/question/index?qid=1' }))).find((e) => e.origin === 'page')!;

describe('a community’s best answer under the asker’s labelled line', () => {
  it('reads the answer under the mark, not the asker’s words, and passes the nickname byline over', () => {
    const own = read(page('doc779 ( 專家 )', '<p>——中壢安生醫院 骨科 段然醫師</p>', '衛福部衛教資料'));
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.date).toBe('2021-12-31');
    expect(own.doctor).toMatchObject({ name: '段然', hospital: '中壢安生醫院' });
    expect(own.flags).not.toContain('unsure_reading');
  });

  it('dates it by its own day where the card is in the reference line', () => {
    const own = read(page('熱心的醫師 ( 專家 )', '', '中壢安生醫院骨科 段然醫師 臨床經驗'));
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.date).toBe('2021-12-31');
  });
});
