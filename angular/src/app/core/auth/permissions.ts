/** Permission names granted by the server (docs/api.md § Permission names). */
export const Permissions = {
  Tenants: 'PartyBuilding.Tenants',
  TenantsCreate: 'PartyBuilding.Tenants.Create',
  TenantsUpdate: 'PartyBuilding.Tenants.Update',
  TenantsDelete: 'PartyBuilding.Tenants.Delete',
  Users: 'PartyBuilding.Users',
  UsersCreate: 'PartyBuilding.Users.Create',
  UsersUpdate: 'PartyBuilding.Users.Update',
  UsersDelete: 'PartyBuilding.Users.Delete',
  Roles: 'PartyBuilding.Roles',
  RolesCreate: 'PartyBuilding.Roles.Create',
  RolesUpdate: 'PartyBuilding.Roles.Update',
  RolesDelete: 'PartyBuilding.Roles.Delete',
  RolesManagePermissions: 'PartyBuilding.Roles.ManagePermissions',
  AuditLogs: 'PartyBuilding.AuditLogs',
  Jobs: 'PartyBuilding.Jobs',
  JobsTrigger: 'PartyBuilding.Jobs.Trigger',
  Settings: 'PartyBuilding.Settings',
  SettingsUpdate: 'PartyBuilding.Settings.Update',
  Organizations: 'PartyBuilding.Organizations',
  OrganizationsCreate: 'PartyBuilding.Organizations.Create',
  OrganizationsUpdate: 'PartyBuilding.Organizations.Update',
  OrganizationsDelete: 'PartyBuilding.Organizations.Delete',
  OrganizationsManageCategories: 'PartyBuilding.Organizations.ManageCategories',
  OrganizationsWholeCommittee: 'PartyBuilding.Organizations.WholeCommittee',
  Members: 'PartyBuilding.Members',
  MembersCreate: 'PartyBuilding.Members.Create',
  MembersUpdate: 'PartyBuilding.Members.Update',
  MembersDelete: 'PartyBuilding.Members.Delete',
  MembersUnmask: 'PartyBuilding.Members.Unmask',
  MembersDevelop: 'PartyBuilding.Members.Develop',
  MembersTransfers: 'PartyBuilding.Members.Transfers',
  MembersImport: 'PartyBuilding.Members.Import',
  MembersExport: 'PartyBuilding.Members.Export',
  MyRecord: 'PartyBuilding.MyRecord',
  Meetings: 'PartyBuilding.Meetings',
  MeetingsRecord: 'PartyBuilding.Meetings.Record',
  MeetingsManageRules: 'PartyBuilding.Meetings.ManageRules',
  MeetingsManageExemptions: 'PartyBuilding.Meetings.ManageExemptions',
  Activities: 'PartyBuilding.Activities',
  ActivitiesRecord: 'PartyBuilding.Activities.Record',
  ActivitiesReview: 'PartyBuilding.Activities.Review',
  ActivitiesManageCategories: 'PartyBuilding.Activities.ManageCategories',
} as const;

export type Permission = (typeof Permissions)[keyof typeof Permissions];

/** What a page or menu entry needs: one permission, or several that must all be held. */
export type PermissionRequirement = string | readonly string[];

export function satisfies(
  requirement: PermissionRequirement | undefined,
  can: (permission: string) => boolean,
): boolean {
  if (!requirement) {
    return true;
  }
  return typeof requirement === 'string' ? can(requirement) : requirement.every(can);
}

/**
 * The committee-wide views of organisational life (compliance of every branch, the daily inspection): officers
 * only, a branch secretary follows the own branch on the 支部工作台 and the plan.
 */
export const OFFICER_MEETINGS: readonly Permission[] = [
  Permissions.Meetings,
  Permissions.OrganizationsWholeCommittee,
];
