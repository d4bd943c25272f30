using System.Reflection;
using Zhijian.Platform;

namespace Zhijian.Tests.Architecture;

/// <summary>The module rules of ARCHITECTURE.md, checked on the built assemblies.</summary>
public sealed class ModuleRulesTests
{
    private static readonly Assembly Platform = typeof(IZhijianModule).Assembly;
    private static readonly Assembly Host = typeof(Program).Assembly;

    private static IEnumerable<Assembly> Modules() =>
        Host.GetReferencedAssemblies()
            .Where(a => a.Name!.StartsWith("Zhijian.", StringComparison.Ordinal) && a.Name != Platform.GetName().Name)
            .Select(Assembly.Load);

    [Fact]
    public void The_platform_knows_no_module_and_not_the_host()
    {
        var references = Platform.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(references, n => n.StartsWith("Zhijian.", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_module_has_exactly_one_module_class_and_references_other_modules_only_as_a_DAG()
    {
        var modules = Modules().ToList();
        foreach (var module in modules)
        {
            var entryPoints = module.GetTypes().Where(t => typeof(IZhijianModule).IsAssignableFrom(t) && !t.IsAbstract).ToList();
            Assert.Single(entryPoints);
        }

        // A DAG: no module reaches itself through its references.
        var names = modules.Select(m => m.GetName().Name!).ToHashSet();
        var edges = modules.ToDictionary(m => m.GetName().Name!, m => m.GetReferencedAssemblies().Select(r => r.Name!).Where(names.Contains).ToList());
        foreach (var start in names)
        {
            var seen = new HashSet<string>();
            var stack = new Stack<string>(edges[start]);
            while (stack.Count > 0)
            {
                var next = stack.Pop();
                Assert.NotEqual(start, next);
                if (seen.Add(next)) foreach (var e in edges[next]) stack.Push(e);
            }
        }
    }

    [Fact]
    public void Modules_expose_only_their_contracts_and_the_module_class()
    {
        foreach (var module in Modules())
        {
            var leaked = module.GetExportedTypes()
                .Where(t => !typeof(IZhijianModule).IsAssignableFrom(t)
                    && !(t.Namespace ?? "").Contains(".Contracts", StringComparison.Ordinal)
                    && !typeof(Microsoft.AspNetCore.Components.IComponent).IsAssignableFrom(t))
                .Select(t => t.FullName).ToList();
            Assert.Empty(leaked);
        }
    }

    [Fact]
    public void Navigation_targets_are_unique_and_absolute()
    {
        var catalog = new ModuleCatalog();
        catalog.Add(new PlatformModule());

        Assert.Equal(catalog.Navigation.Count(), catalog.Navigation.Select(n => n.Href).Distinct().Count());
        Assert.All(catalog.Navigation, n => Assert.StartsWith("/", n.Href));
    }
}
