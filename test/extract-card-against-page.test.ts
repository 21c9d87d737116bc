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

  it('a hospital the page glues a campus to (湖滨医院南院区, 聖恩醫院（大林院區）), read without it', () => {
    const page = ['宝宝夜里咳嗽要紧吗', '答疑医生：陈立 副主任医师 儿科', '湖滨医院南院区'];
    expect(cardAgainstPage(doctor({ name: '陈立', hospital: '湖滨医院' }), page)).toHaveLength(1);
    expect(cardAgainstPage(doctor({ name: '陈立', hospital: '湖滨医院南院区' }), page)).toEqual([]);
    expect(cardAgainstPage(doctor({ name: '陈立', hospital: '聖恩醫院' }), ['陳立醫師', '聖恩醫院（大林院區）'])).toHaveLength(1);
    // The campus's address line is no campus glued to the name (院区地址 runs on), nor is a department after the name.
    expect(cardAgainstPage(doctor({ name: '陈立', hospital: '湖滨医院' }), ['湖滨医院南院区地址：湖滨路1号', '湖滨医院儿科'])).toEqual([]);
    // Nor is a clinic's place: where the doctor sees patients, the card's hospital as printed.
    expect(cardAgainstPage(doctor({ name: '陈立', hospital: '湖滨一院' }), ['陈立 湖滨一院', '出诊地点：湖滨一院北院区 门诊楼3层'])).toEqual([]);
  });

  it('a department the page glues a unit to (肾内科二病区, 神经内科睡眠组), read without it', () => {
    expect(cardAgainstPage(doctor({ name: '陈立', department: '肾内科' }), ['陈立 主治医师', '肾内科二病区 湖滨医院'])).toHaveLength(1);
    expect(cardAgainstPage(doctor({ name: '陈立', department: '神经内科' }), ['陈立 主治医师 神经内科睡眠组'])).toHaveLength(1);
    expect(cardAgainstPage(doctor({ name: '陈立', department: '神经内科睡眠组' }), ['陈立 主治医师 神经内科睡眠组'])).toEqual([]);
    // A department's clinic hours or a word run on (神经内科组织的义诊) is no unit of it.
    expect(cardAgainstPage(doctor({ name: '陈立', department: '神经内科' }), ['陈立 神经内科', '神经内科组织的义诊', '神经内科门诊时间'])).toEqual([]);
    // A card's parts printed without a gap: the hospital after the department is no unit of it.
    expect(cardAgainstPage(doctor({ name: '陈立', department: '内分泌科', hospital: '湖滨市医学中心' }), ['陈立副主任医师内分泌科湖滨市医学中心'])).toEqual([]);
  });

  it('a title read short of its profession on the doctor\'s line (副主任 of 副主任中医师)', () => {
    expect(cardAgainstPage(doctor({ name: '陈立', title: '副主任' }), ['陈立 副主任中医师 针灸科'])).toHaveLength(1);
    // Another doctor's whole title elsewhere on the page says nothing of this card's.
    expect(cardAgainstPage(doctor({ name: '陈立', title: '副主任' }), ['陈立 副主任 针灸科', '推荐：李梅 副主任医师'])).toEqual([]);
  });

  it('an academic rank read where the doctor\'s line prints a clinical title too (教授 beside 主任医师)', () => {
    expect(cardAgainstPage(doctor({ name: '陈立', title: '教授' }), ['陈立 主任医师 教授 博士生导师'])).toHaveLength(1);
    expect(cardAgainstPage(doctor({ name: '陈立', title: '主任医师' }), ['陈立 主任医师 教授 博士生导师'])).toEqual([]);
    // A professor with no clinical title printed is read as printed.
    expect(cardAgainstPage(doctor({ name: '陈立', title: '教授' }), ['陈立 教授 博士生导师 药理学'])).toEqual([]);
  });

  it('a row labelled as the doctor\'s hospital printing a longer name than the one read (院区 | 台南圣恩医院)', () => {
    // The label a cell of its own, its value the next; or both on one line.
    expect(cardAgainstPage(doctor({ name: '陈立', hospital: '圣恩医院' }), ['圣恩医院', '陈立 主治医师', '院区', '台南圣恩医院'])).toHaveLength(1);
    expect(cardAgainstPage(doctor({ name: '陈立', hospital: '湖滨医院' }), ['陈立 主治医师', '所在医院：湖滨医院北院区'])).toContain('a row labelled as the doctor\'s hospital names 湖滨医院北院区, longer than the hospital read (湖滨医院)');
    expect(cardAgainstPage(doctor({ name: '陈立', hospital: '台南圣恩医院' }), ['圣恩医院', '陈立 主治医师', '院区', '台南圣恩医院'])).toEqual([]);
    // A campus alone beside the hospital's name, another doctor's hospital in a list, a label over other words: no such row.
    expect(cardAgainstPage(doctor({ name: '陈立', hospital: '湖滨医院' }), ['陈立 主治医师 湖滨医院', '院区：北院区', '推荐医生', '李梅 主任医师', '医院：江州市中医院'])).toEqual([]);
    expect(cardAgainstPage(doctor({ name: '陈立', hospital: '湖滨医院' }), ['医院介绍', '湖滨医院始建于1950年', '医院名称：湖滨市第一医院'])).toEqual([]);
  });

  it('no hospital or no department read, where the doctor\'s own short line prints one (回复者：护理部 陈立 个案管理师)', () => {
    expect(cardAgainstPage(doctor({ name: '陈立', title: '个案管理师', department: null }), ['回复者：护理部 陈立 个案管理师'])).toEqual(['no department read, and the doctor\'s line names one (护理部)']);
    expect(cardAgainstPage(doctor({ name: '陈立', title: '顾问医生', department: '内科', hospital: null }), ['湖滨医药专科中心 内科顾问医生 陈立'])).toHaveLength(1);
    // A paragraph naming the doctor in passing, or a line naming none, says nothing of the card.
    const paragraph = '陈立提醒，营养室的建议是少食多餐，出现不适应及时到湖滨医院就诊，不要自行用药，也不要轻信偏方，以免延误病情。';
    expect(cardAgainstPage(doctor({ name: '陈立', title: '营养师', department: null, hospital: null }), [paragraph, '陈立 营养师'])).toEqual([]);
  });
});

