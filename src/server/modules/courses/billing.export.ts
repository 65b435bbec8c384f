// The billing view as spreadsheet tables (sendTables): the month table first (the CSV holds only it),
// then the totals per provider, the weeks without a price, and — in a provider's own export — the
// lines per course. Headers follow the format: English for csv-en, else the user's language (Danish by
// default). Pure: the service builds the view and audits the export.
import type {
  BillingCourseLine,
  BillingLeftOut,
  BillingProblem,
  BillingProviderTotal,
  BillingRow,
  BillingTotal,
  BillingView,
} from '../../../shared/courses/billing.schemas.ts';
import { formatMonth, formatWeeklyPrices } from '../../../shared/courses/billing.format.ts';
import {
  BILLING_COLUMN_LABELS,
  BILLING_HEADINGS,
  PAUSE_KIND_LABELS,
} from '../../../shared/courses/billing.labels.ts';
import { formatDate } from '../../../shared/dates.ts';
import { fill, type Language } from '../../../shared/messages.ts';
import type { ExportColumn, ExportTable } from '../../platform/export/table-export.ts';

const HEADERS = {
  da: {
    ...BILLING_COLUMN_LABELS.da,
    ...PAUSE_KIND_LABELS.da,
    months: 'Afregning pr. måned',
    providers: 'Afregning pr. leverandør',
    problems: BILLING_HEADINGS.da.problems,
    courseLines: 'Afregning pr. forløb',
    leftOut: BILLING_HEADINGS.da.leftOut,
    pauseKind: 'Pause',
    total: BILLING_HEADINGS.da.total,
    totalOf: 'I alt {name}',
    kind: 'Ydelse',
    programme: 'Forløb',
    aftercare: 'Efterværn',
    no_agreement: 'Forløbet har ingen rammeaftale',
    no_price: 'Ingen gyldig ugepris på rammeaftalen',
    period: 'Periode: {from} – {to}. Uger i igangværende forløb er talt med til og med {asOf}.',
    rule: 'Et forløb afregnes pr. påbegyndt uge fra dets start, i den måned ugen begynder, til ugeprisen på ugens første dag.',
    area: 'delområde {number} {name} ({from}–{to})',
  },
  en: {
    ...BILLING_COLUMN_LABELS.en,
    ...PAUSE_KIND_LABELS.en,
    months: 'Billing per month',
    providers: 'Billing per provider',
    problems: BILLING_HEADINGS.en.problems,
    courseLines: 'Billing per course',
    leftOut: BILLING_HEADINGS.en.leftOut,
    pauseKind: 'Pause',
    total: BILLING_HEADINGS.en.total,
    totalOf: 'Total {name}',
    kind: 'Service',
    programme: 'Programme',
    aftercare: 'Aftercare',
    no_agreement: 'The course has no framework agreement',
    no_price: 'No valid weekly price in the framework agreement',
    period: 'Period: {from} – {to}. Weeks of ongoing courses are counted up to and including {asOf}.',
    rule: 'A course is billed per started week from its start, in the month the week starts, at the weekly price on its first day.',
    area: 'area {number} {name} ({from}–{to})',
  },
} satisfies Record<Language, Record<string, string>>;

type AmountRow = Pick<BillingRow, 'programme' | 'aftercare' | 'totalOre'>;

/** The weeks, prices and kroner columns every table shares. */
function amountColumns<R extends AmountRow>(
  h: (typeof HEADERS)['da'],
  language: Language,
): ExportColumn<R>[] {
  return [
    { header: h.programmeWeeks, kind: 'integer', value: (r) => r.programme.weeks },
    {
      header: h.programmePrice,
      kind: 'text',
      value: (r) => formatWeeklyPrices(r.programme.prices, language),
      width: 20,
    },
    { header: h.programmeKroner, kind: 'kroner', value: (r) => r.programme.ore, width: 16 },
    { header: h.aftercareWeeks, kind: 'integer', value: (r) => r.aftercare.weeks },
    {
      header: h.aftercarePrice,
      kind: 'text',
      value: (r) => formatWeeklyPrices(r.aftercare.prices, language),
      width: 20,
    },
    { header: h.aftercareKroner, kind: 'kroner', value: (r) => r.aftercare.ore, width: 16 },
    { header: h.totalKroner, kind: 'kroner', value: (r) => r.totalOre, width: 16 },
  ];
}

export function billingExportTables(view: BillingView, language: Language): ExportTable<unknown>[] {
  const h = HEADERS[language];
  const date = (iso: string) => formatDate(iso, language);
  const month = (m: string) => formatMonth(m, language);
  const notes = [
    fill(h.period, { from: month(view.from), to: month(view.to), asOf: date(view.asOf) }),
    h.rule,
  ];
  const agreementName = (a: BillingRow['agreement'] | null) =>
    a
      ? `${a.tenderName}, ${fill(h.area, {
          number: a.tenderAreaNumber,
          name: a.tenderAreaName,
          from: date(a.startsOn),
          to: date(a.endsOn),
        })}`
      : '';

  type MonthRow = BillingRow | (BillingTotal & { label: string });
  const isTotal = (r: MonthRow): r is BillingTotal & { label: string } => 'label' in r;
  const monthTable: ExportTable<MonthRow> = {
    title: h.months,
    notes,
    columns: [
      {
        header: h.provider,
        kind: 'text',
        value: (r) => (isTotal(r) ? r.label : r.providerName),
        width: 28,
      },
      { header: h.month, kind: 'text', value: (r) => (isTotal(r) ? '' : month(r.month)), width: 16 },
      {
        header: h.agreement,
        kind: 'text',
        value: (r) => (isTotal(r) ? '' : agreementName(r.agreement)),
        width: 50,
      },
      ...amountColumns<MonthRow>(h, language),
      { header: h.courses, kind: 'integer', value: (r) => r.courses },
    ],
    rows: view.rows,
    totals: [
      ...(view.providerTotals.length > 1
        ? view.providerTotals.map((p) => ({ ...p, label: fill(h.totalOf, { name: p.providerName }) }))
        : []),
      { ...view.total, label: h.total },
    ],
  };

  const providerTable: ExportTable<BillingProviderTotal> = {
    title: h.providers,
    notes,
    columns: [
      { header: h.provider, kind: 'text', value: (r) => r.providerName, width: 28 },
      ...amountColumns<BillingProviderTotal>(h, language),
      { header: h.courses, kind: 'integer', value: (r) => r.courses },
    ],
    rows: view.providerTotals,
    totals: [{ ...view.total, providerId: '', providerName: h.total }],
  };

  // The weeks without a price and (issue 14) the weeks the agreement excludes from payment because the
  // citizen was in a pause: the same columns but the last, which says why.
  const weekColumns = <R extends BillingProblem | BillingLeftOut>(
    why: ExportColumn<R>,
  ): ExportColumn<R>[] => [
    { header: h.provider, kind: 'text', value: (r) => r.providerName, width: 28 },
    ...(view.courseLines
      ? [{ header: h.citizen, kind: 'text' as const, value: (r: R) => r.citizenName, width: 28 }]
      : []),
    { header: h.month, kind: 'text', value: (r) => month(r.month), width: 16 },
    { header: h.kind, kind: 'text', value: (r) => h[r.kind] },
    { header: h.weeks, kind: 'integer', value: (r) => r.weeks },
    { header: h.firstWeek, kind: 'date', value: (r) => r.firstWeekStartsOn },
    { header: h.agreement, kind: 'text', value: (r) => agreementName(r.agreement), width: 50 },
    why,
  ];
  const problemTable: ExportTable<BillingProblem> = {
    title: h.problems,
    columns: weekColumns<BillingProblem>({
      header: h.reason,
      kind: 'text',
      value: (r) => h[r.reason],
      width: 40,
    }),
    rows: view.problems,
  };
  const leftOutTable: ExportTable<BillingLeftOut> = {
    title: h.leftOut,
    columns: weekColumns<BillingLeftOut>({
      header: h.pauseKind,
      kind: 'text',
      value: (r) => h[r.pauseKind],
      width: 24,
    }),
    rows: view.leftOut,
  };

  const tables: ExportTable<unknown>[] = [
    monthTable as ExportTable<unknown>,
    providerTable as ExportTable<unknown>,
    problemTable as ExportTable<unknown>,
    leftOutTable as ExportTable<unknown>,
  ];
  if (view.courseLines) {
    const courseTable: ExportTable<BillingCourseLine> = {
      title: h.courseLines,
      notes,
      columns: [
        { header: h.citizen, kind: 'text', value: (r) => r.citizenName, width: 28 },
        { header: h.month, kind: 'text', value: (r) => month(r.month), width: 16 },
        ...amountColumns<BillingCourseLine>(h, language),
      ],
      rows: view.courseLines,
    };
    tables.push(courseTable as ExportTable<unknown>);
  }
  return tables;
}
