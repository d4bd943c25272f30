using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zhijian.Platform.Web;

namespace Zhijian.Drugs.Features.Registers;

/// <summary>/api/v1/drugs/ephedrine, /rx-checks, /adverse-reports, /adverse-signals.</summary>
internal static class RegisterEndpoints
{
    public static void Map(RouteGroupBuilder drugs)
    {
        var e = drugs.MapGroup("/ephedrine").WithStandardProblems();
        e.MapPost("/sales", (EphedrineBatch cmd, EphedrineBook b, CancellationToken ct) => b.PostAsync(cmd, ct).ToOk())
            .RequireAuthorization(DrugsAccess.SalesClientPolicy).Idempotent()
            .WithSummary("药店报送含麻黄碱类复方制剂销售记录（批量，全部成功或全部失败并列出每行错误；同一药店重复的销售单号跳过；超过单次限购数量的照收并标记；逐笔核对购买人窗口期购买情况，Idempotency-Key）");
        e.MapGet("/sales", (EphedrineBook b, string? division, string? q, DateOnly? from, DateOnly? to, bool? overLimit, int? page, int? size, CancellationToken ct) =>
                b.SalesAsync(division, q, from, to, overLimit, page ?? 1, size ?? 50, ct))
            .WithSummary("含麻黄碱类复方制剂销售登记（购买人身份证号、姓名脱敏；division、q（药店、品名、批准文号、单号）、from/to、overLimit=true 超量销售；分页）");
        e.MapPost("/sales/{id:long}/clue", (long id, EphedrineBook b, CancellationToken ct) => b.ClueAsync(id, ct).ToOk())
            .RequireAuthorization(DrugsAccess.RegistersPolicy).Idempotent().WithSummary("超量销售移送案件线索（Idempotency-Key）");
        e.MapGet("/warnings", (EphedrineBook b, string? status, string? division, int? page, int? size, CancellationToken ct) =>
                b.WarningsAsync(status, division, page ?? 1, size ?? 50, ct))
            .WithSummary("疑似异常购买预警（status=open 待核查 | cleared 已排除 | police 已移交公安；division；分页）");
        e.MapGet("/warnings/{id:long}", (long id, EphedrineBook b, CancellationToken ct) => ApiResults.OkOrNotFound(b.GetWarningAsync(id, ct), $"预警 {id} 不存在或不在您的管辖范围内"))
            .WithSummary("预警详情与其背后的购买记录");
        e.MapPost("/warnings/{id:long}/handle", (long id, HandleWarning cmd, EphedrineBook b, CancellationToken ct) => b.HandleAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(DrugsAccess.RegistersPolicy).Idempotent()
            .WithSummary("核查预警：排除或移交公安（行刑衔接，登记移交情况）；预警中的超量销售移送案件线索（Idempotency-Key）");
        e.MapGet("/warnings/{id:long}/buyer", (long id, EphedrineBook b, CancellationToken ct) => b.BuyerAsync(id, ct).ToOk())
            .RequireAuthorization(DrugsAccess.AdminPolicy).WithSummary("查看购买人完整身份证号和姓名（科室负责人，记录审计日志）");
        e.MapPost("/full-pass", (EphedrineBook b, CancellationToken ct) => b.FullPassAsync(ct))
            .RequireAuthorization(DrugsAccess.AdminPolicy).WithSummary("全量核查疑似异常购买（全部销售记录，补充遗漏的预警）");

        var rx = drugs.MapGroup("/rx-checks").WithStandardProblems();
        rx.MapPost("", (RxCheckInput cmd, RxChecks c, CancellationToken ct) => c.RecordAsync(cmd, ct).ToOk())
            .RequireAuthorization(DrugsAccess.RxPolicy).Idempotent().WithSummary("登记处方药销售检查（现场检查或药店上报：是否凭处方销售，Idempotency-Key）");
        rx.MapGet("", (RxChecks c, string? division, bool? withoutPrescription, string? q, int? page, int? size, CancellationToken ct) =>
                c.ListAsync(division, withoutPrescription, q, page ?? 1, size ?? 50, ct))
            .WithSummary("处方药销售检查记录（withoutPrescription=true 未凭处方销售；division、q；分页）");
        rx.MapGet("/pharmacies", (RxChecks c, string? division, CancellationToken ct) => c.PharmaciesAsync(division, ct))
            .WithSummary("未凭处方销售处方药的药店（按次数）");

        var a = drugs.MapGroup("/adverse-reports").WithStandardProblems();
        a.MapPost("", (AdverseReportInput cmd, AdverseBook b, CancellationToken ct) => b.ReceiveAsync(cmd, ct).ToOk())
            .RequireAuthorization(DrugsAccess.AdrClientPolicy)
            .WithSummary("医疗机构、企业报送药品不良反应、医疗器械不良事件、化妆品不良反应报告（按报告编号幂等；计算报告时限并标记迟报；检测信号）");
        a.MapGet("", (AdverseBook b, string? kind, string? seriousness, bool? late, string? division, string? q, DateOnly? from, DateOnly? to, int? page, int? size,
                CancellationToken ct) => b.ListAsync(kind, seriousness, late, division, q, from, to, page ?? 1, size ?? 50, ct))
            .WithSummary("不良反应报告（kind=drug|device|cosmetic、seriousness=general|serious|death、late=true 迟报、division、q、from/to 接收日期；分页）");
        a.MapGet("/{id:long}", (long id, AdverseBook b, CancellationToken ct) => ApiResults.OkOrNotFound(b.GetAsync(id, ct), $"报告 {id} 不存在或不在您的管辖范围内"))
            .WithSummary("不良反应报告详情（不含患者姓名）");

        var s = drugs.MapGroup("/adverse-signals").WithStandardProblems();
        s.MapGet("", (AdverseBook b, bool? reviewed, string? division, int? page, int? size, CancellationToken ct) => b.SignalsAsync(reviewed, division, page ?? 1, size ?? 50, ct))
            .WithSummary("不良反应信号（同一产品窗口期内多家单位报告，或出现死亡病例；reviewed=false 新信号；分页）");
        s.MapGet("/{id:long}", (long id, AdverseBook b, CancellationToken ct) => ApiResults.OkOrNotFound(b.GetSignalAsync(id, ct), $"信号 {id} 不存在或不在您的管辖范围内"))
            .WithSummary("信号详情与其报告");
        s.MapPost("/{id:long}/review", (long id, ReviewSignal cmd, AdverseBook b, CancellationToken ct) => b.ReviewAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(DrugsAccess.RegistersPolicy).Idempotent().WithSummary("信号研判（Idempotency-Key）");
    }
}
