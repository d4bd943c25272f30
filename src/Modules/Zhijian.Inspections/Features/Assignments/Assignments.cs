using Microsoft.EntityFrameworkCore;
using Zhijian.Inspections.Data;
using Zhijian.Inspections.Domain;
using Zhijian.Inspections.Domain.Assign;
using Zhijian.Inspections.Domain.Draw;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;
using TaskStatus = Zhijian.Inspections.Domain.TaskStatus;

namespace Zhijian.Inspections.Features.Assignments;

internal sealed record RecuseCommand(string? Reason);

internal sealed record OfficerRef(long AssignmentId, long InspectorId, string Name, string CertificateNo, string Department, int Round, bool Recused, string? RecusalReason);

internal sealed record RoundView(int Department, string DepartmentName, int Round, string Label, IReadOnlyList<string> Eligible, int Count, IReadOnlyList<string> Picked,
    string Excluded, string? Reason, DateTimeOffset At);

internal sealed record TargetAssignmentView(long TargetId, string Uscc, string EntityName, int DrawSeq, int Position, string Class, string Status,
    IReadOnlyList<OfficerRef> Officers, IReadOnlyList<RoundView> Rounds);

/// <summary>随机分派执法检查人员, with recusal and redraw, all reproducible from the published rounds.</summary>
internal sealed class Assignments(InspectionsDbContext db, TimeProvider clock)
{
    /// <summary>Staffs every drawn target that has no officers yet (after the main draw, or after a 补抽).</summary>
    public async Task<Result<IReadOnlyList<TargetAssignmentView>>> AssignAsync(long taskId, CancellationToken ct)
    {
        var task = await db.Tasks.SingleOrDefaultAsync(x => x.Id == taskId, ct);
        if (task is null) return Result<IReadOnlyList<TargetAssignmentView>>.NotFound($"抽查任务 {taskId} 不存在或不在您的管辖范围内");
        if (task.Status is TaskStatus.Draft or TaskStatus.Committed) return Result<IReadOnlyList<TargetAssignmentView>>.Unprocessable("该任务尚未抽取检查对象，不能分派人员");
        var targets = await db.Targets.Where(x => x.TaskId == taskId && x.Status == TargetStatus.Pending).OrderBy(x => x.DrawSeq).ThenBy(x => x.Position).ToListAsync(ct);
        var staffed = (await db.Assignments.Where(x => x.TaskId == taskId && !x.Recused).Select(x => x.TargetId).Distinct().ToListAsync(ct)).ToHashSet();
        targets = [.. targets.Where(t => !staffed.Contains(t.Id))];
        if (targets.Count == 0) return Result<IReadOnlyList<TargetAssignmentView>>.Conflict("task", "本任务所有检查对象都已分派人员");

        var (officers, departments, seeds, previous, load) = await ContextAsync(task, targets, ct);
        var slots = targets.Select(t => new SlotTarget(t.Id, t.Uscc, t.EntityName, t.LegalRep, t.Position, seeds[t.DrawId], previous.GetValueOrDefault(t.Uscc) ?? new HashSet<long>())).ToList();
        var outcome = AssignmentPlanner.Plan(slots, departments, officers, load, task.MaxLoad);
        if (outcome.Shortages.Count > 0)
            return Result<IReadOnlyList<TargetAssignmentView>>.Unprocessable(
                $"符合条件的执法检查人员不足，未分派任何人员（共 {outcome.Shortages.Count} 户）：" + string.Join("；", outcome.Shortages.Take(20)) +
                (outcome.Shortages.Count > 20 ? $"；等 {outcome.Shortages.Count} 户" : "") + "。请在执法检查人员名录库中补充人员或调整任务的每人上限后重试");

        var now = clock.GetUtcNow();
        Save(task, outcome.Rounds, officers, targets.ToDictionary(t => t.Id), now, null);
        task.Status = TaskStatus.Assigned;
        task.Version++;
        task.UpdatedAt = now;
        db.Audit("inspections.assigned", "InspectionTask", task.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), null,
            new { targets = targets.Count, rounds = outcome.Rounds.Count }, task.DivisionCode);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Result<IReadOnlyList<TargetAssignmentView>>.Conflict("task", "该任务刚刚已由他人分派人员，请刷新后查看");
        }

        return Ok(await ViewAsync(taskId, ct));
    }

    /// <summary>回避: the officer leaves the target; a replacement is drawn at once in the next round of the slot.</summary>
    public async Task<Result<IReadOnlyList<TargetAssignmentView>>> RecuseAsync(long assignmentId, RecuseCommand cmd, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(cmd.Reason)) return Result<IReadOnlyList<TargetAssignmentView>>.Invalid("reason", "回避理由不能为空");
        if (cmd.Reason.Trim().Length > 400) return Result<IReadOnlyList<TargetAssignmentView>>.Invalid("reason", "回避理由不能超过 400 个字符");
        var assignment = await db.Assignments.SingleOrDefaultAsync(x => x.Id == assignmentId, ct);
        if (assignment is null) return Result<IReadOnlyList<TargetAssignmentView>>.NotFound($"分派记录 {assignmentId} 不存在或不在您的管辖范围内");
        var r = await RecuseCoreAsync(assignment, cmd.Reason.Trim(), ct);
        if (!r.IsSuccess) return r;
        await db.SaveChangesAsync(ct);
        return Ok(await ViewAsync(assignment.TaskId, ct));
    }

    /// <summary>Marks the recusal and plans the replacement into the change tracker (the caller saves).</summary>
    internal async Task<Result<IReadOnlyList<TargetAssignmentView>>> RecuseCoreAsync(Assignment assignment, string reason, CancellationToken ct)
    {
        if (assignment.Recused) return Result<IReadOnlyList<TargetAssignmentView>>.Conflict("assignment", $"{assignment.InspectorName}已回避，不能重复办理");
        var target = await db.Targets.SingleAsync(x => x.Id == assignment.TargetId, ct);
        if (target.Status != TargetStatus.Pending)
            return Result<IReadOnlyList<TargetAssignmentView>>.Unprocessable($"“{target.EntityName}”已录入检查结果，不能再办理回避");
        var task = await db.Tasks.SingleAsync(x => x.Id == assignment.TaskId, ct);
        var (officers, departments, seeds, previous, load) = await ContextAsync(task, [target], ct);
        officers = [.. officers.Where(o => o.Id != assignment.InspectorId)];
        load[assignment.InspectorId] = Math.Max(0, load.GetValueOrDefault(assignment.InspectorId) - 1);
        var active = await db.Assignments.Where(x => x.TargetId == target.Id && !x.Recused && x.Id != assignment.Id).ToListAsync(ct);
        var already = departments.ToDictionary(d => (target.Id, d.Index), d => (IReadOnlySet<long>)active.Where(a => a.DepartmentIndex == d.Index).Select(a => a.InspectorId).ToHashSet());
        var maxRound = await db.Rounds.Where(x => x.TargetId == target.Id && x.DepartmentIndex == assignment.DepartmentIndex).MaxAsync(x => (int?)x.Round, ct) ?? 0;
        var rounds = new Dictionary<(long, int), int> { [(target.Id, assignment.DepartmentIndex)] = maxRound + 1 };
        var slot = new SlotTarget(target.Id, target.Uscc, target.EntityName, target.LegalRep, target.Position, seeds[target.DrawId], previous.GetValueOrDefault(target.Uscc) ?? new HashSet<long>());
        var outcome = AssignmentPlanner.Plan([slot], [.. departments.Where(d => d.Index == assignment.DepartmentIndex)], officers, load, task.MaxLoad, already, rounds);
        if (outcome.Shortages.Count > 0)
            return Result<IReadOnlyList<TargetAssignmentView>>.Unprocessable($"无法办理回避：{outcome.Shortages[0]}。请先在执法检查人员名录库中补充人员");

        var now = clock.GetUtcNow();
        assignment.Recused = true;
        assignment.RecusalReason = reason;
        Save(task, outcome.Rounds, officers, new Dictionary<long, TaskTarget> { [target.Id] = target }, now, $"{assignment.InspectorName}（{assignment.CertificateNo}）回避：{reason}");
        db.Audit("inspections.recused", "InspectionTask", task.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), null,
            new { target.Uscc, assignment.CertificateNo, reason, replacement = outcome.Rounds.SelectMany(x => x.Picked) }, task.DivisionCode);
        return Ok([]);
    }

    private void Save(InspectionTask task, IReadOnlyList<PlannedRound> rounds, IReadOnlyList<OfficerInfo> officers, Dictionary<long, TaskTarget> targets,
        DateTimeOffset now, string? reason)
    {
        var byCert = officers.ToDictionary(o => o.CertificateNo, StringComparer.Ordinal);
        foreach (var r in rounds)
        {
            var target = targets[r.TargetId];
            db.Rounds.Add(new AssignmentRound
            {
                TaskId = task.Id,
                TargetId = r.TargetId,
                DepartmentIndex = r.DepartmentIndex,
                Round = r.Round,
                Label = r.Label,
                Eligible = [.. r.Eligible],
                Count = r.Count,
                Picked = [.. r.Picked],
                Excluded = r.Excluded,
                Reason = reason,
                At = now,
                DivisionCode = target.DivisionCode,
            });
            foreach (var cert in r.Picked)
            {
                var o = byCert[cert];
                db.Assignments.Add(new Assignment
                {
                    TaskId = task.Id,
                    TargetId = r.TargetId,
                    DepartmentIndex = r.DepartmentIndex,
                    InspectorId = o.Id,
                    InspectorName = o.Name,
                    CertificateNo = o.CertificateNo,
                    Round = r.Round,
                    AssignedAt = now,
                    DivisionCode = target.DivisionCode,
                });
            }
        }
    }

    private async Task<(List<OfficerInfo> Officers, List<SlotDepartment> Departments, Dictionary<long, byte[]> Seeds, Dictionary<string, HashSet<long>> Previous, Dictionary<long, int> Load)>
        ContextAsync(InspectionTask task, IReadOnlyList<TaskTarget> targets, CancellationToken ct)
    {
        var names = task.Departments.Select(d => d.Department).ToList();
        var inspectors = await db.Inspectors.AsNoTracking().Where(x => x.Active && names.Contains(x.Department)).ToListAsync(ct);
        var ids = inspectors.Select(x => x.Id).ToList();
        var away = (await db.Leaves.AsNoTracking().Where(x => ids.Contains(x.InspectorId) && x.From <= task.EndOn && x.To >= task.StartOn).Select(x => x.InspectorId).ToListAsync(ct)).ToHashSet();
        var conflicts = await db.Conflicts.AsNoTracking().Where(x => ids.Contains(x.InspectorId)).ToListAsync(ct);
        var officers = inspectors.Select(i => new OfficerInfo(i.Id, i.CertificateNo, i.Name, i.Department, i.FieldTags.ToHashSet(StringComparer.Ordinal), !away.Contains(i.Id),
            conflicts.Where(c => c.InspectorId == i.Id && c.Uscc != null).Select(c => c.Uscc!).ToHashSet(StringComparer.Ordinal),
            conflicts.Where(c => c.InspectorId == i.Id && c.PersonName != null).Select(c => c.PersonName!).ToHashSet(StringComparer.Ordinal))).ToList();

        var itemIds = task.Departments.SelectMany(d => d.ItemIds).Distinct().ToList();
        var items = await db.Items.AsNoTracking().Where(x => itemIds.Contains(x.Id)).ToDictionaryAsync(x => x.Id, ct);
        var departments = task.Departments.Select((d, i) => new SlotDepartment(i, d.Department,
            d.ItemIds.SelectMany(id => items.GetValueOrDefault(id)?.RequiredTags ?? []).ToHashSet(StringComparer.Ordinal), d.OfficersPerTarget)).ToList();

        var drawIds = targets.Select(t => t.DrawId).Distinct().ToList();
        var seeds = (await db.Draws.AsNoTracking().Where(x => drawIds.Contains(x.Id)).ToListAsync(ct))
            .ToDictionary(d => d.Id, d => DrawAlgorithm.Seed(Convert.FromHexString(d.Secret!), d.WitnessValue!));

        // 同一对象连续两次抽查不派同一人员: the officers of the entity's latest earlier task.
        var previous = new Dictionary<string, HashSet<long>>(StringComparer.Ordinal);
        foreach (var chunk in targets.Select(t => t.Uscc).Chunk(500))
        {
            var earlier = await db.Targets.AsNoTracking().Where(x => chunk.Contains(x.Uscc) && x.TaskId < task.Id && x.Status != TargetStatus.Replaced)
                .Select(x => new { x.Id, x.Uscc, x.TaskId }).ToListAsync(ct);
            var latest = earlier.GroupBy(x => x.Uscc).Select(g => g.MaxBy(x => x.TaskId)!).ToList();
            var targetIds = latest.Select(x => x.Id).ToList();
            var officersOf = await db.Assignments.AsNoTracking().Where(a => targetIds.Contains(a.TargetId) && !a.Recused).Select(a => new { a.TargetId, a.InspectorId }).ToListAsync(ct);
            foreach (var l in latest) previous[l.Uscc] = officersOf.Where(a => a.TargetId == l.Id).Select(a => a.InspectorId).ToHashSet();
        }

        var load = await db.Assignments.AsNoTracking().Where(x => x.TaskId == task.Id && !x.Recused).GroupBy(x => x.InspectorId)
            .Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
        return (officers, departments, seeds, previous, load);
    }

    public async Task<IReadOnlyList<TargetAssignmentView>> ViewAsync(long taskId, CancellationToken ct)
    {
        var task = await db.Tasks.AsNoTracking().SingleOrDefaultAsync(x => x.Id == taskId, ct);
        if (task is null) return [];
        var targets = await db.Targets.AsNoTracking().Where(x => x.TaskId == taskId).OrderBy(x => x.DrawSeq).ThenBy(x => x.Position).ToListAsync(ct);
        var assignments = (await db.Assignments.AsNoTracking().Where(x => x.TaskId == taskId).OrderBy(x => x.Id).ToListAsync(ct)).ToLookup(x => x.TargetId);
        var rounds = (await db.Rounds.AsNoTracking().Where(x => x.TaskId == taskId).OrderBy(x => x.DepartmentIndex).ThenBy(x => x.Round).ToListAsync(ct)).ToLookup(x => x.TargetId);
        string Dept(int i) => i < task.Departments.Count ? task.Departments[i].Department : "";
        return [.. targets.Select(t => new TargetAssignmentView(t.Id, t.Uscc, t.EntityName, t.DrawSeq, t.Position, t.Label, TargetStatusName(t.Status),
            [.. assignments[t.Id].Select(a => new OfficerRef(a.Id, a.InspectorId, a.InspectorName, a.CertificateNo, Dept(a.DepartmentIndex), a.Round, a.Recused, a.RecusalReason))],
            [.. rounds[t.Id].Select(r => new RoundView(r.DepartmentIndex, Dept(r.DepartmentIndex), r.Round, r.Label, r.Eligible, r.Count, r.Picked, r.Excluded, r.Reason, r.At))]))];
    }

    private static Result<IReadOnlyList<TargetAssignmentView>> Ok(IReadOnlyList<TargetAssignmentView> value) => new(value, ResultStatus.Ok, null, null);

    public static string TargetStatusName(TargetStatus s) => s switch
    {
        TargetStatus.Pending => "待检查",
        TargetStatus.Entered => "已录入结果，待确认",
        TargetStatus.Confirmed => "结果已确认，待公示",
        TargetStatus.Published => "已公示",
        _ => "已被补抽替换",
    };
}
