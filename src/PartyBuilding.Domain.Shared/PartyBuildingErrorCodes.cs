namespace PartyBuilding;

/// <summary>
/// Stable error codes of the platform's modules, answered in ProblemDetails <c>code</c>. Messages live in the
/// localization files under the same keys.
/// </summary>
public static class PartyBuildingErrorCodes
{
    public static class Tenancy
    {
        public const string CodeAlreadyExists = "PartyBuilding:Tenancy:CodeAlreadyExists";
        public const string InvalidTimeZone = "PartyBuilding:Tenancy:InvalidTimeZone";
        public const string TenantNotFound = "PartyBuilding:Tenancy:TenantNotFound";
        public const string TenantInactive = "PartyBuilding:Tenancy:TenantInactive";
        public const string SwitchNotAllowed = "PartyBuilding:Tenancy:SwitchNotAllowed";
    }

    public static class Identity
    {
        public const string InvalidCredentials = "PartyBuilding:Identity:InvalidCredentials";
        public const string PasswordTooWeak = "PartyBuilding:Identity:PasswordTooWeak";
        public const string UserNameAlreadyExists = "PartyBuilding:Identity:UserNameAlreadyExists";
        public const string RoleNameAlreadyExists = "PartyBuilding:Identity:RoleNameAlreadyExists";
        public const string UnknownRole = "PartyBuilding:Identity:UnknownRole";
        public const string UnknownPermission = "PartyBuilding:Identity:UnknownPermission";
        public const string StaticRoleCannotChange = "PartyBuilding:Identity:StaticRoleCannotChange";
        public const string CannotDeleteSelf = "PartyBuilding:Identity:CannotDeleteSelf";
        public const string IdentityError = "PartyBuilding:Identity:IdentityError";
    }

    public static class Jobs
    {
        public const string UnknownJob = "PartyBuilding:Jobs:UnknownJob";
        public const string InvalidPeriod = "PartyBuilding:Jobs:InvalidPeriod";
        public const string PeriodNotDue = "PartyBuilding:Jobs:PeriodNotDue";
        public const string AlreadySucceeded = "PartyBuilding:Jobs:AlreadySucceeded";
    }

    public static class Settings
    {
        public const string UnknownSetting = "PartyBuilding:Settings:UnknownSetting";
        public const string ValueOutOfRange = "PartyBuilding:Settings:ValueOutOfRange";
    }

    public static class Organizations
    {
        public const string InvalidParent = "PartyBuilding:Organizations:InvalidParent";
        public const string MoveIntoOwnSubtree = "PartyBuilding:Organizations:MoveIntoOwnSubtree";
        public const string TooDeep = "PartyBuilding:Organizations:TooDeep";
        public const string HasChildren = "PartyBuilding:Organizations:HasChildren";
        public const string HasMembers = "PartyBuilding:Organizations:HasMembers";
        public const string CategoryInUse = "PartyBuilding:Organizations:CategoryInUse";
        public const string OutsideReach = "PartyBuilding:Organizations:OutsideReach";
        public const string InvalidDates = "PartyBuilding:Organizations:InvalidDates";
        public const string InvalidImage = "PartyBuilding:Organizations:InvalidImage";
        public const string EndsOnOnlyForTemporaryBranch = "PartyBuilding:Organizations:EndsOnOnlyForTemporaryBranch";
        public const string UnknownCategory = "PartyBuilding:Organizations:UnknownCategory";
        public const string UnknownMember = "PartyBuilding:Organizations:UnknownMember";
    }

    public static class Members
    {
        public const string IdNumberInvalid = "PartyBuilding:Members:IdNumberInvalid";
        public const string IdNumberBirthDateMismatch = "PartyBuilding:Members:IdNumberBirthDateMismatch";
        public const string IdNumberAlreadyExists = "PartyBuilding:Members:IdNumberAlreadyExists";
        public const string UnknownEthnicity = "PartyBuilding:Members:UnknownEthnicity";
        public const string InvalidPartyGroup = "PartyBuilding:Members:InvalidPartyGroup";
        public const string InvalidOrganization = "PartyBuilding:Members:InvalidOrganization";
        public const string OutsideReach = "PartyBuilding:Members:OutsideReach";
        public const string NoOwnRecord = "PartyBuilding:Members:NoOwnRecord";
        public const string StageTransitionNotAllowed = "PartyBuilding:Members:StageTransitionNotAllowed";
        public const string TooYoung = "PartyBuilding:Members:TooYoung";
        public const string StepTooEarly = "PartyBuilding:Members:StepTooEarly";
        public const string ProbationAlreadyExtended = "PartyBuilding:Members:ProbationAlreadyExtended";
        public const string ExtensionOutOfRange = "PartyBuilding:Members:ExtensionOutOfRange";
        public const string TransferNotPending = "PartyBuilding:Members:TransferNotPending";
        public const string InvalidImage = "PartyBuilding:Members:InvalidImage";
        public const string PhoneInvalid = "PartyBuilding:Members:PhoneInvalid";
        public const string InvalidStageDates = "PartyBuilding:Members:InvalidStageDates";
        public const string ChangeReasonRequired = "PartyBuilding:Members:ChangeReasonRequired";
    }

    public static class Meetings
    {
        public const string OutsideReach = "PartyBuilding:Meetings:OutsideReach";
        public const string MeetingLocked = "PartyBuilding:Meetings:MeetingLocked";
        public const string AlreadySubmitted = "PartyBuilding:Meetings:AlreadySubmitted";
        public const string EditReasonRequired = "PartyBuilding:Meetings:EditReasonRequired";
        public const string UnknownAttendee = "PartyBuilding:Meetings:UnknownAttendee";
        public const string UnknownMember = "PartyBuilding:Meetings:UnknownMember";
        public const string AbsenceReasonRequired = "PartyBuilding:Meetings:AbsenceReasonRequired";
        public const string InvalidVenues = "PartyBuilding:Meetings:InvalidVenues";
        public const string InvalidPeriod = "PartyBuilding:Meetings:InvalidPeriod";
        public const string InvalidDateRange = "PartyBuilding:Meetings:InvalidDateRange";
        public const string ExemptionAlreadyExists = "PartyBuilding:Meetings:ExemptionAlreadyExists";
        public const string InvalidCalendarToken = "PartyBuilding:Meetings:InvalidCalendarToken";
    }

    public static class Files
    {
        public const string UnsupportedFileType = "PartyBuilding:Files:UnsupportedFileType";
        public const string FileTooLarge = "PartyBuilding:Files:FileTooLarge";
        public const string EmptyFile = "PartyBuilding:Files:EmptyFile";
    }

    public static class Activities
    {
        public const string OutsideReach = "PartyBuilding:Activities:OutsideReach";
        public const string ActivityLocked = "PartyBuilding:Activities:ActivityLocked";
        public const string NotSubmitted = "PartyBuilding:Activities:NotSubmitted";
        public const string CommentRequired = "PartyBuilding:Activities:CommentRequired";
        public const string UnknownCategory = "PartyBuilding:Activities:UnknownCategory";
        public const string UnknownParticipant = "PartyBuilding:Activities:UnknownParticipant";
        public const string CategoryInUse = "PartyBuilding:Activities:CategoryInUse";
        public const string InvalidTimes = "PartyBuilding:Activities:InvalidTimes";
        public const string InvalidPeriod = "PartyBuilding:Activities:InvalidPeriod";
    }

    public static class Import
    {
        public const string UnsupportedFormat = "PartyBuilding:Import:UnsupportedFormat";
        public const string UnreadableFile = "PartyBuilding:Import:UnreadableFile";
        public const string MissingColumns = "PartyBuilding:Import:MissingColumns";
        public const string RowsRejected = "PartyBuilding:Import:RowsRejected";
        public const string TooManyRows = "PartyBuilding:Import:TooManyRows";
    }
}
