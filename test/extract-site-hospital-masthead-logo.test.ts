import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * An old hospital site's 网上咨询 page draws its masthead as a picture (`<img alt="天水市第一人民医院">`), its <title> naming the
 * same hospital, and prints no footer: the site's hospital is the card's where the reply's cells name none.
 */
const HOSPITAL = '天水市第一人民医院';
const QUESTION = '胆囊息肉0.6厘米要切除吗';
const ANSWER = ['胆囊息肉0.6厘米，目前没有达到手术指征，一般超过1厘米才建议手术。', '建议每半年复查一次腹部B超，观察息肉的大小变化。'];
const page = (alt: string, title = `网上咨询_${HOSPITAL}`) =>
  `<html><head><meta charset="utf-8"><title>${title}</title></head><body><table><tr><td><img src="/img/logo.gif" alt="${alt}"></td></tr></table>` +
  `<table><tr><td>咨询标题：</td><td>${QUESTION}</td></tr><tr><td>提问时间：</td><td>2023-5-4 8:11:09</td></tr>` +
  `<tr><td>回复医生：</td><td>何军</td></tr><tr><td>职称：</td><td>主任医师</td></tr><tr><td>科室：</td><td>肝胆外科</td></tr><tr><td>回复时间：</td><td>2023-5-6 9:02:41</td></tr>` +
  `<tr><td colspan=2>${ANSWER.map((a) => `<p>${a}</p>`).join('')}</td></tr></table></body></html>`;
const own = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'saved-page.html' }))).find((e) => e.origin === 'page');

describe("a hospital site's masthead drawn as its logo", () => {
  it('names the site hospital where the <title> names it too', () => {
    expect(own(page(HOSPITAL))?.doctor).toMatchObject({ name: '何军', title: '主任医师', department: '肝胆外科', hospital: HOSPITAL });
    expect(own(page(`${HOSPITAL}（三甲）`))?.doctor.hospital).toBe(HOSPITAL);
  });
  it('names none where the logo names another hospital than the <title>', () => {
    expect(own(page('某某民营医院 无痛技术'))?.doctor.hospital).toBeNull();
  });
});
