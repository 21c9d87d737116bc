import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on a WeChat-article mirror's copy of a hospital account's 专家答疑 post (fresh-99's 传送门 pages): the
 * posting line under the headline (the day, then the account), a recorded voice as WeChat's `<mpvoice>`.
 */

const URL = 'https://mirror.example-wx.cn/n/4411';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = ['胃胀多与饮食不规律有关，先少食多餐。', '持续两周以上，建议做胃镜检查。'];
const S = (s: string) => `<p style="margin:0 8px;"><span style="font-size:15px;">${s}</span></p>`;

const CARD_SECTION = `<section><p><strong>本期专家</strong></p>${S('林晓')}${S('滨海市中心医院消化内科主治医师')}</section>`;
const post = ({ headline = '【专家答疑】第20期：胃胀', voice = false, card = CARD_SECTION, askerWords = '', label = true } = {}) => `<html><head><title>${headline} - 滨海市中心医院健康 - 文章镜像</title></head><body>
<div class="topbar"><a href="/">文章镜像</a> <a href="/hot">热门</a></div>
<div class="rich_media"><h2>${headline}</h2>
<div><em>2022-09-04</em> <a href="/account/ab12">滨海市中心医院健康</a></div>
<div>
${card}
<section style="background:#f4f8fc;">${S('<strong>网友提问：</strong>吃完饭总是胃胀怎么办')}${askerWords ? S(askerWords) : ''}</section>
${voice ? '<mpvoice name="专家语音解答" play_length="120000" voice_encode_fileid="MzI123"></mpvoice>' : ''}
${label ? S('<strong>专家解答：</strong>') : ''}
${ANSWER.map(S).join('\n')}
${S('（滨海市中心医院宣传科 整理）')}
<section><p><span style="font-size:12px;">长按识别二维码关注我们</span></p></section>
</div></div>
<div class="footer">文章镜像 © 内容来自微信公众号</div>
</body></html>`;

describe("a WeChat-article mirror's copy of a hospital account's 专家答疑 post", () => {
  it('dates the post by its posting line under the headline: the day, then the account the <title> names', () => {
    const [own] = read(post());
    expect(own!.question).toBe('吃完饭总是胃胀怎么办');
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.date).toBe('2022-09-04');
  });

  it('dates the post by its posting line where the headline itself asks the question, the posting line under it', () => {
    const [own] = read(post({ headline: '专家答疑｜吃完饭总是胃胀怎么办' }));
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.date).toBe('2022-09-04');
  });

  it("reads the asker's further words in the box of their labelled question as none of the answer, where no label heads the answer", () => {
    const [own] = read(post({ headline: '专家答疑｜吃完饭总是胃胀怎么办', askerWords: '最近一段时间一直这样，不知道是什么原因。', label: false }));
    expect(own!.question).toBe('吃完饭总是胃胀怎么办');
    expect(own!.answer_paragraphs).toEqual(ANSWER);
  });

  it("reads the bio line's clauses (name, title, then hospital and department) as the card, and the publicity office's credit as none of the answer", () => {
    const [own] = read(post({ card: S('专家简介：林晓，主治医师，滨海市中心医院消化内科。擅长胃炎等疾病的诊治。') }));
    expect(own!.doctor).toMatchObject({ name: '林晓', title: '主治医师', department: '消化内科', hospital: '滨海市中心医院' });
    expect(own!.answer_paragraphs).toEqual(ANSWER);
  });

  it("reads WeChat's recorded voice (<mpvoice>) as the answer's format", () => {
    const [own] = read(post({ voice: true }));
    expect(own!.format).toBe('voice');
  });
});
