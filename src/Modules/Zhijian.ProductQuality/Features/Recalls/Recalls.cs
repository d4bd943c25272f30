using Microsoft.EntityFrameworkCore;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;
using Zhijian.ProductQuality.Contracts;
using Zhijian.ProductQuality.Data;
using Zhijian.ProductQuality.Domain.Recalls;

namespace Zhijian.ProductQuality.Features.Recalls;

/// <summary>
/// 召回 lifecycle: registration (主动, or 责令 from an investigation whose defect stands), 召回计划备案 (starts the notice and, for cars,
/// the owner deadline), 召回公告 (on the portal at once; starts the progress reports), 通知车主 (cars), 阶段性进展报告, 总结报告, and
/// 拒不召回. An ordered recall refused — or with a step overdue (<see cref="RecallSweep"/>) — raises one case clue. Each step is
/// audited and written to the timeline in the same save.
/// </summary>
internal sealed class Recalls(QualityDbContext db, RecallSupport support, RecallDeadlines deadlines, RecallQueries queries, TimeProvider clock)
{
    public async Task<Result<RecallView>> CreateAsync(CreateRecall cmd, CancellationToken ct)
    {
        var a = support.Actor;
        if (!RecallSupport.CanWork(a)) return Result<RecallView>.Forbidden("只有执法人员、科室负责人或召回系统可以登记召回");
        if (cmd.Mode == RecallMode.Ordered && !QualityAccess.CanAdminister(a)) return Result<RecallView>.Forbidden("责令召回须由科室负责人决定");
        var today = clock.Today();
        var errors = new FieldErrors();
        if (!Enum.IsDefined(cmd.Mode)) errors.Add("mode", "召回方式应为主动召回（Voluntary）或责令召回（Ordered）");
        errors.Require("defect", cmd.Defect, "缺陷情况", 2000).Require("hazard", cmd.Hazard, "可能造成的危害", 2000);
        if (cmd.Contact?.Trim().Length > 200) errors.Add("contact", "联系方式不能超过 200 个字符");
        var recall = new Recall { Mode = cmd.Mode, Defect = cmd.Defect?.Trim() ?? "", Hazard = cmd.Hazard?.Trim() ?? "", Contact = cmd.Contact?.Trim() ?? "", CreatedAt = clock.GetUtcNow(), CreatedBy = a.ShownName };
        Investigation? inv = null;
        if (cmd.InvestigationId is { } iid)
        {
            inv = await db.Investigations.SingleOrDefaultAsync(i => i.Id == iid, ct);
            if (inv is null) errors.Add("investigationId", $"缺陷调查 {iid} 不存在或不在您的管辖范围内");
            else if (inv.RecallId is not null) errors.Add("investigationId", $"缺陷调查 {inv.Number} 已转入召回");
            else if (cmd.Mode == RecallMode.Ordered && !Investigations.MayOrder(inv, today))
                errors.Add("investigationId", inv.Status == InvestigationStatus.DefectFound && inv.Kind == ProductKind.Car && inv.ObjectionDueOn >= today
                    ? $"汽车生产者的异议期至 {inv.ObjectionDueOn:yyyy-MM-dd} 届满（{inv.ObjectionRule}）：期满无异议或异议不成立后，方可责令召回"
                    : $"缺陷调查 {inv.Number} 当前为“{RecallNames.Of(inv.Status)}”：经调查确认存在缺陷（汽车：异议期满或异议不成立）后，方可责令召回");
            else
            {
                recall.Kind = inv.Kind;
                recall.Uscc = inv.Uscc;
                recall.FirmName = inv.FirmName;
                recall.DivisionCode = inv.DivisionCode;
                recall.FirmDivisionCode = inv.FirmDivisionCode;
                recall.OrgUnitId = inv.OrgUnitId;
                recall.OrgUnitName = inv.OrgUnitName;
                recall.Category = inv.Category;
                recall.Product = inv.Product;
                recall.Models = inv.Models;
                recall.ProducedFrom = inv.ProducedFrom;
                recall.ProducedTo = inv.ProducedTo;
                recall.AffectedUnits = cmd.AffectedUnits ?? inv.AffectedUnits;
            }
        }
        else if (cmd.Mode == RecallMode.Ordered) errors.Add("investigationId", "责令召回须依据缺陷调查结论：请选择存在缺陷的缺陷调查");
        else
        {
            if (cmd.Kind is not { } kind || !Enum.IsDefined(kind)) errors.Add("kind", "产品类型应为消费品（Consumer）或汽车（Car）");
            else errors.Category(kind, cmd.Category);
            errors.Require("product", cmd.Product, "产品名称", 200);
            if (cmd.Models?.Trim().Length > 500) errors.Add("models", "型号、批次不能超过 500 个字符");
            errors.Production(cmd.ProducedFrom, cmd.ProducedTo, today);
            var firm = await support.FirmAsync(cmd.Uscc, cmd.FirmName, cmd.DivisionCode, errors, ct);
            if (firm is not null && errors.Count == 0)
            {
                recall.Kind = cmd.Kind!.Value;
                recall.Uscc = firm.Uscc;
                recall.FirmName = firm.Name;
                recall.DivisionCode = firm.DivisionCode;
                recall.FirmDivisionCode = firm.FirmDivisionCode;
                recall.OrgUnitId = firm.OrgUnitId;
                recall.OrgUnitName = firm.OrgUnitName;
                recall.Category = cmd.Category!.Trim();
                recall.Product = cmd.Product!.Trim();
                recall.Models = cmd.Models?.Trim() ?? "";
                recall.ProducedFrom = cmd.ProducedFrom;
                recall.ProducedTo = cmd.ProducedTo;
                recall.AffectedUnits = cmd.AffectedUnits ?? 0;
            }
        }

        errors.Units("affectedUnits", cmd.AffectedUnits ?? (inv?.AffectedUnits is > 0 ? inv.AffectedUnits : null), "涉及数量", positive: true);
        // 确认缺陷之日 (voluntary) or 责令召回之日 (ordered: today unless given, not before the conclusion or the objection decision).
        var confirmed = cmd.ConfirmedOn ?? (cmd.Mode == RecallMode.Ordered ? today : null);
        if (confirmed is null) errors.Add("confirmedOn", "确认存在缺陷的日期不能为空");
        else if (confirmed > today || confirmed < today.AddYears(-2)) errors.Add("confirmedOn", "确认存在缺陷（或责令召回）的日期应在两年内且不晚于今天");
        else if (cmd.Mode == RecallMode.Ordered && inv is not null && EarliestOrder(inv) is { } earliest && confirmed < earliest)
            errors.Add("confirmedOn", $"责令召回的日期不能早于 {earliest:yyyy-MM-dd}（调查结论之日；汽车为异议期满次日或异议决定之日）");
        if (cmd.Mode == RecallMode.Ordered)
        {
            if (string.IsNullOrWhiteSpace(cmd.OrderNo)) errors.Add("orderNo", "责令召回须填写责令召回通知书文号");
            else if (cmd.OrderNo.Trim().Length > 60) errors.Add("orderNo", "通知书文号不能超过 60 个字符");
        }

        if (errors.Count > 0) return Result<RecallView>.Invalid(errors.ToDictionary());
        recall.ConfirmedOn = confirmed!.Value;
        recall.OrderNo = cmd.Mode == RecallMode.Ordered ? cmd.OrderNo!.Trim() : null;
        try
        {
            if (deadlines.Plan(recall.Kind, recall.ConfirmedOn) is { } plan)
            {
                recall.PlanDueOn = plan.On;
                recall.PlanRule = plan.Rule;
            }
        }
        catch (CalendarRangeException)
        {
            return Result<RecallView>.Invalid("confirmedOn", $"日期 {recall.ConfirmedOn:yyyy-MM-dd} 超出法定工作日历的范围，无法计算期限");
        }

        recall.Number = await support.NextNumberAsync("QXZH", db.Recalls.IgnoreQueryFilters().Select(x => x.Number), ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Recalls.Add(recall);
        await db.SaveChangesAsync(ct);
        if (inv is not null)
        {
            inv.RecallId = recall.Id;
            inv.Status = InvestigationStatus.Recalled;
            support.History("investigation", inv.Id, $"转入{RecallNames.Of(recall.Mode)} {recall.Number}");
            if (inv.DefectReportId is { } rid && await db.DefectReports.SingleOrDefaultAsync(r => r.Id == rid, ct) is { } rep) rep.Status = DefectReportStatus.Closed;
        }

        db.Audit("pq.recall.created", "PqRecall", RecallSupport.Id(recall.Id), null,
            new { recall.Number, recall.Uscc, recall.FirmName, Kind = RecallNames.Of(recall.Kind), Mode = RecallNames.Of(recall.Mode), recall.Product, recall.AffectedUnits, recall.OrderNo, recall.PlanDueOn },
            recall.DivisionCode);
        support.History("recall", recall.Id, $"登记{RecallNames.Of(recall.Kind)}{RecallNames.Of(recall.Mode)}：{recall.Product}，涉及 {RecallSupport.N(recall.AffectedUnits)} 件"
            + (recall.OrderNo is null ? "" : $"（责令召回通知书 {recall.OrderNo}）")
            + (recall.PlanDueOn is { } pd ? $"；应于 {pd:yyyy-MM-dd} 前提交召回计划（{recall.PlanRule}）" : "；汽车召回计划应立即备案"));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (await queries.GetAsync(recall.Id, ct))!;
    }

    /// <summary>The first day a recall may be ordered on the investigation: the conclusion; cars: the day after the window, or the objection decision.</summary>
    private static DateOnly? EarliestOrder(Investigation i) =>
        i.ObjectionDecidedOn ?? (i.Kind == ProductKind.Car && i.ObjectionDueOn is { } due ? due.AddDays(1) : i.ConcludedOn);

    /// <summary>召回计划备案: measures, units, scope, start and end; starts the notice (and owner) deadlines.</summary>
    public Task<Result<RecallView>> FilePlanAsync(long id, FileRecallPlan cmd, CancellationToken ct) => Step(id, (r, today, errors) =>
    {
        if (r.Status != RecallStatus.Opened) return Fail("status", $"召回当前为“{RecallNames.Of(r.Status)}”，召回计划已备案");
        if (cmd.Measures == RecallMeasures.None || (cmd.Measures & ~(RecallMeasures.Repair | RecallMeasures.Replace | RecallMeasures.Refund | RecallMeasures.Warning)) != 0)
            errors.Add("measures", "请选择召回措施：修理、更换、退货、补充或修正警示标识（可多选）");
        errors.Units("affectedUnits", cmd.AffectedUnits ?? (r.AffectedUnits > 0 ? r.AffectedUnits : null), "涉及数量", positive: true);
        errors.Require("scope", cmd.Scope, "召回范围（地区、销售渠道）", 1000);
        var filed = cmd.FiledOn ?? today;
        if (filed < r.ConfirmedOn || filed > today) errors.Add("filedOn", $"备案日期应在确认缺陷之日 {r.ConfirmedOn:yyyy-MM-dd} 与今天之间");
        if (cmd.Start is null) errors.Add("start", "召回开始日期不能为空");
        if (cmd.End is null) errors.Add("end", "召回结束日期不能为空");
        else if (cmd.Start is { } s && cmd.End < s) errors.Add("end", "召回结束日期应不早于开始日期");
        else if (cmd.Start is { } s2 && cmd.End > s2.AddYears(5)) errors.Add("end", "召回实施期不能超过 5 年");
        if (errors.Count > 0) return null;
        RecallDue notice, summary;
        RecallDue? owners;
        try
        {
            notice = deadlines.Notice(r.Kind, filed);
            owners = deadlines.OwnerNotice(r.Kind, filed);
            summary = deadlines.Summary(cmd.End!.Value);
        }
        catch (CalendarRangeException)
        {
            return Fail("end", "日期超出法定工作日历的范围，无法计算期限");
        }

        r.Measures = cmd.Measures;
        if (cmd.AffectedUnits is { } u) r.AffectedUnits = u;
        r.Scope = cmd.Scope.Trim();
        r.PlanStart = cmd.Start;
        r.PlanEnd = cmd.End;
        r.PlanFiledOn = filed;
        r.NoticeDueOn = notice.On;
        r.NoticeRule = notice.Rule;
        r.OwnerNoticeDueOn = owners?.On;
        r.OwnerNoticeRule = owners?.Rule;
        r.SummaryDueOn = summary.On;
        r.SummaryRule = summary.Rule;
        r.Status = RecallStatus.PlanFiled;
        var late = r.PlanDueOn is { } pd && filed > pd ? $"（超过计划期限 {pd:yyyy-MM-dd}）" : "";
        return Done("pq.recall.plan-filed", new { Measures = RecallNames.Of(r.Measures), r.AffectedUnits, r.PlanStart, r.PlanEnd, r.NoticeDueOn, r.OwnerNoticeDueOn, r.SummaryDueOn },
            $"召回计划备案（{filed:yyyy-MM-dd}）{late}：{RecallNames.Of(r.Measures)}，涉及 {RecallSupport.N(r.AffectedUnits)} 件，{r.PlanStart:yyyy-MM-dd} 至 {r.PlanEnd:yyyy-MM-dd}；应于 {notice.On:yyyy-MM-dd} 前发布召回公告（{notice.Rule}）"
            + (owners is null ? "" : $"，{owners.On:yyyy-MM-dd} 前通知车主（{owners.Rule}）"));
    }, ct);

    /// <summary>召回公告: on the portal at once; the first progress report is due pq.recall-progress-months later.</summary>
    public Task<Result<RecallView>> NoticeAsync(long id, PublishRecallNotice cmd, CancellationToken ct) => Step(id, (r, today, errors) =>
    {
        if (r.Status == RecallStatus.Opened) return Fail("plan", "尚未备案召回计划：须先备案召回计划，再发布召回公告");
        if (r.Status != RecallStatus.PlanFiled) return Fail("status", $"召回当前为“{RecallNames.Of(r.Status)}”，召回公告已发布");
        var on = cmd.PublishedOn ?? today;
        if (on < r.PlanFiledOn || on > today) errors.Add("publishedOn", $"公告日期应在计划备案之日 {r.PlanFiledOn:yyyy-MM-dd} 与今天之间");
        errors.Require("text", cmd.Text, "召回公告内容", 4000);
        if (errors.Count > 0) return null;
        var progress = deadlines.Progress(on);
        r.NoticeOn = on;
        r.NoticeText = cmd.Text.Trim();
        r.ProgressDueOn = progress.On;
        r.Status = RecallStatus.InProgress;
        var late = on > r.NoticeDueOn ? $"（超过公告期限 {r.NoticeDueOn:yyyy-MM-dd}）" : "";
        return Done("pq.recall.notice", new { r.NoticeOn, r.ProgressDueOn }, $"发布召回公告（{on:yyyy-MM-dd}，已在公示平台公布）{late}；首次进展报告应于 {progress.On:yyyy-MM-dd} 前报送（{progress.Rule}）");
    }, ct);

    /// <summary>汽车：已通知车主.</summary>
    public Task<Result<RecallView>> OwnersAsync(long id, NotifyOwners cmd, CancellationToken ct) => Step(id, (r, today, errors) =>
    {
        if (r.Kind != ProductKind.Car) return Fail("kind", "通知车主仅适用于汽车召回");
        if (r.PlanFiledOn is null) return Fail("plan", "尚未备案召回计划");
        if (r.OwnersNotifiedOn is not null) return Fail("status", $"已于 {r.OwnersNotifiedOn:yyyy-MM-dd} 登记通知车主");
        if (r.Status is RecallStatus.Completed or RecallStatus.Refused) return Fail("status", $"召回当前为“{RecallNames.Of(r.Status)}”");
        var on = cmd.NotifiedOn ?? today;
        if (on < r.PlanFiledOn || on > today) errors.Add("notifiedOn", $"通知日期应在计划备案之日 {r.PlanFiledOn:yyyy-MM-dd} 与今天之间");
        if (errors.Count > 0) return null;
        r.OwnersNotifiedOn = on;
        return Done("pq.recall.owners", new { r.OwnersNotifiedOn }, $"已通知车主（{on:yyyy-MM-dd}）{(on > r.OwnerNoticeDueOn ? $"，超过期限 {r.OwnerNoticeDueOn:yyyy-MM-dd}" : "")}");
    }, ct);

    /// <summary>阶段性进展报告: recalled units to date (not above the affected units), and by measure.</summary>
    public Task<Result<RecallView>> ProgressAsync(long id, RecallProgressInput cmd, CancellationToken ct) => Step(id, (r, today, errors) =>
    {
        if (r.Status != RecallStatus.InProgress) return Fail("status", r.Status is RecallStatus.Opened or RecallStatus.PlanFiled
            ? "尚未发布召回公告：阶段性进展报告自发布召回公告后报送" : $"召回当前为“{RecallNames.Of(r.Status)}”，不再接收进展报告");
        var on = cmd.ReportedOn ?? today;
        if (on < r.NoticeOn || on > today) errors.Add("reportedOn", $"报告日期应在公告之日 {r.NoticeOn:yyyy-MM-dd} 与今天之间");
        errors.Units("recalled", cmd.Recalled, "累计已召回数量").Units("repaired", cmd.Repaired, "其中修理", required: false)
            .Units("replaced", cmd.Replaced, "其中更换", required: false).Units("refunded", cmd.Refunded, "其中退货", required: false)
            .Units("warned", cmd.Warned, "其中补充或修正警示标识", required: false);
        if (cmd.Recalled > r.AffectedUnits) errors.Add("recalled", $"累计已召回数量 {cmd.Recalled} 超过涉及数量 {r.AffectedUnits}");
        if (cmd.Recalled is { } total && (cmd.Repaired ?? 0) + (cmd.Replaced ?? 0) + (cmd.Refunded ?? 0) + (cmd.Warned ?? 0) > total && errors.Count == 0)
            errors.Add("recalled", "按措施分列的数量之和超过累计已召回数量");
        if (cmd.Notes?.Trim().Length > 1000) errors.Add("notes", "说明不能超过 1000 个字符");
        if (errors.Count > 0) return null;
        db.RecallProgress.Add(new RecallProgress
        {
            RecallId = r.Id,
            ReportedOn = on,
            Recalled = cmd.Recalled!.Value,
            Repaired = cmd.Repaired ?? 0,
            Replaced = cmd.Replaced ?? 0,
            Refunded = cmd.Refunded ?? 0,
            Warned = cmd.Warned ?? 0,
            Notes = RecallSupport.Trim(cmd.Notes),
            By = support.Actor.ShownName,
        });
        r.RecalledUnits = Math.Max(r.RecalledUnits, cmd.Recalled.Value);
        if (r.LastProgressOn is null || on >= r.LastProgressOn)
        {
            r.LastProgressOn = on;
            r.ProgressDueOn = deadlines.Progress(on).On;
        }

        return Done("pq.recall.progress", new { on, cmd.Recalled, r.ProgressDueOn },
            $"阶段性进展报告（{on:yyyy-MM-dd}）：累计召回 {RecallSupport.N(cmd.Recalled.Value)} / {RecallSupport.N(r.AffectedUnits)} 件（{RecallEffect.Percent(RecallEffect.Ratio(r.RecalledUnits, r.AffectedUnits))}）；下次报告 {r.ProgressDueOn:yyyy-MM-dd} 前");
    }, ct);

    /// <summary>召回总结报告: ends the recall.</summary>
    public Task<Result<RecallView>> SummaryAsync(long id, RecallSummaryInput cmd, CancellationToken ct) => Step(id, (r, today, errors) =>
    {
        if (r.Status != RecallStatus.InProgress) return Fail("status", r.Status is RecallStatus.Opened or RecallStatus.PlanFiled
            ? "尚未发布召回公告：不能提交总结报告" : $"召回当前为“{RecallNames.Of(r.Status)}”");
        var on = cmd.SubmittedOn ?? today;
        if (on < r.NoticeOn || on > today) errors.Add("submittedOn", $"总结报告日期应在公告之日 {r.NoticeOn:yyyy-MM-dd} 与今天之间");
        errors.Units("recalled", cmd.Recalled, "召回总数量");
        if (cmd.Recalled > r.AffectedUnits) errors.Add("recalled", $"召回总数量 {cmd.Recalled} 超过涉及数量 {r.AffectedUnits}");
        errors.Require("text", cmd.Text, "总结报告内容", 2000);
        if (errors.Count > 0) return null;
        r.SummaryOn = on;
        r.SummaryText = cmd.Text.Trim();
        r.RecalledUnits = cmd.Recalled!.Value;
        r.Status = RecallStatus.Completed;
        var late = on > r.SummaryDueOn ? $"（超过期限 {r.SummaryDueOn:yyyy-MM-dd}）" : "";
        return Done("pq.recall.summary", new { r.SummaryOn, r.RecalledUnits, r.AffectedUnits },
            $"提交召回总结报告（{on:yyyy-MM-dd}）{late}：召回 {RecallSupport.N(r.RecalledUnits)} / {RecallSupport.N(r.AffectedUnits)} 件，召回率 {RecallEffect.Percent(RecallEffect.Ratio(r.RecalledUnits, r.AffectedUnits))}");
    }, ct);

    /// <summary>拒不召回 / 不按计划实施 (ordered recalls): ends the recall and sends the case clue (once).</summary>
    public Task<Result<RecallView>> RefuseAsync(long id, RefuseRecall cmd, CancellationToken ct) => Step(id, (r, today, errors) =>
    {
        if (!QualityAccess.CanAdminister(support.Actor)) return Forbid("登记拒不召回须由科室负责人决定");
        if (r.Mode != RecallMode.Ordered) return Fail("mode", "主动召回不适用“拒不召回”；企业不实施主动召回的，应立案调查并责令召回");
        if (r.Status is RecallStatus.Completed or RecallStatus.Refused) return Fail("status", $"召回当前为“{RecallNames.Of(r.Status)}”");
        var on = cmd.On ?? today;
        if (on < r.ConfirmedOn || on > today) errors.Add("on", $"日期应在责令召回之日 {r.ConfirmedOn:yyyy-MM-dd} 与今天之间");
        errors.Require("note", cmd.Note, "拒不召回或未按计划实施的情况", 1000);
        if (errors.Count > 0) return null;
        r.RefusedOn = on;
        r.RefusalNote = cmd.Note.Trim();
        r.Status = RecallStatus.Refused;
        var clue = RaiseClue(r, $"{r.FirmName}拒不执行责令召回（通知书 {r.OrderNo}）：{r.RefusalNote}", today);
        return Done("pq.recall.refused", new { r.RefusedOn, r.RefusalNote, Clue = clue }, $"拒不召回（{on:yyyy-MM-dd}）：{r.RefusalNote}{(clue ? "；已移送案件线索" : "")}");
    }, ct);

    /// <summary>Queues the case clue of an ordered recall, once; false when it went before.</summary>
    internal bool RaiseClue(Recall r, string facts, DateOnly today)
    {
        if (r.ClueRaisedAt is not null || r.Mode != RecallMode.Ordered) return false;
        r.ClueRaisedAt = clock.GetUtcNow();
        db.Publish(new QualityCaseClue("recall", r.Id, r.Number, r.Uscc, r.FirmName, facts, today, support.Actor.ShownName, r.DivisionCode,
            r.OrgUnitId == 0 ? null : r.OrgUnitId));
        return true;
    }

    private async Task<Result<RecallView>> Step(long id, Func<Recall, DateOnly, FieldErrors, Outcome?> apply, CancellationToken ct)
    {
        if (!RecallSupport.CanWork(support.Actor)) return Result<RecallView>.Forbidden("只有执法人员、科室负责人或召回系统可以办理召回");
        var r = await db.Recalls.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (r is null) return Result<RecallView>.NotFound($"召回 {id} 不存在或不在您的管辖范围内");
        var errors = new FieldErrors();
        var before = new { Status = RecallNames.Of(r.Status), r.RecalledUnits };
        var done = apply(r, clock.Today(), errors);
        if (done?.Failure is { } failure) return failure;
        if (done is null) return Result<RecallView>.Invalid(errors.Count > 0 ? errors.ToDictionary() : new FieldErrors().Add("status", "无法办理").ToDictionary());
        db.Audit(done.Action!, "PqRecall", RecallSupport.Id(r.Id), before, done.After, r.DivisionCode);
        support.History("recall", r.Id, done.Text!);
        await db.SaveChangesAsync(ct);
        return (await queries.GetAsync(r.Id, ct))!;
    }

    private sealed record Outcome(string? Action, object? After, string? Text, Result<RecallView>? Failure);

    private static Outcome Done(string action, object after, string text) => new(action, after, text, null);

    private static Outcome Fail(string field, string message) => new(null, null, null, Result<RecallView>.Invalid(field, message));

    private static Outcome Forbid(string message) => new(null, null, null, Result<RecallView>.Forbidden(message));
}
