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
}
