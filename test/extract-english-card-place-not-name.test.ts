import { describe, expect, it } from 'vitest';
import { parseCardParts } from '../src/extract/card/card-parts.js';

/** Card lines shaped as `Words, LETTERS` that are no name and degrees, and English hospitals under a label naming another place than the practice. */

describe('a card’s English lines near the name-and-degrees and labelled-hospital rules', () => {
  it('reads no name from a town and its province or state, nor from a practice and its company form', () => {
    expect(parseCardParts(['Family Physician', 'Richmond Hill, ON', 'Dr. Kevin Li'])).toMatchObject({ name: 'Kevin Li', title: 'Family Physician' });
    expect(parseCardParts(['Sunrise Family Medicine, PLLC', 'Kevin Li, MD', 'Family Physician'])).toMatchObject({ name: 'Kevin Li' });
    expect(parseCardParts(['Bayview Dental, PC', 'Dentist']).name).toBeNull();
    expect(parseCardParts(['Family Physician', 'Causeway Bay, HK', 'Dr. Kevin Li'])).toMatchObject({ name: 'Kevin Li' });
  });

  it('reads no hospital from a line naming a kind of practice or one the doctor left', () => {
    expect(parseCardParts(['邓嘉怡', 'GP 全科医生', 'Accredited GP Practice']).hospital).toBeNull();
    expect(parseCardParts(['周静怡', 'Dentist', 'Formerly Sydney Dental Centre']).hospital).toBeNull();
    expect(parseCardParts(['邓嘉怡', 'GP 全科医生', 'Chatswood Medical Practice']).hospital).toBe('Chatswood Medical Practice');
  });

  it('still reads a name with its degrees after a comma', () => {
    expect(parseCardParts(['专栏医生', 'Sarah Zhang, MBBS, MRCGP', 'GP', 'Soho Chinese Medical Practice'])).toMatchObject({ name: 'Sarah Zhang', hospital: 'Soho Chinese Medical Practice' });
  });

  it('reads no hospital from a training, former or partner hospital’s label', () => {
    expect(parseCardParts(['医生：何志伟', '职称：家庭医生', '培训医院：Vancouver General Hospital']).hospital).toBeNull();
    expect(parseCardParts(['何志伟', '家庭医生', '曾任职医院：Toronto General Hospital']).hospital).toBeNull();
    expect(parseCardParts(['陈思远', '家庭医生', "合作医院：BC Children's Hospital"]).hospital).toBeNull();
    expect(parseCardParts(['医生：何志伟', '职称：家庭医生', '诊所：North York Chinese Medical Centre']).hospital).toBe('North York Chinese Medical Centre');
  });
});
