// The course's placements: a table with the LAB § 61 check of each internship, and for the provider the
// forms to add, edit and delete.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../components/ErrorAlert.tsx';
import { formatDate } from '../../../components/format.ts';
import { courseApi, useCourseUpdated, type CourseDetail, type Placement } from './course.api.ts';
import { PlacementForm } from './PlacementForm.tsx';
import { useLanguage } from '../../../components/useLanguage.ts';
import { DataTable } from '../../../components/DataTable.tsx';
import { OpenFormButton } from '../../../components/form/fields.tsx';

type Editor = { kind: 'closed' } | { kind: 'new' } | { kind: 'edit'; placement: Placement };

function CheckCell({ placement }: { placement: Placement }) {
  const { t } = useTranslation('courses');
  const check = placement.internshipCheck;
  if (!check) return <span className="app-muted">–</span>;
  return (
    <span title={check.source}>
      {check.ok ? (
        <span className="crs-ok">{t('course.placements.checkOk', check)}</span>
      ) : (
        <span className="crs-problem">{t('course.placements.checkTooLong', check)}</span>
      )}
    </span>
  );
}

export function CoursePlacements({
  course,
  canManage,
  onMessage,
}: {
  course: CourseDetail;
  canManage: boolean;
  onMessage: (text: string, isError?: boolean) => void;
}) {
  const { t } = useTranslation('courses');
  const language = useLanguage();
  const messageOf = useErrorMessage();
  const updated = useCourseUpdated();
  const [editor, setEditor] = useState<Editor>({ kind: 'closed' });
  const date = (iso: string) => formatDate(iso, language);
  const hours = (value: number | null) =>
    value === null ? '' : language === 'da' ? String(value).replace('.', ',') : String(value);
  const close = () => setEditor({ kind: 'closed' });

  const remove = async (placement: Placement) => {
    if (!window.confirm(t('course.placements.confirmDelete', { company: placement.company.name }))) return;
    try {
      await courseApi.deletePlacement(placement.id);
      await updated();
      onMessage(t('course.placements.deleted'));
    } catch (error) {
      onMessage(messageOf(error), true);
    }
  };

  return (
    <section className="app-section" aria-labelledby="course-placements-heading">
      <h2 id="course-placements-heading">{t('course.placements.heading')}</h2>
      <DataTable
        rows={course.placements}
        empty={t('course.placements.empty')}
        caption={t('course.placements.caption')}
        columns={[
          t('course.placements.company'),
          t('course.placements.cvr'),
          t('course.placements.kind'),
          t('course.placements.period'),
          t('course.placements.hours'),
          t('course.placements.check'),
          canManage && t('course.placements.actions'),
        ]}
      >
        {(p) => (
          <tr key={p.id}>
            <th scope="row">{p.company.name}</th>
            <td className="app-nowrap">{p.company.cvr}</td>
            <td>{t(`course.placementKinds.${p.kind}`)}</td>
            <td className="app-nowrap">
              {p.endsOn
                ? `${date(p.startsOn)} – ${date(p.endsOn)}`
                : t('course.placements.from', { date: date(p.startsOn) })}
            </td>
            <td>{hours(p.weeklyHours)}</td>
            <td>
              <CheckCell placement={p} />
            </td>
            {canManage ? (
              <td className="app-nowrap">
                <button
                  type="button"
                  className="button button-tertiary"
                  aria-label={t('course.placements.editLabel', { company: p.company.name })}
                  onClick={() => setEditor({ kind: 'edit', placement: p })}
                >
                  {t('course.placements.edit')}
                </button>{' '}
                <button
                  type="button"
                  className="button button-tertiary"
                  aria-label={t('course.placements.deleteLabel', { company: p.company.name })}
                  onClick={() => void remove(p)}
                >
                  {t('course.placements.delete')}
                </button>
              </td>
            ) : null}
          </tr>
        )}
      </DataTable>
      {canManage && editor.kind === 'closed' ? (
        <OpenFormButton label={t('course.placements.add')} onClick={() => setEditor({ kind: 'new' })} />
      ) : null}
      {canManage && editor.kind !== 'closed' ? (
        <PlacementForm
          key={editor.kind === 'edit' ? editor.placement.id : 'new'}
          course={course}
          editing={editor.kind === 'edit' ? editor.placement : undefined}
          onCancel={close}
          onDone={(message) => {
            close();
            onMessage(message);
          }}
        />
      ) : null}
    </section>
  );
}
