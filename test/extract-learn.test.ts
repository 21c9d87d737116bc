import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FAMILIES, generatePage } from '../bench/genre/families.js';
import { learnCommand } from '../src/cli/commands/learn.js';
import { extractPage } from '../src/extract/extract-page.js';
import { learnProfile } from '../src/extract/profiles/learn-profile.js';
import { PROFILES } from '../src/extract/profiles/index.js';
import { SiteProfileSchema, type SiteProfile } from '../src/extract/profiles/profile.js';
import { InputError, runSavedPages } from '../src/pipeline/run-saved-pages.js';
import type { EntryDraft, PageRecord } from '../src/schema/records.js';
import { readDataset, tempDir } from './helpers/run.js';

const LEARNED_AT = '2025-06-01T00:00:00.000Z';

function pagesOf(family: string, from: number, to: number): PageRecord[] {
  const fam = FAMILIES.find((f) => f.name === family)!;
  return Array.from({ length: to - from }, (_, i) => generatePage(fam, 7, from + i)).map((g) => ({
    url: g.name, finalUrl: g.name, status: 200, headers: {}, body: g.body, fetchedAt: null,
  }));
}

function read(page: PageRecord, profiles?: readonly SiteProfile[]) {
  const outcome = extractPage(page, profiles ? { profiles } : {});
  if (!outcome.ok) throw new Error(outcome.reject.detail);
  return outcome.value;
}

const fields = (e: EntryDraft | undefined) => e && { question: e.question, answer: e.answerParagraphs, doctor: e.doctor, date: e.date, format: e.format };

describe('learning a site profile from sample pages', () => {
  it('learns 康问 pages and reads held-back pages by the profile, with the genre reader\'s fields', () => {
    const { profile, agreement, leftOut } = learnProfile(pagesOf('kangwen', 0, 10), { site: 'www.kangwen.example', learnedAt: LEARNED_AT });
    expect(profile).not.toBeNull();
    expect(SiteProfileSchema.parse(profile)).toEqual(profile);
    expect(leftOut).toEqual([]);
    expect(agreement.question).toBe(1);
    expect(profile!.hosts).toEqual(['www.kangwen.example']);
    expect(profile!.layouts[0]!.question).toEqual(['h1.qa-title']);
    expect(profile!.learned!.labels.related).toBe('相关问答');
    // Where the related list stands: its label's selector, so that the genre reader need not search for it.
    expect(profile!.layouts[0]!.related).toBe('h2.rel-hd');
    expect(agreement.related).toBe(1);
    for (const page of pagesOf('kangwen', 10, 25)) {
      const byProfile = read(page, [...PROFILES, profile!]);
      const byGenre = read(page);
      expect(byProfile.extractor).toBe('kangwen-example/learned');
      expect(byGenre.extractor).toBe('generic-html');
      expect(fields(byProfile.entries[0])).toEqual(fields(byGenre.entries[0]));
      expect(byProfile.entries[0]!.readBy).toBe('learned_profile');
      expect(byProfile.entries.length).toBe(byGenre.entries.length);
    }
  });

  it('learns youlai mobile\'s two date places as two selectors', () => {
    const { profile, agreement } = learnProfile(pagesOf('youlai-mobile', 0, 12), { site: 'm.youlai.cn', learnedAt: LEARNED_AT });
    expect(agreement.date).toBe(1);
    expect(profile!.layouts[0]!.date.length).toBe(2);
  });

  it('leaves out what cannot agree (class names drawn afresh per page); the genre reader fills it', () => {
    const { profile, leftOut, agreement } = learnProfile(pagesOf('expert-line', 0, 10), { site: 'www.wenyi.example', learnedAt: LEARNED_AT });
    expect(leftOut).toContain('answer');
    expect(agreement.answer).toBeLessThan(0.9);
    expect(profile!.layouts[0]!.answer).toEqual([]);
    expect(profile!.learned!.left_out).toEqual(leftOut);
    for (const page of pagesOf('expert-line', 10, 20)) {
      const byProfile = read(page, [...PROFILES, profile!]);
      expect(fields(byProfile.entries[0])).toEqual(fields(read(page).entries[0]));
    }
  });

  // Class names redrawn per page (fuzzed-blocks: only the question kept), card selectors that
  // agreed on the sample but miss held-back pages (relative-date), a page the genre reader doubts
  // (two-doctors): a profile reading never differs silently from the genre reader's, nor hides its doubts.
  it.each(['fuzzed-blocks', 'relative-date', 'two-doctors'])('on %s, a field read by the profile is the genre reader\'s or the entry says it is unsure', (family) => {
    const { profile } = learnProfile(pagesOf(family, 40, 50), { site: family, learnedAt: LEARNED_AT });
    expect(profile).not.toBeNull();
    for (const page of pagesOf(family, 0, 40)) {
      const byProfile = read(page, [...PROFILES, profile!]);
      expect(byProfile.extractor).toMatch(/\/learned$/);
      const own = byProfile.entries[0]!;
      const genre = read(page).entries[0]!;
      if (!own.doubts?.length) expect({ page: page.url, ...fields(own) }).toEqual({ page: page.url, ...fields(genre) });
      for (const doubt of genre.doubts ?? []) expect(own.doubts).toContain(doubt);
    }
  });

  it('makes no profile from pages the genre reader cannot read', () => {
    const page: PageRecord = { url: 'x.html', finalUrl: 'x.html', status: 200, headers: {}, body: Buffer.from('<html><body><p>nothing here</p></body></html>'), fetchedAt: null };
    const result = learnProfile([page], { site: 'x', learnedAt: LEARNED_AT });
    expect(result.profile).toBeNull();
    expect(result.pagesRead).toBe(0);
  });

  it('learns pages whose fields stand in namespaced elements (`<esi:remove>`, `<ui:card>`): their names escaped, no selector error', () => {
    const NAMES = ['林晓', '周岚', '钟毅', '韩涛', '王芳', '李明', '赵宁', '孙倩', '陈刚', '刘洋', '吴迪', '郑华'];
    const page = (i: number): PageRecord => {
      const html =
        `<html><head><title>问题${i}怎么办-问医网</title></head><body><esi:remove><a href="/login">登录</a></esi:remove>` +
        `<h1 class="q">孩子夜里磨牙第${i}次怎么办</h1><ui:card class="doc"><span class="name">${NAMES[i]}</span> 主治医师 口腔科 西川市妇幼保健院</ui:card>` +
        `<ui:meta><span class="day">2023-04-${String(i + 1).padStart(2, '0')} 回答</span></ui:meta>` +
        // Each page's second line its own: a line every page printed, under every doctor, would be the site's furniture (site-furniture.ts).
        `<div class="ans"><p>孩子夜里磨牙多与睡前兴奋、牙齿替换有关，第${i}个孩子先让他睡前放松。</p><p>磨牙持续${i + 2}个月以上或牙齿磨损明显，请到口腔科检查。</p></div></body></html>`;
      return { url: `https://www.wenyi.example/q/${i}.html`, finalUrl: `https://www.wenyi.example/q/${i}.html`, status: 200, headers: {}, body: Buffer.from(html), fetchedAt: null };
    };
    const { profile } = learnProfile(Array.from({ length: 10 }, (_, i) => page(i)), { site: 'www.wenyi.example', learnedAt: LEARNED_AT });
    expect(profile).not.toBeNull();
    const held = read(page(11), [...PROFILES, profile!]);
    expect(held.extractor).toBe('wenyi-example/learned');
    expect(fields(held.entries[0])).toEqual(fields(read(page(11)).entries[0]));
    expect(held.entries[0]!.doctor.name).toBe('郑华');
  });

  it('is read only on its own hosts', () => {
    const { profile } = learnProfile(pagesOf('kangwen', 0, 5), { site: 'www.kangwen.example', learnedAt: LEARNED_AT });
    const other = pagesOf('kangwen', 5, 6)[0]!;
    const moved = { ...other, body: Buffer.from(other.body.toString('latin1').replace(/www\.kangwen\.example/g, 'elsewhere.example'), 'latin1') };
    expect(read(moved, [...PROFILES, profile!]).extractor).toBe('generic-html');
  });
});

describe('qa-harvest learn, and runs with learned profiles', () => {
  async function savedPages(): Promise<string> {
    const dir = join(await tempDir(), 'pages');
    await mkdir(dir, { recursive: true });
    for (const page of pagesOf('kangwen', 0, 12)) await writeFile(join(dir, page.url), page.body);
    return dir;
  }

  it('writes a profile the schema accepts; a run with it reads by it', async () => {
    const pages = await savedPages();
    const file = join(await tempDir(), 'profiles', 'kangwen.json');
    expect(await learnCommand([pages, '--site', 'www.kangwen.example', '--out', file])).toBe(0);
    const profile = SiteProfileSchema.parse(JSON.parse(await readFile(file, 'utf8')));
    expect(profile.learned!.pages_read).toBe(12);

    const out = join(await tempDir(), 'dataset');
    await runSavedPages({ inputs: [pages], outDir: out, profiles: [file] });
    const { entries } = await readDataset(out);
    const own = entries.filter((e) => e.origin === 'page');
    expect(own.length).toBe(12);
    for (const e of own) {
      expect(e.extractor).toBe('kangwen-example/learned');
      expect(e.read_by).toBe('learned_profile');
    }
  });

  it('exits 2 without --site or pages, 1 when no page can be read', async () => {
    await expect(learnCommand(['--site', 'x'])).rejects.toThrow(/pages/);
    await expect(learnCommand([await savedPages()])).rejects.toThrow(/--site/);
    const dir = join(await tempDir(), 'junk');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'a.html'), '<html><body><p>nothing</p></body></html>');
    expect(await learnCommand([dir, '--site', 'x', '--out', join(dir, 'p.json')])).toBe(1);
  });

  it('a bad profile file is a usage error naming the file and the key', async () => {
    const dir = await tempDir();
    const file = join(dir, 'bad.json');
    await writeFile(file, JSON.stringify({ id: 'Bad Id', site: 's', hosts: ['h'], layouts: [] }));
    const run = runSavedPages({ inputs: [await savedPages()], outDir: join(dir, 'dataset'), profiles: [file] });
    await expect(run).rejects.toThrow(InputError);
    await expect(runSavedPages({ inputs: [await savedPages()], outDir: join(dir, 'dataset'), profiles: [file] })).rejects.toThrow(/bad\.json: id/);
  });
});
