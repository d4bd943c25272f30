using Zhijian.Platform.Calendar;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.FoodSafety.Domain.Trace;
using Zhijian.Platform.Web;

namespace Zhijian.FoodSafety.Features.Trace;

/// <summary>/api/v1/food/trace: EPCIS event intake, forward and backward trace, parties, events and cold-chain receipts.</summary>
internal static class TraceEndpoints
{
    public const int DefaultDepth = 5;

    public static void Map(RouteGroupBuilder food)
    {
        var t = food.MapGroup("/trace").WithStandardProblems();
        t.MapPost("/events", ReceiveAsync)
            .Accepts<JsonElement>("application/ld+json", "application/json")
            .RequireAuthorization(FoodAccess.TraceWritePolicy).Idempotent()
            .WithSummary("接收 EPCIS 2.0 追溯事件文档（JSON-LD EPCISDocument，最多 1000 个事件，全部成功或全部不写入；eventID 幂等；Idempotency-Key）");
        t.MapGet("/forward", (string? batch, int? depth, DateOnly? from, DateOnly? to, string? party, ITraceQueries q, CancellationToken ct) =>
            TraceAsync(TraceDirection.Forward, batch, depth, from, to, party, q, ct)).WithSummary("正向追踪：批次下游的全部参与方与批次（召回范围）");
        t.MapGet("/backward", (string? batch, int? depth, DateOnly? from, DateOnly? to, string? party, ITraceQueries q, CancellationToken ct) =>
            TraceAsync(TraceDirection.Backward, batch, depth, from, to, party, q, ct)).WithSummary("反向溯源：批次（可指定摊位等参与方）上游的全部批次与参与方");
        t.MapGet("/events", (string? party, TraceStep? step, DateOnly? from, DateOnly? to, int? page, int? size, TraceLists l, CancellationToken ct) =>
            l.EventsAsync(party, step, from, to, page ?? 1, size ?? 50, ct)).WithSummary("追溯事件（按参与方、业务步骤、日期筛选）");
        t.MapGet("/cold-chain", (bool? missing, int? page, int? size, TraceLists l, CancellationToken ct) =>
            l.ColdChainAsync(missing ?? false, page ?? 1, size ?? 50, ct)).WithSummary("进口冷链食品收货及其单证（missing=true 为单证不全）");
        t.MapGet("/parties", (string? q, TracePartyKind? kind, int? page, int? size, TraceParties p, CancellationToken ct) =>
            p.ListAsync(q, kind, page ?? 1, size ?? 50, ct)).WithSummary("追溯参与方");
        t.MapPost("/parties", (RegisterTraceParties cmd, TraceParties p, CancellationToken ct) => p.RegisterAsync(cmd, ct).ToOk())
            .RequireAuthorization(FoodAccess.TraceWritePolicy).Idempotent()
            .WithSummary("批量登记追溯参与方（生产者、进口商、冷库、批发市场、摊位、商超、食堂；全部成功或全部不写入）");
    }

    private static async Task<Results<Ok<TraceIntakeResult>, ProblemHttpResult>> ReceiveAsync(HttpRequest request, TraceIntake intake, CancellationToken ct)
    {
        var type = request.ContentType?.Split(';')[0].Trim();
        if (!string.Equals(type, "application/ld+json", StringComparison.OrdinalIgnoreCase) && !string.Equals(type, "application/json", StringComparison.OrdinalIgnoreCase))
            return Problems.Problem(415, "不支持的内容类型", $"Content-Type 应为 application/ld+json 或 application/json（现为“{type}”）");
        JsonDocument doc;
        try
        {
            doc = await JsonDocument.ParseAsync(request.Body, default, ct);
        }
        catch (JsonException e)
        {
            return Problems.Validation("document", $"请求体不是有效的 JSON（第 {e.LineNumber + 1} 行附近）");
        }

        using (doc) return (await intake.ReceiveAsync(doc.RootElement, ct)).ToOk();
    }

    private static async Task<Results<Ok<TraceGraph>, ProblemHttpResult>> TraceAsync(TraceDirection direction, string? batch, int? depth, DateOnly? from, DateOnly? to,
        string? party, ITraceQueries q, CancellationToken ct)
    {
        if (TraceIds.ParseBatch(batch, out var error) is null) return Problems.Validation("batch", error!);
        if (depth is < 1 or > TraceQueries.MaxDepthAllowed) return Problems.Validation("depth", $"层级应为 1–{TraceQueries.MaxDepthAllowed}");
        if (from > to) return Problems.Validation("from", "开始日期晚于结束日期");
        var graph = await q.TraceAsync(new TraceRequest(batch!, direction, depth ?? DefaultDepth, from is { } f ? ChinaTime.StartOfDay(f) : null,
            to is { } t ? ChinaTime.EndOfDay(t).AddTicks(-1) : null, party), ct);
        return graph is null ? Problems.NotFound("未找到", $"批次“{batch}”没有追溯记录") : TypedResults.Ok(graph);
    }
}
