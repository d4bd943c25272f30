using Microsoft.EntityFrameworkCore;
using Zhijian.Entities.Contracts;
using Zhijian.Inspections.Data;
using Zhijian.Inspections.Domain;
using Zhijian.Inspections.Domain.Draw;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Privacy;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;
using TaskStatus = Zhijian.Inspections.Domain.TaskStatus;

namespace Zhijian.Inspections.Features.Draws;

/// <summary>摇号: the witness's public value.</summary>
internal sealed record DrawCommand(string? WitnessName, string? WitnessValue);

/// <summary>补抽: which drawn targets are replaced and why.</summary>
internal sealed record SupplementCommand(IReadOnlyList<long>? TargetIds, string? Reason);

internal sealed record StratumView(string Class, decimal? Ratio, int Candidates, int Selected);

internal sealed record ExemptionView(string Uscc, string Tag, string Reason);

/// <summary>A draw as published (docs/draw-verification.md §3); secret and selection only once drawn.</summary>
internal sealed record DrawView(string Algorithm, long TaskId, int Seq, string Kind, string? Reason, string Status, int CandidateCount, string CandidateHash,
    string Commitment, DateTimeOffset CommittedAt, DateTimeOffset? DrawnAt, string? WitnessName, string? WitnessValue, string? Secret,
    IReadOnlyList<StratumView> Strata, IReadOnlyList<string>? Candidates, IReadOnlyList<string>? CandidateClasses, IReadOnlyList<string>? Selected,
    IReadOnlyList<ExemptionView> Exemptions);

/// <summary>
/// The verifiable draw: freeze the library and commit to a secret; the witness's value and the secret make the seed;
/// zhijian-draw-v1 selects; the secret is revealed. One main draw per task; a 补抽 is a new draw.
/// </summary>
internal sealed class Draws(InspectionsDbContext db, CandidateFreezer freezer, IEntityDirectory directory, OrgScope scope, PersonalData sealer,
    ActorContext actor, TimeProvider clock)
{
    /// <summary>(a) Freeze the candidate list and publish its hash and count with the commitment.</summary>
    public async Task<Result<DrawView>> CommitAsync(long taskId, CancellationToken ct)
    {
        var task = await db.Tasks.SingleOrDefaultAsync(x => x.Id == taskId, ct);
        if (task is null) return Result<DrawView>.NotFound($"抽查任务 {taskId} 不存在或不在您的管辖范围内");
        if (task.Status != TaskStatus.Draft)
            return Result<DrawView>.Conflict("task", task.Status == TaskStatus.Committed ? "该任务已冻结名录、等待摇号，不能重复冻结" : "该任务已完成抽取，不能重新抽取；如对象无法检查，请办理补抽");
        var plan = await db.Plans.AsNoTracking().SingleAsync(x => x.Id == task.PlanId, ct);
        if (plan.PublishedAt is null) return Result<DrawView>.Unprocessable($"抽查计划“{plan.Name}”尚未公示：计划须在抽取前向社会公示");
        var library = await db.Libraries.AsNoTracking().SingleOrDefaultAsync(x => x.Id == task.LibraryId, ct);
        if (library is null) return Result<DrawView>.Unprocessable("任务的检查对象名录库已不存在");
        var unit = await scope.FindAsync(task.OrgUnitId, ct);
        var riskLinked = task.Mode == DrawMode.RiskRatio;
        var frozen = await freezer.FreezeAsync(library, unit?.CoveredDivisions ?? [], riskLinked, new HashSet<string>(), ct);
        if (frozen.Candidates.Count == 0)
            return Result<DrawView>.Unprocessable($"名录库“{library.Name}”当前没有符合条件的检查对象（{frozen.Exempted.Count} 户免检），无法抽取");

        List<StratumRecord> strata;
        if (riskLinked)
        {
            strata = [.. DrawAlgorithm.RiskOrder.Select(l =>
            {
                var n = frozen.Candidates.Count(c => c.Label == l);
                var ratio = task.RatioOf(l) ?? 0m;
                return new StratumRecord(l, ratio, n, null, DrawAlgorithm.RoundedCount(n, ratio));
            })];
        }
        else
        {
            if (task.FixedCount > frozen.Candidates.Count)
                return Result<DrawView>.Unprocessable($"固定抽取数量 {task.FixedCount} 户超过名录库“{library.Name}”中的对象数 {frozen.Candidates.Count} 户");
            strata = [new StratumRecord(DrawAlgorithm.Unstratified, null, frozen.Candidates.Count, task.FixedCount, task.FixedCount!.Value)];
        }

        if (strata.Sum(s => s.Selected) == 0)
            return Result<DrawView>.Unprocessable($"按当前抽查比例，名录库“{library.Name}”的 {frozen.Candidates.Count} 户中应抽取 0 户（四舍五入），请提高比例或改用固定数量");
        return await SaveCommitAsync(task, 1, null, frozen, strata, library.Exemptions, riskLinked, ct);
    }

    private async Task<Result<DrawView>> SaveCommitAsync(InspectionTask task, int seq, string? reason, FrozenList frozen, List<StratumRecord> strata,
        List<Exemption> exemptions, bool riskLinked, CancellationToken ct)
    {
        var secret = DrawAlgorithm.NewSecret();
        var now = clock.GetUtcNow();
        var draw = new TaskDraw
        {
            TaskId = task.Id,
            Seq = seq,
            Reason = reason,
            Status = DrawStatus.Committed,
            RiskLinked = riskLinked,
            CandidateCount = frozen.Candidates.Count,
            CandidateHash = DrawAlgorithm.CandidateHash(frozen.Candidates),
            Commitment = DrawAlgorithm.Commitment(secret),
            SecretSealed = sealer.Protect(DrawAlgorithm.Hex(secret))!,
            Strata = strata,
            ExemptionTags = exemptions,
            CommittedAt = now,
            CommittedBy = actor.Current.Name,
            DivisionCode = task.DivisionCode,
        };
        db.Draws.Add(draw);
        if (seq == 1) task.Status = TaskStatus.Committed;
        task.Version++;
        task.UpdatedAt = now;
        db.Audit(seq == 1 ? "inspections.draw.committed" : "inspections.supplement.committed", "InspectionTask", task.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), null,
            new { seq, reason, draw.CandidateCount, draw.CandidateHash, draw.Commitment, strata }, task.DivisionCode);
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await db.SaveChangesAsync(ct);
            db.DrawCandidates.Add(new DrawCandidates
            {
                DrawId = draw.Id,
                Data = CandidateFreezer.Pack(frozen.Candidates),
                Exempted = string.Concat(frozen.Exempted.Select(x => $"{x.Uscc},{x.Tag}\n")),
            });
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Result<DrawView>.Conflict("task", "该任务刚刚已由他人冻结名录，请刷新后查看");
        }

        return await ViewAsync(draw, false, ct);
    }

    /// <summary>(b)–(d) The witness enters the public value; the seed selects; the secret is revealed.</summary>
    public async Task<Result<DrawView>> DrawAsync(long taskId, DrawCommand cmd, CancellationToken ct)
    {
        var e = new FieldErrors();
        e.Require("witnessName", cmd.WitnessName, "监督人员姓名", 50).Require("witnessValue", cmd.WitnessValue, "监督人员输入的公开值", 200);
        if (e.Count > 0) return Result<DrawView>.Invalid(e.ToDictionary());
        var task = await db.Tasks.SingleOrDefaultAsync(x => x.Id == taskId, ct);
        if (task is null) return Result<DrawView>.NotFound($"抽查任务 {taskId} 不存在或不在您的管辖范围内");
        var draw = await db.Draws.Where(x => x.TaskId == taskId).OrderByDescending(x => x.Seq).FirstOrDefaultAsync(ct);
        if (draw is null) return Result<DrawView>.Unprocessable("该任务尚未冻结名录：请先冻结名录并公布承诺值，再由监督人员输入公开值");
        if (draw.Status == DrawStatus.Drawn) return Result<DrawView>.Conflict("task", $"第 {draw.Seq} 次抽取已完成，不能重新抽取；如需更换对象请办理补抽");

        var stored = await db.DrawCandidates.AsNoTracking().SingleAsync(x => x.DrawId == draw.Id, ct);
        var candidates = CandidateFreezer.Unpack(stored.Data);
        if (DrawAlgorithm.CandidateHash(candidates) != draw.CandidateHash)
            throw new InvalidOperationException($"抽取 {draw.Id} 的冻结名录与公布的哈希不一致");
        var secretHex = sealer.Unprotect(draw.SecretSealed)!;
        var secret = Convert.FromHexString(secretHex);
        var witness = cmd.WitnessValue!.Trim();
        var outcome = DrawAlgorithm.Draw(candidates, [.. draw.Strata.Select(s => new StratumSpec(s.Label, s.Ratio, s.Count))], DrawAlgorithm.Seed(secret, witness));

        var entities = (await directory.FindManyAsync(outcome.Selected, ct)).ToDictionary(x => x.Uscc, StringComparer.Ordinal);
        var now = clock.GetUtcNow();
        draw.Status = DrawStatus.Drawn;
        draw.WitnessName = cmd.WitnessName!.Trim();
        draw.WitnessValue = witness;
        draw.Secret = secretHex;
        draw.DrawnAt = now;
        draw.DrawnBy = actor.Current.Name;
        draw.Strata = [.. draw.Strata.Zip(outcome.Strata, (s, r) => s with { Selected = r.Selected })];
        if (task.Status == TaskStatus.Committed) task.Status = TaskStatus.Drawn;
        else if (task.Status == TaskStatus.Completed) task.Status = TaskStatus.Assigned;
        task.Version++;
        task.UpdatedAt = now;

        // Selected lists each stratum's picks in stratum order, so a target's label is its stratum's.
        var targets = new List<TaskTarget>(outcome.Selected.Count);
        var position = 0;
        foreach (var stratum in outcome.Strata)
        {
            for (var k = 0; k < stratum.Selected; k++, position++)
            {
                var uscc = outcome.Selected[position];
                var entity = entities.GetValueOrDefault(uscc);
                targets.Add(new TaskTarget
                {
                    TaskId = task.Id,
                    DrawId = draw.Id,
                    DrawSeq = draw.Seq,
                    Position = position,
                    Uscc = uscc,
                    EntityName = entity?.Name ?? uscc,
                    LegalRep = entity?.LegalRep ?? "",
                    Label = stratum.Label,
                    Status = TargetStatus.Pending,
                    DivisionCode = entity?.DivisionCode ?? task.DivisionCode,
                });
            }
        }

        db.Audit(draw.Seq == 1 ? "inspections.draw.made" : "inspections.supplement.made", "InspectionTask", task.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), null,
            new { draw.Seq, draw.WitnessName, draw.WitnessValue, secret = secretHex, selected = outcome.Selected.Count }, task.DivisionCode);
        // One transaction: the draw, the task (its version is the concurrency check: of two draws at once exactly one
        // updates it) and the audit entry through EF, then the targets in bulk (TargetStore); all or nothing.
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // DbUpdateConcurrencyException included: the other draw changed the task first
                return Result<DrawView>.Conflict("task", "该任务刚刚已由他人完成抽取，不能重复抽取，请刷新后查看结果");
            }

            await TargetStore.InsertAsync(db, targets, ct);
            await tx.CommitAsync(ct);
        }

        // The selection is the targets' USCCs in position order: no need to read 30,000 rows back.
        return await ViewAsync(draw, false, ct, outcome.Selected);
    }

    /// <summary>补抽 (a): mark the replaced targets with the reason and freeze a new list for the same strata.</summary>
    public async Task<Result<DrawView>> SupplementAsync(long taskId, SupplementCommand cmd, CancellationToken ct)
    {
        var e = new FieldErrors();
        e.Require("reason", cmd.Reason, "补抽理由", 500);
        if (cmd.TargetIds is null || cmd.TargetIds.Count == 0) e.Add("targetIds", "请选择需要替换的检查对象");
        if (e.Count > 0) return Result<DrawView>.Invalid(e.ToDictionary());
        var task = await db.Tasks.SingleOrDefaultAsync(x => x.Id == taskId, ct);
        if (task is null) return Result<DrawView>.NotFound($"抽查任务 {taskId} 不存在或不在您的管辖范围内");
        if (task.Status is TaskStatus.Draft or TaskStatus.Committed) return Result<DrawView>.Unprocessable("该任务尚未完成抽取，不需要补抽");
        var last = await db.Draws.Where(x => x.TaskId == taskId).OrderByDescending(x => x.Seq).FirstAsync(ct);
        if (last.Status == DrawStatus.Committed) return Result<DrawView>.Conflict("task", $"第 {last.Seq} 次抽取（补抽）已冻结名录、等待摇号，请先完成");
        var ids = cmd.TargetIds!.Distinct().ToList();
        var targets = await db.Targets.Where(x => x.TaskId == taskId && ids.Contains(x.Id)).ToListAsync(ct);
        if (targets.Count != ids.Count) return Result<DrawView>.Invalid("targetIds", "所选对象不是本任务抽中的对象");
        if (targets.FirstOrDefault(t => t.Status != TargetStatus.Pending) is { } done)
            return Result<DrawView>.Unprocessable($"“{done.EntityName}”{(done.Status == TargetStatus.Replaced ? "已被替换" : "已录入检查结果")}，不能补抽替换");
        var library = await db.Libraries.AsNoTracking().SingleAsync(x => x.Id == task.LibraryId, ct);
        var unit = await scope.FindAsync(task.OrgUnitId, ct);
        var already = (await db.Targets.Where(x => x.TaskId == taskId).Select(x => x.Uscc).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var riskLinked = task.Mode == DrawMode.RiskRatio;
        var frozen = await freezer.FreezeAsync(library, unit?.CoveredDivisions ?? [], riskLinked, already, ct);
        var strata = new List<StratumRecord>();
        foreach (var group in targets.GroupBy(t => riskLinked ? t.Label : DrawAlgorithm.Unstratified).OrderBy(g => g.Key == "*" ? 0 : DrawAlgorithm.RiskOrder.ToList().IndexOf(g.Key)))
        {
            var n = frozen.Candidates.Count(c => c.Label == group.Key);
            if (n < group.Count())
                return Result<DrawView>.Unprocessable($"{(group.Key == "*" ? "名录库" : group.Key == "U" ? "未分类主体" : group.Key + " 类主体")}中剩余可抽对象 {n} 户，少于需替换的 {group.Count()} 户，无法补抽");
            strata.Add(new StratumRecord(group.Key, null, n, group.Count(), group.Count()));
        }

        var reason = cmd.Reason!.Trim();
        foreach (var t in targets)
        {
            t.Status = TargetStatus.Replaced;
            t.ReplacedReason = reason;
        }

        foreach (var a in await db.Assignments.Where(x => ids.Contains(x.TargetId) && !x.Recused).ToListAsync(ct))
        {
            a.Recused = true;
            a.RecusalReason = "对象已被补抽替换：" + reason;
        }

        return await SaveCommitAsync(task, last.Seq + 1, $"{reason}（替换：{string.Join("、", targets.Select(t => t.EntityName))}）", frozen, strata, library.Exemptions, riskLinked, ct);
    }

    public async Task<IReadOnlyList<DrawView>> ListAsync(long taskId, bool withLists, CancellationToken ct)
    {
        var draws = await db.Draws.AsNoTracking().Where(x => x.TaskId == taskId).OrderBy(x => x.Seq).ToListAsync(ct);
        var views = new List<DrawView>();
        foreach (var d in draws) views.Add(await ViewAsync(d, withLists, ct));
        return views;
    }

    public async Task<DrawView?> GetAsync(long taskId, int seq, CancellationToken ct) =>
        await db.Draws.AsNoTracking().SingleOrDefaultAsync(x => x.TaskId == taskId && x.Seq == seq, ct) is { } d ? await ViewAsync(d, true, ct) : null;

    private async Task<DrawView> ViewAsync(TaskDraw d, bool withLists, CancellationToken ct, IReadOnlyList<string>? drawnSelection = null)
    {
        List<string>? candidates = null, classes = null, selected = null;
        var exemptions = new List<ExemptionView>();
        if (withLists)
        {
            var stored = await db.DrawCandidates.AsNoTracking().SingleOrDefaultAsync(x => x.DrawId == d.Id, ct);
            if (stored is not null)
            {
                var list = CandidateFreezer.Unpack(stored.Data);
                candidates = [.. list.Select(c => c.Uscc)];
                classes = [.. list.Select(c => c.Label)];
                var reasons = d.ExemptionTags.ToDictionary(x => x.Tag, x => x.Reason, StringComparer.Ordinal);
                foreach (var line in stored.Exempted.Split('\n', StringSplitOptions.RemoveEmptyEntries))
                {
                    var comma = line.IndexOf(',', StringComparison.Ordinal);
                    var tag = line[(comma + 1)..];
                    exemptions.Add(new ExemptionView(line[..comma], tag, reasons.GetValueOrDefault(tag, "")));
                }
            }
        }

        if (d.Status == DrawStatus.Drawn && drawnSelection is not null)
            selected = [.. drawnSelection];
        else if (d.Status == DrawStatus.Drawn)
            selected = await db.Targets.AsNoTracking().Where(x => x.DrawId == d.Id).OrderBy(x => x.Position).Select(x => x.Uscc).ToListAsync(ct);
        var drawn = d.Status == DrawStatus.Drawn;
        return new DrawView(DrawAlgorithm.Name, d.TaskId, d.Seq, d.Seq == 1 ? "main" : "supplementary", d.Reason, drawn ? "drawn" : "committed",
            d.CandidateCount, d.CandidateHash, d.Commitment, d.CommittedAt, d.DrawnAt, d.WitnessName, d.WitnessValue, drawn ? d.Secret : null,
            [.. d.Strata.Select(s => new StratumView(s.Label, s.Ratio, s.Candidates, s.Selected))],
            candidates, classes, selected, exemptions);
    }
}
