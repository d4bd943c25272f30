namespace Zhijian.Metrology.Features.Demo;

/// <summary>Metrology demo (filled in below).</summary>
internal static class DemoMetrology
{
    public static Task SeedAsync(IServiceProvider services, CancellationToken ct) => Task.CompletedTask;
}
