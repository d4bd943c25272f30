using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform.Identity;

namespace Zhijian.Cases.Features;

/// <summary>Who may do what in enforcement: handlers act, 负责人 approve, legal reviewers review, leaders decide collectively.</summary>
internal static class CaseAccess
{
    public const string ReadPolicy = "cases.read";

    /// <summary>Issued case documents (full text, personal data included): the same staff; no API client.</summary>
    public const string DocumentsPolicy = "cases.documents";

    public static void AddPolicies(IServiceCollection services)
    {
        string[] staff = [Roles.CaseHandler, Roles.LegalReviewer, Roles.SectionChief, Roles.Leader, Roles.Admin];
        services.AddAccessPolicies()
            .Policy(ReadPolicy, staff)
            .Policy(DocumentsPolicy, staff);
    }

    public static bool CanRead(Actor a) => a.IsInRole(Roles.CaseHandler) || a.IsInRole(Roles.LegalReviewer) || a.IsInRole(Roles.SectionChief)
        || a.IsInRole(Roles.Leader) || a.IsInRole(Roles.Admin) || a.Name == Actor.System.Name;

    /// <summary>承办: clues, evidence, measures, notices, service, execution.</summary>
    public static bool CanHandle(Actor a) => a.IsInRole(Roles.CaseHandler) || a.IsInRole(Roles.SectionChief) || a.Name == Actor.System.Name;

    /// <summary>负责人批准: 立案/不予立案, extensions, decisions, closing, corrections.</summary>
    public static bool CanApprove(Actor a) => a.IsInRole(Roles.SectionChief) || a.IsInRole(Roles.Leader) || a.Name == Actor.System.Name;

    /// <summary>法制审核 and 案件审核 (核审).</summary>
    public static bool CanReview(Actor a) => a.IsInRole(Roles.LegalReviewer) || a.Name == Actor.System.Name;

    /// <summary>集体讨论 and the collective extension of the time limit.</summary>
    public static bool CanLead(Actor a) => a.IsInRole(Roles.Leader) || a.Name == Actor.System.Name;
}
