using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Zhijian.Entities.Contracts;
using Zhijian.FoodSafety.Contracts;
using Zhijian.FoodSafety.Data;
using Zhijian.FoodSafety.Domain.Recalls;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.FoodSafety.Features.Recalls;

/// <summary>
/// 食品召回 lifecycle: registration (主动 or 责令: an ordered recall is also a 案件线索 through the outbox), 召回计划, 召回公告 (on the
/// portal at once), 阶段性进展报告, 总结报告, 处置 (reported in advance, done and witnessed), completion, the bureau's extension and
/// evaluation. Each step checks the lifecycle (Chinese message naming what is missing), is audited and written to the recall's
/// timeline in the same save.
/// </summary>
internal sealed class Recalls(
    FoodSafetyDbContext db, ActorContext actor, IEntityDirectory entities, UserManager<StaffUser> users, OrgUnitDirectory units,
    RecallDeadlines deadlines, RecallQueries queries, TimeProvider clock)
{
    public static bool CanWork(Actor a) =>
        a.IsInRole(Roles.Inspector) || FoodAccess.CanOrganise(a) || (a.IsApiClient && a.HasScope(FoodAccess.WriteScope));

    public async Task<Result<RecallView>> CreateAsync(CreateRecall cmd, CancellationToken ct)
    {
        var a = actor.Current;
        if (!CanWork(a)) return Result<RecallView>.Forbidden("只有食品执法人员、科室负责人可以登记食品召回");
        if (cmd.Kind == RecallKind.Ordered && !FoodAccess.CanOrganise(a)) return Result<RecallView>.Forbidden("责令召回须由科室负责人决定");
        var now = clock.GetUtcNow();
        var errors = RecallRules.Validate(cmd, now);
        var entity = string.IsNullOrWhiteSpace(cmd.Uscc) ? null : await entities.FindAsync(cmd.Uscc.Trim().ToUpperInvariant(), ct);
        if (entity is null) errors.Add("uscc", $"食品生产者“{cmd.Uscc}”不在市场主体库中（或不在您的管辖范围内）");
        if (a.OrgUnitId is null && !a.IsApiClient) errors.Add("orgUnit", "只有本局工作人员可以登记食品召回");
        if (errors.Count > 0) return Result<RecallView>.Invalid(errors.ToDictionary());

        var level = (RecallLevel)cmd.Level;
        var learnedAt = cmd.LearnedAt!.Value;
        var (startBy, hours, startRule) = deadlines.StartBy(level, learnedAt);
        var (regime, definition) = deadlines.Level(level, learnedAt.ToChinaDate());
        var unit = a.OrgUnitId is { } uid ? await units.FindAsync(uid, ct) : await units.BureauForAsync(entity!.DivisionCode, ct);
        var party = await entities.PartyAsync(entity!.Uscc, ct);
        var today = clock.Today();
        var prefix = string.Create(CultureInfo.InvariantCulture, $"ZH{today.Year}");
        var last = await db.Recalls.IgnoreQueryFilters().Where(r => r.Number.StartsWith(prefix)).OrderByDescending(r => r.Number).Select(r => r.Number).FirstOrDefaultAsync(ct);
        var seq = last is null ? 1 : int.Parse(last[prefix.Length..], CultureInfo.InvariantCulture) + 1;
        var recall = new Recall
        {
            Number = string.Create(CultureInfo.InvariantCulture, $"{prefix}{seq:D6}"),
            Level = level,
            Kind = cmd.Kind,
            Status = RecallStatus.Opened,
            Uscc = entity.Uscc,
            ProducerName = entity.Name,
            ProducerAddress = party?.Address ?? "",
            DivisionCode = entity.DivisionCode,
            OrgUnitId = unit?.Id ?? a.OrgUnitId ?? 0,
            OrgUnitName = unit?.Name ?? a.OrgUnitName ?? "",
            Reason = cmd.Reason.Trim(),
            LevelDefinition = definition,
            LevelRegime = regime,
            Unit = cmd.Unit.Trim(),
            LearnedAt = learnedAt,
            StartBy = startBy,
            StartHours = hours,
            StartRule = startRule.Text,
            StartedAt = cmd.StartedAt,
            StartedOn = cmd.StartedAt?.ToChinaDate(),
            OrderNo = cmd.Kind == RecallKind.Ordered ? cmd.OrderNo!.Trim() : null,
            OrderedOn = cmd.Kind == RecallKind.Ordered ? today : null,
            CreatedAt = now,
            CreatedBy = a.ShownName,
        };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Recalls.Add(recall);
        await db.SaveChangesAsync(ct);
        var products = new List<(RecallProduct Product, IReadOnlyList<RecallBatchInput> Batches)>();
        var i = 0;
        foreach (var p in cmd.Products!)
        {
            var product = new RecallProduct { RecallId = recall.Id, Seq = ++i, Name = p.Name.Trim(), Specification = Trim(p.Specification), Gtin = Trim(p.Gtin) };
            db.RecallProducts.Add(product);
            products.Add((product, p.Batches ?? []));
        }

        await db.SaveChangesAsync(ct);
        foreach (var (product, batches) in products)
        {
            db.RecallBatches.AddRange(batches.Select(b => new RecallBatch
            {
                RecallId = recall.Id,
                ProductId = product.Id,
                Lot = b.Lot.Trim(),
                ProductionDate = b.ProductionDate,
                Produced = b.Produced,
                Sold = b.Sold,
            }));
        }

        var what = string.Join("、", products.Select(p => p.Product.Name));
        db.Audit("food.recall.created", "FoodRecall", Id(recall.Id), null,
            new { recall.Number, recall.Uscc, Level = RecallNames.Of(level), Kind = RecallNames.Of(cmd.Kind), recall.LearnedAt, recall.StartBy, recall.StartRule, Products = what },
            recall.DivisionCode);
        History(recall.Id, $"登记{RecallNames.Of(cmd.Kind)}（{RecallNames.Of(level)}）：{what}；知悉风险 {Local(learnedAt)}，应于 {Local(startBy)} 前启动召回（{hours} 小时，{startRule.Text}）");
        if (cmd.Kind == RecallKind.Ordered)
        {
            db.Publish(new FoodCaseClue("recall", recall.Id, recall.Number, recall.Uscc, recall.ProducerName,
                $"{recall.OrgUnitName}责令{recall.ProducerName}召回“{what}”（{RecallNames.Of(level)}，通知书 {recall.OrderNo}）：{recall.Reason}",
                today, a.ShownName, recall.DivisionCode, recall.OrgUnitId == 0 ? null : recall.OrgUnitId));
            History(recall.Id, $"责令召回（通知书 {recall.OrderNo}），已移送案件线索");
        }

        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (await queries.GetAsync(recall.Id, ct))!;
    }

    /// <summary>召回计划 received: the recall has started (its start time, if not given, is now).</summary>
    public Task<Result<RecallView>> PlanAsync(long id, RecallPlanInput cmd, CancellationToken ct) => Step(id, (r, today, errors) =>
    {
        if (r.Status != RecallStatus.Opened) return Conflict("plan", $"召回计划已于 {r.PlanReceivedOn:yyyy-MM-dd} 报告");
        var on = cmd.ReceivedOn ?? today;
        if (on < r.LearnedAt.ToChinaDate() || on > today) errors.Add("receivedOn", $"计划收到日期应在知悉风险之日 {r.LearnedAt.ToChinaDate():yyyy-MM-dd} 与今天之间");
        errors.Require("summary", cmd.Summary, "召回计划内容摘要", 2000);
        errors.Quantity("plannedQuantity", cmd.PlannedQuantity, "计划召回数量", positive: true);
        if (errors.Count > 0) return null;
        r.PlanReceivedOn = on;
        r.PlanSummary = cmd.Summary.Trim();
        r.PlannedQuantity = cmd.PlannedQuantity;
        if (r.StartedAt is null)
        {
            r.StartedAt = clock.GetUtcNow();
            r.StartedOn = today;
        }

        r.Status = RecallStatus.Planned;
        var late = r.StartedAt > r.StartBy;
        return Done("food.recall.plan", new { r.PlanReceivedOn, r.PlannedQuantity, r.StartedAt },
            $"收到召回计划（{on:yyyy-MM-dd}，计划召回 {Q(r.PlannedQuantity)}{r.Unit}）；召回于 {Local(r.StartedAt!.Value)} 启动{(late ? $"，超过启动期限 {Local(r.StartBy)}" : "，在启动期限内")}");
    }, ct);

    /// <summary>召回公告: on the portal at once; starts the completion deadline (rule in force on the start date).</summary>
    public Task<Result<RecallView>> AnnounceAsync(long id, RecallAnnouncementInput cmd, CancellationToken ct) => Step(id, (r, today, errors) =>
    {
        if (r.Status == RecallStatus.Opened) return Invalid("plan", "尚未报告召回计划：须先报告召回计划，再发布召回公告");
        if (r.Status != RecallStatus.Planned) return Conflict("announcement", $"召回公告已于 {r.AnnouncedOn:yyyy-MM-dd} 发布");
        var on = cmd.PublishedOn ?? today;
        if (on < r.PlanReceivedOn || on > today) errors.Add("publishedOn", $"公告发布日期应在收到召回计划之日 {r.PlanReceivedOn:yyyy-MM-dd} 与今天之间");
        errors.Require("text", cmd.Text, "召回公告内容", 4000);
        if (errors.Count > 0) return null;
        DateOnly due;
        Period period;
        AppliedRule rule;
        try
        {
            (due, period, rule) = deadlines.CompleteBy(r.Level, on, r.StartedOn ?? on);
        }
        catch (CalendarRangeException)
        {
            return Invalid("publishedOn", $"公告发布日期 {on:yyyy-MM-dd} 超出法定工作日历的范围，无法计算完成期限");
        }

        r.AnnouncedOn = on;
        r.AnnouncementText = cmd.Text.Trim();
        r.CompleteBy = due;
        r.DueOn = due;
        r.CompleteRule = $"{period.ToChinese()}（{rule.Text}）";
        r.LastProgressOn = on;
        r.Status = RecallStatus.Announced;
        return Done("food.recall.announced", new { r.AnnouncedOn, r.CompleteBy, r.CompleteRule },
            $"发布召回公告（{on:yyyy-MM-dd}，已在公示平台公布）；应于 {due:yyyy-MM-dd} 前完成召回（{r.CompleteRule}）");
    }, ct);

    /// <summary>阶段性进展报告 (several while the recall runs).</summary>
    public async Task<Result<RecallView>> ProgressAsync(long id, RecallProgressInput cmd, CancellationToken ct)
    {
        var sold = await db.RecallBatches.Where(b => b.RecallId == id).Select(b => b.Sold).ToListAsync(ct);
        return await Step(id, (r, today, errors) =>
        {
            if (r.AnnouncedOn is null) return Invalid("announcement", "尚未发布召回公告：阶段性进展报告自发布召回公告后报送");
            if (r.Status != RecallStatus.Announced) return Conflict("status", $"召回当前为“{RecallNames.Of(r.Status)}”，不再接收阶段性进展报告");
            var on = cmd.ReportedOn ?? today;
            if (on < r.AnnouncedOn || on > today) errors.Add("reportedOn", $"报告日期应在公告发布之日 {r.AnnouncedOn:yyyy-MM-dd} 与今天之间");
            errors.Quantity("recalled", cmd.Recalled, "已召回数量").Quantity("planned", cmd.Planned, "计划召回数量", required: false)
                .Quantity("sold", cmd.Sold, "已售出数量", required: false);
            if (cmd.Notes?.Trim().Length > 1000) errors.Add("notes", "说明不能超过 1000 个字符");
            if (errors.Count > 0) return null;
            var p = new RecallProgress
            {
                RecallId = r.Id,
                Round = r.Round,
                ReportedOn = on,
                Recalled = cmd.Recalled!.Value,
                Planned = cmd.Planned ?? r.PlannedQuantity ?? 0,
                Sold = cmd.Sold ?? sold.Sum(),
                Notes = Trim(cmd.Notes),
                CreatedAt = clock.GetUtcNow(),
                CreatedBy = actor.Current.ShownName,
            };
            db.RecallProgress.Add(p);
            if (r.LastProgressOn is null || on > r.LastProgressOn) r.LastProgressOn = on;
            return Done("food.recall.progress", new { p.ReportedOn, p.Recalled, p.Planned, p.Sold },
                $"阶段性进展报告（{on:yyyy-MM-dd}）：已召回 {Q(p.Recalled)} / 计划 {Q(p.Planned)} / 已售出 {Q(p.Sold)}{r.Unit}{(p.Notes is null ? "" : $"；{p.Notes}")}");
        }, ct);
    }

    /// <summary>总结报告.</summary>
    public Task<Result<RecallView>> SummaryAsync(long id, RecallSummaryInput cmd, CancellationToken ct) => Step(id, (r, today, errors) =>
    {
        if (r.AnnouncedOn is null) return Invalid("announcement", "尚未发布召回公告：不能提交总结报告");
        if (r.Status != RecallStatus.Announced) return Conflict("summary", $"召回当前为“{RecallNames.Of(r.Status)}”，不能再提交总结报告");
        var on = cmd.SubmittedOn ?? today;
        if (on < r.AnnouncedOn || on > today) errors.Add("submittedOn", $"总结报告日期应在公告发布之日 {r.AnnouncedOn:yyyy-MM-dd} 与今天之间");
        errors.Quantity("recalled", cmd.Recalled, "召回总数量").Quantity("sold", cmd.Sold, "流入市场（已售出）总数量");
        errors.Require("text", cmd.Text, "总结报告内容", 2000);
        if (errors.Count > 0) return null;
        r.SummaryOn = on;
        r.SummaryRecalled = cmd.Recalled;
        r.SummarySold = cmd.Sold;
        r.SummaryText = cmd.Text.Trim();
        r.Status = RecallStatus.Summarised;
        var eff = Effectiveness(r.SummaryRecalled, r.SummarySold);
        return Done("food.recall.summary", new { r.SummaryOn, r.SummaryRecalled, r.SummarySold, Effectiveness = eff },
            $"提交总结报告（{on:yyyy-MM-dd}）：召回 {Q(cmd.Recalled!.Value)}{r.Unit}，流入市场 {Q(cmd.Sold!.Value)}{r.Unit}，召回率 {Pct(eff)}");
    }, ct);

    /// <summary>处置 reported in advance of destruction (planned time and place).</summary>
    public Task<Result<RecallView>> PlanDisposalAsync(long id, PlanRecallDisposal cmd, CancellationToken ct) => Step(id, (r, today, errors) =>
    {
        if (r.AnnouncedOn is null) return Invalid("announcement", "尚未发布召回公告：召回的食品尚不能处置");
        if (r.Status is not (RecallStatus.Announced or RecallStatus.Summarised)) return Conflict("status", $"召回当前为“{RecallNames.Of(r.Status)}”，不能再登记处置");
        if (!Enum.IsDefined(cmd.Method)) errors.Add("method", "处置方式应为销毁（Destroy）、无害化处理（Harmless）或补正标签（LabelCorrection）");
        else if (cmd.Method == DisposalMethod.LabelCorrection && r.Level != RecallLevel.Third)
            errors.Add("method", "补正标签、标志仅适用于三级召回中标签、标识存在问题的食品；一级、二级召回的食品应销毁或无害化处理");
        errors.Quantity("quantity", cmd.Quantity, "处置数量", positive: true);
        errors.Require("place", cmd.Place, "处置地点", 200);
        var now = clock.GetUtcNow();
        if (cmd.PlannedAt is null) errors.Add("plannedAt", "计划处置时间不能为空");
        else if (cmd.PlannedAt <= now) errors.Add("plannedAt", $"处置须事先报告：计划处置时间（{Local(cmd.PlannedAt.Value)}）应晚于报告时间（{Local(now)}）");
        if (errors.Count > 0) return null;
        var d = new RecallDisposal { RecallId = r.Id, Method = cmd.Method, Quantity = cmd.Quantity!.Value, Place = cmd.Place.Trim(), PlannedAt = cmd.PlannedAt!.Value, ReportedAt = now };
        db.RecallDisposals.Add(d);
        return Done("food.recall.disposal-planned", new { Method = RecallNames.Of(d.Method), d.Quantity, d.Place, d.PlannedAt },
            $"事先报告处置：{RecallNames.Of(d.Method)} {Q(d.Quantity)}{r.Unit}，计划于 {Local(d.PlannedAt)} 在{d.Place}进行");
    }, ct);

    /// <summary>处置 done, witnessed by named staff.</summary>
    public async Task<Result<RecallView>> DisposalDoneAsync(long id, long disposalId, RecallDisposalDone cmd, CancellationToken ct)
    {
        var d = await db.RecallDisposals.SingleOrDefaultAsync(x => x.Id == disposalId && x.RecallId == id, ct);
        var names = (cmd.Witnesses ?? []).Select(s => s?.Trim() ?? "").Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var witnesses = new List<string>();
        var unknown = new List<string>();
        foreach (var n in names)
        {
            var u = await users.FindByNameAsync(n);
            if (u is null || !u.Active) unknown.Add(n);
            else witnesses.Add(string.IsNullOrWhiteSpace(u.DisplayName) ? u.UserName! : u.DisplayName);
        }

        return await Step(id, (r, today, errors) =>
        {
            if (d is null) return NotFound($"召回 {r.Number} 没有编号为 {disposalId} 的处置");
            if (d.DoneOn is not null) return Conflict("disposal", $"该处置已于 {d.DoneOn:yyyy-MM-dd} 完成");
            var on = cmd.DoneOn ?? today;
            if (on < d.PlannedAt.ToChinaDate() || on > today) errors.Add("doneOn", $"处置日期应在计划处置日 {d.PlannedAt.ToChinaDate():yyyy-MM-dd} 与今天之间");
            errors.Quantity("quantity", cmd.Quantity, "实际处置数量", positive: true);
            foreach (var n in unknown) errors.Add("witnesses", $"见证人员“{n}”不是本系统的在岗工作人员");
            if (names.Count == 0) errors.Add("witnesses", "处置须有执法人员现场见证，至少填写一名见证人员");
            if (cmd.Note?.Trim().Length > 500) errors.Add("note", "说明不能超过 500 个字符");
            if (errors.Count > 0) return null;
            d.DoneOn = on;
            d.DoneQuantity = cmd.Quantity;
            d.Witnesses = string.Join("、", witnesses);
            d.Note = Trim(cmd.Note);
            return Done("food.recall.disposal-done", new { Method = RecallNames.Of(d.Method), d.DoneOn, d.DoneQuantity, d.Witnesses },
                $"完成处置：{RecallNames.Of(d.Method)} {Q(d.DoneQuantity!.Value)}{r.Unit}（{on:yyyy-MM-dd}，{d.Place}），见证人员 {d.Witnesses}");
        }, ct);
    }

    /// <summary>召回完成: needs the summary and every disposal done.</summary>
    public async Task<Result<RecallView>> CompleteAsync(long id, CompleteRecall cmd, CancellationToken ct)
    {
        var disposals = await db.RecallDisposals.Where(x => x.RecallId == id).Select(x => new { x.DoneOn, x.Method }).ToListAsync(ct);
        return await Step(id, (r, today, errors) =>
        {
            if (r.AnnouncedOn is null) return Invalid("announcement", "尚未发布召回公告，召回不能完成");
            if (r.Status == RecallStatus.Announced) return Invalid("summary", "尚未提交总结报告：须先提交总结报告，再登记召回完成");
            if (r.Status != RecallStatus.Summarised) return Conflict("status", $"召回当前为“{RecallNames.Of(r.Status)}”");
            if (disposals.Count == 0) errors.Add("disposals", "尚未登记召回食品的处置（销毁、无害化处理，或三级召回的补正标签）");
            else if (disposals.Any(x => x.DoneOn is null)) errors.Add("disposals", $"还有 {disposals.Count(x => x.DoneOn is null)} 项处置未完成");
            var on = cmd.CompletedOn ?? today;
            if (on < r.SummaryOn || on > today) errors.Add("completedOn", $"完成日期应在总结报告之日 {r.SummaryOn:yyyy-MM-dd} 与今天之间");
            if (errors.Count > 0) return null;
            r.CompletedOn = on;
            r.Status = RecallStatus.Completed;
            var onTime = on <= r.DueOn;
            return Done("food.recall.completed", new { r.CompletedOn, r.DueOn, OnTime = onTime },
                $"召回完成（{on:yyyy-MM-dd}）：{(onTime ? "按期完成" : $"超过完成期限 {r.DueOn:yyyy-MM-dd}")}，待评估召回效果");
        }, ct);
    }

    /// <summary>延长完成期限 (the bureau's approval, section chiefs).</summary>
    public Task<Result<RecallView>> ExtendAsync(long id, ExtendRecall cmd, CancellationToken ct) => Step(id, (r, today, errors) =>
    {
        if (!FoodAccess.CanOrganise(actor.Current)) return Forbidden("延长召回完成期限须经科室负责人批准");
        if (r.Status is not (RecallStatus.Announced or RecallStatus.Summarised)) return Invalid("status", $"召回当前为“{RecallNames.Of(r.Status)}”，没有正在计算的完成期限");
        if (cmd.NewDueOn is null) errors.Add("newDueOn", "延长后的完成期限不能为空");
        else if (cmd.NewDueOn <= r.DueOn) errors.Add("newDueOn", $"延长后的完成期限应晚于现行期限 {r.DueOn:yyyy-MM-dd}");
        errors.Require("reason", cmd.Reason, "延期理由", 500);
        if (errors.Count > 0) return null;
        var before = r.DueOn;
        r.DueOn = cmd.NewDueOn;
        r.ExtensionReason = cmd.Reason.Trim();
        r.ExtensionApprovedBy = actor.Current.ShownName;
        r.ExtendedOn = today;
        return Done("food.recall.extended", new { DueOn = r.DueOn, Before = before, r.ExtensionReason },
            $"批准延长完成期限：{before:yyyy-MM-dd} → {r.DueOn:yyyy-MM-dd}（{r.ExtensionReason}）");
    }, ct);

    /// <summary>召回效果评估 (section chiefs): 达到召回要求 closes it; otherwise 责令重新召回 (a new round with a new completion deadline).</summary>
    public Task<Result<RecallView>> EvaluateAsync(long id, EvaluateRecall cmd, CancellationToken ct) => Step(id, (r, today, errors) =>
    {
        if (!FoodAccess.CanOrganise(actor.Current)) return Forbidden("召回效果评估须由科室负责人作出");
        if (r.Status != RecallStatus.Completed) return Invalid("status", $"召回当前为“{RecallNames.Of(r.Status)}”：召回完成后才能评估");
        if (!cmd.Passed && string.IsNullOrWhiteSpace(cmd.Note)) errors.Add("note", "未达到召回要求的，须写明理由和重新召回的要求");
        if (cmd.Note?.Trim().Length > 1000) errors.Add("note", "评估意见不能超过 1000 个字符");
        if (errors.Count > 0) return null;
        r.EvaluatedOn = today;
        r.EvaluationPassed = cmd.Passed;
        r.EvaluationNote = Trim(cmd.Note);
        r.EvaluatedBy = actor.Current.ShownName;
        if (cmd.Passed)
        {
            r.Status = RecallStatus.Closed;
            return Done("food.recall.evaluated", new { Result = "达到召回要求", r.EvaluationNote }, $"评估：达到召回要求{(r.EvaluationNote is null ? "" : $"（{r.EvaluationNote}）")}");
        }

        var (due, period, rule) = deadlines.CompleteBy(r.Level, today, r.StartedOn ?? today);
        r.Round++;
        r.Status = RecallStatus.Announced;
        r.CompletedOn = null;
        r.SummaryOn = null;
        r.SummaryText = null;
        r.SummaryRecalled = null;
        r.SummarySold = null;
        r.CompleteBy = due;
        r.DueOn = due;
        r.CompleteRule = $"{period.ToChinese()}（{rule.Text}）";
        r.ExtensionReason = null;
        r.ExtensionApprovedBy = null;
        r.ExtendedOn = null;
        r.LastProgressOn = today;
        return Done("food.recall.evaluated", new { Result = "未达到召回要求，责令重新召回", r.EvaluationNote, r.Round, r.DueOn },
            $"评估：未达到召回要求，责令重新召回（第 {r.Round} 轮，应于 {due:yyyy-MM-dd} 前完成）：{r.EvaluationNote}");
    }, ct);

    /// <summary>
    /// Runs one lifecycle step on the recall: <paramref name="apply"/> returns what it did (audit action, after-state, timeline
    /// text) or a failure, or null with field errors collected; the audit entry and the timeline commit with the change.
    /// </summary>
    internal async Task<Result<RecallView>> Step(long id, Func<Recall, DateOnly, FieldErrors, StepOutcome?> apply, CancellationToken ct)
    {
        if (!CanWork(actor.Current)) return Result<RecallView>.Forbidden("只有食品执法人员、科室负责人可以办理食品召回");
        var r = await db.Recalls.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (r is null) return Result<RecallView>.NotFound($"食品召回 {id} 不存在或不在您的管辖范围内");
        var errors = new FieldErrors();
        var before = new { Status = RecallNames.Of(r.Status), r.DueOn, r.Round };
        var done = apply(r, clock.Today(), errors);
        if (done?.Failure is { } failure) return failure;
        if (done is null) return Result<RecallView>.Invalid(errors.Count > 0 ? errors.ToDictionary() : new FieldErrors().Add("status", "无法办理").ToDictionary());
        db.Audit(done.Action!, "FoodRecall", Id(r.Id), before, done.After, r.DivisionCode);
        History(r.Id, done.Text!);
        await db.SaveChangesAsync(ct);
        return (await queries.GetAsync(r.Id, ct))!;
    }

    internal void History(long recallId, string text) =>
        db.RecallEvents.Add(new RecallEvent { RecallId = recallId, At = clock.GetUtcNow(), Actor = actor.Current.ShownName, Text = text });

    /// <summary>What a step did (audit action, after-state, timeline text), or the failure it ended with.</summary>
    internal sealed record StepOutcome(string? Action, object? After, string? Text, Result<RecallView>? Failure);

    internal static StepOutcome Done(string action, object after, string text) => new(action, after, text, null);

    internal static StepOutcome Invalid(string field, string message) => new(null, null, null, Result<RecallView>.Invalid(field, message));

    internal static StepOutcome Conflict(string field, string message) => new(null, null, null, Result<RecallView>.Conflict(field, message));

    internal static StepOutcome NotFound(string message) => new(null, null, null, Result<RecallView>.NotFound(message));

    internal static StepOutcome Forbidden(string message) => new(null, null, null, Result<RecallView>.Forbidden(message));

    public static decimal? Effectiveness(decimal? recalled, decimal? sold) =>
        recalled is { } r && sold is { } s && s > 0 ? Math.Round(r / s, 4) : null;

    public static string Pct(decimal? ratio) => ratio is { } x ? (x * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%" : "—";

    public static string Q(decimal q) => q.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Q(decimal? q) => q is { } x ? Q(x) : "—";

    public static string Local(DateTimeOffset t) => t.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string? Trim(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    internal static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
