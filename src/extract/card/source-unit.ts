import type { Doctor } from '../../schema/entry.js';
import type { Block } from '../lines/html-lines.js';
import { unitParts, WHOLE_HOSPITAL_RE } from '../words/genre.js';

/**
 * The unit a record names as its source in its meta bar (`来源单位：某市人民医院`, `来源单位：某市疾病预防控制中心免疫规划所`, a city
 * hotline's 知识库 entry) between its question and its answer: where no one is named answering, the answer is that unit's, its
 * hospital and department. Only a unit so labelled and shaped as a hospital: a bare 来源 names a paper or a site as often.
 */
const SOURCE_UNIT_RE = /^(?:来源|供稿)单位\s*[:：]\s*(\S{2,40})$/u;

export function sourceUnit(blocks: readonly Block[], question: number, first: number): Pick<Doctor, 'hospital' | 'department'> | null {
  for (let i = question + 1; i < first && i < blocks.length; i++) {
    const value = blocks[i]!.text.trim().match(SOURCE_UNIT_RE)?.[1];
    const parts = value === undefined ? null : unitParts(value);
    if (parts && WHOLE_HOSPITAL_RE.test(parts.unit)) return { hospital: parts.unit, department: parts.department };
  }
  return null;
}
