import { describe, expect, it } from 'vitest';
import type { BasisLine, BasisMonthView, BasisView } from '../../../shared/payments/payment.schemas.ts';
import { tableToCsv } from '../../platform/export/table-export.ts';
import { financeExportTables } from './finance.export.ts';

const EAN = '5798009710178';

function line(values: Partial<BasisLine>): BasisLine {
  return {
    id: 'l',
    kind: 'weeks',
    agreement: null,
    programmeWeeks: 0,
    programmeOre: 0,
    aftercareWeeks: 0,
    aftercareOre: 0,
    courseCount: 0,
    amountOre: 0,
    correctsMonth: null,
    reason: null,
    ...values,
  };
}

function basis(status: BasisView['status'], lines: BasisLine[]): BasisView {
  const totalOre = lines.reduce((sum, l) => sum + l.amountOre, 0);
  return {
    id: 'b',
    providerId: 'p',
    providerName: 'P',
    month: '2026-02',
    status,
    asOf: '2026-02-28',
    computedAt: '2026-03-02T08:00:00.000Z',
    acceptedBy: null,
    acceptedAt: null,
    approvedBy: null,
    approvedAt: status === 'approved' ? '2026-03-04T09:00:00.000Z' : null,
    lines,
    weeksOre: totalOre,
    correctionsOre: 0,
    totalOre,
    problemWeeks: 0,
  };
}

const view: BasisMonthView = {
  month: '2026-02',
  isMonthEnded: true,
  providers: [
    {
      providerId: 'a',
      providerName: 'SydhavnsCompagniet',
      basis: basis('approved', [
        line({
          agreement: { id: 'ag', name: 'Udbud 2021, 1. Udsatte borgere', ean: EAN },
          programmeWeeks: 10,
          aftercareWeeks: 2,
          amountOre: 2_150_000,
        }),
        line({
          kind: 'correction',
          amountOre: -185_000,
          correctsMonth: '2026-01',
          reason: 'Afsluttet før tid',
        }),
      ]),
      // The month invoiced in two parts.
      invoices: [
        { id: 'i', invoiceNumber: 'F-7', invoiceDate: '2026-03-05', amountOre: 1_500_000 },
        { id: 'j', invoiceNumber: 'F-8', invoiceDate: '2026-03-09', amountOre: 500_000 },
      ],
      invoiceMatch: { invoicedOre: 2_000_000, invoiceCount: 2, match: 'differs', differenceOre: 35_000 },
    },
    {
      providerId: 'b',
      providerName: 'Settlementet',
      basis: basis('accepted', [line({ amountOre: 1 })]),
      invoices: [],
      invoiceMatch: null,
    },
  ],
};

describe('the finance export', () => {
  it('lists the approved bases’ lines with the EAN number, corrections with their reason, in Danish CSV', () => {
    const [lines] = financeExportTables(view, 'da');
    const csv = tableToCsv(lines!, { danish: true })
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(csv[0]).toContain('EAN-nummer');
    expect(csv.slice(1)).toEqual([
      `SydhavnsCompagniet;2026-02;${EAN};Udbud 2021, 1. Udsatte borgere;Forløbsuger;;10;2;21.500,00;;04-03-2026`,
      `SydhavnsCompagniet;2026-02;${EAN};;Rettelse;2026-01;;;-1.850,00;Afsluttet før tid;04-03-2026`,
      'I alt;;;;;;;;19.650,00;;',
    ]);
  });

  it('reconciles each provider’s approved basis with its partial invoices added up', () => {
    const [, providers] = financeExportTables(view, 'en');
    expect(providers!.rows).toEqual([
      {
        providerName: 'SydhavnsCompagniet',
        basisOre: 1_965_000,
        invoicedOre: 2_000_000,
        differenceOre: 35_000,
        invoices: 'F-7, F-8',
      },
      { providerName: 'Settlementet', basisOre: null, invoicedOre: 0, differenceOre: null, invoices: '' },
    ]);
  });
});
