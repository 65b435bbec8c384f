// The course's dated entries: a list with a kind filter, the provider's form, and deleting one's own
// entry within 24 hours. A sensitive entry the user may not read shows only that it exists.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ENTRY_KINDS, type EntryKind } from '../../../../shared/courses/documentation.constants.ts';
import { useErrorMessage, ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { formatDate } from '../../../components/format.ts';
import { useLanguage } from '../../../components/useLanguage.ts';
import { documentationApi, useEntries, useRefreshDocumentation, type Entry } from './documentation.api.ts';
import { EntryForm } from './EntryForm.tsx';
import { DataTable } from '../../../components/DataTable.tsx';
import { FilterSelect, OpenFormButton } from '../../../components/form/fields.tsx';

interface EntriesSectionProps {
  courseId: string;
  canWrite: boolean;
  ended: boolean;
  onMessage: (text: string, isError?: boolean) => void;
}

function EntryText({ entry }: { entry: Entry }) {
  const { t } = useTranslation('courses');
  if (entry.hidden) return <em className="doc-hidden">{t('documentation.entries.hidden')}</em>;
  return (
    <>
      {entry.isSensitive ? (
        <>
          <span className="badge badge-warning">{t('documentation.entries.sensitive')}</span>{' '}
        </>
      ) : null}
      <span className="doc-text">{entry.text}</span>
    </>
  );
}

export function EntriesSection({ courseId, canWrite, ended, onMessage }: EntriesSectionProps) {
  const { t } = useTranslation('courses');
  const language = useLanguage();
  const messageOf = useErrorMessage();
  const [kind, setKind] = useState<EntryKind | ''>('');
  const [adding, setAdding] = useState(false);
  const entries = useEntries(courseId, kind);
  const refresh = useRefreshDocumentation(courseId);
  const date = (iso: string) => formatDate(iso, language);

  const remove = async (entry: Entry) => {
    if (!window.confirm(t('documentation.entries.confirmDelete', { date: date(entry.entryOn) }))) return;
    try {
      await documentationApi.deleteEntry(entry.id);
      await refresh();
      onMessage(t('documentation.entries.deleted'));
    } catch (error) {
      onMessage(messageOf(error), true);
    }
  };
  const closeForm = () => {
    setAdding(false);
    requestAnimationFrame(() => document.getElementById('doc-entry-add')?.focus());
  };

  const list = entries.data?.entries ?? [];
  const showActions = canWrite && list.some((e) => e.canDelete);
  return (
    <section className="app-section" aria-labelledby="doc-entries-heading">
      <h2 id="doc-entries-heading">{t('documentation.entries.heading')}</h2>
      <p>{t('documentation.entries.intro')}</p>
      {canWrite && ended ? <p className="form-hint">{t('documentation.entries.closedHint')}</p> : null}
      <div className="crs-filters">
        <FilterSelect
          id="doc-entries-kind"
          label={t('documentation.entries.filter')}
          value={kind}
          onChange={(value) => setKind(value as EntryKind | '')}
          all={t('documentation.entries.filterAll')}
          options={ENTRY_KINDS.map((k) => ({ value: k, label: t(`documentation.kinds.${k}`) }))}
        />
      </div>
      {entries.isPending ? (
        <Loading />
      ) : entries.isError ? (
        <ErrorAlert error={entries.error} />
      ) : (
        <DataTable
          rows={list}
          empty={kind ? t('documentation.entries.emptyKind') : t('documentation.entries.empty')}
          caption={t('documentation.entries.caption')}
          columns={[
            t('documentation.entries.entryOn'),
            t('documentation.entries.kind'),
            t('documentation.entries.text'),
            t('documentation.entries.author'),
            showActions && t('documentation.entries.actions'),
          ]}
        >
          {(entry) => (
            <tr key={entry.id}>
              <th scope="row" className="app-nowrap">
                {date(entry.entryOn)}
              </th>
              <td>
                {t(`documentation.kinds.${entry.kind}`)}
                {entry.setting ? <> – {t(`documentation.settings.${entry.setting}`)}</> : null}
                {entry.attended !== null ? (
                  <>
                    <br />
                    {entry.attended
                      ? t('documentation.entries.attendedYes')
                      : t('documentation.entries.attendedNo')}
                  </>
                ) : null}
              </td>
              <td>
                <EntryText entry={entry} />
              </td>
              <td>{entry.author?.name ?? ''}</td>
              {showActions ? (
                <td>
                  {entry.canDelete ? (
                    <button
                      type="button"
                      className="button button-tertiary"
                      aria-label={t('documentation.entries.deleteLabel', { date: date(entry.entryOn) })}
                      onClick={() => void remove(entry)}
                    >
                      {t('documentation.entries.delete')}
                    </button>
                  ) : null}
                </td>
              ) : null}
            </tr>
          )}
        </DataTable>
      )}
      {canWrite && !adding ? (
        <OpenFormButton
          id="doc-entry-add"
          label={t('documentation.entries.add')}
          onClick={() => setAdding(true)}
        />
      ) : null}
      {canWrite && adding ? (
        <EntryForm
          courseId={courseId}
          onCancel={closeForm}
          onDone={(message) => {
            closeForm();
            onMessage(message);
          }}
        />
      ) : null}
    </section>
  );
}
