using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Storage;

namespace Zhijian.Platform.Rules;

/// <summary>The rule settings in force on a date. <c>Rules.Get(key, onDate)</c> of the architecture.</summary>
public interface IRuleBook
{
    /// <summary>
    /// The raw value in force on <paramref name="onDate"/> (before the first version: the first version); throws for an unknown key.
    /// </summary>
    string Get(string key, DateOnly onDate);

    Period GetPeriod(string key, DateOnly onDate) => Period.Parse(Get(key, onDate));

    int GetInt(string key, DateOnly onDate) => int.Parse(Get(key, onDate), CultureInfo.InvariantCulture);

    decimal GetDecimal(string key, DateOnly onDate) => decimal.Parse(Get(key, onDate), CultureInfo.InvariantCulture);

    /// <summary>All versions of a key, oldest first.</summary>
    IReadOnlyList<RuleSetting> History(string key);

    /// <summary>Drops the cache so the next read sees the database (after a change on this node).</summary>
    void Invalidate();
}

/// <summary>
/// Reads all rule versions once into memory (a few hundred rows) and refreshes every 30 s, so other app nodes
/// see a change within that time; a change on this node is seen at once.
/// </summary>
public sealed class RuleBook(IServiceScopeFactory scopes, TimeProvider clock) : IRuleBook
{
    private static readonly TimeSpan Refresh = TimeSpan.FromSeconds(30);
    private readonly Lock _gate = new();
    private volatile Snapshot? _snapshot;

    private sealed record Snapshot(Dictionary<string, List<RuleSetting>> ByKey, DateTimeOffset LoadedAt);

    public string Get(string key, DateOnly onDate)
    {
        var versions = Load().ByKey.GetValueOrDefault(key)
            ?? throw new KeyNotFoundException($"规则“{key}”未定义");
        RuleSetting? best = null, first = null;
        foreach (var v in versions)
        {
            if (first is null || v.EffectiveFrom < first.EffectiveFrom || (v.EffectiveFrom == first.EffectiveFrom && v.Version > first.Version))
                first = v;
            if (v.EffectiveFrom > onDate) continue;
            if (best is null || v.EffectiveFrom > best.EffectiveFrom || (v.EffectiveFrom == best.EffectiveFrom && v.Version > best.Version))
                best = v;
        }

        // A date before the first version (the shipped defaults start on 2000-01-01) reads the first version: the
        // earliest known setting, never an exception for an old decision date.
        return (best ?? first)?.Value ?? throw new KeyNotFoundException($"规则“{key}”没有任何取值");
    }

    public IReadOnlyList<RuleSetting> History(string key) =>
        Load().ByKey.GetValueOrDefault(key) is { } list
            ? [.. list.OrderBy(v => v.EffectiveFrom).ThenBy(v => v.Version)]
            : [];

    public void Invalidate() => _snapshot = null;

    private Snapshot Load()
    {
        var snap = _snapshot;
        if (snap is not null && clock.GetUtcNow() - snap.LoadedAt < Refresh) return snap;
        lock (_gate)
        {
            snap = _snapshot;
            if (snap is not null && clock.GetUtcNow() - snap.LoadedAt < Refresh) return snap;
            using var scope = scopes.CreateScope();
            scope.ServiceProvider.GetRequiredService<ActorContext>().UseSystem();
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            var all = db.RuleSettings.AsNoTracking().ToList();
            snap = new Snapshot(all.GroupBy(r => r.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal), clock.GetUtcNow());
            _snapshot = snap;
            return snap;
        }
    }

    /// <summary>Inserts the shipped defaults that are not in the database yet (idempotent, at start-up).</summary>
    public static async Task SeedDefaultsAsync(PlatformDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var existing = (await db.RuleSettings.AsNoTracking().Select(r => new { r.Key, r.EffectiveFrom }).ToListAsync(ct))
            .Select(r => (r.Key, r.EffectiveFrom)).ToHashSet();
        var now = clock.GetUtcNow();
        foreach (var def in RuleCatalog.All)
        {
            foreach (var d in def.Defaults)
            {
                if (existing.Contains((def.Key, d.From))) continue;
                db.RuleSettings.Add(new RuleSetting
                {
                    Key = def.Key,
                    EffectiveFrom = d.From,
                    Value = d.Value,
                    Version = 1,
                    Note = d.Source,
                    ChangedBy = "system",
                    ChangedAt = now,
                });
            }
        }

        await db.SaveChangesAsync(ct);
    }
}
