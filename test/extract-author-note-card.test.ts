import { describe, expect, it } from 'vitest';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/** A paper's letters column whose only card is its note on the columnist after the answer (no byline naming the practice). */

const pageOf = (byline: string, note: string) =>
  entriesOf(
    extractOrThrow(
      pageRecord(
        `<html lang="zh-Hant-US"><head><meta charset="utf-8"><title>產後轉氨酶升高是怎麼回事？ | 世華日報</title></head><body>` +
          `<div><a href="/">首頁</a> › <a href="/life/">生活</a> › <a href="/life/health/">醫藥信箱</a></div>` +
          `<div><h1>產後轉氨酶升高是怎麼回事？</h1>${byline}<p><span>2021年2月3日 下午2:06</span></p>` +
          `<p><strong>讀者問：</strong>產後轉氨酶升高是怎麼回事？平時工作比較忙。</p><p>（皇后區 讀者 陳先生）</p>` +
          `<div><p><strong>答：</strong></p><p>轉氨酶升高需要結合具體情況來看，一般有以下幾種情況：</p>` +
          `<p>1.見於脂肪肝，飲食以清淡、易消化為主，用藥期間不要自行加量或者停藥。</p><p>平時要注意保持良好的生活習慣，按時復查。</p></div>` +
          `${note}</div><div>© 2021 世華日報</div></body></html>`,
        { url: 'saved-page.html' },
      ),
    ),
  ).find((e) => e.origin === 'page')!;

describe('a paper’s note on its columnist as the only card', () => {
  it('names the doctor and the calling of `（作者…為…執業牙醫師，電話：…）`, no clinic where it names none', () => {
    const entry = pageOf('', '<p><em>（作者周思敏為紐約法拉盛執業牙醫師，電話：415-980-1246）</em></p>');
    expect(entry.doctor).toMatchObject({ name: '周思敏', title: '牙醫師', department: null, hospital: null });
    expect(entry.flags).not.toContain('no_doctor');
  });

  it('reads `作者簡介：name，MD，家庭醫師，現於…應診` under a byline naming only the doctor (`文／name醫師`)', () => {
    const entry = pageOf('<p>文／劉嘉怡醫師</p>', '<div>作者簡介：劉嘉怡，MD，家庭醫師，現於法拉盛華人家庭診所應診。預約電話：718-555-1843。</div>');
    expect(entry.doctor).toMatchObject({ name: '劉嘉怡', title: '家庭醫師', hospital: '法拉盛華人家庭診所' });
  });

  it('takes no card from a note naming no calling', () => {
    const entry = pageOf('', '<div>作者簡介：劉嘉怡，於紐約開業。</div>');
    expect(entry.doctor.name).toBeNull();
  });
});
