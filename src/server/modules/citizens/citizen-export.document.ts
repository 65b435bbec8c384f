// The citizen's right of access (GDPR art. 15): the document's structure, version 1 (docs/citizen-export.md),
// and which section covers which table. The JSON export is this structure as it is; the PDF
// (citizen-export.pdf.ts) prints the same. Pure: no I/O.
import type { CitizenCourseRecord } from '../courses/citizen-record.service.ts';
import type { RegisterRecord } from '../imports/register-record.service.ts';
import type { Circumstances } from '../../../shared/courses/referral.schemas.ts';

export const CITIZEN_EXPORT_FORMAT = 'indsats.citizen-export';
export const CITIZEN_EXPORT_VERSION = 1;

/** Whether the access log (and who recorded what) names staff or only their organisation (local setting). */
export type StaffDisplay = 'names' | 'organisation';

/** A member of staff: the name only when the administration has chosen names (caseworkers and mentor always). */
export interface StaffRef {
  name: string | null;
  organisation: string | null;
}

type Course = CitizenCourseRecord['courses'][number];
type WithStaff<T, K extends keyof T, N extends string> = Omit<T, K> & Record<N, StaffRef | null>;

export interface CitizenExportDocument {
  format: typeof CITIZEN_EXPORT_FORMAT;
  version: typeof CITIZEN_EXPORT_VERSION;
  generatedAt: string;
  /** The caseworker's name, or `cli:<login>` for the operator's command line. */
  generatedBy: string;
  staffDisplay: StaffDisplay;
  citizen: {
    id: string;
    cpr: string;
    name: string;
    district: string | null;
    notes: string | null;
    jobCentre: { id: string; name: string };
    createdAt: string;
    updatedAt: string;
  };
  /** Null when the job centre has recorded none. */
  circumstances: Omit<Circumstances, 'citizenId' | 'minorityBackgroundHidden'> | null;
  providerLinks: { providerId: string; providerName: string; createdAt: string }[];
  referrals: WithStaff<
    CitizenCourseRecord['referrals'][number],
    'referredBy' | 'decidedBy',
    'referredBy' | 'decidedBy'
  >[];
  courses: (Omit<
    Course,
    | 'mentorUserId'
    | 'caseworkerUserIds'
    | 'stages'
    | 'entries'
    | 'documents'
    | 'absences'
    | 'pauses'
    | 'partyHearings'
  > & {
    mentor: StaffRef | null;
    caseworkers: StaffRef[];
    stages: WithStaff<Course['stages'][number], 'createdBy', 'createdBy'>[];
    entries: WithStaff<Course['entries'][number], 'authorUserId', 'author'>[];
    documents: WithStaff<Course['documents'][number], 'updatedBy', 'updatedBy'>[];
    absences: WithStaff<
      WithStaff<Course['absences'][number], 'reportedBy', 'reportedBy'>,
      'followedUpBy',
      'followedUpBy'
    >[];
    pauses: WithStaff<Course['pauses'][number], 'recordedBy', 'recordedBy'>[];
    partyHearings: WithStaff<
      WithStaff<Course['partyHearings'][number], 'sentBy', 'sentBy'>,
      'outcomeBy',
      'outcomeBy'
    >[];
  })[];
  placements: CitizenCourseRecord['placements'];
  planStarts: WithStaff<CitizenCourseRecord['planStarts'][number], 'recordedBy', 'recordedBy'>[];
  jobTalks: WithStaff<CitizenCourseRecord['jobTalks'][number], 'createdBy', 'createdBy'>[];
  treatmentReferrals: WithStaff<
    CitizenCourseRecord['treatmentReferrals'][number],
    'createdBy',
    'createdBy'
  >[];
  /** Null when the register extract holds no row for the citizen's CPR number. */
  register: RegisterRecord | null;
  /** Every use of the citizen's data the audit trail holds, newest first. */
  accessLog: AccessLogItem[];
}

export interface AccessLogItem {
  seq: number;
  occurredAt: string;
  action: string;
  entityType: string;
  /** What the data was used for, in Danish: the action and the kind of data. */
  purpose: string;
  /** 'operator': the municipality's IT operations through the command line, not a member of staff. */
  actorKind: 'staff' | 'operator';
  organisation: string | null;
  /** Only when the administration has chosen to show staff names. */
  staffName: string | null;
}

/**
 * Which section of the document covers which table holding a citizen's data (a `citizen_id` column, a
 * reference to `course` — a course's child rows are its citizen's — or register data keyed by
 * `person_hash`): the one list the completeness test reads. A new such table fails that test until it
 * is exported and listed here. `rows` gives the section's items for that table.
 */
export const EXPORT_COVERAGE: Record<
  string,
  { section: string; rows: (doc: CitizenExportDocument) => readonly unknown[] }
> = {
  citizen: { section: 'citizen', rows: (doc) => [doc.citizen] },
  citizen_circumstance: {
    section: 'circumstances',
    rows: (doc) => (doc.circumstances ? [doc.circumstances] : []),
  },
  citizen_provider_link: { section: 'providerLinks', rows: (doc) => doc.providerLinks },
  referral: { section: 'referrals', rows: (doc) => doc.referrals },
  course: { section: 'courses', rows: (doc) => doc.courses },
  course_caseworker: {
    section: 'courses[].caseworkers',
    rows: (doc) => doc.courses.flatMap((c) => c.caseworkers),
  },
  course_stage: { section: 'courses[].stages', rows: (doc) => doc.courses.flatMap((c) => c.stages) },
  course_entry: { section: 'courses[].entries', rows: (doc) => doc.courses.flatMap((c) => c.entries) },
  course_document: { section: 'courses[].documents', rows: (doc) => doc.courses.flatMap((c) => c.documents) },
  course_absence: { section: 'courses[].absences', rows: (doc) => doc.courses.flatMap((c) => c.absences) },
  course_pause: { section: 'courses[].pauses', rows: (doc) => doc.courses.flatMap((c) => c.pauses) },
  party_hearing: {
    section: 'courses[].partyHearings',
    rows: (doc) => doc.courses.flatMap((c) => c.partyHearings),
  },
  placement: { section: 'placements', rows: (doc) => doc.placements },
  plan_start: { section: 'planStarts', rows: (doc) => doc.planStarts },
  job_talk: { section: 'jobTalks', rows: (doc) => doc.jobTalks },
  treatment_referral: { section: 'treatmentReferrals', rows: (doc) => doc.treatmentReferrals },
  register_person: { section: 'register', rows: (doc) => (doc.register ? [doc.register] : []) },
  audit_event: { section: 'accessLog', rows: (doc) => doc.accessLog },
};
