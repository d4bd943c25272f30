using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhijian.Inspections.Data;
using Zhijian.Inspections.Domain;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Rules;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;
using TaskStatus = Zhijian.Inspections.Domain.TaskStatus;

namespace Zhijian.Inspections.Features.Plans;

internal sealed record SavePlan(int? Year, string? Name, string? Description, DateOnly? From, DateOnly? To, IReadOnlyList<long>? ItemIds, IReadOnlyList<long>? LibraryIds);

internal sealed record PlanView(long Id, int Year, string Name, string Description, DateOnly From, DateOnly To, IReadOnlyList<long> ItemIds,
    IReadOnlyList<long> LibraryIds, string OrgUnitName, DateTimeOffset? PublishedAt, int Tasks)
{
    public static PlanView Of(InspectionPlan p, int tasks) => new(p.Id, p.Year, p.Name, p.Description, p.From, p.To, p.ItemIds, p.LibraryIds,
        p.OrgUnitName, p.PublishedAt, tasks);
}

/// <summary>新建抽查任务: ratios per risk class (null = rule default) or a fixed count; several departments = 联合抽查.</summary>
internal sealed record CreateTask(long? PlanId, string? Name, long? LibraryId, string? Mode, decimal? RatioA, decimal? RatioB, decimal? RatioC,
    decimal? RatioD, decimal? RatioU, int? FixedCount, IReadOnlyList<TaskDepartmentInput>? Departments, DateOnly? StartOn, DateOnly? EndOn, int? MaxLoad);

internal sealed record TaskDepartmentInput(string? Department, IReadOnlyList<long>? ItemIds, int? OfficersPerTarget);

internal sealed record TaskView(long Id, long PlanId, string PlanName, string Name, long LibraryId, string LibraryName, DrawMode Mode, string ModeName,
    IReadOnlyDictionary<string, decimal> Ratios, int? FixedCount, IReadOnlyList<TaskDepartment> Departments, bool Joint, int MaxLoad,
    DateOnly StartOn, DateOnly EndOn, TaskStatus Status, string StatusName, string OrgUnitName, int Targets, int Results, int Published);

/// <summary>年度抽查计划 and its tasks.</summary>
internal sealed class Plans(InspectionsDbContext db, OrgScope scope, IRuleBook rules, TimeProvider clock)
{
    public static string StatusName(TaskStatus s) => s switch
    {
        TaskStatus.Draft => "待抽取",
        TaskStatus.Committed => "已冻结名录，待摇号",
        TaskStatus.Drawn => "已抽取对象，待分派人员",
        TaskStatus.Assigned => "检查中",
        _ => "已完成",
    };

    public async Task<IReadOnlyList<PlanView>> ListAsync(int? year, CancellationToken ct)
    {
        var plans = await db.Plans.AsNoTracking().Where(p => year == null || p.Year == year).OrderByDescending(p => p.Year).ThenBy(p => p.Name).ToListAsync(ct);
        var ids = plans.Select(p => p.Id).ToList();
        var counts = await db.Tasks.AsNoTracking().Where(t => ids.Contains(t.PlanId)).GroupBy(t => t.PlanId).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
        return [.. plans.Select(p => PlanView.Of(p, counts.GetValueOrDefault(p.Id)))];
    }

    public async Task<Result<PlanView>> SavePlanAsync(long? id, SavePlan cmd, CancellationToken ct)
    {
        if (await scope.CurrentAsync(ct) is not { } unit) return Result<PlanView>.Forbidden("只有机构内的工作人员可以制定抽查计划");
        var e = new FieldErrors();
        e.Require("name", cmd.Name, "计划名称", 200);
        if (cmd.Year is not (>= 2000 and <= 2100)) e.Add("year", "请填写计划年度（如 2026）");
        if (cmd.From is null) e.Add("from", "请填写计划开始日期");
        if (cmd.To is null) e.Add("to", "请填写计划结束日期");
        if (cmd.From is { } f && cmd.To is { } t && t < f) e.Add("to", "计划结束日期不能早于开始日期");
        if (cmd.Description is { Length: > 2000 }) e.Add("description", "计划说明不能超过 2000 个字符");
        if (cmd.ItemIds is null || cmd.ItemIds.Count == 0) e.Add("itemIds", "请至少选择一项抽查事项");
        if (cmd.LibraryIds is null || cmd.LibraryIds.Count == 0) e.Add("libraryIds", "请至少选择一个检查对象名录库");
        if (e.Count > 0) return Result<PlanView>.Invalid(e.ToDictionary());
        var itemIds = cmd.ItemIds!.Distinct().ToList();
        var libraryIds = cmd.LibraryIds!.Distinct().ToList();
        var knownItems = await db.Items.Where(x => itemIds.Contains(x.Id)).Select(x => x.Id).ToListAsync(ct);
        if (itemIds.Except(knownItems).ToList() is { Count: > 0 } unknownItems) return Result<PlanView>.Invalid("itemIds", $"抽查事项 {string.Join("、", unknownItems)} 不存在或不在您的管辖范围内");
        var knownLibraries = await db.Libraries.Where(x => libraryIds.Contains(x.Id)).Select(x => x.Id).ToListAsync(ct);
        if (libraryIds.Except(knownLibraries).ToList() is { Count: > 0 } unknownLibraries) return Result<PlanView>.Invalid("libraryIds", $"检查对象名录库 {string.Join("、", unknownLibraries)} 不存在或不在您的管辖范围内");

        var plan = id is null ? new InspectionPlan { OrgUnitId = unit.Id, OrgUnitName = unit.Name, DivisionCode = unit.DivisionCode } : await db.Plans.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (plan is null) return Result<PlanView>.NotFound($"抽查计划 {id} 不存在或不在您的管辖范围内");
        if (plan.PublishedAt is not null) return Result<PlanView>.Conflict("plan", "计划已公示，不能修改；如需调整请另行制定补充计划");
        var before = id is null ? null : PlanView.Of(plan, 0);
        plan.Year = cmd.Year!.Value;
        plan.Name = cmd.Name!.Trim();
        plan.Description = cmd.Description?.Trim() ?? "";
        plan.From = cmd.From!.Value;
        plan.To = cmd.To!.Value;
        plan.ItemIds = itemIds;
        plan.LibraryIds = libraryIds;
        plan.UpdatedAt = clock.GetUtcNow();
        if (id is null) db.Plans.Add(plan);
        db.Audit(id is null ? "inspections.plan.created" : "inspections.plan.updated", "InspectionPlan", plan.Name, before, PlanView.Of(plan, 0), plan.DivisionCode);
        await db.SaveChangesAsync(ct);
        return PlanView.Of(plan, 0);
    }

    /// <summary>Publishes the plan on the portal: required before any of its tasks is drawn.</summary>
    public async Task<Result<PlanView>> PublishPlanAsync(long id, CancellationToken ct)
    {
        var plan = await db.Plans.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (plan is null) return Result<PlanView>.NotFound($"抽查计划 {id} 不存在或不在您的管辖范围内");
        if (plan.PublishedAt is not null) return PlanView.Of(plan, 0);
        var items = await db.Items.Where(x => plan.ItemIds.Contains(x.Id)).ToListAsync(ct);
        var now = clock.GetUtcNow();
        foreach (var i in items) i.PublishedAt ??= now; // the plan's items are published with it
        plan.PublishedAt = now;
        db.Audit("inspections.plan.published", "InspectionPlan", plan.Name, null, new { plan.Id, plan.Year, items = items.Count }, plan.DivisionCode);
        await db.SaveChangesAsync(ct);
        return PlanView.Of(plan, 0);
    }

    /// <summary>A ratio as a percentage for messages: 0.05 → "5%", 0.125 → "12.5%".</summary>
    public static string Pct(decimal ratio) => (ratio * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    /// <summary>Default ratio of a stratum from the rule settings: A its maximum, B, C, D their minimum, U as B.</summary>
    public static decimal DefaultRatio(IRuleBook rules, string label, DateOnly on) => label switch
    {
        "A" => rules.GetDecimal("inspection.ratio-a-max", on),
        "C" => rules.GetDecimal("inspection.ratio-c-min", on),
        "D" => rules.GetDecimal("inspection.ratio-d-min", on),
        _ => rules.GetDecimal("inspection.ratio-b-min", on),
    };

    /// <summary>The permitted range of a stratum's ratio from the rule settings (U: 0–100 %).</summary>
    public static (decimal Min, decimal Max) Range(IRuleBook rules, string label, DateOnly on) => label switch
    {
        "A" => (0m, rules.GetDecimal("inspection.ratio-a-max", on)),
        "B" => (rules.GetDecimal("inspection.ratio-b-min", on), rules.GetDecimal("inspection.ratio-b-max", on)),
        "C" => (rules.GetDecimal("inspection.ratio-c-min", on), rules.GetDecimal("inspection.ratio-c-max", on)),
        "D" => (rules.GetDecimal("inspection.ratio-d-min", on), rules.GetDecimal("inspection.ratio-d-max", on)),
        _ => (0m, 1m),
    };

    public async Task<Result<TaskView>> CreateTaskAsync(CreateTask cmd, CancellationToken ct)
    {
        if (await scope.CurrentAsync(ct) is not { } unit) return Result<TaskView>.Forbidden("只有机构内的工作人员可以创建抽查任务");
        var today = clock.Today();
        var e = new FieldErrors();
        e.Require("name", cmd.Name, "任务名称", 200);
        var plan = cmd.PlanId is { } pid ? await db.Plans.AsNoTracking().SingleOrDefaultAsync(x => x.Id == pid, ct) : null;
        if (plan is null) e.Add("planId", cmd.PlanId is null ? "请选择所属抽查计划" : $"抽查计划 {cmd.PlanId} 不存在或不在您的管辖范围内");
        if (cmd.LibraryId is null) e.Add("libraryId", "请选择检查对象名录库");
        else if (plan is not null && !plan.LibraryIds.Contains(cmd.LibraryId.Value)) e.Add("libraryId", "所选名录库不在该计划的名录库中");
        var mode = cmd.Mode switch
        {
            null or "" or "risk" or "RiskRatio" => DrawMode.RiskRatio,
            "fixed" or "FixedCount" => DrawMode.FixedCount,
            _ => (DrawMode)0,
        };
        if (mode == 0) e.Add("mode", "抽取方式应为 risk（按信用风险分类比例）或 fixed（固定数量）");
        var ratios = new Dictionary<string, decimal>();
        if (mode == DrawMode.RiskRatio)
        {
            foreach (var (label, given) in new[] { ("A", cmd.RatioA), ("B", cmd.RatioB), ("C", cmd.RatioC), ("D", cmd.RatioD), ("U", cmd.RatioU) })
            {
                var ratio = given ?? DefaultRatio(rules, label, today);
                var name = label == "U" ? "未分类主体" : label + " 类";
                if (ratio is < 0 or > 1) { e.Add("ratio" + label, $"{name}抽查比例 {Pct(ratio)} 无效：应在 0 到 100% 之间"); continue; }
                if (decimal.Round(ratio, 4) != ratio) { e.Add("ratio" + label, $"{name}抽查比例最多精确到 0.01%（四位小数）"); continue; }
                var (min, max) = Range(rules, label, today);
                if (ratio < min || ratio > max)
                    e.Add("ratio" + label, $"{name}抽查比例 {Pct(ratio)} 超出规则设置的范围 {Pct(min)}–{Pct(max)}");
                ratios[label] = ratio;
            }
        }
        else if (mode == DrawMode.FixedCount && cmd.FixedCount is not (> 0 and <= 100_000)) e.Add("fixedCount", "固定抽取数量应为 1 到 100000 之间的整数");
        if (cmd.StartOn is null) e.Add("startOn", "请填写检查开始日期");
        if (cmd.EndOn is null) e.Add("endOn", "请填写检查结束日期");
        if (cmd.StartOn is { } s && cmd.EndOn is { } en && en < s) e.Add("endOn", "检查结束日期不能早于开始日期");
        if (plan is not null && cmd.StartOn is { } s2 && cmd.EndOn is { } e2 && (s2 < plan.From || e2 > plan.To))
            e.Add("startOn", $"检查期间应在计划期间（{plan.From:yyyy-MM-dd} 至 {plan.To:yyyy-MM-dd}）内");
        var maxLoad = cmd.MaxLoad ?? rules.GetInt("inspection.max-load", today);
        if (maxLoad is < 1 or > 10_000) e.Add("maxLoad", "每名人员最多检查对象数应在 1 到 10000 之间");
        var minOfficers = rules.GetInt("inspection.min-officers", today);
        var departments = new List<TaskDepartment>();
        var inputs = cmd.Departments is { Count: > 0 } d ? d : [new TaskDepartmentInput(null, plan?.ItemIds, null)];
        for (var i = 0; i < inputs.Count; i++)
        {
            var dep = inputs[i];
            var name = string.IsNullOrWhiteSpace(dep.Department) ? Items.Items.DefaultDepartment : dep.Department.Trim();
            var items = dep.ItemIds?.Distinct().ToList() ?? [];
            if (items.Count == 0) e.Add($"departments[{i}].itemIds", $"部门“{name}”须至少承担一项抽查事项");
            else if (plan is not null && items.Except(plan.ItemIds).Any()) e.Add($"departments[{i}].itemIds", $"部门“{name}”所选事项不在该计划的事项清单中");
            if (departments.Any(x => x.Department == name)) e.Add($"departments[{i}].department", $"部门“{name}”重复");
            var officers = dep.OfficersPerTarget ?? (i == 0 ? minOfficers : 1);
            if (officers is < 1 or > 10) e.Add($"departments[{i}].officersPerTarget", $"部门“{name}”每户派出人数应在 1 到 10 之间");
            departments.Add(new TaskDepartment(name, items, officers));
        }

        if (departments.Sum(x => x.OfficersPerTarget) < minOfficers)
            e.Add("departments", $"每个检查对象至少须有 {minOfficers} 名执法检查人员（规则 inspection.min-officers），当前各部门合计 {departments.Sum(x => x.OfficersPerTarget)} 名");
        if (e.Count > 0) return Result<TaskView>.Invalid(e.ToDictionary());

        var now = clock.GetUtcNow();
        var task = new InspectionTask
        {
            PlanId = plan!.Id,
            Name = cmd.Name!.Trim(),
            LibraryId = cmd.LibraryId!.Value,
            Mode = mode,
            RatioA = ratios.GetValueOrDefault("A", 0),
            RatioB = ratios.GetValueOrDefault("B", 0),
            RatioC = ratios.GetValueOrDefault("C", 0),
            RatioD = ratios.GetValueOrDefault("D", 0),
            RatioU = ratios.GetValueOrDefault("U", 0),
            FixedCount = mode == DrawMode.FixedCount ? cmd.FixedCount : null,
            Departments = departments,
            MaxLoad = maxLoad,
            StartOn = cmd.StartOn!.Value,
            EndOn = cmd.EndOn!.Value,
            Status = TaskStatus.Draft,
            OrgUnitId = unit.Id,
            OrgUnitName = unit.Name,
            DivisionCode = unit.DivisionCode,
            CreatedAt = now,
            UpdatedAt = now,
        };
        if (mode == DrawMode.FixedCount) task.RatioA = task.RatioB = task.RatioC = task.RatioD = task.RatioU = null;
        db.Tasks.Add(task);
        db.Audit("inspections.task.created", "InspectionTask", task.Name, null, new { task.Name, task.Mode, task.LibraryId, ratios, task.FixedCount, departments, task.StartOn, task.EndOn }, task.DivisionCode);
        await db.SaveChangesAsync(ct);
        return (await GetTaskAsync(task.Id, ct))!;
    }

    public Task<IReadOnlyList<TaskView>> TasksAsync(long? planId, CancellationToken ct) =>
        ViewsAsync(db.Tasks.AsNoTracking().Where(t => planId == null || t.PlanId == planId), ct);

    public async Task<TaskView?> GetTaskAsync(long id, CancellationToken ct) =>
        (await ViewsAsync(db.Tasks.AsNoTracking().Where(x => x.Id == id), ct)).SingleOrDefault();

    /// <summary>Tasks with their plan and library names and target counts: four queries however many tasks.</summary>
    private async Task<IReadOnlyList<TaskView>> ViewsAsync(IQueryable<InspectionTask> query, CancellationToken ct)
    {
        var tasks = await query.OrderByDescending(t => t.StartOn).ThenByDescending(t => t.Id).ToListAsync(ct);
        if (tasks.Count == 0) return [];
        var ids = tasks.Select(t => t.Id).ToList();
        var planIds = tasks.Select(t => t.PlanId).Distinct().ToList();
        var libraryIds = tasks.Select(t => t.LibraryId).Distinct().ToList();
        var plans = await db.Plans.AsNoTracking().Where(p => planIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var libraries = await db.Libraries.AsNoTracking().Where(l => libraryIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, l => l.Name, ct);
        var counts = (await db.Targets.AsNoTracking().Where(x => ids.Contains(x.TaskId) && x.Status != TargetStatus.Replaced)
            .GroupBy(x => new { x.TaskId, x.Status }).Select(g => new { g.Key.TaskId, g.Key.Status, N = g.Count() }).ToListAsync(ct)).ToLookup(x => x.TaskId);
        return [.. tasks.Select(t =>
        {
            var targets = counts[t.Id].ToList();
            var ratios = t.Mode == DrawMode.RiskRatio
                ? Domain.Draw.DrawAlgorithm.RiskOrder.ToDictionary(l => l, l => t.RatioOf(l) ?? 0m)
                : new Dictionary<string, decimal>();
            return new TaskView(t.Id, t.PlanId, plans.GetValueOrDefault(t.PlanId, ""), t.Name, t.LibraryId, libraries.GetValueOrDefault(t.LibraryId, ""), t.Mode,
                t.Mode == DrawMode.RiskRatio ? "按信用风险分类比例" : "固定数量", ratios, t.FixedCount, t.Departments, t.Joint, t.MaxLoad, t.StartOn, t.EndOn,
                t.Status, StatusName(t.Status), t.OrgUnitName, targets.Sum(x => x.N), targets.Where(x => x.Status >= TargetStatus.Confirmed).Sum(x => x.N),
                targets.Where(x => x.Status == TargetStatus.Published).Sum(x => x.N));
        })];
    }
}
