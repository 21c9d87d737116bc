import { describe, expect, it } from 'vitest';
import { parseDoctorCard } from '../src/extract/card/card-parts.js';
import { readMetaLine } from '../src/extract/dates/page-meta.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on a category field beside a bilingual day, a hospital named after a research institute, steps numbered
 * `1/2 2/2` in an answer, a 你可能也想看 head and a related list of one link: what a blind review's hand-made pages taught it,
 * each rule on a small page of its own (other wording than the review's).
 */

const URL = 'https://www.example-wenda.cn/q/1.html';
const read = (html: string, url = URL) => entriesOf(extractOrThrow(pageRecord(html, { url })));

describe('a category field beside the day (`Date: … | Category: Skin Care 皮膚護理`)', () => {
  it('is meta as the day is: the line dates the answer, its value spaced or not', () => {
    expect(readMetaLine('Posted: 3 May 2021 | Category: Skin Care 皮膚護理')).toMatchObject({ dates: [{ iso: '2021-05-03' }], metaOnly: true });
    expect(readMetaLine('发布日期：2021-05-03 ｜ 栏目：Kids Health 儿童健康')).toMatchObject({ dates: [{ iso: '2021-05-03' }], metaOnly: true });
    // A sentence after the label is text, no field's value; so is a field with no day beside it.
    expect(readMetaLine('2021-05-03 分类：皮肤科 孩子起疹子三天了，怎么办').metaOnly).toBe(false);
    expect(readMetaLine('Topic: Skin Care 皮膚護理').metaOnly).toBe(false);
  });

  it('on a bilingual page whose only day is that line', () => {
    const html =
      '<html><head><meta charset="utf-8"><title>Ask the Pharmacist | Can I take two cold remedies together? 兩隻感冒藥可以一齊食嗎？</title></head><body>' +
      '<div><h1>Can I take two cold remedies together? 兩隻感冒藥可以一齊食嗎？</h1><p>Posted: 9 October 2022 &nbsp;|&nbsp; Topic: Medicines 藥物知識</p>' +
      '<div><p>我今日食咗一包感冒沖劑，仲想食多粒傷風丸，得唔得？</p></div>' +
      '<div><p>何嘉欣 註冊藥劑師</p><p>兩種感冒藥好多時都含有相同成分，例如撲熱息痛，一齊食可能會過量。</p><p>食之前請睇清楚成分表，唔肯定就問藥劑師。</p></div></div></body></html>';
    const [page] = read(html);
    expect(page!.date).toBe('2022-10-09');
    expect(page!.answer_paragraphs).toHaveLength(2);
  });
});

describe("a hospital named after a research institute (`…眼科研究所附属医院`)", () => {
  it('is the hospital whole: the 科 of the institute\'s field is no department run into a hospital', () => {
    expect(parseDoctorCard('周明 副主任医师 江州市眼科研究所附属医院')).toMatchObject({ department: null, hospital: '江州市眼科研究所附属医院' });
    expect(parseDoctorCard('周明 主治医师 滨海口腔科研究院附属口腔医院 正畸科')).toMatchObject({ department: '正畸科', hospital: '滨海口腔科研究院附属口腔医院' });
    // A department run into a hospital is still read apart.
    expect(parseDoctorCard('周明 主治医师 眼科江州市人民医院')).toMatchObject({ department: '眼科', hospital: '江州市人民医院' });
  });
});

describe('steps numbered `1/2 2/2` in the paragraphs of an answer', () => {
  const page = (steps: string) =>
    `<html><head><title>鼻子出血怎么止血_问答</title></head><body><h1>鼻子出血怎么止血</h1><p>陈思远 主治医师 耳鼻喉科 滨海市第一医院</p><p>2023-04-11</p>` +
    `<div><p>鼻出血大多来自鼻中隔前部，自己就能处理。</p>${steps}</div></body></html>`;

  it('are the answer\'s steps as printed, each a paragraph of its own, where each ends a sentence and none is stamped', () => {
    const [own] = read(page('<p>1/2 身体稍向前倾，用手指捏紧两侧鼻翼十分钟。</p><p>2/2 冷敷额头和鼻梁，不要仰头。</p>'));
    expect(own!.answer_paragraphs).toEqual(['鼻出血大多来自鼻中隔前部，自己就能处理。', '1/2 身体稍向前倾，用手指捏紧两侧鼻翼十分钟。', '2/2 冷敷额头和鼻梁，不要仰头。']);
  });

  it('are a text message\'s parts, joined without their numbers, where a part stops mid-sentence', () => {
    const [own] = read(page('<p>1/2 身体稍向前倾，用手指捏紧两侧鼻</p><p>2/2 翼十分钟，冷敷额头和鼻梁，不要仰头。</p>'));
    expect(own!.answer_paragraphs).toEqual(['鼻出血大多来自鼻中隔前部，自己就能处理。', '身体稍向前倾，用手指捏紧两侧鼻翼十分钟，冷敷额头和鼻梁，不要仰头。']);
  });
});

describe('related lists under heads the reader had not read', () => {
  const answer = '<h1>孕妇可以喝咖啡吗</h1><p>林晓 主治医师 产科 滨海市妇幼保健院</p><p>2022-07-02</p><div><p>孕期每天咖啡因不超过200毫克一般是安全的，大约一杯咖啡。</p><p>浓茶、可乐里也有咖啡因，要一起算。</p></div>';
  const html = (list: string) => `<html><head><title>孕妇可以喝咖啡吗_问答</title></head><body>${answer}${list}</body></html>`;

  it('`你可能也想看` heads the related questions, as `你可能想看` does', () => {
    const [own] = read(html('<div><h3>您可能也想看</h3><a href="/q/7.html">孕妇可以喝奶茶吗</a> <a href="/q/8.html">孕期能吃巧克力吗</a></div>'));
    expect(own!.related_urls).toEqual(['https://www.example-wenda.cn/q/7.html', 'https://www.example-wenda.cn/q/8.html']);
  });

  it('one linked question alone in the box of a 相似问题 head is a related list of one', () => {
    const [own] = read(html('<div class="box"><h4>相似问题</h4><a href="/q/9.html">孕妇能喝绿茶吗</a></div>'));
    expect(own!.related_urls).toEqual(['https://www.example-wenda.cn/q/9.html']);
  });

  it('but not under a help box\'s head (常见问题), nor with other text in the box', () => {
    const [help] = read(html('<div class="box"><h4>常见问题</h4><a href="/help/3.html">怎么预约医生？</a></div>'));
    expect(help!.related_urls).toEqual([]);
    const [more] = read(html('<div class="box"><h4>相似问题</h4><a href="/q/9.html">孕妇能喝绿茶吗</a> <a href="/q/list.html">登录查看更多</a></div>'));
    expect(more!.related_urls).toEqual([]);
  });
});

describe('doubts at the answer\'s end', () => {
  const head = '<html><head><title>宝宝咳嗽能吃止咳药吗_问答</title></head><body><h1>宝宝咳嗽能吃止咳药吗</h1><p>郑丽 副主任医师 儿科 滨海市儿童医院</p><p>2023-11-20</p>';
  const unsure = (e: { flags: readonly string[] }) => e.flags.includes('unsure_reading');

  it('a tip after the answer that speaks only of the patient\'s care (`特别提示：…`) is doubted where it is left out as the site\'s notice', () => {
    const answer = '<div><p>两岁以下宝宝不建议自行吃止咳药，咳嗽是排痰的保护反应。</p><p>可以多喝温水，夜里把床头稍微垫高一点。</p></div>';
    const [care] = read(`${head}${answer}<p>特别提示：蜂蜜水只适合一岁以上的宝宝，一岁以内不要喂，以免肉毒杆菌中毒。</p></body></html>`);
    expect(care!.answer_paragraphs).toHaveLength(2);
    expect(unsure(care!)).toBe(true);
    // A notice speaking of the content or sending the reader to a doctor is the site's: no doubt.
    const [notice] = read(`${head}${answer}<p>特别提示：本页内容来自网友提问，如宝宝精神差、呼吸急促请及时到医院就诊。</p></body></html>`);
    expect(unsure(notice!)).toBe(false);
    // So is one sending the reader to an emergency room.
    const [urgent] = read(`${head}${answer}<p>温馨提示：夜间突发高热抽搐，请直接前往最近的急诊。</p></body></html>`);
    expect(unsure(urgent!)).toBe(false);
  });

  it("a related list's box set between two paragraphs of the answer's text: the answer goes on after it, and its day under it dates it", () => {
    const head = '<html><head><title>宝宝咳嗽能吃止咳药吗_问答</title></head><body><h1>宝宝咳嗽能吃止咳药吗</h1><p>郑丽 副主任医师 儿科 滨海市儿童医院</p>';
    const inserted =
      '<div class="txt"><p>两岁以下宝宝不建议自行吃止咳药，咳嗽是排痰的保护反应。</p><div class="ins"><p>相关问答</p><a href="/q/21.html">宝宝咳嗽有痰怎么办</a><a href="/q/22.html">宝宝咳嗽要雾化吗</a></div>' +
      '<p>可以多喝温水，夜里把床头稍微垫高一点，咳嗽超过两周要去医院。</p></div><p>2023-11-20</p><div><h3>其他网友还问了</h3><a href="/q/31.html">宝宝鼻塞怎么办</a><a href="/q/32.html">宝宝打喷嚏是感冒吗</a></div></body></html>';
    const [page] = read(`${head}${inserted}`);
    expect(page!.answer_paragraphs).toEqual(['两岁以下宝宝不建议自行吃止咳药，咳嗽是排痰的保护反应。', '可以多喝温水，夜里把床头稍微垫高一点，咳嗽超过两周要去医院。']);
    expect(page!.date).toBe('2023-11-20');
    expect(unsure(page!)).toBe(false);
    // A list after the answer's text, nothing of it after the list: no doubt.
    const after =
      '<div class="txt"><p>两岁以下宝宝不建议自行吃止咳药，咳嗽是排痰的保护反应。</p><p>可以多喝温水，夜里把床头稍微垫高一点。</p></div><div class="rel"><p>相关问答</p><a href="/q/21.html">宝宝咳嗽有痰怎么办</a><a href="/q/22.html">宝宝咳嗽要雾化吗</a></div></body></html>';
    const [plain] = read(`${head}${after}`);
    expect(unsure(plain!)).toBe(false);
    // Nor where the list follows the answer's box and the page's footer follows the list: paragraphs only are the answer's text.
    const footed = after.replace('</body></html>', '<p class="foot">打印时间：2023年11月21日，滨海市儿童医院，地址：滨海市海港路8号。</p></body></html>');
    const [foot] = read(`${head}${footed}`);
    expect(unsure(foot!)).toBe(false);
  });
});
