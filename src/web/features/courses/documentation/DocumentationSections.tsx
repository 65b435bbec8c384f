// The documentation sections of the course page (placeholder until the part is built).
export interface CourseSectionProps {
  courseId: string;
  citizenId: string;
  /** The user's organisation runs the course (provider) or is responsible for the citizen (job centre). */
  side: 'provider' | 'job_centre';
  /** The course has ended. */
  ended: boolean;
}

export function DocumentationSections(_props: CourseSectionProps) {
  return null;
}
