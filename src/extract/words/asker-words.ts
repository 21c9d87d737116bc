/**
 * The words a consultation names its asker's side by (患者, 网友, 家属): over their turns in a chat (reader/chat-turns.ts) and
 * in the alt text of the picture beside their bubbles (records/chat-sides.ts). One list: a side told by its speaker line is
 * told the same by its picture.
 */
export const ASKER_WORD = '患者|病人|提问者|提问人|咨询者|网友|用户|家属|患者家属|游客|匿名用户';

/**
 * The asker's side over their turn: one of the words, or `我` (the page's own user), perhaps with what the turn does
 * (`患者追答`, `用户补充：`).
 */
export const ASKER_SPEAKER_RE = new RegExp(`^(?:${ASKER_WORD}|我)\\s*(?:追答|回复|答复|回答|补充)?\\s*[:：]?$`, 'u');

/**
 * A picture's alt text naming the asker's side (`患者`, `用户头像`). Not `我`: alt="我" marks the viewer's own bubbles, whoever
 * shares the page.
 */
export const ASKER_ALT_RE = new RegExp(`^(?:${ASKER_WORD})(?:头像)?$`, 'u');
