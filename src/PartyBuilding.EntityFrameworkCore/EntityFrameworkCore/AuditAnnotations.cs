using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyBuilding.Framework.Auditing;

namespace PartyBuilding.EntityFrameworkCore;

/// <summary>
/// Per-property audit settings for properties we cannot put attributes on (those of Identity's base classes);
/// our own entities use <see cref="DisableAuditingAttribute"/> and <see cref="MaskedInAuditAttribute"/>.
/// </summary>
public static class AuditAnnotations
{
    private const string Disabled = "PartyBuilding:Audit:Disabled";
    private const string Masked = "PartyBuilding:Audit:Masked";

    public static PropertyBuilder<T> NotAudited<T>(this PropertyBuilder<T> property) => property.HasAnnotation(Disabled, true);

    public static PropertyBuilder<T> MaskedInAudit<T>(this PropertyBuilder<T> property) => property.HasAnnotation(Masked, true);

    public static bool IsAuditDisabled(this IProperty property) =>
        property.FindAnnotation(Disabled) is not null
        || property.PropertyInfo?.IsDefined(typeof(DisableAuditingAttribute), true) == true;

    public static bool IsMaskedInAudit(this IProperty property) =>
        property.FindAnnotation(Masked) is not null
        || property.PropertyInfo?.IsDefined(typeof(MaskedInAuditAttribute), true) == true;
}
