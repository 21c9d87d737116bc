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

/** A clinic roster's line, its label saying who sits in the clinic (`坐诊专家：`, `出诊医生：`; 坐診專家 folded). */
const ROSTER_LABEL_RE = /^(?:坐诊|出诊|门诊|值班)(?:专家|医生|医师|大夫)\s*[:：]/u;
export const isRosterLabelled = (text: string): boolean => ROSTER_LABEL_RE.test(text.trim());
/** The hours' own line under a roster's (`坐诊时间：`, `出诊时间：`). */
export const HOURS_LABEL_RE = /^(?:坐诊|出诊|门诊|接诊)(?:时间|日期|安排)\s*[:：]/u;
const DAY = '(?:周|星期|礼拜)?[一二三四五六日天]';
/** A session as a token of its own (`周一上午`, `每周三上午`, `逢周二`, `周一至周五`, `下午`): never a name's 周 (周一鸣). */
const SESSION_RE = new RegExp(`^(?:(?:每|逢)?(?:周|星期|礼拜)[一二三四五六日天](?:[至到、~～\\-－]${DAY})*(?:[上下]午|晚上|全天)?|[上下]午|晚上|全天)$`, 'u');
/** A roster's line naming when its doctor sits (`坐诊专家：{name} {title} 周一上午`): a schedule's, no card's nor the answer's. */
export const namesClinicSession = (text: string): boolean =>
  isRosterLabelled(text) && text.trim().replace(ROSTER_LABEL_RE, '').split(/[\s；;，,、|｜]+/u).some((t) => SESSION_RE.test(t));
