using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Zhijian.Platform.Storage;

/// <summary>
/// Stores a small structured value (a list of records) as one JSON text column, the same on both databases, with a
/// comparer so that changes inside the value are saved.
/// </summary>
public static class JsonColumn
{
    public static ValueConverter<T, string> Converter<T>() where T : new() => new(
        v => JsonSerializer.Serialize(v, ZhijianJson.Options),
        v => string.IsNullOrEmpty(v) ? new T() : JsonSerializer.Deserialize<T>(v, ZhijianJson.Options) ?? new T());

    public static ValueComparer<T> Comparer<T>() => new(
        (a, b) => JsonSerializer.Serialize(a, ZhijianJson.Options) == JsonSerializer.Serialize(b, ZhijianJson.Options),
        v => JsonSerializer.Serialize(v, ZhijianJson.Options).GetHashCode(StringComparison.Ordinal),
        v => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(v, ZhijianJson.Options), ZhijianJson.Options)!);
}
