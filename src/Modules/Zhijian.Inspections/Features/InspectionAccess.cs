using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform.Identity;

namespace Zhijian.Inspections.Features;

/// <summary>Who may do what in 双随机、一公开: the one place the module checks roles and scopes.</summary>
internal static class InspectionAccess
{
    public const string ReadScope = "inspections.read";

    /// <summary>The mobile inspection app and other systems enter results.</summary>
    public const string WriteScope = "inspections.write";

    public const string ReadPolicy = "inspections.read";

    /// <summary>Items, libraries, inspector library, plans, tasks, draws, assignment, publication: section chiefs (and admins).</summary>
    public const string OrganisePolicy = "inspections.organise";

    /// <summary>Result entry: inspectors, section chiefs, API clients with inspections.write.</summary>
    public const string ResultsPolicy = "inspections.results";

    public static bool CanOrganise(Actor a) => a.IsInRole(Roles.SectionChief) || a.IsInRole(Roles.Admin) || a == Actor.System;

    public static void AddPolicies(IServiceCollection services)
    {
        services.AddAccessPolicies()
            .Scope(ReadScope, "查询抽查计划、任务与结果")
            .Scope(WriteScope, "录入抽查检查结果（移动检查终端）")
            .Policy(ReadPolicy, AccessPolicyBuilder.AnyStaff, ReadScope, WriteScope)
            .Policy(OrganisePolicy, [Roles.SectionChief, Roles.Admin])
            .Policy(ResultsPolicy, [Roles.Inspector, Roles.SectionChief, Roles.Admin], WriteScope);
    }
}
