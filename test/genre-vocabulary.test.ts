import { describe, expect, it } from 'vitest';
import { ACCREDITATION_LEVELS, DOCTOR_TITLES, GRADE_LEVELS, HOSPITAL_GRADES } from '../src/core/genre-vocabulary.js';
import { consistencyDoubts, type ReadEntry } from '../src/flags/consistency.js';

/**
 * The reader and the consistency checks share one vocabulary: a card the reader reads with any
 * title or grade of it must not be doubted for that title or grade (a right row flagged costs a
 * data scientist a look, and a vocabulary grown on one side only would flag every row of a site).
 */
const card = (title: string, grade: string): ReadEntry => ({
  question: '老人上下楼膝盖疼是怎么回事',
  answer_paragraphs: ['膝盖疼可能是膝关节受到刺激引起，注意休息。', '如果伴有肿胀，建议到医院骨科做膝关节X线检查。'],
  doctor: { name: '王清玉', title, department: '骨科', hospital: '福建省人民医院', hospital_grade: grade },
  date: '2021-05-06',
  origin: 'page',
});
const doubtsOf = (entry: ReadEntry) => consistencyDoubts(entry, { entries: [entry] }).map((d) => d.why);

describe('the genre vocabulary, shared by reader and checks', () => {
  it.each(DOCTOR_TITLES)('a card titled %s is not doubted', (title) => {
    expect(doubtsOf(card(title, '三甲'))).toEqual([]);
  });

  // Taiwan's levels as its pages print them too (traditional script: the checks read the published value).
  it.each([...HOSPITAL_GRADES, ...GRADE_LEVELS, ...ACCREDITATION_LEVELS, '醫學中心', '區域醫院', '地區醫院'])('a card graded %s is not doubted', (grade) => {
    expect(doubtsOf(card('主任医师', grade))).toEqual([]);
  });

  it.each(['主治醫師', '副院長', '顧問醫生', '駐院醫生'])('a card titled %s (traditional, as printed) is not doubted', (title) => {
    expect(doubtsOf(card(title, '三甲'))).toEqual([]);
  });

  it('a title or a grade outside the vocabulary is doubted, with the value named', () => {
    expect(doubtsOf(card('在线咨询', '三甲'))).toEqual(['a title outside the vocabulary: 「在线咨询」']);
    expect(doubtsOf(card('主任医师', '全国百强'))).toEqual(['a grade outside the known grades: 「全国百强」']);
  });
});
