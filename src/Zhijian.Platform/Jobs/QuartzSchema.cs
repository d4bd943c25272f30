namespace Zhijian.Platform.Jobs;

/// <summary>
/// The Quartz.NET tables on PostgreSQL (platform.qrtz_*), created by the platform migration <c>Jobs</c>. The DDL is
/// Quartz's own: the idempotent schema script (<c>CREATE … IF NOT EXISTS</c>) embedded in the Quartz assembly for the
/// version referenced here, with the table prefix filled in, so the tables always match the job store that uses them.
/// A later Quartz version that changes its schema needs a migration of its own (see Quartz's database/migrations).
/// </summary>
public static class QuartzSchema
{
    private const string Resource = "Quartz.Impl.AdoJobStore.Schema.create_postgres.sql";

    private static readonly string[] Tables =
    [
        "fired_triggers", "paused_trigger_grps", "paused_job_grps", "scheduler_state", "locks", "simple_triggers", "simprop_triggers",
        "cron_triggers", "blob_triggers", "execution_history", "misfire_history", "job_status", "triggers", "job_details", "calendars",
    ];

    public static string PostgresScript()
    {
        using var stream = typeof(Quartz.IScheduler).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"Quartz 程序集中缺少 {Resource}");
        using var reader = new StreamReader(stream);
        // {0}: the prefix with its schema; {1}: without it (index names).
        return reader.ReadToEnd().Replace("{0}", JobsSetup.TablePrefix, StringComparison.Ordinal)
            .Replace("{1}", JobsSetup.TablePrefix[(JobsSetup.TablePrefix.IndexOf('.', StringComparison.Ordinal) + 1)..], StringComparison.Ordinal);
    }

    public static string PostgresDropScript() =>
        string.Join("\n", Tables.Select(t => $"DROP TABLE IF EXISTS {JobsSetup.TablePrefix}{t} CASCADE;"));
}
