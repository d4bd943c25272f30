using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.Dashboard.Domain;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Web;

namespace Zhijian.Dashboard.Features.Plans;

internal sealed record PlanResponse(string Code, string Name, string Locality, int StartYear, int EndYear, bool Builtin, int Indicators, int Computed, string Source);

/// <summary>新建的规划。</summary>
internal sealed record PlanCreated(int Id, string Code);

/// <summary>导入的规划及其指标数。</summary>
internal sealed record PlanImported(int Id, string Code, int Indicators);

internal sealed record AttachInput(string? Division);

/// <summary>常住人口参考数据。</summary>
internal sealed record PopulationResponse(string DivisionCode, int Year, long Residents, string Source);

/// <summary>登记或更正后的常住人口。</summary>
internal sealed record PopulationSaved(string DivisionCode, int Year, long Residents);

/// <summary>规划、指标登记、辖区关联与常住人口: /api/v1/indicators/plans, /attachments, /population.</summary>
internal static class PlansEndpoints
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void Map(RouteGroupBuilder indicators)
    {
        indicators.MapGet("/plans", List).WithSummary("已载入的规划（各地“十四五”规划指标表、本局自定规划）");
        indicators.MapPost("/plans", Create).WithSummary("新建本局规划（如“十五五”规划），再逐项登记或导入指标");
        indicators.MapPost("/plans/import", Import).DisableAntiforgery().WithSummary("导入规划指标表（XLSX/CSV，按导入模板；全部通过校验才写入，逐行报告错误）");
        indicators.MapGet("/plans/template", Template).Produces<byte[]>(StatusCodes.Status200OK, Xlsx).WithSummary("规划指标导入模板（XLSX，含两行示例）");
        indicators.MapPost("/plans/{id:int}/indicators", AddIndicator).WithSummary("登记指标（基期、目标、比较符、属性、统计方式、计算公式或手工填报）");
        indicators.MapPut("/plans/{id:int}/indicators/{indicatorId:int}", UpdateIndicator).WithSummary("修改指标（内置规划只能设置计算公式、统计方式和预警幅度）");
        indicators.MapPost("/plans/{id:int}/attachments", Attach).WithSummary("把规划关联到辖区（辖区及下级按该规划监测）");
        indicators.MapDelete("/attachments/{id:int}", Detach).WithSummary("取消规划与辖区的关联");
        indicators.MapGet("/population", ListPopulation).WithSummary("常住人口参考数据（按行政区划和年度）");
        indicators.MapPut("/population", SetPopulation).WithSummary("登记或更正某区划某年的常住人口（统计公报数）");
    }

    private static async Task<Ok<IEnumerable<PlanResponse>>> List(PlanService s, CancellationToken ct) =>
        TypedResults.Ok((await s.ListAsync(ct)).Select(p => new PlanResponse(p.Code, p.Name, p.Locality, p.StartYear, p.EndYear, p.Builtin,
            p.Indicators.Count, p.Indicators.Count(i => i.Computed), p.Source)));

    private static async Task<Results<Ok<PlanCreated>, ProblemHttpResult>> Create(CreatePlan cmd, PlanService s, CancellationToken ct) =>
        await s.CreateAsync(cmd, null, "控制台", ct) is var r && r.IsSuccess ? TypedResults.Ok(new PlanCreated(r.Value!.Id, r.Value.Code)) : r.ToProblem();

    private static async Task<Results<Ok<PlanImported>, ProblemHttpResult>> Import(IFormFile file, string? code, string? name, string? locality, int? startYear,
        int? endYear, PlanService s, ActorContext actor, CancellationToken ct)
    {
        // Refuse before the upload is written to disk and parsed, not after.
        if (!DashboardAccess.CanManage(actor.Current)) return Problems.Forbidden("只有局领导、科室负责人或管理员可以制定规划");
        var path = Path.GetTempFileName();
        try
        {
            await using (var fs = File.Create(path)) await file.CopyToAsync(fs, ct);
            var r = await s.ImportAsync(new CreatePlan(code, name, locality, startYear ?? 0, endYear ?? 0), path, file.FileName, ct);
            return r.IsSuccess ? TypedResults.Ok(new PlanImported(r.Value!.Id, r.Value.Code, r.Value.Indicators.Count)) : r.ToProblem();
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static FileContentHttpResult Template() => TypedResults.File(PlanService.Template(), Xlsx, "规划指标导入模板.xlsx");

    private static Task<Results<Ok<PlanIndicator>, ProblemHttpResult>> AddIndicator(int id, IndicatorInput cmd, PlanService s, CancellationToken ct) =>
        s.SaveIndicatorAsync(id, null, cmd, ct).ToOk();

    private static Task<Results<Ok<PlanIndicator>, ProblemHttpResult>> UpdateIndicator(int id, int indicatorId, IndicatorInput cmd, PlanService s, CancellationToken ct) =>
        s.SaveIndicatorAsync(id, indicatorId, cmd, ct).ToOk();

    private static Task<Results<Ok<int>, ProblemHttpResult>> Attach(int id, AttachInput cmd, PlanService s, CancellationToken ct) => s.AttachAsync(id, cmd.Division, ct).ToOk();

    private static Task<Results<Ok<bool>, ProblemHttpResult>> Detach(int id, PlanService s, CancellationToken ct) => s.DetachAsync(id, ct).ToOk();

    private static async Task<Ok<IEnumerable<PopulationResponse>>> ListPopulation(PlanService s, CancellationToken ct) =>
        TypedResults.Ok((await s.PopulationAsync(ct)).Select(p => new PopulationResponse(p.DivisionCode, p.Year, p.Residents, p.Source)));

    private static async Task<Results<Ok<PopulationSaved>, ProblemHttpResult>> SetPopulation(PopulationInput cmd, PlanService s, CancellationToken ct) =>
        await s.SetPopulationAsync(cmd, ct) is var r && r.IsSuccess ? TypedResults.Ok(new PopulationSaved(r.Value!.DivisionCode, r.Value.Year, r.Value.Residents)) : r.ToProblem();
}
