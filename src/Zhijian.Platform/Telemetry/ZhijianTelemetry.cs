using System.Diagnostics.Metrics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Zhijian.Platform.Telemetry;

/// <summary>Zhijian's own meter: outbox and scheduled-job counters.</summary>
public static class ZhijianMetrics
{
    public const string MeterName = "Zhijian";

    private static readonly Meter Meter = new(MeterName);

    /// <summary>Outbox messages delivered to all their handlers.</summary>
    public static readonly Counter<long> OutboxDispatched = Meter.CreateCounter<long>("zhijian.outbox.dispatched", "{message}", "已分发的领域事件");

    /// <summary>Failed delivery attempts (retried with back-off).</summary>
    public static readonly Counter<long> OutboxFailed = Meter.CreateCounter<long>("zhijian.outbox.failed", "{attempt}", "分发失败的尝试");

    /// <summary>Runs of scheduled jobs on this node, tagged with the job and ok.</summary>
    public static readonly Counter<long> JobRuns = Meter.CreateCounter<long>("zhijian.jobs.runs", "{run}", "定时任务运行次数");
}

/// <summary>
/// OpenTelemetry: traces (ASP.NET Core, HttpClient, EF Core without parameter values, Npgsql) and metrics (the same plus
/// .NET runtime and <see cref="ZhijianMetrics"/>); OTLP export only when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set; a
/// Prometheus scrape endpoint <c>/metrics</c> answered only to the addresses of <c>Zhijian:Telemetry:MetricsAllowedFrom</c>
/// (default: loopback only), 404 to everyone else.
/// </summary>
public static class TelemetrySetup
{
    public const string MetricsPath = "/metrics";

    internal static void AddTelemetry(IServiceCollection services, IConfiguration configuration, string node)
    {
        var otel = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("zhijian", serviceInstanceId: node))
            .WithTracing(t => t
                .AddAspNetCoreInstrumentation(o => o.Filter = ctx => !ctx.Request.Path.StartsWithSegments(MetricsPath))
                .AddHttpClientInstrumentation()
                // Statement text only (parameterised SQL); never the parameter values, which may hold personal data: the
                // instrumentation adds them only under an experimental environment switch, and this removes them even then.
                .AddEntityFrameworkCoreInstrumentation(o => o.EnrichWithIDbCommand = (activity, _) =>
                {
                    foreach (var tag in activity.TagObjects.Where(t => t.Key.StartsWith("db.query.parameter.", StringComparison.Ordinal)).ToList())
                        activity.SetTag(tag.Key, null);
                })
                .AddNpgsql())
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddNpgsqlInstrumentation()
                .AddMeter(ZhijianMetrics.MeterName)
                .AddPrometheusExporter());
        if (!string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"])) otel.UseOtlpExporter();
        services.AddSingleton(new MetricsAccess(configuration.GetSection("Zhijian:Telemetry:MetricsAllowedFrom").Get<string[]>()));
    }

    /// <summary>The scrape endpoint; call after UseForwardedHeaders so a proxied caller is judged by its own address.</summary>
    internal static void UseMetricsEndpoint(WebApplication app)
    {
        var access = app.Services.GetRequiredService<MetricsAccess>();
        app.Use((ctx, next) =>
        {
            if (ctx.Request.Path.StartsWithSegments(MetricsPath) && !access.Allows(ctx.Connection.RemoteIpAddress))
            {
                ctx.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }

            return next(ctx);
        });
        app.UseOpenTelemetryPrometheusScrapingEndpoint(ctx => ctx.Request.Path == MetricsPath);
    }
}

/// <summary>Who may scrape /metrics: addresses or CIDR networks; without a list, loopback only.</summary>
public sealed class MetricsAccess
{
    private readonly List<IPNetwork> _allowed = [];
    private readonly bool _loopbackOnly;

    public MetricsAccess(string[]? allowedFrom)
    {
        _loopbackOnly = allowedFrom is null || allowedFrom.Length == 0;
        foreach (var entry in allowedFrom ?? [])
        {
            if (IPNetwork.TryParse(entry, out var net)) _allowed.Add(net);
            else if (IPAddress.TryParse(entry, out var ip)) _allowed.Add(new IPNetwork(ip, ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128));
            else throw new InvalidOperationException($"Zhijian:Telemetry:MetricsAllowedFrom 中的“{entry}”不是 IP 地址或网段（如 10.0.0.0/8）");
        }
    }

    /// <summary>A connection without an address (in-process, Unix socket) counts as loopback.</summary>
    public bool Allows(IPAddress? remote)
    {
        var ip = remote ?? IPAddress.Loopback;
        if (ip.IsIPv4MappedToIPv6) ip = ip.MapToIPv4();
        return _loopbackOnly ? IPAddress.IsLoopback(ip) : _allowed.Any(n => n.Contains(ip));
    }
}
