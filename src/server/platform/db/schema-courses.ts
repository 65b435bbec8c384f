// Kysely table types of referrals and courses (migration 0006), re-exported by schema.ts.
import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, UpdatedAt } from './schema-columns.ts';
import type { BenefitType as SharedBenefitType } from '../../../shared/courses/benefit-types.ts';
import type { RuleKind } from '../../../shared/courses/rule-kinds.ts';
import type {
  PartyHearingMethod,
  PartyHearingOutcome,
  PartyHearingSubject,
} from '../../../shared/courses/party-hearing.constants.ts';

// Referrals and courses (migration 0006, issue 4). Dates are ISO strings (YYYY-MM-DD).
// Every benefit type ever recorded; which a date offers is date-versioned (shared/courses/benefit-types.ts).
export type BenefitType = SharedBenefitType;

export interface CitizenCircumstanceTable {
  citizenId: string;
  benefitType: BenefitType | null;
  activityReady: boolean | null;
  onBenefitsSince: string | null;
  /** Before migration 0017 only: sealed into minorityBackgroundEncrypted at the server's start. */
  minorityBackground: boolean | null;
  /** "true" or "false", AES-256-GCM (migration 0017). */
  minorityBackgroundEncrypted: Buffer | null;
  abuseProblem: boolean | null;
  /** First request to the municipality for help: the job-talk period starts here (migration 0019, LAB § 9). */
  firstRequestOn: ColumnType<string | null, string | null | undefined, string | null>;
  updatedAt: UpdatedAt;
}

export type EligibilityRuleKind = RuleKind;

export interface EligibilityRuleTable {
  id: Generated<string>;
  tenderAreaId: string;
  kind: EligibilityRuleKind;
  /** e.g. {"years": 30}; written as a JSON string. */
  params: ColumnType<Record<string, number>, string | undefined, string>;
  validFrom: string;
  validTo: string | null;
  createdAt: CreatedAt;
}

export type ReferralStatus = 'pending' | 'accepted' | 'rejected' | 'withdrawn';

/** The offer decided under LAB (migration 0020): kap. 14 vejledning og opkvalificering, kap. 11 virksomhedspraktik. */
export type OfferType = 'guidance_and_upskilling' | 'internship';
export type CitizenResponse = 'accepted' | 'refused';

export interface ReferralTable {
  id: Generated<string>;
  citizenId: string;
  providerId: string;
  agreementId: string;
  referredBy: string | null;
  referredOn: string;
  status: Generated<ReferralStatus>;
  outsideDistrict: Generated<boolean>;
  capacityWarning: Generated<boolean>;
  /** Legacy (before migration 0020): no longer written or shown; the offer decision replaced it. */
  consentGiven: boolean | null;
  informedOn: string | null;
  noteEncrypted: Buffer | null;
  offerType: OfferType | null;
  offerFrom: string | null;
  offerTo: string | null;
  citizenResponse: CitizenResponse | null;
  citizenResponseReasonEncrypted: Buffer | null;
  outsideTargetGroup: Generated<boolean>;
  targetGroupReasonEncrypted: Buffer | null;
  decidedBy: string | null;
  decidedOn: string | null;
  decisionReason: string | null;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export type CourseStageKind =
  | 'internal_training'
  | 'external_internship'
  | 'small_job'
  | 'job'
  | 'education'
  | 'flexjob_clarification'
  | 'disability_pension_clarification'
  | 'aftercare';

export type CourseEndReason =
  | 'job'
  | 'small_job'
  | 'education'
  | 'flexjob'
  | 'disability_pension'
  | 'dropped_out'
  | 'moved'
  | 'illness'
  | 'other';

export interface CourseTable {
  id: Generated<string>;
  referralId: string | null;
  externalRef: string | null;
  citizenId: string;
  providerId: string;
  agreementId: string | null;
  mentorUserId: string | null;
  startsOn: string;
  plannedEndsOn: string | null;
  endsOn: string | null;
  endReason: CourseEndReason | null;
  aftercareStartsOn: string | null;
  aftercarePlannedEndsOn: string | null;
  aftercareEndsOn: string | null;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface CourseCaseworkerTable {
  courseId: string;
  userId: string;
  citizenId: string;
}

export interface CourseStageTable {
  id: Generated<string>;
  courseId: string;
  citizenId: string;
  stage: CourseStageKind;
  startsOn: string;
  endsOn: string | null;
  createdBy: string | null;
  createdAt: CreatedAt;
}

export type PlacementKind = 'internship' | 'wage_subsidy' | 'small_job';
export type ExtensionBasis = 'base' | 'concrete_assessment' | 'special_need';

export interface PlacementTable {
  id: Generated<string>;
  externalRef: string | null;
  courseId: string | null;
  citizenId: string;
  companyId: string;
  kind: PlacementKind;
  startsOn: string;
  endsOn: string | null;
  weeklyHoursTenths: number | null;
  extensionBasis: Generated<ExtensionBasis>;
  specialNeedExtensions: Generated<number>;
  /** Plain text of rows written before migration 0011, sealed at the server's start; otherwise null. */
  assessmentNote: string | null;
  assessmentNoteEncrypted: Buffer | null;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export type CourseEntryKind = 'task' | 'attendance' | 'accommodation' | 'progression' | 'note';
export type CourseEntrySetting = 'training' | 'internship';

export interface CourseEntryTable {
  id: Generated<string>;
  courseId: string;
  citizenId: string;
  entryOn: string;
  kind: CourseEntryKind;
  setting: CourseEntrySetting | null;
  attended: boolean | null;
  textEncrypted: Buffer;
  isSensitive: Generated<boolean>;
  authorUserId: string | null;
  createdAt: CreatedAt;
}

export type CourseDocumentKind = 'work_capacity' | 'final_report';

export interface CourseDocumentTable {
  courseId: string;
  citizenId: string;
  kind: CourseDocumentKind;
  contentEncrypted: Buffer;
  completedOn: string | null;
  updatedBy: string | null;
  updatedAt: UpdatedAt;
}

export type PlanType = 'forberedende_plan' | 'samlet_beskrivelse';

export interface PlanStartTable {
  id: Generated<string>;
  externalRef: string | null;
  citizenId: string;
  courseId: string | null;
  planType: PlanType;
  startedOn: string;
  recordedBy: string | null;
  createdAt: CreatedAt;
}

export type TalkVenue = 'provider' | 'job_centre' | 'phone' | 'video';
export type TalkOutcomeStatus = 'planned' | 'held' | 'not_attended' | 'cancelled';

export interface JobTalkTable {
  id: Generated<string>;
  citizenId: string;
  courseId: string | null;
  obligation: 'first' | 'follow_up';
  deadline: string | null;
  scheduledOn: string;
  venue: TalkVenue;
  outcome: Generated<TalkOutcomeStatus>;
  heldOn: string | null;
  ruleSource: string | null;
  createdBy: string | null;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export type TreatmentOutcome = 'pending' | 'started' | 'not_started';

export interface TreatmentReferralTable {
  id: Generated<string>;
  citizenId: string;
  courseId: string | null;
  referredOn: string;
  outreachWorker: string | null;
  outcome: Generated<TreatmentOutcome>;
  outcomeOn: string | null;
  createdBy: string | null;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

// Absence from the programme (migration 0021, issue 12).
export type AbsenceReason = 'illness' | 'personal' | 'no_show' | 'other';
export type AbsenceFollowUp = 'contact_made' | 'reasonable_reason' | 'sanction_decision';

export interface CourseAbsenceTable {
  id: Generated<string>;
  courseId: string;
  citizenId: string;
  absentOn: string;
  hoursTenths: number;
  reason: AbsenceReason | null;
  reportedBy: string | null;
  followUp: AbsenceFollowUp | null;
  followedUpOn: string | null;
  sanctionDecisionOn: string | null;
  followedUpBy: string | null;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

// Party hearing (partshøring) of the provider's documentation (migration 0023, issue 12).
export interface PartyHearingTable {
  id: Generated<string>;
  courseId: string;
  citizenId: string;
  subject: PartyHearingSubject;
  planStartId: string | null;
  documentUpdatedAt: Date | null;
  sentOn: string;
  deadlineOn: string;
  method: PartyHearingMethod;
  sentBy: string | null;
  outcome: PartyHearingOutcome | null;
  outcomeOn: string | null;
  /** AES-256-GCM, present exactly when outcome is 'comments'. */
  commentsEncrypted: Buffer | null;
  outcomeBy: string | null;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}
