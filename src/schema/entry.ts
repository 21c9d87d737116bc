import { z } from 'zod';

/**
 * The entry: one question with one answer, as published in the dataset.
 * This schema is the single source of truth: the TypeScript type is inferred from it,
 * validation is `.safeParse` of it, the Parquet columns are derived from it and the
 * dataset card's schema table is generated from the `.describe()` texts.
 * Bump SCHEMA_VERSION whenever a field is added, removed or changes meaning.
 */
export const SCHEMA_VERSION = '1.6.0';

export const FLAGS = [
  'cut_off_end',
  'cut_off_start',
  'answer_too_short',
  'no_doctor',
  'decoding_damage',
  'mojibake',
  'leftover_markup',
  'boilerplate',
  'contact_or_ad',
  'qa_unrelated',
  'unsure_reading',
] as const;
export const FlagSchema = z.enum(FLAGS);
export type Flag = z.infer<typeof FlagSchema>;

export const FLAG_DESCRIPTIONS: Record<Flag, string> = {
  cut_off_end:
    'The answer stops without a sentence end (。！？…) or with an ellipsis standing in for the rest; typical of related-list snippets.',
  cut_off_start: 'The answer begins mid-sentence: with punctuation, a connective (但/而且/所以…) or a later enumeration item.',
  answer_too_short: 'The answer has fewer characters than the configured minimum (default 15).',
  no_doctor: 'No doctor card was found for the entry (always the case for related-list snippets).',
  decoding_damage: 'The page did not decode cleanly: the text holds U+FFFD replacement characters.',
  mojibake:
    'The text was decoded with the wrong charset: UTF-8 read as GBK (的是 → 鐨勬槸, 你好 → 浣犲ソ), U+FFFD bytes read as GBK (锟斤拷) or UTF-8 read as Latin-1 (ä½ å¥½).',
  leftover_markup: 'HTML survived extraction: a tag or entity (&nbsp;, <br>, <p>), inline CSS or script, BBCode or a \\n escape, e.g. “多喝水&nbsp;<br>注意休息”.',
  boilerplate:
    'Page furniture leaked into the answer: the site disclaimer (提示:本内容不能代替面诊…), navigation (首页 > 问答, 上一篇), “点击查看/展开全文” links, app prompts, player labels (语音解答 2021-05-18) or copyright lines.',
  contact_or_ad:
    'Contact details or advertising in the answer: a phone number (13812345678, 0591-87654321, 400-…), a WeChat or QQ id (加微信 abc123), a URL or e-mail, or clinic-ad wording (咨询热线, 我院专家, 包治).',
  qa_unrelated:
    'Question and answer share nothing: no two-character word of the question occurs in the answer, e.g. 婴儿晒黑了能白回来吗 answered about ST段下移 (a related list read off by one).',
  unsure_reading:
    'The reading is not sure it read this entry right: the page shows a doctor card it could not read (or a picture in it that it cannot read, or one that contradicts the card\'s text), the answer holds card, label or player text or starts under a heading after lines it could not place, the dates or formats near the answer disagree, the date is later than the page was fetched, the page\'s structured data (JSON-LD) disagrees with what it shows, a learned profile reads another value than the genre reader, a related item does not line up with the others, or the entry fails a consistency check of the genre (page furniture — a counter, a stamp, a byline, a caption, a pager —, the card\'s values or a question as a line of the answer, a paragraph twice, a question or card value of the wrong shape, a related list the page\'s subject, a line of Latin words in a Chinese answer — a server\'s message —, a related item\'s address holding quotes or backslashes; src/flags/consistency.ts). Check the fields before relying on them.',
};

export const ORIGINS = ['page', 'related'] as const;
export const READ_BY = ['profile', 'learned_profile', 'genre', 'structured_data', 'text_lines'] as const;
export const ANSWER_FORMATS = ['voice', 'video', 'text', 'unknown'] as const;

const text = (what: string) => z.string().trim().min(1).describe(what);
const optionalText = (what: string) => z.string().trim().min(1).nullable().describe(what);

export const DoctorSchema = z
  .object({
    name: optionalText('Doctor name, e.g. 王清玉'),
    title: optionalText('Professional title from the genre vocabulary, e.g. 副主任医师'),
    department: optionalText('Department, e.g. 骨科'),
    hospital: optionalText('Hospital name, e.g. 福建省人民医院'),
    hospital_grade: optionalText('Hospital grade as printed, e.g. 三甲 or 三级甲等'),
  })
  .describe('Doctor card of the answering doctor; every part is null where the page has none');

/** The fields an entry that stands for others takes from them where it lacks them (dedupe/carry-fields.ts). */
export const CARRIED_FIELDS = ['date', 'format'] as const;
export type CarriedField = (typeof CARRIED_FIELDS)[number];

// Parallel lists rather than a list of records: the Parquet columns derived from this schema
// are structs of plain repeated columns (export/parquet-columns.ts takes no arrays of objects).
const carriedField = (field: CarriedField) =>
  z
    .object({
      values: z.array(z.string()).describe(`The ${field} each entry this one stands for showed, one per entry and source`),
      from: z.array(z.string()).describe('Ids of those entries (the same id for another copy of this entry), in the same order'),
      sources: z.array(z.string()).describe('Where each was read (file path or URL), in the same order'),
      conflict: z.boolean().describe(`Whether they disagree: then no ${field} was carried and the values are listed for review`),
    })
    .describe(`Where the ${field} came from when this entry lacked it: empty lists when it is the entry's own or nobody showed one`);

export const CarriedSchema = z
  .object({ date: carriedField('date'), format: carriedField('format') })
  .describe(
    'Date and format taken from the entries this one stands for (superseded snippets, merged copies) when it lacked them and they agreed; disagreements are listed with conflict true, nothing taken',
  );
export type Carried = z.infer<typeof CarriedSchema>;

/** What an entry carries before it stands for any other: nothing. */
export function nothingCarried(): Carried {
  const none = () => ({ values: [], from: [], sources: [], conflict: false });
  return { date: none(), format: none() };
}

export const EntrySchema = z.object({
  id: z
    .string()
    .regex(/^[0-9a-f]{16}$/)
    .describe('Stable id: first 16 hex digits of sha256 over the normalised question, answer and doctor name'),
  question: text('The question as asked (page title or related-item title)'),
  answer: text('The answer as plain text, paragraphs separated by a newline'),
  answer_paragraphs: z.array(z.string().min(1)).min(1).describe('The answer split into paragraphs'),
  doctor: DoctorSchema,
  format: z.enum(ANSWER_FORMATS).describe('Answer format: 语音解答 voice, 视频解答 video, 图文 text, or unknown'),
  date: z.iso.date().nullable().describe('Date the answer was published (YYYY-MM-DD), where the page shows one'),
  has_disclaimer: z.boolean().describe('Whether the page carries the medical disclaimer (提示:本内容不能代替面诊…)'),
  origin: z.enum(ORIGINS).describe("'page': the page's own entry; 'related': an item of its 相关推荐 list"),
  position: z.int().min(0).nullable().describe('0-based position in the related list; null for page entries'),
  url: z
    .string()
    .nullable()
    .describe(
      "URL of the entry's own page: the canonical URL of a page, the link of a related item; a link stays as the page writes it (`/q/2.html`) where the page names no address of its own (a saved file without a canonical link)",
    ),
  related_urls: z.array(z.string()).describe('Links to related question pages listed on the page (page entries only)'),
  source: text('Where the entry was read: the file path or the fetched URL'),
  sources: z.array(z.string()).min(1).describe('Every source this entry was seen in, after merging exact duplicates'),
  supersedes: z.array(z.string()).describe('Ids of cut-off snippets that this fuller answer replaced'),
  carried: CarriedSchema,
  site: z.string().nullable().describe('Site the entry comes from (profile site or host); null for text copies of unknown origin'),
  extractor: text('What extracted it: a site profile layout (youlai/desktop), generic-html or text-copy'),
  read_by: z
    .enum(READ_BY)
    .describe(
      "How the entry's fields were read: 'profile' a site profile's selectors (a related item: where the profile itemises its list), 'learned_profile' a learned profile's selectors, confirmed by the genre reader, 'genre' the genre reader (what the page says, whatever its markup; every related list no built-in profile itemises), 'structured_data' the genre reader with the page's JSON-LD, checked against the visible page, filling or correcting a field, 'text_lines' a text copy read line by line",
    ),
  encoding: text(
    "Character encoding the page was decoded with, and where the page's bytes contradicted its declaration what was done: `gb18030 (meta said utf-8)`, `utf-8 (1 block in gb18030)`",
  ),
  flags: z.array(FlagSchema).describe('Quality flags; see the flag table'),
  fetched_at: z.iso.datetime().nullable().describe('When the page was fetched or the file last modified (UTC)'),
});

export type Entry = z.infer<typeof EntrySchema>;
export type Doctor = z.infer<typeof DoctorSchema>;
export type Origin = (typeof ORIGINS)[number];
export type AnswerFormat = (typeof ANSWER_FORMATS)[number];
export type ReadBy = (typeof READ_BY)[number];

/**
 * Every reason a page or item can fail to become an entry, with what it means: one list, so
 * that a consumer of rejects.jsonl can rely on it and a new reason is a reviewed change here.
 */
export const REJECT_REASONS = {
  // read: saved files and folders
  not_a_file: 'Neither a regular file nor a folder (a FIFO, socket or device)',
  unreadable: 'The file or folder could not be read (permissions, I/O error)',
  // fetch: the crawl's requests
  not_found: 'HTTP 404',
  gone: 'HTTP 410',
  forbidden: 'HTTP 401 or 403',
  http_error: 'Another HTTP 4xx',
  server_error: 'HTTP 5xx after the retries',
  unavailable: 'HTTP 503 after the retries',
  rate_limited: 'HTTP 429 after the retries',
  timeout: 'No complete answer within --timeout, after the retries',
  network_error: 'The connection failed, after the retries',
  disallowed_by_robots: "robots.txt disallows the URL (not requested)",
  robots_unavailable: 'robots.txt answered 5xx or not at all: nothing else is fetched from that host in that run',
  redirect_loop: 'The redirects come back to a URL already in the chain',
  too_many_redirects: 'More redirects than --max-redirects',
  redirect_out_of_scope: "A redirect to a host the crawl does not cover (not followed)",
  bad_redirect: 'A redirect without a usable Location',
  bad_status: 'A status the request cannot have (304 Not Modified for a URL with nothing stored)',
  bad_sitemap: 'A sitemap that does not parse',
  bad_content_encoding: 'A body not in the Content-Encoding it claims and not a page as it came either (a page sent as it is under a coding it is not in is read as it came, with a warning)',
  // read, fetch or extract: the bytes
  too_large: 'The page is larger than --max-page-bytes',
  empty_body: 'The page has no bytes',
  not_a_page: 'Not a page of the genre: a Content-Type that is not HTML or text, a link to an image or document, or a non-page file (robots.txt, sitemap, feed, JSON)',
  not_text: 'The bytes do not decode as text, or only as mojibake in the declared encoding and in UTF-8, GB18030 and Big5 alike',
  too_deep: 'The markup nests deeper than any page of the genre',
  // extract and validate
  no_entries: 'No question with an answer and no related list (list and section pages, read for their links only)',
  no_page_entry: "The page's own question and answer were not read, though its related items were (they are published; the detail says what was missing)",
  extractor_error: 'The extractor failed on this page (a bug: the stack is in the detail)',
  invalid_entry: 'An extracted item failed the entry schema (the detail names each issue)',
  validator_error: 'Validation failed on this item (a bug: the message is in the detail)',
  crawler_error: 'The crawler failed on this URL (a bug: the stack is in the detail)',
} as const;
export type RejectReason = keyof typeof REJECT_REASONS;
export const RejectReasonSchema = z.enum(Object.keys(REJECT_REASONS) as [RejectReason, ...RejectReason[]]);

/** Why something did not become an entry. Every reject names its source. */
export const RejectSchema = z.object({
  source: z.string(),
  stage: z.enum(['read', 'fetch', 'decode', 'extract', 'validate']),
  reason: RejectReasonSchema.describe('Machine-readable reason, one of REJECT_REASONS (e.g. not_found, no_entries, invalid_entry)'),
  detail: z.string(),
  origin: z.enum(ORIGINS).nullable(),
  position: z.int().nullable(),
  status: z.int().nullable(),
  at: z.iso.datetime(),
});
export type Reject = z.infer<typeof RejectSchema>;
