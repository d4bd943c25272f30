using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zhijian.Platform.Web;

namespace Zhijian.ProductQuality.Features.FollowUp;

/// <summary>/api/v1/pq/follow-ups: the list, one in full, and one POST per step (FollowUpPolicy; 公告 and 移送 AdminPolicy).</summary>
internal static class FollowUpEndpoints
{
    public static void Map(RouteGroupBuilder pq)
    {
        var g = pq.MapGroup("/follow-ups").WithStandardProblems();
        g.MapGet("", (FollowUpQueries queries, string? stage, bool? overdue, int? dueWithin, string? division, string? q, string? category, long? planId,
                int? page, int? size, CancellationToken ct) =>
            queries.ListAsync(stage, overdue, dueWithin, division, q, category, planId, page ?? 1, size ?? 50, ct))
            .WithSummary("不合格后处理列表（stage=stopped 待责令整改 | correcting 整改中 | corrected 待复查 | recheck-failed 复查不合格待公告 | announced 已公告待再次复查 | " +
                "second-failed 再次复查不合格待移送 | closed 整改到位 | transferred 已移送 | withdrawn 已撤销 | referred 已通报外地 | open 未结束；overdue=true 逾期；" +
                "dueWithin=N 天内到期；division、category、planId、q（编号、产品、生产者、销售者）筛选；分页；stages 为各阶段件数）");
        g.MapGet("/{id:long}", (long id, FollowUpQueries q, CancellationToken ct) => ApiResults.OkOrNotFound(q.GetAsync(id, ct), $"后处理 {id} 不存在或不在您的管辖范围内"))
            .WithSummary("不合格后处理详情（各步骤时限、办理情况、履历）");
        Post(g, "/{id:long}/confirm-stop", (long id, ConfirmStop cmd, FollowUpBook b, CancellationToken ct) => b.ConfirmStopAsync(id, cmd, ct).ToOk(),
            QualityAccess.FollowUpPolicy, "登记企业确认停止生产、销售（外地生产者：销售者停止销售、下架）");
        Post(g, "/{id:long}/order", (long id, OrderCorrection cmd, FollowUpBook b, CancellationToken ct) => b.OrderAsync(id, cmd, ct).ToOk(),
            QualityAccess.FollowUpPolicy, "下达责令整改通知书（整改期限 60 日、复查期限 75 日，按规则设置）");
        Post(g, "/{id:long}/correction-report", (long id, ReportCorrection cmd, FollowUpBook b, CancellationToken ct) => b.ReportCorrectionAsync(id, cmd, ct).ToOk(),
            QualityAccess.FollowUpPolicy, "登记企业整改报告");
        Post(g, "/{id:long}/recheck", (long id, RecordRecheck cmd, FollowUpBook b, CancellationToken ct) => b.RecheckAsync(id, cmd, ct).ToOk(),
            QualityAccess.FollowUpPolicy, "登记复查（合格 → 整改到位；不合格 → 待报告省局并公告）");
        Post(g, "/{id:long}/announce", (long id, Announce cmd, FollowUpBook b, CancellationToken ct) => b.AnnounceAsync(id, cmd, ct).ToOk(),
            QualityAccess.AdminPolicy, "复查仍不合格：登记报告省级市场监管部门与公告（再次复查窗口为公告后 60–90 日）");
        Post(g, "/{id:long}/second-recheck", (long id, RecordRecheck cmd, FollowUpBook b, CancellationToken ct) => b.SecondRecheckAsync(id, cmd, ct).ToOk(),
            QualityAccess.FollowUpPolicy, "登记再次复查（公告之日起 60 日后；合格 → 整改到位；不合格 → 待移送）");
        Post(g, "/{id:long}/transfer", (long id, FollowUpBook b, CancellationToken ct) => b.TransferAsync(id, ct).ToOk(),
            QualityAccess.AdminPolicy, "再次复查仍不合格：移送案件线索（责令停业整顿、吊销许可证，列明有效生产许可证）");
        Post(g, "/{id:long}/refusal", (long id, ReportRefusal cmd, FollowUpBook b, CancellationToken ct) => b.RefusalAsync(id, cmd, ct).ToOk(),
            QualityAccess.AdminPolicy, "企业拒不停止生产销售或拒不整改：移送案件线索");
        Post(g, "/{id:long}/notify-producer-bureau", (long id, NotifyProducerBureau cmd, FollowUpBook b, CancellationToken ct) => b.NotifyProducerBureauAsync(id, cmd, ct).ToOk(),
            QualityAccess.FollowUpPolicy, "外地生产者：通报生产者所在地市场监管局（在本平台的转入该局后处理）");
        Post(g, "/{id:long}/withdraw", (long id, WithdrawFollowUp cmd, FollowUpBook b, CancellationToken ct) => b.WithdrawAsync(id, cmd, ct).ToOk(),
            QualityAccess.FollowUpPolicy, "撤销后处理（复检推翻原检验结论等，须写明理由）");
    }

    private static void Post(RouteGroupBuilder g, string pattern, Delegate handler, string policy, string summary) =>
        g.MapPost(pattern, handler).RequireAuthorization(policy).Idempotent().WithSummary(summary + "（Idempotency-Key）");
}
