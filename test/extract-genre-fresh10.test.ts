import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/** Issue #9: what the blind split fresh-10 taught the genre reader, each rule on a small page of its own. */

describe('what fresh-10 taught the reader: traditional-script cards, ROC dates', () => {
  const read = (body: string, title = '某站') => entriesOf(extractOrThrow(pageRecord(`<html><head><title>${title}</title></head><body>${body}</body></html>`)));
  const answer = '<p>喉嚨痛多與上呼吸道感染有關，應多喝溫水、注意休息。</p><p>症狀加重時要及時到醫院耳鼻喉科就診，遵醫囑用藥。</p>';
  const list =
    '<h3>相關問題</h3><ul><li><a href="/q/2.html">喉嚨痛吃什麼藥</a><p>喉嚨痛可在醫師指導下用藥，不要自行服用抗生素。</p></li>' +
    '<li><a href="/q/3.html">喉嚨痛要做什麼檢查</a><p>喉嚨痛反復發作的，可以先做血常規檢查。</p></li></ul>';

  it('a label of who answers or of a field alone with its colon (回覆醫師：, 服務醫院：) names the part after it; 院所 names the hospital', () => {
    const cards = [
      '<ul><li><span>回覆醫師：</span>林志明 副主任醫師</li><li><span>服務醫院：</span>南港市立聯合醫院</li><li><span>科別：</span>耳鼻喉科</li></ul>',
      '<div>答覆醫師：林志明 副主任醫師；院所：南港市立聯合醫院；科別：耳鼻喉科</div>',
    ];
    for (const card of cards) {
      const [page] = read(`<h1>喉嚨痛怎麼辦？</h1>${card}${answer}${list}`);
      expect(page!.doctor).toEqual({ name: '林志明', title: '副主任醫師', department: '耳鼻喉科', hospital: '南港市立聯合醫院', hospital_grade: null });
    }
  });

  it('an ROC date (民國112年5月6日, 112/05/06) is the western one, year plus 1911; a two-digit 99/05/06 is not read', () => {
    const card = '<div>醫師：林志明 主治醫師　院所：南港市立聯合醫院　科別：耳鼻喉科</div>';
    const stamps: Array<[string, string | null]> = [
      ['回覆時間：民國112年5月6日', '2023-05-06'],
      ['回覆時間：112/05/06', '2023-05-06'],
      ['回覆時間：2023/05/06', '2023-05-06'],
      ['回覆時間：99/05/06', null],
    ];
    for (const [stamp, date] of stamps) {
      const [page] = read(`<h1>喉嚨痛怎麼辦？</h1>${card}<div>${answer}<div>${stamp}</div></div>${list}`);
      expect([page!.date, page!.answer_paragraphs.length]).toEqual([date, 2]);
    }
  });

  it("the answer's label spaced before a format word (醫師回覆 語音) gives the format", () => {
    const card = '<div>醫師：林志明 主治醫師　院所：南港市立聯合醫院　科別：耳鼻喉科</div>';
    for (const [word, format] of [['語音', 'voice'], ['圖文', 'text']] as const) {
      const [page] = read(`<h1>喉嚨痛怎麼辦？</h1>${card}<div><div>醫師回覆 <span>${word}</span></div>${answer}</div>${list}`);
      expect(page!.format).toBe(format);
    }
  });
});
