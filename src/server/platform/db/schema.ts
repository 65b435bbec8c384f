// Kysely table types, kept by hand beside the SQL migrations (camelCase through CamelCasePlugin).
// The tables of later modules stand in schema-<module>.ts files, re-exported here.
import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, UpdatedAt } from './schema-columns.ts';
import type * as budgets from './schema-budgets.ts';
import type * as committee from './schema-committee.ts';
import type * as courses from './schema-courses.ts';
import type * as lifecycle from './schema-lifecycle.ts';
import type * as meetings from './schema-meetings.ts';
import type * as payments from './schema-payments.ts';
import type * as pricing from './schema-pricing.ts';
import type * as promises from './schema-promises.ts';
import type * as register from './schema-register.ts';
import type * as tenders from './schema-tenders.ts';

export type * from './schema-budgets.ts';
export type * from './schema-courses.ts';
export type * from './schema-lifecycle.ts';
export type * from './schema-meetings.ts';
export type * from './schema-payments.ts';
export type * from './schema-promises.ts';
export type * from './schema-register.ts';
export type * from './schema-tenders.ts';
export { REGISTER_CATEGORIES } from './schema-register.ts';

export type OrganisationKind = 'administration' | 'job_centre' | 'provider';
export type AuditAction =
  'read' | 'search' | 'create' | 'update' | 'export' | 'delete' | 'login' | 'login_failed' | 'logout';

export interface SystemSettingTable {
  key: string;
  value: string;
  updatedAt: Generated<Date>;
}

export interface OrganisationTable {
  id: Generated<string>;
  kind: OrganisationKind;
  code: string;
  name: string;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface AppUserTable {
  id: Generated<string>;
  organisationId: string;
  username: string;
  displayName: string;
  passwordHash: string | null;
  roles: string[];
  oidcSubject: string | null;
  isActive: Generated<boolean>;
  /** The last successful sign-in, password or OpenID Connect (migration 0018); NULL before the first. */
  lastSignInAt: ColumnType<Date | null, Date | null | undefined, Date | null>;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface UserSessionTable {
  tokenHash: Buffer;
  userId: string;
  csrfToken: string;
  createdAt: CreatedAt;
  lastSeenAt: ColumnType<Date, Date | undefined, Date>;
  expiresAt: Date;
}

export interface LoginAttemptTable {
  id: Generated<number>;
  username: string;
  ip: string;
  /** NULL while the attempt's password is being checked (reserved, migration 0014). */
  succeeded: boolean | null;
  /** The trusted browser's device id, NULL for other clients (migration 0014). */
  device: string | null;
  attemptedAt: CreatedAt;
}

export interface OidcLoginTable {
  state: string;
  codeVerifier: string;
  nonce: string;
  returnTo: Generated<string>;
  createdAt: CreatedAt;
}

export interface CitizenTable {
  id: Generated<string>;
  jobCentreId: string;
  cprHash: Buffer;
  cprEncrypted: Buffer;
  /**
   * Migration 0031: the CPR number's birth date (birthDateOfCpr), written with it; null until filled
   * (openRuntime) or when the number has none. Only a report's speed depends on it.
   */
  birthDate: ColumnType<string | null, string | null | undefined, string | null>;
  name: string;
  district: string | null;
  notesEncrypted: Buffer | null;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface CitizenProviderLinkTable {
  citizenId: string;
  providerId: string;
  createdAt: CreatedAt;
}

export interface AuditEventTable {
  /** The insertion number, from an identity: gaps are normal (rolled-back transactions). */
  seq: Generated<number>;
  occurredAt: Generated<Date>;
  actorUserId: string | null;
  actorUsername: string;
  organisationId: string | null;
  action: AuditAction;
  entityType: string;
  entityId: string | null;
  citizenId: string | null;
  resultCitizenIds: string[];
  criteria: unknown;
  requestId: string | null;
  /** The position in the hash chain, given by the sealer; NULL until sealed (migration 0012). */
  chainSeq: number | null;
  prevHash: string | null;
  hash: string | null;
}

export interface AuditHeadTable {
  id: Generated<boolean>;
  /** The newest chain position and its hash. */
  seq: number;
  hash: string;
  /** Positions up to here were hashed by the writer before migration 0012. */
  legacySeq: Generated<number>;
}

export type PriceKind = 'programme' | 'aftercare';

export interface ProviderProfileTable {
  organisationId: string;
  cvr: string | null;
  district: string | null;
  neighbourhood: string | null;
  address: string | null;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  providerSince: number | null;
  description: string | null;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface TenderTable {
  id: Generated<string>;
  name: string;
  caseNumber: string | null;
  decidedOn: string | null;
  minBindingPartnerships: number | null;
  maxBindingPartnerships: number | null;
  /** A real cap per price kind (migration 0024), distinct from the estimated band. */
  programmeCapWeeklyOre: ColumnType<number | null, number | null | undefined, number | null>;
  aftercareCapWeeklyOre: ColumnType<number | null, number | null | undefined, number | null>;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface TenderPriceBandTable {
  tenderId: string;
  priceKind: PriceKind;
  minWeeklyOre: number;
  maxWeeklyOre: number;
}

export interface TenderAreaTable {
  id: Generated<string>;
  tenderId: string;
  number: number;
  name: string;
  targetGroup: Generated<string>;
  providersToSelect: number;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export type AgreementStatus = 'draft' | 'active' | 'terminated';

export interface FrameworkAgreementTable {
  id: Generated<string>;
  tenderAreaId: string;
  providerId: string;
  caseNumber: string | null;
  startsOn: string;
  originalEndsOn: string;
  endsOn: string;
  noticeWeeks: Generated<number>;
  status: Generated<AgreementStatus>;
  noticeGivenOn: string | null;
  terminationReason: string | null;
  longDurationJustification: string | null;
  /** The municipality's EAN number for invoices (migration 0026), 13 digits with a GS1 check digit. */
  ean: ColumnType<string | null, string | null | undefined, string | null>;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface AgreementExtensionTable {
  id: Generated<string>;
  agreementId: string;
  position: number;
  months: number;
  exercisedOn: string | null;
  createdAt: CreatedAt;
}

export interface AgreementPriceTable {
  id: Generated<string>;
  agreementId: string;
  priceKind: PriceKind;
  validFrom: string;
  validTo: string | null;
  weeklyOre: number;
  /** Why a price lies outside the tender's estimated band (migration 0024); NULL inside it. */
  outsideBandReason: ColumnType<string | null, string | null | undefined, string | null>;
  createdAt: CreatedAt;
}

export interface CompanyTable {
  id: Generated<string>;
  cvr: string;
  name: Generated<string>;
  address: string | null;
  district: string | null;
  industry: string | null;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export type PartnershipOffer = 'internship' | 'small_job' | 'job';

export interface CompanyPartnershipTable {
  id: Generated<string>;
  providerId: string;
  companyId: string;
  isBinding: boolean;
  startsOn: string;
  endsOn: string | null;
  offers: Generated<PartnershipOffer[]>;
  note: string | null;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export type LocalPartnerKind =
  | 'local_committee'
  | 'housing_association'
  | 'volunteer_organisation'
  | 'area_renewal'
  | 'social_services'
  | 'other';

export interface LocalPartnerTable {
  id: Generated<string>;
  providerId: string;
  kind: LocalPartnerKind;
  name: string;
  socialPlan: string | null;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  cooperation: Generated<string>;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface DatabaseSchema {
  systemSetting: SystemSettingTable;
  localSettingChange: lifecycle.LocalSettingChangeTable;
  organisation: OrganisationTable;
  appUser: AppUserTable;
  userSession: UserSessionTable;
  loginAttempt: LoginAttemptTable;
  oidcLogin: OidcLoginTable;
  citizen: CitizenTable;
  citizenProviderLink: CitizenProviderLinkTable;
  auditEvent: AuditEventTable;
  auditHead: AuditHeadTable;
  auditCheckpoint: lifecycle.AuditCheckpointTable;
  deletionLog: lifecycle.DeletionLogTable;
  providerProfile: ProviderProfileTable;
  tender: TenderTable;
  tenderPriceBand: TenderPriceBandTable;
  tenderArea: TenderAreaTable;
  frameworkAgreement: FrameworkAgreementTable;
  agreementExtension: AgreementExtensionTable;
  agreementPrice: AgreementPriceTable;
  budgetFrame: budgets.BudgetFrameTable;
  budget: budgets.BudgetTable;
  budgetActivity: budgets.BudgetActivityTable;
  budgetActivityAmount: budgets.BudgetActivityAmountTable;
  budgetAppropriation: budgets.BudgetAppropriationTable;
  budgetAppropriationAmount: budgets.BudgetAppropriationAmountTable;
  budgetStatedTotal: budgets.BudgetStatedTotalTable;
  company: CompanyTable;
  companyPartnership: CompanyPartnershipTable;
  localPartner: LocalPartnerTable;
  committeeItem: tenders.CommitteeItemTable;
  committeeProposal: tenders.CommitteeProposalTable;
  citizenCircumstance: courses.CitizenCircumstanceTable;
  eligibilityRule: courses.EligibilityRuleTable;
  referral: courses.ReferralTable;
  course: courses.CourseTable;
  courseCaseworker: courses.CourseCaseworkerTable;
  courseStage: courses.CourseStageTable;
  placement: courses.PlacementTable;
  courseEntry: courses.CourseEntryTable;
  courseDocument: courses.CourseDocumentTable;
  planStart: courses.PlanStartTable;
  jobTalk: courses.JobTalkTable;
  treatmentReferral: courses.TreatmentReferralTable;
  courseAbsence: courses.CourseAbsenceTable;
  partyHearing: courses.PartyHearingTable;
  // Follow-up with providers (migration 0025, issue 14).
  providerMeeting: meetings.ProviderMeetingTable;
  providerMeetingParticipant: meetings.ProviderMeetingParticipantTable;
  providerMeetingAction: meetings.ProviderMeetingActionTable;
  providerMeetingComment: meetings.ProviderMeetingCommentTable;
  providerComplaint: meetings.ProviderComplaintTable;
  importBatch: register.ImportBatchTable;
  registerCode: register.RegisterCodeTable;
  registerPerson: register.RegisterPersonTable;
  outcomeReport: register.OutcomeReportTable;
  // Tender evaluation (migration 0008, issue 6).
  tenderEvaluation: tenders.TenderEvaluationTable;
  tenderCriterion: tenders.TenderCriterionTable;
  tenderPriceElement: tenders.TenderPriceElementTable;
  tenderBid: tenders.TenderBidTable;
  tenderBidPrice: tenders.TenderBidPriceTable;
  tenderBidAttachment: tenders.TenderBidAttachmentTable;
  tenderEvaluator: tenders.TenderEvaluatorTable;
  tenderScore: tenders.TenderScoreTable;
  tenderConsensusScore: tenders.TenderConsensusScoreTable;
  // Paying providers (migration 0026, issue 14).
  billingBasis: payments.BillingBasisTable;
  billingBasisLine: payments.BillingBasisLineTable;
  billingInvoice: payments.BillingInvoiceTable;
  // The committee's reports (migration 0028, issue 14).
  committeeReportSchedule: committee.CommitteeReportScheduleTable;
  committeePack: committee.CommitteePackTable;
  committeePackDecision: committee.CommitteePackDecisionTable;
  // Price indexation and pauses in billing (migration 0027, issue 14).
  agreementPriceIndexation: pricing.AgreementPriceIndexationTable;
  agreementPauseExclusion: pricing.AgreementPauseExclusionTable;
  coursePause: pricing.CoursePauseTable;
  // The provider's promises per agreement (migration 0029, issue 14).
  agreementPromise: promises.AgreementPromiseTable;
}
