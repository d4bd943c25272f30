using System.Text;

namespace Zhijian.Platform.Import;

/// <summary>
/// One column of an import template, declared once by the module: its Chinese header and the other headers it is known
/// by (<see cref="Aliases"/>), whether a file must have it, how to fill it (the template's help), the longest text it
/// takes, its own check of a filled cell, the request field whose validation messages belong to it, and how a value is
/// shown back in an error (personal data masked).
/// </summary>
public sealed record ImportColumn(string Header, bool Required, string Help = "")
{
    /// <summary>Other headers a file may use for this column (older templates, other systems' exports).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The longest text a cell may hold (checked by <see cref="ImportRecord.Text(int)"/>); null = the cell limit only.</summary>
    public int? MaxLength { get; init; }

    /// <summary>The JSON field of the module's request that this column fills: validation messages keyed by it land here.</summary>
    public string? Field { get; init; }

    /// <summary>A check of a filled cell (trimmed text): the reason in Chinese, or null when it is fine.</summary>
    public Func<string, string?>? Check { get; init; }

    /// <summary>How a value of this column is shown in an error (e.g. a masked ID number); default: the start of the value.</summary>
    public Func<string, string>? Show { get; init; }

    /// <summary>Whether <paramref name="header"/> names this column.</summary>
    public bool Is(string header) => Header == header || Aliases.Contains(header, StringComparer.Ordinal);
}

/// <summary>
/// 导入模板 — what a module declares once for an import: its columns (<see cref="ImportColumn"/>), a key (the folder of its
/// error reports), the file's row limit and the module's own cap on the upload size. The kit maps a file's header row
/// onto the columns (<see cref="MapHeader"/>), reads the data rows as <see cref="ImportRecord"/>s (<see cref="Read(string, string?)"/>) and
/// writes the template a clerk downloads (<see cref="TemplateCsv"/>).
/// </summary>
public sealed class ImportTemplate
{
    /// <summary>The 列 of an error about a row as a whole (its field count).</summary>
    public const string WholeRow = "整行";

    /// <summary>Longest value repeated in an error; the rest is counted.</summary>
    public const int MaxShownValue = 100;

    public ImportTemplate(string key, IReadOnlyList<ImportColumn> columns)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        if (key.Any(c => !char.IsAsciiLetterOrDigit(c) && c != '-')) throw new ArgumentException("key: letters, digits and '-' only", nameof(key));
        Key = key;
        Columns = columns;
    }

    /// <summary>Short ASCII name of the import (its error reports are kept apart under it), e.g. <c>entities</c>.</summary>
    public string Key { get; }

    public IReadOnlyList<ImportColumn> Columns { get; }

    /// <summary>Limits the file is read under (rows, columns, cells, XLSX sizes).</summary>
    public ImportLimits Limits { get; init; } = ImportLimits.Default;

    /// <summary>This import's own cap on the upload in bytes, below <c>Zhijian:Import:MaxBytes</c>; null = the configured size.</summary>
    public long? MaxBytes { get; init; }

    /// <summary>The column's index by header or alias, or -1.</summary>
    public int IndexOf(string header)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Is(header)) return i;
        }

        return -1;
    }

    /// <summary>The column a validation message about <paramref name="field"/> belongs to; <paramref name="fallback"/> when none declares it.</summary>
    public int ColumnOf(string field, int fallback = 0)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (string.Equals(Columns[i].Field, field, StringComparison.Ordinal)) return i;
        }

        return fallback;
    }

    /// <summary>The same template with other limits (an import whose row limit is configured).</summary>
    public ImportTemplate With(ImportLimits limits) => new(Key, Columns) { Limits = limits, MaxBytes = MaxBytes };

    /// <summary>An error's value as it may be shown: masked where the column says so, else at most <see cref="MaxShownValue"/> characters.</summary>
    public string? Shown(string column, string? value)
    {
        if (value is null) return null;
        var index = IndexOf(column);
        if (index >= 0 && Columns[index].Show is { } show) return show(value);
        return value.Length > MaxShownValue ? value[..MaxShownValue] + $"…（共 {value.Length:N0} 个字符）" : value;
    }

    /// <summary>
    /// The header row mapped onto the columns. A header that names none of the required columns is not this template's
    /// file at all (a <see cref="TabularFileException"/>, 400); one that is the template's but lacks a required column,
    /// names an unknown column, an empty or a repeated one is refused with an error per column on the header line
    /// (<see cref="ImportFileException"/>, 422).
    /// </summary>
    public ImportHeader MapHeader(long line, object?[] cells)
    {
        var headers = cells.Select(c => TabularFile.Text(c)?.Trim().TrimStart('\uFEFF').Trim() ?? "").ToList();
        while (headers.Count > 0 && headers[^1].Length == 0) headers.RemoveAt(headers.Count - 1);
        var map = Enumerable.Repeat(-1, Columns.Count).ToArray();
        var errors = new List<ImportRowError>();
        for (var i = 0; i < headers.Count; i++)
        {
            var h = headers[i];
            var column = h.Length == 0 ? -1 : IndexOf(h);
            if (h.Length == 0) errors.Add(new(line, $"第 {i + 1} 列", null, "表头为空，请删除多余的列"));
            else if (column < 0) errors.Add(new(line, h, h, $"未知的列“{h}”，请使用导入模板的表头"));
            else if (map[column] >= 0) errors.Add(new(line, h, null, $"列“{h}”重复"));
            else map[column] = i;
        }

        var missing = Columns.Where((c, i) => c.Required && map[i] < 0).ToList();
        if (missing.Count > 0 && missing.Count == Columns.Count(c => c.Required))
        {
            throw new TabularFileException($"表头缺少必填列：{string.Join("、", missing.Select(c => c.Header))}；表头与导入模板不符（未找到任何模板列），请使用导入模板。"
                + "若是中文乱码，请选择正确的文件编码（utf-8 或 gb18030）");
        }

        errors.InsertRange(0, missing.Select(c => new ImportRowError(line, c.Header, null, $"缺少列“{c.Header}”")));
        if (errors.Count > 0) throw new ImportFileException("表头与导入模板不符：" + string.Join("；", errors.Select(e => e.Reason)), errors);
        return new ImportHeader(this, map, headers.Count);
    }

    /// <summary>
    /// Every data row of the file, header mapped, blank rows skipped, each row's field count checked; a file with no header
    /// row, a header that is not the template's, no data rows or a file past a limit stops the reading with the reason.
    /// </summary>
    public IEnumerable<ImportRecord> Read(string path, string? encoding) => Read(TabularFile.Records(path, encoding, Limits));

    /// <inheritdoc cref="Read(string, string?)"/>
    public IEnumerable<ImportRecord> Read(IEnumerable<(long Line, object?[] Cells)> records)
    {
        ImportHeader? header = null;
        var rows = 0;
        foreach (var (line, cells) in records)
        {
            if (header is null)
            {
                header = MapHeader(line, cells);
                continue;
            }

            if (cells.All(c => c is null || (c is string s && string.IsNullOrWhiteSpace(s)))) continue;
            rows++;
            var record = new ImportRecord(header, line, cells);
            if (TabularFile.FieldCountProblem(header.Width, cells) is { } problem) record.Errors.Add(new(line, WholeRow, null, problem));
            yield return record;
        }

        if (header is null) throw new TabularFileException("文件是空的：没有表头行，请使用导入模板");
        if (rows == 0) throw new ImportFileException("文件中没有数据行（只有表头或为空），未导入任何数据");
    }

    /// <summary>The template file: UTF-8 with BOM (Excel opens it), the header row and any sample rows, CRLF line ends.</summary>
    public byte[] TemplateCsv(params IReadOnlyList<string?>[] samples)
    {
        var csv = new StringBuilder();
        csv.AppendJoin(',', Columns.Select(c => CsvField(c.Header))).Append("\r\n");
        foreach (var sample in samples) csv.AppendJoin(',', sample.Select(CsvField)).Append("\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    /// <summary>One RFC 4180 field: quoted only when it holds a comma, quote or line break; quotes doubled.</summary>
    public static string CsvField(string? value) =>
        string.IsNullOrEmpty(value) ? "" : value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}

/// <summary>A file's header row mapped onto a template: for each column its cell index, or -1 when the file lacks it.</summary>
public sealed class ImportHeader(ImportTemplate template, int[] map, int width)
{
    public ImportTemplate Template { get; } = template;

    /// <summary>Fields of the header up to its last non-empty one.</summary>
    public int Width { get; } = width;

    public int CellOf(int column) => map[column];

    public bool Has(int column) => map[column] >= 0;
}
