using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Zhijian.Platform.Storage;

namespace Zhijian.Platform.Audit;

/// <summary>One line of the anchor file: the chain's head at a moment, chained to the previous line.</summary>
public sealed record AuditAnchor(long Seq, string Hash, DateTimeOffset At, string Prev);

/// <summary>
/// 审计链锚定. The hash chain shows any edit inside the chain, but whoever can write the database can also delete its
/// newest entries and leave a shorter, valid chain. So the head (entry count and last hash) is anchored outside the
/// database: appended once a minute (and at start and stop) to an append-only file on the application server,
/// <c>Zhijian:Audit:AnchorFile</c> (default: <c>data/audit-anchors.log</c> beside the SQLite file, or
/// <c>data/audit-anchors-{database}.log</c> under the content root for PostgreSQL). Each line is JSON
/// <c>{"seq","hash","at","prev"}</c> where <c>prev</c> is the SHA-256 of the previous line, so an edited line is seen
/// too. Make the file append-only for the service account (<c>chattr +a</c>) and back it up apart from the database.
/// Verification fails when the chain is shorter than an anchor or an anchored entry's hash differs.
/// </summary>
public sealed class AuditAnchors(string path, TimeProvider clock)
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public string FilePath { get; } = Path.GetFullPath(path);

    /// <summary>Appends the current head if it moved since the last anchor; returns the anchor written, or null.</summary>
    public async Task<AuditAnchor?> AnchorAsync(DbContext db, CancellationToken ct)
    {
        var head = await db.Set<AuditEntry>().AsNoTracking().OrderByDescending(a => a.Seq)
            .Select(a => new { a.Seq, a.Hash }).FirstOrDefaultAsync(ct);
        if (head is null) return null;
        await Gate.WaitAsync(ct);
        try
        {
            var (anchors, lastLine, _) = Read();
            if (anchors.Count > 0 && anchors[^1].Seq == head.Seq && anchors[^1].Hash == head.Hash) return null;
            var anchor = new AuditAnchor(head.Seq, head.Hash, clock.GetUtcNow(), Sha256(lastLine ?? ""));
            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            await using var file = new FileStream(FilePath, FileMode.Append, FileAccess.Write, FileShare.Read);
            var bytes = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(anchor, ZhijianJson.Options) + "\n");
            await file.WriteAsync(bytes, ct);
            file.Flush(flushToDisk: true);
            return anchor;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Walks the chain (<see cref="AuditChain.VerifyAsync"/>) and checks it against every anchor.</summary>
    public async Task<AuditVerification> VerifyAsync(DbContext db, CancellationToken ct)
    {
        var chain = await AuditChain.VerifyAsync(db, ct);
        var (anchors, _, fileError) = Read();
        if (fileError is not null) return chain with { Ok = false, Reason = fileError };
        if (!chain.Ok || anchors.Count == 0) return chain with { AnchoredThrough = anchors.LastOrDefault()?.Seq };
        var last = anchors[^1];
        if (last.Seq > chain.Entries)
        {
            return new(false, chain.Entries, chain.Entries + 1,
                $"审计记录被截断：{last.At.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm:ss} 的锚点记录链长 {last.Seq} 条，数据库中现仅有 {chain.Entries} 条（第 {chain.Entries + 1}–{last.Seq} 条被删除）")
            { AnchoredThrough = last.Seq };
        }

        var wanted = anchors.GroupBy(a => a.Seq).ToDictionary(g => g.Key, g => g.Last().Hash);
        var seqs = wanted.Keys.ToList();
        var found = await db.Set<AuditEntry>().AsNoTracking().Where(a => seqs.Contains(a.Seq)).Select(a => new { a.Seq, a.Hash }).ToListAsync(ct);
        foreach (var (seq, hash) in wanted.OrderBy(w => w.Key))
        {
            if (found.FirstOrDefault(f => f.Seq == seq)?.Hash != hash)
                return new(false, chain.Entries, seq, $"第 {seq} 条审计记录与锚点不符：该记录之前的链条被整体重写") { AnchoredThrough = last.Seq };
        }

        return chain with { AnchoredThrough = last.Seq };
    }

    private (List<AuditAnchor> Anchors, string? LastLine, string? Error) Read()
    {
        var anchors = new List<AuditAnchor>();
        if (!File.Exists(FilePath)) return (anchors, null, null);
        string? previous = null;
        var n = 0;
        using var reader = new StreamReader(new FileStream(FilePath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite), Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            n++;
            if (line.Length == 0) continue;
            AuditAnchor? anchor;
            try
            {
                anchor = JsonSerializer.Deserialize<AuditAnchor>(line, ZhijianJson.Options);
            }
            catch (JsonException)
            {
                anchor = null;
            }

            if (anchor is null || anchor.Prev != Sha256(previous ?? ""))
                return (anchors, previous, $"审计锚点文件第 {n} 行被改动或损坏（{FilePath}）");
            anchors.Add(anchor);
            previous = line;
        }

        return (anchors, previous, null);
    }

    private static string Sha256(string s) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(s)));

    /// <summary>The configured or default anchor file for a database.</summary>
    public static string DefaultPath(StorageOptions storage, string contentRoot)
    {
        if (storage.Provider == DatabaseProvider.Sqlite)
        {
            var db = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(storage.ConnectionString).DataSource;
            var dir = Path.GetDirectoryName(Path.GetFullPath(db)) ?? contentRoot;
            return Path.Combine(dir, Path.GetFileNameWithoutExtension(db) + ".audit-anchors.log");
        }

        var name = new Npgsql.NpgsqlConnectionStringBuilder(storage.ConnectionString).Database ?? "zhijian";
        return Path.Combine(contentRoot, "data", $"audit-anchors-{name}.log");
    }

    internal static string Invariant(long n) => n.ToString(CultureInfo.InvariantCulture);
}

/// <summary>Anchors the audit head once a minute, at start and at stop (see <see cref="AuditAnchors"/>).</summary>
public sealed class AuditAnchorJob(IServiceScopeFactory scopes, AuditAnchors anchors, ILogger<AuditAnchorJob> log) : BackgroundService
{
    public static readonly TimeSpan Every = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every);
        try
        {
            do
            {
                await PassAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>A last anchor at shutdown, best effort within 5 s (the next start anchors again anyway).</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(TimeSpan.FromSeconds(5));
        await PassAsync(limit.Token);
    }

    private async Task PassAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<Identity.ActorContext>().UseSystem();
            await anchors.AnchorAsync(scope.ServiceProvider.GetRequiredService<PlatformDbContext>(), ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // shutting down: the next start anchors the head
        }
        catch (Exception e) when (e is DbException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            log.LogWarning(e, "审计链锚定失败，下一分钟重试");
        }
    }
}
