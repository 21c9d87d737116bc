import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A video site's page of a doctor's talk answering one question: the title the question (or the question and the talk's
 * byline `｜{name}医生说`, or a topic's title asking nothing with the question under `本期问题：` in the 简介), the channel,
 * the 简介, then the talk's transcript (视频文稿): the doctor greeting the audience and naming the topic
 * (`大家好，我是…的王芳医生。今天我们来聊一聊颈椎病。`), the answer, a call to follow (`关注我，了解更多健康知识。`). The greeting
 * and the sign-off are the talk's, none of the answer; the byline none of the question.
 */

const Q = '女性颈椎病要做手术吗？';
const ANSWER = ['颈椎病的处理要根据病情轻重来决定：', '一、颈椎病早期，可以配合理疗和适量运动，平时多喝温水、适当休息。', '建议及时到医院骨科就诊，明确诊断后规范治疗。'];
const page = (title: string, asked = '', greeting = true, signOff = true) => `<html><head><title>${title}—在线播放—某某视频</title></head><body>
<div class="header"><a href="/">某某视频</a> <input placeholder="搜索"> <a>登录</a></div>
<video src="https://v.example.com/a.mp4" controls></video>
<div class="info"><h1>${title}</h1>
<div class="meta"><span>发布于 2023-05-06</span> <span>76万次播放</span></div>
<div class="uploader"><a href="/u/1">王芳医生</a><span>江州市人民医院骨科主治医师</span> <button>订阅</button></div>
<div class="desc"><h3>简介</h3>${asked ? `<p>本期问题：${asked}</p>` : ''}<p>讲解专家：王芳　江州市人民医院骨科主治医师</p></div></div>
<div class="transcript"><h3>视频文稿</h3>
${greeting ? '<p>大家好，我是江州市人民医院骨科的王芳医生。今天我们来聊一聊颈椎病。</p>' : ''}
${ANSWER.map((p) => `<p>${p}</p>`).join('\n')}
${signOff ? '<p>关注我，了解更多健康知识。</p>' : ''}
</div>
<div class="comments"><h3>评论 1</h3><div><span>路人123</span><p>多喝水，注意观察。</p></div></div>
</body></html>`;
const read = (html: string) => entriesOf(extractOrThrow(pageRecord(html))).find((e) => e.origin === 'page')!;

describe('a video page of a doctor’s talk with its transcript', () => {
  it('the talk’s greeting to the audience and its call to follow are none of the answer', () => {
    const own = read(page(Q));
    expect(own.question).toBe(Q);
    expect(own.answer_paragraphs).toEqual(ANSWER);
    expect(own.flags).toEqual([]);
  });

  it('the talk’s byline after the question in the title (`｜王芳医生说`) is none of the question', () => {
    expect(read(page(`${Q}｜王芳医生说`, '', false, false)).question).toBe(Q);
  });

  it('a title asking nothing (`医生说｜颈椎病的那些事儿`): the question under `本期问题：`', () => {
    const own = read(page('医生说｜颈椎病的那些事儿', Q));
    expect(own.question).toBe(Q);
    expect(own.answer_paragraphs).toEqual(ANSWER);
  });

  it('a doctor’s greeting that goes on with the answer stays the answer’s', () => {
    const html = page(Q, '', false, false).replace('<p>颈椎病的处理', '<p>大家好，我是王芳医生，颈椎病其实很常见。</p>\n<p>颈椎病的处理');
    expect(read(html).answer_paragraphs[0]).toBe('大家好，我是王芳医生，颈椎病其实很常见。');
  });
});
