import { describe, expect, it } from 'vitest';
import { followUpsAfterStamp } from '../src/extract/layouts/follow-up.js';
import { isAssistantSpeaker } from '../src/extract/records/assistant-turns.js';
import { isStaffSpeaker } from '../src/extract/records/consult-speakers.js';

/**
 * Word lists kept once: the staff's role words (consult-speakers.ts) are the ones an AI assistant's name ends in
 * (assistant-turns.ts); the relative days a follow-up's stamp may print are relative-date.ts's.
 */
describe('a consult’s helpers named from one list of roles', () => {
  it('an AI front desk (AI导医, 智能前台) is an assistant, as AI导诊 and 智能客服 are', () => {
    expect(isAssistantSpeaker('AI导医')).toBe(true);
    expect(isAssistantSpeaker('智能前台：')).toBe(true);
    expect(isAssistantSpeaker('AI导诊')).toBe(true);
    expect(isAssistantSpeaker('智能客服')).toBe(true);
    // A doctor's name is no assistant's, nor a staff member's.
    expect(isAssistantSpeaker('王明医生')).toBe(false);
    expect(isStaffSpeaker('王明医生')).toBe(false);
  });
  it('the front desk’s people are staff, the desk and its phone are not', () => {
    expect(isStaffSpeaker('导医小王')).toBe(true);
    expect(isStaffSpeaker('客服10号：')).toBe(true);
    expect(isStaffSpeaker('导医台')).toBe(false);
    expect(isStaffSpeaker('客服电话')).toBe(false);
  });
});

describe('a follow-up asked under a stamp printed relative to the serving day', () => {
  const lines = (stamp: string) => [{ text: '医生回答' }, { text: '建议多喝水，注意休息。' }, { text: stamp }, { text: '患者追问：那需要吃什么药吗？' }, { text: '可以吃点布洛芬。' }];
  const meta = (i: number) => i === 2;
  it.each(['回答于 3天前', '1年前', '回答于 今天', '昨天 14:22'])('%s closes the answer: the follow-up opens a round', (stamp) => {
    expect(followUpsAfterStamp(lines(stamp), 0, 5, meta)).toEqual([3]);
  });
  it('a line of counters is no stamp: the follow-up is left to the reader’s doubts', () => {
    expect(followUpsAfterStamp(lines('有用(3)'), 0, 5, meta)).toEqual([]);
  });
});
