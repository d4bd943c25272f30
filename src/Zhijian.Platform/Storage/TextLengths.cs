using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Zhijian.Platform.Storage;

/// <summary>
/// A text value longer than its column allows (<see cref="TextLengths"/>); the platform's exception handler answers it
/// with 422 naming the field, so an over-long value is neither a 500 from PostgreSQL nor stored whole on SQLite.
/// </summary>
public sealed class ValueTooLongException(string field, int maxLength, int length)
    : Exception($"{field}：不能超过 {maxLength:N0} 个字符（提交了 {length:N0} 个）")
{
    /// <summary>The property as the API names it (camelCase).</summary>
    public string Field { get; } = field;

    public int MaxLength { get; } = maxLength;

    public int Length { get; } = length;
}

/// <summary>
/// 文本长度: every text column of a module context has a maximum length — the module's explicit
/// <c>HasMaxLength</c>, else <see cref="DefaultLength"/> by convention (<see cref="ModuleModel.ConfigureConventions"/>);
/// JSON snapshots and document bodies are marked unbounded with <see cref="Unbounded"/>. <see cref="Check"/> runs on every
/// save of every context and refuses a value over its column's length before the database sees it.
/// </summary>
public static class TextLengths
{
    /// <summary>The length of a text column the module did not size (free text, notes).</summary>
    public const int DefaultLength = 4000;

    /// <summary>Explicitly unbounded text (JSON snapshots, document bodies, ciphertexts of bounded values).</summary>
    public static PropertyBuilder<TProperty> Unbounded<TProperty>(this PropertyBuilder<TProperty> property)
    {
        property.Metadata.SetMaxLength(null);
        return property;
    }

    /// <summary>Throws <see cref="ValueTooLongException"/> for the first added or changed text value longer than its column.</summary>
    public static void Check(DbContext db)
    {
        if (db.ChangeTracker.AutoDetectChangesEnabled) db.ChangeTracker.DetectChanges();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified)) continue;
            foreach (var property in entry.Properties)
            {
                if (entry.State == EntityState.Modified && !property.IsModified) continue;
                CheckValue(property.Metadata, property.CurrentValue);
            }
        }
    }

    /// <summary>Throws <see cref="ValueTooLongException"/> when <paramref name="value"/>, in its column's form, is longer than the column.</summary>
    public static void CheckValue(Microsoft.EntityFrameworkCore.Metadata.IReadOnlyProperty property, object? value)
    {
        if (property.GetMaxLength() is not { } max) return;
        if (value is not null && value is not string && property.GetValueConverter() is { } converter) value = converter.ConvertToProvider(value);
        if (value is string text && text.Length > max)
            throw new ValueTooLongException(JsonNamingPolicy.CamelCase.ConvertName(property.Name), max, text.Length);
    }
}
