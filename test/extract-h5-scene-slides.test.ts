import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on a hospital's 专家答疑 H5 scene saved as rendered (fresh-99's 易企秀 pages): slides of
 * absolutely placed boxes, each box's text in paragraphs, listed in the markup in the order the editor saved them.
 */

const URL = 'https://h5.example-scene.cn/s/a1b2c3';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = ['胃胀多与饮食不规律有关，先少食多餐。', '持续两周以上，请到消化内科做胃镜。'];

let n = 0;
const box = (top: number, inner: string) => `<div id="e${n++}" style="position:absolute;left:${20 + (n % 3) * 6}px;top:${top}px;width:280px;z-index:${(n * 7) % 30};"><div>${inner}</div></div>`;
const slide = (boxes: string[]) => `<section style="position:relative;">\n${boxes.join('\n')}\n</section>`;

interface Options {
  card?: string[];
  answerFirst?: boolean;
  video?: boolean;
}
const scene = ({ card, answerFirst = false, video = false }: Options = {}) => {
  const question = box(60, '<p><b>问：吃完饭总是胃胀怎么办</b></p>');
  const answer = box(140, `<p><b>答：</b></p>${ANSWER.map((p) => `<p>${p}</p>`).join('')}`);
  const doctor = card ?? [box(400, '<p>擅长：胃炎等疾病的诊治</p>'), box(330, '<p>滨海市中心医院</p>'), box(260, '<p>林晓</p>'), box(360, '<p>消化内科</p>'), box(300, '<p>主治医师</p>')];
  return `<html><head><title>滨海市中心医院专家答疑第12期</title></head><body><div class="scene">
${slide([box(120, '<p>滨海市中心医院</p>'), box(170, '<p>专家答疑 · 第12期</p>'), box(230, '<p>2023年3月4日</p>')])}
${slide(doctor)}
${slide([...(answerFirst ? [answer, question] : [question, answer]), ...(video ? [box(520, '<video src="/v/9.mp4" controls></video><p>视频解答</p>')] : [])])}
${slide([box(200, '<p>预约挂号请关注“滨海市中心医院”微信公众号</p>'), box(240, '<p>咨询电话：0571-88886666</p>'), box(300, '<p>长按识别二维码</p>')])}
</div><div>向上滑动</div></body></html>`;
};

describe("a hospital's H5 scene of slides", () => {
  it("reads a slide's boxes top to bottom: the card's name over its title, the question over the answer its markup lists first", () => {
    const [own] = read(scene({ answerFirst: true }));
    expect(own!.question).toBe('吃完饭总是胃胀怎么办');
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.doctor).toMatchObject({ name: '林晓', title: '主治医师', department: '消化内科', hospital: '滨海市中心医院' });
    expect(own!.date).toBe('2023-03-04');
  });

  it("reads a box that sets its text in paragraphs as it is, no converted PDF's line to join with the next", () => {
    // In source order (tops ascending), so only the joining of lines is at stake.
    const card = [box(260, '<p>林晓</p>'), box(300, '<p>主治医师</p>'), box(330, '<p>滨海市中心医院</p>'), box(360, '<p>消化内科</p>'), box(400, '<p>擅长：胃炎等疾病的诊治</p>')];
    const [own] = read(scene({ card }));
    expect(own!.doctor).toMatchObject({ name: '林晓', title: '主治医师', department: '消化内科', hospital: '滨海市中心医院' });
    expect(own!.answer_paragraphs).toEqual(ANSWER);
  });

  it('reads a video set in a box of its own beside the question and answer as the answer on video, none of them comments flown over it', () => {
    const card = [box(260, '<p>林晓</p>'), box(300, '<p>主治医师</p>'), box(330, '<p>滨海市中心医院</p>'), box(360, '<p>消化内科</p>')];
    const [own] = read(scene({ card, video: true }));
    expect(own!.question).toBe('吃完饭总是胃胀怎么办');
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.format).toBe('video');
  });

  it("takes the cover's hospital alone over the slides for a card that names none", () => {
    const card = [box(280, '<p>林晓｜消化内科｜主治医师</p>'), box(330, '<p>擅长：胃炎等疾病的诊治</p>')];
    const [own] = read(scene({ card }));
    expect(own!.question).toBe('吃完饭总是胃胀怎么办');
    expect(own!.doctor).toMatchObject({ name: '林晓', title: '主治医师', department: '消化内科', hospital: '滨海市中心医院' });
  });
});
