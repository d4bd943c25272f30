using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Credit.Data;
using Zhijian.Credit.Domain;
using Zhijian.Entities.Contracts;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Identity;

namespace Zhijian.Credit.Features.Records;

/// <summary>
/// Who sent a record, as the area check needs it: the actor's name, org unit and area when it sent it (kept with a quarantined
/// record, so its release re-checks the sender's area, not the releaser's). A null <see cref="Area"/> is a record quarantined before
/// senders were kept: released only for review.
/// </summary>
internal sealed record Sender(string Name, int? OrgUnitId, bool IsApiClient, Jurisdiction? Area)
{
    public static Sender Of(Actor a) => new(a.Name, a.OrgUnitId, a.IsApiClient, a.Jurisdiction);

    /// <summary>The area as stored with a quarantined record: prefixes comma-separated, "*" unrestricted, "" unknown.</summary>
    public string AreaText => Area is null ? "" : Area.Unrestricted ? "*" : string.Join(',', Area.Prefixes);

    public static Sender Stored(string name, int? orgUnitId, string area) => new(name, orgUnitId, name.StartsWith("api:", StringComparison.Ordinal),
        area switch
        {
            "" => null,
            "*" => Jurisdiction.Everything,
            _ => new Jurisdiction(false, area.Split(',', StringSplitOptions.RemoveEmptyEntries)),
        });

    /// <summary>The area as people read it (the prefixes padded to division codes).</summary>
    public string AreaName => Area is null ? "未知" : Area.Unrestricted ? "全部" : Area.Prefixes.Length == 0 ? "无" : string.Join("、", Area.Prefixes.Select(p => p.PadRight(6, '0')));
}

internal enum AreaVerdict
{
    /// <summary>The entity lies in the sender's area: accepted as sent.</summary>
    InArea,

    /// <summary>Outside the sender's area but under a data-sharing scope: held for review (待审核).</summary>
    UnderScope,

    /// <summary>Outside the sender's area, no scope: refused (403).</summary>
    Refused,
}

/// <summary>
/// The area check's answer. <see cref="Entity"/> is the registry's entry read across the whole registry (null: not registered);
/// <see cref="Division"/> the registry's division code, or for an unregistered code its characters 3–8 (the registering authority).
/// </summary>
internal sealed record AreaDecision(AreaVerdict Verdict, EntitySummary? Entity, string Division, SharingScope? Scope, string? Refusal);

/// <summary>
/// 信息归集的属地校验: a record is accepted only for an entity in the sender's area (<see cref="Actor.Jurisdiction"/>) or under a
/// declared <see cref="SharingScope"/>. A registered entity is placed by the registry's division code (read through
/// <see cref="IEntityDirectory"/> as the system, in a scope of its own, never by widening the caller); an unregistered code by its
/// registering authority (USCC characters 3–8), where an authority above the sender's area (a city- or province-registered code)
/// lets the record wait in quarantine: its release re-checks the real division.
/// </summary>
internal sealed class IntakeArea(IServiceScopeFactory scopes, CreditDbContext db) : IAsyncDisposable
{
    private readonly Dictionary<string, EntitySummary?> _entities = new(StringComparer.Ordinal);
    private AsyncServiceScope? _system;
    private List<SharingScope>? _scopes;

    /// <summary>The registry's entry for <paramref name="uscc"/> across the whole registry (null when not registered).</summary>
    public async Task<EntitySummary?> FindAsync(string uscc, CancellationToken ct)
    {
        if (_system is null)
        {
            _system = scopes.CreateAsyncScope();
            _system.Value.ServiceProvider.GetRequiredService<ActorContext>().UseSystem();
        }

        if (_entities.TryGetValue(uscc, out var known)) return known; // a batch checks each record twice: before writing and when writing
        var found = await _system.Value.ServiceProvider.GetRequiredService<IEntityDirectory>().FindAsync(uscc, ct);
        if (_entities.Count < 10_000) _entities[uscc] = found;
        return found;
    }

    public async Task<AreaDecision> DecideAsync(Sender sender, string uscc, string sourceSystem, DateOnly today, CancellationToken ct)
    {
        var entity = await FindAsync(uscc, ct);
        var division = entity?.DivisionCode ?? uscc.Substring(2, 6);
        if (sender.Area is { } area)
        {
            if (area.Covers(division)) return new(AreaVerdict.InArea, entity, division, null, null);
            if (entity is null && DivisionTable.IsWellFormed(division) && Above(division, area))
                return new(AreaVerdict.InArea, null, division, null, null); // city/province-registered code: checked again at release
        }

        var scope = await ScopeForAsync(sender, division, sourceSystem, today, ct);
        if (scope is not null || sender.Area is null) return new(AreaVerdict.UnderScope, entity, division, scope, null);
        var where = entity is null ? $"登记机关属地 {division}（统一社会信用代码第 3–8 位）" : $"登记属地 {division}";
        return new(AreaVerdict.Refused, entity, division, null,
            $"统一社会信用代码为 {uscc} 的主体（{where}）不在报送方 {sender.Name} 的管辖范围（{sender.AreaName}）内，且没有覆盖该属地的数据共享范围，不予归集；" +
            "请由主体属地的市场监管部门报送，或请其科室负责人声明数据共享范围");
    }

    /// <summary>A data-sharing scope in force on <paramref name="today"/> that admits <paramref name="sender"/> for <paramref name="division"/>.</summary>
    public async Task<SharingScope?> ScopeForAsync(Sender sender, string division, string sourceSystem, DateOnly today, CancellationToken ct)
    {
        _scopes ??= await db.SharingScopes.AsNoTracking().Where(s => s.RevokedAt == null).ToListAsync(ct);
        var client = sender.IsApiClient ? sender.Name["api:".Length..] : null;
        return _scopes.Where(s => s.InForceOn(today)
                && ((s.SourceApiClient != null && s.SourceApiClient == client) || (s.SourceOrgUnitId != null && s.SourceOrgUnitId == sender.OrgUnitId))
                && (s.SourceSystem == null || s.SourceSystem == sourceSystem)
                && Jurisdiction.For(s.Divisions).Covers(division))
            .OrderBy(s => s.Id).FirstOrDefault();
    }

    /// <summary>
    /// Forgets the registry entries and scopes read so far: called at the start of every intake operation, as a console circuit's
    /// scope lives for the whole session (an entity registered or a scope declared since then must count).
    /// </summary>
    public void Reset()
    {
        _entities.Clear();
        _scopes = null;
    }

    /// <summary>Whether the registering authority <paramref name="division"/> lies above every part of <paramref name="area"/> (a 370100 code for a 370103 sender).</summary>
    private static bool Above(string division, Jurisdiction area)
    {
        var prefix = DivisionTable.ScopePrefix(division);
        return area.Prefixes.Length > 0 && area.Prefixes.All(p => p.StartsWith(prefix, StringComparison.Ordinal) && p.Length > prefix.Length);
    }

    public async ValueTask DisposeAsync()
    {
        if (_system is { } s) await s.DisposeAsync();
    }
}
