import { describe, expect, it } from 'vitest';
import { extractPage } from '../src/extract/extract-page.js';
import { learnProfile } from '../src/extract/profiles/learn-profile.js';
import { learnFurniture, ownAgainstFurniture } from '../src/extract/profiles/site-furniture.js';
import { PROFILES } from '../src/extract/profiles/index.js';
import type { SiteProfile } from '../src/extract/profiles/profile.js';
import type { Doctor } from '../src/schema/entry.js';
import type { PageRecord } from '../src/schema/records.js';

const LEARNED_AT = '2025-06-01T00:00:00.000Z';
/** A column's line its template prints at the foot of every answer: none of the doctor's. */
const NOTICE = '本栏目逢周三刊出，读者来信请寄编辑部医药信箱收。';
const NAMES = ['林晓', '周岚', '钟毅', '韩涛', '王芳', '李明', '赵宁', '孙倩', '陈刚', '刘洋', '吴迪', '郑华', '黄磊', '何静'];
const ILLS = ['磨牙', '咳嗽', '失眠', '头痛', '胃胀', '腰痛', '耳鸣', '便秘', '盗汗', '手麻', '口苦', '心慌', '鼻塞', '眼干'];

/** A page of the column: the doctor's answer and, in the same box, the column's notice (`answer`: the box's paragraphs). */
function page(i: number, answer?: string[], boxClass = 'ans'): PageRecord {
  const paragraphs = answer ?? [`${ILLS[i]}第${i}次反复出现，多与作息不规律有关，先调整睡眠和饮食。`, `如果${ILLS[i]}持续两周以上不见好转，请到医院内科门诊检查。`, NOTICE];
  const html =
    `<html><head><title>${ILLS[i]}反复出现怎么办-医药信箱</title></head><body>` +
    `<h1 class="q">${ILLS[i]}反复出现怎么办</h1><div class="doc">${NAMES[i]} 主治医师 内科 西川市人民医院</div>` +
    `<div class="${boxClass}">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
  const url = `https://www.xinxiang.example/q/${i}.html`;
  return { url, finalUrl: url, status: 200, headers: {}, body: Buffer.from(html), fetchedAt: null };
}

function read(record: PageRecord, profiles?: readonly SiteProfile[]) {
  const outcome = extractPage(record, profiles ? { profiles } : {});
  if (!outcome.ok) throw new Error(outcome.reject.detail);
  return outcome.value;
}

const doctor = (name: string | null): Doctor => ({ name, title: null, department: null, hospital: null, hospital_grade: null });
const LONG = '平时注意休息，清淡饮食，按时复查肝功能。';

describe("a site's furniture in its answers", () => {
  it('is a line on most pages under three doctors or more; not one doctor\'s habit, not a short label', () => {
    const samples = Array.from({ length: 10 }, (_, i) => ({ answer: ['病情分析：', `第${i}页的回答。`, LONG], doctor: doctor(NAMES[i]!) }));
    expect(learnFurniture(samples)).toEqual([{ line: LONG, share: 1 }]);
    const onHalf = samples.map((s, i) => (i < 5 ? s : { ...s, answer: s.answer.slice(0, 2) }));
    expect(learnFurniture(onHalf)).toEqual([{ line: LONG, share: 0.5 }]);
    const oneDoctor = samples.map((s) => ({ ...s, doctor: doctor('林晓') }));
    expect(learnFurniture(oneDoctor)).toEqual([]);
    const onThree = samples.map((s, i) => (i < 3 ? s : { ...s, answer: s.answer.slice(0, 2) }));
    expect(learnFurniture(onThree)).toEqual([]);
  });

  it('sure, opening or closing an answer (in its comparable form), is none of it; between the doctor\'s lines, or only suspected, it stays, doubted', () => {
    const own = (answerParagraphs: string[]) => ({ question: '问题', answerParagraphs, doctor: doctor('林晓'), format: 'unknown' as const, date: null, hasDisclaimer: false, origin: 'page' as const, position: 0, url: null, relatedUrls: [] });
    const sure = (line: string) => ({ line, share: 0.9 });
    const edged = ownAgainstFurniture(own([NOTICE, '第一句。', '第二句。', LONG.replace('，', ',')]), [sure(LONG), sure(NOTICE)]).own!;
    expect(edged.answerParagraphs).toEqual(['第一句。', '第二句。']);
    expect(edged.doubts).toBeUndefined();
    const inside = ownAgainstFurniture(own(['第一句。', LONG, '第三句。']), [sure(LONG)]).own!;
    expect(inside.answerParagraphs).toEqual(['第一句。', LONG, '第三句。']);
    expect(inside.doubts).toContainEqual(expect.stringMatching(/stands in this one/));
    // On half the sample pages a stock sentence can stand by chance: doubted, not cut.
    const suspected = ownAgainstFurniture(own(['第一句。', LONG]), [{ line: LONG, share: 0.6 }]).own!;
    expect(suspected.answerParagraphs).toEqual(['第一句。', LONG]);
    expect(suspected.doubts).toContainEqual(expect.stringMatching(/stands in this one/));
    expect(ownAgainstFurniture(own([NOTICE]), [sure(NOTICE)])).toEqual({ own: null, unread: expect.stringMatching(/furniture/) });
  });

  it("is learned with the site's profile and none of its later pages' answers; a page whose answer is nothing else has no page entry, and says why", () => {
    // Without a profile the genre reader keeps the notice: one page cannot tell it from the doctor's last line.
    expect(read(page(11)).entries[0]!.answerParagraphs).toContain(NOTICE);
    const { profile } = learnProfile(Array.from({ length: 10 }, (_, i) => page(i)), { site: 'www.xinxiang.example', learnedAt: LEARNED_AT });
    expect(profile?.learned?.furniture).toEqual([{ line: NOTICE, share: 1 }]);
    const profiles = [...PROFILES, profile!];
    const doctors = [`${ILLS[11]}第11次反复出现，多与作息不规律有关，先调整睡眠和饮食。`, `如果${ILLS[11]}持续两周以上不见好转，请到医院内科门诊检查。`];
    const later = read(page(11), profiles);
    expect(later.extractor).toBe('xinxiang-example/learned');
    expect(later.entries[0]!.answerParagraphs).toEqual(doctors);
    // The profile's answer selector reads the same box: the furniture is none of its reading either, so the two agree.
    expect(profile!.layouts[0]!.answer.length).toBeGreaterThan(0);
    expect(later.entries[0]!.doubts ?? []).toEqual([]);
    expect(later.entries[0]!.readBy).toBe('learned_profile');
    // A redrawn page the profile does not detect is read by the genre rules, and spared the furniture all the same.
    const redrawn = read(page(12, undefined, 'answer-body'), profiles);
    expect(redrawn.extractor).toBe('generic-html');
    expect(redrawn.entries[0]!.answerParagraphs).toHaveLength(2);
    expect(redrawn.entries[0]!.answerParagraphs).not.toContain(NOTICE);
    const onlyNotice = read(page(13, [NOTICE]), profiles);
    expect(onlyNotice.entries.filter((e) => e.origin === 'page')).toEqual([]);
    expect(onlyNotice.ownUnread).toMatch(/furniture/);
  });
});
