import { describe, expect, it } from 'vitest';
import { parseCardParts } from '../src/extract/card/card-parts.js';

/** A dot between a card's name and the field beside it: which side is the name, and what a dot of another script parts. */
describe('a dot between a Han name and the place the card’s hospital is in', () => {
  it('reads the name, not the place', () => {
    expect(parseCardParts(['李明·江州 主任医师 江州市人民医院 骨科'])).toMatchObject({ name: '李明', title: '主任医师', hospital: '江州市人民医院' });
    expect(parseCardParts(['王芳•临江 副主任医师 临江县中医院 针灸科']).name).toBe('王芳');
    expect(parseCardParts(['李明·江州市 主任医师 江州市人民医院']).name).toBe('李明');
  });
  it('keeps a name that only opens a clinic named for it', () => {
    expect(parseCardParts(['李明 主任医师 李明中医诊所']).name).toBe('李明');
  });
});

describe('a transliterated name with its title run on', () => {
  it('is the whole name, the title apart', () => {
    expect(parseCardParts(['努尔兰·哈斯木主任医师 伊犁州友谊医院 心内科'])).toMatchObject({ name: '努尔兰·哈斯木', title: '主任医师', department: '心内科' });
    expect(parseCardParts(['阿依古丽·买合木提副主任医师', '妇科']).name).toBe('阿依古丽·买合木提');
    expect(parseCardParts(['努尔兰·哈斯木医生 伊犁州友谊医院 心内科'])).toMatchObject({ name: '努尔兰·哈斯木', hospital: '伊犁州友谊医院' });
  });
  it('still parts a Han name run into its title after a column’s word', () => {
    expect(parseCardParts(['名医·李明主任医师 江州市人民医院']).name).toBe('李明');
  });
});

describe('a katakana middle dot between fields', () => {
  it('parts them as an interpunct does', () => {
    expect(parseCardParts(['李明・主任医师 江州市人民医院 骨科'])).toMatchObject({ name: '李明', title: '主任医师', hospital: '江州市人民医院' });
    expect(parseCardParts(['李明‧主治醫師‧骨科'])).toMatchObject({ name: '李明', department: '骨科' });
  });
});
