using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform.Identity;

namespace Zhijian.Metrology.Features;

/// <summary>Who may do what in 计量: the one place the module checks roles and scopes.</summary>
internal static class MetrologyAccess
{
    public const string ReadScope = "metro.read";

    /// <summary>Verification bodies (检定机构) post verification results.</summary>
    public const string VerifyScope = "metro.verify";

    public const string ReadPolicy = "metro.read";

    /// <summary>The 强检 register (登记, 备案, 停用, 报废/轮换, 导入): registrars, inspectors, section chiefs, admins.</summary>
    public const string RegisterPolicy = "metro.register";

    /// <summary>民生计量检查, 定量包装 checks, re-checks, clues: inspectors, section chiefs, admins.</summary>
    public const string CheckPolicy = "metro.check";

    /// <summary>Verification results: bodies (API clients with metro.verify) and admins.</summary>
    public const string VerifyPolicy = "metro.verify.result";

    /// <summary>Verification bodies and their API clients: section chiefs and admins.</summary>
    public const string AdminPolicy = "metro.admin";

    public static bool CanAdminister(Actor a) => a.IsInRole(Roles.SectionChief) || a.IsInRole(Roles.Admin) || a == Actor.System;

    public static bool CanRegister(Actor a) =>
        a.IsInRole(Roles.Registrar) || a.IsInRole(Roles.Inspector) || CanAdminister(a);

    public static bool CanCheck(Actor a) => a.IsInRole(Roles.Inspector) || CanAdminister(a);

    public static void AddPolicies(IServiceCollection services)
    {
        services.AddAccessPolicies()
            .Scope(ReadScope, "查询强检计量器具台账、检定结果、民生计量检查")
            .Scope(VerifyScope, "检定机构报送强检计量器具检定结果")
            .Policy(ReadPolicy, AccessPolicyBuilder.AnyStaff, ReadScope, VerifyScope)
            .Policy(RegisterPolicy, [Roles.Registrar, Roles.Inspector, Roles.SectionChief, Roles.Admin])
            .Policy(CheckPolicy, [Roles.Inspector, Roles.SectionChief, Roles.Admin])
            .Policy(VerifyPolicy, [Roles.Admin], VerifyScope)
            .Policy(AdminPolicy, [Roles.SectionChief, Roles.Admin]);
    }
}
