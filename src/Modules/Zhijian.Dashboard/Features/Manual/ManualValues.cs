using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Zhijian.Dashboard.Data;
using Zhijian.Dashboard.Domain;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.Dashboard.Features.Manual;

/// <summary>A manual value as entered (evidence optional: name, content type, bytes).</summary>
internal sealed record EnterManualValue(int PlanIndicatorId, string? Division, string? Period, decimal? Value, string? Note,
    string? EvidenceName = null, byte[]? Evidence = null);

/// <summary>
/// 手工填报: values of the indicators no module computes yet, per period, with evidence; entered by the responsible
/// unit for its own jurisdiction and approved by a 科室负责人 other than the one who entered it. Only approved values
/// count. A period is entered once: a pending or approved value blocks a second one; a returned one may be re-entered.
/// </summary>
internal sealed class ManualValues(DashboardDbContext db, ActorContext actor, DivisionTable divisions, TimeProvider clock)
{
    public const int MaxEvidenceBytes = 10 * 1024 * 1024;

    public async Task<Result<ManualValue>> EnterAsync(EnterManualValue cmd, CancellationToken ct)
    {
        var a = actor.Current;
        if (!DashboardAccess.CanEnter(a)) return Result<ManualValue>.Forbidden("只有本单位工作人员可以填报指标值");
        var indicator = await db.Indicators.AsNoTracking().FirstOrDefaultAsync(i => i.Id == cmd.PlanIndicatorId, ct);
        if (indicator is null) return Result<ManualValue>.NotFound("指标不存在");
        var errors = new FieldErrors();
        if (indicator.Computed) errors.Add("planIndicatorId", $"“{indicator.Name}”由业务数据自动计算，不需要手工填报");
        if (!divisions.IsKnown(cmd.Division)) errors.Add("division", "行政区划代码不存在或已撤销");
        else if (!a.Jurisdiction.Covers(cmd.Division)) errors.Add("division", "只能填报本单位辖区的指标值");
        if (!IndicatorRules.TryParsePeriod(cmd.Period, out var month)) errors.Add("period", "统计期应为 yyyy-MM 格式的月份，如 2026-11");
        else if (month > IndicatorRulesToday()) errors.Add("period", "不能填报未来月份的指标值");
        if (cmd.Value is not { } value) errors.Add("value", "指标值不能为空");
        else if (IndicatorRules.Implausible(value, indicator.Unit) is { } bad) errors.Add("value", bad);
        if (cmd.Note?.Length > 2000) errors.Add("note", "说明不能超过 2000 个字符");
        string? type = null;
        if (cmd.Evidence is { } file)
        {
            if (file.Length > MaxEvidenceBytes) errors.Add("evidence", "佐证材料不能超过 10 MB");
            else if (FileTypes.Problem(cmd.EvidenceName ?? "佐证材料", file, out var t) is { } problem) errors.Add("evidence", problem);
            else type = t!.Mime;
        }

        if (errors.Count > 0) return Result<ManualValue>.Invalid(errors.ToDictionary());
        var period = cmd.Period!.Trim();
        var taken = await db.ManualValues.IgnoreQueryFilters().AnyAsync(m => m.PlanIndicatorId == indicator.Id && m.DivisionCode == cmd.Division
            && m.Period == period && m.Status != ManualStatus.Rejected, ct);
        if (taken) return Result<ManualValue>.Conflict("period", $"“{indicator.Name}”{period} 的数值已经填报（待审核或已审核），同一统计期不能重复填报");

        var v = new ManualValue
        {
            PlanIndicatorId = indicator.Id,
            DivisionCode = cmd.Division!,
            Period = period,
            Value = cmd.Value!.Value,
            Note = cmd.Note?.Trim() ?? "",
            EvidenceName = cmd.Evidence is null ? null : Path.GetFileName(cmd.EvidenceName ?? "佐证材料"),
            EvidenceType = type,
            Evidence = cmd.Evidence,
            EvidenceSha256 = cmd.Evidence is null ? null : Convert.ToHexStringLower(SHA256.HashData(cmd.Evidence)),
            EnteredBy = a.Name,
            EnteredByName = a.ShownName,
            OrgUnitName = a.OrgUnitName ?? "",
            EnteredAt = clock.GetUtcNow(),
            Status = ManualStatus.Pending,
        };
        db.ManualValues.Add(v);
        db.Audit("indicators.manual-entered", "ManualValue", $"{indicator.Code}/{v.DivisionCode}/{period}", null,
            new { v.Value, v.Note, v.EvidenceName, v.EvidenceSha256 }, v.DivisionCode);
        await db.SaveChangesAsync(ct);
        return v;
    }

    public async Task<Result<ManualValue>> DecideAsync(long id, bool approve, string? reason, CancellationToken ct)
    {
        var a = actor.Current;
        if (!DashboardAccess.CanApprove(a)) return Result<ManualValue>.Forbidden("只有科室负责人或局领导可以审核填报的指标值");
        var v = await db.ManualValues.FirstOrDefaultAsync(m => m.Id == id, ct);
        if (v is null) return Result<ManualValue>.NotFound("填报记录不存在");
        if (v.Status != ManualStatus.Pending) return Result<ManualValue>.Conflict("status", $"该填报已{IndicatorRules.Name(v.Status)}，不能再审核");
        if (v.EnteredBy == a.Name) return Result<ManualValue>.Forbidden("填报人不能审核自己填报的数值");
        if (!approve && string.IsNullOrWhiteSpace(reason)) return Result<ManualValue>.Invalid("reason", "退回时应写明理由");
        v.Status = approve ? ManualStatus.Approved : ManualStatus.Rejected;
        v.DecidedBy = a.Name;
        v.DecidedByName = a.ShownName;
        v.DecidedAt = clock.GetUtcNow();
        v.RejectReason = approve ? null : reason!.Trim();
        db.Audit(approve ? "indicators.manual-approved" : "indicators.manual-rejected", "ManualValue", v.Id.ToString(CultureInfo.InvariantCulture),
            new { Status = "待审核" }, new { Status = IndicatorRules.Name(v.Status), v.RejectReason }, v.DivisionCode);
        await db.SaveChangesAsync(ct);
        return v;
    }

    /// <summary>Manual values inside the caller's jurisdiction, newest first (pending first when <paramref name="pendingOnly"/>).</summary>
    public async Task<IReadOnlyList<ManualValue>> ListAsync(bool pendingOnly, int max, CancellationToken ct)
    {
        var q = db.ManualValues.AsNoTracking();
        if (pendingOnly) q = q.Where(m => m.Status == ManualStatus.Pending);
        return await q.OrderByDescending(m => m.Id).Take(max)
            .Select(m => new ManualValue
            {
                Id = m.Id,
                PlanIndicatorId = m.PlanIndicatorId,
                DivisionCode = m.DivisionCode,
                Period = m.Period,
                Value = m.Value,
                Note = m.Note,
                EvidenceName = m.EvidenceName,
                EvidenceType = m.EvidenceType,
                EvidenceSha256 = m.EvidenceSha256,
                EnteredBy = m.EnteredBy,
                EnteredByName = m.EnteredByName,
                OrgUnitName = m.OrgUnitName,
                EnteredAt = m.EnteredAt,
                Status = m.Status,
                DecidedBy = m.DecidedBy,
                DecidedByName = m.DecidedByName,
                DecidedAt = m.DecidedAt,
                RejectReason = m.RejectReason,
            }).ToListAsync(ct);
    }

    public async Task<ManualValue?> EvidenceAsync(long id, CancellationToken ct) =>
        await db.ManualValues.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id && m.Evidence != null, ct);

    private DateOnly IndicatorRulesToday()
    {
        var today = Zhijian.Platform.Calendar.ChinaTime.Today(clock);
        return new DateOnly(today.Year, today.Month, 1);
    }
}
