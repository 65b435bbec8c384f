// The agreements and providers as spreadsheet tables (sendTables: XLSX, Danish CSV, plain CSV). Headers
// follow the user's language; the rows are the same lists the pages show, in the same scope.
import type { AgreementSummary, ProviderSummary } from '../../../../shared/agreements/agreement.schemas.ts';
import type { Language } from '../../../../shared/messages.ts';
import { withActorTransaction, type Ctx } from '../../../platform/context.ts';
import type { ExportTable } from '../../../platform/export/table-export.ts';
import * as repo from '../agreement.repository.ts';
import { summariseAgreements } from './agreement-views.ts';
import { ownProviderId } from '../../../platform/access/provider-scope.ts';
import { listProviders } from './providers.ts';
import { todayInCopenhagen } from '../../../../shared/dates.ts';

const TEXT = {
  da: {
    agreements: 'Rammeaftaler',
    prices: 'Priser',
    providers: 'Leverandører',
    tender: 'Udbud',
    areaNumber: 'Delområde nr.',
    area: 'Delområde',
    provider: 'Leverandør',
    caseNumber: 'Sagsnummer',
    startsOn: 'Start',
    originalEndsOn: 'Oprindelig slut',
    endsOn: 'Slut',
    maxEndsOn: 'Slut med alle forlængelser',
    noticeWeeks: 'Varsel (uger)',
    status: 'Status',
    programmeToday: 'Ugepris indsats i dag eller ved udløb (kr.)',
    aftercareToday: 'Ugepris efterværn i dag eller ved udløb (kr.)',
    kind: 'Prisart',
    validFrom: 'Gælder fra',
    validTo: 'Gælder til',
    weekly: 'Ugepris (kr.)',
    code: 'Kode',
    name: 'Navn',
    cvr: 'CVR-nummer',
    district: 'Bydel',
    neighbourhood: 'Lokalområde',
    since: 'Leverandør siden',
    note: 'Priser pr. uge i kroner. Status »udløbet« følger af slutdatoen.',
    statuses: { draft: 'Udkast', active: 'Aktiv', terminated: 'Opsagt', expired: 'Udløbet' },
    kinds: { programme: 'Indsats', aftercare: 'Efterværn' },
  },
  en: {
    agreements: 'Framework agreements',
    prices: 'Prices',
    providers: 'Providers',
    tender: 'Tender',
    areaNumber: 'Area no.',
    area: 'Tender area',
    provider: 'Provider',
    caseNumber: 'Case number',
    startsOn: 'Start',
    originalEndsOn: 'Original end',
    endsOn: 'End',
    maxEndsOn: 'End with every extension',
    noticeWeeks: 'Notice (weeks)',
    status: 'Status',
    programmeToday: 'Programme weekly price today or at the end (DKK)',
    aftercareToday: 'Aftercare weekly price today or at the end (DKK)',
    kind: 'Price kind',
    validFrom: 'Valid from',
    validTo: 'Valid to',
    weekly: 'Weekly price (DKK)',
    code: 'Code',
    name: 'Name',
    cvr: 'CVR number',
    district: 'District',
    neighbourhood: 'Neighbourhood',
    since: 'Provider since',
    note: "Weekly prices in kroner. Status 'expired' follows from the end date.",
    statuses: { draft: 'Draft', active: 'Active', terminated: 'Terminated', expired: 'Expired' },
    kinds: { programme: 'Programme', aftercare: 'Aftercare' },
  },
} as const satisfies Record<Language, unknown>;

interface PriceRow {
  agreement: AgreementSummary;
  priceKind: 'programme' | 'aftercare';
  validFrom: string;
  validTo: string | null;
  weeklyOre: number;
}

export async function agreementExportTables(ctx: Ctx): Promise<ExportTable<unknown>[]> {
  const t = TEXT[ctx.language];
  const { agreements, prices } = await withActorTransaction(ctx, async (tx) => {
    const rows = await repo.findAgreements(tx, { providerId: ownProviderId(ctx.actor) });
    const summaries = await summariseAgreements(tx, rows, todayInCopenhagen());
    const byId = new Map(summaries.map((a) => [a.id, a]));
    const priceRows = await repo.findPrices(
      tx,
      rows.map((r) => r.id),
    );
    return {
      agreements: summaries,
      prices: priceRows.map((p): PriceRow => ({ ...p, agreement: byId.get(p.agreementId)! })),
    };
  });
  const agreementTable: ExportTable<AgreementSummary> = {
    title: t.agreements,
    notes: [t.note],
    rows: agreements,
    columns: [
      { header: t.tender, kind: 'text', value: (a) => a.tender.name, width: 40 },
      { header: t.areaNumber, kind: 'integer', value: (a) => a.area.number },
      { header: t.area, kind: 'text', value: (a) => a.area.name, width: 36 },
      { header: t.provider, kind: 'text', value: (a) => a.provider.name, width: 30 },
      { header: t.caseNumber, kind: 'text', value: (a) => a.caseNumber },
      { header: t.startsOn, kind: 'date', value: (a) => a.startsOn },
      { header: t.originalEndsOn, kind: 'date', value: (a) => a.originalEndsOn },
      { header: t.endsOn, kind: 'date', value: (a) => a.endsOn },
      { header: t.maxEndsOn, kind: 'date', value: (a) => a.maxEndsOn },
      { header: t.noticeWeeks, kind: 'integer', value: (a) => a.noticeWeeks },
      { header: t.status, kind: 'text', value: (a) => t.statuses[a.displayStatus] },
      { header: t.programmeToday, kind: 'kroner', value: (a) => a.latestPrices.programme },
      { header: t.aftercareToday, kind: 'kroner', value: (a) => a.latestPrices.aftercare },
    ],
  };
  const priceTable: ExportTable<PriceRow> = {
    title: t.prices,
    rows: prices,
    columns: [
      { header: t.provider, kind: 'text', value: (p) => p.agreement.provider.name, width: 30 },
      { header: t.tender, kind: 'text', value: (p) => p.agreement.tender.name, width: 40 },
      { header: t.area, kind: 'text', value: (p) => p.agreement.area.name, width: 36 },
      { header: t.kind, kind: 'text', value: (p) => t.kinds[p.priceKind] },
      { header: t.validFrom, kind: 'date', value: (p) => p.validFrom },
      { header: t.validTo, kind: 'date', value: (p) => p.validTo },
      { header: t.weekly, kind: 'kroner', value: (p) => p.weeklyOre },
    ],
  };
  return [agreementTable, priceTable] as unknown as ExportTable<unknown>[];
}

export async function providerExportTables(ctx: Ctx): Promise<ExportTable<unknown>[]> {
  const t = TEXT[ctx.language];
  const { items } = await listProviders(ctx);
  const table: ExportTable<ProviderSummary> = {
    title: t.providers,
    rows: items,
    columns: [
      { header: t.code, kind: 'text', value: (p) => p.code },
      { header: t.name, kind: 'text', value: (p) => p.name, width: 34 },
      { header: t.cvr, kind: 'text', value: (p) => p.cvr },
      { header: t.district, kind: 'text', value: (p) => p.district, width: 26 },
      { header: t.neighbourhood, kind: 'text', value: (p) => p.neighbourhood },
      { header: t.since, kind: 'integer', value: (p) => p.providerSince },
    ],
  };
  return [table] as unknown as ExportTable<unknown>[];
}
