import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { parseCardParts } from '../src/extract/card/card-parts.js';
import { westernYears } from '../src/extract/dates/page-meta.js';
import { isAdLine } from '../src/extract/words/answer-extras.js';

/**
 * A Chinese paper of Japan's health column: doctors of Japanese hospitals by their Japanese ranks (副部长, 准教授, 讲师, 医员), a katakana
 * reading beside the name, days in the Japanese era (`令和5年5月6日`, `2023年（令和5年）5月6日`), a clinic's slot with a Tokyo number.
 */

const html = (title: string, body: string) => `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const pageOf = (page: string) => entriesOf(extractOrThrow(pageRecord(page, { url: 'saved-page.html' }))).find((e) => e.origin === 'page')!;
const QUESTION = '女性遇冷热酸疼挂什么科';
const ANSWER = ['女性遇冷热酸疼常见的原因有以下几种：', '1.龋齿早期，多数需要复查牙片，大约3周后复查一次。', '平时要注意保持良好的生活习惯，按时复查。'];
const column = (day: string, card: string, ad = '') =>
  html(
    QUESTION,
    `<div class="top">令和5年5月8日（月）</div><h1>【在日华人健康问答】${QUESTION}</h1><div class="info">发布时间：${day}　来源：日本新华侨报　点击：3269</div>` +
      `<p class="author"><b>解答医生：</b>${card}</p><div class="zw"><p><b>横滨读者王先生问：</b>最近一段时间一直这样。</p><p><b>答：</b></p>` +
      `${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div>${ad}`,
  );

describe('a Japanese hospital’s doctor', () => {
  it('reads the Japanese ranks as titles, whole', () => {
    expect(parseCardParts(['欧阳国秀｜东京大学医学部附属医院｜皮肤科｜副部长'])).toMatchObject({ name: '欧阳国秀', title: '副部长', department: '皮肤科' });
    for (const rank of ['准教授', '讲师', '医员']) expect(parseCardParts([`邱兰｜庆应义塾大学医院｜眼科｜${rank}`]).title).toBe(rank);
  });

  it('reads a name with the rest of the card bracketed after it, and leaves its katakana reading out', () => {
    expect(parseCardParts(['苏晓（大阪大学医学部附属医院口腔科准教授）'])).toEqual({ name: '苏晓', title: '准教授', department: '口腔科', hospital: '大阪大学医学部附属医院', hospital_grade: null });
    expect(parseCardParts(['（作者：范辰（リ・ホウ），东京大学医学部附属医院神经内科部长，日本神经内科专门医）'])).toMatchObject({ name: '范辰', title: '部长', department: '神经内科' });
    const entry = pageOf(column('2023年5月6日', '金琪敏（チン・ケン）（日本医科大学附属医院妇科部长）'));
    expect(entry.doctor).toMatchObject({ name: '金琪敏', title: '部长', department: '妇科', hospital: '日本医科大学附属医院' });
  });
});

describe('a day in the Japanese era', () => {
  it('reads the era’s year as the western one', () => {
    expect(westernYears('令和5年5月6日')).toBe('2023年5月6日');
    expect(westernYears('令和元年5月9日')).toBe('2019年5月9日');
    expect(westernYears('平成30年1月2日')).toBe('2018年1月2日');
    expect(westernYears('2023年（令和5年）5月6日')).toBe('2023年5月6日');
    // The era's name alone, no day after it, is left as printed.
    expect(westernYears('令和5年度')).toBe('令和5年度');
  });

  it('dates the answer by its era day, not the masthead’s, and keeps the day out of the answer', () => {
    const entry = pageOf(column('令和3年8月12日', '苏晓（大阪大学医学部附属医院口腔科准教授）'));
    expect(entry.date).toBe('2021-08-12');
    expect(entry.answer_paragraphs).toEqual(ANSWER);
    expect(pageOf(column('2022年（令和4年）7月25日', '苏晓（大阪大学医学部附属医院口腔科准教授）')).date).toBe('2022-07-25');
  });
});

describe('a clinic’s slot with a Tokyo number', () => {
  it('reads it as an ad, and a reply’s advice giving a number as the answer’s', () => {
    expect(isAdLine('东京华人牙科 中文诊疗 电话：03-4777-5514')).toBe(true);
    expect(isAdLine('可以致电公立医院骨科门诊电话：02 9515 6111预约')).toBe(false);
    expect(isAdLine('若症狀持續，請撥打本院預約電話：02-2345-6789')).toBe(false);
    const entry = pageOf(column('2023年5月6日', '苏晓（大阪大学医学部附属医院口腔科准教授）', '<div class="ad"><p>东京华人牙科 中文诊疗 电话：03-4777-5514</p></div>'));
    expect(entry.answer_paragraphs).toEqual(ANSWER);
  });
});
