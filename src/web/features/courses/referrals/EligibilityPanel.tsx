// The chosen programme's target-group rules checked against the citizen on the referral date, rule by
// rule with the server's reason in the user's language.
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { useEligibility, type EligibilityCheck } from './referral.api.ts';

function Verdict({ eligible }: { eligible: EligibilityCheck['eligible'] }) {
  const { t } = useTranslation('courses');
  const [kind, text] =
    eligible === true
      ? ['alert-success', t('referrals.refer.eligible')]
      : eligible === false
        ? ['alert-warning', t('referrals.refer.notEligible')]
        : ['alert-info', t('referrals.refer.eligibilityUnknown')];
  return (
    <div className={`alert ${kind}`}>
      <div className="alert-body">
        <p className="alert-text">{text}</p>
      </div>
    </div>
  );
}

function RuleTable({ check }: { check: EligibilityCheck }) {
  const { t } = useTranslation('courses');
  if (check.results.length === 0) return <p>{check.note}</p>;
  return (
    <div className="app-table-wrapper">
      <table className="table table--compact app-table">
        <caption>
          {t('referrals.refer.eligibility')}: {check.tenderArea.name}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('referrals.refer.requirement')}</th>
            <th scope="col">{t('referrals.refer.result')}</th>
            <th scope="col">{t('referrals.refer.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {check.results.map((result, index) => (
            <tr key={result.ruleId ?? index}>
              <th scope="row">
                {t(`referrals.ruleKind.${result.kind}`, { years: result.params.years ?? '' })}
              </th>
              <td>
                {result.ok === true ? (
                  <span className="badge badge-success">{t('referrals.refer.ruleOk')}</span>
                ) : result.ok === false ? (
                  <span className="badge badge-error">{t('referrals.refer.ruleFailed')}</span>
                ) : (
                  <span className="badge">{t('referrals.refer.ruleUnknown')}</span>
                )}
              </td>
              <td>{result.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function EligibilityPanel({
  citizenId,
  agreementId,
  date,
}: {
  citizenId: string;
  agreementId: string;
  date: string;
}) {
  const { t } = useTranslation('courses');
  const check = useEligibility(citizenId, agreementId, date);
  return (
    <section className="app-section" aria-labelledby="eligibility-heading" aria-live="polite">
      <h3 id="eligibility-heading">{t('referrals.refer.eligibility')}</h3>
      {agreementId === '' ? (
        <p className="app-muted">{t('referrals.refer.chooseProgramme')}</p>
      ) : check.isPending ? (
        <Loading />
      ) : check.isError ? (
        <ErrorAlert error={check.error} />
      ) : (
        <>
          <p>{t('referrals.refer.eligibilityIntro')}</p>
          <Verdict eligible={check.data.eligible} />
          <RuleTable check={check.data} />
        </>
      )}
    </section>
  );
}
