import { z } from 'zod';

/**
 * A site profile is data: what one site's pages look like. Adding a site is adding a file
 * here, never an `if` in the extractor. Profiles are checked against this schema when loaded.
 */

/** A CSS selector, optionally narrowed to the element's own text, an attribute, or the n-th match. */
export const SelectorSchema = z.union([
  z.string().min(1),
  z.object({
    css: z.string().min(1),
    ownText: z.boolean().optional(),
    attr: z.string().optional(),
    index: z.int().min(0).optional(),
  }),
]);
export type Selector = z.infer<typeof SelectorSchema>;

export const LayoutSchema = z.object({
  name: z.string().regex(/^[a-z0-9-]+$/),
  /** Every selector must match for a page to be of this layout. */
  detect: z.array(z.string().min(1)).min(1),
  /** Base for relative links when a saved page carries no URL of its own. */
  baseUrl: z.url(),
  /**
   * Tried in order; the first that yields text wins. A learned profile may leave it empty (its
   * selectors did not agree across the sample): the genre reader reads the field then.
   */
  question: z.array(SelectorSchema),
  /** Containers of the answer, tried in order; their visible lines are the paragraphs. Empty as `question`. */
  answer: z.array(z.string().min(1)),
  doctorCard: z.string().min(1).optional(),
  /** Field selectors inside the card. Fields they miss are read from the card's text by the genre rules. */
  doctor: z
    .object({
      name: SelectorSchema.optional(),
      title: SelectorSchema.optional(),
      department: SelectorSchema.optional(),
      hospital: SelectorSchema.optional(),
      hospital_grade: SelectorSchema.optional(),
    })
    .default({}),
  date: z.array(SelectorSchema).default([]),
  /**
   * The related list's label, the heading it stands under (`.recommend > h4`; its first match): the genre
   * rules read the list after it, as after a label they find by its words, and are spared the search for
   * one. Where it matches no such label, or no list follows it, they search the page as without it.
   */
  related: z.string().min(1).optional(),
  /**
   * The related list's items by selector, where the site prints them the same way on every page: each
   * item's element, and inside it the link to the item's page, the element printing its question where
   * that is not the link, its snippet, and its line of format and date. Read so, an item is read without
   * the genre rules' search of the page; where the selectors find no item, or an item without a link and
   * a question, the genre rules read the list as without them (profile-items.ts).
   */
  relatedItems: z
    .object({
      item: z.string().min(1),
      link: z.string().min(1),
      question: z.string().min(1).optional(),
      snippet: z.string().min(1).optional(),
      meta: z.string().min(1).optional(),
    })
    .optional(),
  /** An element whose presence means the page's answer is a voice answer (the audio player). */
  voiceMarker: z.string().optional(),
  videoMarker: z.string().optional(),
});
export type Layout = z.infer<typeof LayoutSchema>;

/** Fields a profile is learned for, and how its agreement is reported. */
export const LEARNED_FIELDS = ['question', 'answer', 'date', 'doctor', 'name', 'title', 'department', 'hospital', 'hospital_grade', 'related'] as const;
export type LearnedField = (typeof LEARNED_FIELDS)[number];

/**
 * The evidence a learned profile was made from (`qa-harvest learn`): how many pages were
 * sampled and read, and per field the share of read pages where the learned selectors give
 * exactly what the genre reader read. Fields below the threshold were left out: the genre
 * reader reads them. A profile with this block is matched only on its own hosts.
 */
export const LearnedSchema = z
  .object({
    learned_at: z.iso.datetime(),
    pages_sampled: z.int().min(1),
    pages_read: z.int().min(1),
    threshold: z.number().min(0).max(1),
    agreement: z.partialRecord(z.enum(LEARNED_FIELDS), z.number().min(0).max(1)),
    left_out: z.array(z.enum(LEARNED_FIELDS)),
    /** Label texts the reading relies on, as the sample pages print them (the related list's 相关问答). */
    labels: z.record(z.string(), z.string()).default({}),
    /** Lines the site prints into the answer on most of its pages, whoever answers, with their share of the sample pages (site-furniture.ts). */
    furniture: z.array(z.object({ line: z.string().min(1), share: z.number().min(0).max(1) }).strict()).default([]),
  })
  .strict();
export type Learned = z.infer<typeof LearnedSchema>;

export const SiteProfileSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  site: z.string().min(1),
  hosts: z.array(z.string().min(1)).min(1),
  /** The site's suffix in <title>, e.g. `-有来医生`, stripped to get the question. */
  titleSuffix: z.string().optional(),
  layouts: z.array(LayoutSchema).min(1),
  /** Present on a profile learned from sample pages, for a person to review. */
  learned: LearnedSchema.optional(),
});
export type SiteProfile = z.infer<typeof SiteProfileSchema>;
