using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Zhijian.Bench;

/// <summary>
/// Where a service call spends its time in the database: EF Core's diagnostic events (commands executed through EF;
/// raw ADO commands on the context's connection are not seen), summed per statement shape while <see cref="Active"/>.
/// </summary>
internal sealed class CommandTrace : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
{
    private readonly ConcurrentDictionary<string, (int Count, double Ms)> _byStatement = new(StringComparer.Ordinal);

    public bool Active { get; set; }

    public static CommandTrace Start()
    {
        var trace = new CommandTrace();
        DiagnosticListener.AllListeners.Subscribe(trace);
        return trace;
    }

    public void Reset() => _byStatement.Clear();

    public IReadOnlyList<string> Summary(int top) =>
    [
        .. _byStatement.OrderByDescending(x => x.Value.Ms).Take(top)
            .Select(x => string.Create(CultureInfo.InvariantCulture, $"    {x.Value.Ms,8:F0} ms {x.Value.Count,6}× {x.Key}")),
    ];

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name) value.Subscribe(this);
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (!Active) return;
        switch (value.Value)
        {
            case DataReaderDisposingEventData r:
                Add("read: " + Shape(r.Command.CommandText), r.Duration.TotalMilliseconds);
                break;
            case CommandExecutedEventData e when e.ExecuteMethod != DbCommandMethod.ExecuteReader:
                Add(e.ExecuteMethod + ": " + Shape(e.Command.CommandText), e.Duration.TotalMilliseconds);
                break;
            case CommandExecutedEventData e:
                Add("execute: " + Shape(e.Command.CommandText), e.Duration.TotalMilliseconds);
                break;
        }
    }

    private void Add(string key, double ms) => _byStatement.AddOrUpdate(key, (1, ms), (_, v) => (v.Count + 1, v.Ms + ms));

    private static string Shape(string sql)
    {
        var one = string.Join(' ', sql.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        return one.Length <= 110 ? one : one[..110] + "…";
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }
}
