using System.Globalization;
using System.IO.Compression;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Zhijian.Inspections.Data;
using Zhijian.Inspections.Domain;
using Zhijian.Inspections.Domain.Assign;
using Zhijian.Inspections.Domain.Draw;
using Zhijian.Inspections.Features.Draws;
using Zhijian.Inspections.Features.Witnesses;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Privacy;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;
using TaskStatus = Zhijian.Inspections.Domain.TaskStatus;

namespace Zhijian.Inspections.Features.Assignments;

internal sealed record RecuseCommand(string? Reason);

internal sealed record OfficerRef(long AssignmentId, long InspectorId, string Name, string CertificateNo, string Department, int Round, bool Recused, string? RecusalReason);

internal sealed record RoundView(int Department, string DepartmentName, int Round, string Label, IReadOnlyList<string> Eligible, int Count, IReadOnlyList<string> Picked,
    string Excluded, string? Reason, DateTimeOffset At, int? OfficerDrawSeq, bool Short);

internal sealed record TargetAssignmentView(long TargetId, string Uscc, string EntityName, int DrawSeq, int Position, string Class, string Status,
    IReadOnlyList<OfficerRef> Officers, IReadOnlyList<RoundView> Rounds);

internal sealed record ExcludedView(string Cert, string Category);

/// <summary>A frozen slot as published; once drawn with the officers still below the cap when its turn came, and the picks.</summary>
internal sealed record SlotView(string Label, int Count, IReadOnlyList<string> Eligible, IReadOnlyList<ExcludedView> Excluded,
    IReadOnlyList<string>? Available, IReadOnlyList<string>? Picked);

internal sealed record LoadView(string Cert, int Load);

/// <summary>
/// An officer draw as published (docs/draw-verification.md §8): its own declaration, frozen text hash and commitment;
/// the secret and the witness text once drawn; the cap, loads and slots in full only when asked for one draw.
/// </summary>
internal sealed record OfficerDrawView(string Algorithm, long TaskId, int Seq, string Status, int SlotCount, string FrozenHash, string Commitment,
    DateTimeOffset CommittedAt, DateTimeOffset? DrawnAt, DeclarationView Declaration, string? WitnessValue, string? Secret, int? Cap,
    IReadOnlyList<LoadView>? Load, IReadOnlyList<SlotView>? Slots, DateTimeOffset? CancelledAt, string? CancelReason);

/// <summary>
/// 随机分派执法检查人员. Every assignment round is a verifiable draw of its own: the eligible lists are frozen and hashed
/// with a declared public value and a commitment, and drawn only once the value exists, so editing leave, conflicts or
/// tags after the freeze cannot choose the inspector. A recusal frees the slot; the next round staffs it.
/// </summary>
internal sealed class Assignments(InspectionsDbContext db, Witnesses.Witnesses witnesses, PersonalData sealer, ActorContext actor, TimeProvider clock)
{
    /// <summary>(a) Freeze the slots of every pending target short of officers, with the declaration, and commit.</summary>
    public async Task<Result<OfficerDrawView>> FreezeAsync(long taskId, DeclarationInput input, CancellationToken ct)
    {
        var e = new FieldErrors();
        var declaration = await witnesses.DeclareAsync(input, e, ct);
        if (declaration is null) return Result<OfficerDrawView>.Invalid(e.ToDictionary());
        var task = await db.Tasks.SingleOrDefaultAsync(x => x.Id == taskId, ct);
        if (task is null) return Result<OfficerDrawView>.NotFound($"抽查任务 {taskId} 不存在或不在您的管辖范围内");
        if (task.Status is TaskStatus.Draft or TaskStatus.Committed) return Result<OfficerDrawView>.Unprocessable("该任务尚未抽取检查对象，不能分派人员");
        if (await db.OfficerDraws.AnyAsync(x => x.TaskId == taskId && x.Status == DrawStatus.Committed, ct))
            return Result<OfficerDrawView>.Conflict("task", "本任务已有一次人员摇号冻结了名单、等待公开值，请先完成或作废");
        var targets = await db.Targets.Where(x => x.TaskId == taskId && x.Status == TargetStatus.Pending).OrderBy(x => x.DrawSeq).ThenBy(x => x.Position).ToListAsync(ct);
        var (officers, departments, previous, recused, load) = await ContextAsync(task, targets, ct);
        var active = await db.Assignments.AsNoTracking().Where(x => x.TaskId == taskId && !x.Recused).ToListAsync(ct);
        var already = Already(targets, departments, active);
        targets = [.. targets.Where(t => departments.Any(d => already.GetValueOrDefault((t.Id, d.Index))?.Count < d.Count || !already.ContainsKey((t.Id, d.Index))))];
        if (targets.Count == 0) return Result<OfficerDrawView>.Conflict("task", "本任务所有检查对象都已分派人员");
        var rounds = await NextRoundsAsync(taskId, ct);
        var slots = targets.Select(t => Slot(t, previous, recused)).ToList();
        var (freeze, shortages) = AssignmentPlanner.Freeze(slots, departments, officers, load, task.MaxLoad, already, rounds);
        if (shortages.Count > 0)
            return Result<OfficerDrawView>.Unprocessable(
                $"符合条件的执法检查人员不足，未冻结人员名单（共 {shortages.Count} 处）：" + string.Join("；", shortages.Take(20)) +
                (shortages.Count > 20 ? $"；等 {shortages.Count} 处" : "") + "。请在执法检查人员名录库中补充人员、调整任务的每人上限，或对回避后无人可派的对象办理补抽");

        var (text, hash) = AssignmentPlanner.Text(declaration, freeze);
        var secret = DrawAlgorithm.NewSecret();
        var now = clock.GetUtcNow();
        var seq = 1 + (await db.OfficerDraws.Where(x => x.TaskId == taskId).MaxAsync(x => (int?)x.Seq, ct) ?? 0);
        var draw = new OfficerDraw
        {
            TaskId = taskId,
            Seq = seq,
            Status = DrawStatus.Committed,
            SlotCount = freeze.Slots.Count,
            Frozen = Deflate(text),
            FrozenHash = hash,
            Commitment = DrawAlgorithm.Commitment(secret),
            SecretSealed = sealer.Protect(DrawAlgorithm.Hex(secret))!,
            PublicValueSource = declaration.Source,
            PublicValueAt = declaration.At,
            Witnesses = [.. declaration.Witnesses],
            CommittedAt = now,
            CommittedBy = actor.Current.Name,
            DivisionCode = task.DivisionCode,
        };
        db.OfficerDraws.Add(draw);
        task.Version++;
        task.UpdatedAt = now;
        db.Audit("inspections.officers.committed", "InspectionTask", taskId.ToString(CultureInfo.InvariantCulture), null,
            new { seq, slots = freeze.Slots.Count, hash, draw.Commitment, declaration.Source, at = FrozenText.Instant(declaration.At) }, task.DivisionCode);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Result<OfficerDrawView>.Conflict("task", "该任务刚刚已由他人冻结人员名单，请刷新后查看");
        }

        return View(draw, false);
    }

    /// <summary>(b)–(d) From the declared moment: the values, the seed, the picks per slot, the secret revealed.</summary>
    public async Task<Result<OfficerDrawView>> DrawAsync(long taskId, int seq, DrawCommand cmd, CancellationToken ct)
    {
        var task = await db.Tasks.SingleOrDefaultAsync(x => x.Id == taskId, ct);
        if (task is null) return Result<OfficerDrawView>.NotFound($"抽查任务 {taskId} 不存在或不在您的管辖范围内");
        var draw = await db.OfficerDraws.SingleOrDefaultAsync(x => x.TaskId == taskId && x.Seq == seq, ct);
        if (draw is null) return Result<OfficerDrawView>.NotFound($"抽查任务 {taskId} 没有第 {seq} 次人员摇号");
        if (draw.Status != DrawStatus.Committed)
            return Result<OfficerDrawView>.Conflict("draw", draw.Status == DrawStatus.Drawn ? $"第 {seq} 次人员摇号已完成，不能重新摇号" : $"第 {seq} 次人员摇号已作废");
        var values = witnesses.Values(draw.PublicValueSource, draw.PublicValueAt, draw.Witnesses, cmd.Values);
        if (!values.IsSuccess) return values.Fail<OfficerDrawView>();
        var text = Inflate(draw.Frozen);
        var freeze = AssignmentPlanner.Parse(text);
        if (AssignmentPlanner.Text(new DrawDeclaration(draw.PublicValueSource, draw.PublicValueAt, draw.Witnesses), freeze).Hash != draw.FrozenHash)
            throw new InvalidOperationException($"人员摇号 {draw.Id} 的冻结名单与公布的哈希不一致");
        var secretHex = sealer.Unprotect(draw.SecretSealed)!;
        var witnessText = DrawAlgorithm.WitnessText(values.Value!.Select(w => w.Value!));
        var outcomes = AssignmentPlanner.Run(freeze, DrawAlgorithm.Seed(Convert.FromHexString(secretHex), witnessText));

        var targets = await db.Targets.Where(x => x.TaskId == taskId).ToDictionaryAsync(x => (x.DrawSeq, x.Position), ct);
        var inspectors = await db.Inspectors.AsNoTracking().ToDictionaryAsync(x => x.CertificateNo, StringComparer.Ordinal, ct);
        var now = clock.GetUtcNow();
        string DepartmentOf(int i) => i < task.Departments.Count ? task.Departments[i].Department : "";
        foreach (var o in outcomes)
        {
            var (s, i, d, r) = o.Slot.Key;
            var target = targets[(s, i)];
            db.Rounds.Add(new AssignmentRound
            {
                TaskId = taskId,
                TargetId = target.Id,
                DepartmentIndex = d,
                Round = r,
                Label = o.Slot.Label,
                Eligible = [.. o.Available],
                Count = o.Slot.Count,
                Picked = [.. o.Picked],
                Excluded = Exclusion.Summary(DepartmentOf(d), o.Slot.Eligible.Count + o.Slot.Excluded.Count, o.Slot.Excluded),
                Reason = o.Short ? $"摇号时未达每人上限的人员仅 {o.Available.Count} 名，少于需要的 {o.Slot.Count} 名，本轮未分派" : null,
                At = now,
                OfficerDrawSeq = seq,
                Short = o.Short,
                DivisionCode = target.DivisionCode,
            });
            foreach (var cert in o.Picked)
            {
                var officer = inspectors[cert];
                var gone = target.Status == TargetStatus.Replaced;
                db.Assignments.Add(new Assignment
                {
                    TaskId = taskId,
                    TargetId = target.Id,
                    DepartmentIndex = d,
                    InspectorId = officer.Id,
                    InspectorName = officer.Name,
                    CertificateNo = officer.CertificateNo,
                    Round = r,
                    AssignedAt = now,
                    Recused = gone,
                    RecusalReason = gone ? "对象已在摇号前被补抽替换" : null,
                    DivisionCode = target.DivisionCode,
                });
            }
        }

        draw.Status = DrawStatus.Drawn;
        draw.Witnesses = values.Value!;
        draw.Secret = secretHex;
        draw.DrawnAt = now;
        draw.DrawnBy = actor.Current.Name;
        if (task.Status is TaskStatus.Drawn) task.Status = TaskStatus.Assigned;
        task.Version++;
        task.UpdatedAt = now;
        db.Audit("inspections.assigned", "InspectionTask", taskId.ToString(CultureInfo.InvariantCulture), null,
            new { seq, slots = outcomes.Count, picked = outcomes.Sum(o => o.Picked.Count), shortSlots = outcomes.Count(o => o.Short), secret = secretHex }, task.DivisionCode);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Result<OfficerDrawView>.Conflict("task", "该任务刚刚已由他人完成人员摇号，请刷新后查看");
        }

        return View(draw, true, text, outcomes);
    }

    /// <summary>作废 a frozen officer draw before its declared moment, with a published reason (the slots wait for the next round).</summary>
    public async Task<Result<OfficerDrawView>> CancelAsync(long taskId, int seq, CancelCommand cmd, CancellationToken ct)
    {
        var e = new FieldErrors();
        e.Require("reason", cmd.Reason, "作废理由（将随人员摇号记录公示）", 500);
        if (e.Count > 0) return Result<OfficerDrawView>.Invalid(e.ToDictionary());
        var task = await db.Tasks.SingleOrDefaultAsync(x => x.Id == taskId, ct);
        if (task is null) return Result<OfficerDrawView>.NotFound($"抽查任务 {taskId} 不存在或不在您的管辖范围内");
        var draw = await db.OfficerDraws.SingleOrDefaultAsync(x => x.TaskId == taskId && x.Seq == seq, ct);
        if (draw is null) return Result<OfficerDrawView>.NotFound($"抽查任务 {taskId} 没有第 {seq} 次人员摇号");
        if (draw.Status != DrawStatus.Committed)
            return Result<OfficerDrawView>.Conflict("draw", draw.Status == DrawStatus.Drawn ? $"第 {seq} 次人员摇号已完成，结果不能作废；如需更换人员请办理回避" : $"第 {seq} 次人员摇号已作废");
        var now = clock.GetUtcNow();
        if (now >= draw.PublicValueAt)
            return Result<OfficerDrawView>.Conflict("draw", $"第 {seq} 次人员摇号声明的公开值已于 {Witnesses.Witnesses.Local(draw.PublicValueAt)} 产生，结果已确定：只能摇号，不能作废");
        draw.Status = DrawStatus.Cancelled;
        draw.CancelledAt = now;
        draw.CancelledBy = actor.Current.Name;
        draw.CancelReason = cmd.Reason!.Trim();
        task.Version++;
        task.UpdatedAt = now;
        db.Audit("inspections.officers.cancelled", "InspectionTask", taskId.ToString(CultureInfo.InvariantCulture), null, new { seq, reason = draw.CancelReason }, task.DivisionCode);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result<OfficerDrawView>.Conflict("task", "该任务刚刚已由他人更新（可能已摇号），请刷新后查看");
        }

        return View(draw, false);
    }

    /// <summary>回避: the officer leaves the target; the slot is staffed by the next officer draw.</summary>
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

    /// <summary>
    /// Marks the recusal (the caller saves). When nobody else of the department is eligible for the target, the short round
    /// is recorded at once with the frozen eligibility: the ground of a 补抽 (回避后无符合条件的执法检查人员).
    /// </summary>
    internal async Task<Result<IReadOnlyList<TargetAssignmentView>>> RecuseCoreAsync(Assignment assignment, string reason, CancellationToken ct)
    {
        if (assignment.Recused) return Result<IReadOnlyList<TargetAssignmentView>>.Conflict("assignment", $"{assignment.InspectorName}已回避，不能重复办理");
        var target = await db.Targets.SingleAsync(x => x.Id == assignment.TargetId, ct);
        if (target.Status != TargetStatus.Pending)
            return Result<IReadOnlyList<TargetAssignmentView>>.Unprocessable($"“{target.EntityName}”已录入检查结果，不能再办理回避");
        var task = await db.Tasks.SingleAsync(x => x.Id == assignment.TaskId, ct);
        var now = clock.GetUtcNow();
        assignment.Recused = true;
        assignment.RecusalReason = reason;

        var (officers, departments, previous, recused, load) = await ContextAsync(task, [target], ct);
        recused.TryAdd(target.Uscc, []);
        recused[target.Uscc].Add(assignment.InspectorId);
        load[assignment.InspectorId] = Math.Max(0, load.GetValueOrDefault(assignment.InspectorId) - 1);
        var department = departments.Single(d => d.Index == assignment.DepartmentIndex);
        var active = await db.Assignments.AsNoTracking().Where(x => x.TargetId == target.Id && !x.Recused && x.Id != assignment.Id).ToListAsync(ct);
        var onTarget = active.Select(a => a.InspectorId).ToHashSet();
        var need = department.Count - active.Count(a => a.DepartmentIndex == department.Index);
        var (eligible, excluded, total) = AssignmentPlanner.Classify(Slot(target, previous, recused), department, officers, load, task.MaxLoad, onTarget);
        int? shortRound = null;
        if (eligible.Count < need)
        {
            var round = (await NextRoundsAsync(task.Id, ct)).GetValueOrDefault((target.Id, department.Index));
            shortRound = round;
            db.Rounds.Add(new AssignmentRound
            {
                TaskId = task.Id,
                TargetId = target.Id,
                DepartmentIndex = department.Index,
                Round = round,
                Label = DrawAlgorithm.OfficersLabel(target.DrawSeq, target.Position, department.Index, round),
                Eligible = eligible,
                Count = need,
                Picked = [],
                Excluded = Exclusion.Summary(department.Department, total, excluded),
                Reason = $"{assignment.InspectorName}（{assignment.CertificateNo}）回避：{reason}；符合条件的仅 {eligible.Count} 名，需要 {need} 名，无法重新抽取",
                At = now,
                Short = true,
                DivisionCode = target.DivisionCode,
            });
        }

        task.Version++;
        task.UpdatedAt = now;
        db.Audit("inspections.recused", "InspectionTask", task.Id.ToString(CultureInfo.InvariantCulture), null,
            new { target.Uscc, assignment.CertificateNo, reason, eligible = eligible.Count, shortRound }, task.DivisionCode);
        return Ok([]);
    }

    private static SlotTarget Slot(TaskTarget t, Dictionary<string, HashSet<long>> previous, Dictionary<string, HashSet<long>> recused) =>
        new(t.Id, t.Uscc, t.EntityName, t.LegalRep, t.DrawSeq, t.Position, previous.GetValueOrDefault(t.Uscc) ?? [], recused.GetValueOrDefault(t.Uscc));

    private static Dictionary<(long TargetId, int Department), IReadOnlySet<long>> Already(IReadOnlyList<TaskTarget> targets, IReadOnlyList<SlotDepartment> departments,
        IReadOnlyList<Assignment> active)
    {
        var ids = targets.Select(t => t.Id).ToHashSet();
        return active.Where(a => ids.Contains(a.TargetId)).GroupBy(a => (a.TargetId, a.DepartmentIndex))
            .ToDictionary(g => g.Key, g => (IReadOnlySet<long>)g.Select(a => a.InspectorId).ToHashSet());
    }

    /// <summary>The next round number of every slot of the task (0 for a slot never drawn).</summary>
    private async Task<Dictionary<(long TargetId, int Department), int>> NextRoundsAsync(long taskId, CancellationToken ct) =>
        (await db.Rounds.AsNoTracking().Where(x => x.TaskId == taskId).GroupBy(x => new { x.TargetId, x.DepartmentIndex })
            .Select(g => new { g.Key.TargetId, g.Key.DepartmentIndex, Max = g.Max(x => x.Round) }).ToListAsync(ct))
        .ToDictionary(x => (x.TargetId, x.DepartmentIndex), x => x.Max + 1);

    private async Task<(List<OfficerInfo> Officers, List<SlotDepartment> Departments, Dictionary<string, HashSet<long>> Previous,
        Dictionary<string, HashSet<long>> Recused, Dictionary<long, int> Load)> ContextAsync(InspectionTask task, IReadOnlyList<TaskTarget> targets, CancellationToken ct)
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

        // 同一对象连续两次抽查不派同一人员: the officers of the entity's latest earlier task; and who recused from it in this task.
        var previous = new Dictionary<string, HashSet<long>>(StringComparer.Ordinal);
        var recused = new Dictionary<string, HashSet<long>>(StringComparer.Ordinal);
        foreach (var chunk in targets.Select(t => t.Uscc).Chunk(500))
        {
            var earlier = await db.Targets.AsNoTracking().Where(x => chunk.Contains(x.Uscc) && x.TaskId < task.Id && x.Status != TargetStatus.Replaced)
                .Select(x => new { x.Id, x.Uscc, x.TaskId }).ToListAsync(ct);
            var latest = earlier.GroupBy(x => x.Uscc).Select(g => g.MaxBy(x => x.TaskId)!).ToList();
            var targetIds = latest.Select(x => x.Id).ToList();
            var officersOf = await db.Assignments.AsNoTracking().Where(a => targetIds.Contains(a.TargetId) && !a.Recused).Select(a => new { a.TargetId, a.InspectorId }).ToListAsync(ct);
            foreach (var l in latest) previous[l.Uscc] = officersOf.Where(a => a.TargetId == l.Id).Select(a => a.InspectorId).ToHashSet();
        }

        var mine = targets.Select(t => t.Id).ToList();
        foreach (var row in await db.Assignments.AsNoTracking().Where(a => a.TaskId == task.Id && a.Recused && mine.Contains(a.TargetId))
                     .Join(db.Targets.AsNoTracking(), a => a.TargetId, t => t.Id, (a, t) => new { t.Uscc, a.InspectorId }).ToListAsync(ct))
        {
            recused.TryAdd(row.Uscc, []);
            recused[row.Uscc].Add(row.InspectorId);
        }

        var load = await db.Assignments.AsNoTracking().Where(x => x.TaskId == task.Id && !x.Recused).GroupBy(x => x.InspectorId)
            .Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
        return (officers, departments, previous, recused, load);
    }

    public async Task<IReadOnlyList<OfficerDrawView>> ListDrawsAsync(long taskId, CancellationToken ct) =>
        [.. (await db.OfficerDraws.AsNoTracking().Where(x => x.TaskId == taskId).OrderBy(x => x.Seq).ToListAsync(ct)).Select(d => View(d, false))];

    public async Task<OfficerDrawView?> GetDrawAsync(long taskId, int seq, CancellationToken ct)
    {
        var d = await db.OfficerDraws.AsNoTracking().SingleOrDefaultAsync(x => x.TaskId == taskId && x.Seq == seq, ct);
        if (d is null) return null;
        var text = Inflate(d.Frozen);
        var outcomes = d.Status == DrawStatus.Drawn
            ? AssignmentPlanner.Run(AssignmentPlanner.Parse(text), DrawAlgorithm.Seed(Convert.FromHexString(d.Secret!), DrawAlgorithm.WitnessText(d.Witnesses.Select(w => w.Value!))))
            : null;
        return View(d, true, text, outcomes);
    }

    private static OfficerDrawView View(OfficerDraw d, bool withSlots, string? text = null, IReadOnlyList<SlotOutcome>? outcomes = null)
    {
        var drawn = d.Status == DrawStatus.Drawn;
        var status = d.Status switch { DrawStatus.Drawn => "drawn", DrawStatus.Cancelled => "cancelled", _ => "committed" };
        OfficerFreeze? freeze = withSlots ? AssignmentPlanner.Parse(text ?? Inflate(d.Frozen)) : null;
        var slots = freeze?.Slots.Select((s, i) => new SlotView(s.Label, s.Count, s.Eligible, [.. s.Excluded.Select(x => new ExcludedView(x.Cert, x.Category))],
            outcomes?[i].Available, outcomes?[i].Picked)).ToList();
        return new OfficerDrawView(DrawAlgorithm.V2, d.TaskId, d.Seq, status, d.SlotCount, d.FrozenHash, d.Commitment, d.CommittedAt, d.DrawnAt,
            Witnesses.Witnesses.View(d.PublicValueSource, d.PublicValueAt, [.. d.Witnesses.Select(w => drawn ? w : w with { Value = null })]),
            drawn ? DrawAlgorithm.WitnessText(d.Witnesses.Select(w => w.Value!)) : null, drawn ? d.Secret : null,
            freeze?.Cap, freeze?.Load.Select(x => new LoadView(x.Cert, x.Load)).ToList(), slots, d.CancelledAt, d.CancelReason);
    }

    private static byte[] Deflate(string text)
    {
        using var buffer = new MemoryStream();
        using (var deflate = new DeflateStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
            deflate.Write(Encoding.UTF8.GetBytes(text));
        return buffer.ToArray();
    }

    private static string Inflate(byte[] data)
    {
        using var inflate = new DeflateStream(new MemoryStream(data), CompressionMode.Decompress);
        using var reader = new StreamReader(inflate, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    public async Task<IReadOnlyList<TargetAssignmentView>> ViewAsync(long taskId, CancellationToken ct)
    {
        var task = await db.Tasks.AsNoTracking().SingleOrDefaultAsync(x => x.Id == taskId, ct);
        if (task is null) return [];
        var targets = await db.Targets.AsNoTracking().Where(x => x.TaskId == taskId).OrderBy(x => x.DrawSeq).ThenBy(x => x.Position).ToListAsync(ct);
        var assignments = (await db.Assignments.AsNoTracking().Where(x => x.TaskId == taskId).OrderBy(x => x.Id).ToListAsync(ct)).ToLookup(x => x.TargetId);
        var rounds = (await db.Rounds.AsNoTracking().Where(x => x.TaskId == taskId).OrderBy(x => x.DepartmentIndex).ThenBy(x => x.Round).ToListAsync(ct)).ToLookup(x => x.TargetId);
        string Dept(int i) => i < task.Departments.Count ? task.Departments[i].Department : "";
        return [.. targets.Select(t => new TargetAssignmentView(t.Id, t.Uscc, t.EntityName, t.DrawSeq, t.Position, t.Label, TargetStatusName(t),
            [.. assignments[t.Id].Select(a => new OfficerRef(a.Id, a.InspectorId, a.InspectorName, a.CertificateNo, Dept(a.DepartmentIndex), a.Round, a.Recused, a.RecusalReason))],
            [.. rounds[t.Id].Select(r => new RoundView(r.DepartmentIndex, Dept(r.DepartmentIndex), r.Round, r.Label, r.Eligible, r.Count, r.Picked, r.Excluded, r.Reason, r.At,
                r.OfficerDrawSeq, r.Short))]))];
    }

    private static Result<IReadOnlyList<TargetAssignmentView>> Ok(IReadOnlyList<TargetAssignmentView> value) => new(value, ResultStatus.Ok, null, null);

    public static string TargetStatusName(TaskTarget t) => t.ReplacedInSeq is { } seq && t.Status != TargetStatus.Replaced
        ? TargetStatusName(t.Status) + $"（已由第 {seq} 次抽取补抽替换）"
        : TargetStatusName(t.Status);

    public static string TargetStatusName(TargetStatus s) => s switch
    {
        TargetStatus.Pending => "待检查",
        TargetStatus.Entered => "已录入结果，待确认",
        TargetStatus.Confirmed => "结果已确认，待公示",
        TargetStatus.Published => "已公示",
        _ => "已被补抽替换",
    };
}
