// The documentation sections of the course page: dated entries, the work-capacity description, the
// final report, and preparatory-plan starts with the PDF "input to the plan". The provider writes the
// documentation; the job centre records plan starts; both read everything they may see.
import { useRef, useState } from 'react';
import { useSession } from '../../../app/session.ts';
import { EntriesSection } from './EntriesSection.tsx';
import { FinalReportSection } from './FinalReportSection.tsx';
import { PlanStartsSection } from './PlanStartsSection.tsx';
import { WorkCapacitySection } from './WorkCapacitySection.tsx';
import './documentation.css';

export interface CourseSectionProps {
  courseId: string;
  citizenId: string;
  /** The user's organisation runs the course (provider) or is responsible for the citizen (job centre). */
  side: 'provider' | 'job_centre';
  /** The course has ended. */
  ended: boolean;
}

/** Announces what happened (saved, deleted, refused) and takes focus, so keyboard users are not lost. */
function useStatus() {
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  const show = (text: string, isError = false) => {
    setMessage({ text, isError });
    requestAnimationFrame(() => ref.current?.focus());
  };
  const element = (
    <div role="status" ref={ref} tabIndex={-1}>
      {message ? (
        <div className={message.isError ? 'alert alert-error' : 'alert alert-success'}>
          <div className="alert-body">
            <p className="alert-text">{message.text}</p>
          </div>
        </div>
      ) : null}
    </div>
  );
  return { show, element };
}

export function DocumentationSections({ courseId, side, ended }: CourseSectionProps) {
  const { can } = useSession();
  const status = useStatus();
  const canWrite = side === 'provider' && can('course.manage');
  const canRecordPlans = side === 'job_centre' && can('casework.manage');
  return (
    <>
      {status.element}
      <EntriesSection courseId={courseId} canWrite={canWrite} ended={ended} onMessage={status.show} />
      <WorkCapacitySection courseId={courseId} canWrite={canWrite} onMessage={status.show} />
      <FinalReportSection courseId={courseId} canWrite={canWrite} ended={ended} onMessage={status.show} />
      <PlanStartsSection courseId={courseId} canRecord={canRecordPlans} onMessage={status.show} />
    </>
  );
}
