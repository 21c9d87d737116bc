import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A health app's 问医生 share page: titled by the app alone, its bar running the app's name into its button
 * (`某某健康 · 问医生打开App`), the consult's title in no heading; then the chat of bare bubbles under their time stamps: the
 * app's bot first (`健康助手：已为您匹配…医生`), the asker's bubble typing the question with their words run on after it (no
 * space), the doctor's bubbles under the next stamp, and a 追问 round under a later one. The bot's and the asker's bubbles are
 * none of the answer; the stamp over the doctor's first bubble dates it.
 */

const QUESTION = '小孩高血压和耳鸣有关系吗？';
const ANSWER = ['高血压需要结合具体情况来看，一般有以下几种情况：', '一、有高血压病史的患者，要排除其他疾病引起耳鸣的可能。', '平时要注意保持良好的生活习惯，按时复查。'];
const stamp = (t: string) => `<div class="stamp">${t}</div>`;
const bubble = (who: string, text: string) => `<div class="msg msg-${who}"><div class="bubble">${text}</div></div>`;
const page = (opening: string, followUp = true) => `<html><head><meta charset="utf-8"><title>某某健康-问医生</title></head><body>
<div class="open-app"><img src="/logo.png" alt="某某健康"><span>某某健康 · 问医生</span><a class="btn">打开App</a></div>
<div class="consult-title">${QUESTION}</div>
<div class="doc-head"><img src="/avatar/1.jpg"><div><div><span>罗秀</span> <span>主治医师</span></div><div>北岸市儿童医院 心血管内科</div></div></div>
<div class="chat">
${stamp('2022-06-24 06:09')}
${bubble('sys', '健康助手：您好，已为您匹配罗秀医生，医生将在24小时内回复。')}
${bubble('pat', opening)}
${stamp('2022-06-26 16:17')}
${ANSWER.map((p) => bubble('doc', p)).join('\n')}
${followUp ? `${stamp('2022-06-29 16:49')}\n${bubble('pat', '追问：那需要复查吗？')}\n${bubble('doc', '建议两周后门诊复查。')}` : ''}
</div>
<div class="tip">本次问诊已结束　以上内容仅供参考</div>
</body></html>`;
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://m.example-health.cn/share/consult?id=1' }))).find((e) => e.origin === 'page')!;

describe('a health app’s chat share page with its bot’s message first', () => {
  it('reads the consult title under the app’s bar as the question', () => {
    expect(read(page(`${QUESTION}最近一段时间一直这样，不知道是什么原因。`)).question).toBe(QUESTION);
  });

  it('takes the doctor’s bubbles alone as the answer, dated by the stamp over the first, the 追问 round none', () => {
    const own = read(page(`${QUESTION}最近一段时间一直这样，不知道是什么原因。`));
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.date).toBe('2022-06-26');
    expect(own.flags).not.toContain('unsure_reading');
  });

  it('reads the asker’s bubble run on after the question without its mark too', () => {
    const bare = page('小孩高血压和耳鸣有关系吗最近一段时间一直这样。', false).replaceAll(QUESTION, '小孩高血压和耳鸣有关系吗');
    const own = read(bare);
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.date).toBe('2022-06-26');
  });
});

describe('a chat with no bot whose doctor restates the question run on into the answer', () => {
  it('keeps the doctor’s first bubble in the answer: the question run on is the asker’s only under the service’s message', () => {
    const asked = '宝宝胃胀要做什么检查';
    const first = `${asked}主要看有没有呕吐和腹泻，没有的话一般不需要检查，少量多次喂养即可。`;
    const second = '另外喂奶后要竖抱拍嗝十分钟左右，注意观察大便情况，有异常及时就诊。';
    const html = `<html><head><meta charset="utf-8"><title>${asked}</title></head><body><h1>${asked}</h1>
<div class="doc">王芳 主治医师 儿科 北岸市人民医院</div>
<div class="chat">${stamp('2023-03-01 10:05')}${bubble('doc', first)}${stamp('2023-03-01 10:12')}${bubble('doc', second)}</div></body></html>`;
    expect(read(html).answer_paragraphs).toEqual([first, second]);
  });
});

describe('an insurer’s app share page whose chat prints no stamp over the asker’s bubble', () => {
  // The desk's message (`客服小寿：…`, the desk's nickname after its role) and the asker's bubble first, the time printed only as the
  // doctor replies; the consult's `发起时间` (when the asker opened it) under the title; a 追问 round under a later stamp.
  const REPLY = [...ANSWER.slice(0, 2), '二、血压波动时要按时服药，定期监测血压。', ANSWER[2]!];
  const unstamped = (cardBelow: boolean, followUp: boolean, asked = QUESTION, opening = `${QUESTION}最近一段时间一直这样，不知道是什么原因。`) => {
    const card = '<div class="c-doctor"><img src="/avatar/2.png"><div><p>签约医生</p><p><b>罗秀</b> 主治医师</p><p>北岸市儿童医院·心血管内科</p></div></div>';
    return `<html><head><meta charset="utf-8"><title>问诊记录-某某人寿</title></head><body>
<div class="c-banner"><img src="/logo.png" alt="某某人寿"><span>某某人寿App · 家庭医生</span><a>立即打开</a></div>
<div class="c-head"><p>问诊记录</p><h2>${asked}</h2><p>发起时间：2022-06-24 06:09</p></div>
${cardBelow ? '' : card}<div class="c-list">
${bubble('cs', '客服小寿：您好，已为您接通家庭医生服务，请稍候。')}
${bubble('user', opening)}
${stamp('2022-06-26 16:17')}
${REPLY.map((p) => bubble('doc', p)).join('\n')}
${followUp ? `${stamp('2022-06-29 16:49')}\n${bubble('user', '追问：那需要复查吗？')}\n${bubble('doc', '建议两周后门诊复查。')}` : ''}
</div>${cardBelow ? card : ''}
<div class="c-end">问诊已结束　医生建议仅供参考</div></body></html>`;
  };

  it('takes the doctor’s bubbles alone as the answer, dated by the stamp over the first, with or without a 追问 round', () => {
    for (const [cardBelow, followUp] of [[false, false], [false, true], [true, false], [true, true]] as const) {
      const own = read(unstamped(cardBelow, followUp));
      expect(own.answer_paragraphs).toEqual(REPLY);
      expect(own.date).toBe('2022-06-26');
      expect(own.flags).not.toContain('unsure_reading');
    }
  });

  it('takes a short question typed again and asked on under the desk’s message for the asker’s', () => {
    const own = read(unstamped(false, false, '胸闷严重吗？', '胸闷严重吗？有没有什么好的办法缓解？'));
    expect(own.answer_paragraphs).toEqual(REPLY);
    expect(own.date).toBe('2022-06-26');
  });

  // The bubble under the desk's message styled as the doctor's bubbles under the stamp is the doctor's (restating the question),
  // and the one under the stamp styled as the asker's opening is the asker's: neither chat opens with the asker's bubble unstamped.
  const restated = `${QUESTION}有一定关系，要结合血压来看。`;
  const doctorFirst = unstamped(false, false).replace(`<div class="msg msg-user"><div class="bubble">${QUESTION}最近一段时间一直这样，不知道是什么原因。</div></div>`, bubble('doc', restated));
  const askerAgain = unstamped(false, false).replace('<div class="stamp">2022-06-26 16:17</div>', `${stamp('2022-06-26 16:17')}\n${bubble('user', '孩子今年8岁，血压130/90。')}`);

  it('keeps the doctor’s first bubble, or doubts the reading, where it restates the question before the stamp', () => {
    const own = read(doctorFirst);
    expect(own.answer_paragraphs[0] === restated || own.flags.includes('unsure_reading')).toBe(true);
  });

  it('takes no asker’s bubble under the stamp for the answer’s unflagged', () => {
    const own = read(askerAgain);
    expect(!own.answer_paragraphs.includes('孩子今年8岁，血压130/90。') || own.flags.includes('unsure_reading')).toBe(true);
  });
});
