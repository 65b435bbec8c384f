import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../app/session.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useTenders, type TenderList } from './agreement.api.ts';
import type { Language } from '../../../shared/messages.ts';
import { useLanguage } from '../../components/useLanguage.ts';
import { kroner, useDay, useKroner } from '../../components/useFormat.ts';

type Tender = TenderList['items'][number];

/** "1.850,00 kr. – 2.150,00 kr." (in the user's language) or a dash. */
export function bandText(
  tender: Pick<Tender, 'priceBands'>,
  kind: 'programme' | 'aftercare',
  language: Language,
): string {
  const band = tender.priceBands.find((b) => b.priceKind === kind);
  return band ? `${kroner(band.minWeeklyOre, language)} – ${kroner(band.maxWeeklyOre, language)}` : '–';
}

/** The real caps, one per kind ("Indsats: 2.400,00 kr."), or a dash: the bands are only estimates. */
export function CapText({ tender }: { tender: Pick<Tender, 'priceCaps'> }) {
  const { t } = useTranslation('agreements');
  const kroner = useKroner();
  const kinds = (['programme', 'aftercare'] as const).filter((kind) => tender.priceCaps[kind] !== null);
  if (kinds.length === 0) return <>–</>;
  return (
    <>
      {kinds.map((kind, index) => (
        <span key={kind}>
          {index > 0 ? <br /> : null}
          {t('tender.capOf', { kind: t(`priceKind.${kind}`), cap: kroner(tender.priceCaps[kind]) })}
        </span>
      ))}
    </>
  );
}

/** "10–15" or a dash. */
export function partnershipText(
  tender: Pick<Tender, 'minBindingPartnerships' | 'maxBindingPartnerships'>,
): string {
  const { minBindingPartnerships: min, maxBindingPartnerships: max } = tender;
  if (min === null && max === null) return '–';
  if (min !== null && max !== null) return `${min}–${max}`;
  return String(min ?? max);
}

/** /udbud: tenders with their areas' count, partnership requirement, price bands (estimates) and caps. */
export function TenderListPage() {
  const { t } = useTranslation('agreements');
  usePageTitle(t('tenders.title'));
  const { can } = useSession();
  const day = useDay();
  const language = useLanguage();
  const tenders = useTenders();
  return (
    <>
      <div className="app-page-heading">
        <h1>{t('tenders.title')}</h1>
        {can('agreement.manage') ? (
          <Link className="button button-secondary" to="/udbud/nyt">
            {t('tenders.create')}
          </Link>
        ) : null}
      </div>
      <p className="font-lead">{t('tenders.intro')}</p>
      {tenders.isPending ? (
        <Loading />
      ) : tenders.isError ? (
        <ErrorAlert error={tenders.error} />
      ) : tenders.data.items.length === 0 ? (
        <p className="app-empty">{t('tenders.empty')}</p>
      ) : (
        <DataTable<Tender>
          caption={t('tenders.caption')}
          rows={tenders.data.items}
          rowKey={(tender) => tender.id}
          columns={[
            {
              label: t('tender.name'),
              rowHeader: true,
              sort: { kind: 'text', value: (tender) => tender.name },
              cell: (tender) => <Link to={`/udbud/${tender.id}`}>{tender.name}</Link>,
            },
            {
              label: t('tender.caseNumber'),
              className: 'app-nowrap',
              cell: (tender) => tender.caseNumber ?? '–',
            },
            {
              label: t('tender.decidedOn'),
              className: 'app-nowrap',
              sort: { kind: 'date', value: (tender) => tender.decidedOn },
              cell: (tender) => day(tender.decidedOn),
            },
            {
              label: t('tender.areaCount'),
              sort: { kind: 'number', value: (tender) => tender.areaCount },
              cell: (tender) => tender.areaCount,
            },
            { label: t('tender.partnerships'), optional: true, cell: (tender) => partnershipText(tender) },
            {
              label: t('tender.programmeBand'),
              className: 'app-nowrap',
              optional: true,
              cell: (tender) => bandText(tender, 'programme', language),
            },
            {
              label: t('tender.aftercareBand'),
              className: 'app-nowrap',
              optional: true,
              cell: (tender) => bandText(tender, 'aftercare', language),
            },
            {
              label: t('tender.priceCaps'),
              className: 'app-nowrap',
              optional: true,
              cell: (tender) => <CapText tender={tender} />,
            },
          ]}
        />
      )}
    </>
  );
}
