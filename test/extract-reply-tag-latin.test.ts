import { describe, expect, it } from 'vitest';
import { withoutReplyMark } from '../src/extract/words/reply-subject.js';

/** A board's kind-of-post tag after the reply mark in Latin letters or in full-width brackets (`Re: [Q] …`, `Re: 【問題】…`): none of the question. */
describe('a kind-of-post tag in Latin letters or full-width brackets', () => {
  it('is dropped after a reply mark', () => {
    expect(withoutReplyMark('Re: [Q] 老人膝盖疼怎么办')).toBe('老人膝盖疼怎么办');
    expect(withoutReplyMark('Re: [Question] 老人膝盖疼怎么办')).toBe('老人膝盖疼怎么办');
    expect(withoutReplyMark('Re: [help] 宝宝发烧怎么办')).toBe('宝宝发烧怎么办');
    expect(withoutReplyMark('Re: 【問題】膝蓋痛怎麼辦')).toBe('膝蓋痛怎麼辦');
    expect(withoutReplyMark('Re: ［求助］宝宝发烧怎么办')).toBe('宝宝发烧怎么办');
  });
  it('keeps a topic’s tag and a tag with no reply mark', () => {
    expect(withoutReplyMark('Re: [MRI] 报告怎么看')).toBe('[MRI] 报告怎么看');
    expect(withoutReplyMark('Re: 【北京】哪家医院看膝盖好')).toBe('【北京】哪家医院看膝盖好');
    expect(withoutReplyMark('[Q] 老人膝盖疼怎么办')).toBe('[Q] 老人膝盖疼怎么办');
  });
});
