import type { Rng } from '../../kit/pages/rng.js';
import { FEW_TITLES, cityOf, personName } from './ordinary-parts.js';
import type { TruthPage } from './truth.js';

/**
 * What the real-site splits (fresh-74 on) print beside the page's own doctor: other doctors, mothers' replies, 追问
 * rounds. Shared so that each split's file holds only its sites; a split that needs other words passes its own.
 */

export type Doc = { name: string; title: string; hospital: string; department: string };

/** The page's own doctor, as a card prints them. */
export const mineOf = (page: TruthPage): Doc => ({ name: page.doctor.name!, title: page.doctor.title!, hospital: page.doctor.hospital!, department: page.doctor.department! });

const OTHER_DEPARTMENTS = ['内科', '外科', '儿科', '妇科', '皮肤科'] as const;

/** Another doctor of the page's city, answering beside the page's own. */
export const otherDoc = (rng: Rng, page: TruthPage, departments: readonly string[] = OTHER_DEPARTMENTS): Doc => ({
  name: personName(rng, page.doctor.name!),
  title: rng.pick(FEW_TITLES),
  hospital: `${cityOf(page)}市${rng.pick(['人民医院', '中心医院', '第一人民医院', '妇幼保健院'])}`,
  department: rng.pick(departments),
});

/** Other doctors' answers, a paragraph list each. */
export const OTHER_TEXTS = [
  ['你好，根据你的描述，考虑和近期饮食作息有关。', '建议规律作息，清淡饮食，症状不缓解及时就诊。'],
  ['这种情况需要结合检查结果判断。', '建议到医院相关科室面诊，完善检查后再对症处理。'],
] as const;
/** Mothers' (网友s') replies. */
export const MOTHER_TEXTS = ['我家宝宝也这样，后来慢慢就好了。', '建议去医院看看，别自己乱用药。', '多喝水，注意观察，我家就是这么过来的。', '同问，我家也是这个情况。'];
/** A 追问 round: the asker's question and the doctor's reply, by index. */
export const FOLLOW_UPS = ['医生，那需要吃药吗？', '请问多久复查一次？', '平时饮食要注意什么？', '晚上还是睡不好怎么办？'];
export const FOLLOW_REPLIES = ['暂时不用吃药，先观察几天。', '建议一个月后复查。', '少吃辛辣油腻，多喝水。', '可以先调整作息，不行再来复诊。'];
/** A day without its year: `05-06`. */
export const md = (iso: string) => iso.slice(5);
