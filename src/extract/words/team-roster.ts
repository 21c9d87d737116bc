import { isOtherDoctorsHead } from './genre.js';

/**
 * The head of a hospital's roster of its doctors beside the answer (`专家团队`, `坐诊专家`, `出诊专家`, `专家风采`, a group
 * portal's `各地分院专家`): the site's team, each card with its 出诊时间 and 咨询 / 预约 buttons, none of them the card of
 * the doctor who answered (who may be among them: their card is the one that heads or signs the answer).
 */
const TEAM_ROSTER_HEAD_RE = /^(?:本院|我院|医院|\p{Script=Han}{0,4}分院)?(?:专家团队|医生团队|医疗团队|专家阵容|坐诊专家|出诊专家|坐诊医生|出诊医生|专家介绍|名医介绍|专家风采|名医风采|名医堂|专家一览|名医推荐|名家推荐)$/u;

/** Whether a short heading (spaces removed) heads such a roster. */
export const isTeamRosterHead = (heading: string): boolean => TEAM_ROSTER_HEAD_RE.test(heading);

/** A heading over doctors other than the answering one: a site's suggestions (推荐医生, genre.ts) or a hospital's roster. */
export const headsOtherDoctors = (heading: string): boolean => isOtherDoctorsHead(heading) || isTeamRosterHead(heading);
