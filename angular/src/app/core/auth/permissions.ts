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
} as const;

export type Permission = (typeof Permissions)[keyof typeof Permissions];
