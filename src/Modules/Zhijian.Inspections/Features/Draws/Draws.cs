using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhijian.Entities.Contracts;
using Zhijian.Inspections.Contracts;
using Zhijian.Inspections.Data;
using Zhijian.Inspections.Domain;
using Zhijian.Inspections.Domain.Draw;
using Zhijian.Inspections.Features.Witnesses;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Privacy;
using Zhijian.Platform.Rules;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;
using TaskStatus = Zhijian.Inspections.Domain.TaskStatus;

namespace Zhijian.Inspections.Features.Draws;

/// <summary>冻结名录: the declaration of the public value (source, moment, witnesses) fixed with the list.</summary>
internal sealed record CommitCommand(string? PublicValueSource, DateTimeOffset? PublicValueAt, IReadOnlyList<long>? WitnessIds)
{
    public DeclarationInput Declaration => new(PublicValueSource, PublicValueAt, WitnessIds);
}

/// <summary>摇号: each declared witness's public value.</summary>
internal sealed record DrawCommand(IReadOnlyList<WitnessValueInput>? Values);

/// <summary>补抽: which drawn targets are replaced, on which provable ground, and the new draw's declaration.</summary>
internal sealed record SupplementCommand(IReadOnlyList<long>? TargetIds, string? Ground, string? Note, string? PublicValueSource, DateTimeOffset? PublicValueAt,
    IReadOnlyList<long>? WitnessIds)
{
    public DeclarationInput Declaration => new(PublicValueSource, PublicValueAt, WitnessIds);
}

/// <summary>作废 a frozen, undrawn draw.</summary>
internal sealed record CancelCommand(string? Reason);

internal sealed record StratumView(string Class, decimal? Ratio, int Candidates, int Selected);

internal sealed record ExemptionView(string Uscc, string Tag, string Reason);

internal sealed record RemovalView(string Uscc, string Reason);

/// <summary>
/// A draw as published (docs/draw-verification.md §3); secret and selection only once drawn. v2 adds the declaration, the
/// library as frozen, a 补抽's basis, replaced targets and removed entities, and the cancellation. For v2,
/// <c>witnessValue</c> is the witness text (the declared witnesses' values joined by LF) the seed is made of.
/// </summary>
internal sealed record DrawView(string Algorithm, long TaskId, int Seq, string Kind, string? Reason, string Status, int CandidateCount, string CandidateHash,
    string Commitment, DateTimeOffset CommittedAt, DateTimeOffset? DrawnAt, string? WitnessName, string? WitnessValue, string? Secret,
    IReadOnlyList<StratumView> Strata, IReadOnlyList<string>? Candidates, IReadOnlyList<string>? CandidateClasses, IReadOnlyList<string>? Selected,
    IReadOnlyList<ExemptionView> Exemptions, DeclarationView? Declaration, FrozenLibrary? Library, int? BasisSeq, IReadOnlyList<Replacement> Replaces,
    IReadOnlyList<RemovalView>? Removed, DateTimeOffset? CancelledAt, string? CancelReason);

/// <summary>
/// The verifiable draw: freeze the library with a declared public value and commit to a secret; from the declared moment
/// the witnesses' values and the secret make the seed; zhijian-draw-v2 selects; the secret is revealed. A 补抽 draws
/// from the main draw's frozen list on a ground the system can show; a frozen draw can be cancelled with a reason.
/// </summary>
internal sealed class Draws(InspectionsDbContext db, CandidateFreezer freezer, IEntityDirectory directory, OrgScope scope, PersonalData sealer,
    Witnesses.Witnesses witnesses, IRuleBook rules, ActorContext actor, TimeProvider clock)
{
    /// <summary>(a) Freeze the candidate list and publish its hash, the declaration and the commitment.</summary>
    public async Task<Result<DrawView>> CommitAsync(long taskId, CommitCommand cmd, CancellationToken ct)
    {
        var e = new FieldErrors();
        var declaration = await witnesses.DeclareAsync(cmd.Declaration, e, ct);
        if (declaration is null) return Result<DrawView>.Invalid(e.ToDictionary());
        var task = await db.Tasks.SingleOrDefaultAsync(x => x.Id == taskId, ct);
        if (task is null) return Result<DrawView>.NotFound($"抽查任务 {taskId} 不存在或不在您的管辖范围内");
        if (task.Status != TaskStatus.Draft)
            return Result<DrawView>.Conflict("task", task.Status == TaskStatus.Committed ? "该任务已冻结名录、等待摇号，不能重复冻结（如需重来，请先作废该次冻结）" : "该任务已完成抽取，不能重新抽取；如对象无法检查，请办理补抽");
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
        var seq = 1 + (await db.Draws.Where(x => x.TaskId == taskId).MaxAsync(x => (int?)x.Seq, ct) ?? 0);
        var frozenLibrary = CandidateFreezer.Definition(library, unit?.CoveredDivisions ?? []);
        return await SaveCommitAsync(task, new TaskDraw { Seq = seq, Kind = DrawKind.Main, Library = frozenLibrary }, declaration, frozen, [], strata, riskLinked, ct);
    }

    private async Task<Result<DrawView>> SaveCommitAsync(InspectionTask task, TaskDraw draw, DrawDeclaration declaration, FrozenList frozen,
        List<Removal> removed, List<StratumRecord> strata, bool riskLinked, CancellationToken ct)
    {
        var secret = DrawAlgorithm.NewSecret();
        var now = clock.GetUtcNow();
        draw.TaskId = task.Id;
        draw.Algorithm = DrawAlgorithm.V2;
        draw.Status = DrawStatus.Committed;
        draw.RiskLinked = riskLinked;
        draw.CandidateCount = frozen.Candidates.Count;
        draw.CandidateHash = FrozenText.TargetHash(declaration, draw.Library!, draw.BasisSeq, frozen.Candidates, frozen.Exempted, removed);
        draw.Commitment = DrawAlgorithm.Commitment(secret);
        draw.SecretSealed = sealer.Protect(DrawAlgorithm.Hex(secret))!;
        draw.Strata = strata;
        draw.ExemptionTags = [.. draw.Library!.Exemptions];
        draw.PublicValueSource = declaration.Source;
        draw.PublicValueAt = declaration.At;
        draw.Witnesses = [.. declaration.Witnesses];
        draw.CommittedAt = now;
        draw.CommittedBy = actor.Current.Name;
        draw.DivisionCode = task.DivisionCode;
        db.Draws.Add(draw);
        if (draw.Kind == DrawKind.Main) task.Status = TaskStatus.Committed;
        task.Version++;
        task.UpdatedAt = now;
        var main = draw.Kind == DrawKind.Main;
        db.Audit(main ? "inspections.draw.committed" : "inspections.supplement.committed", "InspectionTask", task.Id.ToString(CultureInfo.InvariantCulture), null,
            new
            {
                draw.Seq,
                draw.Reason,
                draw.CandidateCount,
                draw.CandidateHash,
                draw.Commitment,
                strata,
                declaration.Source,
                at = FrozenText.Instant(declaration.At),
                witnesses = declaration.Witnesses.Select(w => w.Name),
                replaces = draw.Replaces.Select(r => new { r.Uscc, r.Ground, r.Evidence })
            }, task.DivisionCode);
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await db.SaveChangesAsync(ct);
            db.DrawCandidates.Add(new DrawCandidates
            {
                DrawId = draw.Id,
                Data = CandidateFreezer.Pack(frozen.Candidates),
                Exempted = string.Concat(frozen.Exempted.Select(x => $"{x.Uscc},{x.Tag}\n")),
                Removed = string.Concat(removed.Select(x => $"{x.Uscc},{x.Reason}\n")),
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

    /// <summary>(b)–(d) From the declared moment, the declared witnesses' values; the seed selects; the secret is revealed.</summary>
    public async Task<Result<DrawView>> DrawAsync(long taskId, DrawCommand cmd, CancellationToken ct)
    {
        var task = await db.Tasks.SingleOrDefaultAsync(x => x.Id == taskId, ct);
        if (task is null) return Result<DrawView>.NotFound($"抽查任务 {taskId} 不存在或不在您的管辖范围内");
        var draw = await db.Draws.Where(x => x.TaskId == taskId).OrderByDescending(x => x.Seq).FirstOrDefaultAsync(ct);
        if (draw is null or { Status: DrawStatus.Cancelled })
            return Result<DrawView>.Unprocessable("该任务没有等待摇号的抽取：请先冻结名录、声明公开值并公布承诺值，再由监督人员提供公开值");
        if (draw.Status == DrawStatus.Drawn) return Result<DrawView>.Conflict("task", $"第 {draw.Seq} 次抽取已完成，不能重新抽取；如需更换对象请办理补抽");
        if (draw.Algorithm == DrawAlgorithm.V1)
            return Result<DrawView>.Unprocessable($"第 {draw.Seq} 次抽取按旧版算法（{DrawAlgorithm.V1}）冻结，未声明公开值的来源与时点：请作废后重新冻结");
        var values = witnesses.Values(draw.PublicValueSource!, draw.PublicValueAt!.Value, draw.Witnesses, cmd.Values);
        if (!values.IsSuccess) return values.Fail<DrawView>();

        var stored = await db.DrawCandidates.AsNoTracking().SingleAsync(x => x.DrawId == draw.Id, ct);
        var candidates = CandidateFreezer.Unpack(stored.Data);
        if (TargetHash(draw, candidates, stored) != draw.CandidateHash)
            throw new InvalidOperationException($"抽取 {draw.Id} 的冻结名录与公布的哈希不一致");
        var secretHex = sealer.Unprotect(draw.SecretSealed)!;
        var secret = Convert.FromHexString(secretHex);
        var witnessText = DrawAlgorithm.WitnessText(values.Value!.Select(w => w.Value!));
        var outcome = DrawAlgorithm.Draw(candidates, [.. draw.Strata.Select(s => new StratumSpec(s.Label, s.Ratio, s.Count))], DrawAlgorithm.Seed(secret, witnessText));

        var entities = (await directory.FindManyAsync(outcome.Selected, ct)).ToDictionary(x => x.Uscc, StringComparer.Ordinal);
        var now = clock.GetUtcNow();
        draw.Status = DrawStatus.Drawn;
        draw.Witnesses = values.Value!;
        draw.WitnessName = string.Join("、", values.Value!.Select(w => w.Name));
        draw.WitnessValue = witnessText;
        draw.Secret = secretHex;
        draw.DrawnAt = now;
        draw.DrawnBy = actor.Current.Name;
        draw.Strata = [.. draw.Strata.Zip(outcome.Strata, (s, r) => s with { Selected = r.Selected })];
        if (task.Status == TaskStatus.Committed) task.Status = TaskStatus.Drawn;
        else if (task.Status == TaskStatus.Completed) task.Status = TaskStatus.Assigned;
        task.Version++;
        task.UpdatedAt = now;

        // A replaced target's officers leave it now that its replacement exists.
        var replacedIds = draw.Replaces.Select(r => r.TargetId).ToList();
        foreach (var a in await db.Assignments.Where(x => replacedIds.Contains(x.TargetId) && !x.Recused).ToListAsync(ct))
        {
            a.Recused = true;
            a.RecusalReason = $"对象已被第 {draw.Seq} 次抽取（补抽）替换";
        }

        // Selected lists each stratum's picks in stratum order, so a target's label is its stratum's.
        var generation = draw.Replaces.Count == 0 ? 0 : 1 + await db.Targets.Where(x => replacedIds.Contains(x.Id)).MaxAsync(x => x.Generation, ct);
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
                    Generation = generation,
                    DivisionCode = entity?.DivisionCode ?? task.DivisionCode,
                });
            }
        }

        db.Audit(draw.Kind == DrawKind.Main ? "inspections.draw.made" : "inspections.supplement.made", "InspectionTask", task.Id.ToString(CultureInfo.InvariantCulture), null,
            new { draw.Seq, witnesses = draw.Witnesses.Select(w => new { w.Name, w.Value }), secret = secretHex, selected = outcome.Selected.Count }, task.DivisionCode);
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

    /// <summary>
    /// 补抽 (a): each replaced target on a ground the system shows (registry status, a confirmed 无法联系 result, a recusal
    /// that left no eligible officer), within the cap; a new list frozen from the main draw's list, never the live library.
    /// </summary>
    public async Task<Result<DrawView>> SupplementAsync(long taskId, SupplementCommand cmd, CancellationToken ct)
    {
        var e = new FieldErrors();
        var ground = cmd.Ground?.Trim() ?? "";
        if (ground.Length == 0)
            e.Add("ground", "请选择补抽理由：登记状态已变更（registry-status）、住所无法联系（unreachable）或回避后无符合条件人员（no-officer）；仅填写文字说明不能补抽");
        else if (!ReplacementGround.All.Contains(ground)) e.Add("ground", $"补抽理由“{ground}”无效：只能是 registry-status、unreachable 或 no-officer");
        if (cmd.Note is { Length: > 200 }) e.Add("note", "补充说明不能超过 200 个字符");
        if (cmd.TargetIds is null || cmd.TargetIds.Count == 0) e.Add("targetIds", "请选择需要替换的检查对象");
        var declaration = await witnesses.DeclareAsync(cmd.Declaration, e, ct);
        if (e.Count > 0) return Result<DrawView>.Invalid(e.ToDictionary());
        var task = await db.Tasks.SingleOrDefaultAsync(x => x.Id == taskId, ct);
        if (task is null) return Result<DrawView>.NotFound($"抽查任务 {taskId} 不存在或不在您的管辖范围内");
        if (task.Status is TaskStatus.Draft or TaskStatus.Committed) return Result<DrawView>.Unprocessable("该任务尚未完成抽取，不需要补抽");
        var last = await db.Draws.Where(x => x.TaskId == taskId).OrderByDescending(x => x.Seq).FirstAsync(ct);
        if (last.Status == DrawStatus.Committed) return Result<DrawView>.Conflict("task", $"第 {last.Seq} 次抽取（补抽）已冻结名录、等待摇号，请先完成或作废");
        var ids = cmd.TargetIds!.Distinct().ToList();
        var targets = await db.Targets.Where(x => x.TaskId == taskId && ids.Contains(x.Id)).OrderBy(x => x.DrawSeq).ThenBy(x => x.Position).ToListAsync(ct);
        if (targets.Count != ids.Count) return Result<DrawView>.Invalid("targetIds", "所选对象不是本任务抽中的对象");
        var cap = rules.GetInt("inspection.replacements-per-slot", clock.Today());
        var grounds = await GroundsAsync(task, targets, ground, cap, ct);
        if (!grounds.IsSuccess) return grounds.Fail<DrawView>();

        var basisDraw = await db.Draws.AsNoTracking().Where(x => x.TaskId == taskId && x.Kind == DrawKind.Main && x.Status == DrawStatus.Drawn).SingleAsync(ct);
        var basisList = CandidateFreezer.Unpack((await db.DrawCandidates.AsNoTracking().SingleAsync(x => x.DrawId == basisDraw.Id, ct)).Data);
        var basisExempted = (await db.DrawCandidates.AsNoTracking().Where(x => x.DrawId == basisDraw.Id).Select(x => x.Exempted).SingleAsync(ct))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => (l[..l.IndexOf(',', StringComparison.Ordinal)], l[(l.IndexOf(',', StringComparison.Ordinal) + 1)..])).ToList();
        var library = basisDraw.Library ?? await LegacyDefinitionAsync(task, basisDraw, ct);
        var selected = (await db.Targets.Where(x => x.TaskId == taskId).Select(x => x.Uscc).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var (remaining, removed) = await freezer.RemainingAsync(basisList, selected, library, ct);
        var riskLinked = task.Mode == DrawMode.RiskRatio;
        var strata = new List<StratumRecord>();
        foreach (var group in targets.GroupBy(t => riskLinked ? t.Label : DrawAlgorithm.Unstratified).OrderBy(g => g.Key == "*" ? 0 : DrawAlgorithm.RiskOrder.ToList().IndexOf(g.Key)))
        {
            var n = remaining.Count(c => c.Label == group.Key);
            if (n < group.Count())
                return Result<DrawView>.Unprocessable($"主抽取冻结名录的{(group.Key == "*" ? "" : group.Key == "U" ? "未分类主体" : group.Key + " 类主体")}中剩余可抽对象 {n} 户，少于需替换的 {group.Count()} 户，无法补抽");
            strata.Add(new StratumRecord(group.Key, null, n, group.Count(), group.Count()));
        }

        var seq = last.Seq + 1;
        var replaces = grounds.Value!;
        foreach (var t in targets)
        {
            var r = replaces.Single(x => x.TargetId == t.Id);
            t.ReplacedInSeq = seq;
            t.ReplacedReason = $"{ReplacementGround.Name(ground)}：{r.Evidence}";
            if (t.Status == TargetStatus.Pending) t.Status = TargetStatus.Replaced;
        }

        var note = string.IsNullOrWhiteSpace(cmd.Note) ? "" : "；" + FrozenText.Clean(cmd.Note);
        var draw = new TaskDraw
        {
            Seq = seq,
            Kind = DrawKind.Supplementary,
            Reason = $"{ReplacementGround.Name(ground)}（替换：{string.Join("、", targets.Select(t => t.EntityName))}）{note}",
            Library = library,
            BasisSeq = basisDraw.Seq,
            Replaces = replaces,
        };
        return await SaveCommitAsync(task, draw, declaration!, new FrozenList(remaining, basisExempted), removed, strata, riskLinked, ct);
    }

    /// <summary>The ground of each target, with its evidence, or the reason it does not hold.</summary>
    private async Task<Result<List<Replacement>>> GroundsAsync(InspectionTask task, List<TaskTarget> targets, string ground, int cap, CancellationToken ct)
    {
        var problems = new List<string>();
        var list = new List<Replacement>();
        foreach (var t in targets.Where(t => t.ReplacedInSeq is not null || t.Status == TargetStatus.Replaced))
            problems.Add($"“{t.EntityName}”已被补抽替换，不能再次替换");
        foreach (var t in targets.Where(t => t.ReplacedInSeq is null && t.Status != TargetStatus.Replaced && t.Generation >= cap))
            problems.Add($"“{t.EntityName}”本身是补抽替换上来的对象，按规则每个抽中对象最多替换 {cap} 次（inspection.replacements-per-slot），不能再替换");
        var open = targets.Where(t => t.ReplacedInSeq is null && t.Status != TargetStatus.Replaced && t.Generation < cap).ToList();
        if (ground == ReplacementGround.Unreachable)
        {
            var ids = open.Select(t => t.Id).ToList();
            var results = await db.Results.AsNoTracking().Where(r => ids.Contains(r.TargetId)).ToDictionaryAsync(r => r.TargetId, ct);
            foreach (var t in open)
            {
                if (results.GetValueOrDefault(t.Id) is { Category: ResultCategory.Unreachable, ConfirmedAt: not null } r)
                    list.Add(Of(t, $"检查结果 #{r.Id}：{r.InspectedOn:yyyy-MM-dd} 检查，通过登记的住所（经营场所）无法联系，{r.ConfirmedAt.Value.ToChinaDate():yyyy-MM-dd} 经检查人员确认"));
                else problems.Add($"“{t.EntityName}”没有已确认的“通过登记的住所无法联系”检查结果，不能以此为由补抽");
            }
        }
        else
        {
            foreach (var t in open.Where(t => t.Status != TargetStatus.Pending))
                problems.Add($"“{t.EntityName}”已录入检查结果，不能补抽替换");
            var pending = open.Where(t => t.Status == TargetStatus.Pending).ToList();
            if (ground == ReplacementGround.RegistryStatus)
            {
                var entities = (await directory.FindManyAsync([.. pending.Select(t => t.Uscc)], ct)).ToDictionary(x => x.Uscc, StringComparer.Ordinal);
                foreach (var t in pending)
                {
                    if (entities.GetValueOrDefault(t.Uscc) is { Status: not EntityStatus.Active } s)
                        list.Add(Of(t, $"登记状态：{EntityNames.Of(s.Status)}" + (s.StatusDate is { } d ? $"（{d:yyyy-MM-dd}）" : "")));
                    else problems.Add($"“{t.EntityName}”在登记机关的状态仍为存续，不能以登记状态变更为由补抽");
                }
            }
            else
            {
                var ids = pending.Select(t => t.Id).ToList();
                var shortRounds = await db.Rounds.AsNoTracking().Where(r => ids.Contains(r.TargetId) && r.Short).ToListAsync(ct);
                var staffed = await db.Assignments.AsNoTracking().Where(a => ids.Contains(a.TargetId) && !a.Recused).GroupBy(a => new { a.TargetId, a.DepartmentIndex })
                    .Select(g => new { g.Key.TargetId, g.Key.DepartmentIndex, N = g.Count() }).ToListAsync(ct);
                foreach (var t in pending)
                {
                    var round = shortRounds.Where(r => r.TargetId == t.Id).OrderByDescending(r => r.At).FirstOrDefault();
                    var need = round is null ? 0 : task.Departments.ElementAtOrDefault(round.DepartmentIndex)?.OfficersPerTarget ?? 0;
                    var has = round is null ? 0 : staffed.Where(s => s.TargetId == t.Id && s.DepartmentIndex == round.DepartmentIndex).Sum(s => s.N);
                    if (round is not null && has < need)
                        list.Add(Of(t, $"人员抽取轮次 {round.Label}（{round.At.ToChinaDate():yyyy-MM-dd}）：{round.Excluded}，符合条件的仅 {round.Eligible.Count} 名，需要 {round.Count} 名"));
                    else problems.Add($"“{t.EntityName}”没有“回避后无符合条件执法检查人员”的记录，不能以此为由补抽");
                }
            }
        }

        return problems.Count > 0 ? Result<List<Replacement>>.Unprocessable(string.Join("；", problems)) : list;

        Replacement Of(TaskTarget t, string evidence) => new(t.Id, t.Uscc, t.EntityName, t.DrawSeq, t.Position, ground, evidence);
    }

    /// <summary>A v1 main draw recorded no library definition: its 补抽 records the library as it is now, with the v1 draw's exemptions.</summary>
    private async Task<FrozenLibrary> LegacyDefinitionAsync(InspectionTask task, TaskDraw basis, CancellationToken ct)
    {
        var library = await db.Libraries.AsNoTracking().SingleAsync(x => x.Id == task.LibraryId, ct);
        var unit = await scope.FindAsync(task.OrgUnitId, ct);
        return CandidateFreezer.Definition(library, unit?.CoveredDivisions ?? []) with { Exemptions = basis.ExemptionTags };
    }

    /// <summary>
    /// 作废: a frozen draw before its declared moment, with a published reason; a 补抽's targets are no longer marked replaced.
    /// After the moment the outcome is fixed (an insider who can unseal the secret could know it), so the draw is made instead.
    /// </summary>
    public async Task<Result<DrawView>> CancelAsync(long taskId, int seq, CancelCommand cmd, CancellationToken ct)
    {
        var e = new FieldErrors();
        e.Require("reason", cmd.Reason, "作废理由（将随抽取记录公示）", 500);
        if (e.Count > 0) return Result<DrawView>.Invalid(e.ToDictionary());
        var task = await db.Tasks.SingleOrDefaultAsync(x => x.Id == taskId, ct);
        if (task is null) return Result<DrawView>.NotFound($"抽查任务 {taskId} 不存在或不在您的管辖范围内");
        var draw = await db.Draws.SingleOrDefaultAsync(x => x.TaskId == taskId && x.Seq == seq, ct);
        if (draw is null) return Result<DrawView>.NotFound($"抽查任务 {taskId} 没有第 {seq} 次抽取");
        if (draw.Status == DrawStatus.Drawn) return Result<DrawView>.Conflict("draw", $"第 {seq} 次抽取已摇号，结果不能作废；如对象无法检查，请办理补抽");
        if (draw.Status == DrawStatus.Cancelled) return Result<DrawView>.Conflict("draw", $"第 {seq} 次抽取已于 {Witnesses.Witnesses.Local(draw.CancelledAt!.Value)} 作废");
        var now = clock.GetUtcNow();
        // Once the public value exists, whoever can unseal the secret knows the outcome: the draw is then made, not cancelled.
        if (draw.PublicValueAt is { } at && now >= at)
            return Result<DrawView>.Conflict("draw", $"第 {seq} 次抽取声明的公开值已于 {Witnesses.Witnesses.Local(at)} 产生，结果已确定：只能由监督人员提供公开值后摇号，不能作废");
        draw.Status = DrawStatus.Cancelled;
        draw.CancelledAt = now;
        draw.CancelledBy = actor.Current.Name;
        draw.CancelReason = cmd.Reason!.Trim();
        foreach (var t in await db.Targets.Where(x => x.TaskId == taskId && x.ReplacedInSeq == seq).ToListAsync(ct))
        {
            t.ReplacedInSeq = null;
            t.ReplacedReason = null;
            if (t.Status == TargetStatus.Replaced) t.Status = TargetStatus.Pending;
        }

        if (draw.Kind == DrawKind.Main) task.Status = TaskStatus.Draft;
        task.Version++;
        task.UpdatedAt = now;
        db.Audit("inspections.draw.cancelled", "InspectionTask", taskId.ToString(CultureInfo.InvariantCulture), null, new { seq, reason = draw.CancelReason }, task.DivisionCode);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result<DrawView>.Conflict("task", "该任务刚刚已由他人更新（可能已摇号），请刷新后查看");
        }

        return await ViewAsync(draw, false, ct);
    }

    /// <summary>The v2 hash of a stored draw, recomputed from what is kept and published.</summary>
    private static string TargetHash(TaskDraw d, IReadOnlyList<Candidate> candidates, DrawCandidates stored) =>
        FrozenText.TargetHash(new DrawDeclaration(d.PublicValueSource!, d.PublicValueAt!.Value, d.Witnesses), d.Library!, d.BasisSeq, candidates,
            Lines(stored.Exempted).Select(x => (x.A, x.B)), Lines(stored.Removed).Select(x => new Removal(x.A, x.B)));

    private static IEnumerable<(string A, string B)> Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => (l[..l.IndexOf(',', StringComparison.Ordinal)], l[(l.IndexOf(',', StringComparison.Ordinal) + 1)..]));

    public async Task<IReadOnlyList<DrawView>> ListAsync(long taskId, bool withLists, CancellationToken ct)
    {
        var draws = await db.Draws.AsNoTracking().Where(x => x.TaskId == taskId).OrderBy(x => x.Seq).ToListAsync(ct);
        var views = new List<DrawView>();
        foreach (var d in draws) views.Add(await ViewAsync(d, withLists, ct));
        return views;
    }

    public async Task<DrawView?> GetAsync(long taskId, int seq, CancellationToken ct) =>
        await db.Draws.AsNoTracking().SingleOrDefaultAsync(x => x.TaskId == taskId && x.Seq == seq, ct) is { } d ? await ViewAsync(d, true, ct) : null;

    /// <summary>The main draw: the drawn one, else the newest frozen or cancelled one.</summary>
    public async Task<DrawView?> MainAsync(long taskId, CancellationToken ct)
    {
        var mains = await db.Draws.AsNoTracking().Where(x => x.TaskId == taskId && x.Kind == DrawKind.Main).ToListAsync(ct);
        var main = mains.FirstOrDefault(x => x.Status == DrawStatus.Drawn) ?? mains.MaxBy(x => x.Seq);
        return main is null ? null : await ViewAsync(main, true, ct);
    }

    private async Task<DrawView> ViewAsync(TaskDraw d, bool withLists, CancellationToken ct, IReadOnlyList<string>? drawnSelection = null)
    {
        List<string>? candidates = null, classes = null, selected = null;
        List<RemovalView>? removed = null;
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
                exemptions.AddRange(Lines(stored.Exempted).Select(x => new ExemptionView(x.A, x.B, reasons.GetValueOrDefault(x.B, ""))));
                if (d.BasisSeq is not null) removed = [.. Lines(stored.Removed).Select(x => new RemovalView(x.A, x.B))];
            }
        }

        if (d.Status == DrawStatus.Drawn && drawnSelection is not null)
            selected = [.. drawnSelection];
        else if (d.Status == DrawStatus.Drawn)
            selected = await db.Targets.AsNoTracking().Where(x => x.DrawId == d.Id).OrderBy(x => x.Position).Select(x => x.Uscc).ToListAsync(ct);
        var drawn = d.Status == DrawStatus.Drawn;
        var status = d.Status switch { DrawStatus.Drawn => "drawn", DrawStatus.Cancelled => "cancelled", _ => "committed" };
        var declaration = d.PublicValueSource is null ? null
            : Witnesses.Witnesses.View(d.PublicValueSource, d.PublicValueAt!.Value, [.. d.Witnesses.Select(w => drawn ? w : w with { Value = null })]);
        return new DrawView(d.Algorithm, d.TaskId, d.Seq, d.Kind == DrawKind.Main ? "main" : "supplementary", d.Reason, status,
            d.CandidateCount, d.CandidateHash, d.Commitment, d.CommittedAt, d.DrawnAt, d.WitnessName, d.WitnessValue, drawn ? d.Secret : null,
            [.. d.Strata.Select(s => new StratumView(s.Label, s.Ratio, s.Candidates, s.Selected))],
            candidates, classes, selected, exemptions, declaration, d.Library, d.BasisSeq, d.Replaces, removed, d.CancelledAt, d.CancelReason);
    }
}
