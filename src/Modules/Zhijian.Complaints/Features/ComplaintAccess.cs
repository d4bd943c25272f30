using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform.Identity;

namespace Zhijian.Complaints.Features;

/// <summary>Who may do what in 投诉举报: the one place the module checks roles and scopes.</summary>
internal static class ComplaintAccess
{
    public const string ReadScope = "complaints.read";

    /// <summary>Other platforms (12345, 全国12315平台) push filings.</summary>
    public const string WriteScope = "complaints.write";

    /// <summary>Staff who see complaints (handlers, chiefs, leaders, admins) and API clients with complaints.read.</summary>
    public const string ReadPolicy = "complaints.read";

    /// <summary>Intake: hotline operators/handlers on the console, section chiefs, API clients with complaints.write.</summary>
    public const string IntakePolicy = "complaints.intake";

    /// <summary>Handling (accept, mediate, verify, close, transfer): complaint handlers and section chiefs.</summary>
    public const string HandlePolicy = "complaints.handle";

    /// <summary>ODR registry, category dictionary, consumer warnings: section chiefs and admins.</summary>
    public const string ManagePolicy = "complaints.manage";

    /// <summary>The clear identity and contact details of complainants and reporters: the handler role only.</summary>
    public static bool SeesIdentity(Actor a) => a.IsInRole(Roles.ComplaintHandler);

    public static bool CanHandle(Actor a) => a.IsInRole(Roles.ComplaintHandler) || a.IsInRole(Roles.SectionChief);

    public static bool CanManage(Actor a) => a.IsInRole(Roles.SectionChief) || a.IsInRole(Roles.Admin);

    public static void AddPolicies(IServiceCollection services)
    {
        services.AddAccessPolicies()
            .Scope(ReadScope, "查询投诉举报（不含个人信息）")
            .Scope(WriteScope, "推送投诉举报工单（12345、12315 等平台）")
            .Policy(ReadPolicy, [Roles.ComplaintHandler, Roles.SectionChief, Roles.Leader, Roles.Admin], ReadScope, WriteScope)
            .Policy(IntakePolicy, [Roles.ComplaintHandler, Roles.SectionChief], WriteScope)
            .Policy(HandlePolicy, [Roles.ComplaintHandler, Roles.SectionChief])
            .Policy(ManagePolicy, [Roles.SectionChief, Roles.Admin]);
    }
}
