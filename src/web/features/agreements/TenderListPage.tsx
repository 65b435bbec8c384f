import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../app/session.ts';
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
        <div className="app-table-wrapper">
          <table className="table table--compact app-table">
            <caption>{t('tenders.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('tender.name')}</th>
                <th scope="col">{t('tender.caseNumber')}</th>
                <th scope="col">{t('tender.decidedOn')}</th>
                <th scope="col">{t('tender.areaCount')}</th>
                <th scope="col">{t('tender.partnerships')}</th>
                <th scope="col">{t('tender.programmeBand')}</th>
                <th scope="col">{t('tender.aftercareBand')}</th>
                <th scope="col">{t('tender.priceCaps')}</th>
              </tr>
            </thead>
            <tbody>
              {tenders.data.items.map((tender) => (
                <tr key={tender.id}>
                  <th scope="row">
                    <Link to={`/udbud/${tender.id}`}>{tender.name}</Link>
                  </th>
                  <td className="app-nowrap">{tender.caseNumber ?? '–'}</td>
                  <td className="app-nowrap">{day(tender.decidedOn)}</td>
                  <td>{tender.areaCount}</td>
                  <td>{partnershipText(tender)}</td>
                  <td className="app-nowrap">{bandText(tender, 'programme', language)}</td>
                  <td className="app-nowrap">{bandText(tender, 'aftercare', language)}</td>
                  <td className="app-nowrap">
                    <CapText tender={tender} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
