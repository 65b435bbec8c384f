// Kysely table types, kept by hand beside the SQL migrations (camelCase through CamelCasePlugin).
import type { ColumnType, Generated } from 'kysely';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;

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
  succeeded: boolean;
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
  seq: number;
  occurredAt: Date;
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
  prevHash: string;
  hash: string;
}

export interface AuditHeadTable {
  id: Generated<boolean>;
  seq: number;
  hash: string;
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
  createdAt: CreatedAt;
}

export interface BudgetFrameTable {
  id: Generated<string>;
  programme: string;
  tenderId: string | null;
  tenderAreaId: string | null;
  year: number;
  amountOre: number;
  expectedCourseWeeks: Generated<number>;
  expectedAftercareWeeks: Generated<number>;
  note: string | null;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface BudgetTable {
  id: Generated<string>;
  title: string;
  caseNumber: string | null;
  priceLevelYear: number;
  firstYear: number;
  lastYear: number;
  note: string | null;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface BudgetActivityTable {
  id: Generated<string>;
  budgetId: string;
  position: number;
  activity: string;
  steeringArea: Generated<string>;
}

export interface BudgetActivityAmountTable {
  activityId: string;
  year: number;
  grossOre: number;
  cofinancingOre: Generated<number>;
  cofinancingSource: string | null;
}

export interface BudgetAppropriationTable {
  id: Generated<string>;
  budgetId: string;
  position: number;
  steeringArea: Generated<string>;
  committee: string;
  appropriationNumber: string;
  direction: 'I' | 'U';
}

export interface BudgetAppropriationAmountTable {
  appropriationId: string;
  year: number;
  amountOre: number;
}

export interface BudgetStatedTotalTable {
  id: Generated<string>;
  budgetId: string;
  tableName: 'activities' | 'appropriations';
  rowPosition: number | null;
  year: number | null;
  amountOre: number;
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
  organisation: OrganisationTable;
  appUser: AppUserTable;
  userSession: UserSessionTable;
  loginAttempt: LoginAttemptTable;
  oidcLogin: OidcLoginTable;
  citizen: CitizenTable;
  citizenProviderLink: CitizenProviderLinkTable;
  auditEvent: AuditEventTable;
  auditHead: AuditHeadTable;
  providerProfile: ProviderProfileTable;
  tender: TenderTable;
  tenderPriceBand: TenderPriceBandTable;
  tenderArea: TenderAreaTable;
  frameworkAgreement: FrameworkAgreementTable;
  agreementExtension: AgreementExtensionTable;
  agreementPrice: AgreementPriceTable;
  budgetFrame: BudgetFrameTable;
  budget: BudgetTable;
  budgetActivity: BudgetActivityTable;
  budgetActivityAmount: BudgetActivityAmountTable;
  budgetAppropriation: BudgetAppropriationTable;
  budgetAppropriationAmount: BudgetAppropriationAmountTable;
  budgetStatedTotal: BudgetStatedTotalTable;
  company: CompanyTable;
  companyPartnership: CompanyPartnershipTable;
  localPartner: LocalPartnerTable;
  committeeItem: CommitteeItemTable;
  committeeProposal: CommitteeProposalTable;
  citizenCircumstance: CitizenCircumstanceTable;
  eligibilityRule: EligibilityRuleTable;
  referral: ReferralTable;
  course: CourseTable;
  courseCaseworker: CourseCaseworkerTable;
  courseStage: CourseStageTable;
  placement: PlacementTable;
  courseEntry: CourseEntryTable;
  courseDocument: CourseDocumentTable;
  planStart: PlanStartTable;
  jobTalk: JobTalkTable;
  treatmentReferral: TreatmentReferralTable;
  importBatch: ImportBatchTable;
  registerCode: RegisterCodeTable;
  registerPerson: RegisterPersonTable;
  outcomeReport: OutcomeReportTable;
  // Tender evaluation (migration 0008, issue 6).
  tenderEvaluation: TenderEvaluationTable;
  tenderCriterion: TenderCriterionTable;
  tenderPriceElement: TenderPriceElementTable;
  tenderBid: TenderBidTable;
  tenderBidPrice: TenderBidPriceTable;
  tenderBidAttachment: TenderBidAttachmentTable;
  tenderEvaluator: TenderEvaluatorTable;
  tenderScore: TenderScoreTable;
  tenderConsensusScore: TenderConsensusScoreTable;
}

// The committee's decision record (migration 0005, issue 6).
export interface CommitteeItemTable {
  id: Generated<string>;
  committee: string;
  committeeShort: string | null;
  meetingDate: string;
  caseNumber: string | null;
  title: string;
  tenderId: string | null;
  recommendation: string;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export type CommitteeProposalKind = 'recommendation' | 'amendment';

export interface CommitteeProposalTable {
  id: Generated<string>;
  committeeItemId: string;
  kind: CommitteeProposalKind;
  position: number;
  text: string;
  parties: Generated<string[]>;
  /** Criterion code → weight; written as a JSON string. */
  criteriaWeights: ColumnType<Record<string, number> | null, string | null, string | null>;
  votesFor: number | null;
  votesAgainst: number | null;
  votesAbstaining: number | null;
  partiesFor: Generated<string[]>;
  partiesAgainst: Generated<string[]>;
  partiesAbstaining: Generated<string[]>;
  votedAt: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

// Referrals and courses (migration 0006, issue 4). Dates are ISO strings (YYYY-MM-DD).
export type BenefitType =
  'cash_benefit' | 'education_benefit' | 'integration_benefit' | 'sickness_benefit' | 'other' | 'none';

export interface CitizenCircumstanceTable {
  citizenId: string;
  benefitType: BenefitType | null;
  activityReady: boolean | null;
  onBenefitsSince: string | null;
  minorityBackground: boolean | null;
  abuseProblem: boolean | null;
  updatedAt: UpdatedAt;
}

export type EligibilityRuleKind =
  | 'activity_ready_cash_benefit'
  | 'min_age'
  | 'women_minority_background'
  | 'max_years_on_benefits'
  | 'abuse_problem';

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
  consentGiven: boolean;
  informedOn: string | null;
  noteEncrypted: Buffer | null;
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
  assessmentNote: string | null;
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

// Imports, the DREAM register and saved outcome reports (migration 0007, issue 5).
export type ImportKind = 'providers' | 'courses' | 'placements' | 'plans' | 'codebook' | 'register';
export type ImportStatus = 'running' | 'succeeded' | 'failed';

export interface ImportError {
  /** 1-based line of the file (the header is line 1). */
  line: number;
  column?: string;
  /** A message key of src/shared/imports/import.messages.ts, translated when shown. */
  message: string;
  params?: Record<string, string | number>;
}

export interface ImportBatchTable {
  id: Generated<string>;
  kind: ImportKind;
  fileName: string;
  fileSha256: string;
  status: Generated<ImportStatus>;
  rowsTotal: Generated<number>;
  rowsCreated: Generated<number>;
  rowsUpdated: Generated<number>;
  rowsUnchanged: Generated<number>;
  errorCount: Generated<number>;
  /** Written as a JSON string. */
  errors: ColumnType<ImportError[], string | undefined, string>;
  ignoredColumns: Generated<string[]>;
  /** Written as a JSON string. */
  options: ColumnType<Record<string, unknown>, string | undefined, string>;
  /** Facts of the run beyond the counts (codes added, citizens created, the register's weeks); JSON string. */
  details: ColumnType<Record<string, unknown>, string | undefined, string>;
  startedBy: string;
  startedAt: CreatedAt;
  finishedAt: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export type RegisterCategory = 'benefit' | 'education' | 'non_benefit' | 'exit_register';

export interface RegisterCodeTable {
  code: string;
  meaning: string;
  category: RegisterCategory;
  verified: Generated<boolean>;
  importBatchId: string | null;
  updatedAt: UpdatedAt;
}

export interface RegisterPersonTable {
  personHash: Buffer;
  firstWeekMonday: string;
  weeklyCodes: number[];
  firstMonth: string | null;
  employmentDegrees: Generated<number[]>;
  importBatchId: string;
  updatedAt: UpdatedAt;
}

export interface OutcomeReportTable {
  id: Generated<string>;
  title: string;
  definitionVersion: string;
  /** Written as a JSON string. */
  parameters: ColumnType<Record<string, unknown>, string, string>;
  importBatchIds: Generated<string[]>;
  /** Written as a JSON string. */
  results: ColumnType<Record<string, unknown>, string, string>;
  createdBy: string;
  createdAt: CreatedAt;
}

// Tender evaluation (migration 0008, issue 6). Weights are percents, points on the tender's scale, money øre.
export type TenderPriceModel = 'proportional' | 'linear' | 'interval';

export interface TenderAlternativeWeighting {
  name: string;
  weights: Record<string, number>;
}

export interface TenderEvaluationTable {
  tenderId: string;
  qualityWeight: number;
  priceWeight: number;
  scaleMin: Generated<number>;
  scaleMax: Generated<number>;
  priceModel: TenderPriceModel;
  priceSlope: number | null;
  priceBestOre: number | null;
  priceWorstOre: number | null;
  /** Written as a JSON string. */
  alternatives: ColumnType<TenderAlternativeWeighting[], string | undefined, string>;
  decidedBy: string | null;
  decidedAt: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  committeeItemId: string | null;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface TenderCriterionTable {
  id: Generated<string>;
  tenderId: string;
  code: string;
  name: string;
  weight: number;
  emphasis: Generated<string>;
  position: number;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface TenderPriceElementTable {
  id: Generated<string>;
  tenderId: string;
  code: string;
  name: string;
  volume: number;
  priceKind: PriceKind | null;
  position: number;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface TenderBidTable {
  id: Generated<string>;
  tenderId: string;
  tenderAreaId: string;
  providerId: string | null;
  bidderName: string | null;
  bidderCvr: string | null;
  bidderDistrict: string | null;
  solution: Generated<string>;
  receivedOn: string | null;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface TenderBidPriceTable {
  bidId: string;
  priceElementId: string;
  weeklyOre: number;
}

export interface TenderBidAttachmentTable {
  id: Generated<string>;
  bidId: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  content: Buffer;
  createdBy: string | null;
  createdAt: CreatedAt;
}

export interface TenderEvaluatorTable {
  tenderId: string;
  userId: string;
  createdAt: CreatedAt;
}

export interface TenderScoreTable {
  bidId: string;
  criterionId: string;
  evaluatorId: string;
  points: number;
  justification: string;
  recordedBy: string | null;
  updatedAt: UpdatedAt;
}

export interface TenderConsensusScoreTable {
  bidId: string;
  criterionId: string;
  points: number;
  justification: string;
  recordedBy: string | null;
  updatedAt: UpdatedAt;
}
