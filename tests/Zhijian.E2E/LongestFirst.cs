using Xunit.Abstractions;

[assembly: TestCollectionOrderer("Zhijian.E2E.LongestFirst", "Zhijian.E2E")]

namespace Zhijian.E2E;

/// <summary>
/// A journey class that runs for minutes, with the seconds it took in a full run on the 2-core CI machine: the suite
/// starts it first. Two classes run at a time, so a long class started last runs alone at the end — the 315-second page
/// walk did, and the suite took 857 s for 1,492 test-seconds (2026-12-07).
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RunsLongAttribute(int seconds) : Attribute
{
    public int Seconds { get; } = seconds;
}

/// <summary>Orders the test classes (one collection each) longest first by <see cref="RunsLongAttribute"/>; the rest by name.</summary>
public sealed class LongestFirst : ITestCollectionOrderer
{
    private const string Prefix = "Test collection for ";

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections.OrderByDescending(Seconds).ThenBy(c => c.DisplayName, StringComparer.Ordinal);

    private static int Seconds(ITestCollection collection)
    {
        var name = collection.DisplayName.StartsWith(Prefix, StringComparison.Ordinal) ? collection.DisplayName[Prefix.Length..] : collection.DisplayName;
        var type = typeof(LongestFirst).Assembly.GetType(name);
        return type?.GetCustomAttributes(typeof(RunsLongAttribute), inherit: false).OfType<RunsLongAttribute>().FirstOrDefault()?.Seconds ?? 0;
    }
}
