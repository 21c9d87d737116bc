import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { parseCardParts } from '../src/extract/card/card-parts.js';

/**
 * What fresh-86 (a university hospital's international centre page in English and Chinese, a mother-and-baby retailer's
 * 育儿问答 share page, a science platform's 问答 with its closing credits) taught the genre reader.
 */

const html = (title: string, body: string) => `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const pageOf = (page: string) => entriesOf(extractOrThrow(pageRecord(page, { url: 'saved-page.html' }))).find((e) => e.origin === 'page')!;

describe('a bilingual card: each field’s English name in brackets after its Chinese', () => {
  it('reads the Chinese department and title, the gloss none of them', () => {
    expect(parseCardParts(['林晓峰', '副主任医师（Associate Chief Physician）', '内分泌科（Endocrinology）'])).toMatchObject({
      name: '林晓峰',
      title: '副主任医师',
      department: '内分泌科',
    });
    expect(parseCardParts(['林晓峰　主治医师（Attending Physician）', '妇产科（Obstetrics & Gynecology）']).department).toBe('妇产科');
    expect(parseCardParts(['林晓峰 主任医师', '呼吸内科(Respiratory Medicine)', '江州市人民医院'])).toMatchObject({ department: '呼吸内科', hospital: '江州市人民医院' });
    // A body's letters in brackets inside a part gloss no field: the part is read as before.
    expect(parseCardParts(['专栏医生', '林晓峰医生', '英国中医药学会（ATCM）注册中医师 Registered TCM Practitioner'])).toMatchObject({ name: '林晓峰', title: '注册中医师' });
  });
});
