using Microsoft.EntityFrameworkCore;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;
using Zhijian.ProductQuality.Data;
using Zhijian.ProductQuality.Domain.Recalls;

namespace Zhijian.ProductQuality.Features.Recalls;

/// <summary>
/// 缺陷调查: opened from a report (taking its firm and product) or a complaint; steps; the conclusion; for cars the maker's
/// objection within pq.car-objection-wd working days of the notice, and its decision. <see cref="MayOrder"/> says when the bureau
/// may order the recall.
/// </summary>
internal sealed class Investigations(QualityDbContext db, RecallSupport support, RecallDeadlines deadlines, TimeProvider clock)
{
    /// <summary>
    /// Whether a recall may be ordered on <paramref name="today"/>: a defect found and — for cars — the objection window passed with
    /// no objection, or the objection rejected.
    /// </summary>
    public static bool MayOrder(Investigation i, DateOnly today) => i.RecallId is null && i.Kind switch
    {
        ProductKind.Car => (i.Status == InvestigationStatus.DefectFound && i.ObjectedOn is null && i.ObjectionDueOn < today)
            || (i.Status == InvestigationStatus.DefectFound && i.ObjectionUpheld == false),
        _ => i.Status == InvestigationStatus.DefectFound,
    };

    public async Task<Result<InvestigationView>> OpenAsync(OpenInvestigation cmd, CancellationToken ct)
    {
        var a = support.Actor;
        if (!RecallSupport.CanWork(a) || a.IsApiClient) return Result<InvestigationView>.Forbidden("只有执法人员、科室负责人可以立案缺陷调查");
        var today = clock.Today();
        var errors = new FieldErrors();
        errors.Require("reason", cmd.Reason, "立案调查的理由", 2000);
        var opened = cmd.OpenedOn ?? today;
        if (opened > today || opened < today.AddYears(-1)) errors.Add("openedOn", "立案日期应在一年内且不晚于今天");
        var inv = new Investigation { OpenedOn = opened, Reason = cmd.Reason?.Trim() ?? "", CreatedAt = clock.GetUtcNow(), CreatedBy = a.ShownName };
        DefectReport? report = null;
        if (cmd.DefectReportId is { } rid)
        {
            report = await db.DefectReports.SingleOrDefaultAsync(r => r.Id == rid, ct);
            if (report is null) errors.Add("defectReportId", $"缺陷报告 {rid} 不存在或不在您的管辖范围内");
            else if (report.InvestigationId is not null) errors.Add("defectReportId", $"缺陷报告 {report.Number} 已立案调查");
            else
            {
                inv.Kind = report.Kind;
                inv.DefectReportId = report.Id;
                inv.Uscc = report.Uscc;
                inv.FirmName = report.FirmName;
                inv.DivisionCode = report.DivisionCode;
                inv.FirmDivisionCode = report.FirmDivisionCode;
                inv.OrgUnitId = report.OrgUnitId;
                inv.OrgUnitName = report.OrgUnitName;
                inv.Category = report.Category;
                inv.Product = report.Product;
                inv.Models = report.Models;
                inv.ProducedFrom = report.ProducedFrom;
                inv.ProducedTo = report.ProducedTo;
                inv.AffectedUnits = report.AffectedUnits;
            }
        }
        else
        {
            if (string.IsNullOrWhiteSpace(cmd.ComplaintRef)) errors.Add("complaintRef", "请选择缺陷报告，或填写投诉举报编号");
            else if (cmd.ComplaintRef.Trim().Length > 40) errors.Add("complaintRef", "投诉举报编号不能超过 40 个字符");
            if (cmd.Kind is not { } kind || !Enum.IsDefined(kind)) errors.Add("kind", "产品类型应为消费品（Consumer）或汽车（Car）");
            else errors.Category(kind, cmd.Category);
            errors.Require("product", cmd.Product, "产品名称", 200);
            errors.Units("affectedUnits", cmd.AffectedUnits, "涉及数量", required: false);
            var firm = await support.FirmAsync(cmd.Uscc, cmd.FirmName, cmd.DivisionCode, errors, ct);
            if (firm is not null && errors.Count == 0)
            {
                inv.Kind = cmd.Kind!.Value;
                inv.ComplaintRef = cmd.ComplaintRef!.Trim();
                inv.Uscc = firm.Uscc;
                inv.FirmName = firm.Name;
                inv.DivisionCode = firm.DivisionCode;
                inv.FirmDivisionCode = firm.FirmDivisionCode;
                inv.OrgUnitId = firm.OrgUnitId;
                inv.OrgUnitName = firm.OrgUnitName;
                inv.Category = cmd.Category!.Trim();
                inv.Product = cmd.Product!.Trim();
                inv.Models = cmd.Models?.Trim() ?? "";
                inv.AffectedUnits = cmd.AffectedUnits ?? 0;
            }
        }

        if (errors.Count > 0) return Result<InvestigationView>.Invalid(errors.ToDictionary());
        inv.Number = await support.NextNumberAsync("QXDC", db.Investigations.IgnoreQueryFilters().Select(x => x.Number), ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Investigations.Add(inv);
        await db.SaveChangesAsync(ct);
        if (report is not null)
        {
            report.InvestigationId = inv.Id;
            report.Status = DefectReportStatus.Investigating;
            support.History("report", report.Id, $"立案缺陷调查 {inv.Number}");
        }

        db.Audit("pq.investigation.opened", "PqInvestigation", RecallSupport.Id(inv.Id), null,
            new { inv.Number, inv.Uscc, inv.FirmName, Kind = RecallNames.Of(inv.Kind), inv.Product, Report = report?.Number, inv.ComplaintRef }, inv.DivisionCode);
        support.History("investigation", inv.Id, $"立案缺陷调查（{(report is null ? $"投诉举报 {inv.ComplaintRef}" : $"缺陷报告 {report.Number}")}）：{inv.Reason}");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (await GetAsync(inv.Id, ct))!;
    }

    public async Task<Result<InvestigationView>> AddStepAsync(long id, AddInvestigationStep cmd, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (!Enum.IsDefined(cmd.Kind)) errors.Add("kind", "调查措施应为约谈、技术检测、专家论证或现场调查");
        errors.Require("text", cmd.Text, "调查情况", 2000);
        return await Step(id, errors, (i, today) =>
        {
            if (i.Status != InvestigationStatus.Open) return ("status", $"调查已作出结论（{RecallNames.Of(i.Status)}），不能再添加调查措施");
            var on = cmd.On ?? today;
            if (on < i.OpenedOn || on > today) return ("on", $"日期应在立案之日 {i.OpenedOn:yyyy-MM-dd} 与今天之间");
            db.InvestigationSteps.Add(new InvestigationStep { InvestigationId = i.Id, Kind = cmd.Kind, On = on, Text = cmd.Text.Trim(), By = support.Actor.ShownName });
            return ("pq.investigation.step", $"{RecallNames.Of(cmd.Kind)}（{on:yyyy-MM-dd}）：{cmd.Text.Trim()}");
        }, ct);
    }

    public async Task<Result<InvestigationView>> ConcludeAsync(long id, ConcludeInvestigation cmd, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (cmd.DefectFound is null) errors.Add("defectFound", "请选择调查结论：存在缺陷或不存在缺陷");
        errors.Require("conclusion", cmd.Conclusion, "调查结论说明", 2000);
        var reportId = await db.Investigations.Where(x => x.Id == id).Select(x => x.DefectReportId).FirstOrDefaultAsync(ct);
        var report = reportId is { } rid ? await db.DefectReports.SingleOrDefaultAsync(r => r.Id == rid, ct) : null;
        return await Step(id, errors, (i, today) =>
        {
            if (i.Status != InvestigationStatus.Open) return ("status", $"调查已作出结论（{RecallNames.Of(i.Status)}）");
            var on = cmd.ConcludedOn ?? today;
            if (on < i.OpenedOn || on > today) return ("concludedOn", $"结论日期应在立案之日 {i.OpenedOn:yyyy-MM-dd} 与今天之间");
            i.ConcludedOn = on;
            i.DefectFound = cmd.DefectFound;
            i.Conclusion = cmd.Conclusion.Trim();
            i.Status = cmd.DefectFound == true ? InvestigationStatus.DefectFound : InvestigationStatus.NoDefect;
            var extra = "";
            if (cmd.DefectFound == true && i.Kind == ProductKind.Car)
            {
                var notified = cmd.NotifiedOn ?? on;
                if (notified < on || notified > today) return ("notifiedOn", $"生产者收到缺陷通知的日期应在结论之日 {on:yyyy-MM-dd} 与今天之间");
                RecallDue due;
                try
                {
                    due = deadlines.CarObjection(notified);
                }
                catch (CalendarRangeException)
                {
                    return ("notifiedOn", $"通知日期 {notified:yyyy-MM-dd} 超出法定工作日历的范围");
                }

                i.NotifiedOn = notified;
                i.ObjectionDueOn = due.On;
                i.ObjectionRule = due.Rule;
                extra = $"；已通知生产者（{notified:yyyy-MM-dd}），异议期至 {due.On:yyyy-MM-dd}（{due.Rule}），期满无异议或异议不成立的，可责令召回";
            }

            if (report is not null && cmd.DefectFound == false) report.Status = DefectReportStatus.Closed;
            return ("pq.investigation.concluded", $"调查结论（{on:yyyy-MM-dd}）：{RecallNames.Of(i.Status)}。{i.Conclusion}{extra}");
        }, ct);
    }

    public async Task<Result<InvestigationView>> ObjectAsync(long id, RecordObjection cmd, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.Require("text", cmd.Text, "异议内容", 2000);
        return await Step(id, errors, (i, today) =>
        {
            if (i.Kind != ProductKind.Car) return ("kind", "消费品缺陷调查结论不适用汽车生产者异议程序");
            if (i.Status != InvestigationStatus.DefectFound || i.ObjectionDueOn is null) return ("status", $"调查当前为“{RecallNames.Of(i.Status)}”，不能登记异议");
            if (i.ObjectedOn is not null) return ("status", $"生产者已于 {i.ObjectedOn:yyyy-MM-dd} 提出异议");
            var on = cmd.ObjectedOn ?? today;
            if (on < i.NotifiedOn || on > today) return ("objectedOn", $"异议日期应在收到通知之日 {i.NotifiedOn:yyyy-MM-dd} 与今天之间");
            if (on > i.ObjectionDueOn) return ("objectedOn", $"异议期已于 {i.ObjectionDueOn:yyyy-MM-dd} 届满（{i.ObjectionRule}），逾期提出的异议不予受理");
            i.ObjectedOn = on;
            i.ObjectionText = cmd.Text.Trim();
            i.Status = InvestigationStatus.Objected;
            return ("pq.investigation.objected", $"生产者提出异议（{on:yyyy-MM-dd}）：{i.ObjectionText}");
        }, ct);
    }

    public async Task<Result<InvestigationView>> DecideObjectionAsync(long id, DecideObjection cmd, CancellationToken ct)
    {
        if (!QualityAccess.CanAdminister(support.Actor)) return Result<InvestigationView>.Forbidden("异议的决定须由科室负责人作出");
        var errors = new FieldErrors();
        if (cmd.Upheld is null) errors.Add("upheld", "请选择异议成立或不成立");
        errors.Require("reason", cmd.Reason, "决定理由", 2000);
        return await Step(id, errors, (i, today) =>
        {
            if (i.Status != InvestigationStatus.Objected) return ("status", "没有待决定的异议");
            i.ObjectionUpheld = cmd.Upheld;
            i.ObjectionDecidedOn = today;
            i.ObjectionDecision = cmd.Reason.Trim();
            i.Status = cmd.Upheld == true ? InvestigationStatus.NoDefect : InvestigationStatus.DefectFound;
            return ("pq.investigation.objection-decided", cmd.Upheld == true
                ? $"异议成立（{today:yyyy-MM-dd}）：不存在缺陷。{i.ObjectionDecision}"
                : $"异议不成立（{today:yyyy-MM-dd}），可责令召回。{i.ObjectionDecision}");
        }, ct);
    }

    /// <summary>One step: the checks (field, message) or the audit action and timeline text; audit and timeline commit with it.</summary>
    private async Task<Result<InvestigationView>> Step(long id, FieldErrors errors, Func<Investigation, DateOnly, (string FieldOrAction, string Text)> apply, CancellationToken ct)
    {
        var a = support.Actor;
        if (!RecallSupport.CanWork(a) || a.IsApiClient) return Result<InvestigationView>.Forbidden("只有执法人员、科室负责人可以办理缺陷调查");
        var i = await db.Investigations.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (i is null) return Result<InvestigationView>.NotFound($"缺陷调查 {id} 不存在或不在您的管辖范围内");
        if (errors.Count > 0) return Result<InvestigationView>.Invalid(errors.ToDictionary());
        var before = new { Status = RecallNames.Of(i.Status) };
        var (what, text) = apply(i, clock.Today());
        if (!what.StartsWith("pq.", StringComparison.Ordinal)) return Result<InvestigationView>.Invalid(what, text);
        db.Audit(what, "PqInvestigation", RecallSupport.Id(i.Id), before, new { Status = RecallNames.Of(i.Status), Text = text }, i.DivisionCode);
        support.History("investigation", i.Id, text);
        await db.SaveChangesAsync(ct);
        return (await GetAsync(i.Id, ct))!;
    }

    public async Task<InvestigationView?> GetAsync(long id, CancellationToken ct)
    {
        var i = await db.Investigations.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (i is null) return null;
        var steps = await db.InvestigationSteps.AsNoTracking().Where(s => s.InvestigationId == id).OrderBy(s => s.On).ThenBy(s => s.Id).ToListAsync(ct);
        return new InvestigationView(i.Id, i.Number, RecallNames.Of(i.Kind), RecallNames.Of(i.Status), i.DefectReportId, i.ComplaintRef, i.Uscc, i.FirmName,
            i.DivisionCode, i.OrgUnitName, i.Category, i.Product, i.Models, i.AffectedUnits, i.Reason, i.OpenedOn, i.ConcludedOn, i.DefectFound, i.Conclusion,
            i.NotifiedOn, i.ObjectionDueOn, i.ObjectionRule, i.ObjectedOn, i.ObjectionText, i.ObjectionUpheld, i.ObjectionDecidedOn, i.ObjectionDecision,
            MayOrder(i, clock.Today()), i.RecallId,
            [.. steps.Select(s => new InvestigationStepView(s.Id, RecallNames.Of(s.Kind), s.On, s.Text, s.By))], await support.HistoryAsync("investigation", i.Id, ct));
    }

    /// <summary>Investigations; due = objection-open (car objection window running) | may-order | open.</summary>
    public async Task<RecallPage<InvestigationRow>> ListAsync(ProductKind? kind, InvestigationStatus? status, string? due, string? division, string? q,
        int page, int size, CancellationToken ct)
    {
        size = Math.Clamp(size, 1, 200);
        page = Math.Clamp(page, 1, 100_000);
        var today = clock.Today();
        var query = db.Investigations.AsNoTracking();
        if (kind is not null) query = query.Where(i => i.Kind == kind);
        if (status is not null) query = query.Where(i => i.Status == status);
        if (!string.IsNullOrWhiteSpace(division) && DivisionTable.IsWellFormed(division.Trim()))
        {
            var prefix = DivisionTable.ScopePrefix(division.Trim());
            query = query.Where(i => i.DivisionCode.StartsWith(prefix));
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            var t = q.Trim();
            query = query.Where(i => i.Number.Contains(t) || i.FirmName.Contains(t) || i.Product.Contains(t));
        }

        query = due switch
        {
            "objection-open" => query.Where(i => i.Status == InvestigationStatus.DefectFound && i.ObjectedOn == null && i.ObjectionDueOn >= today),
            "may-order" => query.Where(i => i.RecallId == null && i.Status == InvestigationStatus.DefectFound
                && (i.Kind == ProductKind.Consumer || i.ObjectionUpheld == false || (i.ObjectedOn == null && i.ObjectionDueOn < today))),
            "open" => query.Where(i => i.Status == InvestigationStatus.Open || i.Status == InvestigationStatus.Objected),
            _ => query,
        };
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(i => i.OpenedOn).ThenByDescending(i => i.Id).Skip(Paging.Skip(page, size)).Take(size).ToListAsync(ct);
        return new RecallPage<InvestigationRow>([.. rows.Select(i => new InvestigationRow(i.Id, i.Number, RecallNames.Of(i.Kind), i.FirmName, i.Product,
            RecallNames.Of(i.Status), i.OpenedOn, i.ObjectionDueOn,
            MayOrder(i, today) ? "可责令召回" : i.Status == InvestigationStatus.DefectFound && i.ObjectedOn is null && i.ObjectionDueOn >= today ? "异议期内" : null))],
            total, page, size);
    }
}
