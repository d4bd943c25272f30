namespace Zhijian.Platform.Identity;

/// <summary>Staff roles. Roles grant actions; the org unit grants the jurisdiction.</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string Registrar = "registrar";
    public const string Inspector = "inspector";
    public const string ComplaintHandler = "complaint_handler";
    public const string CaseHandler = "case_handler";
    public const string LegalReviewer = "legal_reviewer";
    public const string SectionChief = "section_chief";
    public const string Leader = "leader";

    public static readonly IReadOnlyList<(string Name, string Chinese)> All =
    [
        (Admin, "系统管理员"),
        (Registrar, "登记注册人员"),
        (Inspector, "执法检查人员"),
        (ComplaintHandler, "投诉举报处理人员"),
        (CaseHandler, "案件承办人员"),
        (LegalReviewer, "法制审核人员"),
        (SectionChief, "科室负责人"),
        (Leader, "局领导"),
    ];

    public static bool IsKnown(string role) => All.Any(r => r.Name == role);

    public static string Chinese(string role) => All.FirstOrDefault(r => r.Name == role).Chinese ?? role;
}

/// <summary>API scopes granted to other systems' clients. <c>*</c> grants every scope.</summary>
public static class Scopes
{
    public const string All = "*";
    public const string Admin = "admin";
    public const string RulesRead = "rules.read";
    public const string CalendarWrite = "calendar.write";
}

/// <summary>Claim types Zhijian adds to a staff or API principal.</summary>
public static class ZhijianClaims
{
    public const string OrgUnitId = "zj:org";
    public const string OrgUnitName = "zj:org_name";
    public const string Division = "zj:div";
    public const string DisplayName = "zj:name";
    public const string Scope = "scope";
    public const string ApiClient = "zj:api_client";
}
