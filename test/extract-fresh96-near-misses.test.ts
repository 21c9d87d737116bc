import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { isTransliteratedName } from '../src/core/genre-vocabulary.js';
import { withoutReplyMark } from '../src/extract/words/reply-subject.js';
import { isEpisodeCredit } from '../src/extract/words/episode-credits.js';

/** Pages of other sites that rules written for fresh-96's families (a dotted name, a board's tag, a podcast's credits, two guests) could misread. */

const html = (title: string, body: string) => `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const pageOf = (page: string) => entriesOf(extractOrThrow(pageRecord(page, { url: 'saved-page.html' }))).find((e) => e.origin === 'page')!;
const A = ['膝盖疼痛常见的原因有以下几种：', '一、与关节退变有关，平时要避免久站久蹲，注意保暖。', '二、运动损伤也会引起疼痛，建议及时到医院骨科就诊。'];
const ps = (xs: readonly string[]) => xs.map((p) => `<p>${p}</p>`).join('');
const carded = (card: string) =>
  html('老人膝盖疼怎么办_快速问医生', `<div class="q"><h1>老人膝盖疼怎么办？</h1><p>病情描述：老人上下楼膝盖疼。</p></div><div class="ans"><div class="card">${card}</div><div class="txt">${ps(A)}</div></div>`);

describe('a dot between a name and a column’s, a place’s or a specialty’s word', () => {
  it('parts two fields of the card: the Han name is the name', () => {
    expect(pageOf(carded('名医·李明 主任医师 江州市人民医院 骨科')).doctor.name).toBe('李明');
    expect(pageOf(carded('北京·李明 主任医师 北京协和医院 骨科')).doctor.name).toBe('李明');
    expect(pageOf(carded('中医·王芳 主治医师 江州市中医院 针灸科')).doctor.name).toBe('王芳');
  });
  it('keeps a transliterated name whole', () => {
    expect(pageOf(carded('阿依古丽·买合木提 主任医师 新疆医科大学第一附属医院 妇科')).doctor.name).toBe('阿依古丽·买合木提');
    expect(pageOf(carded('约翰·史密斯 主任医师 江州国际医院 骨科')).doctor.name).toBe('约翰·史密斯');
    expect(isTransliteratedName('买买提江·艾力')).toBe(true);
    expect(isTransliteratedName('李明·王芳')).toBe(false);
    expect(isTransliteratedName('健康讲堂·李明')).toBe(false);
  });
});

describe('a bracketed tag after a reply mark', () => {
  it('drops a kind of post, keeps a topic or a place', () => {
    expect(withoutReplyMark('Re: [問題] 膝蓋痛怎麼辦')).toBe('膝蓋痛怎麼辦');
    expect(withoutReplyMark('Re: [急] 宝宝发烧39度怎么办')).toBe('宝宝发烧39度怎么办');
    expect(withoutReplyMark('Re: [北京] 哪家医院看膝盖好')).toBe('[北京] 哪家医院看膝盖好');
    expect(withoutReplyMark('Re: [膝盖] 疼了半年怎么办')).toBe('[膝盖] 疼了半年怎么办');
  });
});

describe('a credit’s word opening a sentence of the answer', () => {
  it('is no credit', () => {
    expect(isEpisodeCredit('BGM：晨光 - 钢琴版')).toBe(true);
    expect(isEpisodeCredit('背景音乐：轻柔的音乐可以帮助放松，睡前听半小时。')).toBe(false);
  });
});

const tv = (transcript: string, guests = '<li><b>邱辰</b>　临江市人民医院骨科副主任医师</li><li><b>刘静怡</b>　北京大学深圳医院心血管内科主任医师</li>') =>
  html('经期肩背酸痛吃什么药好_健康来了', `<h1>经期肩背酸痛吃什么药好</h1><div class="info"><span>播出时间：2023-03-10 21:20</span></div><div><video controls src="/a.mp4"></video></div><div><h3>本期嘉宾</h3><ul>${guests}</ul></div><div>${transcript}</div>`);
const T = ['关于经期肩背酸痛，可以从以下几个方面来考虑：', '肩背酸痛持续两天以上的，适当热敷、按摩能促进血液循环。', '建议及时到医院骨科就诊，明确诊断后规范治疗。'];

describe('a programme’s host called by name in a turn after the guest’s', () => {
  it('is the host named in the first turn: their question none of the answer, the guest’s answer read on past it', () => {
    const page = pageOf(tv(`<p><b>主持人陈晓：</b>这个问题很多观众都很关心。</p><p><b>邱辰：</b>${T[0]}</p><p>${T[1]}</p><p><b>陈晓：</b>那平时要注意什么呢？</p><p><b>邱辰：</b>${T[2]}</p>`));
    expect(page.doctor.name).toBe('邱辰');
    expect(page.answer_paragraphs).toEqual(T);
  });
});

describe('a consult record with the doctor’s and an assistant’s cards', () => {
  it('does not take the assistant greeting first for the answering guest: no host speaks', () => {
    const page = pageOf(html('膝盖疼怎么办_问诊记录', `<h1>老人膝盖疼怎么办？</h1><div class="card"><p>李明 主任医师 江州市人民医院 骨科</p></div><div class="card"><p>王芳 主治医师 江州市人民医院 骨科 医生助理</p></div><div class="chat"><p>患者：老人上下楼膝盖疼。</p><p>王芳：您好，我是李主任的助理，先帮您整理一下病情。</p><p>李明：${A[0]}</p><p>${A[1]}</p><p>${A[2]}</p></div>`));
    expect(page.doctor.name).toBe('李明');
  });
});
