using Microsoft.Extensions.DependencyInjection;

namespace Zhijian.Platform.Codes;

/// <summary>Registers the code tables (行政区划代码表、国民经济行业分类表) as singletons.</summary>
public static class CodeTablesServiceCollectionExtensions
{
    /// <summary>Adds <see cref="DivisionTable"/> and <see cref="IndustryTable"/> (loaded once, on first use).</summary>
    public static IServiceCollection AddCodeTables(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton(_ => DivisionTable.Default);
        services.AddSingleton(_ => IndustryTable.Default);
        return services;
    }
}
