using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.Complaints.Contracts;
using Zhijian.Complaints.Features.Disclosure;
using Zhijian.Platform.Web;

namespace Zhijian.Complaints.Features.Analysis;

/// <summary>
/// /api/v1/complaints/analysis (热点、激增预警), /api/v1/complaints/warnings (消费提示, staff),
/// /api/v1/public/complaints/warnings and /businesses (公示, anyone).
/// </summary>
internal static class AnalysisEndpoints
{
    public static void MapAnalysis(this RouteGroupBuilder complaints)
    {
        var a = complaints.MapGroup("/analysis");
        a.MapGet("/hotspots", QueryHotSpots)
            .WithSummary("投诉举报热点：dimension=category|problem|industry|industry-section|business|division|week，from、to（默认近12个月），kind=complaint|report|all，top（经营者前 N 名）；限本辖区");
        a.MapPost("/spikes/detect", DetectSpikes)
            .RequireAuthorization(ComplaintAccess.ManagePolicy).WithSummary("立即运行投诉激增检测（本周对比前8周周均；每小时也自动运行）");
        a.MapGet("/warnings", ListSpikeWarnings).WithSummary("投诉激增预警：open 为未阅件数；items 为未阅预警（all=true 含已阅，最近200条）");
        a.MapPost("/warnings/{id:long}/acknowledge", AcknowledgeSpike)
            .RequireAuthorization(ComplaintAccess.HandlePolicy).WithSummary("预警已阅（记录阅知人）");

        var w = complaints.MapGroup("/warnings");
        w.MapGet("", ListWarnings).WithSummary("消费提示（草稿、已发布、已撤回）");
        w.MapGet("/{id:long}", GetWarning).WithSummary("消费提示详情");
        w.MapPost("/draft", DraftWarning).RequireAuthorization(ComplaintAccess.ManagePolicy)
            .WithSummary("从热点起草消费提示（dimension=category|problem|industry|industry-section，key，from，to）：预填标题、正文和依据");
        w.MapPut("/{id:long}", EditWarning).RequireAuthorization(ComplaintAccess.ManagePolicy).WithSummary("修改消费提示（已发布的须先撤回）");
        w.MapPost("/{id:long}/publish", PublishWarning).RequireAuthorization(ComplaintAccess.ManagePolicy).WithSummary("发布消费提示到公示门户");
        w.MapPost("/{id:long}/withdraw", WithdrawWarning).RequireAuthorization(ComplaintAccess.ManagePolicy).WithSummary("撤回已发布的消费提示");
    }

    public static void MapPublicAnalysis(this RouteGroupBuilder publicComplaints)
    {
        publicComplaints.MapGet("/warnings", PublishedWarnings).WithSummary("消费提示（已发布）");
        publicComplaints.MapGet("/warnings/{id:long}", PublishedWarning).WithSummary("消费提示全文");
        publicComplaints.MapGet("/businesses", Ranking).WithSummary("近12个月被投诉较多的经营者（仅件数）");
        publicComplaints.MapGet("/businesses/{uscc}", BusinessSummary)
            .WithSummary("消费投诉信息公示：经营者在期间内（默认近12个月）被投诉件数、办结、解决（调解成功、ODR 和解）、解决率和分类；不含个人信息和举报内容");
    }

    // Query parameters one by one (not [AsParameters]): the request delegate generator cannot bind a positional record
    // with nullable reference parameters.
    private static Task<Results<Ok<HotSpotResult>, ProblemHttpResult>> QueryHotSpots(string? dimension, DateOnly? from, DateOnly? to,
        string? kind, int? top, HotSpots h, CancellationToken ct) =>
        h.QueryAsync(new HotSpotQuery(dimension, from, to, kind, top), ct).ToOk();

    private static async Task<Ok<SpikeRun>> DetectSpikes(Spikes s, CancellationToken ct) => TypedResults.Ok(await s.DetectAsync(ct));

    private static async Task<Ok<SpikeWarnings>> ListSpikeWarnings(bool? all, Spikes s, CancellationToken ct) => TypedResults.Ok(await s.ListAsync(all == true, ct));

    private static Task<Results<Ok<SpikeWarningView>, ProblemHttpResult>> AcknowledgeSpike(long id, Spikes s, CancellationToken ct) => s.AcknowledgeAsync(id, ct).ToOk();

    private static async Task<Ok<IReadOnlyList<ConsumerWarningView>>> ListWarnings(ConsumerWarnings c, CancellationToken ct) => TypedResults.Ok(await c.ListAsync(ct));

    private static Task<Results<Ok<ConsumerWarningView>, ProblemHttpResult>> GetWarning(long id, ConsumerWarnings c, CancellationToken ct) =>
        ApiResults.OkOrNotFound(c.GetAsync(id, ct), $"消费提示 {id} 不存在或不在您的管辖范围内");

    private static Task<Results<Ok<ConsumerWarningView>, ProblemHttpResult>> DraftWarning(DraftConsumerWarning cmd, ConsumerWarnings c, CancellationToken ct) =>
        c.DraftAsync(cmd, ct).ToOk();

    private static Task<Results<Ok<ConsumerWarningView>, ProblemHttpResult>> EditWarning(long id, SaveConsumerWarning cmd, ConsumerWarnings c, CancellationToken ct) =>
        c.EditAsync(id, cmd, ct).ToOk();

    private static Task<Results<Ok<ConsumerWarningView>, ProblemHttpResult>> PublishWarning(long id, ConsumerWarnings c, CancellationToken ct) => c.PublishAsync(id, ct).ToOk();

    private static Task<Results<Ok<ConsumerWarningView>, ProblemHttpResult>> WithdrawWarning(long id, ConsumerWarnings c, CancellationToken ct) => c.WithdrawAsync(id, ct).ToOk();

    private static async Task<Ok<IReadOnlyList<PublicConsumerWarning>>> PublishedWarnings(ConsumerWarnings c, CancellationToken ct) => TypedResults.Ok(await c.PublishedAsync(ct));

    private static Task<Results<Ok<PublicConsumerWarning>, ProblemHttpResult>> PublishedWarning(long id, ConsumerWarnings c, CancellationToken ct) =>
        ApiResults.OkOrNotFound(c.PublishedAsync(id, ct), $"消费提示 {id} 不存在或已撤回");

    private static async Task<Ok<PublicBusinessRanking>> Ranking(PublicDisclosure d, CancellationToken ct) => TypedResults.Ok(await d.RankingAsync(ct));

    private static async Task<Results<Ok<PublicComplaintSummary>, ProblemHttpResult>> BusinessSummary(string uscc, DateOnly? from, DateOnly? to, PublicDisclosure d,
        CancellationToken ct)
    {
        if (PublicDisclosure.NormalizeUscc(uscc) is not { } u) return Problems.Validation("uscc", "统一社会信用代码应为 18 位字母或数字");
        var (f, t) = d.DefaultPeriod(from, to);
        if (f > t) return Problems.Validation("from", "开始日期不能晚于结束日期");
        return TypedResults.Ok(await d.PublicSummaryAsync(u, f, t, ct));
    }
}
