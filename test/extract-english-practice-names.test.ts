import { describe, expect, it } from 'vitest';
import { parseCardParts } from '../src/extract/card/card-parts.js';
import { entriesOf, extractOrThrow, pageRecord } from './helpers/pages.js';

/** A practice abroad named in English alone on its doctor's card. */

describe('an English practice name on a card', () => {
  it('reads an acupuncture centre, a medical practice and a dental centre as the hospital', () => {
    expect(parseCardParts(['徐雅琪', 'Irvine Oriental Acupuncture Center', '执照针灸师 Licensed Acupuncturist']).hospital).toBe('Irvine Oriental Acupuncture Center');
    expect(parseCardParts(['王明', 'Flushing Family Medical Practice', '家庭医生']).hospital).toBe('Flushing Family Medical Practice');
    expect(parseCardParts(['Dr. Wang Zihan', 'Regent Dental Centre', '牙医']).hospital).toBe('Regent Dental Centre');
  });

  it('doubts a card that reads no hospital beside a line of capitalised words it took for nothing', () => {
    const answer = '<p>关于脸色苍白，可以从以下几个方面来考虑：</p><p>1.如果是缺铁性贫血引起的，应注意观察脸色苍白的变化，有助于减轻脸色苍白。</p><p>平时要注意保持良好的生活习惯，按时复查。</p>';
    const extraction = extractOrThrow(
        pageRecord(
          `<html><head><meta charset="utf-8"><title>中年人总是脸色苍白是什么病 - 健康园地</title></head><body><h1>中年人总是脸色苍白是什么病</h1>` +
            `<p>2022-01-03 16:23</p><div>${answer}——————<br><div>周思敏医生<br>Internist<br>Chinatown Internal Medicine<br>80 Bowery, New York, NY 10013</div></div></body></html>`,
          { url: 'saved-page.html' },
        ),
    );
    const entry = entriesOf(extraction).find((e) => e.origin === 'page')!;
    expect(entry.doctor.hospital).toBeNull();
    expect(extraction.entries.find((e) => e.origin === 'page')!.doubts).toContain('the card prints a line in English the reader read as no field (Chinatown Internal Medicine)');
  });
});
