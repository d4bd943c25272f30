using System.Globalization;
using Zhijian.Entities.Contracts;
using Zhijian.Entities.Dataset;
using Zhijian.Entities.Domain;
using Zhijian.Platform.Import;

namespace Zhijian.Entities.Features.Import;

/// <summary>One problem of an import file: 行号 (1-based; the header is line 1), 列 (Chinese header), 值, 原因.</summary>
internal sealed record ImportError(long Line, string Column, string? Value, string Reason);

/// <summary>One parsed data row: the registration input, its 登记状态 and 状态日期, raw cells and per-cell parse errors.</summary>
internal sealed record ImportRow(long Line, EntityInput Input, EntityStatus Status, DateOnly? StatusDate, string?[] Cells, IReadOnlyList<ImportError> Errors)
{
    public string? Cell(int column) => Cells[column];
}

/// <summary>The file as a whole cannot be read (type, encoding, header): a Chinese message, and header errors if any.</summary>
internal sealed class ImportFileException(string message, IReadOnlyList<ImportError>? errors = null) : TabularFileException(message)
{
    public IReadOnlyList<ImportError> Errors { get; } = errors ?? [];
}

/// <summary>File kinds the import accepts.</summary>
/// <summary>
/// 批量导入文件读取 (pure, streaming, no database): CSV (RFC 4180; UTF-8 with or without BOM, or GB18030/GBK as Excel
/// in China writes it, detected) and XLSX (first sheet, header row first). The header row must carry exactly the
/// <see cref="EntityRow.Columns"/> headers (any order). Rows come one at a time with their 1-based line number.
/// </summary>
internal static class EntityImportReader
{
    /// <summary>Column indexes of <see cref="EntityRow.Columns"/>.</summary>
    public const int ColUscc = 0, ColRegNo = 1, ColName = 2, ColType = 3, ColLegalRep = 4, ColLegalRepId = 5, ColCapital = 6,
        ColEstablished = 7, ColTermFrom = 8, ColTermTo = 9, ColAddress = 10, ColBusinessAddress = 11, ColDivision = 12,
        ColIndustry = 13, ColScope = 14, ColAuthority = 15, ColPhone = 16, ColStatus = 17, ColStatusDate = 18, ColTags = 19,
        ColReceived = 20, ColIssued = 21, ColChannel = 22, ColNameDeclared = 23;

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy/MM/dd", "yyyy.M.d", "yyyyMMdd"];

    private static readonly string[] InstantFormats =
        ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-M-d H:mm:ss", "yyyy-M-d H:mm", "yyyy/M/d H:mm:ss", "yyyy/M/d H:mm", "yyyy/MM/dd HH:mm:ss", "yyyy/MM/dd HH:mm"];

    /// <summary>A wall-clock time in a file is Beijing time (UTC+8, no daylight saving since 1991).</summary>
    private static DateTimeOffset China(DateTime local) => new(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), TimeSpan.FromHours(8));

    public static string Header(int column) => EntityRow.Columns[column].Header;

    public static bool IsKnownEncoding(string? choice) => TabularFile.IsKnownEncoding(choice);

    /// <summary>Reads every data row of the file; throws <see cref="ImportFileException"/> for problems of the file as a whole.</summary>
    public static IEnumerable<ImportRow> Read(string path, string fileName, string? encoding, ImportLimits limits)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        return Rows(TabularFile.Records(path, encoding, limits));
    }

    private static IEnumerable<ImportRow> Rows(IEnumerable<(long Line, object?[] Cells)> records)
    {
        int[]? map = null;
        var width = 0;
        foreach (var (line, cells) in records)
        {
            if (map is null)
            {
                (map, width) = HeaderMap(line, cells);
                continue;
            }

            if (cells.All(c => c is null || (c is string s && string.IsNullOrWhiteSpace(s)))) continue;
            var row = Parse(line, cells, map);
            if (TabularFile.FieldCountProblem(width, cells) is { } problem)
                row = row with { Errors = [new ImportError(line, WholeRow, null, problem), .. row.Errors] };
            yield return row;
        }

        if (map is null) throw new ImportFileException("文件是空的：没有表头行，请使用导入模板");
    }

    /// <summary>The 列 of an error about the row as a whole (its field count).</summary>
    public const string WholeRow = "整行";

    private static (int[] Map, int Width) HeaderMap(long line, object?[] cells)
    {
        var headers = cells.Select(c => TabularFile.Text(c)?.Trim().TrimStart('\uFEFF') ?? "").ToList();
        while (headers.Count > 0 && headers[^1].Length == 0) headers.RemoveAt(headers.Count - 1);
        var errors = new List<ImportError>();
        var map = new int[EntityRow.Columns.Count];
        for (var i = 0; i < map.Length; i++)
        {
            map[i] = headers.IndexOf(Header(i));
            if (map[i] < 0 && i < EntityRow.FirstOptionalColumn) errors.Add(new(line, Header(i), null, $"缺少列“{Header(i)}”"));
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
            var nothingKnown = map.Take(EntityRow.FirstOptionalColumn).All(m => m < 0);
            throw new ImportFileException(nothingKnown
                ? "表头与导入模板不符（未找到任何模板列）。若是中文乱码，请选择正确的文件编码（utf-8 或 gb18030）"
                : "表头与导入模板不符：" + string.Join("；", errors.Select(e => e.Reason)), errors);
        }

        return (map, headers.Count);
    }

    private static ImportRow Parse(long line, object?[] cells, int[] map)
    {
        var errors = new List<ImportError>();
        var raw = new string?[map.Length];
        object? Cell(int column) => map[column] >= 0 && map[column] < cells.Length ? cells[map[column]] : null;
        for (var i = 0; i < map.Length; i++) raw[i] = TabularFile.Text(Cell(i));
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
            case double d when Math.Abs(d) < 1e15:
                capital = (decimal)d;
                break;
            case double d:
                errors.Add(new(line, Header(ColCapital), TabularFile.Text(d), $"注册资本“{TabularFile.Text(d)}”超出范围（单位：万元）"));
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

        DateTimeOffset? Instant(int column)
        {
            var value = Cell(column);
            switch (value)
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

            var text = Str(column);
            if (text is null) return null;
            if (DateTime.TryParseExact(text, InstantFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)) return China(at);
            if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return China(date.ToDateTime(TimeOnly.MinValue));
            errors.Add(new(line, Header(column), text, $"{Header(column)}“{text}”不是有效时间，格式应为 yyyy-MM-dd HH:mm 或 yyyy-MM-dd"));
            return null;
        }

        RegistrationChannel? channel = null;
        if (Str(ColChannel) is { } channelText)
        {
            channel = EntityNames.ParseChannel(channelText);
            if (channel is null) errors.Add(new(line, Header(ColChannel), channelText, $"登记渠道“{channelText}”无效，应为 网上 或 窗口"));
        }

        bool? nameDeclared = null;
        if (Str(ColNameDeclared) is { } declaredText)
        {
            nameDeclared = EntityNames.ParseYesNo(declaredText);
            if (nameDeclared is null) errors.Add(new(line, Header(ColNameDeclared), declaredText, $"名称自主申报“{declaredText}”无效，应为 是 或 否"));
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
            Tags: tags ?? [],
            ApplicationReceivedAt: Instant(ColReceived),
            LicenceIssuedAt: Instant(ColIssued),
            ApplicationChannel: channel,
            NameSelfDeclared: nameDeclared);
        return new ImportRow(line, input, status, Date(ColStatusDate), raw, errors);
    }
}
