import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jiankangBytes } from '../../kit/pages/layouts.js';
import type { Doctor, QaItem } from '../../kit/pages/universe.js';

export interface GeneratedPage {
  file: string;
  question: string;
  answer: string;
  doctor: string;
}

/**
 * Text whose JavaScript (UTF-16) order differs from its UTF-8 byte order: astral characters
 * (𠮷, 😷) sort before full-width forms (＂, ？, ３) in UTF-16 and after them in UTF-8.
 */
const OPENINGS = ['宝宝发烧😷', '𠮷祥', '体温３８．５℃（腋下）', 'Hb偏低', '＂全角引号＂', '头痛、发热；', '𠮷', 'ａｂｃ', '？'];
const DOCTORS: readonly Doctor[] = [
  { name: '𠮷红', title: '副主任医师', department: '消化内科', hospital: '江州市第二人民医院', grade: '二甲' },
  { name: '赵文静', title: '主治医师', department: '儿科', hospital: '江州市儿童医院', grade: '三级甲等' },
];

const NOTE_CHARS = '咳嗽鼻塞流涕咽痛乏力食欲减退呕吐腹泻皮疹寒战头晕心慌出汗口渴尿少嗜睡烦躁哭闹抽搐气促胸闷耳痛眼红关节肿痛腰酸背痛';

/** Forty characters of made-up case notes, different for every i (a small LCG over NOTE_CHARS). */
function caseNotes(i: number): string {
  let x = (i + 1) * 2654435761;
  let notes = '';
  for (let k = 0; k < 40; k++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    notes += NOTE_CHARS[x % NOTE_CHARS.length];
  }
  return notes;
}

/**
 * Writes `count` question pages in the 康问 layout (read by the genre rules: no profile knows it),
 * every third in GB18030 declared as gbk and the rest in UTF-8, each with one question, a doctor
 * line and a one-paragraph answer, and no related list.
 */
export function writeQaPages(dir: string, count: number): GeneratedPage[] {
  const pages: GeneratedPage[] = [];
  for (let i = 0; i < count; i++) {
    const question = `${OPENINGS[i % OPENINGS.length]}第${i}问：发烧能洗澡吗？`;
    // A long run of characters unique to each page keeps the answers apart for the near-duplicate stage.
    const answer = `第${i}个回答：${caseNotes(i)}。宝宝发烧时可以洗澡，但水温要适宜${i % 2 ? '，𠮷医生建议' : ''}，时间不宜过长。`;
    const doctor = DOCTORS[i % DOCTORS.length]!;
    const item: QaItem = {
      k: i,
      id: `page${i}`,
      num: 20000 + i,
      question,
      paragraphs: [answer],
      doctor,
      date: `2022-03-${String((i % 28) + 1).padStart(2, '0')}`,
      format: 'text',
      snippet: answer,
      shortSnippet: answer,
      related: [],
    };
    const file = join(dir, `page-${String(i).padStart(4, '0')}.html`);
    writeFileSync(file, jiankangBytes(item, [], { index: i, charset: i % 3 === 0 ? 'gbk' : 'utf-8' }));
    pages.push({ file, question, answer, doctor: doctor.name });
  }
  return pages;
}
