import { describe, expect, it } from 'vitest';
import type { EntryDraft, EntryItem, ExtractionItem, PageExtraction } from '../src/schema/records.js';
import { ValidateStage } from '../src/validate/stage.js';
import { toEntries, toEntry } from '../src/validate/to-entry.js';

/** The validate stage as a run meets it: every draft of every page comes out, as an entry or as a reject saying why. */

const CARD = { name: '王清玉', title: '副主任医师', department: '骨科', hospital: '福建省人民医院', hospital_grade: '三甲' };
const NO_CARD = { name: null, title: null, department: null, hospital: null, hospital_grade: null };

const draft = (over: Partial<EntryDraft> = {}): EntryDraft => ({
  question: ' 老人上下楼膝盖疼是怎么回事 ',
  answerParagraphs: ['膝盖疼可能是膝关节受到刺激引起，注意休息。', ' ', '如果伴有肿胀，建议到医院骨科做膝关节X线检查。'],
  doctor: CARD,
  format: 'text',
  date: '2021-05-06',
  hasDisclaimer: true,
  origin: 'page',
  position: null,
  url: 'https://example.org/q/1.html',
  relatedUrls: [],
  ...over,
});

const item = (question: string, position: number): EntryDraft =>
  draft({ question, answerParagraphs: ['膝关节炎要在医生指导下用药，必要时做磁共振检查…'], doctor: NO_CARD, origin: 'related', position, url: `https://example.org/q/${position + 2}.html`, date: null, hasDisclaimer: false });

const pageOf = (source: string, entries: EntryDraft[]): PageExtraction => ({
  source, site: 'example.org', extractor: 'generic-html', encoding: 'utf-8', replacementChars: 0, fetchedAt: null, canonicalUrl: null, entries, links: [],
});

async function validate(pages: PageExtraction[]): Promise<EntryItem[]> {
  async function* input(): AsyncIterable<ExtractionItem> {
    for (const extraction of pages) yield { kind: 'extraction', extraction };
  }
  const out: EntryItem[] = [];
  for await (const record of new ValidateStage({ now: () => new Date(0) }).run(input())) out.push(record);
  return out;
}

describe('validate stage', () => {
  it('publishes each draft of a page tidied, in the page order, as toEntry would one by one', async () => {
    const page = pageOf('a.html', [draft(), item('膝盖疼挂什么科', 0), item('老人膝关节炎吃什么药好', 1)]);
    const out = await validate([page]);
    expect(out.map((r) => (r.kind === 'entry' ? r.entry.question : r.kind))).toEqual(['老人上下楼膝盖疼是怎么回事', '膝盖疼挂什么科', '老人膝关节炎吃什么药好']);
    const own = out[0]!;
    expect(own.kind === 'entry' && own.entry.answer_paragraphs).toEqual(['膝盖疼可能是膝关节受到刺激引起，注意休息。', '如果伴有肿胀，建议到医院骨科做膝关节X线检查。']);
    const oneByOne = page.entries.map((d) => toEntry(d, page, new Date(0)));
    expect(out.map((r) => (r.kind === 'entry' ? r.entry : null))).toEqual(oneByOne.map((o) => (o.ok ? o.value : null)));
  });

  it('a draft the validator cannot read is a reject naming the page and validator_error; its page-mates and the next page still come out', async () => {
    const broken = { ...item('膝盖积液怎么办', 1), doctor: null } as unknown as EntryDraft;
    const out = await validate([pageOf('a.html', [draft(), item('膝盖疼挂什么科', 0), broken]), pageOf('b.html', [draft({ question: '膝盖响是怎么回事' })])]);
    expect(out.map((r) => r.kind)).toEqual(['entry', 'entry', 'reject', 'entry']);
    const reject = out[2]!;
    expect(reject.kind === 'reject' && { source: reject.reject.source, stage: reject.reject.stage, reason: reject.reject.reason, position: reject.reject.position }).toEqual({
      source: 'a.html', stage: 'validate', reason: 'validator_error', position: 1,
    });
  });

  it('toEntries gives one outcome a draft, and toEntry refuses a draft that is not of the page', () => {
    const page = pageOf('a.html', [draft(), item('膝盖疼挂什么科', 0)]);
    expect(toEntries(page, new Date(0)).map((o) => o.ok)).toEqual([true, true]);
    expect(() => toEntry(draft(), page, new Date(0))).toThrow(/not one of the page/);
  });
});
