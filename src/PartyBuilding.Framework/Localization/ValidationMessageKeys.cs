using System.ComponentModel.DataAnnotations;

namespace PartyBuilding.Framework.Localization;

/// <summary>
/// The localization key of each data-annotation rule's message (<c>Validation:…</c>), shared by the API's model
/// validation and by importers that check spreadsheet rows against the same DTOs.
/// </summary>
public static class ValidationMessageKeys
{
    public static string? Of(ValidationAttribute attribute) => attribute switch
    {
        RequiredAttribute => "Validation:Required",
        StringLengthAttribute { MinimumLength: > 0 } => "Validation:StringLengthRange",
        StringLengthAttribute => "Validation:StringLength",
        MaxLengthAttribute => "Validation:MaxLength",
        MinLengthAttribute => "Validation:MinLength",
        RangeAttribute => "Validation:Range",
        RegularExpressionAttribute => "Validation:RegularExpression",
        EmailAddressAttribute => "Validation:EmailAddress",
        PhoneAttribute => "Validation:Phone",
        EnumDataTypeAttribute => "Validation:InvalidValue",
        _ => null,
    };
}
