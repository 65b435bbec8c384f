// The job-talk section of the course page (placeholder until the part is built).
import type { CourseSectionProps } from '../documentation/DocumentationSections.tsx';

export function TalksSection(_props: CourseSectionProps) {
  return null;
}
