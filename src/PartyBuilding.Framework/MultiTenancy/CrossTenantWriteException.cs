using PartyBuilding.Framework.ExceptionHandling;

namespace PartyBuilding.Framework.MultiTenancy;

/// <summary>
/// Code tried to insert, change or delete a row of a committee other than the current one. Query filters only
/// protect reads; this is the guard for writes, and reaching it means a bug or an attack, never a user mistake.
/// </summary>
public sealed class CrossTenantWriteException(string entityType)
    : BusinessException(FrameworkErrorCodes.CrossTenantWrite, 403, entityType);
