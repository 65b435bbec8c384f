import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../../app/api.ts';
import { useSession } from '../../../app/session.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { DocumentationSections } from '../documentation/DocumentationSections.tsx';
import { TalksSection } from '../talks/TalksSection.tsx';
import { useCourse, type CourseDetail } from './course.api.ts';
import { CourseFacts } from './CourseFacts.tsx';
import { CoursePlacements } from './CoursePlacements.tsx';
import { EndAftercareForm, EndCourseForm, StageForm } from './CourseStageForms.tsx';
import { StaffForm } from './CourseStaffForms.tsx';
import { CourseTimeline } from './CourseTimeline.tsx';
import { TreatmentSection } from './TreatmentSection.tsx';
import { AbsenceSection } from './AbsenceSection.tsx';
import { PauseSection } from './PauseSection.tsx';
import { StatusScope, WithSectionStatus, type ShowStatus } from '../../../components/StatusMessage.tsx';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Action = 'stage' | 'end' | 'aftercare' | 'mentor' | 'caseworkers';

function Actions({ course, onMessage }: { course: CourseDetail; onMessage: ShowStatus }) {
  const { t } = useTranslation('courses');
  const { can } = useSession();
  const [open, setOpen] = useState<Action | null>(null);
  const providerSide = course.side === 'provider' && can('course.manage');
  const jobCentreSide = course.side === 'job_centre' && can('casework.manage');
  const actions: { key: Action; label: string }[] = [];
  if (providerSide && course.status === 'active') {
    if (course.nextStages.length > 0) actions.push({ key: 'stage', label: t('course.page.changeStage') });
    actions.push({ key: 'end', label: t('course.page.endCourse') });
  }
  if (providerSide && course.status === 'aftercare') {
    actions.push({ key: 'aftercare', label: t('course.page.endAftercare') });
  }
  if (providerSide) actions.push({ key: 'mentor', label: t('course.page.editPeople') });
  if (jobCentreSide) actions.push({ key: 'caseworkers', label: t('course.page.editCaseworkers') });
  if (actions.length === 0) return null;

  const buttonId = (key: Action) => `course-action-${key}`;
  const close = (key: Action) => {
    setOpen(null);
    requestAnimationFrame(() => document.getElementById(buttonId(key))?.focus());
  };
  const done = (message: string) => {
    setOpen(null);
    onMessage(message);
  };
  const props = (key: Action) => ({ course, onDone: done, onCancel: () => close(key) });
  return (
    <section className="app-section" aria-labelledby="course-actions-heading">
      <h2 id="course-actions-heading">{t('course.page.actions')}</h2>
      <div className="crs-actions">
        {actions.map((action) => (
          <button
            key={action.key}
            id={buttonId(action.key)}
            type="button"
            className="button button-secondary"
            aria-expanded={open === action.key}
            onClick={() => setOpen(open === action.key ? null : action.key)}
          >
            {action.label}
          </button>
        ))}
      </div>
      {open === 'stage' ? <StageForm {...props('stage')} /> : null}
      {open === 'end' ? <EndCourseForm {...props('end')} /> : null}
      {open === 'aftercare' ? <EndAftercareForm {...props('aftercare')} /> : null}
      {open === 'mentor' ? <StaffForm kind="mentor" {...props('mentor')} /> : null}
      {open === 'caseworkers' ? <StaffForm kind="caseworkers" {...props('caseworkers')} /> : null}
    </section>
  );
}

/** Each section reports below itself; one message on the page at a time (components/StatusMessage). */
function CourseView({ course }: { course: CourseDetail }) {
  const { can } = useSession();
  const canManage = course.side === 'provider' && can('course.manage');
  return (
    <StatusScope>
      <CourseFacts course={course} />
      <WithSectionStatus owner="actions">
        {(show) => <Actions course={course} onMessage={show} />}
      </WithSectionStatus>
      <CourseTimeline course={course} />
      <WithSectionStatus owner="placements">
        {(show) => <CoursePlacements course={course} canManage={canManage} onMessage={show} />}
      </WithSectionStatus>
      <WithSectionStatus owner="treatment">
        {(show) => <TreatmentSection course={course} canManage={canManage} onMessage={show} />}
      </WithSectionStatus>
      <AbsenceSection courseId={course.id} />
      <PauseSection courseId={course.id} />
      <DocumentationSections
        courseId={course.id}
        citizenId={course.citizen.id}
        side={course.side}
        ended={course.endsOn !== null}
      />
      <TalksSection
        courseId={course.id}
        citizenId={course.citizen.id}
        side={course.side}
        ended={course.endsOn !== null}
      />
    </StatusScope>
  );
}

function NotFoundText() {
  const { t } = useTranslation('courses');
  return (
    <>
      <p className="font-lead">{t('course.page.notFoundText')}</p>
      <p>
        <Link to="/forloeb">{t('course.page.back')}</Link>
      </p>
    </>
  );
}

function LoadingCourse({ id }: { id: string }) {
  const { t } = useTranslation('courses');
  const course = useCourse(id);
  const notFound = isApiError(course.error) && (course.error.status === 404 || course.error.status === 403);
  const title = course.data?.citizen.name ?? (notFound ? t('course.page.notFoundTitle') : t('course.title'));
  usePageTitle(course.data ? `${title} – ${t('course.title')}` : title);
  // One h1 element throughout loading, so focus placed on it after navigation stays there.
  return (
    <>
      {course.data ? <p className="app-eyebrow">{t('course.title')}</p> : null}
      <h1>{title}</h1>
      {course.isPending ? (
        <Loading />
      ) : notFound ? (
        <NotFoundText />
      ) : course.isError ? (
        <ErrorAlert error={course.error} />
      ) : (
        <CourseView course={course.data} />
      )}
    </>
  );
}

function InvalidId() {
  const { t } = useTranslation('courses');
  usePageTitle(t('course.page.notFoundTitle'));
  return (
    <>
      <h1>{t('course.page.notFoundTitle')}</h1>
      <NotFoundText />
    </>
  );
}

/** /forloeb/:id — the course page: facts, timeline, placements, treatment, documentation and talks. */
export function CoursePage() {
  const { id = '' } = useParams();
  if (!UUID.test(id)) return <InvalidId />;
  return <LoadingCourse key={id} id={id} />;
}
