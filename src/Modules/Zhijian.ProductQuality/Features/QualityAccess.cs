using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform.Identity;

namespace Zhijian.ProductQuality.Features;

/// <summary>Who may do what in 产品质量: the one place the module checks roles and scopes.</summary>
internal static class QualityAccess
{
    public const string ReadScope = "pq.read";

    /// <summary>Testing laboratories (承检机构) post results by item and retest conclusions.</summary>
    public const string LabScope = "pq.lab";

    /// <summary>The national/provincial recall systems and firms' reporting systems post defect reports and recall reports.</summary>
    public const string RecallScope = "pq.recall";

    /// <summary>The provincial licensing system pushes 工业产品生产许可证 and CCC certificates.</summary>
    public const string LicenceScope = "pq.licence";

    public const string ReadPolicy = "pq.read";

    /// <summary>Key-product catalogue, spot-check plans and their draws: section chiefs and admins.</summary>
    public const string PlanPolicy = "pq.plan";

    /// <summary>Sampling records, objections received: inspectors, section chiefs, admins.</summary>
    public const string SamplingPolicy = "pq.sampling";

    /// <summary>Lab results and retest conclusions: labs (API clients with pq.lab) and admins.</summary>
    public const string LabPolicy = "pq.lab.result";

    /// <summary>后处理 steps (orders, 复查, publication, transfers): inspectors, section chiefs, admins.</summary>
    public const string FollowUpPolicy = "pq.followup";

    /// <summary>Defect reports, investigations, recalls and their reports: inspectors, section chiefs, admins; recall systems (pq.recall).</summary>
    public const string RecallPolicy = "pq.recall.write";

    /// <summary>Licences, post-licence checks, CCC certificates and mark checks: registrars, inspectors, section chiefs, admins; the licensing system.</summary>
    public const string LicencePolicy = "pq.licence.write";

    /// <summary>Ordering a recall, publishing failures, decisions that bind the firm: section chiefs and admins.</summary>
    public const string AdminPolicy = "pq.admin";

    public static bool CanAdminister(Actor a) => a.IsInRole(Roles.SectionChief) || a.IsInRole(Roles.Admin) || a == Actor.System;

    public static void AddPolicies(IServiceCollection services)
    {
        services.AddAccessPolicies()
            .Scope(ReadScope, "查询产品质量抽查、后处理、缺陷召回与生产许可证")
            .Scope(LabScope, "承检机构报送产品质量监督抽查检验结果和复检结论")
            .Scope(RecallScope, "缺陷产品召回系统、企业报送缺陷报告和召回报告")
            .Scope(LicenceScope, "生产许可系统推送工业产品生产许可证、CCC 证书")
            .Policy(ReadPolicy, AccessPolicyBuilder.AnyStaff, ReadScope, LabScope, RecallScope, LicenceScope)
            .Policy(PlanPolicy, [Roles.SectionChief, Roles.Admin])
            .Policy(SamplingPolicy, [Roles.Inspector, Roles.SectionChief, Roles.Admin])
            .Policy(LabPolicy, [Roles.Admin], LabScope)
            .Policy(FollowUpPolicy, [Roles.Inspector, Roles.SectionChief, Roles.Admin])
            .Policy(RecallPolicy, [Roles.Inspector, Roles.SectionChief, Roles.Admin], RecallScope)
            .Policy(LicencePolicy, [Roles.Registrar, Roles.Inspector, Roles.SectionChief, Roles.Admin], LicenceScope)
            .Policy(AdminPolicy, [Roles.SectionChief, Roles.Admin]);
    }
}
