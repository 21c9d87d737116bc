import { describe, expect, it } from 'vitest';
import type { Doctor } from '../src/schema/entry.js';
import type { EntryDraft, PageExtraction } from '../src/schema/records.js';
import { toEntries } from '../src/validate/to-entry.js';

/**
 * Traces a first reading of an unseen site leaves when it takes someone else's words for the doctor's: a relaying
 * note, a nurse's or a pharmacist's line, the asker's letter, a host's turns, a reporter's byline, the question's
 * line run into the answer, a topic's hashtag before the question. Such a row comes out `unsure_reading`; the same
 * page read right does not.
 */

const CARD: Doctor = { name: '王清玉', title: '副主任医师', department: '骨科', hospital: '福建省人民医院', hospital_grade: '三甲' };
const ANSWER = ['膝盖疼可能是以下原因引起：', '1.膝关节受到刺激，注意休息，避免长时间行走。', '2.如果伴有肿胀，建议到医院骨科做膝关节X线检查。'];
const QUESTION = '老人上下楼膝盖疼是怎么回事';

const draft = (over: Partial<EntryDraft> = {}): EntryDraft => ({
  question: QUESTION,
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

function pageOf(entries: EntryDraft[]): PageExtraction {
  return { source: 'page.html', site: 'example.org', extractor: 'generic-html', encoding: 'utf-8', replacementChars: 0, fetchedAt: null, canonicalUrl: null, entries, links: [] };
}

const own = (over: Partial<EntryDraft>) => {
  const out = toEntries(pageOf([draft(over)]), new Date(0))[0]!;
  if (!out.ok) throw new Error(out.reject.detail);
  return out.value;
};
const unsure = (over: Partial<EntryDraft>) => own(over).flags.includes('unsure_reading');

describe('someone other than the doctor speaking in the answer is flagged', () => {
  it.each([
    ['a help desk relaying the question (导医台：…已转交…)', ['导医台：您好，您的问题已转交骨科医生，请耐心等待回复。', ...ANSWER]],
    ['a nurse’s reminder after the reply (护士：…)', [...ANSWER, '护士：随访提醒，请一周后在线复诊。']],
    ['a line signed by a nurse (…（护士 吴秀英）)', [...ANSWER, '护理提示：术后请按时服药，监测血压心率。（护士 吴秀英）']],
    ['a pharmacist’s note by name (药师 李春梅：…)', [...ANSWER, '药师 李春梅：处方审核通过，请按说明书服药。']],
    ['a reader’s letter (读者来信：…)', ['读者来信：去社区医院看过，吃了药也不见好。', ...ANSWER]],
    ['a reader named by place and person (金边读者许女士问：…)', ['金边读者许女士问：平时工作比较忙，作息不太规律。', ...ANSWER]],
    ['a host thanking the guest (主持人一凡：…)', [...ANSWER, '主持人一凡：感谢王清玉老师的解答，也感谢您收听《健康热线》！']],
    ['a reporter’s byline and the paper’s page (文/…记者 … 通讯员 …, A14版)', ['文/广州日报全媒体记者 杨秀英 通讯员 黄秀英', ...ANSWER]],
    ['the paper’s page line (广州日报 A14版 健康)', ['广州日报 A14版 健康', ...ANSWER]],
    ['a programme’s blurb (每期邀请一位名医，回答听众…)', ['健康早知道，每期邀请一位名医，回答听众最关心的健康问题。', ...ANSWER]],
    ['the asker’s line in traditional script (發問者：…, 讀者來信：…)', ['發問者：Amy ( 初學者 4 級 )', ...ANSWER]],
    ['a nurse’s line in traditional script (護士：…)', [...ANSWER, '護士：隨訪提醒，請一週後在線復診。']],
    ['a dialogue’s turns under two names, one not the doctor’s', ['林溪：各位好，今天的问题来自一位朋友的留言。', `王清玉：${ANSWER[0]!}`, ...ANSWER.slice(1)]],
  ])('%s', (_, answerParagraphs) => {
    expect(unsure({ answerParagraphs })).toBe(true);
  });

  it('says which check and what it saw', () => {
    const explained = own({ answerParagraphs: [...ANSWER, '护士：随访提醒，请一周后在线复诊。'] });
    expect(explained.flags).toContain('unsure_reading');
  });
});

describe('the question’s line run into the answer, or a hashtag before the question, is flagged', () => {
  it('the question and the asker’s words as the answer’s first line', () => {
    expect(unsure({ answerParagraphs: [`${QUESTION}去社区医院看过，吃了药也不见好。`, ...ANSWER] })).toBe(true);
    expect(unsure({ question: `${QUESTION}？`, answerParagraphs: [`${QUESTION}？最近一段时间一直这样，不知道是什么原因。`, ...ANSWER] })).toBe(true);
  });

  it('a topic’s hashtag before the question (#问嘉宾# …)', () => {
    expect(unsure({ question: `#问嘉宾# ${QUESTION}` })).toBe(true);
  });
});

describe('the doctor’s own voice is not flagged', () => {
  it('a doctor heading advice by a group of patients, or naming a reporter in a sentence', () => {
    expect(unsure({ answerParagraphs: [...ANSWER, '高血压患者：要低盐饮食，按时服药。', '记者就此采访了专家，专家建议先做检查。'] })).toBe(false);
  });

  it('the doctor’s own name at the head of the reply, alone or after the rank', () => {
    expect(unsure({ answerParagraphs: [`王清玉：${ANSWER[0]!}`, ...ANSWER.slice(1)] })).toBe(false);
    expect(unsure({ answerParagraphs: [`医师 王清玉：${ANSWER[0]!}`, ...ANSWER.slice(1)] })).toBe(false);
  });

  it('a doctor restating the question before a comma', () => {
    expect(unsure({ answerParagraphs: [`${QUESTION}，多数和膝关节退变有关。`, ...ANSWER.slice(1)] })).toBe(false);
  });
});
