import { describe, expect, it } from 'vitest';
import { cardAgainstPage } from '../src/extract/card/card-against-page.js';
import type { Doctor } from '../src/schema/entry.js';

/**
 * The card as read, against the page's own lines: a value the page prints longer than the reader read it (a dotted name cut
 * at its dot, a hospital's short name from a logo where the page prints the whole name around it), or a hospital or a
 * department left unread that the page prints as the site's own or beside the doctor. The reading is doubted
 * (unsure_reading), not changed.
 */
const doctor = (over: Partial<Doctor>): Doctor => ({ name: null, title: '主任医师', department: '皮肤科', hospital: '江州市人民医院', hospital_grade: null, ...over });

describe('a card value the page prints longer is doubted', () => {
  it('a dotted name read only to its dot (阿依古丽 of 阿依古丽·买合木提)', () => {
    const page = ['起红疹还渗液怎么回事', '专家：阿依古丽·买合木提 主任医师', '新疆医科大学第一附属医院 皮肤科'];
    expect(cardAgainstPage(doctor({ name: '阿依古丽' }), page)).toHaveLength(1);
    expect(cardAgainstPage(doctor({ name: '阿依古丽·买合木提' }), page)).toEqual([]);
  });

  it('a hospital’s short name where the page prints the university’s hospital whole (仁济医院 of …附属仁济医院)', () => {
    const page = ['年轻人干眼症多久能好？', '朱平明 主任医师 眼科', '上海交通大学医学院附属仁济医院'];
    expect(cardAgainstPage(doctor({ hospital: '仁济医院' }), page)).toHaveLength(1);
    expect(cardAgainstPage(doctor({ hospital: '上海交通大学医学院附属仁济医院' }), page)).toEqual([]);
    // A card that prints the short name on a line of its own names the hospital so, whatever the masthead prints.
    expect(cardAgainstPage(doctor({ hospital: '瑞金医院' }), ['Ruijin Hospital 瑞金医院', '上海交通大学医学院附属瑞金医院 Ruijin Hospital'])).toEqual([]);
  });

  it('a name or a hospital named in a sentence, or a Han name beside a dot that parts a card’s fields, is no cut value', () => {
    const page = ['建议到仁济医院眼科复查。', '王芳 · 主任医师 · 眼科', '王芳·主任医师', '王芳·痛风24讲', '王芳医生，仁济医院（三甲）'];
    expect(cardAgainstPage(doctor({ name: '王芳', hospital: '仁济医院' }), page)).toEqual([]);
  });
});

describe('a hospital or a department the page prints, left unread, is doubted', () => {
  it('no hospital read, and the footer names the hospital the site is (…医院　沪ICP备…, …醫院　112台北市…)', () => {
    expect(cardAgainstPage(doctor({ hospital: null }), ['朱平明 主任医师 眼科', '上海交通大学医学院附属仁济医院　沪ICP备95269618号'])).toHaveLength(1);
    expect(cardAgainstPage(doctor({ hospital: null }), ['胡剛醫師', '振興醫療財團法人振興醫院　112台北市北投區振興街45號'])).toHaveLength(1);
    // A hospital named in the answer's sentences is no footer.
    expect(cardAgainstPage(doctor({ hospital: null }), ['建议到江州市人民医院复查。'])).toEqual([]);
  });

  it('no department read, and a line names one just before the doctor (心臟內科 胡剛醫師)', () => {
    expect(cardAgainstPage(doctor({ name: '胡剛', department: null }), ['（本文作者：振興醫院心臟內科 胡剛醫師）'])).toHaveLength(1);
    // A specialist's title (专科 王芳) or the department read already is no unread department.
    expect(cardAgainstPage(doctor({ name: '王芳', department: null }), ['香港专科 王芳医生'])).toEqual([]);
    expect(cardAgainstPage(doctor({ name: '胡剛', department: '心臟內科' }), ['心臟內科 胡剛醫師'])).toEqual([]);
  });
});
