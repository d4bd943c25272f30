using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Web;

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

    /// <summary>
    /// A record's 属地 (<c>divisionCode</c>): a current code at county level or below — with <paramref name="cityAllowed"/> a city's own
    /// code too (a city's fees) — inside the caller's jurisdiction. <paramref name="what"/> names the place (“被检查经营场所”).
    /// </summary>
    public static void CheckDivision(string? code, Actor a, FieldErrors errors, string what, bool cityAllowed = false)
    {
        var division = code?.Trim();
        var city = division is { Length: 6 } && division.EndsWith("00", StringComparison.Ordinal);
        if (string.IsNullOrEmpty(division)) errors.Add("divisionCode", $"请填写{what}的行政区划代码");
        else if (division.Length < 6 || division.EndsWith("0000", StringComparison.Ordinal) || (city && !cityAllowed) || !DivisionTable.IsWellFormed(division)
                 || !DivisionTable.Default.IsKnown(division))
            errors.Add("divisionCode", $"“{division}”不是现行的{(cityAllowed ? "市级、县级" : "县级")}（或乡镇级）行政区划代码");
        else if (!a.Jurisdiction.Covers(division)) errors.Add("divisionCode", $"{DivisionTable.Default.FullName(division)}不在您的管辖范围内");
    }

    /// <summary>Trimmed text, or null when blank.</summary>
    public static string? Norm(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
