using Microsoft.Extensions.DependencyInjection;

namespace Zhijian.Platform.Portal;

/// <summary>
/// 公示首页 extension point: a module registers (<see cref="PortalSetup.AddPortalHomeSection{TSection}"/>) a section of the
/// portal home (/gs) — its latest public items — without the host reading the module's tables. Resolved in a public
/// actor scope; a section returns public data only (names of natural persons masked as on the module's own pages).
/// A module with nothing to show returns no items and the home leaves the section out.
/// </summary>
public interface IPortalHomeSection
{
    /// <summary>Heading on the home, e.g. 行政处罚.</summary>
    string Title { get; }

    /// <summary>Position on the home, smallest first.</summary>
    int Order { get; }

    /// <summary>The module's column listing every item (更多).</summary>
    string MoreHref { get; }

    /// <summary>The newest public items, newest first, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<PortalItem>> LatestAsync(int max, CancellationToken ct);
}

/// <summary>One line of a home section: what, when, where to read it, and an optional short note (party, authority).</summary>
public sealed record PortalItem(string Title, DateOnly? Date, string Href, string? Note = null);

/// <summary>
/// The portal's central search (企业信用信息查询): the registry implements it (by any fragment of the name, by the
/// 18-character USCC or by the registration number), best matches first, public fields only.
/// </summary>
public interface IPortalEntitySearch
{
    Task<IReadOnlyList<PortalEntityHit>> SearchAsync(string query, int max, CancellationToken ct);
}

/// <summary>An entity found by the portal search; <see cref="Href"/> is its public credit page.</summary>
public sealed record PortalEntityHit(string Uscc, string Name, string TypeName, string StatusName, string DivisionName, string Href);

/// <summary>The portal's configuration (<c>Zhijian:Portal</c>).</summary>
public sealed class PortalOptions
{
    public const string Section = "Zhijian:Portal";

    /// <summary>The bureau running this deployment, named in the portal's header and footer (主办).</summary>
    public string Bureau { get; set; } = "市场监督管理局";
}

public static class PortalSetup
{
    /// <summary>Adds a section to the portal home (scoped: it may use the module's DbContext).</summary>
    public static IServiceCollection AddPortalHomeSection<TSection>(this IServiceCollection services)
        where TSection : class, IPortalHomeSection
    {
        services.AddScoped<IPortalHomeSection, TSection>();
        return services;
    }
}
