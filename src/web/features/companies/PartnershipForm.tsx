import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PARTNERSHIP_OFFERS, type PartnershipOffer } from '../../../shared/companies/company.constants.ts';
import { parseCvr } from '../../../shared/cvr.ts';
import type { District } from '../../../shared/districts.ts';
import { translate } from '../../../shared/messages.ts';
import { isApiError } from '../../app/api.ts';
import { useErrorMessage } from '../../components/ErrorAlert.tsx';
import { Field } from '../../components/Field.tsx';
import {
  findCompanyByCvr,
  networkApi,
  useRefreshNetwork,
  type Company,
  type Partnership,
} from './company.api.ts';
import { ErrorSummary, fieldErrorsFrom, useFocusOnMount } from '../../components/ErrorSummary.tsx';
import { useLanguage } from '../../components/useLanguage.ts';
import { NewCompanyFields } from './NewCompanyFields.tsx';

const FIELDS = [
  'cvr',
  'name',
  'address',
  'district',
  'industry',
  'companyId',
  'isBinding',
  'startsOn',
  'endsOn',
  'offers',
  'note',
] as const;
type FieldName = (typeof FIELDS)[number];
type Errors = Partial<Record<FieldName, string>>;
const idOf = (field: FieldName) => (field === 'companyId' ? 'partnership-cvr' : `partnership-${field}`);

type Lookup = { kind: 'none' } | { kind: 'found'; company: Company } | { kind: 'missing'; cvr: string };

interface PartnershipFormProps {
  providerId: string;
  /** The partnership to edit; without it, a new one is added. */
  editing?: Partnership | undefined;
  /** Called with a message for the page's status line once saved. */
  onSaved: (message: string) => void;
  onCancel: () => void;
}

/** Adds a partnership (finding the company by CVR number, or creating it), or edits one. */
export function PartnershipForm({ providerId, editing, onSaved, onCancel }: PartnershipFormProps) {
  const { t } = useTranslation('companies');
  const language = useLanguage();
  const messageOf = useErrorMessage();
  const refresh = useRefreshNetwork();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const [values, setValues] = useState({
    cvr: '',
    name: '',
    address: '',
    district: '',
    industry: '',
    isBinding: editing?.isBinding ?? true,
    startsOn: editing?.startsOn ?? '',
    endsOn: editing?.endsOn ?? '',
    note: editing?.note ?? '',
  });
  const [offers, setOffers] = useState<PartnershipOffer[]>(editing?.offers ?? []);
  const [lookup, setLookup] = useState<Lookup>({ kind: 'none' });
  const [errors, setErrors] = useState<Errors>({});
  const [other, setOther] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [pending, setPending] = useState(false);

  const set = (field: keyof typeof values, value: string | boolean) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({
      ...current,
      [field]: undefined,
      ...(field === 'cvr' ? { companyId: undefined } : {}),
    }));
    if (field === 'cvr') setLookup({ kind: 'none' });
  };
  const fail = (fieldErrors: Errors, otherError: string | null = null) => {
    setErrors(fieldErrors);
    setOther(otherError);
    setAttempt((n) => n + 1);
  };
  const failFrom = (error: unknown) => {
    const fieldErrors = fieldErrorsFrom(error, FIELDS);
    const hasFields = Object.keys(fieldErrors).length > 0;
    fail(
      fieldErrors,
      hasFields && isApiError(error) && error.code === 'VALIDATION_FAILED' ? null : messageOf(error),
    );
  };

  /** Looks the CVR number up; undefined (with the error shown) when it is not a valid number. */
  const lookUp = async (): Promise<Lookup | undefined> => {
    const parsed = parseCvr(values.cvr);
    if (!parsed.ok) {
      fail({ cvr: translate(language, parsed.problem) });
      return undefined;
    }
    if (lookup.kind === 'found' && lookup.company.cvr === parsed.cvr) return lookup;
    const company = await findCompanyByCvr(parsed.cvr);
    const result: Lookup = company ? { kind: 'found', company } : { kind: 'missing', cvr: parsed.cvr };
    setLookup(result);
    return result;
  };

  const partnershipFields = () => ({
    isBinding: values.isBinding,
    startsOn: values.startsOn,
    endsOn: values.endsOn || null,
    offers,
    note: values.note,
  });

  const addNew = async () => {
    const found = await lookUp();
    if (!found) return;
    const required = translate(language, 'validation.required');
    let company = found.kind === 'found' ? found.company : undefined;
    if (!company) {
      const missing: Errors = {};
      if (!values.name.trim()) missing.name = t('partnershipForm.nameNeeded');
      if (!values.startsOn) missing.startsOn = required;
      if (Object.keys(missing).length > 0) return fail(missing);
      try {
        company = await networkApi.createCompany({
          cvr: values.cvr,
          name: values.name,
          address: values.address,
          district: (values.district || null) as District | null,
          industry: values.industry,
        });
      } catch (error) {
        // Created by someone else meanwhile: use it (the message says so), the user saves again.
        if (isApiError(error) && error.code === 'CONFLICT') await lookUp();
        return failFrom(error);
      }
      setLookup({ kind: 'found', company });
    }
    const saved = await networkApi.createPartnership(providerId, {
      companyId: company.id,
      ...partnershipFields(),
    });
    await refresh();
    onSaved(t('network.partnershipAdded', { name: saved.company.name || saved.company.cvr }));
  };

  const saveEdit = async (partnership: Partnership) => {
    const saved = await networkApi.updatePartnership(partnership.id, partnershipFields());
    await refresh();
    onSaved(t('network.partnershipSaved', { name: saved.company.name || saved.company.cvr }));
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setPending(true);
    try {
      await (editing ? saveEdit(editing) : addNew());
    } catch (error) {
      failFrom(error);
    } finally {
      setPending(false);
    }
  };

  const findClicked = async () => {
    setPending(true);
    try {
      if (await lookUp()) setErrors({});
    } catch (error) {
      failFrom(error);
    } finally {
      setPending(false);
    }
  };

  const labelOf = (field: FieldName): string =>
    field === 'companyId' ? t('partnershipForm.cvr') : t(`partnershipForm.${field}`);
  const title = editing
    ? t('partnershipForm.editTitle', { name: editing.company.name || editing.company.cvr })
    : t('partnershipForm.addTitle');
  const toggleOffer = (offer: PartnershipOffer, checked: boolean) =>
    setOffers((current) => (checked ? [...current, offer] : current.filter((o) => o !== offer)));

  return (
    <section className="app-card app-network-form" aria-labelledby="partnership-form-heading">
      <h3 id="partnership-form-heading" tabIndex={-1} ref={headingRef}>
        {title}
      </h3>
      <p>{t('partnershipForm.intro')}</p>
      <ErrorSummary
        attempt={attempt}
        errors={errors}
        order={FIELDS}
        labelOf={labelOf}
        idOf={idOf}
        other={other}
      />
      <form onSubmit={(event) => void submit(event)} noValidate className="app-form">
        {editing ? null : (
          <>
            <Field
              id="partnership-cvr"
              label={t('partnershipForm.cvr')}
              hint={t('partnershipForm.cvrHint')}
              error={errors.cvr ?? errors.companyId ?? null}
              required
            >
              {(control) => (
                <div className="app-search-row">
                  <input
                    {...control}
                    className="form-input input-char-11"
                    name="cvr"
                    type="text"
                    inputMode="numeric"
                    autoComplete="off"
                    spellCheck={false}
                    value={values.cvr}
                    onChange={(event) => set('cvr', event.target.value)}
                  />
                  <button
                    type="button"
                    className="button button-secondary"
                    onClick={() => void findClicked()}
                    disabled={pending}
                  >
                    {t('partnershipForm.find')}
                  </button>
                </div>
              )}
            </Field>
            <div role="status">
              {lookup.kind === 'found' ? (
                <p>
                  {lookup.company.industry
                    ? t('partnershipForm.foundIndustry', {
                        name: lookup.company.name,
                        industry: lookup.company.industry,
                        cvr: lookup.company.cvr,
                      })
                    : t('partnershipForm.found', { name: lookup.company.name, cvr: lookup.company.cvr })}
                </p>
              ) : lookup.kind === 'missing' ? (
                <p>{t('partnershipForm.notFound')}</p>
              ) : null}
            </div>
            {lookup.kind === 'missing' ? (
              <NewCompanyFields
                values={values}
                errors={errors}
                idOf={idOf}
                onChange={(field, value) => set(field, value)}
              />
            ) : null}
          </>
        )}
        <div className={errors.isBinding ? 'form-group form-error' : 'form-group'}>
          <div className="form-group-checkbox">
            <input
              id={idOf('isBinding')}
              className="form-checkbox"
              type="checkbox"
              name="isBinding"
              checked={values.isBinding}
              aria-describedby="partnership-isBinding-hint"
              onChange={(event) => set('isBinding', event.target.checked)}
            />
            <label className="form-label" htmlFor={idOf('isBinding')}>
              {t('partnershipForm.isBinding')}
            </label>
          </div>
          <span className="form-hint" id="partnership-isBinding-hint">
            {t('partnershipForm.isBindingHint')}
          </span>
        </div>
        <Field
          id={idOf('startsOn')}
          label={t('partnershipForm.startsOn')}
          error={errors.startsOn ?? null}
          required
        >
          {(control) => (
            <input
              {...control}
              className="form-input input-width-s"
              name="startsOn"
              type="date"
              value={values.startsOn}
              onChange={(event) => set('startsOn', event.target.value)}
            />
          )}
        </Field>
        <Field
          id={idOf('endsOn')}
          label={t('partnershipForm.endsOn')}
          hint={t('partnershipForm.endsOnHint')}
          error={errors.endsOn ?? null}
        >
          {(control) => (
            <input
              {...control}
              className="form-input input-width-s"
              name="endsOn"
              type="date"
              value={values.endsOn}
              onChange={(event) => set('endsOn', event.target.value)}
            />
          )}
        </Field>
        <fieldset
          className={errors.offers ? 'form-group form-error' : 'form-group'}
          aria-describedby={errors.offers ? 'partnership-offers-error' : undefined}
        >
          <legend className="form-label">{t('partnershipForm.offers')}</legend>
          {errors.offers ? (
            <span className="form-error-message" id="partnership-offers-error">
              {errors.offers}
            </span>
          ) : null}
          {PARTNERSHIP_OFFERS.map((offer, index) => (
            <div className="form-group-checkbox" key={offer}>
              <input
                id={index === 0 ? idOf('offers') : `partnership-offers-${offer}`}
                className="form-checkbox"
                type="checkbox"
                name="offers"
                value={offer}
                checked={offers.includes(offer)}
                onChange={(event) => toggleOffer(offer, event.target.checked)}
              />
              <label
                className="form-label"
                htmlFor={index === 0 ? idOf('offers') : `partnership-offers-${offer}`}
              >
                {translate(language, `company.offer.${offer}`)}
              </label>
            </div>
          ))}
        </fieldset>
        <Field id={idOf('note')} label={t('partnershipForm.note')} error={errors.note ?? null}>
          {(control) => (
            <textarea
              {...control}
              className="form-input"
              name="note"
              rows={3}
              value={values.note}
              onChange={(event) => set('note', event.target.value)}
            />
          )}
        </Field>
        <div className="app-actions">
          <button type="submit" className="button button-primary" disabled={pending}>
            {pending ? t('partnershipForm.submitting') : t('partnershipForm.submit')}
          </button>
          <button type="button" className="button button-tertiary" onClick={onCancel}>
            {t('partnershipForm.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
