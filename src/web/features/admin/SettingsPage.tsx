// /administration/lokale-regler: each local rule setting of the registry (src/shared/local-settings.ts)
// with its meaning, legal source, value in force and history, and a form to set a new value with a reason.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/messages.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useLanguage } from '../../components/useLanguage.ts';
import { useLocalSettings, useSetLocalSetting, type LocalSettingView } from './admin.api.ts';
import { AdminNav, useDateTime } from './AdminUi.tsx';
import { TextAreaField, TextField } from '../../components/form/fields.tsx';
import { summaryOf, useFormErrors, useFormValues } from '../../components/form/form-state.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Saved } from '../../components/StatusMessage.tsx';

// Short names for the headings; a setting the registry adds later is headed by its key until named here.
const TITLES: Record<string, Record<Language, string>> = {
  'job_talks.follow_up_months_from_2026_07_01': {
    da: 'Opfølgende jobsamtaler fra 1. juli 2026',
    en: 'Follow-up job talks from 1 July 2026',
  },
  'retention.citizen_case_years': { da: 'Borgerens sagsoplysninger', en: "The citizen's case data" },
  'retention.register_person_years': { da: 'Registerdata (DREAM)', en: 'Register data (DREAM)' },
  'retention.audit_months': { da: 'Logning', en: 'Audit trail' },
  'retention.import_batch_days': { da: 'Indlæsninger', en: 'Imports' },
  'export.access_log_staff_names': {
    da: 'Medarbejdernavne i borgerens indsigt',
    en: "Staff names in the citizen's access export",
  },
};

const FIELDS = ['value', 'reason'] as const;
type FieldName = (typeof FIELDS)[number];

function slug(key: string): string {
  return key.replace(/[^a-z0-9]+/gi, '-');
}

function SettingForm({ setting, title }: { setting: LocalSettingView; title: string }) {
  const { t } = useTranslation('admin');
  const language = useLanguage();
  const save = useSetLocalSetting(setting.key);
  const errors = useFormErrors(`setting-${slug(setting.key)}`, FIELDS);
  const [saved, setSaved] = useState(false);
  const labels: Record<FieldName, string> = { value: t('settings.newValue'), reason: t('settings.reason') };
  const { values, setValues, control } = useFormValues<FieldName>(
    () => ({ value: setting.value ?? '', reason: '' }),
    errors,
    labels,
    () => setSaved(false),
  );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    errors.reset();
    save.mutate(
      { value: values.value.trim() === '' ? null : values.value, reason: values.reason },
      {
        onSuccess: (result) => {
          setValues({ value: result.value ?? '', reason: '' });
          setSaved(true);
        },
        onError: errors.fail,
      },
    );
  };
  return (
    <>
      <h4>{t('settings.formHeading')}</h4>
      <ErrorSummary {...summaryOf(errors, labels)} />
      {saved ? <Saved>{t('settings.saved', { title })}</Saved> : null}
      <form onSubmit={submit} noValidate className="app-form">
        <TextField
          {...control('value', t('settings.newValueHint', { allowed: setting.allowed[language] }))}
          size="short"
        />
        <TextAreaField {...control('reason', t('settings.reasonHint'))} required />
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {t('settings.save', { title })}
        </button>
      </form>
    </>
  );
}

function Setting({ setting }: { setting: LocalSettingView }) {
  const { t } = useTranslation('admin');
  const language = useLanguage();
  const dateTime = useDateTime();
  const title = TITLES[setting.key]?.[language] ?? setting.key;
  const headingId = `setting-${slug(setting.key)}`;
  const inForce =
    setting.inForce === null
      ? t('settings.lawsRule')
      : setting.value === null
        ? t('settings.isDefault', { value: setting.inForce })
        : t('settings.isLocal', { value: setting.inForce });
  return (
    <section className="app-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <p>{setting.meaning[language]}</p>
      <dl className="app-details">
        <div>
          <dt>{t('settings.inForce')}</dt>
          <dd>
            <strong>{inForce}</strong>
          </dd>
        </div>
        <div>
          <dt>{t('settings.allowed')}</dt>
          <dd>{setting.allowed[language]}</dd>
        </div>
        <div>
          <dt>{t('settings.defaultValue')}</dt>
          <dd>{setting.defaultValue ?? t('settings.lawsRule')}</dd>
        </div>
        <div className="app-details-wide">
          <dt>{t('settings.source')}</dt>
          <dd>{setting.source}</dd>
        </div>
      </dl>
      <h4>{t('settings.history')}</h4>
      {setting.history.length === 0 ? (
        <p className="app-muted">{t('settings.historyEmpty')}</p>
      ) : (
        <DataTable<LocalSettingView['history'][number]>
          caption={t('settings.historyCaption', { title })}
          rows={setting.history}
          rowKey={(change) => `${change.changedAt}-${change.changedBy}`}
          columns={[
            {
              label: t('settings.changedAt'),
              className: 'app-nowrap',
              sort: { kind: 'date', value: (change) => change.changedAt },
              cell: (change) => dateTime(change.changedAt),
            },
            { label: t('settings.value'), cell: (change) => change.value ?? t('settings.cleared') },
            {
              label: t('settings.changedBy'),
              optional: true,
              sort: { kind: 'text', value: (change) => change.changedBy },
              cell: (change) => change.changedBy,
            },
            { label: t('settings.reason'), optional: true, cell: (change) => change.reason },
          ]}
        />
      )}
      <SettingForm setting={setting} title={title} />
    </section>
  );
}

export function SettingsPage() {
  const { t } = useTranslation('admin');
  usePageTitle(t('settings.title'));
  const settings = useLocalSettings();
  const groups = ['job_talks', 'retention', 'export'] as const;
  return (
    <>
      <AdminNav />
      <h1>{t('settings.title')}</h1>
      <p className="font-lead">{t('settings.intro')}</p>
      {settings.isPending ? (
        <Loading />
      ) : settings.isError ? (
        <ErrorAlert error={settings.error} />
      ) : (
        groups.map((group) => {
          const items = settings.data.items.filter((setting) => setting.group === group);
          if (items.length === 0) return null;
          return (
            <section key={group} className="app-section" aria-labelledby={`settings-${group}`}>
              <h2 id={`settings-${group}`}>{t(`settings.groups.${group}`)}</h2>
              {items.map((setting) => (
                <Setting key={setting.key} setting={setting} />
              ))}
            </section>
          );
        })
      )}
    </>
  );
}
