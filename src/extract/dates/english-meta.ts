/**
 * Page meta printed in English, as a reader view or a bilingual site prints it (`Published: May 6,
 * 2023`, `Published May 6, 2023`, `Answered: 13 Jan 2021`, `Format: Voice answer`, `Voice · 2021-05-18`): read as the
 * Chinese words it stands for (发布时间：2023-05-06, 语音回答), so that one reading of meta serves both.
 * `Updated …` is the page's update (更新时间), which dates the answer only where no other day is printed.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
/** `May 6, 2023` and `6 May 2023`. */
const MONTH_FIRST_RE = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'giu');
const DAY_FIRST_RE = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\s+(\\d{4})(?!\\d)`, 'giu');
// A date run into the next label (`Answered on Jul 16, 2022Updated Jan 11, 2023`, two elements' text joined) ends at its year:
// no \b before the label's word, only a letter that is no word's middle.
const LABELS: Array<[RegExp, string]> = [
  [/(?<![A-Za-z])(?:Last\s+)?(?:Updated|Modified)\s*(?:on|at)?\s*:\s*/giu, '更新时间：'],
  [/(?<![A-Za-z])(?:Last\s+)?(?:Updated|Modified)(?:\s+(?:on|at))?\s+(?=\d{4}-\d{2}-\d{2})/giu, '更新时间：'],
  [/(?<![A-Za-z])(?:(?:Answer|Reply|Post|Publish)\s+(?:date|time)|Published|Posted|Answered|Replied|Date)\s*(?:on|at)?\s*:\s*/giu, '发布时间：'],
  // The verb without a colon right before its date (`Published May 6, 2023`, read as `Published 2023-05-06`).
  [/(?<![A-Za-z])(?:Published|Posted|Answered|Replied)(?:\s+(?:on|at))?\s+(?=\d{4}-\d{2}-\d{2})/giu, '发布时间：'],
  [/\b(?:Asked)\s*(?:on|at)?\s*:\s*/giu, '提问时间：'],
  [/\b(?:Format|Type)\s*:\s*/giu, '类型：'],
  // A bilingual page's category field beside the day (`Date: 12 March 2023 | Category: Skin Care`): the 分类 a Chinese byline prints.
  [/(?<![A-Za-z])(?:Category|Categories|Topic|Section)\s*:\s*/giu, '分类：'],
];
const FORMATS: Array<[RegExp, string]> = [
  [/\b(?:Voice|Audio)(?:\s+(?:answer|reply))?\b/giu, '语音回答'],
  [/\bVideo(?:\s+(?:answer|reply))?\b/giu, '视频回答'],
  [/\bText(?:\s*(?:&|and)\s*images?|\s+(?:answer|reply))?\b/giu, '图文回答'],
];

/**
 * An Indonesian or Malay day (`Sabtu, 6 Mei 2023`, `6 Ogos 2023`), as the Chinese papers of Indonesia and Malaysia print it
 * beside or instead of the Chinese one: day first, its month in the language's word. The months English spells alike
 * (Januari, Juni, Juli, April, September, November) are read by DAY_FIRST_RE; these are the others.
 */
const NUSANTARA_MONTHS: Record<string, number> = { pebruari: 2, mac: 3, mei: 5, agustus: 8, ogos: 8, oktober: 10, nopember: 11, desember: 12, disember: 12 };
const NUSANTARA_DAY_RE = new RegExp(`\\b(\\d{1,2})\\s+(${Object.keys(NUSANTARA_MONTHS).join('|')})\\s+(\\d{4})(?!\\d)`, 'giu');
/** Its weekday before it (`Sabtu, `, `Jumaat, `): the day's other name, meta as the English one is (page-meta.ts's TIME_ZONE_RE). */
const NUSANTARA_WEEKDAY_RE = /(?<![A-Za-z])(?:Senin|Isnin|Selasa|Rabu|Kamis|Khamis|Jumat|Jumaat|Sabtu|Minggu|Ahad)\s*,?\s*(?=\d{4}-\d{2}-\d{2})/giu;
/**
 * A Portuguese or Spanish day (`sábado, 6 de maio de 2023`, `6 de mayo de 2023`), as the Chinese papers of Brazil and Latin
 * America print it: day first, each part joined by `de`, certain as the Indonesian one; its weekday before it meta too.
 */
const IBERIAN_MONTHS: Record<string, number> = {
  janeiro: 1, fevereiro: 2, março: 3, abril: 4, maio: 5, junho: 6, julho: 7, agosto: 8, setembro: 9, outubro: 10, novembro: 11, dezembro: 12,
  enero: 1, febrero: 2, marzo: 3, mayo: 5, junio: 6, julio: 7, septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
};
const IBERIAN_DAY_RE = new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})º?\\s+de\\s+(${Object.keys(IBERIAN_MONTHS).join('|')})\\s+de\\s+(\\d{4})(?!\\d)`, 'giu');
const IBERIAN_WEEKDAY_RE = /(?<!\p{L})(?:(?:segunda|terça|terca|quarta|quinta|sexta)(?:-feira)?|sábado|sabado|domingo|lunes|martes|miércoles|miercoles|jueves|viernes)\s*,?\s*(?=\d{4}-\d{2}-\d{2})/giu;
/**
 * An Italian day (`sabato 6 maggio 2023`), as the Chinese papers of Italy print their issue's: day first, its month in Italian;
 * the months English spells alike at their start (marzo, aprile, novembre) are read by DAY_FIRST_RE too, to the same month.
 */
const ITALIAN_MONTHS: Record<string, number> = { gennaio: 1, febbraio: 2, marzo: 3, aprile: 4, maggio: 5, giugno: 6, luglio: 7, agosto: 8, settembre: 9, ottobre: 10, novembre: 11, dicembre: 12 };
const ITALIAN_DAY_RE = new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})\\s+(${Object.keys(ITALIAN_MONTHS).join('|')})\\s+(\\d{4})(?!\\d)`, 'giu');
const ITALIAN_WEEKDAY_RE = /(?<!\p{L})(?:lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)\s*,?\s*(?=\d{4}-\d{2}-\d{2})/giu;
/**
 * A French day (`samedi 6 mai 2023`, `1er mai 2023`), as the Chinese papers of Mauritius, Madagascar and France print it: day first,
 * its month in French (the first of a month `1er`); the months English spells alike at their start (janvier, mars, avril,
 * septembre…) read to the same month by DAY_FIRST_RE as well. Its weekday before it is the day's other name, meta.
 */
const FRENCH_MONTHS: Record<string, number> = {
  janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, aout: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12,
};
const FRENCH_DAY_RE = new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})(?:er)?\\s+(${Object.keys(FRENCH_MONTHS).join('|')})\\s+(\\d{4})(?!\\d)`, 'giu');
const FRENCH_WEEKDAY_RE = /(?<!\p{L})(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s*,?\s*(?=\d{4}-\d{2}-\d{2})/giu;
const two = (n: number | string) => String(n).padStart(2, '0');

const iso = (y: string, month: string, d: string) => `${y}-${String(MONTHS.indexOf(month.slice(0, 3).toLowerCase()) + 1).padStart(2, '0')}-${d.padStart(2, '0')}`;

/** The line with its English meta words in Chinese and its English dates as YYYY-MM-DD; other lines unchanged. */
export function englishMeta(line: string): string {
  // (a French month may hold no three plain letters in a row: `août`)
  if (!/[A-Za-zÀ-ÿ]{3}/u.test(line)) return line;
  let t = line.replace(MONTH_FIRST_RE, (_, m: string, d: string, y: string) => iso(y, m, d)).replace(DAY_FIRST_RE, (_, d: string, m: string, y: string) => iso(y, m, d));
  t = t.replace(NUSANTARA_DAY_RE, (_, d: string, m: string, y: string) => `${y}-${two(NUSANTARA_MONTHS[m.toLowerCase()]!)}-${two(d)}`).replace(NUSANTARA_WEEKDAY_RE, '');
  t = t.replace(ITALIAN_DAY_RE, (_, d: string, m: string, y: string) => `${y}-${two(ITALIAN_MONTHS[m.toLowerCase()]!)}-${two(d)}`).replace(ITALIAN_WEEKDAY_RE, '');
  t = t.replace(FRENCH_DAY_RE, (_, d: string, m: string, y: string) => `${y}-${two(FRENCH_MONTHS[m.toLowerCase()]!)}-${two(d)}`).replace(FRENCH_WEEKDAY_RE, '');
  t = t.replace(IBERIAN_DAY_RE, (_, d: string, m: string, y: string) => `${y}-${two(IBERIAN_MONTHS[m.toLowerCase()]!)}-${two(d)}`).replace(IBERIAN_WEEKDAY_RE, '');
  for (const [re, zh] of LABELS) t = t.replace(re, zh);
  for (const [re, zh] of FORMATS) t = t.replace(re, zh);
  return t;
}

const ISO_DAY_RE = /(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)|\d{4}年\d{1,2}月\d{1,2}日/gu;
/** The name a byline opens with (the outlet's or the author's), nothing else beside its days. */
const BYLINE_NAME_RE = /^[\p{Script=Han}A-Za-z·&' ]{2,16}$/u;
/**
 * A news byline: a name, the story's day and its `Updated` day (`新西兰先驱报中文网 6 May 2023 Updated 20 May 2023`, `… 2023年5月6日
 * Updated 20 May 2023`): page meta, however long, none of the story's text.
 */
export function isUpdatedByline(line: string): boolean {
  const t = line.trim();
  if (t.length > 60 || !/(?<![A-Za-z])Updated(?![A-Za-z])/u.test(t)) return false;
  const read = englishMeta(t);
  const days = read.match(ISO_DAY_RE) ?? [];
  if (days.length !== 2 || !read.includes('更新时间：')) return false;
  const name = read.replace(ISO_DAY_RE, ' ').replace('更新时间：', ' ').replace(/\s+/gu, ' ').trim();
  return BYLINE_NAME_RE.test(name);
}
