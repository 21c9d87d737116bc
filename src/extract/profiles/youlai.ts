import { SiteProfileSchema } from './profile.js';

/**
 * 有来医生 (youlai.cn). Anchors verified by public crawlers: `dl > dt > h3` question,
 * `div.docYes` answer (older pages `div.text`), `div.doc_left h5` card on desktop;
 * `.view > h1` and `#js-content` on mobile MIP pages. Field selectors inside the card
 * are guesses; the genre rules read whatever they miss from the card's text, and read the
 * related list after its 相关推荐 heading (`.recommend`), or find it by that label where the
 * heading is not there. The list's items (`<li>`: the link, `.txt` snippet, `.voice` format and day)
 * are read by selector, and by the genre rules where those miss (test/extract-profile-items.test.ts
 * checks both readings agree).
 */
export const youlai = SiteProfileSchema.parse({
  id: 'youlai',
  site: 'youlai.cn',
  hosts: ['www.youlai.cn', 'youlai.cn', 'm.youlai.cn'],
  titleSuffix: '-有来医生',
  layouts: [
    {
      name: 'desktop',
      detect: ['dl > dt > h3', 'div.docYes, div.text, div.doc_left'],
      baseUrl: 'https://www.youlai.cn/',
      question: [{ css: 'dl > dt > h3', ownText: true }, 'dl > dt > h3'],
      answer: ['div.docYes', 'div.text'],
      doctorCard: 'div.doc_left',
      doctor: {
        name: { css: 'h5', ownText: true },
        title: { css: 'h5 > span', index: 0 },
        department: 'h5 > em',
        hospital: { css: 'h5 > span', index: 1 },
        hospital_grade: '.grade',
      },
      date: ['.ask_meta'],
      related: '.recommend > h4',
      relatedItems: { item: '.recommend > ul > li', link: 'h3 > a', snippet: '.txt', meta: '.voice' },
      voiceMarker: 'audio, .audiojs, mip-youlai-audio',
    },
    {
      name: 'mobile',
      detect: ['.view > h1', '#js-content'],
      baseUrl: 'https://m.youlai.cn/',
      question: ['.view > h1'],
      answer: ['#js-content'],
      doctorCard: '.doc_info',
      doctor: {
        name: { css: 'h5', ownText: true },
        title: { css: 'h5 > span', index: 0 },
        department: 'h5 > em',
        hospital: 'p > span',
        hospital_grade: '.grade',
      },
      date: ['.ask_meta', '.view > .time'],
      related: '.recommend > h3',
      relatedItems: { item: '.recommend > ul > li', link: 'a', question: 'h4', snippet: '.txt', meta: '.voice' },
      voiceMarker: 'mip-youlai-audio, audio.audiojs',
    },
  ],
});
