import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useSession } from '../../app/session.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useAgreement, useAgreementChanges, type AgreementDetail } from './agreement.api.ts';
import { AgreementExtensions } from './AgreementExtensions.tsx';
import { AgreementPriceSection } from './AgreementPriceSection.tsx';
import { AgreementIndexationSection } from './AgreementIndexationSection.tsx';
import { AgreementEan } from './AgreementEan.tsx';
import { AgreementPromises } from './AgreementPromises.tsx';
import { AgreementTermination, TerminationDone } from './AgreementTermination.tsx';
import { useSavedMessage } from './ProviderPage.tsx';
import { RecordPage } from '../../components/Page.tsx';
import { todayInCopenhagen } from '../../../shared/dates.ts';
import { Saved } from '../../components/StatusMessage.tsx';
import { StatusBadge } from './RecordParts.tsx';
import { useDay } from '../../components/useFormat.ts';

function Details({ agreement }: { agreement: AgreementDetail }) {
  const { t } = useTranslation('agreements');
  const day = useDay();
  const rows: [string, React.ReactNode][] = [
    [t('agreement.tender'), <Link to={`/udbud/${agreement.tender.id}`}>{agreement.tender.name}</Link>],
    [t('agreement.area'), `${agreement.area.number}. ${agreement.area.name}`],
    [
      t('agreement.provider'),
      <Link to={`/leverandoerer/${agreement.provider.id}`}>{agreement.provider.name}</Link>,
    ],
    [t('agreement.caseNumber'), agreement.caseNumber ?? '–'],
    [t('ean.label'), agreement.ean ?? t('ean.none')],
    [t('agreement.startsOn'), day(agreement.startsOn)],
    [t('agreement.originalEndsOn'), day(agreement.originalEndsOn)],
    [t('agreement.endsOn'), day(agreement.endsOn)],
    [t('agreement.maxEndsOn'), day(agreement.maxEndsOn)],
    [t('agreement.notice'), t('agreement.weeks', { count: agreement.noticeWeeks })],
    [t('agreement.status'), <StatusBadge status={agreement.displayStatus} />],
  ];
  if (agreement.noticeGivenOn) {
    rows.push([t('agreement.noticeGivenOn'), day(agreement.noticeGivenOn)]);
    rows.push([t('agreement.terminationReason'), agreement.terminationReason ?? '–']);
  }
  return (
    <section className="app-section" aria-labelledby="agreement-details-heading">
      <h2 id="agreement-details-heading">{t('agreement.details')}</h2>
      <dl className="app-details">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function LongDuration({ agreement }: { agreement: AgreementDetail }) {
  const { t } = useTranslation('agreements');
  if (agreement.warnings.length === 0 && !agreement.longDurationJustification) return null;
  return (
    <div className="alert alert-warning agr-warning">
      <div className="alert-body">
        <p className="alert-heading">{t('agreement.warnings')}</p>
        {agreement.warnings.map((warning) => (
          <p key={warning.field} className="alert-text">
            {warning.message}
          </p>
        ))}
        <p className="alert-text">
          <strong>{t('agreement.justification')}:</strong>{' '}
          {agreement.longDurationJustification ?? t('agreement.noJustification')}
        </p>
      </div>
    </div>
  );
}

function AgreementView({ agreement }: { agreement: AgreementDetail }) {
  const { t } = useTranslation('agreements');
  const { can } = useSession();
  const saved = useSavedMessage();
  const { update, terminate, exercise } = useAgreementChanges(agreement.id);
  const today = todayInCopenhagen();
  return (
    <>
      {saved ? <Saved>{t('agreementForm.created')}</Saved> : null}
      {terminate.isSuccess ? <TerminationDone agreement={agreement} /> : null}
      <LongDuration agreement={agreement} />
      {can('agreement.manage') && agreement.status === 'draft' ? (
        <div className="agr-subsection">
          <p>{t('agreement.draftText')}</p>
          {update.isError ? <ErrorAlert error={update.error} /> : null}
          <button
            type="button"
            className="button button-secondary"
            disabled={update.isPending}
            onClick={() => update.mutate({ status: 'active' })}
          >
            {t('agreement.activate')}
          </button>
        </div>
      ) : null}
      <Details agreement={agreement} />
      <AgreementExtensions agreement={agreement} exercise={exercise} />
      <AgreementPriceSection agreement={agreement} today={today} />
      <AgreementIndexationSection agreement={agreement} />
      {can('agreement.manage') ? <AgreementEan agreement={agreement} /> : null}
      {can('promise.read') ? <AgreementPromises agreement={agreement} /> : null}
      {can('agreement.manage') && agreement.canTerminate ? (
        <AgreementTermination agreement={agreement} today={today} terminate={terminate} />
      ) : null}
    </>
  );
}

/** /rammeaftaler/:id — period, extensions, prices by kind and period, and termination with notice. */
export function AgreementPage() {
  const { t } = useTranslation('agreements');
  const { id = '' } = useParams();
  return (
    <RecordPage
      query={useAgreement(id)}
      kind={t('agreement.title')}
      titleOf={(agreement) =>
        t('agreement.heading', { provider: agreement.provider.name, area: agreement.area.name })
      }
    >
      {(agreement) => <AgreementView agreement={agreement} />}
    </RecordPage>
  );
}
