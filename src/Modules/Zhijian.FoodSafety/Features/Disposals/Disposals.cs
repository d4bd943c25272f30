using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhijian.FoodSafety.Data;
using Zhijian.FoodSafety.Domain.Sampling;
using Zhijian.FoodSafety.Features.Sampling;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.FoodSafety.Features.Disposals;

/// <summary>核查处置 list row.</summary>
internal sealed record DisposalRow(long Id, string Number, string OrderNumber, string BusinessName, string FoodName, DateOnly OpenedOn, DateOnly DueOn,
    DateOnly? CompletedOn, int StepsDone, int Steps, string State);

/// <summary>核查处置 in full.</summary>
internal sealed record DisposalView(long Id, string Number, long OrderId, string OrderNumber, string Uscc, string BusinessName, string FoodName, DateOnly OpenedOn,
    DateOnly DueOn, DateOnly? CompletedOn, string? Summary, string State,
    IReadOnlyList<DisposalTaskView> Tasks, IReadOnlyList<DisposalStepView> Steps);

/// <summary>核查处置任务: the bureau (or the addressee of an outgoing 协查函) for the producer or the seller.</summary>
internal sealed record DisposalTaskView(string Role, string Addressee, bool Outgoing, string? Address);

/// <summary>A checklist item.</summary>
internal sealed record DisposalStepView(long Id, string Kind, string Label, DateOnly? DoneOn, string? Note);

/// <summary>Completing a checklist item.</summary>
internal sealed record CompleteStep(DateOnly? DoneOn, string? Note);

/// <summary>Closing the follow-up.</summary>
internal sealed record CompleteDisposal(string Summary);

/// <summary>
/// 核查处置 of a non-compliant batch: opened with the result (S19 duties continue during retest and objection); tasks to the
/// producer's and the seller's bureaus — a producer outside this deployment's tree gets an outgoing 协查函 — the business's
/// duties and the five points as dated checklist items; completed when every item is done, measured against the deadline.
/// </summary>
internal sealed class Disposals(FoodSafetyDbContext db, OrgUnitDirectory units, SamplingDeadlines deadlines, TimeProvider clock)
{
    /// <summary>企业义务 (S19, 2015 第39条).</summary>
    public static readonly string[] Duties = ["封存库存", "停止生产/销售", "召回", "查明原因", "整改", "报告"];

    /// <summary>核查处置五个到位 (DOMAIN.md §8).</summary>
    public static readonly string[] Points = ["控制产品到位", "追溯来源到位", "查明原因到位", "处罚决定到位", "整改到位"];

    /// <summary>Adds the follow-up of <paramref name="order"/> to the context (saved by the caller, with the result).</summary>
    public async Task<Disposal> OpenAsync(SamplingOrder order, string failedItems, DateOnly today, CancellationToken ct)
    {
        var existing = await db.Disposals.IgnoreQueryFilters().SingleOrDefaultAsync(d => d.OrderId == order.Id, ct);
        if (existing is not null) return existing;
        var d = new Disposal
        {
            OrderId = order.Id,
            Number = "HC" + order.Number[2..],
            OrderNumber = order.Number,
            Uscc = order.Uscc,
            BusinessName = order.BusinessName,
            FoodName = order.FoodName,
            DivisionCode = order.DivisionCode,
            OrgUnitId = order.OrgUnitId,
            OpenedOn = today,
            DueOn = deadlines.Due(SamplingDeadlines.DisposalDeadline, today),
        };
        db.Disposals.Add(d);
        await db.SaveChangesAsync(ct); // the id for the tasks and steps; the caller's save commits the rest
        var seller = await units.BureauForAsync(order.DivisionCode, ct);
        var sellerRole = order.Place == SamplingPlace.Production ? "生产者" : "销售者";
        db.DisposalTasks.Add(new DisposalTask { DisposalId = d.Id, Role = sellerRole, OrgUnitId = seller?.Id, Addressee = seller?.Name ?? "（属地不明）", Address = order.BusinessAddress });
        if (order.Place != SamplingPlace.Production && !string.IsNullOrWhiteSpace(order.ProducerName))
        {
            var division = order.ProducerDivision ?? (order.ProducerUscc is { Length: 18 } u && u[2..8].All(char.IsAsciiDigit) ? u[2..8] : null);
            var bureau = division is null ? null : await units.BureauForAsync(division, ct);
            db.DisposalTasks.Add(bureau is not null
                ? new DisposalTask { DisposalId = d.Id, Role = "生产者", OrgUnitId = bureau.Id, Addressee = bureau.Name, Address = order.ProducerAddress }
                : new DisposalTask
                {
                    DisposalId = d.Id,
                    Role = "生产者",
                    Outgoing = true,
                    Address = order.ProducerAddress,
                    Addressee = $"外省/外市（{division ?? "区划不明"}）市场监督管理部门：{order.ProducerName}",
                });
        }

        var seq = 0;
        foreach (var s in Duties) db.DisposalSteps.Add(new DisposalStep { DisposalId = d.Id, Kind = DisposalStepKind.Duty, Seq = ++seq, Label = s });
        foreach (var s in Points) db.DisposalSteps.Add(new DisposalStep { DisposalId = d.Id, Kind = DisposalStepKind.Point, Seq = ++seq, Label = s });
        db.Audit("food.disposal.opened", "FoodDisposal", Id(d.Id), null, new { d.Number, d.OrderNumber, d.DueOn, FailedItems = failedItems }, d.DivisionCode);
        return d;
    }

    public async Task<SamplingPage<DisposalRow>> ListAsync(string? state, string? q, int page, int size, CancellationToken ct)
    {
        size = Math.Clamp(size, 1, 200);
        var today = clock.Today();
        var query = db.Disposals.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q)) query = query.Where(d => d.Number.Contains(q) || d.BusinessName.Contains(q) || d.FoodName.Contains(q));
        query = state switch
        {
            "open" => query.Where(d => d.CompletedOn == null),
            "overdue" => query.Where(d => d.CompletedOn == null && d.DueOn < today),
            "done" => query.Where(d => d.CompletedOn != null),
            _ => query,
        };
        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(d => d.CompletedOn != null).ThenBy(d => d.DueOn).Skip(Paging.Skip(page, size)).Take(size)
            .Select(d => new
            {
                d.Id,
                d.Number,
                d.OrderNumber,
                d.BusinessName,
                d.FoodName,
                d.OpenedOn,
                d.DueOn,
                d.CompletedOn,
                Done = db.DisposalSteps.Count(s => s.DisposalId == d.Id && s.DoneOn != null),
                Steps = db.DisposalSteps.Count(s => s.DisposalId == d.Id),
            }).ToListAsync(ct);
        return new SamplingPage<DisposalRow>([.. rows.Select(r => new DisposalRow(r.Id, r.Number, r.OrderNumber, r.BusinessName, r.FoodName, r.OpenedOn, r.DueOn,
            r.CompletedOn, r.Done, r.Steps, State(r.CompletedOn, r.DueOn, today)))], total, Math.Max(page, 1), size);
    }

    public async Task<DisposalView?> GetAsync(long id, CancellationToken ct)
    {
        var d = await db.Disposals.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (d is null) return null;
        var tasks = await db.DisposalTasks.AsNoTracking().Where(t => t.DisposalId == id).OrderBy(t => t.Id).ToListAsync(ct);
        var steps = await db.DisposalSteps.AsNoTracking().Where(s => s.DisposalId == id).OrderBy(s => s.Seq).ToListAsync(ct);
        return new DisposalView(d.Id, d.Number, d.OrderId, d.OrderNumber, d.Uscc, d.BusinessName, d.FoodName, d.OpenedOn, d.DueOn, d.CompletedOn, d.Summary,
            State(d.CompletedOn, d.DueOn, clock.Today()),
            [.. tasks.Select(t => new DisposalTaskView(t.Role, t.Addressee, t.Outgoing, t.Address))],
            [.. steps.Select(s => new DisposalStepView(s.Id, s.Kind == DisposalStepKind.Duty ? "企业义务" : "核查要点", s.Label, s.DoneOn, s.Note))]);
    }

    public async Task<Result<DisposalView>> CompleteStepAsync(long id, long stepId, CompleteStep cmd, CancellationToken ct)
    {
        var d = await db.Disposals.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (d is null) return Result<DisposalView>.NotFound($"核查处置 {id} 不存在或不在您的管辖范围内");
        if (d.CompletedOn is not null) return Result<DisposalView>.Conflict("status", $"核查处置 {d.Number} 已完成");
        var step = await db.DisposalSteps.SingleOrDefaultAsync(s => s.Id == stepId && s.DisposalId == id, ct);
        if (step is null) return Result<DisposalView>.NotFound($"核查处置 {d.Number} 没有第 {stepId} 项");
        var on = cmd.DoneOn ?? clock.Today();
        if (on < d.OpenedOn || on > clock.Today()) return Result<DisposalView>.Invalid("doneOn", $"完成日期应在 {d.OpenedOn:yyyy-MM-dd} 与今天之间");
        if (cmd.Note?.Trim().Length > 500) return Result<DisposalView>.Invalid("note", "说明不能超过 500 个字符");
        var before = new { step.Label, step.DoneOn };
        step.DoneOn = on;
        step.Note = string.IsNullOrWhiteSpace(cmd.Note) ? null : cmd.Note.Trim();
        db.Audit("food.disposal.step", "FoodDisposal", Id(d.Id), before, new { step.Label, step.DoneOn, step.Note }, d.DivisionCode);
        await db.SaveChangesAsync(ct);
        return (await GetAsync(id, ct))!;
    }

    public async Task<Result<DisposalView>> CompleteAsync(long id, CompleteDisposal cmd, CancellationToken ct)
    {
        var d = await db.Disposals.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (d is null) return Result<DisposalView>.NotFound($"核查处置 {id} 不存在或不在您的管辖范围内");
        if (d.CompletedOn is not null) return Result<DisposalView>.Conflict("status", $"核查处置 {d.Number} 已于 {d.CompletedOn:yyyy-MM-dd} 完成");
        var errors = new FieldErrors().Require("summary", cmd.Summary, "核查处置情况", 1000);
        var open = await db.DisposalSteps.Where(s => s.DisposalId == id && s.DoneOn == null).OrderBy(s => s.Seq).Select(s => s.Label).ToListAsync(ct);
        if (open.Count > 0) errors.Add("steps", $"尚有 {open.Count} 项未完成：{string.Join("、", open)}");
        if (errors.Count > 0) return Result<DisposalView>.Invalid(errors.ToDictionary());
        d.CompletedOn = clock.Today();
        d.Summary = cmd.Summary.Trim();
        db.Audit("food.disposal.completed", "FoodDisposal", Id(d.Id), null, new { d.CompletedOn, d.DueOn, OnTime = d.CompletedOn <= d.DueOn }, d.DivisionCode);
        await db.SaveChangesAsync(ct);
        return (await GetAsync(id, ct))!;
    }

    private static string State(DateOnly? completed, DateOnly due, DateOnly today) =>
        completed is { } c ? (c <= due ? "按期完成" : "逾期完成") : due < today ? "已逾期" : "处置中";

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
