using System.Reflection;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform.Storage;

namespace Zhijian.Platform;

/// <summary>A console navigation entry. <see cref="Roles"/> empty = every signed-in user.</summary>
public sealed record NavEntry(string Group, string Title, string Href, string Icon, int Order, params string[] Roles);

/// <summary>
/// A capability of Zhijian. A module registers its services, database, endpoints, pages and navigation here;
/// the host only lists modules (<c>builder.AddModule&lt;EntitiesModule&gt;()</c>).
/// </summary>
public interface IZhijianModule
{
    /// <summary>Module name in Chinese, shown in the console.</summary>
    string Name { get; }

    void AddServices(IServiceCollection services, IConfiguration configuration, StorageOptions storage);

    /// <summary>Map the module's endpoints onto the <c>/api/v1</c> group.</summary>
    void MapEndpoints(RouteGroupBuilder api);

    IEnumerable<NavEntry> Navigation { get; }

    /// <summary>Columns of the public portal (/gs) this module serves.</summary>
    IEnumerable<NavEntry> PortalNavigation => [];

    /// <summary>The assembly holding the module's routable Razor pages.</summary>
    Assembly Assembly => GetType().Assembly;

    /// <summary>
    /// Seeds the module's demo data when demo data is switched on, after the platform's (org tree, users). Runs in a
    /// system-actor scope; must be idempotent (start-up runs it every time).
    /// </summary>
    Task SeedDemoDataAsync(IServiceProvider services, CancellationToken ct) => Task.CompletedTask;
}

/// <summary>The modules of this deployment, in the order the host listed them.</summary>
public sealed class ModuleCatalog
{
    private readonly List<IZhijianModule> _modules = [];

    public IReadOnlyList<IZhijianModule> Modules => _modules;

    public void Add(IZhijianModule module)
    {
        if (_modules.Any(m => m.GetType() == module.GetType())) return;
        _modules.Add(module);
    }

    public IEnumerable<Assembly> PageAssemblies => _modules.Select(m => m.Assembly).Distinct();

    public IEnumerable<NavEntry> Navigation => _modules.SelectMany(m => m.Navigation).OrderBy(n => n.Order);

    public IEnumerable<NavEntry> PortalNavigation => _modules.SelectMany(m => m.PortalNavigation).OrderBy(n => n.Order);
}
