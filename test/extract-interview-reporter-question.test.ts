import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A news site's health interview: the headline names the session's theme (`健康对话：{name}聊{topic}`, or `{topic}，看医生怎么讲`),
 * a byline naming the outlet's reporter, a guest box, then one question the interviewer puts (`记者：…`, or the outlet's own name
 * as the label: `东方健康网：…`) and the guest's reply under their name or `专家：`. Before these rules the headline was read as the
 * question, and the interviewer's turn and the guest's label were read into the answer, and a guest box's head (`嘉宾介绍`) was read as the name.
 */
const ANSWER = ['颈部僵硬多数和长期低头有关，建议每隔一小时活动一下颈部。', '如果伴有手臂发麻，要及时到骨科就诊，必要时拍片检查。'];
const BOX = '<div class="guest"><b>嘉宾：</b>孙立平，南屏市中心医院骨科副主任医师</div>';
const page = (headline: string, asker: string, guest: string, box = BOX, player = '') =>
  `<html><head><meta charset="utf-8"><title>${headline}_健康频道_东方健康网</title></head><body>` +
  `<div class="nav"><a href="https://www.example-news.cn/">首页</a> <a href="https://health.example-news.cn/">健康</a></div>` +
  `<div class="main"><h1>${headline}</h1>` +
  `<div class="info"><span>2021年09月16日 10:05</span>　<span>来源：东方健康网</span>　<span>作者：东方健康网记者 周晓明</span></div>` +
  player +
  `<div class="text"><p>颈椎病越来越年轻化。本期健康对话，记者就读者关心的问题采访了骨科专家。</p>` +
  box +
  `<p><strong>${asker}：</strong>办公室职员脖子僵硬是怎么回事</p>` +
  `<p><strong>${guest}：</strong>${ANSWER[0]}</p><p>${ANSWER[1]}</p></div>` +
  `<p class="editor">责任编辑：李娜</p></div></body></html>`;
const own = (html: string) => entriesOf(extractOrThrow(pageRecord(html))).find((e) => e.origin === 'page')!;

describe('an interview asking its guest one question', () => {
  it('asks the reporter’s question, the answer without the turns’ labels (`记者：`, the guest’s name)', () => {
    const entry = own(page('健康对话：孙立平聊颈椎病', '记者', '孙立平'));
    expect(entry.question).toBe('办公室职员脖子僵硬是怎么回事');
    expect(entry.answer).toBe(ANSWER.join('\n'));
    expect(entry.doctor).toMatchObject({ name: '孙立平', title: '副主任医师' });
  });

  it('takes the outlet’s name its byline’s reporter is of as the interviewer’s label', () => {
    const entry = own(page('健康对话：孙立平聊颈椎病', '东方健康网', '专家'));
    expect(entry.question).toBe('办公室职员脖子僵硬是怎么回事');
    expect(entry.answer).toBe(ANSWER.join('\n'));
  });

  it('reads the guest box under its head (`嘉宾介绍`), the head no name', () => {
    const box = '<div class="bio"><h4>嘉宾介绍</h4><p>孙立平</p><p>南屏市中心医院 骨科</p><p>副主任医师</p></div>';
    expect(own(page('健康对话：孙立平聊颈椎病', '记者', '专家', box)).doctor).toMatchObject({ name: '孙立平', title: '副主任医师', department: '骨科', hospital: '南屏市中心医院' });
  });

  it('takes the interview’s player under its headline as the answer’s format, a guest box’s head between it and the question', () => {
    const box = '<div class="bio"><h4>嘉宾介绍</h4><p>孙立平</p><p>南屏市中心医院 骨科</p><p>副主任医师</p></div>';
    const player = '<div class="player"><video src="https://v.example-news.cn/a1.mp4" controls></video><p>视频：健康对话</p></div>';
    expect(own(page('健康对话：孙立平聊颈椎病', '记者', '专家', box, player)).format).toBe('video');
  });

  it('reads a headline that only calls to hear the expert (`…，看医生怎么讲`) as asking nothing', () => {
    expect(own(page('颈椎病，看医生怎么讲', '记者', '孙立平')).question).toBe('办公室职员脖子僵硬是怎么回事');
  });
});
