using System.Globalization;
using System.Text;
using MiniExcelLibs;

namespace Zhijian.Platform.Import;

/// <summary>A CSV or XLSX file as a whole is unusable (type, encoding, damaged, CSV syntax); the message is for the clerk.</summary>
public class TabularFileException(string message) : Exception(message);

public enum TabularFormat
{
    Csv,
    Xlsx,
}

/// <summary>
/// 表格文件读取 (pure, streaming): CSV (RFC 4180; UTF-8 with or without BOM, or GB18030/GBK as Excel in China writes
/// it, detected or chosen) and XLSX (first sheet). Records come one at a time with the 1-based line each starts on;
/// every import of the platform reads its files through here.
/// </summary>
public static class TabularFile
{
    public const string Utf8 = "utf-8";
    public const string Gb18030 = "gb18030";

    static TabularFile() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Whether <paramref name="choice"/> names an encoding the import knows (null or empty = detect).</summary>
    public static bool IsKnownEncoding(string? choice) =>
        string.IsNullOrWhiteSpace(choice) || NormaliseEncoding(choice) is not null;

    private static string? NormaliseEncoding(string choice) => choice.Trim().ToLowerInvariant() switch
    {
        "utf-8" or "utf8" => Utf8,
        "gb18030" or "gbk" or "gb2312" => Gb18030,
        _ => null,
    };

    /// <summary>CSV or XLSX by content: XLSX is a zip ("PK\x03\x04"); a NUL byte in the first 8 KiB means some other binary file.</summary>
    public static TabularFormat Detect(string path)
    {
        using var file = File.OpenRead(path);
        var head = new byte[8192];
        var n = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) return TabularFormat.Xlsx;
        if (n >= 8 && head[0] == 0xD0 && head[1] == 0xCF && head[2] == 0x11 && head[3] == 0xE0)
            throw new TabularFileException("不支持 Excel 97-2003（.xls）文件，请在 Excel 中另存为 .xlsx 或 CSV 后再导入");
        if (head.AsSpan(0, n).Contains((byte)0))
            throw new TabularFileException("文件类型不受支持：不是 CSV 文本文件，也不是 Excel（.xlsx）文件，请使用导入模板");
        return TabularFormat.Csv;
    }

    /// <summary>The encoding of a CSV: the caller's choice, else BOM → UTF-8, else strict UTF-8 if the whole file decodes, else GB18030.</summary>
    public static Encoding DetectEncoding(string path, string? choice)
    {
        if (!string.IsNullOrWhiteSpace(choice))
        {
            return NormaliseEncoding(choice) switch
            {
                Utf8 => new UTF8Encoding(false, throwOnInvalidBytes: true),
                Gb18030 => Encoding.GetEncoding(54936),
                _ => throw new TabularFileException($"不支持的编码“{choice}”，请选择 utf-8 或 gb18030（不选则自动识别）"),
            };
        }

        using var file = File.OpenRead(path);
        var buffer = new byte[64 * 1024];
        var n = file.ReadAtLeast(buffer, 3, throwOnEndOfStream: false);
        if (n >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF) return new UTF8Encoding(false, throwOnInvalidBytes: true);
        var decoder = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
        var chars = new char[buffer.Length + 4];
        try
        {
            while (n > 0)
            {
                decoder.GetChars(buffer, 0, n, chars, 0, flush: false); // GetChars keeps a sequence split across reads
                n = file.Read(buffer, 0, buffer.Length);
            }

            decoder.GetChars(buffer, 0, 0, chars, 0, flush: true);
            return new UTF8Encoding(false, throwOnInvalidBytes: true);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding(54936);
        }
    }

    /// <summary>
    /// Every record of the file (header row included), CSV decoded with <see cref="DetectEncoding"/>, read under
    /// <paramref name="limits"/> (default <see cref="ImportLimits.Default"/>): a cell, a record or the file past a limit
    /// stops the reading with a <see cref="TabularFileException"/> naming the limit; an XLSX is checked whole
    /// (<see cref="XlsxGuard"/>) before it is read.
    /// </summary>
    public static IEnumerable<(long Line, object?[] Cells)> Records(string path, string? encoding, ImportLimits? limits = null)
    {
        limits ??= ImportLimits.Default;
        if (Detect(path) != TabularFormat.Xlsx) return Limited(CsvRecords(path, DetectEncoding(path, encoding), limits), limits);
        XlsxGuard.Check(path, limits);
        return Limited(XlsxRecords(path), limits);
    }

    /// <summary>Rows and columns of any record source against the limits (cells are measured where they are read).</summary>
    private static IEnumerable<(long Line, object?[] Cells)> Limited(IEnumerable<(long Line, object?[] Cells)> records, ImportLimits limits)
    {
        long count = 0;
        foreach (var (line, cells) in records)
        {
            if (++count > limits.MaxRows + 1) throw new TabularFileException(limits.TooManyRows());
            if (cells.Length > limits.MaxColumns && cells.Skip(limits.MaxColumns).Any(c => Text(c) is { Length: > 0 }))
                throw new TabularFileException(limits.TooManyColumns(line));
            foreach (var cell in cells)
            {
                if (cell is string { Length: var n } && n > limits.MaxCellChars)
                    throw new TabularFileException(limits.CellTooLong(line, Array.IndexOf(cells, cell) + 1));
            }

            yield return (line, cells);
        }
    }

    /// <summary>
    /// A record whose field count differs from the header's (<paramref name="headerWidth"/> = the header's fields up to its
    /// last non-empty one): the reason for a row error, or null. Empty fields past the header are tolerated (Excel writes them).
    /// </summary>
    public static string? FieldCountProblem(int headerWidth, object?[] cells)
    {
        var width = cells.Length;
        while (width > headerWidth && Text(cells[width - 1]) is null or "") width--;
        if (width > headerWidth) return $"本行有 {width} 个字段，表头只有 {headerWidth} 列：多出的字段无法对应到列（请检查逗号和引号）";
        if (cells.Length < headerWidth) return $"本行只有 {cells.Length} 个字段，表头有 {headerWidth} 列：缺少字段（请检查逗号和引号）";
        return null;
    }

    /// <summary>
    /// The header row mapped onto a template's columns: for each column its cell index, or -1 when absent. Throws (in
    /// Chinese) when a required column is missing or, unless <paramref name="allowUnknown"/>, a header is not in the template.
    /// </summary>
    public static int[] MapHeader(object?[] cells, IReadOnlyList<(string Header, bool Required)> columns, bool allowUnknown = false)
    {
        var headers = cells.Select(c => Text(c)?.Trim().TrimStart('\uFEFF') ?? "").ToList();
        int[] map = [.. columns.Select(c => headers.IndexOf(c.Header))];
        var missing = columns.Where((c, i) => c.Required && map[i] < 0).Select(c => c.Header).ToList();
        if (missing.Count > 0) throw new TabularFileException($"表头缺少必填列：{string.Join("、", missing)}；请使用导入模板");
        var unknown = headers.Where(h => h.Length > 0 && columns.All(c => c.Header != h)).ToList();
        if (!allowUnknown && unknown.Count > 0) throw new TabularFileException($"表头有模板之外的列：{string.Join("、", unknown)}；请使用导入模板");
        return map;
    }

    /// <summary>A cell as text: dates as yyyy-MM-dd, numbers without exponent or trailing zeros.</summary>
    public static string? Text(object? value) => value switch

    {
        null => null,
        string s => s,
        DateTime dt => dt.TimeOfDay == TimeSpan.Zero
            ? dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : dt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        double d => d.ToString("0.############", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static IEnumerable<(long, object?[])> XlsxRecords(string path)
    {
        IEnumerable<dynamic> rows;
        try
        {
            rows = MiniExcel.Query(path, useHeaderRow: false, excelType: ExcelType.XLSX);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or InvalidOperationException or System.Xml.XmlException)
        {
            throw new TabularFileException("无法读取 Excel 文件：文件已损坏或不是 .xlsx 格式");
        }

        long line = 0;
        using var enumerator = rows.GetEnumerator();
        while (true)
        {
            object? row;
            try
            {
                if (!enumerator.MoveNext()) break;
                row = enumerator.Current;
            }
            catch (Exception e) when (e is InvalidDataException or IOException or InvalidOperationException or System.Xml.XmlException)
            {
                throw new TabularFileException("无法读取 Excel 文件：文件已损坏或不是 .xlsx 格式");
            }

            line++;
            var cells = row is IDictionary<string, object?> dict ? dict.Values.ToArray() : [];
            yield return (line, cells);
        }
    }

    private static IEnumerable<(long, object?[])> CsvRecords(string path, Encoding encoding, ImportLimits limits)
    {
        using var reader = new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        foreach (var record in CsvRecords(reader, limits)) yield return record;
    }

    /// <summary>Every RFC 4180 record of CSV text already decoded (embedded reference data), header row included.</summary>
    public static IEnumerable<(long Line, object?[] Cells)> CsvRecords(TextReader reader, ImportLimits? limits = null)
    {
        var parser = new CsvParser(reader, limits ?? ImportLimits.Default);
        while (true)
        {
            string?[]? fields;
            long line;
            try
            {
                line = parser.Line;
                fields = parser.ReadRecord();
            }
            catch (DecoderFallbackException)
            {
                throw new TabularFileException($"第 {parser.Line} 行附近不是有效的 UTF-8 文本：文件可能是 GB18030/GBK 编码，请选择 gb18030 或自动识别");
            }

            if (fields is null) yield break;
            yield return (line, fields);
        }
    }

    /// <summary>RFC 4180 records from a reader; tracks the physical line each record starts on.</summary>
    private sealed class CsvParser(TextReader reader, ImportLimits limits)
    {
        private long _start;

        private readonly char[] _buffer = new char[1 << 16];
        private readonly StringBuilder _field = new();
        private readonly List<string?> _fields = [];
        private int _pos;
        private int _len;

        public long Line { get; private set; } = 1;

        private int Peek()
        {
            if (_pos < _len) return _buffer[_pos];
            _len = reader.Read(_buffer, 0, _buffer.Length);
            _pos = 0;
            return _len <= 0 ? -1 : _buffer[0];
        }

        public string?[]? ReadRecord()
        {
            if (Peek() < 0) return null;
            _start = Line;
            _fields.Clear();
            _field.Clear();
            var quoted = false;
            var wasQuoted = false;
            while (true)
            {
                var c = Peek();
                if (c < 0)
                {
                    if (quoted) throw new TabularFileException($"第 {Line} 行：引号未闭合（CSV 格式错误）");
                    break;
                }

                _pos++;
                if (quoted)
                {
                    if (c == '"')
                    {
                        if (Peek() == '"')
                        {
                            _pos++;
                            Append('"');
                        }
                        else
                        {
                            quoted = false;
                        }
                    }
                    else
                    {
                        if (c == '\n') Line++;
                        Append((char)c);
                    }

                    continue;
                }

                if (c == ',')
                {
                    EndField(wasQuoted);
                    wasQuoted = false;
                }
                else if (c == '"' && _field.Length == 0 && !wasQuoted)
                {
                    quoted = wasQuoted = true;
                }
                else if (c == '\r' || c == '\n')
                {
                    if (c == '\r' && Peek() == '\n') _pos++;
                    Line++;
                    break;
                }
                else
                {
                    Append((char)c);
                }
            }

            EndField(wasQuoted);
            return [.. _fields];
        }

        /// <summary>One character into the field, refused past the cell limit (a 1 GiB field never reaches memory).</summary>
        private void Append(char c)
        {
            if (_field.Length >= limits.MaxCellChars) throw new TabularFileException(limits.CellTooLong(_start, _fields.Count + 1));
            _field.Append(c);
        }

        private void EndField(bool wasQuoted)
        {
            if (_fields.Count >= limits.MaxColumns && (_field.Length > 0 || wasQuoted)) throw new TabularFileException(limits.TooManyColumns(_start));
            if (_fields.Count >= limits.MaxColumns * 4) throw new TabularFileException(limits.TooManyColumns(_start));
            _fields.Add(_field.Length == 0 && !wasQuoted ? null : _field.ToString());
            _field.Clear();
        }
    }
}
