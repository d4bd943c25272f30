using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zhijian.Platform.Web;
using Zhijian.SpecialEquipment.Domain.Registry;
using Zhijian.SpecialEquipment.Domain.Safety;
using Zhijian.SpecialEquipment.Features.Accidents;

namespace Zhijian.SpecialEquipment.Features.Hazards;

/// <summary>/api/v1/equipment/hazards, /api/v1/equipment/{code}/hazards and /api/v1/equipment/accidents.</summary>
internal static class SafetyEndpoints
{
    public static void Map(RouteGroupBuilder sequip)
    {
        var h = sequip.MapGroup("/hazards").WithStandardProblems();
        h.MapGet("", (HazardQueries q, string? tab, string? division, EquipmentCategory? category, string? source, string? code, int? page, int? size, CancellationToken ct) =>
            q.ListAsync(tab, division, category, source, code, page ?? 1, size ?? 50, ct))
            .WithSummary("隐患列表（tab=open 待整改/整改中 | overdue 逾期 | review 待复查 | closed 已销号 | major 重大隐患；division、category、source、code 筛选；分页）");
        h.MapGet("/kinds", () => HazardKinds.All).WithSummary("隐患类别（serious = 重大隐患类别）");
        h.MapGet("/{id:long}", (long id, HazardQueries q, CancellationToken ct) => ApiResults.OkOrNotFound(q.GetAsync(id, ct), $"隐患 {id} 不存在或不在您的管辖范围内"))
            .WithSummary("隐患详情（闭环履历）");
        h.MapPost("/{id:long}/notice", (long id, IssueHazardNotice cmd, HazardLoop s, CancellationToken ct) => s.NoticeAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(SequipAccess.SafetyWritePolicy).WithSummary("下达责令整改通知书（待整改 → 整改中）");
        h.MapPost("/{id:long}/rectification", (long id, RectifyHazard cmd, HazardLoop s, CancellationToken ct) => s.RectifyAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(SequipAccess.SafetyWritePolicy).WithSummary("登记整改报告（整改中 → 已整改，待复查）");
        h.MapPost("/{id:long}/review", (long id, ReviewHazard cmd, HazardLoop s, CancellationToken ct) => s.ReviewAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(SequipAccess.SafetyWritePolicy).WithSummary("复查（通过 → 销号；不通过 → 重新整改，新的期限）");
        sequip.MapPost("/{code}/hazards", (string code, ReportHazard cmd, HazardLoop s, CancellationToken ct) =>
                s.ReportAsync(code, cmd, ct).ToCreated(v => $"/api/v1/equipment/hazards/{v.Id}"))
            .RequireAuthorization(SequipAccess.SafetyWritePolicy).Idempotent()
            .WithSummary("报送隐患（监察人员、检验机构；重大隐患类别强制为重大隐患并移送案件线索；Idempotency-Key）");

        var a = sequip.MapGroup("/accidents").WithStandardProblems();
        a.MapGet("", (AccidentQueries q, string? status, string? division, string? code, int? page, int? size, CancellationToken ct) =>
            q.ListAsync(status, division, code, page ?? 1, size ?? 50, ct))
            .WithSummary("事故列表（status=draft 待核实 | reporting 报告中 | closed 已结案 | overdue 报告超时；分页）");
        a.MapGet("/{id:long}", (long id, AccidentQueries q, CancellationToken ct) => ApiResults.OkOrNotFound(q.GetAsync(id, ct), $"事故 {id} 不存在或不在您的管辖范围内"))
            .WithSummary("事故详情（分级及理由、报告时限链、履历）");
        a.MapPost("/classify", (RegisterAccident cmd, AccidentBook s) => TypedResults.Ok(s.Preview(cmd, cmd.Category)))
            .WithSummary("按《特种设备安全监察条例》第61–64条试算事故等级（不保存）");
        a.MapPost("", (RegisterAccident cmd, AccidentBook s, CancellationToken ct) => s.RegisterAsync(cmd, ct).ToCreated(v => $"/api/v1/equipment/accidents/{v.Id}"))
            .RequireAuthorization(SequipAccess.SafetyWritePolicy).Idempotent().WithSummary("登记特种设备事故（自动分级，生成报告时限链，移送案件线索；Idempotency-Key）");
        a.MapPost("/{id:long}/verify", (long id, VerifyAccident cmd, AccidentBook s, CancellationToken ct) => s.VerifyAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(SequipAccess.SafetyWritePolicy).WithSummary("核实待核实的事故（96333 长时间困人）");
        a.MapPost("/{id:long}/reports/{seq:int}", (long id, int seq, RecordAccidentReport cmd, AccidentBook s, CancellationToken ct) => s.RecordReportAsync(id, seq, cmd, ct).ToOk())
            .RequireAuthorization(SequipAccess.SafetyWritePolicy).WithSummary("登记事故报告链中的一项（1 单位→县级，2 县级→市级，3 市级→省级，4 省级→总局，9 续报）");
        a.MapPost("/{id:long}/close", (long id, CloseAccident cmd, AccidentBook s, CancellationToken ct) => s.CloseAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(SequipAccess.SafetyWritePolicy).WithSummary("事故结案（调查结论、责任认定、整改；科室负责人）");
    }
}
