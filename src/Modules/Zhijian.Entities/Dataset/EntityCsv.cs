using System.Globalization;
using Zhijian.Entities.Contracts;

namespace Zhijian.Entities.Dataset;

/// <summary>
/// Writes <see cref="EntityRow"/>s as CSV (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote
/// or line break quoted, quotes doubled). Header row = <see cref="EntityRow.Columns"/> headers; dates yyyy-MM-dd;
/// type and status by their Chinese names; tags joined with ';'. Streams row by row.
/// </summary>
internal static class EntityCsv
{
    public static void Write(TextWriter w, IEnumerable<EntityRow> rows)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(rows);
        WriteHeader(w);
        foreach (var r in rows)
        {
            WriteRow(w, r);
        }
    }

    /// <summary>
    /// Export of registered entities: the same columns, personal data masked (证件号码 110105********002X,
    /// 电话 138****5678) — exports leave the system, so they never carry clear personal data. Rows are formatted into a
    /// buffer and handed to <paramref name="w"/> only through its async methods: a writer over an HTTP response may not
    /// write synchronously (Kestrel refuses it once the writer's own buffer fills, after ~2 KB).
    /// </summary>
    public static async Task WriteMaskedAsync(TextWriter w, IAsyncEnumerable<Domain.MarketEntity> entities, CancellationToken ct)
    {
        const int FlushChars = 32 * 1024;
        var buffer = new StringWriter(CultureInfo.InvariantCulture);
        var sb = buffer.GetStringBuilder();
        WriteHeader(buffer);
        await foreach (var e in entities.WithCancellation(ct))
        {
            WriteRow(buffer, new EntityRow(e.Uscc, e.RegNo, e.Name, e.Type, e.LegalRep, e.LegalRepIdMasked, e.RegisteredCapital, e.EstablishedOn,
                e.TermFrom, e.TermTo, e.RegisteredAddress, e.BusinessAddress, e.DivisionCode, e.IndustryCode, e.BusinessScope,
                e.RegistrationAuthority, e.PhoneMasked, e.Status, e.StatusDate, e.Tags, e.ApplicationReceivedAt, e.LicenceIssuedAt,
                e.ApplicationChannel, e.NameSelfDeclared));
            if (sb.Length < FlushChars) continue;
            await w.WriteAsync(sb, ct);
            await w.FlushAsync(ct);
            sb.Clear();
        }

        await w.WriteAsync(sb, ct);
        await w.FlushAsync(ct);
    }

    /// <summary>The same masked export as an Excel sheet (written to a file: XLSX is a zip and wants a seekable stream).</summary>
    public static void WriteMaskedXlsx(string path, IEnumerable<Domain.MarketEntity> entities)
    {
        var headers = EntityRow.Columns.Select(c => c.Header).ToArray();
        var rows = entities.Select(e =>
        {
            string?[] values =
            [
                e.Uscc, e.RegNo, e.Name, EntityNames.Of(e.Type), e.LegalRep, e.LegalRepIdMasked,
                e.RegisteredCapital?.ToString(CultureInfo.InvariantCulture), Date(e.EstablishedOn), Date(e.TermFrom), Date(e.TermTo),
                e.RegisteredAddress, e.BusinessAddress, e.DivisionCode, e.IndustryCode, e.BusinessScope, e.RegistrationAuthority,
                e.PhoneMasked, EntityNames.Of(e.Status), Date(e.StatusDate), e.Tags.Count == 0 ? null : string.Join(';', e.Tags),
                Instant(e.ApplicationReceivedAt), Instant(e.LicenceIssuedAt), Channel(e.ApplicationChannel), YesNo(e.NameSelfDeclared),
            ];
            var row = new Dictionary<string, object?>(headers.Length, StringComparer.Ordinal);
            for (var i = 0; i < headers.Length; i++) row[headers[i]] = values[i];
            return row;
        });
        MiniExcelLibs.MiniExcel.SaveAs(path, rows, printHeader: true, sheetName: "市场主体", excelType: MiniExcelLibs.ExcelType.XLSX, overwriteFile: true);
    }

    private static void WriteHeader(TextWriter w)
    {
        for (var i = 0; i < EntityRow.Columns.Count; i++)
        {
            WriteField(w, i, EntityRow.Columns[i].Header);
        }

        w.Write("\r\n");
    }

    private static void WriteRow(TextWriter w, EntityRow r)
    {
        WriteField(w, 0, r.Uscc);
        WriteField(w, 1, r.RegNo);
        WriteField(w, 2, r.Name);
        WriteField(w, 3, EntityNames.Of(r.Type));
        WriteField(w, 4, r.LegalRep);
        WriteField(w, 5, r.LegalRepId);
        WriteField(w, 6, r.RegisteredCapital?.ToString(CultureInfo.InvariantCulture));
        WriteField(w, 7, Date(r.EstablishedOn));
        WriteField(w, 8, Date(r.TermFrom));
        WriteField(w, 9, Date(r.TermTo));
        WriteField(w, 10, r.RegisteredAddress);
        WriteField(w, 11, r.BusinessAddress);
        WriteField(w, 12, r.DivisionCode);
        WriteField(w, 13, r.IndustryCode);
        WriteField(w, 14, r.BusinessScope);
        WriteField(w, 15, r.RegistrationAuthority);
        WriteField(w, 16, r.Phone);
        WriteField(w, 17, EntityNames.Of(r.Status));
        WriteField(w, 18, Date(r.StatusDate));
        WriteField(w, 19, r.Tags.Count == 0 ? null : string.Join(';', r.Tags));
        WriteField(w, 20, Instant(r.ApplicationReceivedAt));
        WriteField(w, 21, Instant(r.LicenceIssuedAt));
        WriteField(w, 22, Channel(r.ApplicationChannel));
        WriteField(w, 23, YesNo(r.NameSelfDeclared));
        w.Write("\r\n");
    }

    private static string? Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An instant as China local time, the form the import reads back.</summary>
    private static string? Instant(DateTimeOffset? at) =>
        at is { } v ? TimeZoneInfo.ConvertTime(v, Platform.Calendar.ChinaTime.Zone).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) : null;

    private static string? Channel(RegistrationChannel? c) => c switch
    {
        RegistrationChannel.Online => "网上",
        RegistrationChannel.Counter => "窗口",
        _ => null,
    };

    private static string? YesNo(bool? b) => b switch { true => "是", false => "否", null => null };

    private static void WriteField(TextWriter w, int index, string? value)
    {
        if (index > 0)
        {
            w.Write(',');
        }

        WriteQuoted(w, value);
    }

    /// <summary>One RFC 4180 field (the import kit's quoting).</summary>
    internal static void WriteQuoted(TextWriter w, string? value) => w.Write(Platform.Import.ImportTemplate.CsvField(value));
}
