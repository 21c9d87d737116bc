import { describe, expect, it } from 'vitest';
import { parseDocument } from 'htmlparser2';
import { renderBlocks } from '../src/extract/lines/html-lines.js';
import { chatSides } from '../src/extract/records/chat-sides.js';

/**
 * The asker's side told by the alt text of the picture beside a bubble (`alt="患者"`, chat-sides.ts) is told among the chat's
 * rows only (the list that holds most of them): a reader's comment under the chat, its avatar's alt `用户`, is no asker's
 * bubble, and the date line over it opens no later round of the chat.
 */

const bubble = (picture: string, text: string, alt: string) => `<div class="m"><img src="${picture}" alt="${alt}"><div class="b">${text}</div></div>`;
const html =
  `<h1>荨麻疹皮肤红肿吃什么药</h1>` +
  `<div class="chat"><div class="t">2021-02-28 11:35</div>${bubble('/p/1.png', '最近一段时间一直这样，不知道是什么原因。', '患者')}` +
  `<div class="t">2021-03-01 16:33</div>${bubble('/d/1.jpg', '荨麻疹要避免辛辣刺激和油腻的食物。', '龙红华')}${bubble('/d/2.jpg', '反复发作要到皮肤科就诊。', '龙红华')}</div>` +
  `<div class="cmts"><div class="t">2021-03-05 10:02</div>${bubble('/u/77.png', '谢谢医生，说得很清楚。', '用户')}</div>`;

describe('an asker told by a picture’s alt, among the chat’s rows only', () => {
  it('a comment under the chat, its avatar’s alt 用户, is none of the asker’s bubbles and opens no round', () => {
    const { blocks } = renderBlocks(parseDocument(html));
    const at = (text: string) => blocks.findIndex((b) => b.text === text);
    const sides = chatSides(blocks, 0, blocks.length)!;
    expect(sides.asker).toEqual([at('最近一段时间一直这样，不知道是什么原因。')]);
    expect(sides.round).toBeNull();
    expect(sides.notAnswerDates).toEqual([at('2021-02-28 11:35')]);
  });
});
