import { Rng } from '../../kit/pages/rng.js';
import { FRESH_FAMILIES } from './families-fresh.js';
import { FRESH2_FAMILIES } from './families-fresh2.js';
import { FRESH3_FAMILIES } from './families-fresh3.js';
import { FRESH4_FAMILIES } from './families-fresh4.js';
import { FRESH5_FAMILIES } from './families-fresh5.js';
import { FRESH6_FAMILIES } from './families-fresh6.js';
import { FRESH7_FAMILIES } from './families-fresh7.js';
import { FRESH8_FAMILIES } from './families-fresh8.js';
import { FRESH9_FAMILIES } from './families-fresh9.js';
import { FRESH10_FAMILIES } from './families-fresh10.js';
import { FRESH11_FAMILIES } from './families-fresh11.js';
import { FRESH12_FAMILIES } from './families-fresh12.js';
import { FRESH13_FAMILIES } from './families-fresh13.js';
import { FRESH14_FAMILIES } from './families-fresh14.js';
import { FRESH15_FAMILIES } from './families-fresh15.js';
import { FRESH16_FAMILIES } from './families-fresh16.js';
import { FRESH17_FAMILIES } from './families-fresh17.js';
import { FRESH18_FAMILIES } from './families-fresh18.js';
import { FRESH19_FAMILIES } from './families-fresh19.js';
import { FRESH20_FAMILIES } from './families-fresh20.js';
import { FRESH21_FAMILIES } from './families-fresh21.js';
import { FRESH22_FAMILIES } from './families-fresh22.js';
import { FRESH23_FAMILIES } from './families-fresh23.js';
import { FRESH24_FAMILIES } from './families-fresh24.js';
import { FRESH25_FAMILIES } from './families-fresh25.js';
import { FRESH26_FAMILIES } from './families-fresh26.js';
import { FRESH27_FAMILIES } from './families-fresh27.js';
import { FRESH28_FAMILIES } from './families-fresh28.js';
import { FRESH29_FAMILIES } from './families-fresh29.js';
import { FRESH30_FAMILIES } from './families-fresh30.js';
import { FRESH31_FAMILIES } from './families-fresh31.js';
import { FRESH32_FAMILIES } from './families-fresh32.js';
import { FRESH33_FAMILIES } from './families-fresh33.js';
import { FRESH34_FAMILIES } from './families-fresh34.js';
import { FRESH35_FAMILIES } from './families-fresh35.js';
import { FRESH36_FAMILIES } from './families-fresh36.js';
import { FRESH37_FAMILIES } from './families-fresh37.js';
import { FRESH38_FAMILIES } from './families-fresh38.js';
import { FRESH39_FAMILIES } from './families-fresh39.js';
import { FRESH40_FAMILIES } from './families-fresh40.js';
import { FRESH41_FAMILIES } from './families-fresh41.js';
import { FRESH42_FAMILIES } from './families-fresh42.js';
import { FRESH43_FAMILIES } from './families-fresh43.js';
import { FRESH44_FAMILIES } from './families-fresh44.js';
import { FRESH45_FAMILIES } from './families-fresh45.js';
import { FRESH46_FAMILIES } from './families-fresh46.js';
import { FRESH47_FAMILIES } from './families-fresh47.js';
import { FRESH48_FAMILIES } from './families-fresh48.js';
import { FRESH49_FAMILIES } from './families-fresh49.js';
import { FRESH50_FAMILIES } from './families-fresh50.js';
import { FRESH51_FAMILIES } from './families-fresh51.js';
import { FRESH52_FAMILIES } from './families-fresh52.js';
import { FRESH53_FAMILIES } from './families-fresh53.js';
import { FRESH54_FAMILIES } from './families-fresh54.js';
import { FRESH55_FAMILIES } from './families-fresh55.js';
import { FRESH56_FAMILIES } from './families-fresh56.js';
import { FRESH57_FAMILIES } from './families-fresh57.js';
import { FRESH58_FAMILIES } from './families-fresh58.js';
import { FRESH59_FAMILIES } from './families-fresh59.js';
import { FRESH60_FAMILIES } from './families-fresh60.js';
import { FRESH61_FAMILIES } from './families-fresh61.js';
import { FRESH62_FAMILIES } from './families-fresh62.js';
import { FRESH63_FAMILIES } from './families-fresh63.js';
import { FRESH64_FAMILIES } from './families-fresh64.js';
import { FRESH65_FAMILIES } from './families-fresh65.js';
import { FRESH66_FAMILIES } from './families-fresh66.js';
import { FRESH67_FAMILIES } from './families-fresh67.js';
import { FRESH68_FAMILIES } from './families-fresh68.js';
import { FRESH69_FAMILIES } from './families-fresh69.js';
import { FRESH70_FAMILIES } from './families-fresh70.js';
import { FRESH71_FAMILIES } from './families-fresh71.js';
import { FRESH72_FAMILIES } from './families-fresh72.js';
import { FRESH73_FAMILIES } from './families-fresh73.js';
import { FRESH74_FAMILIES } from './families-fresh74.js';
import { FRESH75_FAMILIES } from './families-fresh75.js';
import { FRESH76_FAMILIES } from './families-fresh76.js';
import { FRESH77_FAMILIES } from './families-fresh77.js';
import { FRESH78_FAMILIES } from './families-fresh78.js';
import { FRESH79_FAMILIES } from './families-fresh79.js';
import { FRESH80_FAMILIES } from './families-fresh80.js';
import { FRESH81_FAMILIES } from './families-fresh81.js';
import { FRESH82_FAMILIES } from './families-fresh82.js';
import { FRESH83_FAMILIES } from './families-fresh83.js';
import { FRESH84_FAMILIES } from './families-fresh84.js';
import { FRESH85_FAMILIES } from './families-fresh85.js';
import { FRESH86_FAMILIES } from './families-fresh86.js';
import { FRESH87_FAMILIES } from './families-fresh87.js';
import { FRESH88_FAMILIES } from './families-fresh88.js';
import { FRESH89_FAMILIES } from './families-fresh89.js';
import { FRESH90_FAMILIES } from './families-fresh90.js';
import { FRESH91_FAMILIES } from './families-fresh91.js';
import { FRESH92_FAMILIES } from './families-fresh92.js';
import { FRESH93_FAMILIES } from './families-fresh93.js';
import { FRESH94_FAMILIES } from './families-fresh94.js';
import { FRESH95_FAMILIES } from './families-fresh95.js';
import { FRESH96_FAMILIES } from './families-fresh96.js';
import { FRESH97_FAMILIES } from './families-fresh97.js';
import { FRESH98_FAMILIES } from './families-fresh98.js';
import { FRESH99_FAMILIES } from './families-fresh99.js';
import { FRESH100_FAMILIES } from './families-fresh100.js';
import { FRESH101_FAMILIES } from './families-fresh101.js';
import { FRESH102_FAMILIES } from './families-fresh102.js';
import { FRESH103_FAMILIES } from './families-fresh103.js';
import { FRESH104_FAMILIES } from './families-fresh104.js';
import { FRESH105_FAMILIES } from './families-fresh105.js';
import { FRESH106_FAMILIES } from './families-fresh106.js';
import { FRESH107_FAMILIES } from './families-fresh107.js';
import { FRESH108_FAMILIES } from './families-fresh108.js';
import { FRESH109_FAMILIES } from './families-fresh109.js';
import { FRESH110_FAMILIES } from './families-fresh110.js';
import { FRESH111_FAMILIES } from './families-fresh111.js';
import { FRESH112_FAMILIES } from './families-fresh112.js';
import { FRESH113_FAMILIES } from './families-fresh113.js';
import { FRESH114_FAMILIES } from './families-fresh114.js';
import { FRESH115_FAMILIES } from './families-fresh115.js';
import { FRESH116_FAMILIES } from './families-fresh116.js';
import { FRESH117_FAMILIES } from './families-fresh117.js';
import { FRESH118_FAMILIES } from './families-fresh118.js';
import { FRESH119_FAMILIES } from './families-fresh119.js';
import { HELD_OUT_FAMILIES } from './families-held-out.js';
import { KNOWN_FAMILIES } from './families-known.js';
import { TUNING_FAMILIES } from './families-tuning.js';
import { truthPage } from './truth.js';
import type { Expected, Family } from './family.js';

/** Every layout family, split by split (family.ts says what each split is). */
export const FAMILIES: readonly Family[] = [...KNOWN_FAMILIES, ...TUNING_FAMILIES, ...HELD_OUT_FAMILIES, ...FRESH_FAMILIES, ...FRESH2_FAMILIES, ...FRESH3_FAMILIES, ...FRESH4_FAMILIES, ...FRESH5_FAMILIES, ...FRESH6_FAMILIES, ...FRESH7_FAMILIES, ...FRESH8_FAMILIES, ...FRESH9_FAMILIES, ...FRESH10_FAMILIES, ...FRESH11_FAMILIES, ...FRESH12_FAMILIES, ...FRESH13_FAMILIES, ...FRESH14_FAMILIES, ...FRESH15_FAMILIES, ...FRESH16_FAMILIES, ...FRESH17_FAMILIES, ...FRESH18_FAMILIES, ...FRESH19_FAMILIES, ...FRESH20_FAMILIES, ...FRESH21_FAMILIES, ...FRESH22_FAMILIES, ...FRESH23_FAMILIES, ...FRESH24_FAMILIES, ...FRESH25_FAMILIES, ...FRESH26_FAMILIES, ...FRESH27_FAMILIES, ...FRESH28_FAMILIES, ...FRESH29_FAMILIES, ...FRESH30_FAMILIES, ...FRESH31_FAMILIES, ...FRESH32_FAMILIES, ...FRESH33_FAMILIES, ...FRESH34_FAMILIES, ...FRESH35_FAMILIES, ...FRESH36_FAMILIES, ...FRESH37_FAMILIES, ...FRESH38_FAMILIES, ...FRESH39_FAMILIES, ...FRESH40_FAMILIES, ...FRESH41_FAMILIES, ...FRESH42_FAMILIES, ...FRESH43_FAMILIES, ...FRESH44_FAMILIES, ...FRESH45_FAMILIES, ...FRESH46_FAMILIES, ...FRESH47_FAMILIES, ...FRESH48_FAMILIES, ...FRESH49_FAMILIES, ...FRESH50_FAMILIES, ...FRESH51_FAMILIES, ...FRESH52_FAMILIES, ...FRESH53_FAMILIES, ...FRESH54_FAMILIES, ...FRESH55_FAMILIES, ...FRESH56_FAMILIES, ...FRESH57_FAMILIES, ...FRESH58_FAMILIES, ...FRESH59_FAMILIES, ...FRESH60_FAMILIES, ...FRESH61_FAMILIES, ...FRESH62_FAMILIES, ...FRESH63_FAMILIES, ...FRESH64_FAMILIES, ...FRESH65_FAMILIES, ...FRESH66_FAMILIES, ...FRESH67_FAMILIES, ...FRESH68_FAMILIES, ...FRESH69_FAMILIES, ...FRESH70_FAMILIES, ...FRESH71_FAMILIES, ...FRESH72_FAMILIES, ...FRESH73_FAMILIES, ...FRESH74_FAMILIES, ...FRESH75_FAMILIES, ...FRESH76_FAMILIES, ...FRESH77_FAMILIES, ...FRESH78_FAMILIES, ...FRESH79_FAMILIES, ...FRESH80_FAMILIES, ...FRESH81_FAMILIES, ...FRESH82_FAMILIES, ...FRESH83_FAMILIES, ...FRESH84_FAMILIES, ...FRESH85_FAMILIES, ...FRESH86_FAMILIES, ...FRESH87_FAMILIES, ...FRESH88_FAMILIES, ...FRESH89_FAMILIES, ...FRESH90_FAMILIES, ...FRESH91_FAMILIES, ...FRESH92_FAMILIES, ...FRESH93_FAMILIES, ...FRESH94_FAMILIES, ...FRESH95_FAMILIES, ...FRESH96_FAMILIES, ...FRESH97_FAMILIES, ...FRESH98_FAMILIES, ...FRESH99_FAMILIES, ...FRESH100_FAMILIES, ...FRESH101_FAMILIES, ...FRESH102_FAMILIES, ...FRESH103_FAMILIES, ...FRESH104_FAMILIES, ...FRESH105_FAMILIES, ...FRESH106_FAMILIES, ...FRESH107_FAMILIES, ...FRESH108_FAMILIES, ...FRESH109_FAMILIES, ...FRESH110_FAMILIES, ...FRESH111_FAMILIES, ...FRESH112_FAMILIES, ...FRESH113_FAMILIES, ...FRESH114_FAMILIES, ...FRESH115_FAMILIES, ...FRESH116_FAMILIES, ...FRESH117_FAMILIES, ...FRESH118_FAMILIES, ...FRESH119_FAMILIES];

/**
 * The families of `split`, or the one of them named `family`. A split or a family no file defines is an error: a misspelt or
 * unmerged name would otherwise print an empty table (`NaN%`) that reads as a run.
 */
export function familiesOf(split: string, family?: string): Family[] {
  if (!FAMILIES.some((f) => f.split === split)) throw new Error(`no split '${split}' (the splits: ${[...new Set(FAMILIES.map((f) => f.split))].join(', ')})`);
  if (family !== undefined && !FAMILIES.some((f) => f.name === family)) throw new Error(`no family '${family}' in any split`);
  return FAMILIES.filter((f) => f.split === split && (family === undefined || f.name === family));
}

/** The families named (`a,b`), all where none are; a name no file defines is an error. */
export function familiesNamed(names: string | undefined): Family[] {
  if (!names) return [...FAMILIES];
  const wanted = names.split(',');
  const unknown = wanted.filter((n) => !FAMILIES.some((f) => f.name === n));
  if (unknown.length > 0) throw new Error(`no family ${unknown.map((n) => `'${n}'`).join(', ')} in any split`);
  return FAMILIES.filter((f) => wanted.includes(f.name));
}

export interface GeneratedPage {
  family: Family;
  index: number;
  /** A file name for the page (what a saved-page run would see). */
  name: string;
  body: Buffer;
  expected: Expected;
}

/** Page `index` of a family; the same seed gives the same bytes. */
export function generatePage(family: Family, seed: number, index: number): GeneratedPage {
  const page = truthPage(seed, family.name, index, family.site);
  const rendered = family.render(page, Rng.for(seed, `layout:${family.name}`, index));
  return { family, index, name: `${family.name}-${String(index).padStart(4, '0')}.html`, ...rendered };
}
