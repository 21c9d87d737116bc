import { entriesOf, extractOrThrow, pageRecord } from './pages.js';

/**
 * A paediatric consult shared as chat bubbles beside the speakers' pictures, the doctor's card above with the
 * doctor's picture again; no bubble names its speaker. The chat tests (records/chat-sides.ts) build their pages here:
 * the asker's question under its stamp, then the doctor's first stamp, then the bubbles a test lays out.
 */
const URL = 'https://m.example-consult.cn/share/consult/881';
export const DOCTOR_PICTURE = '/img/doctor/7f3a.jpg';

/** The doctor's answer in two bubbles. */
export const ANSWER = ['宝宝咳嗽多与上呼吸道感染有关，精神好、不发烧可以先观察。', '可以多喝温水，保持室内湿润，咳嗽加重或发热时及时就诊。'];
export const doctor = (text: string) => `<div class="m"><img src="${DOCTOR_PICTURE}"><div class="c">${text}</div></div>`;
export const parent = (text: string) => `<div class="m"><img src="/static/parent.png"><div class="c">${text}</div></div>`;
export const stamp = (s: string) => `<div class="t">${s}</div>`;

/** The consult page with `chat` after the doctor's first stamp (2023-05-06 14:22). */
export const consultPage = (chat: string) =>
  `<html><head><title>宝宝咳嗽怎么办 - 问诊</title></head><body>` +
  `<div><h1>宝宝咳嗽怎么办</h1><p>患儿：男 2岁3个月</p></div>` +
  `<div><img src="${DOCTOR_PICTURE}"><div><p><b>王明</b> <span>主治医师</span></p><p>东湖市儿童医院 儿科</p></div></div>` +
  `<div>${stamp('2023-05-06 13:22')}${parent('宝宝咳嗽三天了怎么办？晚上咳得厉害。')}${stamp('2023-05-06 14:22')}${chat}<div>问诊已结束</div></div></body></html>`;

/** What the reader gives for a consult page. */
export const readConsult = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
