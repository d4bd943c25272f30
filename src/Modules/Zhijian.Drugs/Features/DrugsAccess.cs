using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform.Identity;

namespace Zhijian.Drugs.Features;

/// <summary>Who may do what in 药品·医疗器械·化妆品: the one place the module checks roles and scopes.</summary>
internal static class DrugsAccess
{
    public const string ReadScope = "drugs.read";

    /// <summary>Pharmacies and chains upload 含麻黄碱类复方制剂 sales and prescription-drug sales (and their pharmacists' self-reports).</summary>
    public const string SalesScope = "drugs.sales";

    /// <summary>Hospitals and businesses report 药品不良反应、医疗器械不良事件、化妆品不良反应 (device businesses also file their yearly self-inspection report).</summary>
    public const string AdrScope = "drugs.adr";

    public const string ReadPolicy = "drugs.read";

    /// <summary>Businesses, licences, filings, pharmacists, self-inspection reports: registrars, inspectors, section chiefs, admins.</summary>
    public const string LicencePolicy = "drugs.licence";

    /// <summary>Grids, GSP inspections, risk grading, follow-up, vaccine storage checks: inspectors, section chiefs, admins.</summary>
    public const string InspectPolicy = "drugs.inspect";

    /// <summary>Handling the registers (reviewing warnings and signals, prescription checks): inspectors, section chiefs, admins.</summary>
    public const string RegistersPolicy = "drugs.registers";

    /// <summary>Decisions that bind a business (revocation, grid assignment of officers, grading overrides): section chiefs and admins.</summary>
    public const string AdminPolicy = "drugs.admin";

    /// <summary>API clients of pharmacies and chains posting sales (含麻, prescription drugs): drugs.sales; admins.</summary>
    public const string SalesClientPolicy = "drugs.sales.post";

    /// <summary>API clients of hospitals and businesses posting adverse-reaction reports (and device self-inspection reports): drugs.adr; admins.</summary>
    public const string AdrClientPolicy = "drugs.adr.post";

    /// <summary>执业药师在岗 records: staff who check (registrars, inspectors, section chiefs, admins) and pharmacies self-reporting (drugs.sales).</summary>
    public const string DutyPolicy = "drugs.duty";

    /// <summary>医疗器械经营企业年度自查报告: the business's system (drugs.adr) or staff entering a paper report.</summary>
    public const string SelfReportPolicy = "drugs.self-report";

    /// <summary>处方药销售检查: inspectors, section chiefs, admins, and pharmacies' clients (drugs.sales) uploading their own.</summary>
    public const string RxPolicy = "drugs.rx";

    /// <summary>Staff of <see cref="InspectPolicy"/> (the console shows them the inspection form).</summary>
    public static bool CanInspect(Actor a) => !a.IsApiClient && (a.IsInRole(Roles.Inspector) || CanAdminister(a));

    public static bool CanAdminister(Actor a) => a.IsInRole(Roles.SectionChief) || a.IsInRole(Roles.Admin) || a == Actor.System;

    public static void AddPolicies(IServiceCollection services)
    {
        services.AddAccessPolicies()
            .Scope(ReadScope, "查询药品、医疗器械、化妆品经营企业、许可、检查与登记")
            .Scope(SalesScope, "药店、连锁企业报送含麻黄碱类复方制剂和处方药销售记录")
            .Scope(AdrScope, "医疗机构、经营企业报送不良反应/不良事件报告和医疗器械经营企业年度自查报告")
            .Policy(ReadPolicy, AccessPolicyBuilder.AnyStaff, ReadScope, SalesScope, AdrScope)
            .Policy(LicencePolicy, [Roles.Registrar, Roles.Inspector, Roles.SectionChief, Roles.Admin])
            .Policy(InspectPolicy, [Roles.Inspector, Roles.SectionChief, Roles.Admin])
            .Policy(RegistersPolicy, [Roles.Inspector, Roles.SectionChief, Roles.Admin])
            .Policy(AdminPolicy, [Roles.SectionChief, Roles.Admin])
            .Policy(SalesClientPolicy, [Roles.Admin], SalesScope)
            .Policy(AdrClientPolicy, [Roles.Admin], AdrScope)
            .Policy(DutyPolicy, [Roles.Registrar, Roles.Inspector, Roles.SectionChief, Roles.Admin], SalesScope)
            .Policy(SelfReportPolicy, [Roles.Registrar, Roles.Inspector, Roles.SectionChief, Roles.Admin], AdrScope)
            .Policy(RxPolicy, [Roles.Inspector, Roles.SectionChief, Roles.Admin], SalesScope);
    }
}
