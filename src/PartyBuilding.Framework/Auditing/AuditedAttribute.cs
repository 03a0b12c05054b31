namespace PartyBuilding.Framework.Auditing;

/// <summary>
/// Records every change of the entity's properties (before and after) in the audit trail. Every write is
/// logged anyway; this adds the field-level history that sensitive records such as member files need.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class AuditedAttribute : Attribute;

/// <summary>The property's values appear in the audit trail only masked (ID numbers, phone numbers, secrets).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class MaskedInAuditAttribute : Attribute;

/// <summary>The property never appears in the audit trail, not even masked (password hashes, stamps).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class DisableAuditingAttribute : Attribute;

/// <summary>Rows the application may insert but never change or delete (the audit trail itself).</summary>
public interface IAppendOnly;
