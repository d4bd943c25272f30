using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform.Identity;

namespace Zhijian.Dashboard.Features;

/// <summary>Who may see and change the supervision centre: the one place the module checks roles and scopes.</summary>
internal static class DashboardAccess
{
    public const string ReadPolicy = "indicators.read";

    /// <summary>API scope of other systems reading indicator values.</summary>
    public const string ReadScope = "indicators.read";

    public static void AddPolicies(IServiceCollection services)
    {
        services.AddAccessPolicies()
            .Scope(ReadScope, "读取监管指标")
            .Policy(ReadPolicy, [Roles.Leader, Roles.SectionChief, Roles.Admin, Roles.LegalReviewer, Roles.Registrar, Roles.Inspector,
                Roles.ComplaintHandler, Roles.CaseHandler], ReadScope);
    }

    /// <summary>Defines plans, imports them, attaches them to jurisdictions, recomputes past periods.</summary>
    public static bool CanManage(Actor a) => a.IsInRole(Roles.Leader) || a.IsInRole(Roles.SectionChief) || a.IsInRole(Roles.Admin) || a.Name == Actor.System.Name;

    /// <summary>Enters manual values for the unit's own jurisdiction (any staff of the responsible unit).</summary>
    public static bool CanEnter(Actor a) => a.IsAuthenticated && !a.IsApiClient && a.Roles.Count > 0 || a.Name == Actor.System.Name;

    /// <summary>Approves manual values: a 科室负责人 (or a leader), never the one who entered it.</summary>
    public static bool CanApprove(Actor a) => a.IsInRole(Roles.SectionChief) || a.IsInRole(Roles.Leader) || a.Name == Actor.System.Name;
}
