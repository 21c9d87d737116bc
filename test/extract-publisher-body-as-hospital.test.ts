import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A family-planning association's 問與答 page: the body runs its own clinics, its doctors answer, and the site is its own (the
 * masthead `家計會 The Family Planning Association…`, the footer's `© 香港家庭計劃指導會`). The card is a byline, `回答：{name}醫生　家計會`
 * above the letter or `解答醫生：{name}醫生（醫務主任）　香港家庭計劃指導會` after it: the calling 醫生 no title, the post the title, and the
 * body — the site's own publisher, though its name is not shaped as a hospital's — the card's hospital, not doubted.
 */

const QUESTION = '經期腰痛是什麼原因引起的';
const ANSWER = ['經期腰痛多與盆腔充血有關，一般在月經結束後會逐漸緩解。', '如果疼痛持續加重，建議到婦科門診檢查。'];
const page = (card: string, before: boolean, masthead = '家計會 The Family Planning Association of Hong Kong', footer = '© 香港家庭計劃指導會 The Family Planning Association of Hong Kong') => `<html lang="zh-Hant-HK"><head><meta charset="utf-8"><title>${QUESTION} | 問與答 | 家計會</title></head><body>
<header><a href="/zh" class="logo"><img src="/logo.svg" alt="家計會"></a><span class="site-name">${masthead}</span></header>
<main><article><h1>${QUESTION}</h1>
<div class="date">發佈日期：2023年5月6日</div>
${before ? `<div class="byline">${card}</div>` : ''}
<div class="q"><p><strong>問：</strong>${QUESTION}最近一段時間一直這樣。</p></div>
<div class="body"><p><strong>答：</strong></p>${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div>
${before ? '' : `<div class="author">${card}</div>`}
<p class="disclaimer">以上資料只供參考，如有疑問請向醫生查詢。</p>
</article></main>
<footer><p>${footer}</p></footer></body></html>`;
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://www.example-fpa.org.hk/zh/qa/1' }))).find((e) => e.origin === 'page')!;

describe('a card naming the body that publishes the site', () => {
  it('reads a byline with no rank above the letter: the name, no title, the body its hospital', () => {
    const own = read(page('回答：潘怡醫生　家計會', true));
    expect(own.doctor).toEqual({ name: '潘怡', title: null, department: null, hospital: '家計會', hospital_grade: null });
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.flags).not.toContain('unsure_reading');
  });

  it('takes the body’s full name, the footer’s ©, as the hospital after a card with the post', () => {
    const own = read(page('<span class="label">解答醫生：</span>梁偉怡醫生（醫務主任）　香港家庭計劃指導會', false));
    expect(own.doctor.hospital).toBe('香港家庭計劃指導會');
    expect(own.doctor.title).toBe('醫務主任');
    expect(own.flags).not.toContain('unsure_reading');
  });

  it('reads the byline under the letter as well', () => {
    const own = read(page('解答醫生：潘怡醫生　家計會', false));
    expect(own.doctor.name).toBe('潘怡');
    expect(own.doctor.hospital).toBe('家計會');
    expect(own.answer_paragraphs).toEqual(ANSWER);
  });

  it('does not take a body the site does not publish under as the hospital of a byline with no rank', () => {
    const own = read(page('回答：潘怡醫生　關愛會', true, '某某健康網', '© 某某健康網'));
    expect(own.doctor.hospital).not.toBe('關愛會');
    expect(own.flags).toContain('unsure_reading');
  });

  it('does not vouch for a learned society or a health commission publishing the site: no doctor works there', () => {
    for (const body of ['北岸市醫學會', '北岸市醫師協會', '北岸市衛生健康委員會']) {
      const byline = read(page(`回答：潘怡醫生　${body}`, true, body, `© ${body}`));
      expect(byline.doctor.hospital !== body || byline.flags.includes('unsure_reading')).toBe(true);
      const card = read(page(`解答醫生：潘怡　主任醫師　婦科　${body}`, false, body, `© ${body}`));
      expect(card.doctor.hospital !== body || card.flags.includes('unsure_reading')).toBe(true);
    }
  });
});
