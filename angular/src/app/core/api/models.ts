/** DTOs of the HTTP API contract in docs/api.md; dates arrive as ISO 8601 strings. */

export interface PagedResult<T> {
  items: T[];
  totalCount: number;
}

export interface TenantRef {
  id: string;
  code: string;
  name: string;
  timeZone: string;
}

export interface CurrentUser {
  id: string;
  userName: string;
  name: string;
  /** The committee the session acts in; `null` for host users (the county organization department, 组织部). */
  tenant: TenantRef | null;
  /** Organization department users, who may switch into any committee. */
  isHostUser: boolean;
  roles: string[];
  permissions: string[];
}

export interface LoginInput {
  /** Committee code; empty for the host. */
  tenant: string;
  userName: string;
  password: string;
}

export interface Tenant {
  id: string;
  code: string;
  name: string;
  region: string | null;
  timeZone: string;
  isActive: boolean;
  creationTime: string;
  concurrencyStamp: string;
}

export interface CreateTenantInput {
  code: string;
  name: string;
  region: string | null;
  timeZone: string;
  isActive: boolean;
  adminUserName: string;
  adminPassword: string;
}

export interface UpdateTenantInput {
  name: string;
  region: string | null;
  timeZone: string;
  isActive: boolean;
  concurrencyStamp: string;
}

export interface User {
  id: string;
  userName: string;
  name: string;
  email: string | null;
  /** Masked by the server, e.g. `138****0000`. */
  phoneNumber: string | null;
  isActive: boolean;
  roleNames: string[];
  /** The organisation whose subtree a user without WholeCommittee reaches (a branch secretary's branch). */
  organizationId: string | null;
  /** The member record of the account (我的档案). */
  memberId: string | null;
  lockoutEnd: string | null;
  creationTime: string;
  concurrencyStamp: string;
}

/** Optional fields go as `null`: the server validates an empty string as a malformed e-mail or phone number. */
export interface CreateUserInput {
  userName: string;
  name: string;
  email: string | null;
  phoneNumber: string | null;
  password: string;
  isActive: boolean;
  roleNames: string[];
  organizationId: string | null;
  memberId: string | null;
}

export interface UpdateUserInput {
  name: string;
  email: string | null;
  /** Omitted to keep the current number (the client only ever sees it masked). */
  phoneNumber?: string;
  isActive: boolean;
  roleNames: string[];
  organizationId: string | null;
  memberId: string | null;
  /** Omitted to keep the current password. */
  password?: string;
  concurrencyStamp: string;
}

export interface Role {
  id: string;
  name: string;
  displayName: string;
  isStatic: boolean;
  permissions: string[];
  concurrencyStamp: string;
}

export interface CreateRoleInput {
  name: string;
  displayName: string;
}

export interface UpdateRoleInput {
  displayName: string;
  concurrencyStamp: string;
}

export interface PermissionDefinition {
  name: string;
  displayName: string;
  parentName: string | null;
}

export interface PermissionGroup {
  name: string;
  displayName: string;
  permissions: PermissionDefinition[];
}

export interface PermissionCatalog {
  groups: PermissionGroup[];
}

export type EntityChangeType = 'Created' | 'Updated' | 'Deleted';

export interface PropertyChange {
  propertyName: string;
  originalValue: string | null;
  newValue: string | null;
}

export interface EntityChange {
  entityType: string;
  entityId: string;
  changeType: EntityChangeType;
  propertyChanges: PropertyChange[];
}

export interface AuditLog {
  id: string;
  executionTime: string;
  tenantId: string | null;
  userName: string | null;
  clientIp: string | null;
  httpMethod: string;
  url: string;
  action: string;
  entityType: string | null;
  entityId: string | null;
  statusCode: number;
  errorCode: string | null;
  durationMs: number;
  entityChanges: EntityChange[];
}

export type JobRunStatus = 'Succeeded' | 'Failed' | 'GaveUp';

export type PeriodKind = 'Day' | 'Month' | 'Quarter' | 'Year';

export interface JobDefinition {
  name: string;
  displayName: string;
  periodKind: PeriodKind;
  schedule: string;
}

export interface JobRun {
  id: string;
  jobName: string;
  tenantId: string | null;
  tenantCode: string | null;
  periodKey: string;
  status: JobRunStatus;
  attempts: number;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  error: string | null;
  nextRetryAt: string | null;
}

export interface TriggerJobInput {
  tenantId: string;
  period: string;
}
