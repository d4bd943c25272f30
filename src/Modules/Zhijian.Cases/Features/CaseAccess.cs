using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform.Identity;

namespace Zhijian.Cases.Features;

/// <summary>Who may do what in 行政执法办案: the one place the module checks roles.</summary>
internal static class CaseAccess
{
    /// <summary>Issued case documents (full text, personal data included): case handlers, legal reviewers, section chiefs, leaders, admins; no API client.</summary>
    public const string DocumentsPolicy = "cases.documents";

    public static void AddPolicies(IServiceCollection services) =>
        services.AddAuthorizationBuilder()
            .AddPolicy(DocumentsPolicy, p => p.RequireAuthenticatedUser().RequireAssertion(c =>
                !c.User.HasClaim(x => x.Type == ZhijianClaims.ApiClient)
                && (c.User.IsInRole(Roles.CaseHandler) || c.User.IsInRole(Roles.LegalReviewer) || c.User.IsInRole(Roles.SectionChief)
                    || c.User.IsInRole(Roles.Leader) || c.User.IsInRole(Roles.Admin))));
}
