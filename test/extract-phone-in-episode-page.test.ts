import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { extractItem, newExtractStats } from '../src/extract/stage.js';
import { parseDoctorCard } from '../src/extract/card/card-parts.js';
import { isRelatedLabel } from '../src/extract/words/genre.js';

/**
 * The genre reader on a radio phone-in's episode page (an old table layout): the guest's card `{name}醫生（{hospital}{department}{title}）`
 * or `{specialty}專科醫生{name}醫生（私人執業）`, the host's line and the caller's over the guest's unlabelled answer, the episode's
 * replay after it, its other episodes under `其他集數`.
 */

const html = (body: string) => `<html lang="zh-HK"><head><meta charset="utf-8"><title>健康熱線 - 電台第一台 - 老人腹痛怎麼辦</title></head><body>${body}</body></html>`;
const pageOf = (page: string) => entriesOf(extractOrThrow(pageRecord(page, { url: 'saved-page.html' }))).find((e) => e.origin === 'page')!;

const ANSWER = ['腹痛的處理要根據病情輕重來決定，一般需要復查腹部彩超。', '平時多喝溫水、適當休息，大約5周後復查一次。'];
const episode = (card: string, replay: string, after = '') =>
  html(`<table><tr><td>主題：</td><td><h2>老人腹痛怎麼辦</h2></td></tr><tr><td>播出日期：</td><td>2021-06-01</td></tr><tr><td>主持：</td><td>何啟明、梁詠詩</td></tr><tr><td>嘉賓：</td><td>${card}</td></tr></table>
<div><p>主持人何啟明：好多聽眾都好關心呢樣嘢，你點睇？</p><p>聽眾來電：平時工作比較忙，作息不太規律。</p>${ANSWER.map((p) => `<p>${p}</p>`).join('')}</div>
${replay}<p>熱線電話：1872312　傳真：2338 0002</p>${after}`);
const EXPIRED = '<div><b>節目重溫</b><br>本集重溫期已過。</div>';
const AUDIO = '<div><b>節目重溫</b><br><audio controls src="https://stream.example.hk/ep/20210601.mp3"></audio></div>';

describe('a radio phone-in’s episode page', () => {
  it('reads a guest called by name with hospital, department and title run together in the bracket after', () => {
    expect(parseDoctorCard('范然娟医生（南屏市人民医院肝胆外科副主任医师）')).toMatchObject({ name: '范然娟', title: '副主任医师', department: '肝胆外科', hospital: '南屏市人民医院' });
    // a bracket that is no card's run stays as it was
    expect(parseDoctorCard('范然娟医生（南屏市人民医院）').name).toBeNull();
  });

  it('reads `（私人執業）` after a specialist’s name as private practice: no hospital, no field', () => {
    expect(parseDoctorCard('妇科专科医生秦志医生（私人执业）')).toMatchObject({ name: '秦志', title: '专科医生', department: '妇科', hospital: null });
  });

  it('takes the host’s line none of the answer where the caller speaks and the guest’s answer carries no speaker’s label', () => {
    const own = pageOf(episode('範然娟醫生（南屏市人民醫院肝膽外科副主任醫師）', EXPIRED));
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.doctor).toMatchObject({ name: '範然娟', title: '副主任醫師', department: '肝膽外科', hospital: '南屏市人民醫院' });
  });

  it('ends the answer at a replay head over its player, and reads the replay of an answer given on air as its format', () => {
    const own = pageOf(episode('婦科專科醫生秦志醫生（私人執業）', AUDIO));
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.format).toBe('voice');
    expect(own.doctor).toMatchObject({ name: '秦志', title: '專科醫生', department: '婦科', hospital: null });
    // no replay kept: no format
    expect(pageOf(episode('婦科專科醫生秦志醫生（私人執業）', EXPIRED)).format).toBe('unknown');
  });

  it('reads `其他集數` as the label of the programme’s other episodes', () => {
    expect(isRelatedLabel('其他集数')).toBe(true);
    expect(isRelatedLabel('更多集数')).toBe(true);
    const list = `<table><tr><td colspan="2"><b>其他集數</b></td></tr><tr><td>20/04/2020</td><td><a href="/ep?d=2020-04-20&e=1">男性後背痛吃什麼藥好</a></td></tr><tr><td>19/12/2019</td><td><a href="/ep?d=2019-12-19&e=2">後背痛掛什麼科</a></td></tr><tr><td>16/11/2022</td><td><a href="/ep?d=2022-11-16&e=3">哺乳期右上腹痛是怎麼回事</a></td></tr></table>`;
    const entries = entriesOf(extractOrThrow(pageRecord(episode('範然娟醫生（南屏市人民醫院肝膽外科副主任醫師）', AUDIO, list), { url: 'https://radio.example.hk/ep?d=2021-06-01&e=9' })));
    // link-only items: the page entry's related links
    expect(entries.find((e) => e.origin === 'page')!.related_urls).toEqual(['https://radio.example.hk/ep?d=2020-04-20&e=1', 'https://radio.example.hk/ep?d=2019-12-19&e=2', 'https://radio.example.hk/ep?d=2022-11-16&e=3']);
  });

  it('says why a page whose question stands with no answer under it and no list after it yields nothing', () => {
    const page = html('<h2>老人腹痛怎麼辦</h2><p>播出日期：2021-06-01</p><p>嘉賓：範然娟醫生</p>');
    const item = extractItem({ kind: 'page', page: pageRecord(page, { url: 'saved-page.html' }) }, { now: new Date(0) }, newExtractStats());
    expect(item.kind).toBe('reject');
    expect(item.kind === 'reject' && item.reject.detail).toContain('no answer read under its question (老人腹痛怎');
  });

  it('takes a heading filing the question under the programme as the one a site-first <title> ends with: no doubt', () => {
    const tagged = episode('範然娟醫生（南屏市人民醫院肝膽外科副主任醫師）', EXPIRED).replace('<h2>老人腹痛怎麼辦</h2>', '<h2>【健康熱線】老人腹痛怎麼辦</h2>');
    const own = pageOf(tagged);
    expect(own.question).toBe('老人腹痛怎麼辦');
    expect(own.flags).not.toContain('unsure_reading');
  });
});
