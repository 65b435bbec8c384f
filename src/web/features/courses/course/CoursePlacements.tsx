// The course's placements: a table with the LAB § 61 check of each internship, and for the provider the
// forms to add, edit and delete.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../components/ErrorAlert.tsx';
import { formatDate } from '../../../components/format.ts';
import { courseApi, useCourseUpdated, type CourseDetail, type Placement } from './course.api.ts';
import { PlacementForm } from './PlacementForm.tsx';
import { useLanguage } from './useCourseForm.tsx';

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
      {course.placements.length === 0 ? (
        <p className="app-empty">{t('course.placements.empty')}</p>
      ) : (
        <div className="app-table-wrapper">
          <table className="table table--compact app-table">
            <caption>{t('course.placements.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('course.placements.company')}</th>
                <th scope="col">{t('course.placements.cvr')}</th>
                <th scope="col">{t('course.placements.kind')}</th>
                <th scope="col">{t('course.placements.period')}</th>
                <th scope="col">{t('course.placements.hours')}</th>
                <th scope="col">{t('course.placements.check')}</th>
                {canManage ? <th scope="col">{t('course.placements.actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {course.placements.map((p) => (
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
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canManage && editor.kind === 'closed' ? (
        <div className="crs-actions">
          <button
            type="button"
            className="button button-secondary"
            onClick={() => setEditor({ kind: 'new' })}
          >
            {t('course.placements.add')}
          </button>
        </div>
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
