using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zhijian.Complaints.Features.Disclosure;
using Zhijian.Platform.Web;

namespace Zhijian.Complaints.Features.Analysis;

/// <summary>
/// /api/v1/complaints/analysis (热点、激增预警), /api/v1/complaints/warnings (消费提示, staff),
/// /api/v1/public/complaints/warnings and /businesses (公示, anyone).
/// </summary>
internal static class AnalysisEndpoints
{
    private static IResult Ok<T>(Result<T> r) => r.IsSuccess ? Results.Ok(r.Value) : r.ToProblem();

    public static void Map(RouteGroupBuilder complaints, RouteGroupBuilder publicComplaints)
    {
        var a = complaints.MapGroup("/analysis");
        a.MapGet("/hotspots", async ([AsParameters] HotSpotQuery query, HotSpots h, CancellationToken ct) => Ok(await h.QueryAsync(query, ct)))
            .WithSummary("投诉举报热点：dimension=category|problem|industry|industry-section|business|division|week，from、to（默认近12个月），kind=complaint|report|all，top（经营者前 N 名）；限本辖区");
        a.MapPost("/spikes/detect", async (Spikes s, CancellationToken ct) => Results.Ok(await s.DetectAsync(ct)))
            .RequireAuthorization(ComplaintAccess.ManagePolicy).WithSummary("立即运行投诉激增检测（本周对比前8周周均；每小时也自动运行）");
        a.MapGet("/warnings", async (bool? all, Spikes s, CancellationToken ct) => Results.Ok(await s.ListAsync(all == true, ct)))
            .WithSummary("投诉激增预警：open 为未阅件数；items 为未阅预警（all=true 含已阅，最近200条）");
        a.MapPost("/warnings/{id:long}/acknowledge", async (long id, Spikes s, CancellationToken ct) => Ok(await s.AcknowledgeAsync(id, ct)))
            .RequireAuthorization(ComplaintAccess.HandlePolicy).WithSummary("预警已阅（记录阅知人）");

        var w = complaints.MapGroup("/warnings");
        w.MapGet("", async (ConsumerWarnings c, CancellationToken ct) => Results.Ok(await c.ListAsync(ct))).WithSummary("消费提示（草稿、已发布、已撤回）");
        w.MapGet("/{id:long}", async (long id, ConsumerWarnings c, CancellationToken ct) =>
            await c.GetAsync(id, ct) is { } v ? Results.Ok(v) : Problems.NotFound("未找到", $"消费提示 {id} 不存在或不在您的管辖范围内")).WithSummary("消费提示详情");
        w.MapPost("/draft", async (DraftConsumerWarning cmd, ConsumerWarnings c, CancellationToken ct) => Ok(await c.DraftAsync(cmd, ct)))
            .RequireAuthorization(ComplaintAccess.ManagePolicy).WithSummary("从热点起草消费提示（dimension=category|problem|industry|industry-section，key，from，to）：预填标题、正文和依据");
        w.MapPut("/{id:long}", async (long id, SaveConsumerWarning cmd, ConsumerWarnings c, CancellationToken ct) => Ok(await c.EditAsync(id, cmd, ct)))
            .RequireAuthorization(ComplaintAccess.ManagePolicy).WithSummary("修改消费提示（已发布的须先撤回）");
        w.MapPost("/{id:long}/publish", async (long id, ConsumerWarnings c, CancellationToken ct) => Ok(await c.PublishAsync(id, ct)))
            .RequireAuthorization(ComplaintAccess.ManagePolicy).WithSummary("发布消费提示到公示门户");
        w.MapPost("/{id:long}/withdraw", async (long id, ConsumerWarnings c, CancellationToken ct) => Ok(await c.WithdrawAsync(id, ct)))
            .RequireAuthorization(ComplaintAccess.ManagePolicy).WithSummary("撤回已发布的消费提示");

        publicComplaints.MapGet("/warnings", async (ConsumerWarnings c, CancellationToken ct) => Results.Ok(await c.PublishedAsync(ct))).WithSummary("消费提示（已发布）");
        publicComplaints.MapGet("/warnings/{id:long}", async (long id, ConsumerWarnings c, CancellationToken ct) =>
            await c.PublishedAsync(id, ct) is { } v ? Results.Ok(v) : Problems.NotFound("未找到", $"消费提示 {id} 不存在或已撤回")).WithSummary("消费提示全文");
        publicComplaints.MapGet("/businesses", async (PublicDisclosure d, CancellationToken ct) => Results.Ok(await d.RankingAsync(ct)))
            .WithSummary("近12个月被投诉较多的经营者（仅件数）");
        publicComplaints.MapGet("/businesses/{uscc}", async (string uscc, DateOnly? from, DateOnly? to, PublicDisclosure d, CancellationToken ct) =>
            {
                if (PublicDisclosure.NormalizeUscc(uscc) is not { } u) return Problems.Validation("uscc", "统一社会信用代码应为 18 位字母或数字");
                var (f, t) = d.DefaultPeriod(from, to);
                if (f > t) return Problems.Validation("from", "开始日期不能晚于结束日期");
                return Results.Ok(await d.PublicSummaryAsync(u, f, t, ct));
            })
            .WithSummary("消费投诉信息公示：经营者在期间内（默认近12个月）被投诉件数、办结、解决（调解成功、ODR 和解）、解决率和分类；不含个人信息和举报内容");
    }
}
