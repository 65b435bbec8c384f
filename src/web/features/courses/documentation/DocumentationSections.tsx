// The documentation sections of the course page: dated entries, the work-capacity description, the
// final report, preparatory-plan starts with the PDF "input to the plan", and party hearings of these. The provider writes the
// documentation; the job centre records plan starts; both read everything they may see.
import { useSession } from '../../../app/session.ts';
import { WithSectionStatus } from '../../../components/StatusMessage.tsx';
import { EntriesSection } from './EntriesSection.tsx';
import { FinalReportSection } from './FinalReportSection.tsx';
import { PartyHearingSection } from './PartyHearingSection.tsx';
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

export function DocumentationSections({ courseId, side, ended }: CourseSectionProps) {
  const { can } = useSession();
  const canWrite = side === 'provider' && can('course.manage');
  const canRecordPlans = side === 'job_centre' && can('casework.manage');
  // Each section's message stands below that section (on the course page, one message at a time).
  return (
    <>
      <WithSectionStatus owner="entries">
        {(show) => <EntriesSection courseId={courseId} canWrite={canWrite} ended={ended} onMessage={show} />}
      </WithSectionStatus>
      <WithSectionStatus owner="work-capacity">
        {(show) => <WorkCapacitySection courseId={courseId} canWrite={canWrite} onMessage={show} />}
      </WithSectionStatus>
      <WithSectionStatus owner="final-report">
        {(show) => (
          <FinalReportSection courseId={courseId} canWrite={canWrite} ended={ended} onMessage={show} />
        )}
      </WithSectionStatus>
      <WithSectionStatus owner="plan-starts">
        {(show) => <PlanStartsSection courseId={courseId} canRecord={canRecordPlans} onMessage={show} />}
      </WithSectionStatus>
      <WithSectionStatus owner="party-hearing">
        {(show) => <PartyHearingSection courseId={courseId} onMessage={show} />}
      </WithSectionStatus>
    </>
  );
}
