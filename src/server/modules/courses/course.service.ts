// The courses module's use cases: the course list and page, mentor and caseworkers, stages, the end and
// aftercare, placements and referrals to abuse treatment. Other parts call these, never the repository.
export {
  countCourses,
  getCourse,
  getStaffOptions,
  listCourses,
  loadCourseDetail,
} from './services/course-read.ts';
export { setCaseworkers, updateCourse } from './services/course-staff.ts';
/** Running courses and their active mentors per provider (the promised mentor ratio, agreements module). */
export { getMentorLoad } from './services/mentor-load.ts';
export { changeStage, defaultAftercareEnd, endAftercare, endCourse } from './services/course-stages.ts';
export { createPlacement, deletePlacement, updatePlacement } from './services/placement-manage.ts';
/** At the server's start: seals placement assessments written as text before migration 0011. */
export { sealPlaintextAssessmentNotes } from './placement.repository.ts';
/** Refusing with field errors whose dates read in the user's language (talks, documentation). */
export { refuse, type Problem } from './services/course-shared.ts';
/** The course stages: whether one may follow another (referrals, on acceptance) and their names (plan PDF). */
export { checkTransition, stageName, type Stage } from './course.rules.ts';
/** The course, first stage and caseworker an accepted referral creates, in the referral's transaction. */
export { insertCourseFromReferral } from './course.repository.ts';
// The bulk import writes courses and placements through these (imports/services/courses.ts, placements.ts).
export { writeImportedCourses, writeImportedPlacements } from './services/course-import.ts';
export {
  createTreatmentReferral,
  summariseTreatmentReferrals,
  updateTreatmentReferral,
} from './services/course-treatment.ts';
