using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform.Identity;

namespace Zhijian.SpecialEquipment.Features;

/// <summary>Who may do what in 特种设备: the one place the module checks roles and scopes.</summary>
internal static class SequipAccess
{
    public const string ReadScope = "sequip.read";

    /// <summary>Registration systems (使用登记 online) and mobile inspection terminals write registry records and hazards.</summary>
    public const string WriteScope = "sequip.write";

    /// <summary>Inspection bodies (检验机构) post inspection results and the hazards they find.</summary>
    public const string InspectScope = "sequip.inspect";

    /// <summary>Maintenance companies' systems post maintenance records and the users' monthly self-checks.</summary>
    public const string MaintainScope = "sequip.maintain";

    /// <summary>The 96333 call centre posts calls, dispatch, arrival and release.</summary>
    public const string RescueScope = "sequip.rescue";

    public const string ReadPolicy = "sequip.read";

    /// <summary>使用登记, changes, stop, restart, scrapping, imports: registrars, section chiefs, admins, registration systems.</summary>
    public const string RegistryWritePolicy = "sequip.registry.write";

    /// <summary>Inspection results and objections decisions: inspection bodies (API clients with sequip.inspect) and admins.</summary>
    public const string InspectionResultPolicy = "sequip.inspection.result";

    /// <summary>Maintenance companies, contracts, 按需维保 pilots, inspection bodies register, rule-driven recomputes: section chiefs and admins.</summary>
    public const string AdminPolicy = "sequip.admin";

    /// <summary>Maintenance records and self-checks: maintenance systems (sequip.maintain), inspectors, section chiefs, admins.</summary>
    public const string MaintenanceWritePolicy = "sequip.maintenance.write";

    /// <summary>96333 calls: the call centre (sequip.rescue), section chiefs, admins.</summary>
    public const string RescueWritePolicy = "sequip.rescue.write";

    /// <summary>Hazards and accidents: inspectors, section chiefs, admins, inspection bodies and terminals.</summary>
    public const string SafetyWritePolicy = "sequip.safety.write";

    public static bool CanAdminister(Actor a) => a.IsInRole(Roles.SectionChief) || a.IsInRole(Roles.Admin) || a == Actor.System;

    public static void AddPolicies(IServiceCollection services)
    {
        services.AddAccessPolicies()
            .Scope(ReadScope, "查询特种设备台账、检验、维保、救援、隐患与事故")
            .Scope(WriteScope, "办理特种设备使用登记、报送隐患（登记系统、移动终端）")
            .Scope(InspectScope, "检验机构报送特种设备检验结果和发现的隐患")
            .Scope(MaintainScope, "维保单位报送电梯维护保养记录和使用单位自行检查")
            .Scope(RescueScope, "96333 电梯应急处置平台报送救援工单")
            .Policy(ReadPolicy, AccessPolicyBuilder.AnyStaff, ReadScope, WriteScope, InspectScope, MaintainScope, RescueScope)
            .Policy(RegistryWritePolicy, [Roles.Registrar, Roles.SectionChief, Roles.Admin], WriteScope)
            .Policy(InspectionResultPolicy, [Roles.Admin], InspectScope)
            .Policy(AdminPolicy, [Roles.SectionChief, Roles.Admin])
            .Policy(MaintenanceWritePolicy, [Roles.Inspector, Roles.SectionChief, Roles.Admin], MaintainScope)
            .Policy(RescueWritePolicy, [Roles.SectionChief, Roles.Admin], RescueScope)
            .Policy(SafetyWritePolicy, [Roles.Inspector, Roles.SectionChief, Roles.Admin], WriteScope, InspectScope);
    }
}
