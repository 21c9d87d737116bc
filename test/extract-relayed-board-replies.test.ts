import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * The genre reader on a hospital's own consultation board whose international office relays its professors' replies
 * (fresh-99's Korean hospital's Chinese board): a board view's fields over the asker's words, a reply box headed by its
 * day, the office's note, the Korean original beside the Chinese, a booking contact line.
 */

const URL = 'https://intl.example-hospital.kr/chn/consult/view.do?seq=88';
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: URL })));
const ANSWER = ['胃胀多与饮食不规律有关，先少食多餐。', '持续两周以上，建议做胃镜检查。'];

interface Options {
  note?: string;
  sign?: string;
  original?: boolean;
  contact?: boolean;
}
const board = ({ note = '您好，这里是汉江大学医院国际诊疗中心。针对您咨询的问题，医疗团队的答复如下：', sign = '', original = false, contact = false }: Options = {}) => `<html><head><meta charset="utf-8"><title>在线咨询 | 汉江大学医院</title></head><body>
<div id="header"><a href="/chn/">汉江大学医院 国际诊疗中心</a><ul><li><a href="/chn/intro/">医院介绍</a></li><li><a href="/chn/consult/list.do">在线咨询</a></li></ul></div>
<div id="contents"><h2>在线咨询</h2>
<table class="board-view">
<tr><th>标题</th><td>吃完饭总是胃胀怎么办</td></tr>
<tr><th>作者</th><td>王**</td></tr>
<tr><th>日期</th><td>2023.05.02</td></tr>
<tr><th>查阅</th><td>321</td></tr>
</table>
<div class="view-cont">吃完饭总是胃胀怎么办最近一段时间一直这样，不知道是什么原因。</div>
<div class="answer-box">
<div class="answer-hd"><strong>答复</strong> <span>答复日期：2023.05.06 (토)</span></div>
<div class="answer-cont">
${note ? `<p>${note}</p>` : ''}
${ANSWER.map((p) => `<p>${p}</p>`).join('\n')}
${sign ? `<p>${sign}</p>` : ''}
${contact ? '<p>如需预约就诊，请联系国际诊疗中心：+82-2-3010-5123（中文），微信：HJ_abcd</p>' : ''}
</div>
${original ? '<div class="origin"><p>원문</p><p>안녕하세요. 문의하신 내용에 대해 답변드립니다. 자세한 상담은 외래 진료를 통해 가능합니다.</p></div>' : ''}
</div>
<a href="/chn/consult/list.do">目录</a>
</div>
<div id="footer"><p>Copyright © 汉江大学医院. All rights reserved.</p></div>
</body></html>`;

const SIGN = '（答复：汉江大学医院 消化内科 金载勋 教授）';

describe("a hospital's board whose office relays the professors' replies", () => {
  it("starts the answer under the reply box's head and its day, none of the view's fields or the asker's words", () => {
    const [own] = read(board({ note: '', sign: SIGN }));
    expect(own!.question).toBe('吃完饭总是胃胀怎么办');
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.date).toBe('2023-05-06');
  });

  it("reads the office's note relaying the reply as none of the answer", () => {
    const [own] = read(board({ sign: SIGN }));
    expect(own!.answer_paragraphs).toEqual(ANSWER);
    expect(own!.doctor).toMatchObject({ name: '金载勋', title: '教授', department: '消化内科' });
  });

  it("reads the doctor the office's note names as the card, the relaying office's hospital theirs, the Hangul name none", () => {
    const [own] = read(board({ note: '您好，这里是汉江大学医院国际诊疗中心。针对您咨询的问题，眼科李承宪教授（이승헌）的答复如下：' }));
    expect(own!.doctor).toMatchObject({ name: '李承宪', title: '教授', department: '眼科', hospital: '汉江大学医院' });
    expect(own!.answer_paragraphs).toEqual(ANSWER);
  });

  it('reads a line sending the reader to book by a number as none of the answer', () => {
    const [own] = read(board({ sign: SIGN, contact: true }));
    expect(own!.answer_paragraphs).toEqual(ANSWER);
  });

  it('reads the Korean original under its head beside the Chinese reply as none of the answer', () => {
    const [own] = read(board({ sign: SIGN, original: true }));
    expect(own!.answer_paragraphs).toEqual(ANSWER);
  });
});
