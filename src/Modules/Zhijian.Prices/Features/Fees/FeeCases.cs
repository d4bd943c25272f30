using Microsoft.EntityFrameworkCore;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;
using Zhijian.Prices.Contracts;
using Zhijian.Prices.Data;
using Zhijian.Prices.Domain.Fees;

namespace Zhijian.Prices.Features.Fees;

/// <summary>
/// 涉企收费核查与清退 (治理涉企违规收费): a complaint (投诉举报) or a check (监督检查) of a registered fee or of a fee charged outside the
/// register; its conclusion (no violation, or a violation ordering the charger to refund the enterprises by a deadline); the refunds
/// made, in parts, until the ordered amount is refunded (已清退). A refund not made in full by its deadline goes to cases as a clue,
/// once (the nightly <see cref="FeeRefundOverdueJob"/>). One save each, audited.
/// </summary>
internal sealed class FeeCases(PricesDbContext db, ActorContext actor, TimeProvider clock)
{
    public const string NumberPrefix = "SFJC";

    public async Task<Result<FeeCaseView>> OpenAsync(OpenFeeCase cmd, CancellationToken ct)
    {
        var a = actor.Current;
        if (!PricesAccess.CanCheck(a)) return Result<FeeCaseView>.Forbidden("只有执法人员、科室负责人可以登记涉企收费核查");
        var today = clock.Today();
        var errors = new FieldErrors();
        var source = FeeRules.ParseSource(cmd.Source);
        if (source is null) errors.Add("source", "案源应为：投诉举报、监督检查之一");
        var complaint = PricesAccess.Norm(cmd.ComplaintNumber);
        if (source == FeeCaseSource.Complaint)
        {
            if (complaint is null) errors.Add("complaintNumber", "案源为投诉举报的，请填写投诉举报编号");
            else if (complaint.Length > 40) errors.Add("complaintNumber", "投诉举报编号不能超过 40 个字符");
        }
        else complaint = null;

        FeeItem? item = null;
        ChargerKind kind = default;
        string? charger = null;
        if (cmd.FeeItemId is { } itemId)
        {
            item = await db.FeeItems.AsNoTracking().SingleOrDefaultAsync(i => i.Id == itemId, ct);
            if (item is null) errors.Add("feeItemId", $"收费项目 {itemId} 不在涉企收费目录清单中（或不在您的管辖范围内）");
            else (kind, charger) = (item.ChargerKind, item.ChargerName);
        }
        else
        {
            if (FeeRules.ParseChargerKind(cmd.ChargerKind) is { } k) kind = k;
            else errors.Add("chargerKind", $"未列入目录清单的收费，请选择收费主体类别：{string.Join("、", FeeRules.ChargerKindNames.Values)}");
            errors.Require("chargerName", cmd.ChargerName, "收费单位名称", 200);
            charger = PricesAccess.Norm(cmd.ChargerName);
        }

        var divisionText = PricesAccess.Norm(cmd.DivisionCode) ?? item?.DivisionCode;
        PricesAccess.CheckDivision(divisionText, a, errors, "收费所在地", cityAllowed: true);
        errors.Require("subject", cmd.Subject, "核查事项", 500);
        if (cmd.Inspectors?.Trim().Length > 200) errors.Add("inspectors", "核查人员不能超过 200 个字");
        var opened = cmd.OpenedOn ?? today;
        if (opened > today) errors.Add("openedOn", "受理（立项）日期不能晚于今天");
        if (errors.Count > 0) return Result<FeeCaseView>.Invalid(errors.ToDictionary());

        var division = divisionText!;
        var fc = new FeeCase
        {
            Number = await YearlyNumbers.NextAsync(db.FeeCases.IgnoreQueryFilters().Select(x => x.Number), NumberPrefix, opened.Year, ct),
            Source = source!.Value,
            ComplaintNumber = complaint,
            FeeItemId = item?.Id,
            ChargerKind = kind,
            ChargerName = charger!,
            DivisionCode = division,
            County = division[..6],
            OpenedOn = opened,
            Subject = cmd.Subject!.Trim(),
            Inspectors = PricesAccess.Norm(cmd.Inspectors),
            Status = FeeCaseStatus.Open,
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = a.ShownName,
        };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.FeeCases.Add(fc);
        await db.SaveChangesAsync(ct);
        db.Audit("prices.fee-case.opened", "PriceFeeCase", FeeRegister.Id(fc.Id), null,
            new { fc.Number, Source = FeeRules.NameOf(fc.Source), fc.ComplaintNumber, fc.FeeItemId, ChargerKind = FeeRules.NameOf(fc.ChargerKind), fc.ChargerName, fc.OpenedOn, fc.Subject },
            division);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (await GetAsync(fc.Id, ct))!;
    }

    public async Task<Result<FeeCaseView>> ConcludeAsync(long id, ConcludeFeeCase cmd, CancellationToken ct)
    {
        var a = actor.Current;
        if (!PricesAccess.CanCheck(a)) return Result<FeeCaseView>.Forbidden("只有执法人员、科室负责人可以作出核查结论");
        var fc = await db.FeeCases.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (fc is null) return Result<FeeCaseView>.NotFound(NotFound(id));
        var today = clock.Today();
        var errors = new FieldErrors();
        if (fc.Status != FeeCaseStatus.Open) errors.Add("id", $"该核查已作出结论（{FeeRules.StatusNames[fc.Status]}）");
        var on = cmd.ConcludedOn ?? today;
        if (on > today) errors.Add("concludedOn", "结论日期不能晚于今天");
        else if (on < fc.OpenedOn) errors.Add("concludedOn", "结论日期不能早于受理（立项）日期");
        errors.Require("finding", cmd.Finding, "核查情况", 2000);
        var violation = PricesAccess.Norm(cmd.ViolationKind);
        if (cmd.Violation)
        {
            if (violation is null || !FeeRules.ViolationKinds.Contains(violation))
                errors.Add("violationKind", $"违规类型应为：{string.Join("、", FeeRules.ViolationKinds)}之一");
            if (cmd.RefundOrdered is not { } ordered || ordered <= 0m) errors.Add("refundOrdered", "责令清退金额应大于 0 元");
            else if (decimal.Round(ordered, 2) != ordered || ordered >= 1_000_000_000_000m) errors.Add("refundOrdered", "责令清退金额最多保留两位小数（元）");
            if (cmd.Enterprises is not { } n || n < 1) errors.Add("enterprises", "涉及企业数应至少为 1 户");
            if (cmd.RefundDue is not { } due) errors.Add("refundDue", "请填写清退期限");
            else if (due <= on) errors.Add("refundDue", "清退期限应晚于结论日期");
        }

        if (errors.Count > 0) return Result<FeeCaseView>.Invalid(errors.ToDictionary());
        fc.ConcludedOn = on;
        fc.Finding = cmd.Finding!.Trim();
        if (cmd.Violation)
        {
            fc.Status = FeeCaseStatus.RefundOrdered;
            fc.ViolationKind = violation;
            fc.RefundOrdered = cmd.RefundOrdered!.Value;
            fc.Enterprises = cmd.Enterprises!.Value;
            fc.RefundDue = cmd.RefundDue;
        }
        else fc.Status = FeeCaseStatus.NoViolation;

        db.Audit("prices.fee-case.concluded", "PriceFeeCase", FeeRegister.Id(fc.Id), new { Status = FeeRules.StatusNames[FeeCaseStatus.Open] },
            new { Status = FeeRules.StatusNames[fc.Status], fc.ConcludedOn, fc.Finding, fc.ViolationKind, fc.RefundOrdered, fc.Enterprises, fc.RefundDue }, fc.DivisionCode);
        await db.SaveChangesAsync(ct);
        return (await GetAsync(fc.Id, ct))!;
    }

    public async Task<Result<FeeCaseView>> RefundAsync(long id, RecordFeeRefund cmd, CancellationToken ct)
    {
        var a = actor.Current;
        if (!PricesAccess.CanCheck(a)) return Result<FeeCaseView>.Forbidden("只有执法人员、科室负责人可以登记清退");
        var fc = await db.FeeCases.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (fc is null) return Result<FeeCaseView>.NotFound(NotFound(id));
        var today = clock.Today();
        var errors = new FieldErrors();
        if (cmd.Amount is not { } amount) errors.Add("amount", "请填写清退金额（元）");
        else if (FeeRules.RefundRefusal(fc.Status, fc.RefundOrdered, fc.RefundMade, amount) is { } why)
            errors.Add(fc.Status == FeeCaseStatus.RefundOrdered ? "amount" : "id", why);
        var on = cmd.RefundedOn ?? today;
        if (on > today) errors.Add("refundedOn", "清退日期不能晚于今天");
        else if (fc.ConcludedOn is { } concluded && on < concluded) errors.Add("refundedOn", "清退日期不能早于核查结论日期");
        if (cmd.Note?.Trim().Length > 300) errors.Add("note", "备注不能超过 300 个字");
        if (errors.Count > 0) return Result<FeeCaseView>.Invalid(errors.ToDictionary());

        var before = new { fc.RefundMade, Status = FeeRules.StatusNames[fc.Status] };
        db.FeeRefunds.Add(new FeeRefund
        {
            CaseId = fc.Id,
            Amount = cmd.Amount!.Value,
            RefundedOn = on,
            Note = PricesAccess.Norm(cmd.Note),
            DivisionCode = fc.DivisionCode,
            County = fc.County,
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = a.ShownName,
        });
        fc.RefundMade += cmd.Amount.Value;
        fc.RefundedOn = fc.RefundedOn is { } last && last > on ? last : on;
        if (fc.RefundMade >= fc.RefundOrdered) fc.Status = FeeCaseStatus.Refunded;
        db.Audit("prices.fee-case.refunded", "PriceFeeCase", FeeRegister.Id(fc.Id), before,
            new { Amount = cmd.Amount.Value, RefundedOn = on, fc.RefundMade, fc.RefundOrdered, Status = FeeRules.StatusNames[fc.Status] }, fc.DivisionCode);
        await db.SaveChangesAsync(ct);
        return (await GetAsync(fc.Id, ct))!;
    }

    public async Task<FeePage<FeeCaseRow>> ListAsync(string? status, string? source, string? kind, string? division, DateOnly? from, DateOnly? to, bool overdue,
        int page, int size, CancellationToken ct)
    {
        size = Math.Clamp(size, 1, 200);
        var today = clock.Today();
        var q = db.FeeCases.AsNoTracking();
        if (FeeRules.ParseStatus(status) is { } st) q = q.Where(c => c.Status == st);
        if (FeeRules.ParseSource(source) is { } src) q = q.Where(c => c.Source == src);
        if (FeeRules.ParseChargerKind(kind) is { } k) q = q.Where(c => c.ChargerKind == k);
        if (!string.IsNullOrWhiteSpace(division) && DivisionTable.IsWellFormed(division.Trim()))
        {
            var prefix = DivisionTable.ScopePrefix(division.Trim());
            q = q.Where(c => c.DivisionCode.StartsWith(prefix));
        }

        if (from is { } f) q = q.Where(c => c.OpenedOn >= f);
        if (to is { } t) q = q.Where(c => c.OpenedOn <= t);
        if (overdue) q = q.Where(c => c.Status == FeeCaseStatus.RefundOrdered && c.RefundDue < today);
        var total = await q.CountAsync(ct);
        var rows = await (overdue ? q.OrderBy(c => c.RefundDue).ThenBy(c => c.Id) : q.OrderByDescending(c => c.OpenedOn).ThenByDescending(c => c.Id))
            .Skip(Paging.Skip(page, size)).Take(size).ToListAsync(ct);
        var names = await ItemNamesAsync(rows.Select(r => r.FeeItemId), ct);
        return new FeePage<FeeCaseRow>([.. rows.Select(c => new FeeCaseRow(c.Id, c.Number, FeeRules.NameOf(c.Source), FeeRules.NameOf(c.ChargerKind), c.ChargerName,
            c.FeeItemId, c.FeeItemId is { } i ? names.GetValueOrDefault(i) : null, DivisionTable.Default.Find(c.DivisionCode)?.Name ?? c.DivisionCode, c.OpenedOn,
            c.Subject, FeeRules.StatusNames[c.Status], FeeRules.State(c.Status, c.RefundDue, today), FeeRules.IsOverdue(c.Status, c.RefundDue, today),
            c.ViolationKind, c.RefundOrdered, c.RefundMade, c.RefundDue))], total, Math.Max(page, 1), size);
    }

    public async Task<FeeCaseView?> GetAsync(long id, CancellationToken ct)
    {
        var c = await db.FeeCases.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return null;
        var today = clock.Today();
        var names = await ItemNamesAsync([c.FeeItemId], ct);
        var refunds = await db.FeeRefunds.AsNoTracking().Where(r => r.CaseId == id).OrderBy(r => r.RefundedOn).ThenBy(r => r.Id)
            .Select(r => new FeeRefundView(r.Id, r.Amount, r.RefundedOn, r.Note, r.CreatedBy)).ToListAsync(ct);
        return new FeeCaseView(c.Id, c.Number, FeeRules.NameOf(c.Source), c.ComplaintNumber, c.FeeItemId, c.FeeItemId is { } i ? names.GetValueOrDefault(i) : null,
            FeeRules.NameOf(c.ChargerKind), c.ChargerName, c.DivisionCode, DivisionTable.Default.FullName(c.DivisionCode), c.OpenedOn, c.Subject, c.Inspectors,
            FeeRules.StatusNames[c.Status], FeeRules.State(c.Status, c.RefundDue, today), FeeRules.IsOverdue(c.Status, c.RefundDue, today), c.ConcludedOn, c.Finding,
            c.ViolationKind, c.RefundOrdered, c.Enterprises, c.RefundDue, c.RefundMade, c.RefundedOn, c.ClueSent, refunds);
    }

    /// <summary>
    /// The nightly pass: each case whose refund deadline has passed without the full refund goes to cases as a clue (PriceCaseClue
    /// "fee"), once — <see cref="FeeCase.ClueSent"/> is set in the same save. Returns how many were sent.
    /// </summary>
    public async Task<int> SendOverdueCluesAsync(CancellationToken ct)
    {
        var today = clock.Today();
        var a = actor.Current;
        var due = await db.FeeCases.IgnoreQueryFilters()
            .Where(c => c.Status == FeeCaseStatus.RefundOrdered && c.RefundDue < today && !c.ClueSent).OrderBy(c => c.Id).Take(1000).ToListAsync(ct);
        foreach (var c in due)
        {
            c.ClueSent = true;
            var remaining = c.RefundOrdered - c.RefundMade;
            var facts = $"{c.ChargerName}（{FeeRules.NameOf(c.ChargerKind)}）涉企违规收费（{c.ViolationKind}）：{c.Finding} 经 {c.Number} 核查，"
                + $"于 {D(c.ConcludedOn)} 责令向 {c.Enterprises} 户企业清退 {FeeRules.Money(c.RefundOrdered)} 元，清退期限 {D(c.RefundDue)}；"
                + $"截至 {D(today)} 已清退 {FeeRules.Money(c.RefundMade)} 元，尚有 {FeeRules.Money(remaining)} 元逾期未清退。";
            db.Publish(new PriceCaseClue("fee", c.Id, c.Number, null, c.ChargerName, facts, null, null, null, today, "涉企收费清退逾期核查", c.DivisionCode, null));
            db.Audit("prices.fee-case.clue", "PriceFeeCase", FeeRegister.Id(c.Id), null,
                new { c.Number, c.RefundOrdered, c.RefundMade, c.RefundDue, Actor = a.ShownName }, c.DivisionCode);
        }

        if (due.Count > 0) await db.SaveChangesAsync(ct);
        return due.Count;
    }

    private async Task<Dictionary<long, string>> ItemNamesAsync(IEnumerable<long?> ids, CancellationToken ct)
    {
        var set = ids.Where(i => i is not null).Select(i => i!.Value).Distinct().ToList();
        if (set.Count == 0) return [];
        return await db.FeeItems.AsNoTracking().IgnoreQueryFilters().Where(i => set.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Name, ct);
    }

    private static string D(DateOnly? d) => d?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "—";

    private static string NotFound(long id) => $"涉企收费核查 {id} 不存在（或不在您的管辖范围内）";
}
