using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Zhijian.Platform.Storage;

/// <summary>
/// Record numbers of the form prefix + year + six-digit sequence (YJ2026000048, XH2026000001): the next of a year follows the
/// highest stored (and, where a save adds several, the highest staged but not yet saved).
/// </summary>
public static class YearlyNumbers
{
    public static string Format(string prefix, int year, int sequence) => string.Create(CultureInfo.InvariantCulture, $"{prefix}{year}{sequence:D6}");

    /// <summary>The sequence part of <paramref name="number"/> (after the prefix and the four-digit year).</summary>
    public static int Sequence(string number, string prefix) => int.Parse(number.AsSpan(prefix.Length + 4), CultureInfo.InvariantCulture);

    /// <summary>The next number of <paramref name="year"/> after the highest of <paramref name="numbers"/> and of <paramref name="staged"/>.</summary>
    public static async Task<string> NextAsync(IQueryable<string> numbers, string prefix, int year, CancellationToken ct, IEnumerable<string>? staged = null)
    {
        var start = string.Create(CultureInfo.InvariantCulture, $"{prefix}{year}");
        var stored = await numbers.Where(n => n.StartsWith(start)).OrderByDescending(n => n).FirstOrDefaultAsync(ct);
        var last = (staged ?? []).Where(n => n.StartsWith(start, StringComparison.Ordinal)).Append(stored).Max(StringComparer.Ordinal);
        return Format(prefix, year, last is null ? 1 : Sequence(last, prefix) + 1);
    }
}
