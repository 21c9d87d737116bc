import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { readMetaLine } from '../src/extract/dates/page-meta.js';
import { isEpisodeCredit } from '../src/extract/words/episode-credits.js';

/** A podcast's episode page: the shownotes' head of the answer, the show's credits after it, its list of more episodes. */

const html = (title: string, body: string) => `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const entriesFrom = (page: string) => entriesOf(extractOrThrow(pageRecord(page, { url: 'saved-page.html' })));

const QUESTION = '孩子反复咳嗽两周怎么办？';
const ANSWER = ['反复咳嗽两周以上，先要排除咳嗽变异性哮喘和鼻后滴漏。', '建议带孩子来做一次肺功能检查，平时注意避开冷空气和烟雾。'];
const MORE = [['孩子咳嗽有痰怎么办', '多喝水，拍背帮助排痰，咳嗽加重要及时就诊。'], ['孩子夜里咳嗽是什么原因', '夜咳常与鼻炎、哮喘有关，需要面诊明确。']] as const;

const episode = (heading: string) =>
  html(`${heading} - 听王医生说 | 播客`, `<h1>${heading}</h1><div><span>32分钟</span><span>·</span><span>2023/05/06</span></div><audio src="https://media.example.net/a.m4a"></audio>` +
    `<article><p>主播：王明，江州市儿童医院呼吸科主治医师</p><p>听众提问：有没有什么好的办法缓解？</p><p>时间轴：</p><p>00:00 开场</p><p>03:12 听众提问</p><p>15:40 日常怎么预防</p>` +
    `<p><strong>本期要点：</strong></p>${ANSWER.map((p) => `<p>${p}</p>`).join('')}<p>BGM：晨光 - 钢琴版</p><p>商务合作请联系 vx：abc12345</p><p>本节目内容仅供科普，不能替代面诊。</p></article>` +
    `<section><h2>更多单集</h2>${MORE.map(([q, s], i) => `<a href="/episode/${7701 + i}"><div>${q}</div><div>${s}</div><div>4${i}分钟 · 05/0${i + 1}</div></a>`).join('')}</section>`);

describe('a podcast episode’s shownotes', () => {
  it('reads the answer under `本期要点：`, not the timeline over it nor the music and contact after it', () => {
    const page = entriesFrom(episode(QUESTION)).find((e) => e.origin === 'page')!;
    expect(page.answer_paragraphs).toEqual(ANSWER);
    expect(page.flags).not.toContain('unsure_reading');
  });

  it('keeps the episode’s heading as the question after its number (`EP49｜`), not the listener’s follow-up', () => {
    expect(entriesFrom(episode(`EP49｜${QUESTION}`)).find((e) => e.origin === 'page')!.question).toBe(QUESTION);
  });

  it('takes the show’s 更多单集 as its related list, each episode’s length and day none of its snippet', () => {
    const related = entriesFrom(episode(QUESTION)).filter((e) => e.origin === 'related');
    expect(related.map((e) => [e.question, e.answer_paragraphs])).toEqual(MORE.map(([q, s]) => [q, [s]]));
  });

  it('tells the credits and an episode’s length from the answer’s lines', () => {
    expect(isEpisodeCredit('BGM：Sunny Day - Lo-Fi')).toBe(true);
    expect(isEpisodeCredit('商务合作请联系 vx：2cdf1fe1')).toBe(true);
    expect(isEpisodeCredit('背景音乐会影响睡眠吗？要看音量。')).toBe(false);
    expect(readMetaLine('40分钟 · 04/15').metaOnly).toBe(true);
    expect(readMetaLine('每次热敷10分钟').metaOnly).toBe(false);
  });
});
