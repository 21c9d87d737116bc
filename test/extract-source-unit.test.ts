import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A city hotline's 知识库 entry names no one answering, only the unit it came from in its meta bar (`来源单位：…`): the answer is
 * that unit's, its hospital and department. A bare 来源 (a paper, a site) names no hospital.
 */
const kb = (source: string) =>
  `<html><head><meta charset="utf-8"><title>孕妇关节发热怎么办-知识库-石门市12345政务服务便民热线</title></head><body>` +
  `<div class="kb"><h2 class="kb-title">孕妇关节发热怎么办</h2><div class="kb-meta"><span>知识编号：ZS-WJ-128002</span><span>${source}</span><span>发布时间：2020-03-24</span><span>浏览次数：2535</span></div>` +
  `<div class="kb-text"><p>孕妇关节发热的处理要根据病情轻重来决定，多数与痛风有关。</p><p>建议及时到医院风湿免疫科就诊，明确诊断后规范治疗。</p></div></div></body></html>`;
const doctorOf = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://12345.example.gov.cn/zsk/detail?id=1' }))).find((e) => e.origin === 'page')!.doctor;

describe('a record’s source unit', () => {
  it('is the hospital, and its department, of an answer no one is named for', () => {
    expect(doctorOf(kb('来源单位：石门市疾病预防控制中心免疫规划所'))).toMatchObject({ name: null, hospital: '石门市疾病预防控制中心', department: '免疫规划所' });
    expect(doctorOf(kb('来源单位：白沙市人民医院'))).toMatchObject({ name: null, hospital: '白沙市人民医院', department: null });
  });

  it('is no hospital where it names a paper', () => {
    expect(doctorOf(kb('来源：新闻日报')).hospital).toBeNull();
  });
});
