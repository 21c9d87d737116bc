import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { parseCardParts } from '../src/extract/card/card-parts.js';

/**
 * An adversarial review of fresh-86's reader rules: pages of other sites where the rules' words mean something else.
 */

const html = (title: string, body: string) => `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const pageOf = (page: string) => entriesOf(extractOrThrow(pageRecord(page, { url: 'saved-page.html' }))).find((e) => e.origin === 'page')!;

const QUESTION = '小孩晚上咳嗽厉害怎么办？';
const ANSWER = '小孩夜间咳嗽加重多与呼吸道感染或过敏有关，睡前可以适当抬高枕头，保持室内空气湿润。';

describe('a name run in between a hospital and the title', () => {
  it('a surname’s name, as Hong Kong’s clinics sign (`{clinic}{name}注册中医师`, `…高级中医师`)', () => {
    expect(parseCardParts(['东华三院荃湾中医诊所暨教研中心徐英怡注册中医师'])).toMatchObject({ name: '徐英怡', hospital: '东华三院荃湾中医诊所暨教研中心' });
    expect(parseCardParts(['东华三院荃湾中医诊所暨教研中心乔杰伟高级中医师'])).toMatchObject({ name: '乔杰伟', title: '高级中医师' });
  });
  it('a department printed without its 科 before a rank is no name (`某市人民医院针灸主治医师`)', () => {
    expect(parseCardParts(['某市人民医院针灸主治医师']).name).toBeNull();
    expect(parseCardParts(['某中医院治未病主任中医师']).name).toBeNull();
    expect(parseCardParts(['北京协和医院骨科王鹏主任医师']).name).toBeNull();
    expect(parseCardParts(['某市人民医院康复主治医师']).name).toBeNull();
    expect(parseCardParts(['某市人民医院呼吸主任医师']).name).toBeNull();
    expect(parseCardParts(['某市人民医院皮肤性病主任医师']).name).toBeNull();
  });
  it('nor a unit’s or a practice’s words before the licence’s calling (`…医院中医门诊注册中医师`, `…针灸注册中医师`)', () => {
    expect(parseCardParts(['东华三院黄大仙医院中医门诊注册中医师']).name).toBeNull();
    expect(parseCardParts(['仁济医院针灸注册中医师']).name).toBeNull();
    expect(parseCardParts(['某中医诊所推拿注册中医师']).name).toBeNull();
  });
});

