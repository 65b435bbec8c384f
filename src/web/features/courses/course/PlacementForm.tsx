// Adding or editing a placement: a company from the provider's network, the kind, the period, hours a
// week (Danish decimal comma) and, for an internship beyond 13 weeks, the basis and the assessment.
import { useTranslation } from 'react-i18next';
import {
  EXTENSION_BASES,
  PLACEMENT_KINDS,
  parseWeeklyHours,
  type ExtensionBasis,
  type PlacementKind,
} from '../../../../shared/courses/course.constants.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Field } from '../../../components/Field.tsx';
import { formatDate } from '../../../components/format.ts';
import { Loading } from '../../../components/Loading.tsx';
import {
  courseApi,
  useCourseUpdated,
  useProviderNetwork,
  type CourseDetail,
  type Placement,
} from './course.api.ts';
import { FormFrame, useCourseForm, useLanguage } from './useCourseForm.tsx';

const FIELDS = [
  'companyId',
  'kind',
  'startsOn',
  'endsOn',
  'weeklyHours',
  'extensionBasis',
  'specialNeedExtensions',
  'assessmentNote',
] as const;
type FieldName = (typeof FIELDS)[number];

interface PlacementFormProps {
  course: CourseDetail;
  editing?: Placement | undefined;
  onDone: (message: string) => void;
  onCancel: () => void;
}

type CompanyOption = { id: string; label: string };

function hoursText(hours: number | null, language: 'da' | 'en'): string {
  if (hours === null) return '';
  return language === 'da' ? String(hours).replace('.', ',') : String(hours);
}

function PlacementFields({
  course,
  editing,
  onDone,
  onCancel,
  companies,
}: PlacementFormProps & { companies: CompanyOption[] }) {
  const { t } = useTranslation('courses');
  const language = useLanguage();
  const updated = useCourseUpdated();
  const form = useCourseForm<FieldName>(
    FIELDS,
    {
      companyId: editing?.company.id ?? '',
      kind: editing?.kind ?? 'internship',
      startsOn: editing?.startsOn ?? '',
      endsOn: editing?.endsOn ?? '',
      weeklyHours: hoursText(editing?.weeklyHours ?? null, language),
      extensionBasis: editing?.extensionBasis ?? 'base',
      specialNeedExtensions: String(editing?.specialNeedExtensions ?? 1),
      assessmentNote: editing?.assessmentNote ?? '',
    },
    editing ? `placement-${editing.id}` : 'placement-new',
  );
  const v = form.values;
  const isInternship = v.kind === 'internship';
  const options =
    editing && !companies.some((c) => c.id === editing.company.id)
      ? [...companies, { id: editing.company.id, label: editing.company.name }]
      : companies;

  const save = async () => {
    if (v.weeklyHours.trim() !== '' && parseWeeklyHours(v.weeklyHours) === null) {
      return form.fail({ weeklyHours: t('course.placementForm.weeklyHoursHint') });
    }
    const input = {
      companyId: v.companyId,
      kind: v.kind as PlacementKind,
      startsOn: v.startsOn,
      endsOn: v.endsOn || null,
      weeklyHours: v.weeklyHours.trim() === '' ? null : v.weeklyHours,
      extensionBasis: (isInternship ? v.extensionBasis : 'base') as ExtensionBasis,
      specialNeedExtensions:
        isInternship && v.extensionBasis === 'special_need' ? Number(v.specialNeedExtensions) || 0 : 0,
      assessmentNote: isInternship && v.extensionBasis !== 'base' ? v.assessmentNote : null,
    };
    const saved = editing
      ? await courseApi.updatePlacement(editing.id, input)
      : await courseApi.createPlacement(course.id, input);
    await updated();
    onDone(t('course.placements.saved', { company: saved.company.name }));
  };

  const text = (field: 'startsOn' | 'endsOn', hint?: string) => (
    <Field
      id={form.idOf(field)}
      label={t(`course.placementForm.${field}`)}
      hint={hint}
      error={form.errors[field] ?? null}
      required={field === 'startsOn' || (field === 'endsOn' && isInternship)}
    >
      {(control) => (
        <input
          {...control}
          className="form-input input-width-s"
          type="date"
          name={field}
          value={v[field]}
          onChange={(event) => form.set(field, event.target.value)}
        />
      )}
    </Field>
  );

  return (
    <FormFrame
      title={
        editing
          ? t('course.placementForm.editTitle', { company: editing.company.name })
          : t('course.placementForm.addTitle')
      }
      intro={t('course.placementForm.intro')}
      form={form}
      order={FIELDS}
      labelOf={(field) => t(`course.placementForm.${field}`)}
      submitLabel={t('course.placementForm.submit')}
      onSubmit={save}
      onCancel={onCancel}
    >
      <Field
        id={form.idOf('companyId')}
        label={t('course.placementForm.companyId')}
        error={form.errors.companyId ?? null}
        required
      >
        {(control) => (
          <select
            {...control}
            className="form-select"
            name="companyId"
            value={v.companyId}
            onChange={(event) => form.set('companyId', event.target.value)}
          >
            <option value="">{t('course.placementForm.chooseCompany')}</option>
            {options.map((company) => (
              <option key={company.id} value={company.id}>
                {company.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id={form.idOf('kind')}
        label={t('course.placementForm.kind')}
        error={form.errors.kind ?? null}
        required
      >
        {(control) => (
          <select
            {...control}
            className="form-select"
            name="kind"
            value={v.kind}
            onChange={(event) => form.set('kind', event.target.value)}
          >
            {PLACEMENT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`course.placementKinds.${kind}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {text('startsOn')}
      {text('endsOn', t('course.placementForm.endsOnHint'))}
      <Field
        id={form.idOf('weeklyHours')}
        label={t('course.placementForm.weeklyHours')}
        hint={t('course.placementForm.weeklyHoursHint')}
        error={form.errors.weeklyHours ?? null}
        required={v.kind === 'small_job'}
      >
        {(control) => (
          <input
            {...control}
            className="form-input input-width-xs"
            type="text"
            inputMode="decimal"
            autoComplete="off"
            name="weeklyHours"
            value={v.weeklyHours}
            onChange={(event) => form.set('weeklyHours', event.target.value)}
          />
        )}
      </Field>
      {isInternship ? (
        <>
          <Field
            id={form.idOf('extensionBasis')}
            label={t('course.placementForm.extensionBasis')}
            error={form.errors.extensionBasis ?? null}
          >
            {(control) => (
              <select
                {...control}
                className="form-select"
                name="extensionBasis"
                value={v.extensionBasis}
                onChange={(event) => form.set('extensionBasis', event.target.value)}
              >
                {EXTENSION_BASES.map((basis) => (
                  <option key={basis} value={basis}>
                    {t(`course.extensionBases.${basis}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {v.extensionBasis === 'special_need' ? (
            <Field
              id={form.idOf('specialNeedExtensions')}
              label={t('course.placementForm.specialNeedExtensions')}
              error={form.errors.specialNeedExtensions ?? null}
              required
            >
              {(control) => (
                <input
                  {...control}
                  className="form-input input-width-xs"
                  type="number"
                  min={1}
                  max={20}
                  name="specialNeedExtensions"
                  value={v.specialNeedExtensions}
                  onChange={(event) => form.set('specialNeedExtensions', event.target.value)}
                />
              )}
            </Field>
          ) : null}
          {v.extensionBasis !== 'base' ? (
            <Field
              id={form.idOf('assessmentNote')}
              label={t('course.placementForm.assessmentNote')}
              hint={t('course.placementForm.assessmentNoteHint')}
              error={form.errors.assessmentNote ?? null}
              required
            >
              {(control) => (
                <textarea
                  {...control}
                  className="form-input"
                  rows={3}
                  name="assessmentNote"
                  value={v.assessmentNote}
                  onChange={(event) => form.set('assessmentNote', event.target.value)}
                />
              )}
            </Field>
          ) : null}
        </>
      ) : null}
    </FormFrame>
  );
}

/** Loads the provider's network (the company picker), then shows the form. */
export function PlacementForm(props: PlacementFormProps) {
  const { t } = useTranslation('courses');
  const language = useLanguage();
  const network = useProviderNetwork(props.course.provider.id);
  if (network.isPending) return <Loading />;
  if (network.isError) return <ErrorAlert error={network.error} />;
  // One option per company; marked when every partnership with it has ended (the server decides).
  const today = new Date().toISOString().slice(0, 10);
  const byCompany = new Map<string, { name: string; cvr: string; lastEnd: string | null; open: boolean }>();
  for (const p of network.data.partnerships) {
    const entry = byCompany.get(p.company.id) ?? {
      name: p.company.name,
      cvr: p.company.cvr,
      lastEnd: null,
      open: false,
    };
    if (p.endsOn === null || p.endsOn >= today) entry.open = true;
    else if (!entry.lastEnd || p.endsOn > entry.lastEnd) entry.lastEnd = p.endsOn;
    byCompany.set(p.company.id, entry);
  }
  const companies: CompanyOption[] = [...byCompany]
    .sort(([, a], [, b]) => a.name.localeCompare(b.name, 'da'))
    .map(([id, c]) => {
      const label = t('course.placementForm.companyOption', { name: c.name, cvr: c.cvr });
      return {
        id,
        label:
          !c.open && c.lastEnd
            ? `${label} – ${t('course.placementForm.ended', { date: formatDate(c.lastEnd, language) })}`
            : label,
      };
    });
  if (companies.length === 0 && !props.editing) {
    return (
      <div className="app-card crs-form">
        <p>{t('course.placementForm.noCompanies')}</p>
        <button type="button" className="button button-tertiary" onClick={props.onCancel}>
          {t('course.form.cancel')}
        </button>
      </div>
    );
  }
  return <PlacementFields {...props} companies={companies} />;
}
