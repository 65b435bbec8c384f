// /evaluering/:id/bud: the bids per area with weekly prices (Danish kroner), evaluated price and
// attachments; for procurement before the decision a form to record or correct a bid and attach files.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { amountForApi, formatMoney } from '../../../shared/money.ts';
import { useLanguage } from '../../components/useLanguage.ts';
import type { BidInput } from '../../../shared/tenders/evaluation.schemas.ts';
import { useSession } from '../../app/session.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useProviders } from '../agreements/agreement.api.ts';
import { BidAttachments } from './BidAttachments.tsx';
import { EvaluationFrame, NoModel } from './EvaluationFrame.tsx';
import {
  attachmentUrl,
  useBids,
  useDeleteBid,
  useSaveBid,
  type BidView,
  type EvaluationOverview,
} from './evaluation.api.ts';
import { DISTRICT_OPTIONS } from '../../components/DistrictSelect.tsx';
import { AmountField, SelectField, TextAreaField, TextField } from '../../components/form/fields.tsx';
import { controlOf, summaryOf, useFormErrors } from '../../components/form/form-state.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Saved } from '../../components/StatusMessage.tsx';
import { useKroner } from '../../components/useFormat.ts';

function BidTable({
  overview,
  area,
  bids,
  onEdit,
}: {
  overview: EvaluationOverview;
  area: EvaluationOverview['areas'][number];
  bids: BidView[];
  onEdit: (bid: BidView) => void;
}) {
  const { t } = useTranslation('tenders');
  const { can } = useSession();
  const kroner = useKroner();
  const remove = useDeleteBid();
  const editable = can('tender.manage') && overview.decidedOn === null;
  const name = `${area.number}. ${area.name}`;
  return (
    <section className="app-section" aria-labelledby={`bids-area-${area.id}`}>
      <h2 id={`bids-area-${area.id}`}>{name}</h2>
      {remove.isError ? <ErrorAlert error={remove.error} /> : null}
      {bids.length === 0 ? (
        <p className="app-empty">
          {editable
            ? t('evaluation.bids.noneAddBelow', { form: t('evaluation.bids.formNew') })
            : t('evaluation.bids.none')}
        </p>
      ) : (
        <DataTable<BidView>
          caption={t('evaluation.bids.caption', { area: name })}
          rows={bids}
          rowKey={(bid) => bid.id}
          columns={[
            {
              label: t('evaluation.bids.bidder'),
              rowHeader: true,
              sort: { kind: 'text', value: (bid) => bid.bidder },
              cell: (bid) => bid.bidder,
            },
            { label: t('evaluation.bids.cvr'), optional: true, cell: (bid) => bid.bidderCvr ?? '–' },
            {
              label: t('evaluation.bids.prices'),
              cell: (bid) => (
                <ul className="nobullet-list">
                  {bid.prices.map((p) => (
                    <li key={p.elementCode}>
                      {p.elementName}: {kroner(p.weeklyOre)}
                    </li>
                  ))}
                </ul>
              ),
            },
            {
              label: t('evaluation.bids.evaluatedPrice'),
              className: 'tnd-number',
              sort: { kind: 'number', value: (bid) => bid.evaluatedPriceOre },
              cell: (bid) => kroner(bid.evaluatedPriceOre),
            },
            {
              label: t('evaluation.bids.attachments'),
              optional: true,
              cell: (bid) =>
                bid.attachments.length === 0 ? (
                  '–'
                ) : (
                  <ul className="nobullet-list">
                    {bid.attachments.map((a) => (
                      <li key={a.id}>
                        <a href={attachmentUrl(a.id)} download={a.fileName}>
                          {a.fileName}
                        </a>
                      </li>
                    ))}
                  </ul>
                ),
            },
            editable && {
              label: t('evaluation.bids.actions'),
              cell: (bid) => (
                <>
                  <button type="button" className="button button-tertiary" onClick={() => onEdit(bid)}>
                    {t('evaluation.bids.edit', { bidder: bid.bidder })}
                  </button>{' '}
                  <button
                    type="button"
                    className="button button-tertiary"
                    disabled={remove.isPending}
                    onClick={() => remove.mutate(bid.id)}
                  >
                    {t('evaluation.bids.delete', { bidder: bid.bidder })}
                  </button>
                </>
              ),
            },
          ]}
        />
      )}
    </section>
  );
}

const BASE_FIELDS = [
  'tenderAreaId',
  'bidderKind',
  'providerId',
  'bidderName',
  'bidderCvr',
  'bidderDistrict',
  'receivedOn',
  'solution',
] as const;

function BidForm({
  overview,
  bid,
  onDone,
}: {
  overview: EvaluationOverview;
  bid: BidView | null;
  onDone: () => void;
}) {
  const { t } = useTranslation('tenders');
  const language = useLanguage();
  const providers = useProviders();
  const save = useSaveBid(overview.tenderId);
  const elements = overview.setup?.priceElements ?? [];
  const [values, setValues] = useState<Record<string, string>>(() => ({
    tenderAreaId: bid?.tenderAreaId ?? overview.areas[0]?.id ?? '',
    bidderKind: bid && !bid.providerId ? 'new' : 'existing',
    providerId: bid?.providerId ?? '',
    bidderName: bid && !bid.providerId ? bid.bidder : '',
    bidderCvr: bid && !bid.providerId ? (bid.bidderCvr ?? '') : '',
    bidderDistrict: bid && !bid.providerId ? (bid.bidderDistrict ?? '') : '',
    receivedOn: bid?.receivedOn ?? '',
    solution: bid?.solution ?? '',
    ...Object.fromEntries(
      elements.map((e) => {
        const price = bid?.prices.find((p) => p.elementCode === e.code);
        return [`prices.${e.code}`, price ? formatMoney(price.weeklyOre, language, { unit: false }) : ''];
      }),
    ),
  }));
  const [saved, setSaved] = useState(false);
  const labels: Record<string, string> = {
    tenderAreaId: t('evaluation.bids.area'),
    bidderKind: t('evaluation.bids.bidderKind'),
    providerId: t('evaluation.bids.provider'),
    bidderName: t('evaluation.bids.bidderName'),
    bidderCvr: t('evaluation.bids.bidderCvr'),
    bidderDistrict: t('evaluation.bids.bidderDistrict'),
    receivedOn: t('evaluation.bids.receivedOn'),
    solution: t('evaluation.bids.solution'),
    ...Object.fromEntries(
      elements.map((e) => [`prices.${e.code}`, t('evaluation.bids.priceOf', { element: e.name })]),
    ),
  };
  const errors = useFormErrors('bid', [...BASE_FIELDS, ...elements.map((e) => `prices.${e.code}`)]);
  const control = (field: string, hint?: string) =>
    controlOf(errors, {
      field,
      label: labels[field]!,
      hint,
      value: values[field] ?? '',
      onChange: (value: string) => {
        setValues((current) => ({ ...current, [field]: value }));
        errors.clear(field);
        setSaved(false);
      },
    });
  const isNew = values.bidderKind === 'new';

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const input: BidInput = {
      tenderAreaId: values.tenderAreaId ?? '',
      providerId: isNew ? null : values.providerId || null,
      bidderName: isNew ? values.bidderName : null,
      bidderCvr: isNew ? values.bidderCvr : null,
      bidderDistrict: isNew ? values.bidderDistrict || null : null,
      receivedOn: values.receivedOn || null,
      solution: values.solution ?? '',
      prices: Object.fromEntries(
        elements.map((e) => [e.code, amountForApi(values[`prices.${e.code}`] ?? '', language)]),
      ),
    };
    save.mutate(
      { bidId: bid?.id ?? null, input },
      {
        onSuccess: () => {
          setSaved(true);
          if (bid) onDone();
          else
            setValues((current) => ({
              ...current,
              providerId: '',
              bidderName: '',
              bidderCvr: '',
              solution: '',
            }));
        },
        onError: errors.fail,
      },
    );
  };

  const title = bid ? t('evaluation.bids.formEdit', { bidder: bid.bidder }) : t('evaluation.bids.formNew');
  return (
    <section className="app-section app-card" aria-labelledby="bid-form-heading">
      <h2 id="bid-form-heading">{title}</h2>
      <ErrorSummary {...summaryOf(errors, labels)} />
      {saved ? <Saved>{t('evaluation.bids.saved')}</Saved> : null}
      <form onSubmit={submit} noValidate className="app-form" aria-labelledby="bid-form-heading">
        <SelectField
          {...control('tenderAreaId')}
          options={overview.areas.map((a) => ({ value: a.id, label: `${a.number}. ${a.name}` }))}
          required
        />
        <fieldset className="agr-fieldset">
          <legend className="form-label">{t('evaluation.bids.bidderKind')}</legend>
          {(['existing', 'new'] as const).map((kind) => (
            <div className="form-group-radio" key={kind}>
              <input
                id={`bid-kind-${kind}`}
                className="form-radio"
                type="radio"
                name="bidderKind"
                value={kind}
                checked={values.bidderKind === kind}
                onChange={() => setValues((current) => ({ ...current, bidderKind: kind }))}
              />
              <label className="form-label" htmlFor={`bid-kind-${kind}`}>
                {t(kind === 'existing' ? 'evaluation.bids.existing' : 'evaluation.bids.newBidder')}
              </label>
            </div>
          ))}
        </fieldset>
        {isNew ? (
          <>
            <p className="form-hint">{t('evaluation.bids.bidderHint')}</p>
            <TextField {...control('bidderName')} required />
            <TextField {...control('bidderCvr')} size="short" inputMode="numeric" required />
            <SelectField
              {...control('bidderDistrict')}
              options={DISTRICT_OPTIONS}
              placeholder={t('evaluation.bids.choose')}
              required
            />
          </>
        ) : (
          <SelectField
            {...control('providerId')}
            options={(providers.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
            placeholder={t('evaluation.bids.choose')}
            required
          />
        )}
        <fieldset className="agr-fieldset">
          <legend className="form-label">{t('evaluation.bids.prices')}</legend>
          {elements.map((e) => (
            <AmountField key={e.code} {...control(`prices.${e.code}`)} required />
          ))}
        </fieldset>
        <TextField {...control('receivedOn')} type="date" size="date" />
        <TextAreaField {...control('solution')} />
        <div className="app-actions">
          <button type="submit" className="button button-primary" disabled={save.isPending}>
            {t('evaluation.bids.save')}
          </button>
          {bid ? (
            <button type="button" className="button button-tertiary" onClick={onDone}>
              {t('evaluation.bids.cancel')}
            </button>
          ) : null}
        </div>
      </form>
      {bid ? <BidAttachments bid={bid} /> : null}
    </section>
  );
}

function Bids({ overview }: { overview: EvaluationOverview }) {
  const { t } = useTranslation('tenders');
  const { can } = useSession();
  const bids = useBids(overview.tenderId, overview.maySeeBids);
  const [editing, setEditing] = useState<string | null>(null);
  if (!overview.maySeeBids) return null;
  if (!overview.setup) return <NoModel overview={overview} />;
  if (bids.isPending) return <Loading />;
  if (bids.isError) return <ErrorAlert error={bids.error} />;
  const editable = can('tender.manage') && overview.decidedOn === null && overview.setup !== null;
  const edited = bids.data.items.find((b) => b.id === editing) ?? null;
  return (
    <>
      <p>{t('evaluation.bids.intro')}</p>
      {overview.areas.map((area) => (
        <BidTable
          key={area.id}
          overview={overview}
          area={area}
          bids={bids.data.items.filter((b) => b.tenderAreaId === area.id)}
          onEdit={(bid) => setEditing(bid.id)}
        />
      ))}
      {editable ? (
        <BidForm key={edited?.id ?? 'new'} overview={overview} bid={edited} onDone={() => setEditing(null)} />
      ) : null}
    </>
  );
}

/** /evaluering/:id/bud */
export function BidsPage() {
  return <EvaluationFrame section="bids">{(overview) => <Bids overview={overview} />}</EvaluationFrame>;
}
