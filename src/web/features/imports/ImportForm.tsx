import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  IMPORT_COLUMNS,
  IMPORT_ENCODINGS,
  IMPORT_KINDS,
  importPermission,
  KINDS_WITH_CITIZENS,
  type ImportEncoding,
  type ImportKind,
} from '../../../shared/imports/import.constants.ts';
import { isApiError } from '../../app/api.ts';
import { useSession } from '../../app/session.ts';
import { useErrorMessage } from '../../components/ErrorAlert.tsx';
import { ErrorSummary, fieldErrorsFrom } from '../../components/ErrorSummary.tsx';
import { Field } from '../../components/Field.tsx';
import { uploadImport, type ImportProgress } from './import.api.ts';
import { ImportProgressBar } from './ImportResult.tsx';

const FIELDS = ['kind', 'file', 'encoding', 'jobCentre'] as const;
type FieldName = (typeof FIELDS)[number];

/**
 * Chooses the kind and the file, sends it with a progress bar, and hands the new import's id on. Only
 * the kinds the user may import are offered (courses, placements and plans need import.personal_data).
 */
export function ImportForm({ onStarted }: { onStarted: (id: string) => void }) {
  const { t } = useTranslation('imports');
  const messageOf = useErrorMessage();
  const { can } = useSession();
  const kinds = IMPORT_KINDS.filter((option) => can(importPermission(option)));
  const idOf = (field: FieldName) => (field === 'kind' ? `import-kind-${kinds[0]}` : `import-${field}`);
  const [kind, setKind] = useState<ImportKind>(kinds[0] ?? 'providers');
  const [file, setFile] = useState<File | null>(null);
  const [jobCentre, setJobCentre] = useState('');
  const [encoding, setEncoding] = useState<ImportEncoding>('utf-8');
  const [unknownCodes, setUnknownCodes] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [other, setOther] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [sent, setSent] = useState<number | null>(null);
  /** The server's progress once the file has arrived (streamed back on the upload's request). */
  const [imported, setImported] = useState<ImportProgress | null>(null);

  const fail = (fieldErrors: Partial<Record<FieldName, string>>, otherError: string | null = null) => {
    setErrors(fieldErrors);
    setOther(otherError);
    setAttempt((n) => n + 1);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sent !== null) return;
    if (!file) return fail({ file: t('form.fileRequired') });
    setErrors({});
    setOther(null);
    setSent(0);
    try {
      const started = await uploadImport({
        kind,
        file,
        jobCentre: KINDS_WITH_CITIZENS.includes(kind) ? jobCentre : '',
        unknownCodesAsBenefit: kind === 'register' && unknownCodes,
        encoding,
        onProgress: (loaded, total) => setSent(total > 0 ? Math.floor((loaded / total) * 100) : 100),
        onImportProgress: setImported,
      });
      onStarted(started.id);
    } catch (error) {
      const fieldErrors = fieldErrorsFrom(error, FIELDS);
      const hasFields = Object.keys(fieldErrors).length > 0;
      fail(
        fieldErrors,
        hasFields && isApiError(error) && error.code === 'VALIDATION_FAILED' ? null : messageOf(error),
      );
    } finally {
      setSent(null);
      setImported(null);
    }
  };

  return (
    <form className="app-form" onSubmit={(event) => void submit(event)} noValidate>
      <h2>{t('form.heading')}</h2>
      <ErrorSummary
        attempt={attempt}
        errors={errors}
        order={FIELDS}
        labelOf={(field) => t(`form.${field}`)}
        idOf={idOf}
        other={other}
      />
      <fieldset className="form-group">
        <legend className="form-label">{t('form.kind')}</legend>
        <ul className="nobullet-list">
          {kinds.map((option) => (
            <li key={option}>
              <input
                id={`import-kind-${option}`}
                className="form-radio"
                type="radio"
                name="kind"
                value={option}
                checked={kind === option}
                onChange={() => setKind(option)}
              />
              <label htmlFor={`import-kind-${option}`}>{t(`kinds.${option}`)}</label>
            </li>
          ))}
        </ul>
      </fieldset>
      <Field
        id={idOf('file')}
        label={t('form.file')}
        hint={t('form.fileHint', { columns: IMPORT_COLUMNS[kind] })}
        error={errors.file ?? null}
        required
      >
        {(control) => (
          <input
            {...control}
            className="form-file-input"
            type="file"
            name="file"
            accept=".csv,text/csv,text/plain"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setErrors((current) => ({ ...current, file: undefined }));
            }}
          />
        )}
      </Field>
      <Field
        id={idOf('encoding')}
        label={t('form.encoding')}
        hint={t('form.encodingHint')}
        error={errors.encoding ?? null}
      >
        {(control) => (
          <select
            {...control}
            className="form-select"
            name="encoding"
            value={encoding}
            onChange={(event) => setEncoding(event.target.value as ImportEncoding)}
          >
            {IMPORT_ENCODINGS.map((option) => (
              <option key={option} value={option}>
                {t(`encodings.${option}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {KINDS_WITH_CITIZENS.includes(kind) ? (
        <Field
          id={idOf('jobCentre')}
          label={t('form.jobCentre')}
          hint={t('form.jobCentreHint')}
          error={errors.jobCentre ?? null}
        >
          {(control) => (
            <input
              {...control}
              className="form-input input-width-m"
              type="text"
              name="jobCentre"
              autoComplete="off"
              value={jobCentre}
              onChange={(event) => setJobCentre(event.target.value)}
            />
          )}
        </Field>
      ) : null}
      {kind === 'register' ? (
        <div className="form-group">
          <div className="form-group-checkbox">
            <input
              id="import-unknownCodes"
              className="form-checkbox"
              type="checkbox"
              name="unknownCodesAsBenefit"
              checked={unknownCodes}
              aria-describedby="import-unknownCodes-hint"
              onChange={(event) => setUnknownCodes(event.target.checked)}
            />
            <label className="form-label" htmlFor="import-unknownCodes">
              {t('form.unknownCodes')}
            </label>
          </div>
          <span className="form-hint" id="import-unknownCodes-hint">
            {t('form.unknownCodesHint')}
          </span>
        </div>
      ) : null}
      {sent !== null && imported !== null ? <ImportProgressBar progress={imported} /> : null}
      {sent !== null && imported === null ? (
        <div className="form-group">
          <label className="form-label" htmlFor="import-upload-progress">
            {t('progress.upload')}
          </label>
          <progress id="import-upload-progress" max={100} value={sent}>
            {sent} %
          </progress>
          <span className="app-muted"> {t('progress.uploaded', { percent: sent })}</span>
        </div>
      ) : null}
      <div className="app-actions">
        <button
          type="submit"
          className="button button-primary"
          disabled={sent !== null}
          aria-disabled={sent !== null}
        >
          {sent !== null ? t('form.busy') : t('form.submit')}
        </button>
      </div>
    </form>
  );
}
