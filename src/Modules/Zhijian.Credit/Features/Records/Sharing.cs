using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Credit.Contracts;
using Zhijian.Credit.Data;
using Zhijian.Credit.Domain;
using Zhijian.Credit.Features.Feed;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Events;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.Credit.Features.Records;

/// <summary>
/// 声明数据共享范围. The source is exactly one of <see cref="SourceApiClient"/> (an API client's name) or <see cref="SourceOrgUnit"/>
/// (an org unit's code: its staff and API clients); <see cref="SourceSystem"/> optionally narrows it to one 来源系统.
/// </summary>
internal sealed record DeclareScope(string? Name, string? SourceApiClient, string? SourceOrgUnit, string? SourceSystem,
    IReadOnlyList<string>? Divisions, DateOnly? EffectiveFrom, DateOnly? EffectiveTo, string? Basis);

internal sealed record SharingScopeView(long Id, string Name, string? SourceApiClient, int? SourceOrgUnitId, string SourceName, string? SourceSystem,
    IReadOnlyList<string> Divisions, string Basis, DateOnly EffectiveFrom, DateOnly? EffectiveTo, string DeclaredBy, DateTimeOffset DeclaredAt,
    string? RevokedBy, DateTimeOffset? RevokedAt, bool InForceToday)
{
    public static SharingScopeView Of(SharingScope s, DateOnly today) => new(s.Id, s.Name, s.SourceApiClient, s.SourceOrgUnitId, s.SourceName,
        s.SourceSystem, s.Divisions, s.Basis, s.EffectiveFrom, s.EffectiveTo, s.DeclaredBy, s.DeclaredAt, s.RevokedBy, s.RevokedAt, s.InForceOn(today));
}

/// <summary>审核结论: approve, or reject with the reason.</summary>
internal sealed record ReviewDecision(bool? Approve, string? Reason);

/// <summary>
/// 数据共享范围 and the review of records received under one. Declaring or revoking a scope takes an administrator or section chief
/// (console users, not API clients) whose jurisdiction covers every division of it; reviewing a held record takes a section chief
/// (or administrator) whose jurisdiction covers the entity. Every step is audited.
/// </summary>
internal sealed class Sharing(CreditDbContext db, ActorContext actor, IServiceScopeFactory scopes, TimeProvider clock)
{
    private static bool MayDeclare(Actor a) => !a.IsApiClient && (a.IsInRole(Roles.Admin) || a.IsInRole(Roles.SectionChief));

    /// <summary>The scopes that name a division of the caller's area or admit the caller's own unit, newest first.</summary>
    public async Task<IReadOnlyList<SharingScopeView>> ListAsync(CancellationToken ct)
    {
        var me = actor.Current;
        var today = clock.Today();
        var all = await db.SharingScopes.AsNoTracking().OrderByDescending(s => s.Id).ToListAsync(ct);
        return [.. all.Where(s => s.Divisions.Any(me.Jurisdiction.Covers) || (me.OrgUnitId is { } org && s.SourceOrgUnitId == org))
            .Select(s => SharingScopeView.Of(s, today))];
    }

    public async Task<Result<SharingScopeView>> DeclareAsync(DeclareScope cmd, CancellationToken ct)
    {
        var me = actor.Current;
        if (!MayDeclare(me)) return Result<SharingScopeView>.Forbidden("只有系统管理员或科室负责人可以声明数据共享范围");
        var today = clock.Today();
        var e = new FieldErrors().Require("name", cmd.Name, "共享范围名称", 100).Require("basis", cmd.Basis, "依据（协议、文件文号）", 200);
        var hasClient = !string.IsNullOrWhiteSpace(cmd.SourceApiClient);
        var hasUnit = !string.IsNullOrWhiteSpace(cmd.SourceOrgUnit);
        if (hasClient == hasUnit) e.Add("sourceApiClient", "请指定报送方：API 客户端名称（sourceApiClient）或机构代码（sourceOrgUnit），二者只能选其一");
        if (cmd.SourceApiClient is { Length: > 100 }) e.Add("sourceApiClient", "API 客户端名称不能超过 100 个字符");
        if (cmd.SourceOrgUnit is { Length: > 20 }) e.Add("sourceOrgUnit", "机构代码不能超过 20 个字符");
        if (cmd.SourceSystem is { Length: > 60 }) e.Add("sourceSystem", "来源系统不能超过 60 个字符");
        var divisions = (cmd.Divisions ?? []).Select(d => d?.Trim() ?? "").Distinct(StringComparer.Ordinal).ToList();
        if (divisions.Count == 0) e.Add("divisions", "请至少指定一个可报送的行政区划代码");
        else if (divisions.Count > 50) e.Add("divisions", "一个共享范围最多 50 个行政区划");
        foreach (var d in divisions.Take(50))
        {
            if (!DivisionTable.IsWellFormed(d)) e.Add("divisions", $"行政区划代码“{d}”应为 6 位或 9 位数字");
            else if (!me.Jurisdiction.Covers(d)) e.Add("divisions", $"行政区划 {d} 不在您的管辖范围内，不能为其声明数据共享范围");
        }

        if (cmd.EffectiveFrom is null) e.Add("effectiveFrom", "生效日期不能为空");
        e.Date("effectiveFrom", "生效日期", cmd.EffectiveFrom, today, past: false).Date("effectiveTo", "截止日期", cmd.EffectiveTo, today, past: false);
        if (cmd.EffectiveTo is { } to && cmd.EffectiveFrom is { } from && to < from) e.Add("effectiveTo", $"截止日期 {to:yyyy-MM-dd} 早于生效日期 {from:yyyy-MM-dd}");
        if (e.Count > 0)
        {
            var errors = e.ToDictionary();
            return errors.TryGetValue("divisions", out var m) && m.Any(x => x.Contains("不在您的管辖范围内", StringComparison.Ordinal)) && errors.Count == 1
                ? Result<SharingScopeView>.Forbidden(string.Join("；", m))
                : Result<SharingScopeView>.Invalid(errors);
        }

        // The source is named across the whole organisation (another county's unit or client), read as the system in a scope of its own.
        string sourceName;
        int? unitId = null;
        await using (var lookup = scopes.CreateAsyncScope())
        {
            lookup.ServiceProvider.GetRequiredService<ActorContext>().UseSystem();
            if (hasUnit)
            {
                var unit = await lookup.ServiceProvider.GetRequiredService<OrgUnitService>().FindByCodeAsync(cmd.SourceOrgUnit!.Trim(), ct);
                if (unit is null) return Result<SharingScopeView>.Invalid("sourceOrgUnit", $"机构代码“{cmd.SourceOrgUnit}”不存在");
                (unitId, sourceName) = (unit.Id, unit.Name);
            }
            else
            {
                var name = cmd.SourceApiClient!.Trim();
                var platform = lookup.ServiceProvider.GetRequiredService<PlatformDbContext>();
                if (!await platform.ApiClients.AsNoTracking().AnyAsync(c => c.Name == name && c.RevokedAt == null, ct))
                    return Result<SharingScopeView>.Invalid("sourceApiClient", $"API 客户端“{name}”不存在或已停用");
                sourceName = name;
            }
        }

        var scope = new SharingScope
        {
            Name = cmd.Name!.Trim(),
            SourceApiClient = hasClient ? cmd.SourceApiClient!.Trim() : null,
            SourceOrgUnitId = unitId,
            SourceName = sourceName,
            SourceSystem = string.IsNullOrWhiteSpace(cmd.SourceSystem) ? null : cmd.SourceSystem.Trim(),
            Divisions = divisions,
            Basis = cmd.Basis!.Trim(),
            EffectiveFrom = cmd.EffectiveFrom!.Value,
            EffectiveTo = cmd.EffectiveTo,
            DeclaredBy = me.Name,
            DeclaredAt = clock.GetUtcNow(),
        };
        db.SharingScopes.Add(scope);
        db.Audit("credit.sharing-scope.declared", "SharingScope", scope.Name, null,
            new { scope.Name, scope.SourceApiClient, scope.SourceOrgUnitId, scope.SourceName, scope.SourceSystem, scope.Divisions, scope.Basis, scope.EffectiveFrom, scope.EffectiveTo });
        await db.SaveChangesAsync(ct);
        return SharingScopeView.Of(scope, today);
    }

    public async Task<Result<SharingScopeView>> RevokeAsync(long id, CancellationToken ct)
    {
        var me = actor.Current;
        if (!MayDeclare(me)) return Result<SharingScopeView>.Forbidden("只有系统管理员或科室负责人可以撤销数据共享范围");
        var scope = await db.SharingScopes.SingleOrDefaultAsync(s => s.Id == id, ct);
        if (scope is null || !scope.Divisions.Any(me.Jurisdiction.Covers)) return Result<SharingScopeView>.NotFound($"数据共享范围 {id} 不存在");
        if (!scope.Divisions.All(me.Jurisdiction.Covers))
            return Result<SharingScopeView>.Forbidden("该数据共享范围包含您管辖范围以外的行政区划，须由声明它的上级单位撤销");
        if (scope.RevokedAt is not null) return Result<SharingScopeView>.Conflict("id", "该数据共享范围已撤销");
        scope.RevokedAt = clock.GetUtcNow();
        scope.RevokedBy = me.Name;
        db.Audit("credit.sharing-scope.revoked", "SharingScope", scope.Name, new { Revoked = false }, new { Revoked = true, scope.Id });
        await db.SaveChangesAsync(ct);
        return SharingScopeView.Of(scope, clock.Today());
    }

    /// <summary>待审核: records held for review inside the caller's jurisdiction, oldest first.</summary>
    public async Task<IReadOnlyList<CreditRecordView>> PendingAsync(CancellationToken ct)
    {
        var today = clock.Today();
        var rows = await db.Records.AsNoTracking().Where(r => r.Review == RecordReview.Pending).OrderBy(r => r.Id).Take(500).ToListAsync(ct);
        return [.. rows.Select(r => CreditRecordView.Of(r, today))];
    }

    public async Task<Result<CreditRecordView>> ReviewAsync(long id, ReviewDecision cmd, CancellationToken ct)
    {
        var me = actor.Current;
        if (me.IsApiClient || !CreditAccess.CanConfirm(me))
            return Result<CreditRecordView>.Forbidden("辖区外报送的信用记录须由主体属地的科室负责人审核");
        var record = await db.Records.SingleOrDefaultAsync(r => r.Id == id, ct); // the jurisdiction filter: only the entity's own area
        if (record is null || !me.Jurisdiction.Covers(record.DivisionCode)) return Result<CreditRecordView>.NotFound($"信用记录 {id} 不存在");
        if (cmd.Approve is not { } approve) return Result<CreditRecordView>.Invalid("approve", "请选择审核结论：通过（true）或退回（false）");
        if (!approve && string.IsNullOrWhiteSpace(cmd.Reason)) return Result<CreditRecordView>.Invalid("reason", "退回须填写理由");
        if (cmd.Reason is { Length: > 500 }) return Result<CreditRecordView>.Invalid("reason", "理由不能超过 500 个字符");
        if (record.Review != RecordReview.Pending) return Result<CreditRecordView>.Conflict("review", "该记录不在待审核状态");

        var today = clock.Today();
        var at = clock.GetUtcNow();
        record.Review = approve ? RecordReview.Approved : RecordReview.Rejected;
        record.ReviewedBy = me.Name;
        record.ReviewedAt = at;
        record.ReviewNote = string.IsNullOrWhiteSpace(cmd.Reason) ? null : cmd.Reason.Trim();
        if (approve && record.Kind == CreditRecordKind.Penalty && record.IsPublicOn(today))
            CreditFeed.Add(db, CreditFeed.PenaltyPublished, record.Uscc, record.EntityName, record.DivisionCode, record.DocumentNo ?? record.SourceId,
                $"{record.Authority}：{record.Title}（{record.PenaltyKinds}）", record.DecidedOn, at);
        db.Audit(approve ? "credit.record.approved" : "credit.record.rejected", "CreditRecord", $"{record.SourceSystem}/{record.SourceId}",
            new { Review = "待审核" }, new { Review = approve ? "已审核通过" : "已退回", Reason = record.ReviewNote }, record.DivisionCode);
        if (approve) db.Publish(new CreditRecordAccepted(record.Uscc, record.Kind, record.SourceSystem, record.SourceId)); // risk classes count it now
        await db.SaveChangesAsync(ct);
        return CreditRecordView.Of(record, today);
    }
}
