namespace Zhijian.Platform.Jobs;

/// <summary>定时任务运行记录: one run of a scheduled job on one node (written by <see cref="JobRunListener"/>).</summary>
public sealed class JobRun
{
    public Guid Id { get; set; }

    /// <summary>The job's key, e.g. <c>credit.listings</c>.</summary>
    public string JobKey { get; set; } = "";

    /// <summary>The firing's scheduled time (a missed firing caught up later keeps it); null for a run without the scheduler.</summary>
    public DateTimeOffset? ScheduledFor { get; set; }

    /// <summary>Quartz's fire instance id: one per firing, whichever node runs it.</summary>
    public string? FireInstanceId { get; set; }

    /// <summary>定时 (schedule) or 手动 with the administrator's name.</summary>
    public string Trigger { get; set; } = "";

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset FinishedAt { get; set; }

    /// <summary>The app node (scheduler instance id) that ran it.</summary>
    public string Node { get; set; } = "";

    public bool Ok { get; set; }

    /// <summary>The error (type and message) of a failed run.</summary>
    public string? Message { get; set; }
}
