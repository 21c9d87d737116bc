import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSavedPages } from '../src/pipeline/run-saved-pages.js';
import { toEntries } from '../src/validate/to-entry.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { readDataset, tempDir } from './helpers/run.js';

/**
 * The genre reader on a consultation's form, pages whose own Q&A is not read (the no_page_entry reject), cards with a doctor's bio and grades in full-width brackets.
 * What the blind split fresh-27 taught the genre reader, each rule on a small page of its own.
 */

const URL = 'https://www.example-wenda.cn/q/1.html';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));

const ANSWER = ['膝盖疼多与劳损有关，先减少爬楼和深蹲。', '疼痛持续两周以上，请到骨科拍片检查。'];
const RELATED =
  '<div><h3>相关问答</h3><ul><li><a href="/q/2.html">爬楼梯膝盖疼是什么原因</a><p>多与劳损有关，注意休息。</p></li>' +
  '<li><a href="/q/3.html">膝关节积液怎么治疗</a><p>积液多时需要抽液治疗。</p></li></ul></div>';

describe("a consultation's form: the asker's fields under the question, then the doctor's reply", () => {
  const fields: Array<[string, string]> = [
    ['疾病', '膝关节炎'],
    ['病情描述', '最近爬楼梯膝盖疼，休息后好一些。'],
    ['患病多久', '一个月内'],
    ['已就诊医院及科室', '北岸市妇幼保健医院 儿科'],
    ['用药情况', '未用药'],
    ['希望得到的帮助', '需要做什么检查？'],
  ];
  const asTable = `<table>${fields.map(([k, v]) => `<tr><th>${k}</th><td>${v}</td></tr>`).join('')}</table>`;
  const asList = `<dl>${fields.map(([k, v]) => `<dt>${k}：</dt><dd>${v}</dd>`).join('')}</dl>`;
  const page = (form: string, closing: string) =>
    '<html><head><title>膝盖疼怎么办_在线问诊_某站</title></head><body>' +
    '<div><div>接诊医生</div><p>回答医生：<a href="/doctor/1.html">陈思远</a> 主治医师</p><p>骨科 | 滨海市第一医院</p></div>' +
    `<h1>膝盖疼怎么办</h1><p>患者：女 37岁</p>${form}<h2>医生回复</h2><div>回答时间：2023年1月9日 20:31</div>` +
    `<div>${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div><p>${closing}</p><p>提示：本内容不能代替面诊，如有不适请尽快就医。</p>${RELATED}</body></html>`;

  it("gives the doctor's reply alone as the answer, whether the form is a table or a description list", () => {
    for (const form of [asTable, asList]) {
      const [own, ...items] = read(page(form, '本次咨询已结束'));
      expect(own).toMatchObject({ question: '膝盖疼怎么办', date: '2023-01-09', answer_paragraphs: ANSWER });
      expect(own!.doctor).toMatchObject({ name: '陈思远', title: '主治医师', department: '骨科', hospital: '滨海市第一医院' });
      expect(own!.flags).not.toContain('unsure_reading');
      expect(items).toHaveLength(2);
    }
  });

  it("ends the answer at the service's closing notice (问诊已结束，感谢您的信任), none of it", () => {
    for (const closing of ['问诊已结束，感谢您的信任', '本次咨询已结束', '该问诊已关闭']) {
      expect(read(page(asTable, closing))[0]!.answer_paragraphs).toEqual(ANSWER);
    }
  });

  it('keeps a closing line of the doctor that only mentions a consultation', () => {
    expect(read(page(asTable, '如需进一步咨询，可以预约门诊。'))[0]!.answer_paragraphs).toEqual([...ANSWER, '如需进一步咨询，可以预约门诊。']);
  });
});

describe("a page whose own question and answer are not read, though its related items are", () => {
  // The answer is only a picture: the reader reads the question, no answer under it, and the list.
  const html =
    '<html><head><title>膝盖疼怎么办_问答</title></head><body><h1>膝盖疼怎么办</h1><div>陈思远 主治医师 滨海市第一医院 骨科</div>' +
    `<div><img src="/answer.png" alt=""></div>${RELATED}</body></html>`;

  it("publishes the items and a no_page_entry reject that says what was missing, never nothing", () => {
    const extraction = extractOrThrow(pageRecord(html, { url: URL }));
    const outcomes = toEntries(extraction, new Date(0));
    expect(outcomes.filter((o) => o.ok)).toHaveLength(2);
    const reject = outcomes.find((o) => !o.ok);
    expect(reject && !reject.ok ? reject.reject : null).toMatchObject({ reason: 'no_page_entry', origin: 'page', stage: 'extract', detail: expect.stringContaining('膝盖疼怎么办') });
  });

  it('is in the run\'s rejects.jsonl beside the items in its entries', async () => {
    const dir = await tempDir();
    writeFileSync(join(dir, 'page.html'), html);
    const out = join(dir, 'dataset');
    await runSavedPages({ inputs: [dir], outDir: out });
    const data = await readDataset(out);
    expect(data.entries.map((e) => e.origin)).toEqual(['related', 'related']);
    expect(data.rejects).toEqual([expect.objectContaining({ reason: 'no_page_entry', source: join(dir, 'page.html') })]);
  });
});

describe("a doctor card with the doctor's bio: specialities, earlier posts, a career", () => {
  const bio =
    '<p>专业擅长：泌尿外科与口腔科常见病、疑难病的诊治，尤其擅长龋齿的规范化治疗。</p><p>简介：陈思远，医学硕士，曾任东湖市中医院消化内科住院医师，2016年起在滨海市第一医院工作。</p>' +
    '<h4>执业经历</h4><p>2009–2016 东湖市中医院 消化内科 住院医师</p><p>2016至今 滨海市第一医院 骨科 主治医师</p><p>社会任职：北岸市医学会男科专业委员会委员</p>';
  const card = '<p>陈思远 主治医师</p><p>滨海市第一医院 三甲 骨科</p>';
  const page = (box: string) =>
    `<html><head><title>膝盖疼怎么办_问答</title></head><body><h1>膝盖疼怎么办</h1><div>2023-01-09</div><div>${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div>` +
    `<div>${box}</div><p>提示：本内容不能代替面诊，如有不适请尽快就医。</p>${RELATED}</body></html>`;

  it("reads the card's current values, none of the bio's, and no line of the bio as the answer, whether the bio comes before or after", () => {
    for (const box of [card + bio, bio + card]) {
      const own = read(page(box))[0]!;
      expect(own.doctor).toMatchObject({ name: '陈思远', title: '主治医师', department: '骨科', hospital: '滨海市第一医院', hospital_grade: '三甲' });
      expect(own.answer_paragraphs).toEqual(ANSWER);
    }
  });
});

describe("an answer's sentence that opens with a year beside a card", () => {
  it('stays the answer (2016至今，…): only a career line without a sentence is bio', () => {
    const html =
      '<html><head><title>膝盖疼怎么办_问答</title></head><body><h1>膝盖疼怎么办</h1><div><p>陈思远 主治医师</p><p>滨海市第一医院 三甲 骨科</p></div>' +
      '<div><p>膝盖疼多与劳损有关，先减少爬楼和深蹲。</p><p>2016至今，我们已随访这类患者上千例。</p><p>疼痛持续两周以上，请到骨科拍片检查。</p></div></body></html>';
    expect(read(html)[0]!.answer_paragraphs).toEqual(['膝盖疼多与劳损有关，先减少爬楼和深蹲。', '2016至今，我们已随访这类患者上千例。', '疼痛持续两周以上，请到骨科拍片检查。']);
  });
});

describe('a grade in full-width square brackets with the department run on after it', () => {
  it('gives the grade without its brackets and the department (北岸市人民医院［三级甲等］妇科)', () => {
    const html =
      `<html><head><title>膝盖疼怎么办_问答</title></head><body><h1>膝盖疼怎么办</h1><div><span>陈思远主治医师</span>　<span>滨海市第一医院［三级甲等］骨科</span></div>` +
      `<div>${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
    expect(read(html)[0]!.doctor).toMatchObject({ name: '陈思远', title: '主治医师', department: '骨科', hospital: '滨海市第一医院', hospital_grade: '三级甲等' });
  });
});
