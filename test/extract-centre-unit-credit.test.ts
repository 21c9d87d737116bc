import { describe, expect, it } from 'vitest';
import { parseCardParts } from '../src/extract/card/card-parts.js';
import { cardShapeDoubts } from '../src/extract/card/doctor-card.js';
import { isDisclaimer, mentionsDisclaimer } from '../src/extract/words/genre.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A centre for disease control's unit run after its name (`中国疾控中心营养与健康所`) is the department, the centre the hospital;
 * a unit's expert group signing in brackets after the answer (`（中国疾控中心营养与健康所专家组）`) names the unit, no one: name
 * and title null, none of the answer. A CMS's 相关链接 over questions on the page's own host is the related list. (A pharmacy's
 * `药师建议仅供参考，处方药请凭医生处方购买。` under the advice is a disclaimer, none of it.) Before these rules the unit was read
 * into the hospital (or lost), the group's credit kept as a paragraph with no card, the links not taken.
 */
const page = (credit: string) =>
  `<html><head><meta charset="utf-8"><title>干眼症健康问答</title></head><body>` +
  `<div class="position">您现在的位置：<a href="/">首页</a> &gt; <a href="/jkzt/">健康主题</a> &gt; 健康问答</div>` +
  `<div class="article"><h5>干眼症健康问答</h5><div class="info">【发布时间：2023-05-06】</div><div class="TRS_Editor">` +
  `<p><strong>问：</strong>干眼症会复发吗</p><p><strong>答：</strong>干眼症容易反复，和用眼习惯关系很大。</p>` +
  `<p>平时每用眼40分钟休息一下，必要时在医生指导下使用人工泪液。</p><p style="text-align:right">${credit}</p></div>` +
  `<div class="xglj"><h4>相关链接</h4><ul>` +
  `<li><a href="https://www.example-cdc.cn/jkzt/eye/202201/t20220124_1.html">眼睛干涩怎么办？</a><span>(2022-01-24)</span></li>` +
  `<li><a href="https://www.example-cdc.cn/jkzt/eye/202105/t20210522_2.html">干眼症吃什么好</a><span>(2021-05-22)</span></li></ul></div></div></body></html>`;
const entries = (html: string) => entriesOf(extractOrThrow(pageRecord(html)));
const asWritten = (titles: string[]) =>
  page('（中国疾控中心营养与健康所专家组）').replace(/<li>.*<\/ul>/su, titles.map((t, i) => `<li><a href="../202201/t20220124_${i}.html">${t}</a><span>(2022-01-24)</span></li>`).join('') + '</ul>');

describe('a centre’s unit (disease control, emergency care, blood)', () => {
  it('run after the centre’s name is the department', () => {
    expect(parseCardParts(['中国疾控中心营养与健康所'])).toMatchObject({ hospital: '中国疾控中心', department: '营养与健康所' });
    expect(parseCardParts(['中国疾控中心慢性非传染性疾病预防控制中心'])).toMatchObject({ hospital: '中国疾控中心', department: '慢性非传染性疾病预防控制中心' });
    expect(parseCardParts(['中国疾控中心环境与健康相关产品安全所', '熊佳勇', '研究员'])).toMatchObject({ name: '熊佳勇', title: '研究员', department: '环境与健康相关产品安全所', hospital: '中国疾控中心' });
  });

  it('so is an emergency or blood centre’s branch or unit', () => {
    expect(parseCardParts(['袁琳', '北京急救中心西区分中心', '主治医师'])).toMatchObject({ name: '袁琳', title: '主治医师', department: '西区分中心', hospital: '北京急救中心' });
    expect(parseCardParts(['解答专家：袁琳　江州市急救中心急救培训中心　主治医师'])).toMatchObject({ name: '袁琳', department: '急救培训中心', hospital: '江州市急救中心' });
    expect(parseCardParts(['江州市血液中心献血服务中心'])).toMatchObject({ hospital: '江州市血液中心', department: '献血服务中心' });
  });

  it('a branch or a training centre printed alone is a unit, no hospital, and no doubt of the card', () => {
    expect(parseCardParts(['袁琳', '主治医师', '西区分中心'])).toMatchObject({ department: '西区分中心', hospital: null });
    expect(cardShapeDoubts(parseCardParts(['袁琳', '北京急救中心西区分中心', '主治医师']))).toEqual([]);
    expect(cardShapeDoubts(parseCardParts(['吴刚', '江州市急救中心急救培训中心', '主治医师']))).toEqual([]);
  });

  it('a disease’s 防治院 or 防治所 is a hospital', () => {
    expect(parseCardParts(['彭志', '主治医师', '江州省职业病防治院'])).toMatchObject({ name: '彭志', hospital: '江州省职业病防治院' });
    expect(parseCardParts(['江州市结核病防治所 结核科 李芳 主任医师'])).toMatchObject({ hospital: '江州市结核病防治所', department: '结核科', name: '李芳' });
    expect(cardShapeDoubts(parseCardParts(['彭志', '主治医师', '江州省职业病防治院']))).toEqual([]);
  });

  it('a 防治所 no place names is the unit of the centre the card names, its department, in either order', () => {
    expect(parseCardParts(['张伟', '主任医师', '结核病防治所', '江州市疾病预防控制中心'])).toMatchObject({ hospital: '江州市疾病预防控制中心', department: '结核病防治所' });
    expect(parseCardParts(['张伟', '主任医师', '江州市疾病预防控制中心', '慢性病防治所'])).toMatchObject({ hospital: '江州市疾病预防控制中心', department: '慢性病防治所' });
  });

  it('a hospital’s name is left whole', () => {
    expect(parseCardParts(['江州市急救中心']).hospital).toBe('江州市急救中心');
    expect(parseCardParts(['江州市医疗急救指挥中心'])).toMatchObject({ department: null });
    expect(parseCardParts(['江州市疾病预防控制中心']).hospital).toBe('江州市疾病预防控制中心');
    expect(parseCardParts(['江州市人民医院'])).toMatchObject({ hospital: '江州市人民医院', department: null });
  });

  it('its expert group signing the answer names the unit, no one', () => {
    const all = entries(page('（中国疾控中心营养与健康所专家组）'));
    const entry = all.find((e) => e.origin === 'page')!;
    expect(entry.doctor).toMatchObject({ name: null, title: null, department: '营养与健康所', hospital: '中国疾控中心' });
    expect(entry.answer_paragraphs).toEqual(['干眼症容易反复，和用眼习惯关系很大。', '平时每用眼40分钟休息一下，必要时在医生指导下使用人工泪液。']);
    expect(entry.related_urls).toEqual(['https://www.example-cdc.cn/jkzt/eye/202201/t20220124_1.html', 'https://www.example-cdc.cn/jkzt/eye/202105/t20210522_2.html']);
  });

  it('a group of no unit one can read names nothing', () => {
    const entry = entries(page('（本网编辑组）')).find((e) => e.origin === 'page')!;
    expect(entry.doctor.hospital).toBeNull();
  });
});

describe('a 相关链接 list of links as written', () => {
  it('each asking a question: the page’s related links, as written', () => {
    const entry = entries(asWritten(['眼睛干涩怎么办？', '干眼症吃什么好'])).find((e) => e.origin === 'page')!;
    expect(entry.related_urls).toEqual(['../202201/t20220124_0.html', '../202201/t20220124_1.html']);
  });

  it('titles that ask nothing (news, articles) are not taken', () => {
    const entry = entries(asWritten(['中心召开传染病防控工作会议', '全国爱卫会部署爱国卫生运动'])).find((e) => e.origin === 'page')!;
    expect(entry.related_urls).toEqual([]);
  });
});

describe('a pharmacy’s note under the advice', () => {
  it('is a disclaimer; the advice to get a prescription is none', () => {
    expect(isDisclaimer('药师建议仅供参考，处方药请凭医生处方购买。')).toBe(true);
    expect(isDisclaimer('该药是处方药，须凭医生处方购买，不要自行服用。')).toBe(false);
  });

  it('run on after the pharmacist’s own advice, the line is the advice’s: no disclaimer to drop it with', () => {
    // Before, the whole line was a disclaimer wherever the note stood in it: the dose before it dropped, silently.
    const line = '可以短期加用奥美拉唑肠溶胶囊护胃，一次1粒，一日1次，以上用法仅供参考，处方药请凭医生处方购买。';
    expect(isDisclaimer(line)).toBe(false);
    expect(mentionsDisclaimer(line)).toBe(true);
  });
});

describe('a Japanese hospital’s card, as a Chinese paper in Japan prints it', () => {
  it('its 病院, クリニック or センター the hospital, its rank in Japanese kanji (医師, 医長, 院長) the title', () => {
    expect(parseCardParts(['解答医生：吕刚（池袋中央クリニック 消化器内科 医師）'])).toMatchObject({ name: '吕刚', title: '医師', department: '消化器内科', hospital: '池袋中央クリニック' });
    expect(parseCardParts(['刘雨', '聖路加国際病院 整形外科 院長'])).toMatchObject({ name: '刘雨', title: '院長', department: '整形外科', hospital: '聖路加国際病院' });
    expect(parseCardParts(['乔波雪，新宿駅前クリニック整形外科医長。'])).toMatchObject({ name: '乔波雪', title: '医長', department: '整形外科', hospital: '新宿駅前クリニック' });
    expect(parseCardParts(['沈平', '大阪市立総合医療センター', '小児科', '部長'])).toMatchObject({ name: '沈平', title: '部長', hospital: '大阪市立総合医療センター' });
  });

  it('a disease’s 病 before a stay’s 院外, 院前, 院内 (糖尿病院外管理) is a phrase of care under the card, no hospital', () => {
    expect(parseCardParts(['张伟', '主任医师', '心内科', '糖尿病院外管理'])).toMatchObject({ name: '张伟', department: '心内科', hospital: null });
    // a Japanese hospital's 内科 run on after its name is its department, no phrase of care
    expect(parseCardParts(['刘雨', '聖路加国際病院内科 院長'])).toMatchObject({ name: '刘雨', department: '内科', hospital: '聖路加国際病院' });
    expect(parseCardParts(['冠心病院前急救']).hospital).toBeNull();
    expect(parseCardParts(['李明 主任医师 心脏病院内感染科']).hospital).toBeNull();
  });
});
