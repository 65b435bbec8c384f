import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAddTenderArea, useUpdateTenderArea, type TenderDetail } from './agreement.api.ts';
import { TextAreaField, TextField } from '../../components/form/fields.tsx';
import {
  fieldId,
  numberOrNull,
  summaryOf,
  useFormErrors,
  useFormValues,
} from '../../components/form/form-state.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Saved } from '../../components/StatusMessage.tsx';

type Area = TenderDetail['areas'][number];
const FIELDS = ['number', 'name', 'targetGroup', 'providersToSelect'] as const;
type FieldName = (typeof FIELDS)[number];
const FORM = 'area';

function initialValues(tender: TenderDetail, area: Area | undefined): Record<FieldName, string> {
  const nextNumber = Math.max(0, ...tender.areas.map((a) => a.number)) + 1;
  return {
    number: String(area?.number ?? nextNumber),
    name: area?.name ?? '',
    targetGroup: area?.targetGroup ?? '',
    providersToSelect: String(area?.providersToSelect ?? 2),
  };
}

/** Adds an area to the tender, or changes the one chosen; its number is the tender's own numbering. */
export function TenderAreaForm({
  tender,
  area,
  onDone,
}: {
  tender: TenderDetail;
  area?: Area;
  onDone: () => void;
}) {
  const { t } = useTranslation('agreements');
  const add = useAddTenderArea(tender.id);
  const update = useUpdateTenderArea();
  const errors = useFormErrors(FORM, FIELDS);
  const [saved, setSaved] = useState(false);
  const labels: Record<FieldName, string> = {
    number: t('area.number'),
    name: t('area.name'),
    targetGroup: t('area.targetGroup'),
    providersToSelect: t('area.providersToSelect'),
  };
  const { values, setValues, control } = useFormValues(
    () => initialValues(tender, area),
    errors,
    labels,
    () => setSaved(false),
  );
  // Choosing "Redigér delområde" moves focus into the form below the table.
  const editedId = area?.id;
  useEffect(() => {
    if (editedId) document.getElementById(fieldId(FORM, 'number'))?.focus();
  }, [editedId]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = {
      number: numberOrNull(values.number) as number,
      name: values.name.trim(),
      targetGroup: values.targetGroup.trim(),
      providersToSelect: numberOrNull(values.providersToSelect) as number,
    };
    const options = {
      onSuccess: () => {
        errors.reset();
        if (area) onDone();
        else {
          setValues(initialValues({ ...tender, areas: [...tender.areas, { ...input } as Area] }, undefined));
          setSaved(true);
        }
      },
      onError: errors.fail,
    };
    if (area) update.mutate({ id: area.id, ...input }, options);
    else add.mutate(input, options);
  };

  const heading = area ? t('area.editHeading', { number: area.number }) : t('area.addHeading');
  return (
    <section className="app-section" aria-labelledby="area-form-heading">
      <h2 id="area-form-heading">{heading}</h2>
      {saved ? <Saved>{t('area.added')}</Saved> : null}
      <ErrorSummary {...summaryOf(errors, labels)} />
      <form onSubmit={submit} noValidate className="app-form">
        <TextField {...control('number')} required size="short" inputMode="numeric" />
        <TextField {...control('name')} required />
        <TextField {...control('providersToSelect')} required size="short" inputMode="numeric" />
        <TextAreaField {...control('targetGroup')} />
        <div className="app-actions">
          <button
            type="submit"
            className="button button-primary"
            disabled={add.isPending || update.isPending}
          >
            {area ? t('form.save') : t('area.add')}
          </button>
          {area ? (
            <button type="button" className="button button-tertiary" onClick={onDone}>
              {t('form.cancel')}
            </button>
          ) : null}
        </div>
      </form>
    </section>
  );
}
