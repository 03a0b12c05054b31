namespace PartyBuilding.Organizations;

/// <summary>The kinds of party organisation a joint committee groups (党章 ch. 5; 支部工作条例 ch. 2).</summary>
public enum OrganizationType
{
    /// <summary>党委: a basic-level committee with branches under it.</summary>
    PartyCommittee = 1,

    /// <summary>党总支.</summary>
    GeneralBranch = 2,

    /// <summary>党支部.</summary>
    Branch = 3,

    /// <summary>联合党支部: several units with fewer than three full members each.</summary>
    JointBranch = 4,

    /// <summary>临时党支部: set up for a key project and dissolved at its end date.</summary>
    TemporaryBranch = 5,

    /// <summary>党小组: a group inside a branch; it holds members but is not a branch.</summary>
    PartyGroup = 6,
}

/// <summary>The kind of unit an organisation belongs to; a committee's own category list maps each entry to one.</summary>
public enum UnitKind
{
    GovernmentDepartment = 1,
    StateEnterprise = 2,
    TownshipOrStreet = 3,
    VillageOrCommunity = 4,
    Other = 9,
}

/// <summary>Posts of a branch committee (支部委员会).</summary>
public enum CommitteePost
{
    Secretary = 1,
    DeputySecretary = 2,
    OrganizationMember = 3,
    PropagandaMember = 4,
    DisciplineMember = 5,
    YouthMember = 6,
    WomenMember = 7,
    Other = 9,
}

public static class OrganizationConsts
{
    public const int MaxNameLength = 128;
    public const int MaxShortNameLength = 64;
    public const int MaxCodeLength = 32;
    public const int MaxUnitNameLength = 128;
    public const int MaxBrandNameLength = 64;
    public const int MaxBrandSloganLength = 128;
    public const int MaxBrandDescriptionLength = 2000;
    public const int MaxCategoryNameLength = 64;
    public const int MaxPersonNameLength = 64;
    public const int MaxPostTitleLength = 32;
    public const int MaxNotesLength = 1000;
    public const int MaxLogoBytes = 1024 * 1024;

    /// <summary>Generous for a basic-level party committee (党委), which has the largest committees in a county.</summary>
    public const int MaxCommitteeMembers = 30;

    /// <summary>
    /// Materialised path: one fixed-width segment per level ("00001.00003."), so a subtree is one prefix match
    /// on an indexed column and a move rewrites one prefix.
    /// </summary>
    public const int PathSegmentDigits = 5;

    public const int PathSegmentLength = PathSegmentDigits + 1;
    public const int MaxDepth = 16;
    public const int MaxPathLength = PathSegmentLength * MaxDepth;

    public static bool IsBranchLike(OrganizationType type) =>
        type is OrganizationType.Branch or OrganizationType.JointBranch or OrganizationType.TemporaryBranch;
}
