using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform.Identity;

namespace Zhijian.FoodSafety.Features;

/// <summary>Who may do what in 食品安全: the one place the module checks roles and scopes.</summary>
internal static class FoodAccess
{
    public const string ReadScope = "food.read";

    /// <summary>Mobile inspection terminals and licence systems write records.</summary>
    public const string WriteScope = "food.write";

    /// <summary>Testing laboratories (承检机构) post sampling results.</summary>
    public const string LabScope = "food.lab";

    /// <summary>Rapid-test devices and market systems (市场开办者) post 快检 results.</summary>
    public const string RapidScope = "food.rapid";

    /// <summary>Traceability systems of wholesale markets, cold stores and supermarkets post EPCIS events.</summary>
    public const string TraceScope = "food.trace";

    public const string ReadPolicy = "food.read";

    /// <summary>快检 results and objections: inspectors, section chiefs, admins, API clients with food.rapid or food.write.</summary>
    public const string RapidWritePolicy = "food.rapid.write";

    /// <summary>熔断 rules, manual lifting, test points and methods: section chiefs and admins.</summary>
    public const string FuseAdminPolicy = "food.fuse.admin";

    /// <summary>追溯 events: API clients with food.trace, admins (and the parties register: section chiefs).</summary>
    public const string TraceWritePolicy = "food.trace.write";

    /// <summary>Licences, businesses, plans, checklists, grading model, 核查处置 decisions: section chiefs, registrars (licences) and admins.</summary>
    public const string OrganisePolicy = "food.organise";

    /// <summary>Inspection records, sampling orders, disposal steps: inspectors, section chiefs, admins, API clients with food.write.</summary>
    public const string WorkPolicy = "food.work";

    /// <summary>Lab results: API clients with food.lab (bound to their lab), admins.</summary>
    public const string LabPolicy = "food.lab";

    /// <summary>Licence writes: registrars, section chiefs, admins, and licence systems with the food.write scope.</summary>
    public const string LicenceWritePolicy = "food.licences.write";

    /// <summary>Grading model versions and recompute: section chiefs and admins.</summary>
    public const string GradingAdminPolicy = "food.grading.admin";

    public static bool CanWriteLicences(Actor a) =>
        a.IsInRole(Roles.Registrar) || a.IsInRole(Roles.SectionChief) || a.IsInRole(Roles.Admin) || a == Actor.System;

    public static bool CanAdministerGrading(Actor a) => a.IsInRole(Roles.SectionChief) || a.IsInRole(Roles.Admin) || a == Actor.System;

    public static bool CanOrganise(Actor a) => a.IsInRole(Roles.SectionChief) || a.IsInRole(Roles.Admin) || a == Actor.System;

    public static void AddPolicies(IServiceCollection services)
    {
        services.AddAccessPolicies()
            .Scope(ReadScope, "查询食品生产经营者、许可、检查与抽检")
            .Scope(WriteScope, "录入食品监督检查、抽样与核查处置记录（移动终端、许可系统）")
            .Scope(LabScope, "承检机构报送食品抽检检验结果")
            .Scope(RapidScope, "快检设备、市场开办者报送食品快检结果")
            .Scope(TraceScope, "批发市场、冷库、商超报送食品追溯事件（EPCIS 2.0）")
            .Policy(ReadPolicy, AccessPolicyBuilder.AnyStaff, ReadScope, WriteScope, LabScope, RapidScope, TraceScope)
            .Policy(OrganisePolicy, [Roles.SectionChief, Roles.Registrar, Roles.Admin])
            .Policy(WorkPolicy, [Roles.Inspector, Roles.SectionChief, Roles.Admin], WriteScope)
            .Policy(LabPolicy, [Roles.Admin], LabScope)
            .Policy(LicenceWritePolicy, [Roles.Registrar, Roles.SectionChief, Roles.Admin], WriteScope)
            .Policy(GradingAdminPolicy, [Roles.SectionChief, Roles.Admin])
            .Policy(RapidWritePolicy, [Roles.Inspector, Roles.SectionChief, Roles.Admin], RapidScope, WriteScope)
            .Policy(FuseAdminPolicy, [Roles.SectionChief, Roles.Admin])
            .Policy(TraceWritePolicy, [Roles.SectionChief, Roles.Admin], TraceScope);
    }
}
