using Microsoft.EntityFrameworkCore;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Privacy;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;
using Zhijian.SpecialEquipment.Data;
using Zhijian.SpecialEquipment.Domain.Maintenance;
using Zhijian.SpecialEquipment.Domain.Registry;

namespace Zhijian.SpecialEquipment.Features.Maintenance;

/// <summary>
/// 维保记录 (one, or a batch from a company's system: all-or-nothing with every row's error) by the equipment's current contractor
/// only, the users' monthly 自行检查, and the lists: records, 维保逾期 (半月 or the pilot's interval; 季度/半年/年度 items), 自行检查逾期.
/// </summary>
internal sealed class MaintenanceRecords(EquipmentDbContext db, ActorContext actor, MaintenanceRules rules, TimeProvider clock)
{
    public const int MaxBatch = 2000;

    public async Task<Result<MaintenanceRow>> RecordAsync(string code, MaintenanceInput cmd, CancellationToken ct)
    {
        var row = new MaintenanceBatchRow(code, cmd.MaintainerUscc, cmd.On, cmd.Level, cmd.Staff, cmd.Findings, cmd.SignedByUser);
        var (records, errors) = await StageAsync([row], single: true, ct);
        if (errors.Count > 0) return Result<MaintenanceRow>.Invalid(errors.ToDictionary());
        await db.SaveChangesAsync(ct);
        var r = records[0];
        return ToRow(r, masked: false);
    }

    public async Task<Result<BatchResult>> BatchAsync(MaintenanceBatch cmd, CancellationToken ct)
    {
        var rows = cmd.Rows ?? [];
        if (rows.Count == 0) return Result<BatchResult>.Invalid("rows", "维保记录不能为空");
        if (rows.Count > MaxBatch) return Result<BatchResult>.Invalid("rows", $"一次最多报送 {MaxBatch} 条维保记录");
        var (records, errors) = await StageAsync(rows, single: false, ct);
        if (errors.Count > 0) return Result<BatchResult>.Invalid(errors.ToDictionary());
        await db.SaveChangesAsync(ct);
        return new BatchResult(records.Count);
    }

    /// <summary>Validates and stages the rows in date order per equipment; errors name the field (batch: rows[i].field).</summary>
    private async Task<(List<MaintenanceRecord> Records, FieldErrors Errors)> StageAsync(IReadOnlyList<MaintenanceBatchRow> rows, bool single, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var today = clock.Today();
        var codes = rows.Select(r => r.EquipmentCode?.Trim() ?? "").Distinct(StringComparer.Ordinal).ToList();
        var equipment = await db.Equipment.AsNoTracking().Where(e => codes.Contains(e.Code)).ToDictionaryAsync(e => e.Code, StringComparer.Ordinal, ct);
        var ids = equipment.Values.Select(e => e.Id).ToList();
        var contracts = await db.MaintenanceContracts.Where(k => ids.Contains(k.EquipmentId) && k.EndedOn == null).ToListAsync(ct);
        var byEquipment = contracts.GroupBy(k => k.EquipmentId).ToDictionary(g => g.Key, g => g.OrderByDescending(k => k.From).First());
        var staged = new List<(int Index, MaintenanceRecord Record, MaintenanceContract Contract)>();
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            string F(string field) => single ? field : $"rows[{i}].{field}";
            var n = errors.Count;
            var code = r.EquipmentCode?.Trim() ?? "";
            if (!equipment.TryGetValue(code, out var e))
            {
                errors.Add(F("equipmentCode"), $"设备代码“{code}”不存在或不在您的管辖范围内");
                continue;
            }

            byEquipment.TryGetValue(e.Id, out var k);
            var uscc = r.MaintainerUscc?.Trim().ToUpperInvariant() ?? "";
            if (k is null) errors.Add(F("maintainerUscc"), $"设备 {code} 没有在执行的维保合同，不能报送维保记录");
            else if (!string.Equals(k.MaintainerUscc, uscc, StringComparison.Ordinal))
                errors.Add(F("maintainerUscc"), $"维保单位“{uscc}”不是设备 {code} 当前的维保单位（当前为{k.MaintainerName}），不能报送其维保记录");
            if (e.Status is EquipmentStatus.Scrapped or EquipmentStatus.Cancelled) errors.Add(F("equipmentCode"), $"设备 {code} 已报废或注销");
            if (r.On is not { } on) errors.Add(F("on"), "维保日期不能为空");
            else if (on > today) errors.Add(F("on"), $"维保日期（{on:yyyy-MM-dd}）不能晚于今天");
            else if (k is not null && on < k.From) errors.Add(F("on"), $"维保日期（{on:yyyy-MM-dd}）早于维保合同开始日期（{k.From:yyyy-MM-dd}）");
            else if (k?.LastMaintainedOn is { } last && on < last) errors.Add(F("on"), $"维保日期（{on:yyyy-MM-dd}）早于该设备最近一次维保（{last:yyyy-MM-dd}），请按时间顺序报送");
            if (r.Level is not { } level || !Enum.IsDefined(level)) errors.Add(F("level"), "维保项目级别应为半月（HalfMonth）、季度（Quarter）、半年（HalfYear）或年度（Year）");
            errors.Require(F("staff"), r.Staff, "维保人员", 200);
            if (r.Findings?.Trim().Length > 2000) errors.Add(F("findings"), "维保发现的问题不能超过 2000 个字符");
            if (errors.Count > n) continue;
            var rec = new MaintenanceRecord
            {
                EquipmentId = e.Id,
                EquipmentCode = e.Code,
                DivisionCode = e.DivisionCode,
                ContractId = k!.Id,
                MaintainerUscc = k.MaintainerUscc,
                MaintainerName = k.MaintainerName,
                On = r.On!.Value,
                Level = r.Level!.Value,
                Staff = r.Staff.Trim(),
                Findings = string.IsNullOrWhiteSpace(r.Findings) ? null : r.Findings.Trim(),
                SignedByUser = r.SignedByUser,
                CreatedAt = clock.GetUtcNow(),
                CreatedBy = actor.Current.ShownName,
            };
            staged.Add((i, rec, k));
        }

        if (errors.Count > 0) return ([], errors);
        var records = new List<MaintenanceRecord>();
        foreach (var (_, rec, k) in staged.OrderBy(s => s.Record.On).ThenBy(s => s.Index))
        {
            rules.Apply(k, rec);
            db.MaintenanceRecords.Add(rec);
            records.Add(rec);
        }

        if (single)
        {
            var rec = records[0];
            db.Audit("sequip.maintenance.recorded", "Equipment", rec.EquipmentCode, null,
                new { rec.MaintainerName, rec.On, Level = MaintenanceRules.NameOf(rec.Level), rec.SignedByUser, rec.OnTime }, rec.DivisionCode);
        }
        else
        {
            db.Audit("sequip.maintenance.batch", "SequipMaintenanceBatch", clock.GetUtcNow().ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture), null,
                new { Rows = records.Count, Equipment = records.Select(r => r.EquipmentCode).Distinct().Count(), From = records.Min(r => r.On), To = records.Max(r => r.On) });
        }

        return (records, errors);
    }

    public async Task<Result<SelfCheckRow>> SelfCheckAsync(string code, SelfCheckInput cmd, CancellationToken ct)
    {
        var e = await db.Equipment.AsNoTracking().SingleOrDefaultAsync(x => x.Code == code, ct);
        if (e is null) return Result<SelfCheckRow>.Invalid("equipmentCode", $"设备代码“{code}”不存在或不在您的管辖范围内");
        var today = clock.Today();
        var errors = new FieldErrors();
        if (cmd.On is not { } on) errors.Add("on", "自行检查日期不能为空");
        else if (on > today) errors.Add("on", $"自行检查日期（{on:yyyy-MM-dd}）不能晚于今天");
        errors.Require("checkedBy", cmd.CheckedBy, "检查人", 100);
        if (cmd.Findings?.Trim().Length > 2000) errors.Add("findings", "检查发现的问题不能超过 2000 个字符");
        if (e.Status is not EquipmentStatus.InUse) errors.Add("equipmentCode", $"设备 {code} 不在用，无需自行检查");
        if (errors.Count > 0) return Result<SelfCheckRow>.Invalid(errors.ToDictionary());
        var s = new SelfCheck
        {
            EquipmentId = e.Id,
            EquipmentCode = e.Code,
            DivisionCode = e.DivisionCode,
            On = cmd.On!.Value,
            CheckedBy = cmd.CheckedBy.Trim(),
            Findings = string.IsNullOrWhiteSpace(cmd.Findings) ? null : cmd.Findings.Trim(),
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = actor.Current.ShownName,
        };
        db.SelfChecks.Add(s);
        db.Audit("sequip.self-check.recorded", "Equipment", e.Code, null, new { s.On, s.Findings }, e.DivisionCode);
        await db.SaveChangesAsync(ct);
        return new SelfCheckRow(s.Id, s.EquipmentCode, s.On, Masks.Name(s.CheckedBy), s.Findings);
    }

    public async Task<ListPage<MaintenanceRow>> ListAsync(string? code, string? uscc, string? division, DateOnly? from, DateOnly? to, int page, int size, CancellationToken ct)
    {
        size = Math.Clamp(size, 1, 200);
        var q = db.MaintenanceRecords.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(code)) q = q.Where(r => r.EquipmentCode == code.Trim());
        if (!string.IsNullOrWhiteSpace(uscc))
        {
            var u = uscc.Trim().ToUpperInvariant();
            q = q.Where(r => r.MaintainerUscc == u);
        }

        if (!string.IsNullOrWhiteSpace(division)) q = q.Where(r => r.DivisionCode.StartsWith(division.Trim()));
        if (from is { } f) q = q.Where(r => r.On >= f);
        if (to is { } t) q = q.Where(r => r.On <= t);
        var total = await q.CountAsync(ct);
        var rows = await q.OrderByDescending(r => r.On).ThenByDescending(r => r.Id).Skip(Paging.Skip(page, size)).Take(size).ToListAsync(ct);
        return new ListPage<MaintenanceRow>([.. rows.Select(r => ToRow(r, masked: true))], total, Math.Max(page, 1), size);
    }

    /// <summary>
    /// 维保逾期 of in-use elevators under an active contract: kind = half-month (the 半月 cycle or the pilot's interval), quarter,
    /// half-year, year; most overdue first.
    /// </summary>
    public async Task<ListPage<OverdueRow>> OverdueAsync(string? kind, string? division, int page, int size, CancellationToken ct)
    {
        size = Math.Clamp(size, 1, 200);
        var today = clock.Today();
        var q = from k in db.MaintenanceContracts.AsNoTracking()
                join e in db.Equipment.AsNoTracking() on k.EquipmentId equals e.Id
                where k.EndedOn == null && e.Status == EquipmentStatus.InUse && e.Category == EquipmentCategory.Elevator
                select new { k, e };
        if (!string.IsNullOrWhiteSpace(division)) q = q.Where(x => x.e.DivisionCode.StartsWith(division.Trim()));
        var due = kind switch
        {
            "quarter" => q.Where(x => x.k.QuarterDueOn < today).Select(x => new { x.k, x.e, Due = x.k.QuarterDueOn }),
            "half-year" => q.Where(x => x.k.HalfYearDueOn < today).Select(x => new { x.k, x.e, Due = x.k.HalfYearDueOn }),
            "year" => q.Where(x => x.k.YearDueOn < today).Select(x => new { x.k, x.e, Due = x.k.YearDueOn }),
            _ => q.Where(x => x.k.DueOn < today).Select(x => new { x.k, x.e, Due = x.k.DueOn }),
        };
        var total = await due.CountAsync(ct);
        var rows = await due.OrderBy(x => x.Due).ThenBy(x => x.e.Code).Skip(Paging.Skip(page, size)).Take(size)
            .Select(x => new { x.e.Id, x.e.Code, x.e.DivisionCode, x.e.UserName, x.e.Address, x.k.MaintainerName, x.k.LastMaintainedOn, x.Due, x.k.OnDemand })
            .ToListAsync(ct);
        return new ListPage<OverdueRow>([.. rows.Select(r => new OverdueRow(r.Id, r.Code, r.DivisionCode, r.UserName, r.Address, r.MaintainerName, r.LastMaintainedOn, r.Due,
            MaintenanceRules.DaysOverdue(r.Due, today), r.OnDemand))], total, Math.Max(page, 1), size);
    }

    /// <summary>In-use equipment without a self-check within sequip.self-check-interval months (registered before that).</summary>
    public async Task<ListPage<OverdueRow>> SelfCheckOverdueAsync(string? division, int page, int size, CancellationToken ct)
    {
        size = Math.Clamp(size, 1, 200);
        var today = clock.Today();
        var cutoff = today.AddMonths(-rules.SelfCheckMonths(today));
        var q = db.Equipment.AsNoTracking().Where(e => e.Status == EquipmentStatus.InUse && (e.RegisteredOn == null || e.RegisteredOn < cutoff)
            && !db.SelfChecks.Any(s => s.EquipmentId == e.Id && s.On >= cutoff));
        if (!string.IsNullOrWhiteSpace(division)) q = q.Where(e => e.DivisionCode.StartsWith(division.Trim()));
        var total = await q.CountAsync(ct);
        var rows = await q.OrderBy(e => e.Code).Skip(Paging.Skip(page, size)).Take(size)
            .Select(e => new { e.Id, e.Code, e.DivisionCode, e.UserName, e.Address, e.MaintainerName, e.RegisteredOn, Last = db.SelfChecks.Where(s => s.EquipmentId == e.Id).Max(s => (DateOnly?)s.On) })
            .ToListAsync(ct);
        return new ListPage<OverdueRow>([.. rows.Select(r =>
        {
            var due = (r.Last ?? r.RegisteredOn ?? cutoff).AddMonths(rules.SelfCheckMonths(today));
            return new OverdueRow(r.Id, r.Code, r.DivisionCode, r.UserName, r.Address, r.MaintainerName, r.Last, due, MaintenanceRules.DaysOverdue(due, today), false);
        })], total, Math.Max(page, 1), size);
    }

    private static MaintenanceRow ToRow(MaintenanceRecord r, bool masked) => new(r.Id, r.EquipmentCode, r.DivisionCode, r.MaintainerName, r.On, MaintenanceRules.NameOf(r.Level),
        masked ? string.Join("、", r.Staff.Split('、', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Masks.Name)) : r.Staff,
        r.Findings, r.SignedByUser, r.OnTime, r.PreviousOn is { } p ? r.On.DayNumber - p.DayNumber : null);
}
