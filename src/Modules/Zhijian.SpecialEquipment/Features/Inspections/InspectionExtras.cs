using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Indicators;
using Zhijian.Platform.Jobs;
using Zhijian.Platform.Todo;
using Zhijian.SpecialEquipment.Data;
using Zhijian.SpecialEquipment.Domain.Inspections;

namespace Zhijian.SpecialEquipment.Features.Inspections;

/// <summary>The 审计记录 page's words for 定期检验.</summary>
internal static class InspectionAuditNames
{
    public static readonly IReadOnlyDictionary<string, string> Actions = new Dictionary<string, string>
    {
        ["sequip.body.created"] = "登记特种设备检验机构",
        ["sequip.body.client"] = "为检验机构创建 API 客户端",
        ["sequip.inspection.reported"] = "报送特种设备检验结果",
        ["sequip.inspection.objection"] = "登记检验结论异议",
        ["sequip.inspection.objection-decided"] = "处理检验结论异议",
        ["sequip.inspection.mismatch-resolved"] = "处理检验日期不一致",
        ["sequip.inspection.overdue-clue"] = "超期未检移送案件线索",
        ["sequip.schedule.recomputed"] = "批量重算检验计划",
    };

    public static readonly IReadOnlyDictionary<string, string> RecordTypes = new Dictionary<string, string>
    {
        ["SequipBody"] = "特种设备检验机构",
        ["SequipInspection"] = "特种设备检验结果",
        ["SequipEquipment"] = "特种设备",
    };
}

/// <summary>Nightly: recompute every stored schedule (the warning states move with the date; a new rule version applies).</summary>
internal sealed class ScheduleSweepJob : IScheduledJob
{
    public const string Key = "sequip.schedule-sweep";
    public const string Cron = "0 40 2 * * ?";

    public async Task ExecuteAsync(IServiceProvider services, CancellationToken ct)
    {
        services.GetRequiredService<ActorContext>().UseSystem();
        var report = await services.GetRequiredService<ScheduleRecompute>().RunAsync(ct);
        var db = services.GetRequiredService<EquipmentDbContext>();
        db.Audit("sequip.schedule.recomputed", "SequipEquipment", "*", null, report);
        await db.SaveChangesAsync(ct);
    }
}

/// <summary>
/// 定期检验待办: inspectors and section chiefs see the equipment of their jurisdiction that is 超期未检 (overdue) and a
/// summary of what falls due within 30 days; section chiefs also the open 检验日期不一致 and 异议 (待我审批).
/// </summary>
internal sealed class InspectionTodo(EquipmentDbContext db) : ITodoSource
{
    public string Module => "特种设备";

    public async Task<IReadOnlyList<TodoItem>> GetAsync(TodoContext ctx, CancellationToken ct)
    {
        var a = ctx.Actor;
        if (a.IsApiClient || !(a.IsInRole(Roles.Inspector) || SequipAccess.CanAdminister(a))) return [];
        var items = new List<TodoItem>();
        var overdue = await db.Schedules.AsNoTracking().Where(s => s.InUse && s.Warning == DueWarning.Overdue).OrderBy(s => s.NextDue).Take(200)
            .Select(s => new { s.Equipment!.Code, s.Equipment.UserName, Due = s.NextDue!.Value }).ToListAsync(ct);
        items.AddRange(ctx.Cap(overdue.Select(s => new TodoItem(Module, TodoKind.Overdue, "督促超期未检设备停用并申报检验", $"{s.Code} · {s.UserName}",
            s.Due.AddMonths(1).AddDays(-1), $"/sequip/inspections?code={s.Code}")),
            (kind, n) => new TodoItem(Module, kind, "其他超期未检设备", $"另有 {n} 台", null, "/sequip/inspections?tab=overdue")));
        var soon = await db.Schedules.AsNoTracking().CountAsync(s => s.InUse && s.Warning == DueWarning.Days30, ct);
        if (soon > 0) items.Add(new TodoItem(Module, TodoKind.DueSoon, "提醒使用单位申报定期检验（30日内到期）", $"{soon} 台设备", null, "/sequip/inspections?tab=soon") { Count = soon });
        if (SequipAccess.CanAdminister(a))
        {
            var mismatches = await db.Inspections.AsNoTracking().Where(i => i.Mismatch == MismatchState.Open).OrderBy(i => i.Id).Take(200)
                .Select(i => new { i.EquipmentCode, i.ReportNo }).ToListAsync(ct);
            items.AddRange(ctx.Cap(mismatches.Select(i => ctx.Approval(Module, "处理检验日期不一致", $"{i.EquipmentCode} · 报告 {i.ReportNo}", null, "/sequip/inspections?tab=mismatch")),
                (kind, n) => new TodoItem(Module, kind, "其他检验日期不一致", $"另有 {n} 件", null, "/sequip/inspections?tab=mismatch")));
            var objections = await db.Inspections.AsNoTracking().Where(i => i.Objection == ObjectionState.Open).OrderBy(i => i.Id).Take(200)
                .Select(i => new { i.EquipmentCode, i.ReportNo }).ToListAsync(ct);
            items.AddRange(ctx.Cap(objections.Select(i => ctx.Approval(Module, "处理检验结论异议", $"{i.EquipmentCode} · 报告 {i.ReportNo}", null, "/sequip/inspections?tab=objection")),
                (kind, n) => new TodoItem(Module, kind, "其他检验结论异议", $"另有 {n} 件", null, "/sequip/inspections?tab=objection")));
        }

        return items;
    }
}

/// <summary>
/// 定期检验 measures, counted in SQL per county (first six digits of the equipment's 属地): 定期检验率 = <see cref="OnTime"/> /
/// <see cref="Due"/> × 100.
/// </summary>
internal sealed class InspectionMeasures(EquipmentDbContext db) : IMeasureSource
{
    public const string Due = "sequip.inspections_due";
    public const string OnTime = "sequip.inspections_on_time";
    public const string OverdueInUse = "sequip.overdue_in_use";

    private const string Where = "计入设备使用地县级区划。";

    public IReadOnlyList<MeasureDefinition> Measures { get; } =
    [
        new(Due, "应检特种设备项次", "项次", MeasureKind.Window, "检验计划中到期月份落在统计期内的定期检验、自行检测、年度检查和耐压试验项次：已由检验结果满足的，加上至今未满足的。" + Where, "/sequip/inspections"),
        new(OnTime, "按期检验特种设备项次", "项次", MeasureKind.Window, "“应检特种设备项次”中在到期月份结束前（含提前检验）完成的项次；除以应检项次即“定期检验率”。" + Where, "/sequip/inspections"),
        new(OverdueInUse, "超期未检仍在使用的特种设备", "台", MeasureKind.PointInTime, "在用设备中下次检验到期月份已过而未检验的台数（按最近一次计算的检验计划）。" + Where, "/sequip/inspections?tab=overdue"),
    ];

    public async Task<IReadOnlyList<MeasureValue>> ComputeAsync(MeasureQuery query, CancellationToken ct)
    {
        var want = query.Codes.ToHashSet(StringComparer.Ordinal);
        var prefix = DivisionTable.ScopePrefix(query.DivisionRoot);
        var values = new Dictionary<(string, string), decimal>();
        if (want.Overlaps([Due, OnTime]))
        {
            var done = await db.Inspections.AsNoTracking()
                .Where(i => i.SatisfiedDue >= query.From && i.SatisfiedDue <= query.To && i.DivisionCode.StartsWith(prefix))
                .GroupBy(i => i.DivisionCode.Substring(0, 6))
                .Select(g => new { County = g.Key, N = g.Count(), OnTime = g.Count(i => i.InspectedOn < i.SatisfiedDue!.Value.AddMonths(1)) })
                .ToListAsync(ct);
            foreach (var r in done)
            {
                Add(values, want, Due, r.County, r.N);
                Add(values, want, OnTime, r.County, r.OnTime);
            }

            var open = await db.Schedules.AsNoTracking()
                .Where(s => s.InUse && s.NextDue >= query.From && s.NextDue <= query.To && s.DivisionCode.StartsWith(prefix))
                .GroupBy(s => s.DivisionCode.Substring(0, 6)).Select(g => new { County = g.Key, N = g.Count() }).ToListAsync(ct);
            foreach (var r in open) Add(values, want, Due, r.County, r.N);
        }

        if (want.Contains(OverdueInUse))
        {
            var rows = await db.Schedules.AsNoTracking().Where(s => s.InUse && s.Warning == DueWarning.Overdue && s.DivisionCode.StartsWith(prefix))
                .GroupBy(s => s.DivisionCode.Substring(0, 6)).Select(g => new { County = g.Key, N = g.Count() }).ToListAsync(ct);
            foreach (var r in rows) Add(values, want, OverdueInUse, r.County, r.N);
        }

        return [.. values.Select(v => new MeasureValue(v.Key.Item1, v.Key.Item2, v.Value))];
    }

    private static void Add(Dictionary<(string, string), decimal> values, HashSet<string> want, string code, string county, int n)
    {
        if (n != 0 && want.Contains(code)) values[(code, county)] = values.GetValueOrDefault((code, county)) + n;
    }
}
