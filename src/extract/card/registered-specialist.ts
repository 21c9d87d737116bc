import type { AnyNode } from 'domhandler';
import type { Doctor } from '../../schema/entry.js';
import { pageRegion } from '../tree/declared-region.js';

/** The regions whose medical councils register specialists by specialty, cards printing `{specialty}專科醫生` (Hong Kong, Macau). */
const SPECIALIST_REGISTER_REGIONS = new Set(['HK', 'MO']);
/** A specialist's calling with its specialty before it (`兒科專科醫生`, `家庭醫學專科醫生`, folded for matching). */
const SPECIALIST_RE = /^(\p{Script=Han}{2,8}?)(专科医生)$/u;

/**
 * A calling with its field run into 医师 (`儿科医师`, `內科醫師`: PRACTICE_TITLES), as a card beside a hospital prints its department and
 * rank run together (`专家：{name}，儿科医师` on a hospital's own 健康问答, as `心内科医师` is 心内科's 医师).
 */
const FIELD_PHYSICIAN_RE = /^([内內外儿兒]科)([医醫][师師])$/u;
/**
 * A hospital's name (`仰光总医院`; a medical centre or hospital centre, as hospitals abroad are named in Chinese: `…医学中心`,
 * `…医院中心`, and Malaysia's private hospitals, `…醫藥中心`, `…醫藥專科中心`), no clinic's or practice's (`…医疗中心`, `…诊所`).
 */
const atHospital = (doctor: Doctor) => doctor.hospital !== null && /[医醫](?:院|學中心|学中心|院中心|[藥药](?:[專专]科)?中心)$/u.test(doctor.hospital);

/**
 * A card's calling read as a registered specialist's on a page of a region whose council registers specialists by specialty
 * (its `<html lang>`: `zh-HK`; where the lang names no region, its phone numbers' country code: `(852) 2608 3388`):
 * `兒科專科醫生` is a 專科醫生 in 兒科, the title 專科醫生 and the department the specialty. On a page declaring another
 * region (a Chinese paper abroad declaring `zh-CN`), so is a card naming a hospital beside the calling (`耳鼻喉科专科医生　仰光总医院`:
 * fresh-81's convention). Elsewhere the calling is read whole (`内科专科医生` beside a clinic, an internist's practice abroad:
 * PRACTICE_TITLES; every card on a page declaring no region); so too where the card prints a department of its own that is another.
 */
export function asRegisteredSpecialist(doctor: Doctor, page: AnyNode): Doctor {
  const physician = doctor.title?.match(FIELD_PHYSICIAN_RE);
  // The field's 医师 beside a hospital is the hospital's department's 医师, whatever region the page declares or none (a hospital's
  // e-newsletter crediting `本文由兒科醫師 {name} 回覆`, its `<html>` with no lang): no register names it, and only a practice's
  // calling (beside a clinic) keeps its field.
  if (physician) return doctor.department === null && atHospital(doctor) ? { ...doctor, title: physician[2]!, department: physician[1]! } : doctor;
  const m = doctor.title?.match(SPECIALIST_RE);
  if (!m) return doctor;
  if (doctor.department !== null && doctor.department !== m[1]) return doctor;
  const region = pageRegion(page);
  if (region === null) return doctor;
  if (!SPECIALIST_REGISTER_REGIONS.has(region) && !(doctor.department === null && atHospital(doctor))) return doctor;
  return { ...doctor, title: m[2]!, department: m[1]! };
}
