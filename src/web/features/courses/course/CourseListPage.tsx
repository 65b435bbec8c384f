import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { COURSE_STATUSES, type CourseStatus } from '../../../../shared/courses/course.constants.ts';
import { withQuery } from '../../../app/api.ts';
import { useSession } from '../../../app/session.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { formatDate } from '../../../components/format.ts';
import { Loading } from '../../../components/Loading.tsx';
import { Pagination } from '../../../components/Pagination.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { useCourseList, type CourseList } from './course.api.ts';
import { useLanguage } from '../../../components/useLanguage.ts';
import { DataTable } from '../../../components/DataTable.tsx';
import { FilterSelect } from '../../../components/form/fields.tsx';

function statusFrom(value: string | null): CourseStatus {
  return (COURSE_STATUSES as readonly (string | null)[]).includes(value) ? (value as CourseStatus) : 'active';
}

function pageFrom(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

function Filters({
  status,
  q,
  onApply,
}: {
  status: CourseStatus;
  q: string;
  onApply: (s: CourseStatus, q: string) => void;
}) {
  const { t } = useTranslation('courses');
  const [draftStatus, setDraftStatus] = useState(status);
  const [draftQ, setDraftQ] = useState(q);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply(draftStatus, draftQ.trim());
  };
  return (
    <form className="crs-filters" onSubmit={submit} role="search" aria-label={t('course.list.filters')}>
      <FilterSelect
        id="course-filter-status"
        label={t('course.list.status')}
        value={draftStatus}
        onChange={(value) => setDraftStatus(value as CourseStatus)}
        options={COURSE_STATUSES.map((s) => ({ value: s, label: t(`course.statuses.${s}`) }))}
      />
      <div className="form-group">
        <label className="form-label" htmlFor="course-filter-q">
          {t('course.list.q')}
        </label>
        <input
          id="course-filter-q"
          className="form-input"
          type="search"
          autoComplete="off"
          value={draftQ}
          onChange={(event) => setDraftQ(event.target.value)}
        />
      </div>
      <button type="submit" className="button button-secondary">
        {t('course.list.search')}
      </button>
    </form>
  );
}

type Course = CourseList['items'][number];

function CourseTable({ list, status }: { list: CourseList; status: CourseStatus }) {
  const { t } = useTranslation('courses');
  const language = useLanguage();
  // A provider's users see only their own provider's courses: the column would say the same on every row.
  const showProvider = useSession().me.organisation.kind !== 'provider';
  const date = (iso: string | null) => (iso ? formatDate(iso, language) : '');
  return (
    <DataTable<Course>
      rows={list.items}
      rowKey={(course) => course.id}
      empty={t('course.list.empty')}
      caption={t('course.list.caption', { status: t(`course.statuses.${status}`) })}
      columns={[
        {
          label: t('course.list.columns.citizen'),
          rowHeader: true,
          sort: { kind: 'text', value: (course) => course.citizen.name },
          cell: (course) => <Link to={`/forloeb/${course.id}`}>{course.citizen.name}</Link>,
        },
        showProvider && {
          label: t('course.list.columns.provider'),
          sort: { kind: 'text', value: (course) => course.provider.name },
          cell: (course) => course.provider.name,
        },
        {
          label: t('course.list.columns.stage'),
          optional: true,
          cell: (course) => (course.stage ? t(`course.stages.${course.stage}`) : ''),
        },
        {
          label: t('course.list.columns.mentor'),
          optional: true,
          sort: { kind: 'text', value: (course) => course.mentor?.name },
          cell: (course) =>
            course.mentor?.name ?? <span className="app-muted">{t('course.list.noMentor')}</span>,
        },
        {
          label: t('course.list.columns.starts'),
          className: 'app-nowrap',
          sort: { kind: 'date', value: (course) => course.startsOn },
          cell: (course) => date(course.startsOn),
        },
        {
          label: t('course.list.columns.plannedEnd'),
          className: 'app-nowrap',
          optional: true,
          sort: { kind: 'date', value: (course) => course.plannedEndsOn },
          cell: (course) => date(course.plannedEndsOn),
        },
        {
          label: t('course.list.columns.end'),
          optional: true,
          cell: (course) => (
            <>
              {course.endsOn && course.endReason
                ? t('course.list.endedOn', {
                    date: date(course.endsOn),
                    reason: t(`course.endReasons.${course.endReason}`),
                  })
                : null}
              {course.aftercareStartsOn && !course.aftercareEndsOn ? (
                <div>{t('course.list.aftercareUntil', { date: date(course.aftercarePlannedEndsOn) })}</div>
              ) : null}
            </>
          ),
        },
      ]}
    />
  );
}

/** /forloeb?status=…&q=…&side=…: the user's courses; the filters live in the URL so back/forward work. */
export function CourseListPage() {
  const { t } = useTranslation('courses');
  usePageTitle(t('course.title'));
  const [params, setParams] = useSearchParams();
  const status = statusFrom(params.get('status'));
  const q = params.get('q')?.trim() ?? '';
  const page = pageFrom(params.get('side'));
  const list = useCourseList(status, q, page);
  const href = (target: number) =>
    withQuery('/forloeb', {
      status: status === 'active' ? null : status,
      q,
      side: target > 1 ? target : null,
    });

  return (
    <>
      <h1>{t('course.title')}</h1>
      <p className="font-lead">{t('course.list.intro')}</p>
      <Filters
        key={`${status}|${q}`}
        status={status}
        q={q}
        onApply={(s, text) => {
          const next: Record<string, string> = {};
          if (s !== 'active') next.status = s;
          if (text) next.q = text;
          setParams(next);
        }}
      />
      <p className="sr-only" role="status">
        {list.data ? t('course.list.count', { count: list.data.total }) : ''}
      </p>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorAlert error={list.error} />
      ) : (
        <section
          className="app-section"
          aria-label={t('course.list.caption', { status: t(`course.statuses.${status}`) })}
        >
          <p className="app-result-count">{t('course.list.count', { count: list.data.total })}</p>
          <CourseTable list={list.data} status={status} />
          <Pagination page={page} pageSize={list.data.pageSize} total={list.data.total} hrefFor={href} />
        </section>
      )}
    </>
  );
}
