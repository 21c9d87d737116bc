import { describe, expect, it } from 'vitest';
import { isCitedReportRow, isReportListHead } from '../src/extract/words/report-rows.js';
import { isDepartment, isDisclaimer } from '../src/extract/words/genre.js';
import { parseCardParts } from '../src/extract/card/card-parts.js';
import { calledName } from '../src/extract/words/card-words.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/** A doctor reading a customer's check-up or lab report: the report's rows, lists and disclaimer beside the answer, the lab's card, the service's record. */

const pageOf = (title: string, body: string) =>
  entriesOf(extractOrThrow(pageRecord(`<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`, { url: 'saved-page.html' }))).find((e) => e.origin === 'page')!;

const ANSWER = ['过敏性鼻炎需要结合具体情况来看，一般有以下几种情况：', '1.如果是过敏性鼻炎引起的，可以配合理疗和适量运动，配合医生规范治疗效果更好。', '平时要注意保持良好的生活习惯，按时复查。'];

describe('a report row the answer cites', () => {
  it('is the report’s, marked or not; a doctor’s sentence citing a value is the answer’s', () => {
    for (const row of ['【报告原文】糖化血红蛋白(HbA1c) 11.2 % ↑（参考值 4.0-6.0）', '📋 总胆固醇(TC) 6.12↑', '甲胎蛋白：7.88↑ ng/mL　参考范围 0-7', '谷丙转氨酶 82 U/L ↑']) expect(isCitedReportRow(row)).toBe(true);
    for (const line of ['您的糖化血红蛋白11.2%，明显偏高，需要内分泌科就诊。', '2.单纯的打喷嚏，症状时轻时重，容易反复。', '空腹血糖 5.1 mmol/L']) expect(isCitedReportRow(line)).toBe(false);
  });

  it('is left out of the answer, as is the report’s own disclaimer', () => {
    expect(isDisclaimer('本解读仅针对本次体检报告，不能替代临床诊断，如有不适请及时就医。')).toBe(true);
    const entry = pageOf(
      '哺乳期过敏性鼻炎打喷嚏吃什么药',
      `<h1>哺乳期过敏性鼻炎打喷嚏吃什么药</h1><p>咨询人：赵**　提问时间：2022-06-05 07:55</p><p>请问需要做什么检查？</p>` +
        `<div><h3>检验专家解读</h3><div><img src="/e.jpg" alt="董洋"><p>董洋 检验科主治医师</p><p>迪康医学检验实验室</p></div>` +
        `<div><p>${ANSWER[0]}</p><div>【报告原文】糖化血红蛋白(HbA1c) 11.2 % ↑（参考值 4.0-6.0）</div><p>${ANSWER[1]}</p><div>甘油三酯：2.24↑ mmol/L　参考范围 0.45-1.70</div><p>${ANSWER[2]}</p></div>` +
        `<p>回复时间：2022-06-06 10:25</p><p>本解读仅针对本次体检报告，不能替代临床诊断，如有不适请及时就医。</p></div>`,
    );
    expect(entry.answer_paragraphs).toEqual(ANSWER);
    expect(entry.doctor.hospital).toBe('迪康医学检验实验室');
    expect(entry.date).toBe('2022-06-06');
  });

  it('heads the report’s own list after the answer (报告原文复查建议, 总检结论及建议): none of the answer', () => {
    for (const head of ['报告原文复查建议：', '【总检结论及建议】', '总检建议', '【报告原文】复查建议', '附：体检报告总检建议', '附：本次体检异常结果']) expect(isReportListHead(head)).toBe(true);
    expect(isReportListHead('附：饮食建议')).toBe(false);
    expect(isReportListHead('复查建议：')).toBe(false);
    const entry = pageOf(
      '腰部绞痛吃什么药好',
      `<h1>腰部绞痛吃什么药好</h1><p>江州市第三人民医院 健康体检中心</p><p>王建国 副主任医师 健康体检中心</p><p>2019-07-27</p>` +
        `<div><p>${ANSWER[0]}</p><p>${ANSWER[2]}</p></div><div><b>报告原文复查建议：</b><p>1. 血尿酸偏高：建议少食高嘌呤食物，多饮水，复查血尿酸。</p><p>2. 血脂异常：建议低脂饮食，3–6个月复查血脂。</p></div>`,
    );
    expect(entry.answer_paragraphs).toEqual([ANSWER[0], ANSWER[2]]);
  });
});

describe('a lab’s and a chain’s names', () => {
  it('are the answerer’s workplace, its branch in brackets with it; a lab’s 临床检验中心 is its department', () => {
    const entry = pageOf(
      '男性脖子僵硬怎么办',
      `<h1>男性脖子僵硬怎么办</h1><p>咨询人：陈*　提问时间：2021-11-18 09:23</p>` +
        `<div><h3>检验专家解读</h3><div><p>钱娟丽 临床检验中心主治医师</p><p>华检医学检验中心（东湖）</p></div><div><p>${ANSWER[0]}</p><p>${ANSWER[2]}</p></div><p>回复时间：2021-11-19 08:32</p></div>`,
    );
    expect(entry.doctor.hospital).toBe('华检医学检验中心（东湖）');
    expect(entry.doctor.department).toBe('临床检验中心');
    expect(entry.answer_paragraphs).toEqual([ANSWER[0], ANSWER[2]]);
  });
});

describe('a report’s role badge', () => {
  it('names no one (解读医生, 主检医生)', () => {
    expect(calledName('解读医生')).toBeNull();
    expect(calledName('主检医生')).toBeNull();
    expect(calledName('范清医生')).toBe('范清');
  });
});

describe('a check-up centre’s answerer line', () => {
  it('the centre before a post (体检中心主任) is no name', () => {
    expect(parseCardParts(['孔佳，体检中心主任，主治医师'])).toMatchObject({ name: '孔佳', title: '主治医师', department: '体检中心' });
    expect(parseCardParts(['慕容敏建，体检中心主任，医师'])).toMatchObject({ name: '慕容敏建', title: '医师', department: '体检中心' });
    expect(parseCardParts(['王芳 医师'])).toMatchObject({ name: '王芳', title: '医师' });
  });
});

describe('an insurer’s service record', () => {
  it('is dated by its timeline’s reply step, newest first, and its 图文咨询 service is the format', () => {
    const entry = pageOf(
      '眼睛疲劳怎么办',
      `<div><p>服务单号：FW2021030254083344</p><p>服务类型：图文咨询</p><p>服务状态：已完成</p></div><div><p>体检日期：2021-02-23</p></div>` +
        `<ul><li><b>服务已完成</b><span>2021-03-05 09:10</span></li><li><b>医生已回复</b><span>2021-03-03 19:28</span></li><li><b>健康管理师已受理</b><span>2021-03-02 20:55</span></li><li><b>提交咨询</b><span>2021-03-02 13:23</span></li></ul>` +
        `<div><div>我的问题</div><div><p>眼睛疲劳怎么办</p><p>平时工作比较忙，作息不太规律。</p></div></div>` +
        `<div><h4>医生解读</h4><div><b>乔磊军</b> <span>副主任医师</span> <span>眼科</span><p>石门市第三人民医院</p></div><p>${ANSWER[0]}</p><p>${ANSWER[2]}</p></div>` +
        `<div class="fu"><div>我的追问</div><div><p>多久复查一次比较好？</p></div></div><div><div>乔磊军医生 追答</div><div><p>建议3个月后复查，有不适随时就诊。</p><span>2021年3月6日 09:00</span></div></div>`,
    );
    expect(entry.date).toBe('2021-03-03');
    expect(entry.format).toBe('text');
    expect(entry.answer_paragraphs).toEqual([ANSWER[0], ANSWER[2]]);
  });
});

describe('a lab’s section and a centre’s head', () => {
  it('a lab’s 生化检验部 or 临床免疫组 is the department; a 专家组 is none', () => {
    for (const unit of ['生化检验部', '临床免疫组', '微生物室']) expect(isDepartment(unit)).toBe(true);
    expect(isDepartment('专家组')).toBe(false);
  });

  it('a centre’s 主任 is a role: the 医师 printed beside it is the title', () => {
    const doctor = parseCardParts(['钱桂', '健康管理中心主任', '医师']);
    expect(doctor.title).toBe('医师');
    expect(doctor.department).toBe('健康管理中心');
    expect(parseCardParts(['王芳', '主任', '医师']).title).not.toBe('医师');
  });
});
