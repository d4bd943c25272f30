using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhijian.Entities.Contracts;
using Zhijian.Metrology.Contracts;
using Zhijian.Metrology.Data;
using Zhijian.Metrology.Domain.Checks;
using Zhijian.Metrology.Features.Instruments;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Rules;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.Metrology.Features.Checks;

/// <summary>
/// 民生计量检查 and 定量包装商品净含量检验. A check records every item (verified and valid; a fuel dispenser's on-site error within
/// ±metro.fuel-tolerance; a scale accurate) and, in a market, whether a 公平秤 is set up; a failed check gets its 整改 deadline
/// (metro.rectify working days) and waits for the 复查; a 复查 that fails again goes to cases as a clue. A package check judges the
/// batch by <see cref="NetContent.Judge"/>. One save each.
/// </summary>
internal sealed class LivelihoodChecks(MetrologyDbContext db, ActorContext actor, IEntityDirectory entities, IRuleBook rules, IWorkingCalendar calendar,
    TimeProvider clock)
{
    public static readonly IReadOnlyDictionary<CheckPlace, string> PlaceNames = new Dictionary<CheckPlace, string>
    {
        [CheckPlace.Market] = "集贸市场",
        [CheckPlace.FuelStation] = "加油站",
        [CheckPlace.Hospital] = "医疗机构",
    };

    public static string NameOf(CheckPlace p) => PlaceNames.GetValueOrDefault(p, "");

    public async Task<Result<CheckView>> RecordAsync(RecordCheck cmd, CancellationToken ct)
    {
        var a = actor.Current;
        if (!MetrologyAccess.CanCheck(a)) return Result<CheckView>.Forbidden("只有执法人员、科室负责人可以登记民生计量检查");
        var today = clock.Today();
        var errors = new FieldErrors();
        CheckPlace place = default;
        if (PlaceNames.FirstOrDefault(p => p.Value == cmd.Place?.Trim()) is { Value: not null } pn) place = pn.Key;
        else errors.Add("place", "检查场所应为：集贸市场、加油站、医疗机构之一");
        var target = await TargetAsync(cmd.TargetUscc, errors, ct);
        InstrumentRegister.CheckDivision(cmd.DivisionCode, a, errors);
        errors.Require("address", cmd.Address, "检查地点", 300);
        errors.Require("inspectors", cmd.Inspectors, "检查人员", 200);
        if (cmd.CheckedOn is not { } on) errors.Add("checkedOn", "请填写检查日期");
        else if (on > today) errors.Add("checkedOn", "检查日期不能晚于今天");
        if (place == CheckPlace.Market && cmd.FairScalePresent is null) errors.Add("fairScalePresent", "集贸市场检查须填写是否设置公平秤");
        var items = cmd.Items ?? [];
        if (items.Count == 0) errors.Add("items", "请至少填写一项检查的计量器具");
        if (items.Count > 200) errors.Add("items", "一次检查至多 200 项");
        var tolerance = rules.GetDecimal("metro.fuel-tolerance", cmd.CheckedOn ?? today) * 100m;
        var drafts = new List<CheckItem>();
        for (var i = 0; i < items.Count; i++)
        {
            var it = items[i];
            if (string.IsNullOrWhiteSpace(it.Name) || it.Name.Trim().Length > 100) errors.Add($"items[{i}].name", "请填写检查的器具名称（100 字以内）");
            if (it.SerialNo?.Trim().Length > 60) errors.Add($"items[{i}].serialNo", "出厂编号不能超过 60 个字");
            if (it.ErrorPercent is { } e && (e < -100m || e > 100m)) errors.Add($"items[{i}].errorPercent", "示值误差应在 −100% 到 100% 之间");
            if (it.Note?.Trim().Length > 300) errors.Add($"items[{i}].note", "备注不能超过 300 个字");
            var passed = ItemPassed(it.Verified, it.ErrorPercent, it.Accurate, tolerance);
            drafts.Add(new CheckItem
            {
                DivisionCode = cmd.DivisionCode?.Trim() ?? "",
                Name = it.Name?.Trim() ?? "",
                SerialNo = InstrumentRegister.Norm(it.SerialNo),
                Verified = it.Verified,
                ErrorPercent = it.ErrorPercent,
                Accurate = it.Accurate,
                Passed = passed,
                Note = InstrumentRegister.Norm(it.Note),
            });
        }

        if (errors.Count > 0) return Result<CheckView>.Invalid(errors.ToDictionary());
        var date = cmd.CheckedOn!.Value;
        var allPassed = drafts.All(d => d.Passed) && (place != CheckPlace.Market || cmd.FairScalePresent == true);
        var division = cmd.DivisionCode!.Trim();
        var check = new LivelihoodCheck
        {
            Place = place,
            TargetUscc = target!.Uscc,
            TargetName = target.Name,
            DivisionCode = division,
            County = division[..6],
            Address = cmd.Address!.Trim(),
            CheckedOn = date,
            Inspectors = cmd.Inspectors!.Trim(),
            FairScalePresent = place == CheckPlace.Market ? cmd.FairScalePresent : null,
            Items = drafts.Count,
            ItemsPassed = drafts.Count(d => d.Passed),
            Passed = allPassed,
            RectifyBy = allPassed ? null : calendar.Deadline(date, rules.GetPeriod("metro.rectify", date)),
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = a.ShownName,
        };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Checks.Add(check);
        await db.SaveChangesAsync(ct);
        foreach (var d in drafts) d.CheckId = check.Id;
        db.CheckItems.AddRange(drafts);
        db.Audit("metro.check.recorded", "MetroCheck", InstrumentRegister.Id(check.Id), null,
            new { Place = NameOf(place), check.TargetUscc, check.CheckedOn, check.Items, check.ItemsPassed, check.Passed, check.RectifyBy }, division);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (await GetAsync(check.Id, ct))!;
    }

    /// <summary>An item passes when verified (and valid), its error within ±<paramref name="tolerancePercent"/> when measured, and accurate when weighed.</summary>
    internal static bool ItemPassed(bool verified, decimal? errorPercent, bool? accurate, decimal tolerancePercent) =>
        verified && (errorPercent is not { } e || Math.Abs(e) <= tolerancePercent) && accurate != false;

    public async Task<Result<CheckView>> RecheckAsync(long id, RecordRecheck cmd, CancellationToken ct)
    {
        var a = actor.Current;
        if (!MetrologyAccess.CanCheck(a)) return Result<CheckView>.Forbidden("只有执法人员、科室负责人可以登记复查");
        var check = await db.Checks.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (check is null) return Result<CheckView>.NotFound($"民生计量检查 {id} 不存在（或不在您的管辖范围内）");
        var today = clock.Today();
        var errors = new FieldErrors();
        if (check.Passed) errors.Add("id", "该检查合格，无须复查");
        else if (check.RecheckedOn is not null) errors.Add("id", "该检查已复查");
        var on = cmd.On ?? today;
        if (on > today) errors.Add("on", "复查日期不能晚于今天");
        else if (on < check.CheckedOn) errors.Add("on", "复查日期不能早于检查日期");
        InstrumentRegister.Optional(errors, "note", cmd.Note, "复查情况", 500);
        if (!cmd.Passed && string.IsNullOrWhiteSpace(cmd.Note)) errors.Add("note", "复查仍不合格的，请写明复查情况");
        if (errors.Count > 0) return Result<CheckView>.Invalid(errors.ToDictionary());
        check.RecheckedOn = on;
        check.RecheckPassed = cmd.Passed;
        check.RecheckNote = InstrumentRegister.Norm(cmd.Note);
        if (!cmd.Passed)
        {
            check.ClueSent = true;
            db.Publish(new MetrologyCaseClue("check", check.Id, string.Create(CultureInfo.InvariantCulture, $"民生计量检查 {check.Id}"), check.TargetUscc, check.TargetName,
                $"{check.TargetName}（{check.Address}）{check.CheckedOn:yyyy-MM-dd} 民生计量检查不合格，责令于 {check.RectifyBy:yyyy-MM-dd} 前整改，{on:yyyy-MM-dd} 复查仍不合格：{check.RecheckNote}",
                on, a.ShownName, check.DivisionCode, a.OrgUnitId));
        }

        db.Audit("metro.check.rechecked", "MetroCheck", InstrumentRegister.Id(check.Id), null,
            new { check.RecheckedOn, check.RecheckPassed, check.RecheckNote, Clue = !cmd.Passed }, check.DivisionCode);
        await db.SaveChangesAsync(ct);
        return (await GetAsync(check.Id, ct))!;
    }

    public async Task<Result<PackageCheckView>> RecordPackageAsync(RecordPackageCheck cmd, CancellationToken ct)
    {
        var a = actor.Current;
        if (!MetrologyAccess.CanCheck(a)) return Result<PackageCheckView>.Forbidden("只有执法人员、科室负责人可以登记定量包装商品净含量检验");
        var today = clock.Today();
        var errors = new FieldErrors();
        var target = await TargetAsync(cmd.TargetUscc, errors, ct);
        InstrumentRegister.CheckDivision(cmd.DivisionCode, a, errors);
        errors.Require("productName", cmd.ProductName, "商品名称", 200);
        var on = cmd.CheckedOn ?? today;
        if (on > today) errors.Add("checkedOn", "检验日期不能晚于今天");
        var unit = cmd.Unit?.Trim();
        if (unit is not ("g" or "mL")) errors.Add("unit", "计量单位应为 g（质量）或 mL（体积）");
        if (cmd.Nominal is not { } nominal) errors.Add("nominal", "请填写标注净含量");
        else if (NetContent.AllowedShortfall(nominal, on) is null) errors.Add("nominal", "标注净含量应在 5 g（mL）到 50 kg（L）之间");
        var n = 0;
        if (cmd.BatchSize is not { } batch || batch < 1) errors.Add("batchSize", "请填写检验批量（正整数）");
        else n = NetContent.SampleSize(batch);
        var samples = cmd.Samples ?? [];
        if (n > 0 && samples.Count != n) errors.Add("samples", $"批量 {cmd.BatchSize} 件应抽取 {n} 件样本，实际填写了 {samples.Count} 件");
        else if (samples.Any(s => s <= 0m)) errors.Add("samples", "样本实际含量应大于 0");
        if (errors.Count > 0) return Result<PackageCheckView>.Invalid(errors.ToDictionary());
        var r = NetContent.Judge(cmd.Nominal!.Value, cmd.BatchSize!.Value, samples, on);
        var division = cmd.DivisionCode!.Trim();
        var check = new PackageCheck
        {
            TargetUscc = target!.Uscc,
            TargetName = target.Name,
            DivisionCode = division,
            County = division[..6],
            ProductName = cmd.ProductName!.Trim(),
            Nominal = r.Nominal,
            Unit = unit!,
            BatchSize = cmd.BatchSize.Value,
            Samples = string.Join(",", samples.Select(s => s.ToString(CultureInfo.InvariantCulture))),
            T = r.T,
            Mean = r.Mean,
            StdDev = r.StdDev,
            OverT = r.OverT,
            Over2T = r.Over2T,
            Passed = r.Passed,
            Reasons = r.Reasons.Count == 0 ? null : string.Join("；", r.Reasons),
            CheckedOn = on,
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = a.ShownName,
        };
        db.PackageChecks.Add(check);
        await db.SaveChangesAsync(ct);
        db.Audit("metro.package.checked", "MetroPackageCheck", InstrumentRegister.Id(check.Id), null,
            new { check.TargetUscc, check.ProductName, check.Nominal, check.Unit, check.BatchSize, check.Mean, check.OverT, check.Over2T, check.Passed }, division);
        await db.SaveChangesAsync(ct);
        return PackageView(check);
    }

    public async Task<CheckPage<CheckRow>> ListAsync(string? place, string? division, string? view, DateOnly? from, DateOnly? to, int page, int size, CancellationToken ct)
    {
        size = Math.Clamp(size, 1, 200);
        var today = clock.Today();
        var q = db.Checks.AsNoTracking();
        if (PlaceNames.FirstOrDefault(p => p.Value == place?.Trim()) is { Value: not null } pn) q = q.Where(c => c.Place == pn.Key);
        if (!string.IsNullOrWhiteSpace(division) && DivisionTable.IsWellFormed(division.Trim()))
        {
            var prefix = DivisionTable.ScopePrefix(division.Trim());
            q = q.Where(c => c.DivisionCode.StartsWith(prefix));
        }

        if (from is { } f) q = q.Where(c => c.CheckedOn >= f);
        if (to is { } t) q = q.Where(c => c.CheckedOn <= t);
        q = view switch
        {
            "failed" => q.Where(c => !c.Passed),
            "recheck" => q.Where(c => !c.Passed && c.RecheckedOn == null),
            "recheck-overdue" => q.Where(c => !c.Passed && c.RecheckedOn == null && c.RectifyBy < today),
            _ => q,
        };
        var total = await q.CountAsync(ct);
        var rows = await (view is "recheck" or "recheck-overdue" ? q.OrderBy(c => c.RectifyBy).ThenBy(c => c.Id) : q.OrderByDescending(c => c.CheckedOn).ThenByDescending(c => c.Id))
            .Skip(Paging.Skip(page, size)).Take(size).ToListAsync(ct);
        return new CheckPage<CheckRow>([.. rows.Select(c => new CheckRow(c.Id, NameOf(c.Place), c.TargetName, c.TargetUscc,
            DivisionTable.Default.Find(c.DivisionCode)?.Name ?? c.DivisionCode, c.CheckedOn, c.Items, c.ItemsPassed, c.Passed ? "合格" : "不合格", c.RectifyBy,
            c.RecheckedOn, State(c, today)))], total, Math.Max(page, 1), size);
    }

    public async Task<CheckView?> GetAsync(long id, CancellationToken ct)
    {
        var c = await db.Checks.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return null;
        var items = await db.CheckItems.AsNoTracking().Where(i => i.CheckId == id).OrderBy(i => i.Id)
            .Select(i => new CheckItemView(i.Name, i.SerialNo, i.Verified, i.ErrorPercent, i.Accurate, i.Passed, i.Note)).ToListAsync(ct);
        return new CheckView(c.Id, NameOf(c.Place), c.TargetName, c.TargetUscc, c.DivisionCode, DivisionTable.Default.FullName(c.DivisionCode), c.Address, c.CheckedOn,
            c.Inspectors, c.FairScalePresent, c.Passed, c.RectifyBy, c.RecheckedOn, c.RecheckPassed, c.RecheckNote, State(c, clock.Today()), c.ClueSent, items);
    }

    public async Task<CheckPage<PackageCheckView>> PackagesAsync(string? division, bool? passed, int page, int size, CancellationToken ct)
    {
        size = Math.Clamp(size, 1, 200);
        var q = db.PackageChecks.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(division) && DivisionTable.IsWellFormed(division.Trim()))
        {
            var prefix = DivisionTable.ScopePrefix(division.Trim());
            q = q.Where(c => c.DivisionCode.StartsWith(prefix));
        }

        if (passed is { } p) q = q.Where(c => c.Passed == p);
        var total = await q.CountAsync(ct);
        var rows = await q.OrderByDescending(c => c.CheckedOn).ThenByDescending(c => c.Id).Skip(Paging.Skip(page, size)).Take(size).ToListAsync(ct);
        return new CheckPage<PackageCheckView>([.. rows.Select(PackageView)], total, Math.Max(page, 1), size);
    }

    public static PackagePlanView Plan(decimal nominal, int batchSize, DateOnly on)
    {
        var row = NetContent.PlanFor(Math.Max(batchSize, 1));
        return new PackagePlanView(nominal, NetContent.AllowedShortfall(nominal, on), batchSize, NetContent.SampleSize(Math.Max(batchSize, 1)), row.AllowedOverT, row.Lambda,
            NetContent.TableOn(on).Source);
    }

    internal static string State(LivelihoodCheck c, DateOnly today) => c switch
    {
        { Passed: true } => "合格",
        { RecheckPassed: true } => "复查合格",
        { RecheckPassed: false } => "复查仍不合格",
        { RectifyBy: { } by } when by < today => "逾期未复查",
        _ => "整改中",
    };

    private static PackageCheckView PackageView(PackageCheck c) => new(c.Id, c.TargetName, c.TargetUscc, DivisionTable.Default.Find(c.DivisionCode)?.Name ?? c.DivisionCode,
        c.ProductName, c.Nominal, c.Unit, c.BatchSize, c.Samples.Split(',', StringSplitOptions.RemoveEmptyEntries).Length, c.T, c.Mean, c.StdDev, c.OverT, c.Over2T,
        c.Passed, c.Passed ? "合格" : "不合格", c.Reasons?.Split('；') ?? [], c.CheckedOn);

    private async Task<EntitySummary?> TargetAsync(string? usccText, FieldErrors errors, CancellationToken ct)
    {
        var uscc = usccText?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(uscc)) errors.Add("targetUscc", "请填写被检查单位统一社会信用代码");
        else if (!Uscc.IsValid(uscc)) errors.Add("targetUscc", "被检查单位统一社会信用代码应为 18 位且校验位正确");
        else if (await entities.FindAsync(uscc, ct) is { } e) return e;
        else errors.Add("targetUscc", $"被检查单位“{uscc}”不在市场主体库中（或不在您的管辖范围内）");
        return null;
    }
}
