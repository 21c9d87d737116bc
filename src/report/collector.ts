import { READ_BY, type Entry } from '../schema/entry.js';
import type { DatasetRecord } from '../schema/records.js';
import type { DatasetCounts } from '../core/dataset-counts.js';
import type { Stage } from '../core/stage.js';
import { explainFlag } from '../flags/explain.js';
import { renderReport, type RenderedReport, type ReportContext } from './render.js';
import { LENGTH_BINS, type ClusterExample, type ClusterMember, type FlaggedSample, type ReportDetails, type ReportSummary, type SiteReading } from './summary.js';

export type { ClusterExample, ClusterMember, FlaggedSample, ReportSummary, SiteReading };
import { codePoints } from '../core/text.js';

export interface ReportOptions {
  /** Flagged entries kept per flag, by reservoir sampling (seeded: the same run gives the same sample). Default 5. */
  samplesPerFlag: number;
  /** Duplicate clusters kept as examples. Default 12. */
  clusterExamples: number;
  /** Members shown per cluster. Default 5. */
  membersPerCluster: number;
  /** Distinct keys counted per category (department, hospital grade…); the rest go to “(other)”. Default 60. */
  maxCategoryKeys: number;
  /** Characters of an answer kept in a sample. Default 240. */
  excerptChars: number;
  /** Seed of the sampling. Default 1. */
  seed: number;
}
export const DEFAULT_REPORT_OPTIONS: ReportOptions = { samplesPerFlag: 5, clusterExamples: 12, membersPerCluster: 5, maxCategoryKeys: 60, excerptChars: 240, seed: 1 };

/** mulberry32: a small seeded PRNG, so the sample is reproducible. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MAX_ORPHANS = 200;

/**
 * Accumulates the report while records stream by: `observe` each record (or `run` it as the
 * stage just before the writer, so it sees what is written), then `render` with the counts
 * of what was written (the writer's: the report does not count them a second time).
 * Categories are capped at maxCategoryKeys and samples are capped, so memory does not grow
 * with the run.
 */
export class ReportCollector implements Stage<DatasetRecord, DatasetRecord> {
  readonly name = 'report';
  readonly stats = {};
  private readonly o: ReportOptions;
  private readonly s: ReportDetails;
  private readonly random: () => number;
  private readonly flagSeen = new Map<string, number>();
  private readonly clusterIndex = new Map<string, ClusterExample>();
  /** Superseded records whose kept entry has not come by yet (bounded). */
  private readonly orphans = new Map<string, ClusterMember[]>();
  private orphanCount = 0;

  constructor(options: Partial<ReportOptions> = {}) {
    this.o = { ...DEFAULT_REPORT_OPTIONS, ...options };
    this.random = prng(this.o.seed);
    this.s = {
      bySupersededReason: {},
      byDepartment: {},
      byHospitalGrade: {},
      byFormat: {},
      bySite: {},
      readingBySite: {},
      answerLengths: { bins: [...LENGTH_BINS], counts: new Array<number>(LENGTH_BINS.length + 1).fill(0) },
      flaggedSamples: {},
      clusters: [],
    };
  }

  /** The report as a stage: observes every record and passes it on. */
  async *run(input: AsyncIterable<DatasetRecord>): AsyncIterable<DatasetRecord> {
    for await (const record of input) {
      this.observe(record);
      yield record;
    }
  }

  observe(record: DatasetRecord): void {
    switch (record.kind) {
      case 'entry':
        return this.observeEntry(record.entry);
      case 'reject':
        return;
      case 'superseded': {
        const r = record.superseded;
        this.count(this.s.bySupersededReason, r.reason);
        const member: ClusterMember = { id: r.id, reason: r.reason, question: r.question, answer: this.excerpt(r.answer), sources: r.sources.slice(0, 3) };
        const cluster = this.clusterIndex.get(r.superseded_by);
        if (cluster) {
          if (cluster.members.length < this.o.membersPerCluster) cluster.members.push(member);
        } else if (this.orphanCount < MAX_ORPHANS) {
          const list = this.orphans.get(r.superseded_by) ?? [];
          if (list.length < this.o.membersPerCluster) {
            list.push(member);
            this.orphans.set(r.superseded_by, list);
            this.orphanCount++;
          }
        }
        return;
      }
    }
  }

  private observeEntry(entry: Entry): void {
    const s = this.s;
    this.count(s.byFormat, entry.format);
    this.count(s.byDepartment, entry.doctor.department ?? '(none)');
    this.count(s.byHospitalGrade, entry.doctor.hospital_grade ?? '(none)');
    this.count(s.bySite, entry.site ?? '(unknown)');
    this.countReading(entry);
    const length = codePoints(entry.answer).length;
    const bin = LENGTH_BINS.findIndex((upper) => length < upper);
    s.answerLengths.counts[bin < 0 ? LENGTH_BINS.length : bin]!++;
    for (const flag of entry.flags) this.sample(entry, flag);
    if (entry.supersedes.length > 0 && s.clusters.length < this.o.clusterExamples) {
      const cluster: ClusterExample = { keptId: entry.id, question: entry.question, answer: this.excerpt(entry.answer), source: entry.source, size: entry.supersedes.length, members: [] };
      const waiting = this.orphans.get(entry.id);
      if (waiting) {
        cluster.members.push(...waiting);
        this.orphans.delete(entry.id);
      }
      s.clusters.push(cluster);
      this.clusterIndex.set(entry.id, cluster);
    } else {
      const waiting = this.orphans.get(entry.id);
      if (waiting) {
        this.orphanCount -= waiting.length;
        this.orphans.delete(entry.id);
      }
    }
  }

  private sample(entry: Entry, flag: string): void {
    const seen = (this.flagSeen.get(flag) ?? 0) + 1;
    this.flagSeen.set(flag, seen);
    const list = (this.s.flaggedSamples[flag] ??= []);
    const slot = list.length < this.o.samplesPerFlag ? list.length : Math.floor(this.random() * seen);
    if (slot >= this.o.samplesPerFlag) return;
    const evidence = explainFlag(entry, flag);
    // Keep an excerpt around the evidence, with the evidence's offsets moved into it.
    let answer = entry.answer;
    let ev = evidence;
    if (evidence.field === 'answer' && answer.length > this.o.excerptChars) {
      const from = Math.max(0, Math.min(evidence.start - Math.floor(this.o.excerptChars / 3), answer.length - this.o.excerptChars));
      answer = answer.slice(from, from + this.o.excerptChars);
      ev = { ...evidence, start: Math.max(0, evidence.start - from), end: Math.min(answer.length, evidence.end - from) };
      if (from > 0) {
        answer = `…${answer}`;
        ev = { ...ev, start: ev.start + 1, end: ev.end + 1 };
      }
    }
    list[slot] = { id: entry.id, flag, question: entry.question, answer, evidence: ev, source: entry.source };
  }

  private excerpt(text: string): string {
    return text.length > this.o.excerptChars ? `${text.slice(0, this.o.excerptChars)}…` : text;
  }

  private countReading(entry: Entry): void {
    const bySite = this.s.readingBySite;
    let site = entry.site ?? '(unknown)';
    if (!(site in bySite) && Object.keys(bySite).length >= this.o.maxCategoryKeys) site = '(other)';
    const r: SiteReading = (bySite[site] ??= {
      entries: 0,
      byReadBy: Object.fromEntries(READ_BY.map((k) => [k, 0])) as SiteReading['byReadBy'],
      byExtractor: {},
      unsure: 0,
    });
    r.entries++;
    r.byReadBy[entry.read_by]++;
    this.count(r.byExtractor, entry.extractor);
    if (entry.flags.includes('unsure_reading')) r.unsure++;
  }

  private count(counts: Record<string, number>, key: string): void {
    if (key in counts) counts[key]!++;
    else if (Object.keys(counts).length < this.o.maxCategoryKeys) counts[key] = 1;
    else counts['(other)'] = (counts['(other)'] ?? 0) + 1;
  }

  /** A copy of the accumulated summary. */
  /** A copy of the accumulated details, with `counts`: those of what was written (the writer's). */
  summary(counts: DatasetCounts): ReportSummary {
    return structuredClone({ ...counts, ...this.s });
  }

  /** report.html and report.md from the summary (pure: see renderReport). */
  render(counts: DatasetCounts, context: ReportContext = {}): RenderedReport {
    return renderReport(this.summary(counts), context);
  }
}
