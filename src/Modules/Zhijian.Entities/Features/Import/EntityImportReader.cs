using System.Globalization;
using System.Text;
using MiniExcelLibs;
using Zhijian.Entities.Contracts;
using Zhijian.Entities.Dataset;
using Zhijian.Entities.Domain;

namespace Zhijian.Entities.Features.Import;

/// <summary>One problem of an import file: 行号 (1-based; the header is line 1), 列 (Chinese header), 值, 原因.</summary>
internal sealed record ImportError(long Line, string Column, string? Value, string Reason);

/// <summary>One parsed data row: the registration input, its 登记状态 and 状态日期, raw cells and per-cell parse errors.</summary>
internal sealed record ImportRow(long Line, EntityInput Input, EntityStatus Status, DateOnly? StatusDate, string?[] Cells, IReadOnlyList<ImportError> Errors)
{
    public string? Cell(int column) => Cells[column];
}

/// <summary>The file as a whole cannot be read (type, encoding, header): a Chinese message, and header errors if any.</summary>
internal sealed class ImportFileException(string message, IReadOnlyList<ImportError>? errors = null) : Exception(message)
{
    public IReadOnlyList<ImportError> Errors { get; } = errors ?? [];
}

/// <summary>File kinds the import accepts.</summary>
internal enum ImportFormat
{
    Csv,
    Xlsx,
}

/// <summary>
/// 批量导入文件读取 (pure, streaming, no database): CSV (RFC 4180; UTF-8 with or without BOM, or GB18030/GBK as Excel
/// in China writes it, detected) and XLSX (first sheet, header row first). The header row must carry exactly the
/// <see cref="EntityRow.Columns"/> headers (any order). Rows come one at a time with their 1-based line number.
/// </summary>
internal static class EntityImportReader
{
    public const string Utf8 = "utf-8";
    public const string Gb18030 = "gb18030";

    /// <summary>Column indexes of <see cref="EntityRow.Columns"/>.</summary>
    public const int ColUscc = 0, ColRegNo = 1, ColName = 2, ColType = 3, ColLegalRep = 4, ColLegalRepId = 5, ColCapital = 6,
        ColEstablished = 7, ColTermFrom = 8, ColTermTo = 9, ColAddress = 10, ColBusinessAddress = 11, ColDivision = 12,
        ColIndustry = 13, ColScope = 14, ColAuthority = 15, ColPhone = 16, ColStatus = 17, ColStatusDate = 18, ColTags = 19;

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy/MM/dd", "yyyy.M.d", "yyyyMMdd"];

    static EntityImportReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Header(int column) => EntityRow.Columns[column].Header;

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
    public static ImportFormat Detect(string path)
    {
        using var file = File.OpenRead(path);
        var head = new byte[8192];
        var n = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) return ImportFormat.Xlsx;
        if (n >= 8 && head[0] == 0xD0 && head[1] == 0xCF && head[2] == 0x11 && head[3] == 0xE0)
            throw new ImportFileException("不支持 Excel 97-2003（.xls）文件，请在 Excel 中另存为 .xlsx 或 CSV 后再导入");
        if (head.AsSpan(0, n).Contains((byte)0))
            throw new ImportFileException("文件类型不受支持：不是 CSV 文本文件，也不是 Excel（.xlsx）文件，请使用导入模板");
        return ImportFormat.Csv;
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
                _ => throw new ImportFileException($"不支持的编码“{choice}”，请选择 utf-8 或 gb18030（不选则自动识别）"),
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

    /// <summary>Reads every data row of the file; throws <see cref="ImportFileException"/> for problems of the file as a whole.</summary>
    public static IEnumerable<ImportRow> Read(string path, string fileName, string? encoding)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var format = Detect(path);
        var raw = format == ImportFormat.Xlsx ? XlsxRecords(path) : CsvRecords(path, DetectEncoding(path, encoding));
        return Rows(raw);
    }

    private static IEnumerable<ImportRow> Rows(IEnumerable<(long Line, object?[] Cells)> records)
    {
        int[]? map = null;
        foreach (var (line, cells) in records)
        {
            if (map is null)
            {
                map = HeaderMap(line, cells);
                continue;
            }

            if (cells.All(c => c is null || (c is string s && string.IsNullOrWhiteSpace(s)))) continue;
            yield return Parse(line, cells, map);
        }

        if (map is null) throw new ImportFileException("文件是空的：没有表头行，请使用导入模板");
    }

    private static int[] HeaderMap(long line, object?[] cells)
    {
        var headers = cells.Select(c => Text(c)?.Trim().TrimStart('\uFEFF') ?? "").ToList();
        while (headers.Count > 0 && headers[^1].Length == 0) headers.RemoveAt(headers.Count - 1);
        var errors = new List<ImportError>();
        var map = new int[EntityRow.Columns.Count];
        for (var i = 0; i < map.Length; i++)
        {
            map[i] = headers.IndexOf(Header(i));
            if (map[i] < 0) errors.Add(new(line, Header(i), null, $"缺少列“{Header(i)}”"));
        }

        var known = EntityRow.Columns.Select(c => c.Header).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < headers.Count; i++)
        {
            var h = headers[i];
            if (h.Length == 0) errors.Add(new(line, $"第 {i + 1} 列", null, "表头为空，请删除多余的列"));
            else if (!known.Contains(h)) errors.Add(new(line, h, h, $"未知的列“{h}”，请使用导入模板的表头"));
            else if (!seen.Add(h)) errors.Add(new(line, h, h, $"列“{h}”重复"));
        }

        if (errors.Count > 0)
        {
            var nothingKnown = map.All(m => m < 0);
            throw new ImportFileException(nothingKnown
                ? "表头与导入模板不符（未找到任何模板列）。若是中文乱码，请选择正确的文件编码（utf-8 或 gb18030）"
                : "表头与导入模板不符：" + string.Join("；", errors.Select(e => e.Reason)), errors);
        }

        return map;
    }

    private static ImportRow Parse(long line, object?[] cells, int[] map)
    {
        var errors = new List<ImportError>();
        var raw = new string?[map.Length];
        object? Cell(int column) => map[column] < cells.Length ? cells[map[column]] : null;
        for (var i = 0; i < map.Length; i++) raw[i] = Text(Cell(i));
        string? Str(int column) => string.IsNullOrWhiteSpace(raw[column]) ? null : raw[column]!.Trim();

        DateOnly? Date(int column)
        {
            var value = Cell(column);
            switch (value)
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

            var text = Str(column);
            if (text is null) return null;
            if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
            if (DateTime.TryParseExact(text, ["yyyy-MM-dd HH:mm:ss", "yyyy/M/d H:mm:ss", "yyyy/M/d H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
                && at.TimeOfDay == TimeSpan.Zero)
                return DateOnly.FromDateTime(at);
            errors.Add(new(line, Header(column), text, $"{Header(column)}“{text}”不是有效日期，格式应为 yyyy-MM-dd"));
            return null;
        }

        decimal? capital = null;
        switch (Cell(ColCapital))
        {
            case double d:
                capital = (decimal)d;
                break;
            case decimal m:
                capital = m;
                break;
            default:
                if (Str(ColCapital) is { } c)
                {
                    if (decimal.TryParse(c.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed)) capital = parsed;
                    else errors.Add(new(line, Header(ColCapital), c, $"注册资本“{c}”不是数字（单位：万元）"));
                }

                break;
        }

        EntityType? type = null;
        if (Str(ColType) is { } typeText)
        {
            type = EntityNames.ParseType(typeText);
            if (type is null)
                errors.Add(new(line, Header(ColType), typeText, $"主体类型“{typeText}”无效，应为 {string.Join("、", Enum.GetValues<EntityType>().Select(EntityNames.Of))} 之一"));
        }

        var status = EntityStatus.Active;
        if (Str(ColStatus) is { } statusText)
        {
            if (EntityNames.ParseStatus(statusText) is { } s) status = s;
            else errors.Add(new(line, Header(ColStatus), statusText, $"登记状态“{statusText}”无效，应为 存续、在营、开业、迁出、吊销、注销 之一"));
        }

        var tags = Str(ColTags)?.Split([';', '；'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct().ToList();
        var input = new EntityInput(
            Uscc: Str(ColUscc)?.ToUpperInvariant(),
            RegNo: Str(ColRegNo),
            Name: Str(ColName),
            Type: type,
            LegalRep: Str(ColLegalRep),
            LegalRepId: Str(ColLegalRepId)?.ToUpperInvariant(),
            RegisteredCapital: capital,
            EstablishedOn: Date(ColEstablished),
            TermFrom: Date(ColTermFrom),
            TermTo: Date(ColTermTo),
            RegisteredAddress: Str(ColAddress),
            BusinessAddress: Str(ColBusinessAddress),
            DivisionCode: Str(ColDivision),
            IndustryCode: Str(ColIndustry),
            BusinessScope: Str(ColScope),
            RegistrationAuthority: Str(ColAuthority),
            Phone: Str(ColPhone),
            Tags: tags ?? []);
        return new ImportRow(line, input, status, Date(ColStatusDate), raw, errors);
    }

    private static string? Text(object? value) => value switch
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
            throw new ImportFileException("无法读取 Excel 文件：文件已损坏或不是 .xlsx 格式");
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
                throw new ImportFileException("无法读取 Excel 文件：文件已损坏或不是 .xlsx 格式");
            }

            line++;
            var cells = row is IDictionary<string, object?> dict ? dict.Values.ToArray() : [];
            yield return (line, cells);
        }
    }

    private static IEnumerable<(long, object?[])> CsvRecords(string path, Encoding encoding)
    {
        using var reader = new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var parser = new CsvParser(reader);
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
                throw new ImportFileException($"第 {parser.Line} 行附近不是有效的 UTF-8 文本：文件可能是 GB18030/GBK 编码，请选择 gb18030 或自动识别");
            }

            if (fields is null) yield break;
            yield return (line, fields);
        }
    }

    /// <summary>RFC 4180 records from a reader; tracks the physical line each record starts on.</summary>
    private sealed class CsvParser(TextReader reader)
    {
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
            _fields.Clear();
            _field.Clear();
            var quoted = false;
            var wasQuoted = false;
            while (true)
            {
                var c = Peek();
                if (c < 0)
                {
                    if (quoted) throw new ImportFileException($"第 {Line} 行：引号未闭合（CSV 格式错误）");
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
                            _field.Append('"');
                        }
                        else
                        {
                            quoted = false;
                        }
                    }
                    else
                    {
                        if (c == '\n') Line++;
                        _field.Append((char)c);
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
                    _field.Append((char)c);
                }
            }

            EndField(wasQuoted);
            return [.. _fields];
        }

        private void EndField(bool wasQuoted)
        {
            _fields.Add(_field.Length == 0 && !wasQuoted ? null : _field.ToString());
            _field.Clear();
        }
    }
}
