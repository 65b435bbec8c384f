// Kysely table types of follow-up with providers (migration 0025, issue 14): meetings, participants,
// agreed actions, comments and complaints. Re-exported by schema.ts.
import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, UpdatedAt } from './schema-columns.ts';

export type MeetingActionStatus = 'open' | 'done' | 'cancelled';
export type ComplaintKind = 'complaint' | 'incident';
export type ComplaintSource = 'citizen' | 'caseworker' | 'company' | 'other';

export interface ProviderMeetingTable {
  id: Generated<string>;
  providerId: string;
  heldOn: string;
  minutes: Generated<string>;
  /** The agenda snapshot (shared/meetings/agenda.schemas.ts), written as JSON text, read as an object. */
  agenda: ColumnType<unknown, string | null | undefined, string | null>;
  agendaGeneratedOn: string | null;
  createdBy: string | null;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface ProviderMeetingParticipantTable {
  id: Generated<string>;
  meetingId: string;
  providerId: string;
  userId: string | null;
  externalName: string | null;
  externalOrganisation: string | null;
}

export interface ProviderMeetingActionTable {
  id: Generated<string>;
  meetingId: string;
  providerId: string;
  text: string;
  ownerId: string;
  dueOn: string;
  status: Generated<MeetingActionStatus>;
  closedOn: string | null;
  createdBy: string | null;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface ProviderMeetingCommentTable {
  id: Generated<string>;
  meetingId: string;
  providerId: string;
  actionId: string | null;
  authorId: string;
  body: string;
  createdAt: CreatedAt;
}

export interface ProviderComplaintTable {
  id: Generated<string>;
  providerId: string;
  receivedOn: string;
  kind: ComplaintKind;
  source: ComplaintSource;
  descriptionEncrypted: Buffer;
  handlingEncrypted: Buffer | null;
  closedOn: string | null;
  createdBy: string | null;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}
