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
import { formatDate } from '../../../components/format.ts';
import { todayInCopenhagen } from '../../../../shared/dates.ts';
import { Loading } from '../../../components/Loading.tsx';
import {
  courseApi,
  useCourseUpdated,
  useProviderNetwork,
  type CourseDetail,
  type Placement,
} from './course.api.ts';
import { COURSE_FORM, FormFrame } from './FormFrame.tsx';
import { useFormErrors, useFormValues } from '../../../components/form/form-state.ts';
import { useLanguage } from '../../../components/useLanguage.ts';
import { DateField, SelectField, TextAreaField, TextField } from '../../../components/form/fields.tsx';

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
  const labelOf = (field: (typeof FIELDS)[number]) => t(`course.placementForm.${field}`);
  const errors = useFormErrors(
    editing ? `placement-${editing.id}` : 'placement-new',
    FIELDS,
    undefined,
    COURSE_FORM,
  );
  const { form } = useFormValues<FieldName>(
    () => ({
      companyId: editing?.company.id ?? '',
      kind: editing?.kind ?? 'internship',
      startsOn: editing?.startsOn ?? '',
      endsOn: editing?.endsOn ?? '',
      weeklyHours: hoursText(editing?.weeklyHours ?? null, language),
      extensionBasis: editing?.extensionBasis ?? 'base',
      specialNeedExtensions: String(editing?.specialNeedExtensions ?? 1),
      assessmentNote: editing?.assessmentNote ?? '',
    }),
    errors,
    labelOf,
  );
  const v = form.values;
  const isInternship = v.kind === 'internship';
  const options =
    editing && !companies.some((c) => c.id === editing.company.id)
      ? [...companies, { id: editing.company.id, label: editing.company.name }]
      : companies;

  const save = async () => {
    if (v.weeklyHours.trim() !== '' && parseWeeklyHours(v.weeklyHours) === null) {
      return errors.failWith({ weeklyHours: t('course.placementForm.weeklyHoursHint') });
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

  return (
    <FormFrame
      title={
        editing
          ? t('course.placementForm.editTitle', { company: editing.company.name })
          : t('course.placementForm.addTitle')
      }
      intro={t('course.placementForm.intro')}
      errors={errors}
      form={form}
      order={FIELDS}
      labelOf={labelOf}
      submitLabel={t('course.placementForm.submit')}
      onSubmit={save}
      onCancel={onCancel}
    >
      <SelectField
        form={form}
        name="companyId"
        label={t('course.placementForm.companyId')}
        required
        placeholder={t('course.placementForm.chooseCompany')}
        options={options.map((company) => ({ value: company.id, label: company.label }))}
      />
      <SelectField
        form={form}
        name="kind"
        label={t('course.placementForm.kind')}
        required
        options={PLACEMENT_KINDS.map((kind) => ({ value: kind, label: t(`course.placementKinds.${kind}`) }))}
      />
      <DateField form={form} name="startsOn" label={t('course.placementForm.startsOn')} required />
      <DateField
        form={form}
        name="endsOn"
        label={t('course.placementForm.endsOn')}
        hint={t('course.placementForm.endsOnHint')}
        required={isInternship}
      />
      <TextField
        form={form}
        name="weeklyHours"
        label={t('course.placementForm.weeklyHours')}
        hint={t('course.placementForm.weeklyHoursHint')}
        required={v.kind === 'small_job'}
        className="form-input input-width-xs"
        inputMode="decimal"
        autoComplete="off"
      />
      {isInternship ? (
        <>
          <SelectField
            form={form}
            name="extensionBasis"
            label={t('course.placementForm.extensionBasis')}
            options={EXTENSION_BASES.map((basis) => ({
              value: basis,
              label: t(`course.extensionBases.${basis}`),
            }))}
          />
          {v.extensionBasis === 'special_need' ? (
            <TextField
              form={form}
              name="specialNeedExtensions"
              label={t('course.placementForm.specialNeedExtensions')}
              required
              className="form-input input-width-xs"
              type="number"
              min={1}
              max={20}
            />
          ) : null}
          {v.extensionBasis !== 'base' ? (
            <TextAreaField
              form={form}
              name="assessmentNote"
              label={t('course.placementForm.assessmentNote')}
              hint={t('course.placementForm.assessmentNoteHint')}
              required
              rows={3}
            />
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
  const today = todayInCopenhagen();
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
