using System.Globalization;

namespace Zhijian.Platform.Import;

/// <summary>
/// One data row of an import file as the module reads it: cells by template column, parsed by the kit's parsers
/// (<see cref="Text(int)"/>, <see cref="Date"/>, <see cref="Instant"/>, <see cref="Number"/>, <see cref="YesNo"/>,
/// <see cref="Choice{T}"/>), each of which records the row's error in Chinese against its column instead of throwing,
/// so that every problem of every row is reported.
/// </summary>
public sealed class ImportRecord
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy/MM/dd", "yyyy.M.d", "yyyyMMdd"];

    private static readonly string[] InstantFormats =
        ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-M-d H:mm:ss", "yyyy-M-d H:mm", "yyyy/M/d H:mm:ss", "yyyy/M/d H:mm", "yyyy/MM/dd HH:mm:ss", "yyyy/MM/dd HH:mm"];

    private readonly ImportHeader _header;
    private readonly bool[] _checked;

    internal ImportRecord(ImportHeader header, long line, object?[] cells)
    {
        _header = header;
        Line = line;
        Cells = cells;
        _checked = new bool[header.Template.Columns.Count];
    }

    /// <summary>1-based line of the file the row starts on (the header is line 1).</summary>
    public long Line { get; }

    /// <summary>The cells as read (strings from CSV; strings, numbers and dates from XLSX).</summary>
    public object?[] Cells { get; }

    /// <summary>This row's errors so far.</summary>
    public List<ImportRowError> Errors { get; } = [];

    public bool HasErrors => Errors.Count > 0;

    public ImportTemplate Template => _header.Template;

    /// <summary>The cell of a template column as read, or null when the file lacks the column or the row the cell.</summary>
    public object? Raw(int column) => _header.CellOf(column) is var i and >= 0 && i < Cells.Length ? Cells[i] : null;

    /// <summary>The cell as text, untrimmed (what an error shows as the value).</summary>
    public string? RawText(int column) => TabularFile.Text(Raw(column));

    /// <summary>Whether no column of the template is filled in this row.</summary>
    public bool IsBlank => Enumerable.Range(0, Template.Columns.Count).All(c => Text(c, check: false) is null);

    /// <summary>The trimmed text of a filled cell, or null; its length and the column's own check are verified once (errors recorded).</summary>
    public string? Text(int column) => Text(column, check: true);

    private string? Text(int column, bool check)
    {
        var text = RawText(column)?.Trim() is { Length: > 0 } t ? t : null;
        if (!check || text is null || _checked[column]) return text;
        _checked[column] = true;
        var c = Template.Columns[column];
        if (c.MaxLength is { } max && text.Length > max) Error(column, $"{c.Header}不能超过 {max} 个字符（现有 {text.Length} 个）", text);
        else if (c.Check?.Invoke(text) is { } reason) Error(column, reason, text);
        return text;
    }

    /// <summary>Records an error of this row against a column; the value defaults to the cell's text.</summary>
    public void Error(int column, string reason, string? value = null) =>
        Errors.Add(new ImportRowError(Line, Template.Columns[column].Header, value ?? RawText(column), reason));

    /// <summary>Whether an error of this row already names the column (a later rule need not repeat it).</summary>
    public bool HasErrorIn(int column) => Errors.Exists(e => e.Column == Template.Columns[column].Header);

    /// <summary>A date: an Excel date cell, or text as yyyy-MM-dd (also yyyy/M/d, yyyy.M.d, yyyyMMdd, or a midnight time).</summary>
    public DateOnly? Date(int column, string? reason = null)
    {
        switch (Raw(column))
        {
            case null:
                return null;
            case DateTime dt:
                return DateOnly.FromDateTime(dt);
            case DateTimeOffset dto:
                return DateOnly.FromDateTime(dto.DateTime);
            case double d when d is > 1 and < 2958466:
                return DateOnly.FromDateTime(DateTime.FromOADate(d));
        }

        var text = Text(column);
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        if (DateTime.TryParseExact(text, ["yyyy-MM-dd HH:mm:ss", "yyyy/M/d H:mm:ss", "yyyy/M/d H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
            && at.TimeOfDay == TimeSpan.Zero)
            return DateOnly.FromDateTime(at);
        var header = Template.Columns[column].Header;
        Error(column, reason ?? $"{header}“{text}”不是有效日期，格式应为 yyyy-MM-dd", text);
        return null;
    }

    /// <summary>An instant: an Excel date-time cell or text as yyyy-MM-dd HH:mm[:ss] or yyyy-MM-dd, in Beijing time (UTC+8).</summary>
    public DateTimeOffset? Instant(int column)
    {
        switch (Raw(column))
        {
            case null:
                return null;
            case DateTime dt:
                return China(dt);
            case DateTimeOffset dto:
                return dto;
            case double d when d is > 1 and < 2958466:
                return China(DateTime.FromOADate(d));
        }

        var text = Text(column);
        if (text is null) return null;
        if (DateTime.TryParseExact(text, InstantFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)) return China(at);
        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return China(date.ToDateTime(TimeOnly.MinValue));
        var header = Template.Columns[column].Header;
        Error(column, $"{header}“{text}”不是有效时间，格式应为 yyyy-MM-dd HH:mm 或 yyyy-MM-dd", text);
        return null;
    }

    /// <summary>A wall-clock time in a file is Beijing time (UTC+8, no daylight saving since 1991).</summary>
    private static DateTimeOffset China(DateTime local) => new(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), TimeSpan.FromHours(8));

    /// <summary>A decimal number (thousands separators allowed); <paramref name="reason"/> of the text when the cell is not one, <paramref name="outOfRange"/> past ±10^15.</summary>
    public decimal? Number(int column, Func<string, string> reason, Func<string, string>? outOfRange = null)
    {
        switch (Raw(column))
        {
            case double d when Math.Abs(d) < 1e15:
                return (decimal)d;
            case double d:
                Error(column, (outOfRange ?? reason)(TabularFile.Text(d)!), TabularFile.Text(d));
                return null;
            case decimal m:
                return m;
        }

        if (Text(column) is not { } text) return null;
        if (decimal.TryParse(text.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed)) return parsed;
        Error(column, reason(text), text);
        return null;
    }

    /// <summary>是 / 否.</summary>
    public bool? YesNo(int column, Func<string, string> reason) => Choice(column, t => t switch { "是" => true, "否" => false, _ => (bool?)null }, reason);

    /// <summary>One of a fixed set of values by its Chinese name; <paramref name="reason"/> of the text when the cell names none.</summary>
    public T? Choice<T>(int column, Func<string, T?> parse, Func<string, string> reason) where T : struct
    {
        if (Text(column) is not { } text) return null;
        if (parse(text) is { } value) return value;
        Error(column, reason(text), text);
        return null;
    }

    /// <summary>A list in one cell, split at any of <paramref name="separators"/>, trimmed, empty parts dropped.</summary>
    public List<string> List(int column, params char[] separators) =>
        Text(column) is { } text ? [.. text.Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)] : [];
}
