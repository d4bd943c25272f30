using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Zhijian.Platform.Storage;

/// <summary>Stores a short list of codes or tags as one comma-separated column, the same on both databases.</summary>
public sealed class ListConverter() : ValueConverter<List<string>, string>(
    v => string.Join(',', v),
    v => v.Length == 0 ? new List<string>() : v.Split(',', StringSplitOptions.None).ToList())
{
    public static readonly ListConverter Instance = new();

    public static readonly ValueComparer<List<string>> Comparer = new(
        (a, b) => (a == null && b == null) || (a != null && b != null && a.SequenceEqual(b)),
        v => v.Aggregate(0, (h, s) => HashCode.Combine(h, s.GetHashCode(StringComparison.Ordinal))),
        v => v.ToList());
}
