import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A dental chain's own site names itself by its brand and 齿科 / 口腔 alone (`皓白齿科`: its <title>'s last part, its logo and
 * footer), no 医院 or 门诊部: a dentist it names with no hospital answers for the chain (site-hospital.ts's dentalChainSite).
 * Not where the doctor named is no dentist, nor where a row names the branch they sit in by its address only.
 */

const URL = 'https://www.haobai-dental.example/wenda/318.html';
const page = (credit: string) => `<html><head><meta charset="utf-8"><title>洗牙后牙齿酸软怎么办_问答_皓白齿科</title></head><body>
<div class="head"><a href="/"><img src="/logo.png" alt="皓白齿科"></a> <a href="/booking">在线预约</a></div>
<div class="crumb"><a href="/">首页</a> › <a href="/wenda/">问答</a></div>
<h1>洗牙后牙齿酸软怎么办</h1>
<div class="qa"><p>洗牙后短时间牙齿酸软多是牙根表面暴露后对冷热敏感，一般一到两周会慢慢减轻。</p>
<p>这段时间可以用抗敏感牙膏刷牙，避免过冷过热的饮食；如果一个月后仍然明显，要回来复查牙周情况。</p>
${credit}<p>审核时间：2023-05-06</p></div>
<div class="foot">皓白齿科 版权所有 粤ICP备20231234号</div></body></html>`;
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));

describe("a dental chain's own site", () => {
  it('reads the chain as the hospital of the dentist its credit names with none', () => {
    const [own] = read(page('<p>审核医生：陈嘉怡 主治医师 牙周科</p>'));
    expect(own!.doctor).toMatchObject({ name: '陈嘉怡', title: '主治医师', department: '牙周科', hospital: '皓白齿科' });
  });

  it('keeps the clinic a credit names', () => {
    const [own] = read(page('<p>审核医生：陈嘉怡 主治医师 牙周科 皓白齿科天河门诊部</p>'));
    expect(own!.doctor.hospital).toBe('皓白齿科天河门诊部');
  });

  it('takes no chain where a row names the branch the dentist sits in by its address only', () => {
    const [own] = read(page('<p>审核医生：陈嘉怡 主治医师 牙周科</p><p>院区地址：天河区体育西路12号</p>'));
    expect(own!.doctor.hospital).toBeNull();
  });

  it('takes no chain for a doctor of no dental department', () => {
    const [own] = read(page('<p>审核医生：陈嘉怡 主治医师 内分泌科</p>'));
    expect(own!.doctor.hospital).toBeNull();
  });
});
