using Microsoft.EntityFrameworkCore;
using Zhijian.Platform.Storage;

namespace Zhijian.Platform.Audit;

/// <summary>
/// Seals pending audit entries into the hash chain inside the saving transaction. Appends are serialised:
/// on PostgreSQL by a transaction-scoped advisory lock, on SQLite by the write lock of BEGIN IMMEDIATE.
/// </summary>
public static class AuditChain
{
    private const long AdvisoryLockKey = 0x5A4A_4155_4449_54; // "ZJAUDIT"

    public static bool HasPending(DbContext db) =>
        db.ChangeTracker.Entries<AuditEntry>().Any(e => e.State == EntityState.Added);

    public static async Task SealPendingAsync(DbContext db, CancellationToken ct)
    {
        var pending = db.ChangeTracker.Entries<AuditEntry>()
            .Where(e => e.State == EntityState.Added).OrderByDescending(e => e.Entity.Seq).ToList(); // temporary keys -1, -2, … in order added
        if (pending.Count == 0) return;

        await LockAsync(db, ct);
        var last = await db.Set<AuditEntry>().AsNoTracking().OrderByDescending(a => a.Seq)
            .Select(a => new { a.Seq, a.Hash }).FirstOrDefaultAsync(ct);
        var seq = last?.Seq ?? 0;
        var prev = last?.Hash ?? AuditEntry.Genesis;
        foreach (var tracked in pending)
        {
            var entry = tracked.Entity;
            tracked.Property(a => a.Seq).CurrentValue = ++seq; // through the tracker: re-keys it even with change detection off
            entry.PrevHash = prev;
            entry.Hash = entry.ComputeHash(prev);
            prev = entry.Hash;
        }
    }

    /// <summary>
    /// Takes the chain's write lock for the current transaction (PostgreSQL advisory lock; on SQLite the
    /// transaction already holds the database write lock). Also usable by a use case that must read-then-write
    /// a sequence of its own without racing (rule versions).
    /// </summary>
    public static async Task LockAsync(DbContext db, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null) throw new InvalidOperationException("审计链加锁必须在事务内进行");
        if (!ModuleModel.IsSqlite(db.Database))
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({AdvisoryLockKey})", ct);
    }

    /// <summary>Walks the whole chain in order; streaming, so it works on millions of entries.</summary>
    public static async Task<AuditVerification> VerifyAsync(DbContext db, CancellationToken ct)
    {
        long expectedSeq = 0;
        var prev = AuditEntry.Genesis;
        await foreach (var entry in db.Set<AuditEntry>().AsNoTracking().OrderBy(a => a.Seq).AsAsyncEnumerable().WithCancellation(ct))
        {
            expectedSeq++;
            if (entry.Seq != expectedSeq)
                return new(false, expectedSeq - 1, expectedSeq, $"第 {expectedSeq} 条审计记录缺失（链条在此中断）");
            if (entry.PrevHash != prev)
                return new(false, expectedSeq - 1, entry.Seq, $"第 {entry.Seq} 条审计记录的前序哈希与上一条不符");
            if (entry.ComputeHash(prev) != entry.Hash)
                return new(false, expectedSeq - 1, entry.Seq, $"第 {entry.Seq} 条审计记录内容已被篡改（哈希不符）");
            prev = entry.Hash;
        }

        return new(true, expectedSeq, null, null);
    }
}

/// <summary>Result of walking the audit chain.</summary>
public sealed record AuditVerification(bool Ok, long Entries, long? BrokenAt, string? Reason)
{
    /// <summary>The chain length recorded by the newest anchor outside the database (<see cref="AuditAnchors"/>), if any.</summary>
    public long? AnchoredThrough { get; init; }
}
