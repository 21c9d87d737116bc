import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';
import { parseCardParts } from '../src/extract/card/card-parts.js';

/**
 * A paper abroad's 医生信箱: its back issues under `往期医生信箱` (往期 before the column's name) are the column's other letters,
 * its related links, where every title asks; the columnist's card names a French practice (`Cabinet Médical Paris 13`) as its
 * clinic, and a line saying what kind of practice it is (`私人诊所 Private Clinic`) names none.
 */
const page = (items: string[], head = '往期医生信箱') =>
  `<html lang="zh-GB"><head><meta charset="utf-8"><title>腰痛怎么办_医生信箱_欧华周报</title></head><body>` +
  `<div class="mast">欧华周报 Ouhua Weekly</div><h1>腰痛怎么办？</h1><p class="info">6 May 2023 来源：欧华周报 责任编辑：林晓</p>` +
  `<div class="letter"><h4>读者来信</h4><p>我最近腰痛，久坐以后更明显，请问怎么办？（曼城 读者 陈先生）</p></div>` +
  `<div class="box"><h4>本期医生</h4><p>刘晓东医生</p><p>全科医生 GP</p><p>Harley Family Clinic</p><p>12 Harley St, London W1G 9PG</p></div>` +
  `<div class="answer"><p><b>刘医生答：</b>腰痛多数与久坐、姿势不良有关，建议适当活动，注意休息。</p><p>如果疼痛持续不缓解，应及时到医院就诊。</p></div>` +
  `<div class="more"><h3>${head}</h3><ul>${items.map((q, i) => `<li><a href="https://www.ouhua.example.co.uk/life/doctor/10${i}.html">${q}</a> <span>2${i} Jun 2020</span></li>`).join('')}</ul></div></body></html>`;
const own = (html: string) => entriesOf(extractOrThrow(pageRecord(html, { url: 'https://www.ouhua.example.co.uk/life/doctor/200.html' }))).find((e) => e.origin === 'page')!;

describe('a column’s back issues headed 往期 and the column’s name', () => {
  it('are its related links where every title asks a question', () => {
    const entry = own(page(['腰酸几天了怎么办？', '中年人白带异常挂什么科', '孕妇总是白带有异味是什么病？']));
    expect(entry.related_urls).toEqual([0, 1, 2].map((i) => `https://www.ouhua.example.co.uk/life/doctor/10${i}.html`));
    expect(entry.flags).not.toContain('unsure_reading');
  });

  it('are none where the titles are news', () => {
    expect(own(page(['伦敦华人社区举办健康讲座', '欧华周报创刊三十周年'])).related_urls ?? []).toEqual([]);
  });
});

describe('a practice abroad on the columnist’s card', () => {
  it('a French cabinet médical is the clinic', () => {
    expect(parseCardParts(['刘子涵医生', '全科医生 Médecin généraliste', 'Cabinet Médical Paris 13', "48 Avenue d'Ivry, 75013 Paris"])).toMatchObject({ name: '刘子涵', hospital: 'Cabinet Médical Paris 13' });
  });

  it('a line naming the kind of practice names no clinic', () => {
    expect(parseCardParts(['徐嘉怡医生 Dr David Xu', '注册中医师', 'Ren He Tang Chinese Medicine Clinic', '11 Lisle St, London WC2H 7BE', '私人诊所 Private Clinic'])).toMatchObject({ name: '徐嘉怡', title: '注册中医师', hospital: 'Ren He Tang Chinese Medicine Clinic' });
    expect(parseCardParts(['刘晓东, Docteur en médecine', '全科医生', 'Cabinet Médical Paris 13', '私人诊所 Private Clinic']).hospital).toBe('Cabinet Médical Paris 13');
  });
});
