namespace Zhijian.Host;

/// <summary>
/// The content root (appsettings, wwwroot, the default data folder) is the application's own folder, whatever the
/// working folder a service manager starts it in — unless it is configured (<c>--contentRoot</c>,
/// <c>ASPNETCORE_CONTENTROOT</c> or <c>DOTNET_CONTENTROOT</c>). <c>dotnet run</c> sets it to the project folder
/// through Properties/launchSettings.json, so the development database stays in src/Zhijian.Host/data.
/// </summary>
internal static class HostPaths
{
    public static WebApplicationOptions Options(string[] args) => new()
    {
        Args = args,
        ContentRootPath = IsConfigured(args) ? null : AppContext.BaseDirectory,
    };

    private static bool IsConfigured(string[] args) =>
        args.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase) || a.StartsWith("/contentRoot", StringComparison.OrdinalIgnoreCase))
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT"))
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT"));
}
