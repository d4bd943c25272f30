using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform.Identity;

namespace Zhijian.Prices.Features;

/// <summary>Who may do what in 价格监管: the one place the module checks roles and scopes.</summary>
internal static class PricesAccess
{
    public const string ReadScope = "prices.read";

    /// <summary>Monitoring points' systems (and a city's 价格监测 platform) report prices.</summary>
    public const string ReportScope = "prices.report";

    public const string ReadPolicy = "prices.read";

    /// <summary>Reporting and importing prices: registrars and inspectors (监测员), section chiefs, admins, API clients with prices.report.</summary>
    public const string ReportPolicy = "prices.report";

    /// <summary>明码标价 / 价格欺诈 checks, 涉企收费 核查, handling warnings: inspectors, section chiefs, admins.</summary>
    public const string CheckPolicy = "prices.check";

    /// <summary>Monitoring points, goods, warning rules, the fee register: section chiefs and admins.</summary>
    public const string AdminPolicy = "prices.admin";

    public static bool CanAdminister(Actor a) => a.IsInRole(Roles.SectionChief) || a.IsInRole(Roles.Admin) || a == Actor.System;

    public static bool CanReport(Actor a) =>
        a.IsInRole(Roles.Registrar) || a.IsInRole(Roles.Inspector) || CanAdminister(a) || a.HasScope(ReportScope);

    public static bool CanCheck(Actor a) => a.IsInRole(Roles.Inspector) || CanAdminister(a);

    public static void AddPolicies(IServiceCollection services)
    {
        services.AddAccessPolicies()
            .Scope(ReadScope, "查询价格监测数据、价格预警、明码标价检查、涉企收费")
            .Scope(ReportScope, "价格监测点报送监测价格")
            .Policy(ReadPolicy, AccessPolicyBuilder.AnyStaff, ReadScope, ReportScope)
            .Policy(ReportPolicy, [Roles.Registrar, Roles.Inspector, Roles.SectionChief, Roles.Admin], ReportScope)
            .Policy(CheckPolicy, [Roles.Inspector, Roles.SectionChief, Roles.Admin])
            .Policy(AdminPolicy, [Roles.SectionChief, Roles.Admin]);
    }
}
