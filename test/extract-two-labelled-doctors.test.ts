import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/**
 * A card of two labelled doctors' rows: the one a label says answers (`解答医生：`) is the card, a co-signer's (`会诊医生：`) none;
 * where no label tells (`主任医师：李明` over `主治医师：王刚`), or the name read is not the answerer's, the entry is doubted.
 */
const A = ['膝盖疼痛常见的原因有以下几种：', '一、与关节退变有关，平时要避免久站久蹲，注意保暖。', '二、运动损伤也会引起疼痛，建议及时到医院骨科就诊。'];
const page = (rows: string[]) =>
  `<html><head><meta charset="utf-8"><title>老人膝盖疼怎么办_快速问医生_某某健康网</title></head><body><div class="q"><h1>老人膝盖疼怎么办？</h1><p>病情描述：老人上下楼膝盖疼。</p><span>2023-05-06 10:12</span></div><div class="ans"><div class="card">${rows.map((r) => `<p>${r}</p>`).join('')}</div><div class="txt">${A.map((p) => `<p>${p}</p>`).join('')}</div></div></body></html>`;
const own = (rows: string[]) => entriesOf(extractOrThrow(pageRecord(page(rows), { url: 'saved-page.html' }))).find((e) => e.origin === 'page')!;

describe('two labelled doctors on one card', () => {
  it('reads the one who answers, not the co-signer', () => {
    const e = own(['会诊医生：王刚 主任医师', '主诊医生：李明 主治医师', '江州市人民医院 骨科']);
    expect(e.doctor).toMatchObject({ name: '李明', title: '主治医师' });
  });
  it('doubts where no label tells who answers', () => {
    expect(own(['主任医师：李明', '主治医师：王刚', '江州市人民医院 骨科']).flags).toContain('unsure_reading');
    expect(own(['主任医师：王刚', '解答医生：李明', '江州市人民医院 骨科']).flags).toContain('unsure_reading');
  });
  it('raises no doubt over one labelled doctor', () => {
    expect(own(['解答医生：李明 主治医师', '江州市人民医院 骨科']).flags).not.toContain('unsure_reading');
    // A prescription's pharmacist who checks it (`审方药师：`) is a reviewer beside the doctor who prescribes.
    expect(own(['开方医生：李明 主治医师　审方药师：张志强 主管药师', '江州市人民医院 骨科']).flags).not.toContain('unsure_reading');
  });
});
