import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { currentLanguage } from '../../app/i18n.ts';
import { useSession } from '../../app/session.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useMeetingDay } from './CommitteeItemListPage.tsx';
import { useCommitteeItem, type CommitteeItemDetail, type ProposalView } from './decision.api.ts';
import { partyList, voteLine, weightsText } from './decision.format.ts';
import { AmendmentForm, VotesForm } from './ProposalForms.tsx';

/** "Indstillingen" or "Ændringsforslag fra Ø". */
export function useProposalName(): (proposal: ProposalView) => string {
  const { t } = useTranslation('tenders');
  const language = currentLanguage();
  return (proposal) =>
    proposal.kind === 'recommendation'
      ? t('item.theRecommendation')
      : t('item.amendmentBy', { parties: partyList(proposal.parties, language) });
}

function ProposalTable({ item }: { item: CommitteeItemDetail }) {
  const { t } = useTranslation('tenders');
  const language = currentLanguage();
  const nameOf = useProposalName();
  const labels = { for: t('votes.for'), against: t('votes.against'), abstaining: t('votes.abstaining') };
  return (
    <div className="app-table-wrapper">
      <table className="table table--compact app-table" id="proposals">
        <caption>{t('item.proposalsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('item.proposal')}</th>
            <th scope="col">{t('item.text')}</th>
            <th scope="col">{t('item.votes')}</th>
            <th scope="col">{t('item.outcome')}</th>
          </tr>
        </thead>
        <tbody>
          {item.proposals.map((proposal) => (
            <tr key={proposal.id} data-proposal-kind={proposal.kind}>
              <th scope="row">{nameOf(proposal)}</th>
              <td>
                <p className="app-notes">{proposal.text}</p>
                {proposal.criteriaWeights ? (
                  <p>{t('item.weights', { weights: weightsText(proposal.criteriaWeights, language) })}</p>
                ) : null}
              </td>
              <td>{proposal.votes ? voteLine(proposal.votes, labels, language) : t('votes.none')}</td>
              <td>
                <strong>{t(`outcome.${proposal.outcome ?? 'none'}`)}</strong>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Details({ item }: { item: CommitteeItemDetail }) {
  const { t } = useTranslation('tenders');
  const { can } = useSession();
  const day = useMeetingDay();
  return (
    <dl className="app-details">
      <div>
        <dt>{t('decisions.committee')}</dt>
        <dd>
          {item.committee}
          {item.committeeShort ? ` (${item.committeeShort})` : ''}
        </dd>
      </div>
      <div>
        <dt>{t('decisions.meetingDate')}</dt>
        <dd>
          {day(item.meetingDate)}
          {item.meetingDateNote ? <p className="app-muted">{item.meetingDateNote}</p> : null}
        </dd>
      </div>
      <div>
        <dt>{t('decisions.caseNumber')}</dt>
        <dd>{item.caseNumber ?? '–'}</dd>
      </div>
      <div>
        <dt>{t('decisions.tender')}</dt>
        <dd>
          {item.tenderId && item.tenderName ? (
            can('agreement.read') ? (
              <Link to={`/udbud/${item.tenderId}`}>{item.tenderName}</Link>
            ) : (
              item.tenderName
            )
          ) : (
            t('item.noTender')
          )}
        </dd>
      </div>
    </dl>
  );
}

/** /udvalg/:id: the recommendation, each proposal with its party, votes and outcome; forms for tender.manage. */
export function CommitteeItemPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('tenders');
  const { can } = useSession();
  const query = useCommitteeItem(id);
  const nameOf = useProposalName();
  const [voting, setVoting] = useState<string | null>(null);
  usePageTitle(query.data?.title ?? t('decisions.title'));
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  const item = query.data;
  const unvoted = item.proposals.filter((p) => p.votes === null);
  const votingOn = item.proposals.find((p) => p.id === voting);
  return (
    <>
      <p>
        <Link to="/udvalg">{t('item.back')}</Link>
      </p>
      <h1>{item.title}</h1>
      <section className="app-section" aria-labelledby="committee-details-heading">
        <h2 id="committee-details-heading">{t('item.details')}</h2>
        <Details item={item} />
      </section>
      <section className="app-section" aria-labelledby="committee-recommendation-heading">
        <h2 id="committee-recommendation-heading">{t('item.recommendation')}</h2>
        <p className="app-notes">{item.recommendation}</p>
      </section>
      <section className="app-section" aria-labelledby="committee-proposals-heading">
        <h2 id="committee-proposals-heading">{t('item.proposals')}</h2>
        <ProposalTable item={item} />
        {can('tender.manage') && unvoted.length > 0 && !votingOn ? (
          <ul className="nobullet-list">
            {unvoted.map((proposal) => (
              <li key={proposal.id}>
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => setVoting(proposal.id)}
                >
                  {t('form.recordVotes')}: {nameOf(proposal)}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        {can('tender.manage') && votingOn ? (
          <VotesForm
            proposalId={votingOn.id}
            title={t('form.votesTitle', { proposal: nameOf(votingOn) })}
            onDone={() => setVoting(null)}
          />
        ) : null}
      </section>
      {can('tender.manage') ? <AmendmentForm itemId={item.id} /> : null}
    </>
  );
}
