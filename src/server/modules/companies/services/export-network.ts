// A provider's network as tables: partnerships and local partners (two sheets in XLSX; CSV holds the
// partnerships). Headers follow the format: English for csv-en, else the user's language. The export
// is audited, since the local partners' contacts are personal data.
import { auditAction } from '../../../platform/audit/audit-request.ts';
import type { Language } from '../../../../shared/messages.ts';
import { translate } from '../../../../shared/messages.ts';
import type { LocalPartner, Partnership } from '../../../../shared/companies/company.schemas.ts';
import { withActorTransaction, type Ctx } from '../../../platform/context.ts';
import type { ExportFormat, ExportTable } from '../../../platform/export/table-export.ts';
import { loadNetwork } from './read-network.ts';
import { networkDate } from './network-scope.ts';

const HEADERS = {
  da: {
    partnerships: 'Partnerskaber',
    localPartners: 'Lokale samarbejdspartnere',
    company: 'Virksomhed',
    cvr: 'CVR-nummer',
    industry: 'Branche',
    binding: 'Forpligtende',
    startsOn: 'Fra',
    endsOn: 'Til',
    offers: 'Tilbyder',
    active: 'Aktiv',
    note: 'Note',
    kind: 'Type',
    name: 'Navn',
    socialPlan: 'Boligsocial helhedsplan',
    contactName: 'Kontaktperson',
    contactEmail: 'E-mail',
    contactPhone: 'Telefon',
    cooperation: 'Samarbejdet handler om',
    yes: 'Ja',
    no: 'Nej',
    onDate: 'Opgjort pr.',
    indicator: 'Aktive forpligtende partnerskaber',
    requirement: 'krav',
  },
  en: {
    partnerships: 'Partnerships',
    localPartners: 'Local partners',
    company: 'Company',
    cvr: 'CVR number',
    industry: 'Industry',
    binding: 'Binding',
    startsOn: 'From',
    endsOn: 'To',
    offers: 'Offers',
    active: 'Active',
    note: 'Note',
    kind: 'Kind',
    name: 'Name',
    socialPlan: 'Social housing plan',
    contactName: 'Contact person',
    contactEmail: 'Email',
    contactPhone: 'Phone',
    cooperation: 'What the cooperation is about',
    yes: 'Yes',
    no: 'No',
    onDate: 'As of',
    indicator: 'Active binding partnerships',
    requirement: 'requirement',
  },
} satisfies Record<Language, Record<string, string>>;

export interface NetworkExport {
  filename: string;
  tables: ExportTable<unknown>[];
}

export async function exportProviderNetwork(
  ctx: Ctx,
  providerId: string,
  input: { format: ExportFormat; onDate?: string | undefined },
): Promise<NetworkExport> {
  const onDate = networkDate(input.onDate);
  const language: Language = input.format === 'csv-en' ? 'en' : ctx.language;
  const h = HEADERS[language];
  const yesNo = (value: boolean) => (value ? h.yes : h.no);
  return withActorTransaction(ctx, async (tx) => {
    const { provider, network } = await loadNetwork(ctx, tx, providerId, onDate);
    await auditAction(tx, ctx, {
      action: 'export',
      entityType: 'local_partner',
      criteria: { providerId, format: input.format, rows: network.localPartners.length },
    });
    const { indicator } = network;
    const requirement =
      indicator.min !== null || indicator.max !== null
        ? ` (${h.requirement} ${indicator.min ?? ''}–${indicator.max ?? ''})`
        : '';
    const partnerships: ExportTable<Partnership> = {
      title: `${h.partnerships} – ${provider.name}`,
      notes: [`${h.onDate} ${onDate}. ${h.indicator}: ${indicator.bindingCount}${requirement}.`],
      columns: [
        { header: h.company, kind: 'text', value: (p) => p.company.name, width: 32 },
        { header: h.cvr, kind: 'text', value: (p) => p.company.cvr },
        { header: h.industry, kind: 'text', value: (p) => p.company.industry },
        { header: h.binding, kind: 'text', value: (p) => yesNo(p.isBinding) },
        { header: h.startsOn, kind: 'date', value: (p) => p.startsOn },
        { header: h.endsOn, kind: 'date', value: (p) => p.endsOn },
        {
          header: h.offers,
          kind: 'text',
          value: (p) => p.offers.map((o) => translate(language, `company.offer.${o}`)).join(', '),
          width: 36,
        },
        { header: h.active, kind: 'text', value: (p) => yesNo(p.isActive) },
        { header: h.note, kind: 'text', value: (p) => p.note, width: 40 },
      ],
      rows: network.partnerships,
    };
    const localPartners: ExportTable<LocalPartner> = {
      title: `${h.localPartners} – ${provider.name}`,
      columns: [
        {
          header: h.kind,
          kind: 'text',
          value: (l) => translate(language, `company.kind.${l.kind}`),
          width: 28,
        },
        { header: h.name, kind: 'text', value: (l) => l.name, width: 32 },
        { header: h.socialPlan, kind: 'text', value: (l) => l.socialPlan, width: 28 },
        { header: h.contactName, kind: 'text', value: (l) => l.contactName, width: 24 },
        { header: h.contactEmail, kind: 'text', value: (l) => l.contactEmail, width: 28 },
        { header: h.contactPhone, kind: 'text', value: (l) => l.contactPhone },
        { header: h.cooperation, kind: 'text', value: (l) => l.cooperation, width: 50 },
      ],
      rows: network.localPartners,
    };
    return {
      filename: `netvaerk-${provider.code}-${onDate}`,
      tables: [partnerships, localPartners] as ExportTable<unknown>[],
    };
  });
}
