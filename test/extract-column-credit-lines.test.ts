import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A paper's doctor column credits its doctor on a line of its own: under a bare `解答：` at the head, in a closing `（本栏由…解答）`,
 * under a `坐诊专家：` label at the head or closing it; a hospital's service desk line with its phone is none of the answer.
 */

const pageOf = (title: string, body: string) =>
  entriesOf(extractOrThrow(pageRecord(`<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`, { url: 'saved-page.html' }))).find((e) => e.origin === 'page')!;

const ANSWER = ['膝盖疼痛常见的原因有以下几种：', '一、与关节退变有关，平时要避免久站久蹲，注意保暖。', '二、运动损伤也会引起疼痛，建议及时到医院骨科就诊。'];
const paras = (ps: readonly string[]) => ps.map((p) => `<p>${p}</p>`).join('');

const post = (head: string, label: string, close: string) =>
  pageOf(
    '老人膝盖疼痛怎么办 – 某某日报',
    `<article><header><h1>老人膝盖疼痛怎么办</h1><div><time>2022年3月12日</time></div></header><div class="entry">` +
      `${head}<p>读者问：家里老人最近上下楼梯膝盖疼，老人膝盖疼痛怎么办</p>${label}${paras(ANSWER)}${close}</div></article>`,
  );

describe('a paper’s doctor column credited on a line of its own', () => {
  it('reads a card under a bare `解答：` label at the head, no sentence after it', () => {
    const entry = post('<p><strong>解答：</strong>海湾国际医院骨科专科医生 罗家明</p>', '', '');
    expect(entry.doctor).toMatchObject({ name: '罗家明', title: '专科医生', department: '骨科', hospital: '海湾国际医院' });
    expect(entry.answer_paragraphs).toEqual(ANSWER);
    // With a `医生答：` label over the answer too.
    expect(post('<p><strong>解答：</strong>海湾国际医院骨科专科医生 罗家明</p>', '<p><strong>医生答：</strong></p>', '').doctor).toMatchObject({ name: '罗家明', hospital: '海湾国际医院' });
  });

  it('reads a closing `（本栏由…医生解答）` credit as the card, none of the answer', () => {
    for (const label of ['', '<p><strong>医生答：</strong></p>']) {
      const entry = post('', label, '<p>（本栏由海湾国际医院骨科专科医生罗家明医生解答）</p>');
      expect(entry.doctor).toMatchObject({ name: '罗家明', title: '专科医生', department: '骨科', hospital: '海湾国际医院' });
      expect(entry.answer_paragraphs).toEqual(ANSWER);
    }
  });

  it('reads a closing credit naming the doctor with the calling 醫師 glued after the name (`…主治醫師羅家明醫師為您解答`)', () => {
    // Before: `{name}医师` was no name and its calling (only 医生 / 大夫 / 护士 were), so the credit named no one and stayed in the answer.
    const TRAD = ['膝蓋疼痛常見的原因有以下幾種：', '一、與關節退化有關，平時要避免久站久蹲，注意保暖。', '二、運動傷害也會引起疼痛，建議及時到醫院骨科就診。'];
    const entry = pageOf('老人膝蓋疼痛怎麼辦 – 某某日報', `<article><h1>老人膝蓋疼痛怎麼辦</h1><p>讀者問：請問需要做什麼檢查？</p>${paras(TRAD)}<p>（本欄由海灣國際醫院骨科主治醫師羅家明醫師為您解答）</p></article>`);
    expect(entry.doctor).toMatchObject({ name: '羅家明', title: '主治醫師', department: '骨科', hospital: '海灣國際醫院' });
    expect(entry.answer_paragraphs).toEqual(TRAD);
  });

  it('leaves a hospital’s service desk line with its phone (a one-digit area code) out of the answer', () => {
    for (const [head, close] of [['<p><strong>解答：</strong>海湾国际医院骨科专科医生 罗家明</p>', ''], ['', '<p>（本栏由海湾国际医院骨科专科医生罗家明医生解答）</p>']]) {
      expect(post(head!, '', `${close}<div><a href="/ads/1"><img src="/ad.jpg" alt=""></a><p>海湾国际医院华语服务中心 电话：02-318-5520</p></div>`).answer_paragraphs).toEqual(ANSWER);
    }
  });

  it('reads a `坐诊专家：` line at the head or closing the column in brackets as the card', () => {
    const column = (head: string, close: string) =>
      pageOf(
        '某某卫生报-名医坐诊-孩子反复咳嗽怎么办',
        `<table><tr><td><h1>孩子反复咳嗽怎么办</h1></td></tr></table><div>${head}<p>　　读者张女士问：孩子咳嗽半个月了，一直不见好。</p>` +
          `<p>　　<b>专家答：</b>${ANSWER[0]}</p>${ANSWER.slice(1).map((p) => `<p>　　${p}</p>`).join('')}${close}</div>`,
      );
    for (const entry of [column('<p>　　<b>坐诊专家：</b>江州市儿童医院呼吸内科副主任医师 冯晓梅</p>', ''), column('', '<p>　　（坐诊专家：江州市儿童医院呼吸内科副主任医师 冯晓梅）</p>')]) {
      expect(entry.doctor).toMatchObject({ name: '冯晓梅', title: '副主任医师', department: '呼吸内科', hospital: '江州市儿童医院' });
      expect(entry.answer_paragraphs).toEqual(ANSWER);
    }
  });

  it('asks the filed headline’s question where the reader’s letter closes with it after a lead-in of its own', () => {
    const entry = pageOf(
      '【健康顾问】老人膝盖疼痛怎么办',
      `<article><h1>【健康顾问】老人膝盖疼痛怎么办</h1><div><time>2022年3月12日</time></div>` +
        `<p>读者问：请问需要做什么检查？老人膝盖疼痛怎么办</p><p><strong>医生答：</strong></p>${paras(ANSWER)}<p>（本栏由海湾国际医院骨科专科医生罗家明医生解答）</p></article>`,
    );
    expect(entry.question).toBe('老人膝盖疼痛怎么办');
  });
});
