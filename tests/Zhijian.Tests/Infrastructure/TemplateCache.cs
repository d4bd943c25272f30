using System.Security.Cryptography;

namespace Zhijian.Tests.Infrastructure;

/// <summary>
/// Seeded SQLite templates kept on disk for the next test process of the same build: tools/test.sh points
/// <c>ZHIJIAN_TEST_TEMPLATES</c> at one folder for its SQLite and E2E passes, so the E2E journeys copy the demo registries
/// (1,500 and 3,000 entities, 40 s of one core each to seed) that the SQLite pass seeded instead of seeding them again.
/// A file is named by the template's inputs and a hash of the build's Zhijian assemblies (the app, its modules and this
/// test kit, byte for byte the same in both test projects' output), so a changed build never reads an older template.
/// Without the variable, or on PostgreSQL, every process seeds its own.
/// </summary>
internal static class TemplateCache
{
    private static readonly string? Folder = Environment.GetEnvironmentVariable("ZHIJIAN_TEST_TEMPLATES") is { Length: > 0 } dir ? dir : null;

    private static readonly Lazy<string> Build = new(BuildHash);

    /// <summary>A new database holding the cached template <paramref name="key"/>; null when there is none (or no cache: PostgreSQL, no folder).</summary>
    public static async Task<TestDatabase?> TryRestoreAsync(string key)
    {
        if (Folder is null || TestDatabase.CurrentKind != DatabaseKind.Sqlite) return null;
        var db = await TestDatabase.CreateAsync(); // a file name: nothing on disk yet
        if (File(db, key) is not { } cached || !System.IO.File.Exists(cached)) return null;
        System.IO.File.Copy(cached, db.SqliteFile);
        return db;
    }

    /// <summary>
    /// Keeps a copy of the freshly seeded template, its connections closed: one file (the last connection's close has
    /// checkpointed the write-ahead log into it; a template with a log left beside it is not kept), copied aside and renamed
    /// into place whole.
    /// </summary>
    public static void Save(TestDatabase db, string key)
    {
        if (File(db, key) is not { } cached || System.IO.File.Exists(cached) || System.IO.File.Exists(db.SqliteFile + "-wal")) return;
        Directory.CreateDirectory(Folder!);
        var temp = $"{cached}.{Guid.NewGuid():N}.tmp";
        try
        {
            System.IO.File.Copy(db.SqliteFile, temp);
            System.IO.File.Move(temp, cached, overwrite: false);
        }
        catch (IOException) when (System.IO.File.Exists(cached))
        {
            // Another process of the same build kept the same template first.
        }
        finally
        {
            System.IO.File.Delete(temp);
        }
    }

    private static string? File(TestDatabase db, string key) =>
        Folder is null || db.Kind != DatabaseKind.Sqlite ? null : Path.Combine(Folder, $"{key}-{Build.Value}.db");

    private static string BuildHash()
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Directory.GetFiles(AppContext.BaseDirectory, "Zhijian*.dll")
                     .Where(f => Path.GetFileName(f) != "Zhijian.E2E.dll")
                     .Order(StringComparer.Ordinal))
        {
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetFileName(file)));
            sha.AppendData(System.IO.File.ReadAllBytes(file));
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset())[..16];
    }
}
