using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhijian.FoodSafety.Data;
using Zhijian.FoodSafety.Domain.Markets;
using Zhijian.FoodSafety.Domain.Sampling;
using Zhijian.FoodSafety.Features.Fuses;
using Zhijian.FoodSafety.Features.Sampling;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Rules;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.FoodSafety.Features.RapidTests;

internal sealed record RapidRow(long Id, string ResultId, string Point, string Stall, string StallOperator, string ProductName, string Group, string Item, string Method,
    string Result, string? Value, DateTimeOffset TestedAt, string Status, DateTimeOffset? ObjectionBy);

internal sealed record RapidView(long Id, string ResultId, long TestPointId, string Point, string Stall, string StallOperator, string ProductName, string Group,
    string? SupplierName, string? SupplierUscc, string? Origin, string? BatchRef, string? TraceBatchKey, string Item, string Method, string Standard, string Result,
    string? Value, DateTimeOffset TestedAt, string Tester, DateTimeOffset DeliveredAt, DateTimeOffset? ObjectionBy, bool ObjectionOpen, string Status,
    string? StopNotice, DateTimeOffset? ObjectedAt, string? ObjectionReason, long? SamplingOrderId, string? SamplingOrderNumber, DateTimeOffset? SettledAt,
    DateTimeOffset ReceivedAt, string PostedBy);

/// <summary>对快检阳性结果提出异议（申请复检）.</summary>
internal sealed record ObjectRapid(string? Reason);

/// <summary>
/// 实验室确认 / 复检: a sampling order of the stall's batch sent to a laboratory. <c>Method</c> (optional) is the lab method asked for;
/// a rapid method is refused (食品安全法 第八十八条第二款).
/// </summary>
internal sealed record OrderLabConfirmation(IReadOnlyList<string>? Samplers, long LabId, string? Quantity, string? Reserve, string? Method);

/// <summary>
/// The positive-result lifecycle: 停售控制 at intake; an objection inside the window (<c>food.rapid-objection.hours</c> after delivery)
/// asks for a retest; staff order the laboratory confirmation as a sampling order (linked both ways); the order's result settles the
/// test (不合格 → 确认阳性 through <see cref="FoodSamplingFailed"/>; 合格 → 复检阴性，解除停售 by the sweep); a positive without an
/// objection becomes final when the window closes (the sweep job, every 5 minutes; the detail shows the window closed at once).
/// Final positives and confirmations feed 熔断 as one batch. Every change audited.
/// </summary>
internal sealed class RapidTests(FoodSafetyDbContext db, ActorContext actor, IRuleBook rules, SamplingOrders orders, Fuses.Fuses fuses, TimeProvider clock)
{
    public async Task<SamplingPage<RapidRow>> ListAsync(long? point, DateOnly? from, DateOnly? to, string? result, RapidStatus? status, string? q, int page, int size, CancellationToken ct)
    {
        size = Math.Clamp(size, 1, 200);
        var query = db.RapidTests.AsNoTracking();
        if (point is not null) query = query.Where(t => t.TestPointId == point);
        if (from is { } f)
        {
            var start = ChinaTime.StartOfDay(f);
            query = query.Where(t => t.TestedAt >= start);
        }

        if (to is { } e)
        {
            var end = ChinaTime.EndOfDay(e);
            query = query.Where(t => t.TestedAt < end);
        }

        if (result == "positive") query = query.Where(t => t.Positive);
        else if (result == "negative") query = query.Where(t => !t.Positive);
        if (status is not null) query = query.Where(t => t.Status == status);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var s = q.Trim();
            query = query.Where(t => t.ProductName.Contains(s) || t.Stall == s || t.ClientId == s || (t.SupplierName != null && t.SupplierName.Contains(s)));
        }

        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(t => t.TestedAt).ThenByDescending(t => t.Id).Skip(Paging.Skip(page, size)).Take(size).ToListAsync(ct);
        var names = await PointNamesAsync(rows.Select(r => r.TestPointId), ct);
        return new SamplingPage<RapidRow>([.. rows.Select(t => new RapidRow(t.Id, t.ClientId, names.GetValueOrDefault(t.TestPointId, ""), t.Stall, t.StallOperator, t.ProductName,
            ProductGroups.NameOf(t.ProductGroup), t.ItemName, t.Method, t.Positive ? "阳性" : "阴性", t.Value, t.TestedAt, StatusText(t), t.ObjectionBy))], total, Math.Max(page, 1), size);
    }

    public async Task<RapidView?> GetAsync(long id, CancellationToken ct)
    {
        var t = await db.RapidTests.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (t is null) return null;
        var point = await db.TestPoints.IgnoreQueryFilters().AsNoTracking().Where(p => p.Id == t.TestPointId).Select(p => p.Name).FirstOrDefaultAsync(ct);
        var standard = await db.RapidItems.AsNoTracking().Where(i => i.Id == t.ItemId).Select(i => i.Standard).FirstOrDefaultAsync(ct);
        var now = clock.GetUtcNow();
        return new RapidView(t.Id, t.ClientId, t.TestPointId, point ?? "", t.Stall, t.StallOperator, t.ProductName, ProductGroups.NameOf(t.ProductGroup), t.SupplierName,
            t.SupplierUscc, t.Origin, t.BatchRef, t.TraceBatchKey, t.ItemName, t.Method, standard ?? "", t.Positive ? "阳性" : "阴性", t.Value, t.TestedAt, t.Tester, t.DeliveredAt,
            t.ObjectionBy, t.Status == RapidStatus.Stopped && t.ObjectionBy >= now, StatusText(t), t.StopNotice, t.ObjectedAt, t.ObjectionReason, t.SamplingOrderId,
            t.SamplingOrderNumber, t.SettledAt, t.ReceivedAt, t.PostedBy);
    }

    /// <summary>提出异议: only a positive under 停售控制, only until the window closes (delivery + hours, inclusive).</summary>
    public async Task<Result<RapidView>> ObjectAsync(long id, ObjectRapid cmd, CancellationToken ct)
    {
        var t = await db.RapidTests.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (t is null) return Result<RapidView>.NotFound($"快检结果 {id} 不存在或不在您的管辖范围内");
        if (string.IsNullOrWhiteSpace(cmd.Reason)) return Result<RapidView>.Invalid("reason", "异议理由不能为空");
        if (cmd.Reason.Trim().Length > 500) return Result<RapidView>.Invalid("reason", "异议理由不得超过 500 字");
        if (t.Status != RapidStatus.Stopped) return Result<RapidView>.Conflict("status", $"快检结果 {t.ClientId} 当前为“{StatusText(t)}”，不能提出异议");
        var now = clock.GetUtcNow();
        var hours = rules.GetInt("food.rapid-objection.hours", t.DeliveredAt.ToChinaDate());
        if (!ObjectionWindow.IsOpen(t.DeliveredAt, hours, now))
            return Result<RapidView>.Conflict("objection", $"异议期已过：快检结果于 {Fuses.Fuses.Local(t.DeliveredAt)} 告知，应在 {hours} 小时内（{Fuses.Fuses.Local(ObjectionWindow.Closes(t.DeliveredAt, hours))} 前）提出异议");
        t.Status = RapidStatus.Objected;
        t.ObjectedAt = now;
        t.ObjectionReason = cmd.Reason.Trim();
        db.Audit("food.rapid.objected", "FoodRapidTest", Id(t.Id), new { Status = "阳性·停售控制" }, new { Status = RapidNames.Of(t.Status), t.ObjectionReason, t.ObjectedAt }, t.DivisionCode);
        await db.SaveChangesAsync(ct);
        return (await GetAsync(id, ct))!;
    }

    /// <summary>实验室确认 (after an objection, or ordered by staff): a sampling order of this batch, linked, in one transaction.</summary>
    public async Task<Result<RapidView>> OrderLabAsync(long id, OrderLabConfirmation cmd, CancellationToken ct)
    {
        var t = await db.RapidTests.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (t is null) return Result<RapidView>.NotFound($"快检结果 {id} 不存在或不在您的管辖范围内");
        if (t.Status is not (RapidStatus.Stopped or RapidStatus.Objected or RapidStatus.Final))
            return Result<RapidView>.Conflict("status", $"快检结果 {t.ClientId} 当前为“{StatusText(t)}”，不能安排实验室检验");
        if (!string.IsNullOrWhiteSpace(cmd.Method))
        {
            var m = cmd.Method.Trim();
            var rapid = await db.RapidItems.AsNoTracking().AnyAsync(i => i.Method == m, ct);
            if (rapid || m.Contains("快速", StringComparison.Ordinal) || m.Contains("快检", StringComparison.Ordinal) || m.Contains("胶体金", StringComparison.Ordinal)
                || m.Contains("速测", StringComparison.Ordinal))
                return Result<RapidView>.Invalid("method", $"复检不得采用快速检测方法（“{m}”为快检方法），应由检验机构按食品安全国家标准检验");
        }

        var point = await db.TestPoints.IgnoreQueryFilters().AsNoTracking().SingleAsync(p => p.Id == t.TestPointId, ct);
        var group = ProductGroups.Find(t.ProductGroup);
        var today = clock.Today();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var created = await orders.CreateAsync(new CreateSamplingOrder(SamplingPurpose.Supervision, SamplingLevel.County, cmd.Samplers ?? [], true, point.OperatorUscc,
            SamplingPlace.Circulation, group?.SamplingCategory ?? "33", t.ProductName, null, null, t.BatchRef ?? $"快检{t.ClientId}", t.TestedAt.ToChinaDate(),
            t.SupplierName, null, t.SupplierUscc, t.Origin is { Length: 6 } o && o.All(char.IsAsciiDigit) ? o : null,
            string.IsNullOrWhiteSpace(cmd.Quantity) ? "1kg" : cmd.Quantity, string.IsNullOrWhiteSpace(cmd.Reserve) ? "0.5kg" : cmd.Reserve, today, cmd.LabId), ct);
        if (!created.IsSuccess) return created.Fail<RapidView>();
        var order = created.Value!;
        var before = StatusText(t);
        t.Status = RapidStatus.LabPending;
        t.SamplingOrderId = order.Id;
        t.SamplingOrderNumber = order.Number;
        db.Audit("food.rapid.lab-ordered", "FoodRapidTest", Id(t.Id), new { Status = before },
            new { Status = RapidNames.Of(t.Status), SamplingOrder = order.Number, Lab = order.Lab, Method = cmd.Method?.Trim() }, t.DivisionCode);
        db.SamplingEvents.Add(new SamplingEvent { OrderId = order.Id, At = clock.GetUtcNow(), Actor = actor.Current.ShownName, Text = $"快检阳性（{point.Name}{t.Stall} 号摊位，结果编号 {t.ClientId}）的实验室{(before == RapidNames.Of(RapidStatus.Objected) ? "复检" : "确认")}" });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (await GetAsync(id, ct))!;
    }

    /// <summary>
    /// The sweep: positives whose window closed without an objection become final (熔断 failures); lab-pending ones whose order's final
    /// result is 合格 are cleared. Returns (final, cleared).
    /// </summary>
    public async Task<(int Final, int Cleared)> SettleAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var due = await db.RapidTests.IgnoreQueryFilters().Where(t => t.Status == RapidStatus.Stopped && t.ObjectionBy < now).OrderBy(t => t.ObjectionBy).Take(200).ToListAsync(ct);
        foreach (var t in due)
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            t.Status = RapidStatus.Final;
            t.SettledAt = now;
            db.Audit("food.rapid.final", "FoodRapidTest", Id(t.Id), new { Status = "阳性·停售控制" }, new { Status = RapidNames.Of(t.Status), t.ObjectionBy }, t.DivisionCode);
            await fuses.RecordFailureAsync(Failure(t, "rapid", t.Id, t.ObjectionBy ?? now), ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }

        var cleared = await (from t in db.RapidTests.IgnoreQueryFilters()
                             join o in db.SamplingOrders.IgnoreQueryFilters() on t.SamplingOrderId equals o.Id
                             where t.Status == RapidStatus.LabPending && o.FinalPassed == true && (o.Status == SamplingStatus.Closed || o.Status == SamplingStatus.Reported || o.Status == SamplingStatus.Notified)
                             select t).Take(200).ToListAsync(ct);
        foreach (var t in cleared) Clear(t, now);
        if (cleared.Count > 0) await db.SaveChangesAsync(ct);
        return (due.Count, cleared.Count);
    }

    /// <summary>A sampling failure (or its withdrawal): settles a linked rapid test, else feeds 熔断 with the order's producer.</summary>
    public async Task OnSamplingFailedAsync(FoodSamplingFailed e, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var linked = await db.RapidTests.IgnoreQueryFilters().SingleOrDefaultAsync(t => t.SamplingOrderId == e.OrderId, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (e.WithdrawnOn is not null)
        {
            await db.FoodFailures.IgnoreQueryFilters().Where(f => (f.Source == "sampling" && f.SourceId == e.OrderId) || (linked != null && f.Source == "lab" && f.SourceId == linked.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(f => f.Withdrawn, true), ct);
            if (linked is not null && linked.Status is RapidStatus.LabPending or RapidStatus.Confirmed) Clear(linked, now);
        }
        else if (linked is not null)
        {
            if (linked.Status == RapidStatus.LabPending)
            {
                linked.Status = RapidStatus.Confirmed;
                linked.SettledAt = now;
                db.Audit("food.rapid.confirmed", "FoodRapidTest", Id(linked.Id), new { Status = "实验室确认中" },
                    new { Status = RapidNames.Of(linked.Status), SamplingOrder = e.Number, e.FailedItems }, linked.DivisionCode);
                await fuses.RecordFailureAsync(Failure(linked, "lab", linked.Id, now), ct);
            }
        }
        else
        {
            var o = await db.SamplingOrders.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(x => x.Id == e.OrderId, ct);
            if (o is not null)
                await fuses.RecordFailureAsync(new FailureInput("sampling", o.Id, $"order:{o.Number}", o.ProducerUscc, o.ProducerName ?? o.BusinessName, o.ProducerDivision,
                    o.FoodName, ProductGroups.OfSamplingCategory(o.CategoryCode), now, o.DivisionCode), ct);
        }

        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    private void Clear(RapidTest t, DateTimeOffset now)
    {
        var before = StatusText(t);
        t.Status = RapidStatus.Cleared;
        t.SettledAt = now;
        db.Audit("food.rapid.cleared", "FoodRapidTest", Id(t.Id), new { Status = before }, new { Status = RapidNames.Of(t.Status), SamplingOrder = t.SamplingOrderNumber }, t.DivisionCode);
    }

    internal static FailureInput Failure(RapidTest t, string source, long sourceId, DateTimeOffset at) =>
        new(source, sourceId, BatchKey(t), t.SupplierUscc, t.SupplierName, t.Origin, t.ProductName, t.ProductGroup, at, t.DivisionCode);

    /// <summary>The batch a rapid test belongs to: its 追溯 batch, else its batch reference (per supplier), else the test itself.</summary>
    internal static string BatchKey(RapidTest t) =>
        t.TraceBatchKey is { } k ? $"trace:{k}" : t.BatchRef is { } b ? $"ref:{t.SupplierUscc ?? t.SupplierName}:{b}" : $"rapid:{t.Id}";

    /// <summary>The status a clerk sees: a 停售控制 whose window closed shows as final at once (the sweep records it within minutes).</summary>
    private string StatusText(RapidTest t) =>
        t.Status == RapidStatus.Stopped && t.ObjectionBy < clock.GetUtcNow() ? RapidNames.Of(RapidStatus.Final) : RapidNames.Of(t.Status);

    private async Task<Dictionary<long, string>> PointNamesAsync(IEnumerable<long> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        return await db.TestPoints.IgnoreQueryFilters().AsNoTracking().Where(p => list.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
    }


    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
