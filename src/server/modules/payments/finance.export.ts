// The month's export for the municipality's finance system (issue 14): one row per line of every approved
// billing basis (weeks per agreement, and corrections with their reason), with the EAN number the
// provider invoices to, then the providers' totals matched against the invoices received. CSV holds the
// first table (Danish: ";" and decimal comma), XLSX both. Headers in the user's language, English for
// csv-en. Pure: the service loads the month and audits the export.
import { formatMonth } from '../../../shared/courses/billing.format.ts';
import type { Language } from '../../../shared/messages.ts';
import type { BasisLine, BasisMonthView, ProviderMonth } from '../../../shared/payments/payment.schemas.ts';
import type { ExportTable } from '../../platform/export/table-export.ts';
import { matchInvoices } from './payment.rules.ts';

const HEADERS = {
  da: {
    lines: 'Afregningsgrundlag',
    providers: 'Afstemning med fakturaer',
    provider: 'Leverandør',
    month: 'Måned',
    agreement: 'Rammeaftale',
    ean: 'EAN-nummer',
    kind: 'Art',
    weeks: 'Forløbsuger',
    correction: 'Rettelse',
    correctsMonth: 'Vedrører måned',
    programmeWeeks: 'Forløbsuger (antal)',
    aftercareWeeks: 'Efterværnsuger (antal)',
    amount: 'Beløb (kr.)',
    reason: 'Årsag',
    approvedOn: 'Godkendt',
    basisTotal: 'Afregningsgrundlag (kr.)',
    invoiced: 'Faktureret (kr.)',
    difference: 'Difference (kr.)',
    invoices: 'Fakturaer',
    total: 'I alt',
    note: 'Godkendte afregningsgrundlag for {month}. Beløb i kr. inkl. rettelser af tidligere måneder.',
    noApproved: 'Ikke godkendt',
  },
  en: {
    lines: 'Billing basis',
    providers: 'Reconciliation with invoices',
    provider: 'Provider',
    month: 'Month',
    agreement: 'Framework agreement',
    ean: 'EAN number',
    kind: 'Kind',
    weeks: 'Course weeks',
    correction: 'Correction',
    correctsMonth: 'Concerns month',
    programmeWeeks: 'Programme weeks',
    aftercareWeeks: 'Aftercare weeks',
    amount: 'Amount (DKK)',
    reason: 'Reason',
    approvedOn: 'Approved',
    basisTotal: 'Billing basis (DKK)',
    invoiced: 'Invoiced (DKK)',
    difference: 'Difference (DKK)',
    invoices: 'Invoices',
    total: 'Total',
    note: 'Approved billing bases for {month}. Amounts in DKK including corrections of earlier months.',
    noApproved: 'Not approved',
  },
} satisfies Record<Language, Record<string, string>>;

interface LineRow {
  providerName: string;
  month: string;
  approvedOn: string | null;
  /** The EAN of the line's agreement, or for a correction the basis's (its weeks lines'). */
  ean: string;
  line: BasisLine | null;
  amountOre: number;
}

interface ProviderRow {
  providerName: string;
  basisOre: number | null;
  invoicedOre: number;
  differenceOre: number | null;
  invoices: string;
}

function eanOf(lines: readonly BasisLine[]): string {
  return lines.find((l) => l.agreement?.ean)?.agreement?.ean ?? '';
}

export function financeExportTables(view: BasisMonthView, language: Language): ExportTable<unknown>[] {
  const h = HEADERS[language];
  const approved = view.providers.filter((p) => p.basis?.status === 'approved');
  const rows: LineRow[] = approved.flatMap((p: ProviderMonth) =>
    p.basis!.lines.map((line) => ({
      providerName: p.providerName,
      month: view.month,
      approvedOn: p.basis!.approvedAt ? p.basis!.approvedAt.slice(0, 10) : null,
      ean: line.agreement?.ean ?? eanOf(p.basis!.lines),
      line,
      amountOre: line.amountOre,
    })),
  );
  const totalOre = rows.reduce((sum, r) => sum + r.amountOre, 0);
  const lineTable: ExportTable<LineRow> = {
    title: h.lines,
    notes: [h.note.replace('{month}', formatMonth(view.month, language))],
    columns: [
      { header: h.provider, kind: 'text', value: (r) => r.providerName, width: 28 },
      { header: h.month, kind: 'text', value: (r) => r.month, width: 10 },
      { header: h.ean, kind: 'text', value: (r) => r.ean, width: 16 },
      { header: h.agreement, kind: 'text', value: (r) => r.line?.agreement?.name ?? '', width: 40 },
      {
        header: h.kind,
        kind: 'text',
        value: (r) => (r.line ? (r.line.kind === 'weeks' ? h.weeks : h.correction) : ''),
      },
      { header: h.correctsMonth, kind: 'text', value: (r) => r.line?.correctsMonth ?? '', width: 10 },
      {
        header: h.programmeWeeks,
        kind: 'integer',
        value: (r) => (r.line?.kind === 'weeks' ? r.line.programmeWeeks : null),
      },
      {
        header: h.aftercareWeeks,
        kind: 'integer',
        value: (r) => (r.line?.kind === 'weeks' ? r.line.aftercareWeeks : null),
      },
      { header: h.amount, kind: 'kroner', value: (r) => r.amountOre, width: 16 },
      { header: h.reason, kind: 'text', value: (r) => r.line?.reason ?? '', width: 40 },
      { header: h.approvedOn, kind: 'date', value: (r) => r.approvedOn },
    ],
    rows,
    totals: [
      { providerName: h.total, month: '', approvedOn: null, ean: '', line: null, amountOre: totalOre },
    ],
  };

  const providerRows: ProviderRow[] = view.providers
    .filter((p) => p.basis || p.invoices.length > 0)
    .map((p) => {
      // The same rule as the month view: partial invoices added up, matched against the approved basis.
      const matched = matchInvoices(p.invoices, p.basis);
      return {
        providerName: p.providerName,
        basisOre: p.basis?.status === 'approved' ? p.basis.totalOre : null,
        invoicedOre: matched.invoicedOre,
        differenceOre: matched.differenceOre,
        invoices: p.invoices.map((i) => i.invoiceNumber).join(', '),
      };
    });
  const providerTable: ExportTable<ProviderRow> = {
    title: h.providers,
    columns: [
      { header: h.provider, kind: 'text', value: (r) => r.providerName, width: 28 },
      { header: h.basisTotal, kind: 'kroner', value: (r) => r.basisOre, width: 18 },
      { header: h.invoiced, kind: 'kroner', value: (r) => r.invoicedOre, width: 18 },
      { header: h.difference, kind: 'kroner', value: (r) => r.differenceOre, width: 18 },
      { header: h.invoices, kind: 'text', value: (r) => r.invoices, width: 30 },
    ],
    rows: providerRows,
  };
  return [lineTable as ExportTable<unknown>, providerTable as ExportTable<unknown>];
}
