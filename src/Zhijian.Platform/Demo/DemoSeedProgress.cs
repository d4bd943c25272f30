namespace Zhijian.Platform.Demo;

/// <summary>Where the demo seeding stands.</summary>
public enum DemoSeedState
{
    /// <summary>Nothing to do (demo data off) or not started yet.</summary>
    Idle,

    /// <summary>The modules' demo data is being generated.</summary>
    Running,

    /// <summary>Every module's demo data is there.</summary>
    Done,

    /// <summary>At least one module's demo data could not be generated (logged); the others went on.</summary>
    Failed,
}

/// <summary>One moment of the demo seeding: the module at work (its Chinese name), its step and how far it got.</summary>
public sealed record DemoSeedSnapshot(DemoSeedState State, string? Module, string? Step, long Done, long Total, int ModuleNumber, int ModuleCount,
    IReadOnlyList<string> FailedModules)
{
    public static readonly DemoSeedSnapshot Idle = new(DemoSeedState.Idle, null, null, 0, 0, 0, 0, []);

    /// <summary>The console's notice, e.g. "演示数据正在生成（第 1/6 项）：市场主体 12,000 / 20,000".</summary>
    public string Notice => State switch
    {
        DemoSeedState.Running => $"演示数据正在生成（第 {ModuleNumber}/{ModuleCount} 项）：{Step ?? Module}"
            + (Total > 0 ? $" {Done:N0} / {Total:N0}" : "") + "。页面数据会陆续出现，可正常使用。",
        DemoSeedState.Failed => $"部分演示数据未能生成（{string.Join("、", FailedModules)}），详情见服务器日志；其余功能可正常使用。",
        _ => "",
    };
}

/// <summary>
/// Progress of the demo seeding that runs in the background after the host listens (<see cref="DemoSeeder"/>): the console
/// shows it, a module's seed reports its steps through <see cref="Report"/>. A singleton; readers take <see cref="Current"/>.
/// </summary>
public sealed class DemoSeedProgress
{
    private readonly TaskCompletionSource<DemoSeedSnapshot> _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<string> _failed = [];
    private DemoSeedSnapshot _current = DemoSeedSnapshot.Idle;

    public DemoSeedSnapshot Current => Volatile.Read(ref _current);

    /// <summary>Completes with the last snapshot when the seeding is done or failed (never when demo data is off).</summary>
    public Task<DemoSeedSnapshot> Finished => _finished.Task;

    /// <summary>Whether the seeding still runs (a page may show partial data).</summary>
    public bool IsRunning => Current.State == DemoSeedState.Running;

    /// <summary>A module's seed begins (number counts from 1).</summary>
    public void BeginModule(string module, int number, int count)
    {
        string[] failed;
        lock (_failed) failed = [.. _failed];
        Set(new DemoSeedSnapshot(DemoSeedState.Running, module, module, 0, 0, number, count, failed));
    }

    /// <summary>A step of the current module, e.g. ("市场主体", 12_000, 20_000); total 0 when not countable.</summary>
    public void Report(string step, long done = 0, long total = 0)
    {
        var now = Current;
        if (now.State != DemoSeedState.Running) return;
        Set(now with { Step = step, Done = done, Total = total });
    }

    /// <summary>The current module failed (the caller logs the exception).</summary>
    public void ModuleFailed(string module)
    {
        lock (_failed) _failed.Add(module);
    }

    /// <summary>All modules ran: done, or failed when one of them failed.</summary>
    public void Finish()
    {
        var last = Current;
        string[] failed;
        lock (_failed) failed = [.. _failed];
        var final = new DemoSeedSnapshot(failed.Length == 0 ? DemoSeedState.Done : DemoSeedState.Failed, null, null, 0, 0,
            last.ModuleCount, last.ModuleCount, failed);
        Set(final);
        _finished.TrySetResult(final);
    }

    private void Set(DemoSeedSnapshot snapshot) => Volatile.Write(ref _current, snapshot);
}
