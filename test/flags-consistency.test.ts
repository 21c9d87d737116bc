import { describe, expect, it } from 'vitest';
import { explainFlag } from '../src/flags/explain.js';
import type { Doctor } from '../src/schema/entry.js';
import type { EntryDraft, PageExtraction } from '../src/schema/records.js';
import { toEntries } from '../src/validate/to-entry.js';

/**
 * The consistency checks as a user meets them: a page read wrong in a way the reader did not
 * notice comes out `unsure_reading` (still published), a page read right does not.
 */

const CARD: Doctor = { name: '王清玉', title: '副主任医师', department: '骨科', hospital: '福建省人民医院', hospital_grade: '三甲' };
const NO_CARD: Doctor = { name: null, title: null, department: null, hospital: null, hospital_grade: null };
const ANSWER = ['膝盖疼可能是以下原因引起：', '1.膝关节受到刺激，注意休息，避免长时间行走。', '2.如果伴有肿胀，建议到医院骨科做膝关节X线检查。'];

const draft = (over: Partial<EntryDraft> = {}): EntryDraft => ({
  question: '老人上下楼膝盖疼是怎么回事',
  answerParagraphs: ANSWER,
  doctor: CARD,
  format: 'text',
  date: '2021-05-06',
  hasDisclaimer: false,
  origin: 'page',
  position: null,
  url: 'https://example.org/q/1.html',
  relatedUrls: [],
  ...over,
});

const item = (question: string, snippet: string, position: number): EntryDraft =>
  draft({ question, answerParagraphs: [snippet], doctor: NO_CARD, origin: 'related', position, url: `https://example.org/q/${position + 2}.html`, date: null });

const RELATED = [
  item('膝盖疼挂什么科', '膝盖疼一般挂骨科，必要时做膝关节磁共振检查…', 0),
  item('老人膝关节炎吃什么药好', '膝关节炎要在医生指导下使用消炎止痛药，不要自行…', 1),
  item('上下楼膝盖痛要做什么检查', '可以先做膝关节X线检查，必要时做磁共振…', 2),
];

function pageOf(entries: EntryDraft[]): PageExtraction {
  return { source: 'page.html', site: 'example.org', extractor: 'generic-html', encoding: 'utf-8', replacementChars: 0, fetchedAt: null, canonicalUrl: null, entries, links: [] };
}

/** Every entry of the page, as validation publishes it. */
function entriesOf(entries: EntryDraft[]) {
  const page = pageOf(entries);
  return toEntries(page, new Date(0)).map((out) => {
    if (!out.ok) throw new Error(out.reject.detail);
    return out.value;
  });
}

const unsure = (e: { flags: readonly string[] }) => e.flags.includes('unsure_reading');

describe('a page read right is not flagged', () => {
  it('a full card, an answer of sentences and related items on the subject', () => {
    const entries = entriesOf([draft(), ...RELATED]);
    expect(entries.map(unsure)).toEqual([false, false, false, false]);
  });

  it('a doctor who restates the question in a sentence of the answer', () => {
    const [own] = entriesOf([draft({ answerParagraphs: ['老人上下楼膝盖疼是怎么回事，多数和膝关节退变有关。', ...ANSWER.slice(1)] }), ...RELATED]);
    expect(unsure(own!)).toBe(false);
  });

  it('a question with Latin words in it (HPV疫苗…, 做完MRI…)', () => {
    expect(unsure(entriesOf([draft({ question: 'HPV疫苗打了还会感染吗' })])[0]!)).toBe(false);
    expect(unsure(entriesOf([draft({ question: '做完MRI后膝盖疼怎么办' })])[0]!)).toBe(false);
  });

  it('an answer that names a staff role in a sentence (建议咨询营养顾问), or a doctor by a clinical rank (顾问医生)', () => {
    const [own] = entriesOf([draft({ answerParagraphs: [...ANSWER, '饮食上可以咨询营养顾问', '李明 顾问医生'] })]);
    expect(unsure(own!)).toBe(false);
  });

  it('an answer whose lines name a hospital, a follow-up, a report value or a dose in sentences', () => {
    const answer = [
      ...ANSWER,
      '建议到福建省人民医院骨科复查',
      '如果追问病史有外伤，要先拍片。',
      '医生回答不了的问题，可以到门诊面诊。',
      '您的甘油三酯2.24，比参考值略高，注意清淡饮食。',
      '每天300 毫升牛奶即可',
      '原发性骨关节炎多见于老年人，注意保护关节。',
      '孩子3岁以下，用药要谨慎。',
    ];
    expect(unsure(entriesOf([draft({ answerParagraphs: answer })])[0]!)).toBe(false);
    // A department that is a 中心 (体检中心), a pharmacist's 药房, a hospital named in full: the card as printed.
    expect(unsure(entriesOf([draft({ doctor: { ...CARD, department: '临床检验中心', hospital: '华检医学检验中心（东湖）', hospital_grade: null } })])[0]!)).toBe(false);
    expect(unsure(entriesOf([draft({ doctor: { ...CARD, title: '主管药师', department: '门诊药房' } })])[0]!)).toBe(false);
  });

  it('an answer that mentions days and helping in sentences (3天前, 帮助2型)', () => {
    const [own] = entriesOf([draft({ answerParagraphs: ['如果3天前开始疼，先冰敷，关注3天内的变化。', '运动可以帮助2型糖尿病患者控制血糖，也有助于膝关节。'] })]);
    expect(unsure(own!)).toBe(false);
  });

  it('a card whose name starts with a character outside the basic plane (𠮷红), is Tibetan (扎西平措, no surname), or is printed in traditional script', () => {
    expect(unsure(entriesOf([draft({ doctor: { ...CARD, name: '𠮷红' } })])[0]!)).toBe(false);
    // A Tibetan name has no surname: two parts of the names Tibetans give; two words that are no such parts stay doubted.
    for (const name of ['扎西平措', '旦增曲珍', '次仁多吉']) expect(unsure(entriesOf([draft({ doctor: { ...CARD, name } })])[0]!), name).toBe(false);
    expect(unsure(entriesOf([draft({ doctor: { ...CARD, name: '扎西治疗' } })])[0]!)).toBe(true);
    // A card printed short (fresh-17's abbr-card): 副主任 of 副主任医师, 内分泌 of 内分泌科.
    expect(unsure(entriesOf([draft({ doctor: { ...CARD, title: '副主任', department: '内分泌' } })])[0]!)).toBe(false);
    expect(unsure(entriesOf([draft({ doctor: { name: '陳然', title: '主治醫師', department: '骨科', hospital: '南屏市中醫藥大學附屬醫院', hospital_grade: '三級甲等' } })])[0]!)).toBe(false);
  });

  it('a clinic named for the counselling it gives (心理咨询门诊, 遗传咨询科): its 咨询 is no site button', () => {
    for (const department of ['心理咨询门诊', '遗传咨询科', '国际旅行健康咨询门诊']) expect(unsure(entriesOf([draft({ doctor: { ...CARD, department } })])[0]!)).toBe(false);
    // A button's words around it still are (在线咨询门诊).
    expect(unsure(entriesOf([draft({ doctor: { ...CARD, department: '在线咨询门诊' } })])[0]!)).toBe(true);
  });
});

describe('a page read wrong in ways the reader did not notice is flagged', () => {
  it.each([
    ['a post stamp with the province (06-16 09:11 IP属地：江苏)', ['06-16 09:11 IP属地：江苏', ...ANSWER]],
    ['the social bar (举报/反馈 赞 426 评论 64)', [...ANSWER, '举报/反馈 赞 426 评论 64']],
    ['the asker’s quoted message (网友提问：…)', ['网友提问：老人上下楼膝盖疼怎么办？', ...ANSWER]],
    ['an editor’s credit ((责任编辑：李晓雯))', [...ANSWER, '（责任编辑：李晓雯）']],
    ['a player’s text (点击播放0\'19\'\')', ["点击播放0'19''", ...ANSWER]],
    ['a figure’s credit (▲ 图源：站酷海洛)', [ANSWER[0]!, '▲ 图源：站酷海洛', ...ANSWER.slice(1)]],
    ['a truncated preview beside the full text (…展开全文)', ['膝盖疼可能是以下原因引起：1.膝关节受到刺激…展开全文', ...ANSWER]],
    ['the same paragraph twice', [...ANSWER, ANSWER[1]!]],
    ['the doctor’s name as a line', [ANSWER[0]!, '王清玉', ...ANSWER.slice(1)]],
    ['the card’s badges (帮助患者 1200 好评率 98%)', ['帮助患者 1200 好评率 98%', ...ANSWER]],
    ['the answer cut after its lead-in', [ANSWER[0]!]],
    ['the pager (上一页 下一页 共12条)', [...ANSWER, '上一页 下一页 共12条']],
    ['another replier’s byline and reply (张静怡 育儿顾问 · 南京新街口店)', [...ANSWER, '张静怡 育儿顾问 · 南京新街口店', '宝妈您好，建议先观察宝宝精神状态。']],
    ['a service’s 管家 signing (健康管家 小李)', ['健康管家 小李', '您好，已为您预约骨科医生。', ...ANSWER]],
    ['a follow-up round with no colons (追问 …, 医生回复…)', [...ANSWER, '追问 医生，那需要吃药吗？', '医生回复暂时不用吃药，先观察一周。']],
    ['the asker’s follow-up heading and the doctor’s byline (我的追问, 罗慧医生 追答)', [...ANSWER, '我的追问', '那需要吃药吗？', '罗慧医生 追答', '建议3个月后复查。']],
    ['a member’s byline (热心网友 中医爱好者4597)', [...ANSWER, '热心网友 中医爱好者4597', '建议找个老中医把把脉。']],
    ['a member’s profile line (胡麻麻347 · 宝宝2岁3个月)', [...ANSWER, '胡麻麻347 · 宝宝2岁3个月', '多喝水，注意观察。']],
    ['an asker’s profile line (网友 · 35岁 · 女)', ['网友 · 35岁 · 女', ...ANSWER]],
    ['a member’s handle and badge (橙子2096 已做过该项目)', [...ANSWER, '橙子2096 已做过该项目', '术后一定要遵医嘱。']],
    ['an anonymous handle (用户_5f 用户)', [...ANSWER, '用户_5f 用户', '建议去医院检查一下。']],
    ['a member’s me-too post (同问，坐等医生回答。)', [...ANSWER, '同问，坐等医生回答。']],
    ['a listen counter (08-15 收听 5908)', ['08-15 收听 5908', ...ANSWER]],
    ['a self-test’s link with its count (焦虑自评量表SAS 9万人已测 免费测试)', [...ANSWER, '焦虑自评量表SAS 9万人已测 免费测试']],
    ['a call’s length (通话时长 14:42)', [...ANSWER, '通话时长 14:42']],
    ['a thread’s button (采纳)', [...ANSWER, '采纳']],
    ['a record’s satisfaction row (满意度：非常满意)', [...ANSWER, '满意度：非常满意']],
    ['a satisfaction label and value as two lines (满意度, 满意)', [...ANSWER, '满意度', '满意']],
    ['a lab report’s row ([报告原文] … ↑ (参考值 …))', [ANSWER[0]!, '【报告原文】甘油三酯(TG) 2.24 mmol/L ↑（参考值 0.45-1.70）', ...ANSWER.slice(1)]],
    ['a lab value with its reference range (甲胎蛋白：7.88↑ ng/mL 参考范围 0-7)', [ANSWER[0]!, '甲胎蛋白：7.88↑ ng/mL 参考范围 0-7', ...ANSWER.slice(1)]],
    ['the site’s notice under a reading (本解读仅针对本次体检报告…)', [...ANSWER, '本解读仅针对本次体检报告，不能替代临床诊断，如有不适请及时就医。']],
    ['an institution’s name as a line (迪康医学检验实验室（白沙）)', ['迪康医学检验实验室（白沙）', ...ANSWER]],
    ['the card’s bio (曾任…主任，…深受患者信赖。)', [...ANSWER, '曾任江州市第一人民医院（三甲）消化内科主任，多次赴国外进修学习，深受患者信赖。']],
    ['a counsellor’s byline (沈桂平 认证遗传咨询师)', [...ANSWER, '沈桂平 认证遗传咨询师', '基因检测结果反映的是遗传易感性。']],
  ])('the page’s answer holds %s', (_, answerParagraphs) => {
    const [own] = entriesOf([draft({ answerParagraphs }), ...RELATED]);
    expect(unsure(own!)).toBe(true);
  });

  it.each([
    ['a word taken for the name (公共 of 公共营养师)', { ...CARD, name: '公共', title: '营养师' }],
    ['a sentence’s word taken for the name (建议)', { ...CARD, name: '建议' }],
    ['a heading’s word taken for the name (解读, 关于痔疮)', { ...CARD, name: '解读' }],
    ['a sentence’s opening taken for the name (关于痔疮)', { ...CARD, name: '关于痔疮' }],
    ['a hospital with no institution word (国家认证)', { ...CARD, hospital: '国家认证' }],
    ['a department holding a service’s word', { ...CARD, department: '在线咨询服务' }],
    ['a grade outside the known grades', { ...CARD, hospital_grade: '好评' }],
    ['a title outside the vocabulary', { ...CARD, title: '关注' }],
    ['a card’s label as the hospital (第一执业医院)', { ...CARD, hospital: '第一执业医院' }],
    ['a record’s status as the hospital (已转…医院)', { ...CARD, hospital: '已转南屏市儿童医院' }],
    ['an institution’s name as the department (金瑞医学检验所)', { ...CARD, department: '金瑞医学检验所' }],
  ])('the card: %s', (_, doctor) => {
    const [own] = entriesOf([draft({ doctor }), ...RELATED]);
    expect(unsure(own!)).toBe(true);
  });

  it('a unit whose work is a service or counselling, named as a 科, 室 or 门诊, is a department (献血服务科, 心理咨询科); a site’s service is not', () => {
    for (const department of ['献血服务科', '心理咨询科', '遗传咨询门诊']) expect(unsure(entriesOf([draft({ doctor: { ...CARD, department } }), ...RELATED])[0]!), department).toBe(false);
    for (const department of ['在线咨询服务', '预约挂号科', '在线咨询科']) expect(unsure(entriesOf([draft({ doctor: { ...CARD, department } }), ...RELATED])[0]!), department).toBe(true);
  });

  it('a Japanese hospital’s card as a Chinese paper in Japan prints it is no misreading (クリニック, センター, 医師, 医長)', () => {
    for (const doctor of [
      { ...CARD, title: '医師', department: '消化器内科', hospital: '池袋中央クリニック', hospital_grade: null },
      { ...CARD, title: '医長', department: '整形外科', hospital: '大阪市立総合医療センター', hospital_grade: null },
    ]) expect(unsure(entriesOf([draft({ doctor }), ...RELATED])[0]!), doctor.hospital).toBe(false);
  });

  it('a question that is the site’s section name, a link’s prompt or the doctor’s name', () => {
    expect(unsure(entriesOf([draft({ question: '健康问答' })])[0]!)).toBe(true);
    // a bilingual site's section name, its English beside it
    expect(unsure(entriesOf([draft({ question: 'Patient Q&A 患者问答' })])[0]!)).toBe(true);
    expect(unsure(entriesOf([draft({ question: '专家答疑｜老人上下楼膝盖疼是怎么回事' })])[0]!)).toBe(true);
    expect(unsure(entriesOf([draft({ question: '王清玉' })])[0]!)).toBe(true);
    const items = entriesOf([draft(), item('查看完整回答 ›', '膝盖疼一般挂骨科，必要时做膝关节磁共振检查…', 0)]);
    expect(unsure(items[1]!)).toBe(true);
  });

  it('a field’s label read for the question, worded as no question and naming nothing the answer speaks of', () => {
    expect(unsure(entriesOf([draft({ question: '服务类型' })])[0]!)).toBe(true);
    expect(unsure(entriesOf([draft({ question: '问诊单详情' })])[0]!)).toBe(true);
    // A short title that names the answer's subject is a question all the same (a site that titles its pages so).
    expect(unsure(entriesOf([draft({ question: '老人膝盖疼' })])[0]!)).toBe(false);
    expect(unsure(entriesOf([draft({ question: '膝关节炎治疗', answerParagraphs: ['膝关节炎早期以休息和理疗为主，严重时需要手术。'] })])[0]!)).toBe(false);
  });

  it('a server’s message in a Chinese answer: a line of Latin words and no Chinese', () => {
    const answer = [ANSWER[0]!, '[an error occurred while processing this directive]', ANSWER[1]!];
    expect(unsure(entriesOf([draft({ answerParagraphs: answer })])[0]!)).toBe(true);
    expect(unsure(entriesOf([draft({ answerParagraphs: [...ANSWER, '502 Bad Gateway nginx/1.18.0'] })])[0]!)).toBe(true);
    expect(unsure(entriesOf([draft({ answerParagraphs: ['更新时间：[an error occurred while processing this directive]', ...ANSWER] })])[0]!)).toBe(true);
    expect(unsure(entriesOf([draft({ answerParagraphs: [ANSWER[1]!, '[an error occurred while processing this directive]'] })])[0]!)).toBe(true);
    // A drug's name inside a Chinese sentence is no such line.
    expect(unsure(entriesOf([draft({ answerParagraphs: [...ANSWER, '3.可以遵医嘱服用 Celecoxib Capsules 胶囊止痛。'] })])[0]!)).toBe(false);
  });

  it('a related item whose address holds quotes or backslashes: markup escaped in a string read as the link', () => {
    const broken = { ...RELATED[0]!, url: 'https://example.org/q/%5C%22https://example.org/q/9.html%5C%22' };
    const quoted = { ...RELATED[1]!, url: '\\"https://example.org/q/10.html\\"' };
    const [, first, second, third] = entriesOf([draft(), broken, quoted, RELATED[2]!]);
    expect([unsure(first!), unsure(second!), unsure(third!)]).toEqual([true, true, false]);
  });

  it('a date before sites of the genre existed', () => {
    expect(unsure(entriesOf([draft({ date: '1970-01-01' })])[0]!)).toBe(true);
  });

  it('related snippets that keep each author’s byline (武涵：…), their counters or their own title line', () => {
    const bylines = entriesOf([
      draft(),
      item('膝盖疼挂什么科', '武涵：膝盖疼一般挂骨科，必要时做膝关节磁共振检查…', 0),
      item('老人膝关节炎吃什么药好', '罗宁：膝关节炎要在医生指导下使用消炎止痛药…', 1),
      item('上下楼膝盖痛要做什么检查', '徐秀杰：可以先做膝关节X线检查，必要时做磁共振…', 2),
    ]);
    expect(bylines.slice(1).map(unsure)).toEqual([true, true, true]);
    const counted = entriesOf([draft(), { ...RELATED[0]!, answerParagraphs: ['3个回答', '膝盖疼一般挂骨科，必要时做膝关节磁共振检查…'] }]);
    expect(unsure(counted[1]!)).toBe(true);
    const titled = entriesOf([draft(), { ...RELATED[0]!, answerParagraphs: ['[2019-10-14]【语音】膝盖疼挂什么科', '膝盖疼一般挂骨科，必要时做膝关节磁共振检查…'] }]);
    expect(unsure(titled[1]!)).toBe(true);
    // A list's furniture under each question: how many answered, who answered and who found it useful, the department's tag.
    for (const line of ['5位医生回答', '沈艳雨 医生回答 · 380人觉得有帮助', '[内科]']) {
      const tagged = entriesOf([draft(), { ...RELATED[0]!, answerParagraphs: ['膝盖疼一般挂骨科，必要时做膝关节磁共振检查…', line] }]);
      expect(unsure(tagged[1]!)).toBe(true);
    }
  });

  it('a related list of another subject: a site feed read as the page’s list', () => {
    const entries = entriesOf([draft(), item('荨麻疹吃什么好？', '荨麻疹是皮肤科的常见病…', 0), item('高血压会传染吗？', '高血压是心血管内科的常见病…', 1), item('失眠能根治吗？', '失眠是神经内科的常见病…', 2)]);
    expect(entries.slice(1).map(unsure)).toEqual([true, true, true]);
    expect(unsure(entries[0]!)).toBe(false);
  });

  it('a related item with the page’s own question', () => {
    const entries = entriesOf([draft(), item('老人上下楼膝盖疼是怎么回事', '膝盖疼多数和膝关节退变有关，注意休息…', 0), ...RELATED.slice(1)]);
    expect(unsure(entries[1]!)).toBe(true);
  });
});

describe('the report can say why', () => {
  it('names the check and points at the text that raised it', () => {
    const [own] = entriesOf([draft({ answerParagraphs: [...ANSWER, '举报/反馈 赞 426 评论 64'] })]);
    const evidence = explainFlag(own!, 'unsure_reading');
    expect(evidence.why).toMatch(/^furniture_in_answer: a counter/u);
    expect(own!.answer.slice(evidence.start, evidence.end)).toBe('举报/反馈 赞 426 评论 64');
  });

  it('falls back to the reader’s doubt where no check of the entry alone explains it', () => {
    expect(explainFlag({ question: 'q', answer: '多喝水。' }, 'unsure_reading').why).toBe('the reader doubted its reading');
  });
});
