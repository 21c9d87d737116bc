import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A bilingual Q&A page printing its English version as a part of its own (`<div lang="en">` with `Q:`, `A:` and a day line) beside
 * the Chinese one read: where the Chinese half prints no day, the English half's dates the answer (in the page's order of day and
 * month where a day shows it; a day printed two ways is left unread, and said). And a film under the answer captioned with the
 * answering doctor's name (`視頻：何美玲護士講解`) is the answer's film. Before, the day was unread silently and the film doubted.
 */
const QUESTION = '化療期間可以吃生果嗎？';
const ANSWER = ['化療期間一般可以吃生果，但要洗乾淨、去皮，避免食用未熟透或不潔的食物。', '如白血球偏低，應暫時改吃煮熟的生果，並多留意個人衛生。'];
const english = (day: string, labels = true) =>
  `<div class="english" lang="en"><h2>Patient Questions</h2>` +
  (labels ? `<p><strong>Q:</strong> Can I eat fruit during chemotherapy?</p><p><strong>A:</strong> Usually yes, if it is washed and peeled.</p>` : `<p>Our hotline is open on weekdays.</p>`) +
  `<p>Answered by Ms Ho, Registered Nurse</p><p>${day}</p></div>`;
const chinese = (after = '') =>
  `<div class="chinese" lang="zh-HK"><h2>病人問答</h2><p><strong>問：</strong>${QUESTION}</p>` +
  `<p><strong>答：</strong>${ANSWER[0]}</p><p>${ANSWER[1]}</p><p>回答：何美玲　註冊護士</p></div>${after}`;
const page = (halves: string) =>
  `<html lang="en"><head><meta charset="utf-8"><title>${QUESTION} | 病人問答 | 腫瘤病人支援中心</title></head><body>` +
  `<nav><a href="/">Home 主頁</a> <a href="/qa/">Q&amp;A 問答</a></nav><main>${halves}</main><footer>© 腫瘤病人支援中心</footer></body></html>`;
const pageOf = (html: string) => entriesOf(extractOrThrow(pageRecord(html))).find((e) => e.origin === 'page')!;

describe('the English half’s day', () => {
  it('dates the answer where the Chinese half prints none, before or after it', () => {
    const before = pageOf(page(english('Date: 17/03/2021') + chinese()));
    expect(before.question).toBe(QUESTION);
    expect(before.answer_paragraphs).toEqual(ANSWER);
    expect(before.date).toBe('2021-03-17');
    expect(before.flags).not.toContain('unsure_reading');
    expect(pageOf(page(chinese() + english('17 March 2021'))).date).toBe('2021-03-17');
  });

  it('leaves a day printed two ways unread, and says so', () => {
    const entry = pageOf(page(english('Date: 04/03/2021') + chinese()));
    expect(entry.date).toBeNull();
    expect(entry.flags).toContain('unsure_reading');
  });

  it('takes no day from an English part beside it that holds no Q&A of its own', () => {
    expect(pageOf(page(english('Date: 17/03/2021', false) + chinese())).date).toBeNull();
  });
});

describe('a film captioned with the answering doctor’s name', () => {
  const film = (caption: string) => `<div class="clip"><iframe src="https://www.youtube.com/embed/abc123"></iframe><p>${caption}</p></div>`;
  it('is the answer’s film, where a film captioned otherwise is doubted', () => {
    const captioned = pageOf(page(english('17 March 2021') + chinese(film('視頻：何美玲護士講解'))));
    expect(captioned.format).toBe('video');
    expect(captioned.flags).not.toContain('unsure_reading');
    const other = pageOf(page(english('17 March 2021') + chinese(film('視頻：認識癌症'))));
    expect(other.format).toBe('unknown');
    expect(other.flags).toContain('unsure_reading');
  });
});
