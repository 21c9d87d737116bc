import { describe, expect, it } from 'vitest';
import { isDisclaimer } from '../src/extract/words/genre.js';
import { parseCardParts } from '../src/extract/card/card-parts.js';
import { readMetaLine } from '../src/extract/dates/page-meta.js';
import { isMemberByline } from '../src/extract/layouts/member-answer.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/** A check-up chain's 报告解读 page: a 健康顾问's message before the 主检医师's answer, the card beside it, a notice after it. */

const pageOf = (title: string, body: string) =>
  entriesOf(extractOrThrow(pageRecord(`<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`, { url: 'saved-page.html' }))).find((e) => e.origin === 'page')!;

const ANSWER = ['关于肾结石，可以从以下几个方面来考虑：', '（1）在受凉或劳累以后，症状时轻时重，容易反复，配合医生规范治疗效果更好。', '如果症状持续不缓解或者逐渐加重，应尽快到泌尿外科就诊。'];

const page = (title: string, stamp: string, adviser: boolean) =>
  pageOf(
    '肾结石恶心呕吐吃什么药？',
    `<div class="q"><h1>肾结石恶心呕吐吃什么药？</h1><p>最近一段时间一直这样，不知道是什么原因。</p><p>提问时间：2020-11-12</p></div>` +
      (adviser ? `<div><span>健康顾问 小慈</span><p>您好，已为您安排主检医师解读报告，请稍候。</p><span>2020/11/13 16:56</span></div>` : '') +
      `<div><h3>专家解读</h3><div><div><img src="/d.jpg" alt=""><p>邵晨</p><p>${title}</p><p>临床心理科</p><p>慈铭体检北京亚运村分院</p><p>从业27年</p></div>` +
      `<div>${ANSWER.map((p) => `<p>${p}</p>`).join('')}<p>解读时间：${stamp}</p></div></div></div>` +
      `<div>报告解读须知：本解读仅针对您上传的报告内容，如有不适请及时就医。</div>`,
  );

describe('a check-up chain’s report reading', () => {
  it('reads 主检医师 as one title, never a name (主检) and 医师; a rank printed beside it is the title', () => {
    expect(parseCardParts(['邵晨', '主检医师', '临床心理科', '慈铭体检北京亚运村分院'])).toMatchObject({ name: '邵晨', title: '主检医师', department: '临床心理科' });
    expect(parseCardParts(['王伟', '总检医师', '主任医师', '瑞康体检东湖分院'])).toMatchObject({ name: '王伟', title: '主任医师' });
  });

  it('reads the post where the title stands as no title (null), sure of it: a post, no 职称, as fresh-70’s and fresh-82’s keys read it', () => {
    const entry = page('主检医师', '2020/11/14 21:12', false);
    expect(entry.doctor).toMatchObject({ name: '邵晨', title: null, hospital: '慈铭体检北京亚运村分院' });
    expect(entry.flags).not.toContain('unsure_reading');
    expect(page('副主任医师', '2020/11/14 21:12', false).doctor).toMatchObject({ name: '邵晨', title: '副主任医师' });
  });

  it('takes neither the 健康顾问’s message nor its day: the answer is the doctor’s, dated by its 解读时间', () => {
    expect(isMemberByline('健康顾问 小慈')).toBe(true);
    // A line of the answer naming the role is no byline.
    expect(isMemberByline('健康顾问建议')).toBe(false);
    const entry = page('副主任医师', '2020/11/14 21:12', true);
    expect(entry.date).toBe('2020-11-14');
    expect(entry.answer_paragraphs).toEqual(ANSWER);
    expect(entry.flags).not.toContain('unsure_reading');
  });

  it('leaves the 报告解读须知 notice out of the answer, and a 解读时间 naming no day out of it too', () => {
    expect(isDisclaimer('报告解读须知：本解读仅针对您上传的报告内容，如有不适请及时就医。')).toBe(true);
    expect(isDisclaimer('就诊须知')).toBe(true);
    // A sentence that mentions a notice is no notice.
    expect(isDisclaimer('请您在体检前仔细阅读体检须知中的注意事项，空腹抽血。')).toBe(false);
    expect(readMetaLine('解读时间：昨天 18:01').metaOnly).toBe(true);
    expect(readMetaLine('解读结果：轻度脂肪肝').metaOnly).toBe(false);
    const entry = page('副主任医师', '昨天 18:01', true);
    expect(entry.answer_paragraphs).toEqual(ANSWER);
    expect(entry.date).toBeNull();
  });
});
