import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A hospital's 科普 video page: the player, the doctor's card under it, the transcript, then `更多视频`: the site's other films,
 * each a cover with its length and a title, linked bare. Where every title asks a question, they are the page's siblings, its
 * related links; films that ask nothing (the site's promotions) are none. What fresh-95's zjsrmyy-kepu-shipin taught the genre reader.
 */

const QUESTION = '耳鸣要做什么检查';
const TEXT = ['耳鸣常见的原因有以下几种，需要结合具体情况来看。', '如果症状持续不缓解或者逐渐加重，应尽快到耳鼻喉科就诊。'];
const page = (titles: readonly string[], base = '') => `<html><head><meta charset="utf-8"><title>${QUESTION}-科普视频-某某省人民医院</title></head><body>
<div class="nav"><a href="/">首页</a><a href="/kepu/">健康科普</a><a href="/kepu/video/">科普视频</a></div>
<div class="video-page"><h1>${QUESTION}</h1>
<div class="player"><video controls poster="/p.jpg"><source src="/v.mp4" type="video/mp4"></video><div class="v-info"><span>时长 03:25</span></div></div>
<div class="v-doctor"><p class="n">张平波 <span>副主任医师</span></p><p class="dep">耳鼻喉科</p></div>
<div class="v-meta">发布时间：2023-03-15</div>
<div class="v-text"><h3>文字稿</h3>${TEXT.map((p) => `<p>${p}</p>`).join('\n')}</div></div>
<div class="more-video"><h3>更多视频</h3><ul>${titles.map((t, i) => `<li><a href="${base}/kepu/video/11484${i}.html"><div class="cover"><img src="/c${i}.jpg" alt=""><span class="duration">0${i + 1}:2${i}</span></div><p class="t">${t}</p></a></li>`).join('\n')}</ul></div>
</body></html>`;
const own = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'saved-page.html' }))).find((e) => e.origin === 'page')!;

describe('a video page’s 更多视频 list', () => {
  it('takes films asking questions, linked on the site, as the related links', () => {
    const read = own(page(['老人耳鸣怎么办', '头晕是什么原因引起的', '高血压会引起头晕吗']));
    expect(read.question).toBe(QUESTION);
    expect(read.related_urls).toEqual(['/kepu/video/114840.html', '/kepu/video/114841.html', '/kepu/video/114842.html']);
    expect(read.flags).not.toContain('unsure_reading');
    expect(own(page(['老人耳鸣怎么办', '头晕是什么原因引起的'], 'https://www.hospital.example.cn')).related_urls).toHaveLength(2);
  });

  it('takes no films that ask nothing', () => {
    expect(own(page(['我院举办世界睡眠日义诊活动', '新院区开诊宣传片'])).related_urls).toEqual([]);
  });
});
