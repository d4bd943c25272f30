using System.Globalization;

namespace Zhijian.Platform.Import;

/// <summary>
/// 导入上限 — the limits every tabular import of the platform reads its files under, in one place: a file that goes
/// past one is refused as a whole with a Chinese message naming the limit, before the memory or time it would cost is
/// spent (a 1 GiB cell, a zip bomb, a 100,000-column header, millions of junk rows).
/// </summary>
public sealed record ImportLimits
{
    /// <summary>Excel's own limit on the characters of one cell.</summary>
    public const int ExcelCellChars = 32_767;

    /// <summary>Errors listed in an answer; the rest are counted (<see cref="MoreErrors"/>).</summary>
    public const int MaxReportedErrors = 1_000;

    /// <summary>Errors written to a downloadable error report; the rest are counted on its last line.</summary>
    public const int MaxErrorFileErrors = 100_000;

    /// <summary>The limits of an import that does not choose its own (100,000 data rows).</summary>
    public static ImportLimits Default { get; } = new();

    /// <summary>Characters of one cell (CSV field or XLSX cell).</summary>
    public int MaxCellChars { get; init; } = ExcelCellChars;

    /// <summary>Fields of one record (the header included).</summary>
    public int MaxColumns { get; init; } = 200;

    /// <summary>Data rows of one file (the header not counted).</summary>
    public long MaxRows { get; init; } = 100_000;

    /// <summary>Uncompressed bytes of one part of an XLSX (declared in the zip and counted while reading).</summary>
    public long MaxXlsxPartBytes { get; init; } = 2L * 1024 * 1024 * 1024;

    /// <summary>Uncompressed bytes of all parts of an XLSX together.</summary>
    public long MaxXlsxBytes { get; init; } = 4L * 1024 * 1024 * 1024;

    /// <summary>Parts (zip entries) of an XLSX.</summary>
    public int MaxXlsxParts { get; init; } = 1_000;

    internal string CellTooLong(long line, int column) =>
        $"第 {line} 行第 {column} 列的内容超过 {MaxCellChars:N0} 个字符（单元格上限），请检查文件";

    internal string TooManyColumns(long line) =>
        $"第 {line} 行超过 {MaxColumns:N0} 列（每行列数上限），请使用导入模板";

    internal string TooManyRows() =>
        $"文件超过 {MaxRows:N0} 个数据行（每个文件的行数上限），请拆分后分批导入";

    internal static string Bytes(long bytes) => bytes >= 1024L * 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024 * 1024):0.##} GB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.##} MB");

    /// <summary>"另有 N 行错误未列出" for the errors past the listed ones, or null when all are listed.</summary>
    public static string? MoreErrors(long total, int listed) => total > listed ? $"另有 {total - listed:N0} 行错误未列出" : null;
}
