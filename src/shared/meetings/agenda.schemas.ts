// The agenda of a follow-up meeting (issue 14), generated from the provider's figures on one day and kept
// with the meeting as it was (a snapshot: the agenda reads the same later, when the figures have moved).
// Figures are data with a unit; the web app names and formats them in the reader's language.
import { z } from 'zod';
import { PROMISE_KINDS, PROMISE_SOURCES, PROMISE_STATUSES } from '../agreements/promise.constants.ts';
import { FAIRNESS_LABELS } from '../outcomes/fairness.constants.ts';

export const AGENDA_SECTIONS = [
  'outcomes',
  'fairness',
  'talks',
  'capacity',
  'billing',
  'actions',
  'complaints',
  'promises',
] as const;
export type AgendaSection = (typeof AGENDA_SECTIONS)[number];

export const AGENDA_UNITS = ['count', 'percent', 'ore', 'weeks', 'places'] as const;
export type AgendaUnit = (typeof AGENDA_UNITS)[number];

export const agendaFigureSchema = z.object({
  /** What the figure is, e.g. "exit", "placement", "talks_on_time" (named by the web app's texts). */
  key: z.string(),
  value: z.number().nullable(),
  unit: z.enum(AGENDA_UNITS),
  /** The count a percentage is of (e.g. completed courses), when there is one. */
  of: z.number().nullable(),
  /** The same figure for all providers, for comparison, when there is one. */
  total: z.number().nullable(),
});
export type AgendaFigure = z.infer<typeof agendaFigureSchema>;

export const agendaItemSchema = z.object({
  text: z.string(),
  ownerName: z.string(),
  dueOn: z.string(),
  overdue: z.boolean(),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

/** A promise of the provider's bid or agreement against what indsats recorded that day (values in tenths). */
export const agendaPromiseSchema = z.object({
  agreement: z.string(),
  kind: z.enum(PROMISE_KINDS),
  label: z.string().nullable(),
  unit: z.string().nullable(),
  source: z.enum(PROMISE_SOURCES),
  promisedTenths: z.number(),
  recordedTenths: z.number().nullable(),
  status: z.enum(PROMISE_STATUSES),
});
export type AgendaPromise = z.infer<typeof agendaPromiseSchema>;

/** The provider's row of one table of the fair comparison (outcomes module) when the agenda was made. */
export const agendaFairnessRowSchema = z.object({
  table: z.enum(['exit', 'placement', 'plan']),
  courses: z.number(),
  observed: z.number(),
  expected: z.number(),
  /** O / E; null when E = 0. */
  oe: z.number().nullable(),
  label: z.enum(FAIRNESS_LABELS),
});
export type AgendaFairnessRow = z.infer<typeof agendaFairnessRowSchema>;

export const agendaSectionSchema = z.object({
  key: z.enum(AGENDA_SECTIONS),
  /** False when the figures could not be had (e.g. no budget frame for the year): the page says so. */
  available: z.boolean(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  figures: z.array(agendaFigureSchema),
  /** The open actions, for the actions section. */
  items: z.array(agendaItemSchema),
  /** The promises of the provider's agreements in force, for the promises section (agendas since issue 14's promises). */
  promises: z.array(agendaPromiseSchema).optional(),
  /** The provider's rows of the fair comparison, for the fairness section; empty when it has none. */
  fairness: z.array(agendaFairnessRowSchema).optional(),
});
export type AgendaSectionData = z.infer<typeof agendaSectionSchema>;

export const agendaSchema = z.object({
  version: z.literal(1),
  generatedOn: z.string(),
  sections: z.array(agendaSectionSchema),
});
export type Agenda = z.infer<typeof agendaSchema>;
