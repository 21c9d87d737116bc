import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/** A paper's column whose note after the answer is on its own editor, not on the doctor who answers. */

const pageOf = (note: string) =>
  entriesOf(
    extractOrThrow(
      pageRecord(
        `<html lang="zh-CN"><head><meta charset="utf-8"><title>血压偶尔偏高要吃药吗 - 健康 - 北美华人健康网</title></head><body>` +
          `<div><a href="/">首页</a> &gt; <a href="/health/">健康</a></div>` +
          `<div><h1>血压偶尔偏高要吃药吗</h1><p>2022-06-01</p><p><strong>问：</strong>量血压偶尔偏高，要吃药吗？</p>` +
          `<div><p><strong>答：</strong>血压偶尔一次偏高不能诊断高血压，需要在不同日子多次测量，家庭自测血压超过135/85才有意义。</p>` +
          `<p>建议买一个经过认证的上臂式电子血压计，早晚各测两次，连续记录一周后带给您的家庭医生看。</p>` +
          `<p>减少盐的摄入、控制体重、规律运动，这些生活方式的调整对早期血压升高效果很好。</p></div>` +
          `<p>${note}</p></div><div>© 2022 北美华人健康网</div></body></html>`,
        { url: 'saved-page.html' },
      ),
    ),
  ).find((e) => e.origin === 'page')!;

describe('an author note on a newsroom’s own', () => {
  it('is no card, whatever calling the editor once had', () => {
    const entry = pageOf('（作者陈佳为本报医疗版主编，曾为执业药剂师）');
    expect(entry.doctor.name).toBeNull();
    expect(entry.doctor.title).toBeNull();
  });

  it('still reads a practising columnist’s note', () => {
    expect(pageOf('（作者李明华为多伦多执业家庭医生，诊所：士嘉堡华人医务所）').doctor).toMatchObject({ name: '李明华', title: '家庭医生', hospital: '士嘉堡华人医务所' });
  });
});
