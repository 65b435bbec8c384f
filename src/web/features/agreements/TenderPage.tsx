import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { withQuery } from '../../app/api.ts';
import { useSession } from '../../app/session.ts';
import { useTender, type TenderDetail } from './agreement.api.ts';
import { useSavedMessage } from './ProviderPage.tsx';
import { TenderAreaForm } from './TenderAreaForm.tsx';
import { EvaluationLink } from '../tenders/EvaluationLink.tsx';
import { bandText, CapText, partnershipText } from './TenderListPage.tsx';
import { useLanguage } from '../../components/useLanguage.ts';
import { RecordPage } from '../../components/Page.tsx';
import { Saved } from '../../components/StatusMessage.tsx';
import { useDay } from '../../components/useFormat.ts';

function TenderView({ tender }: { tender: TenderDetail }) {
  const { t } = useTranslation('agreements');
  const { can } = useSession();
  const day = useDay();
  const language = useLanguage();
  const saved = useSavedMessage();
  const [editing, setEditing] = useState<string | null>(null);
  const editedArea = tender.areas.find((a) => a.id === editing);
  return (
    <>
      {saved ? <Saved>{t(saved === 'created' ? 'tenderForm.created' : 'form.saved')}</Saved> : null}
      {can('agreement.manage') ? (
        <p className="agr-actions">
          <Link className="button button-secondary" to={`/udbud/${tender.id}/rediger`}>
            {t('tenderForm.edit')}
          </Link>
        </p>
      ) : null}
      <section className="app-section" aria-labelledby="tender-details-heading">
        <h2 id="tender-details-heading">{t('tender.details')}</h2>
        <dl className="app-details">
          <div>
            <dt>{t('tender.caseNumber')}</dt>
            <dd>{tender.caseNumber ?? '–'}</dd>
          </div>
          <div>
            <dt>{t('tender.decidedOn')}</dt>
            <dd>{day(tender.decidedOn)}</dd>
          </div>
          <div>
            <dt>{t('tender.partnerships')}</dt>
            <dd>{partnershipText(tender)}</dd>
          </div>
          <div>
            <dt>{t('tender.programmeBand')}</dt>
            <dd>{bandText(tender, 'programme', language)}</dd>
          </div>
          <div>
            <dt>{t('tender.aftercareBand')}</dt>
            <dd>{bandText(tender, 'aftercare', language)}</dd>
          </div>
          <div>
            <dt>{t('tender.priceCaps')}</dt>
            <dd>
              <CapText tender={tender} />
            </dd>
          </div>
        </dl>
        <EvaluationLink tenderId={tender.id} />
      </section>
      <section className="app-section" aria-labelledby="tender-areas-heading">
        <h2 id="tender-areas-heading">{t('tender.areas')}</h2>
        <p>{t('tender.numberingNote')}</p>
        {tender.areas.length === 0 ? (
          <p className="app-empty">{t('tender.noAreas')}</p>
        ) : (
          <div className="app-table-wrapper">
            <table className="table table--compact app-table">
              <caption>{t('tender.areasCaption', { name: tender.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('area.number')}</th>
                  <th scope="col">{t('area.name')}</th>
                  <th scope="col">{t('area.targetGroup')}</th>
                  <th scope="col">{t('area.providersToSelect')}</th>
                  <th scope="col">{t('agreements.title')}</th>
                  <th scope="col">{t('area.rules')}</th>
                  {can('agreement.manage') ? (
                    <th scope="col">
                      <span className="sr-only">{t('form.actions')}</span>
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {tender.areas.map((area) => (
                  <tr key={area.id}>
                    <td>{area.number}</td>
                    <th scope="row">{area.name}</th>
                    <td>{area.targetGroup || '–'}</td>
                    <td>{area.providersToSelect}</td>
                    <td>
                      <Link to={withQuery('/rammeaftaler', { udbud: tender.id, omraade: area.id })}>
                        {t('area.agreementCount', { count: area.agreementCount })}
                      </Link>
                    </td>
                    <td>
                      <Link
                        to={`/udbudsomraader/${area.id}/maalgruppekriterier`}
                        aria-label={t('area.rulesLinkFull', { number: area.number })}
                      >
                        {t('area.rulesLink')}
                      </Link>
                    </td>
                    {can('agreement.manage') ? (
                      <td>
                        <button
                          type="button"
                          className="button button-tertiary"
                          onClick={() => setEditing(area.id)}
                        >
                          {t('area.edit', { number: area.number })}
                        </button>
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {can('agreement.manage') ? (
        <TenderAreaForm
          key={editing ?? 'new'}
          tender={tender}
          {...(editedArea ? { area: editedArea } : {})}
          onDone={() => setEditing(null)}
        />
      ) : null}
    </>
  );
}

/** /udbud/:id — a tender's decision, partnership requirement, price bands and areas. */
export function TenderPage() {
  const { t } = useTranslation('agreements');
  const { id = '' } = useParams();
  return (
    <RecordPage query={useTender(id)} kind={t('tender.title')} titleOf={(tender) => tender.name}>
      {(tender) => <TenderView tender={tender} />}
    </RecordPage>
  );
}
