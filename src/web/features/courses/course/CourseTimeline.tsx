import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../components/format.ts';
import { dayNumber, todayInCopenhagen } from '../../../../shared/dates.ts';
import type { CourseDetail } from './course.api.ts';
import { useLanguage } from '../../../components/useLanguage.ts';

interface TimelineRow {
  key: string;
  kind: 'stage' | 'placement';
  label: string;
  startsOn: string;
  endsOn: string | null;
  /** The bar's colour class. */
  tone: string;
}

function useRows(course: CourseDetail): TimelineRow[] {
  const { t } = useTranslation('courses');
  const rows: TimelineRow[] = [
    ...course.stages.map((s) => ({
      key: `stage-${s.id}`,
      kind: 'stage' as const,
      label: t(`course.stages.${s.stage}`),
      startsOn: s.startsOn,
      endsOn: s.endsOn,
      tone: s.stage === 'aftercare' ? 'crs-bar-aftercare' : 'crs-bar-stage',
    })),
    ...course.placements.map((p) => ({
      key: `placement-${p.id}`,
      kind: 'placement' as const,
      label: t('course.timeline.placementAt', {
        kind: t(`course.placementKinds.${p.kind}`),
        company: p.company.name,
      }),
      startsOn: p.startsOn,
      endsOn: p.endsOn,
      tone: 'crs-bar-placement',
    })),
  ];
  return rows.sort((a, b) => (a.startsOn === b.startsOn ? 0 : a.startsOn < b.startsOn ? -1 : 1));
}

/** The bars: a picture of the table above, hidden from screen readers, which read the table. */
function Bars({ rows, course }: { rows: TimelineRow[]; course: CourseDetail }) {
  const language = useLanguage();
  const today = todayInCopenhagen();
  const ends = rows.map((r) => r.endsOn ?? today);
  for (const date of [
    course.endsOn,
    course.plannedEndsOn,
    course.aftercarePlannedEndsOn,
    course.aftercareEndsOn,
  ]) {
    if (date) ends.push(date);
  }
  const first = dayNumber(course.startsOn);
  const last = Math.max(first + 1, ...ends.map(dayNumber));
  const span = last - first + 1;
  const percent = (iso: string) => ((dayNumber(iso) - first) / span) * 100;
  return (
    <div className="crs-bars" aria-hidden="true">
      <div className="crs-bars-scale">
        <span>{formatDate(course.startsOn, language)}</span>
        <span>{formatDate(new Date(last * 86_400_000).toISOString().slice(0, 10), language)}</span>
      </div>
      {rows.map((row) => {
        const left = Math.max(0, percent(row.startsOn));
        const right = percent(row.endsOn ?? today) + 100 / span;
        return (
          <div className="crs-bars-row" key={row.key}>
            <span className="crs-bars-label">{row.label}</span>
            <span className="crs-bars-track">
              <span
                className={`crs-bar ${row.tone}${row.endsOn ? '' : ' crs-bar-open'}`}
                style={{ left: `${left}%`, width: `${Math.max(0.8, right - left)}%` }}
              />
            </span>
          </div>
        );
      })}
    </div>
  );
}

/** The course's stages and placements in order of time: a table, and the same as bars. */
export function CourseTimeline({ course }: { course: CourseDetail }) {
  const { t } = useTranslation('courses');
  const language = useLanguage();
  const rows = useRows(course);
  const date = (iso: string) => <time dateTime={iso}>{formatDate(iso, language)}</time>;
  return (
    <section className="app-section" aria-labelledby="course-timeline-heading">
      <h2 id="course-timeline-heading">{t('course.timeline.heading')}</h2>
      {rows.length === 0 ? (
        <p className="app-empty">{t('course.timeline.empty')}</p>
      ) : (
        <>
          <div className="app-table-wrapper">
            <table className="table table--compact app-table">
              <caption>{t('course.timeline.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('course.timeline.what')}</th>
                  <th scope="col">{t('course.timeline.kind')}</th>
                  <th scope="col">{t('course.timeline.from')}</th>
                  <th scope="col">{t('course.timeline.to')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.key}>
                    <th scope="row">{row.label}</th>
                    <td>
                      {row.kind === 'stage' ? t('course.timeline.stage') : t('course.timeline.placement')}
                    </td>
                    <td className="app-nowrap">{date(row.startsOn)}</td>
                    <td className="app-nowrap">
                      {row.endsOn ? date(row.endsOn) : t('course.timeline.ongoing')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Bars rows={rows} course={course} />
        </>
      )}
    </section>
  );
}
