using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhijian.Drugs.Data;
using Zhijian.Drugs.Domain.Registers;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Rules;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.Drugs.Features.Registers;

/// <summary>
/// 药品不良反应、医疗器械不良事件、化妆品不良反应 reports received by API (idempotent by report number: a number already received
/// returns the stored report), the reporting deadline per kind and seriousness (rule settings; late ones flagged), and signal
/// detection at intake: the same product (批准文号/注册证号, else name + manufacturer) reported by ≥ N reporters within W days,
/// or any death, raises a signal or extends the product's signal. No patient name is taken.
/// </summary>
internal sealed class AdverseBook(DrugsDbContext db, ActorContext actor, IRuleBook rules, TimeProvider clock)
{
    public const string RecordType = "DrugAdverseReport";

    public async Task<Result<AdverseReportRow>> ReceiveAsync(AdverseReportInput cmd, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var today = clock.Today();
        errors.Require("reportNo", cmd.ReportNo, "报告编号", 40);
        var no = cmd.ReportNo?.Trim() ?? "";
        if (no.Length is > 0 and <= 40 && await db.AdverseReports.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(r => r.ReportNo == no, ct) is { } was)
            return Row(was);
        var kind = AdverseRules.ParseKind(cmd.Kind);
        if (kind is null) errors.Add("kind", "报告类别应为药品不良反应（drug）、医疗器械不良事件（device）或化妆品不良反应（cosmetic）");
        errors.Require("reporterName", cmd.ReporterName, "报告单位名称", 200);
        errors.Require("reporterCode", cmd.ReporterCode, "报告单位代码（统一社会信用代码或医疗机构登记号）", 40);
        var division = cmd.DivisionCode?.Trim() ?? "";
        if (division.Length != 6 || !DivisionTable.IsWellFormed(division)) errors.Add("divisionCode", "报告单位所在区县应为 6 位行政区划代码");
        if (cmd.Product is not { } p || string.IsNullOrWhiteSpace(p.Name) && string.IsNullOrWhiteSpace(p.Number))
            errors.Add("product", "产品不能为空：请填写产品名称及批准文号/注册证号、批号、生产企业");
        else
        {
            errors.Require("product.name", p.Name, "产品名称", 200);
            if (p.Number?.Trim().Length > 60) errors.Add("product.number", "批准文号/注册证号不能超过 60 个字符");
            if (p.Batch?.Trim().Length > 60) errors.Add("product.batch", "批号不能超过 60 个字符");
            if (p.Manufacturer?.Trim().Length > 200) errors.Add("product.manufacturer", "生产企业不能超过 200 个字符");
        }

        if (cmd.Patient?.Age is < 0 or > 150) errors.Add("patient.age", "患者年龄应在 0 至 150 岁之间");
        var sex = cmd.Patient?.Sex?.Trim() switch { "男" or "M" or "male" => "男", "女" or "F" or "female" => "女", null or "" or "未知" => "未知", _ => null };
        if (sex is null) errors.Add("patient.sex", "患者性别应为男、女或未知");
        if (cmd.EventOn is not { } eventOn) errors.Add("eventOn", "事件发生日期不能为空");
        else if (eventOn > today) errors.Add("eventOn", $"事件发生日期（{eventOn:yyyy-MM-dd}）不能晚于今天");
        var knownOn = cmd.KnownOn ?? cmd.EventOn;
        if (cmd.KnownOn is { } k && (k > today || (cmd.EventOn is { } e2 && k < e2))) errors.Add("knownOn", "获知日期应在事件发生日期与今天之间");
        var seriousness = AdverseRules.ParseSeriousness(cmd.Seriousness);
        if (seriousness is null) errors.Add("seriousness", "严重程度应为一般（general）、严重（serious）或死亡（death）");
        errors.Require("description", cmd.Description, "不良反应/事件描述", 2000);
        if (errors.Count > 0) return Result<AdverseReportRow>.Invalid(errors.ToDictionary());

        var product = cmd.Product!;
        var due = AdverseRules.DueOn(kind!.Value, seriousness!.Value, knownOn!.Value, rules);
        var r = new AdverseReport
        {
            ReportNo = no,
            Kind = kind.Value,
            ReporterName = cmd.ReporterName!.Trim(),
            ReporterCode = cmd.ReporterCode!.Trim().ToUpperInvariant(),
            DivisionCode = division,
            ProductName = product.Name!.Trim(),
            ProductNo = Trim(product.Number),
            Batch = Trim(product.Batch),
            Manufacturer = Trim(product.Manufacturer),
            ProductKey = AdverseRules.ProductKey(product.Number, product.Name!, product.Manufacturer),
            PatientAge = cmd.Patient?.Age,
            PatientSex = sex!,
            EventOn = cmd.EventOn!.Value,
            KnownOn = knownOn.Value,
            ReceivedOn = today,
            Seriousness = seriousness.Value,
            IsNew = cmd.IsNew ?? false,
            Description = cmd.Description!.Trim(),
            DueOn = due,
            Late = AdverseRules.IsLate(today, due),
            CreatedAt = clock.GetUtcNow(),
        };
        db.AdverseReports.Add(r);
        await SignalAsync(r, ct);
        db.Audit("drugs.adverse.received", RecordType, r.ReportNo, null,
            new { Kind = AdverseRules.NameOf(r.Kind), r.ReporterName, r.ProductName, Seriousness = AdverseRules.NameOf(r.Seriousness), r.DueOn, r.Late }, r.DivisionCode);
        await db.SaveChangesAsync(ct);
        return Row(r);
    }

    /// <summary>The new report's product window: reports with the same key within W−1 days either side; a window reaching the threshold, or a death, signals.</summary>
    private async Task SignalAsync(AdverseReport r, CancellationToken ct)
    {
        var n = rules.GetInt(AdverseRules.SignalReportersKey, r.EventOn);
        var w = rules.GetInt(AdverseRules.SignalWindowKey, r.EventOn);
        var (from, to) = (r.EventOn.AddDays(-(w - 1)), r.EventOn.AddDays(w - 1));
        var near = await db.AdverseReports.IgnoreQueryFilters().Where(x => x.ProductKey == r.ProductKey && x.EventOn >= from && x.EventOn <= to).ToListAsync(ct);
        var hit = AdverseRules.SignalWindow(near.Select(x => (x.Id, x.ReporterCode, x.EventOn)).Append((-1L, r.ReporterCode, r.EventOn)), n, w);
        var death = r.Seriousness == Seriousness.Death;
        if (!death && !hit.Contains(-1)) return;
        var reports = near.Where(x => hit.Contains(x.Id)).Append(r).ToList();
        var signal = await db.AdverseSignals.IgnoreQueryFilters().Where(s => s.ProductKey == r.ProductKey && s.ToOn >= from).OrderByDescending(s => s.Id).FirstOrDefaultAsync(ct);
        if (signal is null)
        {
            signal = new AdverseSignal
            {
                Number = await NextNumberAsync(r.EventOn.Year, ct),
                Kind = r.Kind,
                ProductKey = r.ProductKey,
                ProductName = r.ProductName,
                Manufacturer = r.Manufacturer,
                DivisionCode = r.DivisionCode,
                FromOn = reports.Min(x => x.EventOn),
                ToOn = reports.Max(x => x.EventOn),
                CreatedAt = clock.GetUtcNow(),
            };
            db.AdverseSignals.Add(signal);
        }
        else
        {
            signal.Reviewed = false; // new evidence: to be reviewed again
        }

        var fresh = reports.Where(x => x.SignalId is null && x.Signal is null).ToList();
        foreach (var x in fresh) x.Signal = signal;
        signal.FromOn = reports.Min(x => x.EventOn) < signal.FromOn ? reports.Min(x => x.EventOn) : signal.FromOn;
        signal.ToOn = reports.Max(x => x.EventOn) > signal.ToOn ? reports.Max(x => x.EventOn) : signal.ToOn;
        signal.Reports += fresh.Count;
        signal.Reporters = Math.Max(signal.Reporters, reports.Select(x => x.ReporterCode).Distinct(StringComparer.Ordinal).Count());
        signal.Death |= death;
    }

    public async Task<Result<AdverseSignalView>> ReviewAsync(long id, ReviewSignal cmd, CancellationToken ct)
    {
        var a = actor.Current;
        if (a.IsApiClient || !(a.IsInRole(Roles.Inspector) || DrugsAccess.CanAdminister(a))) return Result<AdverseSignalView>.Forbidden("只有药品监管人员、科室负责人可以研判信号");
        var s = await db.AdverseSignals.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (s is null) return Result<AdverseSignalView>.NotFound($"信号 {id} 不存在或不在您的管辖范围内");
        var errors = new FieldErrors().Require("note", cmd.Note, "研判意见", 1000);
        if (errors.Count > 0) return Result<AdverseSignalView>.Invalid(errors.ToDictionary());
        s.Reviewed = true;
        s.ReviewNote = cmd.Note!.Trim();
        db.Audit("drugs.adverse.signal-reviewed", "DrugAdverseSignal", s.Number, null, new { s.ReviewNote }, s.DivisionCode);
        await db.SaveChangesAsync(ct);
        return (await GetSignalAsync(id, ct))!;
    }

    // ── lists ─────────────────────────────────────────────────────────────────────────────────────────────────────────────

    public async Task<AdverseReportList> ListAsync(string? kind, string? seriousness, bool? late, string? division, string? q, DateOnly? from, DateOnly? to,
        int page, int size, CancellationToken ct)
    {
        size = Math.Clamp(size, 1, 200);
        page = Math.Clamp(page, 1, 100_000);
        var x = db.AdverseReports.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(division) && DivisionTable.IsWellFormed(division.Trim()))
        {
            var prefix = DivisionTable.ScopePrefix(division.Trim());
            x = x.Where(r => r.DivisionCode.StartsWith(prefix));
        }

        if (AdverseRules.ParseKind(kind) is { } k) x = x.Where(r => r.Kind == k);
        if (AdverseRules.ParseSeriousness(seriousness) is { } s) x = x.Where(r => r.Seriousness == s);
        if (from is { } f) x = x.Where(r => r.ReceivedOn >= f);
        if (to is { } e) x = x.Where(r => r.ReceivedOn <= e);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var t = q.Trim();
            x = x.Where(r => r.ReportNo == t || r.ProductName.Contains(t) || r.ReporterName.Contains(t) || r.ProductNo == t
                || (r.Manufacturer != null && r.Manufacturer.Contains(t)));
        }

        var lateCount = await x.CountAsync(r => r.Late, ct);
        if (late is { } l) x = x.Where(r => r.Late == l);
        var total = await x.CountAsync(ct);
        var rows = await x.OrderByDescending(r => r.ReceivedOn).ThenByDescending(r => r.Id).Skip(Paging.Skip(page, size)).Take(size).ToListAsync(ct);
        return new AdverseReportList([.. rows.Select(Row)], total, page, size, lateCount);
    }

    public async Task<AdverseReportRow?> GetAsync(long id, CancellationToken ct) =>
        await db.AdverseReports.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct) is { } r ? Row(r) : null;

    public async Task<AdverseSignalList> SignalsAsync(bool? reviewed, string? division, int page, int size, CancellationToken ct)
    {
        size = Math.Clamp(size, 1, 200);
        page = Math.Clamp(page, 1, 100_000);
        var x = db.AdverseSignals.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(division) && DivisionTable.IsWellFormed(division.Trim()))
        {
            var prefix = DivisionTable.ScopePrefix(division.Trim());
            x = x.Where(s => s.DivisionCode.StartsWith(prefix));
        }

        var fresh = await x.CountAsync(s => !s.Reviewed, ct);
        if (reviewed is { } rv) x = x.Where(s => s.Reviewed == rv);
        var total = await x.CountAsync(ct);
        var rows = await x.OrderBy(s => s.Reviewed).ThenByDescending(s => s.ToOn).ThenByDescending(s => s.Id).Skip(Paging.Skip(page, size)).Take(size).ToListAsync(ct);
        return new AdverseSignalList([.. rows.Select(Row)], total, page, size, fresh);
    }

    public async Task<AdverseSignalView?> GetSignalAsync(long id, CancellationToken ct)
    {
        var s = await db.AdverseSignals.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (s is null) return null;
        var reports = await db.AdverseReports.IgnoreQueryFilters().AsNoTracking().Where(r => r.SignalId == id).OrderBy(r => r.EventOn).ToListAsync(ct);
        return new AdverseSignalView(Row(s), [.. reports.Select(Row)]);
    }

    internal static AdverseReportRow Row(AdverseReport r) => new(r.Id, r.ReportNo, AdverseRules.CodeOf(r.Kind), AdverseRules.NameOf(r.Kind), r.ReporterName,
        r.DivisionCode, r.ProductName, r.ProductNo, r.Batch, r.Manufacturer, r.PatientAge, r.PatientSex, r.EventOn, r.KnownOn, r.ReceivedOn,
        AdverseRules.CodeOf(r.Seriousness), AdverseRules.NameOf(r.Seriousness), r.IsNew, r.DueOn, r.Late, r.SignalId ?? r.Signal?.Id, r.Description);

    private static AdverseSignalRow Row(AdverseSignal s) => new(s.Id, s.Number, AdverseRules.CodeOf(s.Kind), AdverseRules.NameOf(s.Kind), s.ProductName,
        s.Manufacturer, s.DivisionCode, s.FromOn, s.ToOn, s.Reporters, s.Reports, s.Death, s.Reviewed, s.ReviewNote);

    private static string? Trim(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private Task<string> NextNumberAsync(int year, CancellationToken ct) =>
        YearlyNumbers.NextAsync(db.AdverseSignals.IgnoreQueryFilters().Select(x => x.Number), "XH", year, ct);
}
