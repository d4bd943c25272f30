using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform.Identity;

namespace Zhijian.Credit.Features;

/// <summary>Who may do what in credit supervision: the one place the module checks roles and scopes.</summary>
internal static class CreditAccess
{
    /// <summary>Other departments push records (信息归集).</summary>
    public const string WriteScope = "credit.write";

    /// <summary>Other departments read risk classes and poll the 联合惩戒 feed.</summary>
    public const string ReadScope = "credit.read";

    public const string ReadPolicy = "credit.read";
    public const string WritePolicy = "credit.write";

    /// <summary>Listing, removal and repair decisions: registrars (登记注册/信用科) and section chiefs.</summary>
    public const string DecidePolicy = "credit.decide";

    public static bool CanDecide(Actor a) =>
        a.IsInRole(Roles.Registrar) || a.IsInRole(Roles.SectionChief) || a.IsInRole(Roles.Admin);

    /// <summary>Confirming a proposal to the serious list takes a section chief (科室负责人).</summary>
    public static bool CanConfirm(Actor a) => a.IsInRole(Roles.SectionChief) || a.IsInRole(Roles.Admin);

    public static void AddPolicies(IServiceCollection services)
    {
        services.AddAccessPolicies()
            .Scope(ReadScope, "查询信用信息、订阅联合惩戒")
            .Scope(WriteScope, "归集涉企信用信息")
            .Policy(ReadPolicy, AccessPolicyBuilder.AnyStaff, ReadScope, WriteScope)
            .Policy(WritePolicy, [Roles.Registrar, Roles.SectionChief, Roles.Admin], WriteScope)
            .Policy(DecidePolicy, [Roles.Registrar, Roles.SectionChief, Roles.Admin]);
    }
}
