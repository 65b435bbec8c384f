// The agenda of a follow-up meeting (issue 14) built from the provider's figures as other modules report
// them: the three result tables (seed 003) and the provider's rows of their fair comparison, timeliness and attendance of job talks (seed 004), the frame's
// share, capacity and its use today, billing, open actions and complaints. Pure: the service fetches the figures, these
// rules choose the period and shape the snapshot. A figure that could not be had is an unavailable section,
// never a zero.
import { addDays, addMonthsClamped, monthOf } from '../../../shared/dates.ts';
import { percentOf } from './meeting.rules.ts';
import type {
  Agenda,
  AgendaFairnessRow,
  AgendaFigure,
  AgendaItem,
  AgendaPromise,
  AgendaSectionData,
} from '../../../shared/meetings/agenda.schemas.ts';

/** The agenda looks back over the 12 whole months before the month it is made in. */
export function agendaPeriod(today: string): { from: string; to: string } {
  const thisMonth = monthOf(today);
  return { from: addMonthsClamped(thisMonth, -12), to: addDays(thisMonth, -1) };
}

export interface Rate {
  count: number;
  of: number;
  percent: number | null;
}

export interface AgendaFacts {
  today: string;
  from: string;
  to: string;
  /** The provider's row and the total of each result table; null when the tables could not be made. */
  outcomes: {
    exit: Rate;
    placement: Rate;
    plan: Rate;
    totals: { exit: Rate; placement: Rate; plan: Rate };
  } | null;
  /**
   * The provider's rows of the fair comparison of the period (exit, placement, plan): empty when the
   * comparison has no row for the provider (the section says so); null when it could not be made.
   */
  fairness?: readonly AgendaFairnessRow[] | null;
  /** The provider's job talks in the period; null when not available. */
  talks: {
    called: number;
    timeliness: Rate;
    attendance: Rate;
    totals: { timeliness: Rate; attendance: Rate };
    /**
     * Seed 004's other measures: timeliness of activation (total: all activity-ready over 30) and the share
     * with an internship or documented progression (total: all providers); absent when not available.
     */
    measures?: { activation: Rate; outreach: Rate; totals: { activation: Rate; outreach: Rate } } | null;
  } | null;
  /** The provider's share of this year's frame and what it buys; null without a frame. */
  capacity: {
    year: number;
    shareOre: number;
    citizensPerYear: number;
    concurrentTenths: number;
    /** Running courses and pending referrals on the day against the year's places (null: not known). */
    use?: { onDate: string; occupied: number; places: number | null } | null;
  } | null;
  /** What the provider's course-weeks come to in the period; null when not available. */
  billing: { totalOre: number; weeks: number } | null;
  actions: readonly AgendaItem[];
  /** Complaints and incidents: open now, received in the period; null when not recorded. */
  complaints: { open: number; received: number } | null;
  /**
   * The promises of the provider's agreements in force against what indsats records (agreements module):
   * none recorded (undefined or empty) leaves the section out; null when they could not be had.
   */
  promises?: readonly AgendaPromise[] | null;
}

const figure = (
  key: string,
  value: number | null,
  unit: AgendaFigure['unit'],
  extra: { of?: number | null; total?: number | null } = {},
): AgendaFigure => ({ key, value, unit, of: extra.of ?? null, total: extra.total ?? null });

const rate = (key: string, own: Rate, total: Rate): AgendaFigure =>
  figure(key, own.percent, 'percent', { of: own.of, total: total.percent });

function section(
  key: AgendaSectionData['key'],
  figures: AgendaFigure[] | null,
  period: { from: string; to: string } | null,
  items: AgendaItem[] = [],
): AgendaSectionData {
  return {
    key,
    available: figures !== null,
    from: period?.from ?? null,
    to: period?.to ?? null,
    figures: figures ?? [],
    items,
  };
}

/** Running courses and pending referrals today against the places the year's frames buy. */
function useFigures(use: { occupied: number; places: number | null }): AgendaFigure[] {
  const { occupied, places } = use;
  return [
    figure('places_today', places, 'places'),
    figure('occupied_today', occupied, 'count'),
    figure('capacity_use', places === null ? null : percentOf(occupied, places), 'percent', { of: places }),
  ];
}

export function buildAgenda(facts: AgendaFacts): Agenda {
  const period = { from: facts.from, to: facts.to };
  const { outcomes, talks, capacity, billing, complaints } = facts;
  const overdue = facts.actions.filter((a) => a.overdue).length;
  const sections: AgendaSectionData[] = [
    section(
      'outcomes',
      outcomes && [
        rate('exit', outcomes.exit, outcomes.totals.exit),
        rate('placement', outcomes.placement, outcomes.totals.placement),
        rate('plan', outcomes.plan, outcomes.totals.plan),
      ],
      period,
    ),
    ...(facts.fairness === undefined
      ? []
      : [{ ...section('fairness', facts.fairness && [], period), fairness: [...(facts.fairness ?? [])] }]),
    section(
      'talks',
      talks && [
        figure('talks_due', talks.called, 'count'),
        rate('talks_on_time', talks.timeliness, talks.totals.timeliness),
        rate('talks_attended', talks.attendance, talks.totals.attendance),
        ...(talks.measures
          ? [
              rate('activation_on_time', talks.measures.activation, talks.measures.totals.activation),
              rate('outreach_reached', talks.measures.outreach, talks.measures.totals.outreach),
            ]
          : []),
      ],
      period,
    ),
    section(
      'capacity',
      capacity && [
        figure('frame', capacity.shareOre, 'ore'),
        figure('places', capacity.concurrentTenths / 10, 'places'),
        figure('citizens_per_year', capacity.citizensPerYear, 'count'),
        ...(capacity.use ? useFigures(capacity.use) : []),
      ],
      capacity ? { from: `${capacity.year}-01-01`, to: `${capacity.year}-12-31` } : null,
    ),
    section(
      'billing',
      billing && [figure('billed', billing.totalOre, 'ore'), figure('weeks', billing.weeks, 'weeks')],
      period,
    ),
    section(
      'actions',
      [figure('open', facts.actions.length, 'count'), figure('overdue', overdue, 'count')],
      null,
      [...facts.actions],
    ),
  ];
  if (complaints) {
    sections.push(
      section(
        'complaints',
        [figure('open', complaints.open, 'count'), figure('received', complaints.received, 'count')],
        period,
      ),
    );
  }
  if (facts.promises === null) {
    sections.push(section('promises', null, null));
  } else if (facts.promises && facts.promises.length > 0) {
    const notMet = facts.promises.filter((p) => p.status === 'not_met').length;
    sections.push({
      ...section(
        'promises',
        [figure('promises', facts.promises.length, 'count'), figure('promises_not_met', notMet, 'count')],
        { from: facts.today, to: facts.today },
      ),
      promises: [...facts.promises],
    });
  }
  return { version: 1, generatedOn: facts.today, sections };
}
