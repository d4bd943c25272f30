using System.IO.Compression;
using System.Xml;

namespace Zhijian.Platform.Import;

/// <summary>
/// Checks an XLSX against <see cref="ImportLimits"/> before the Excel reader opens it: part count, each part's declared
/// uncompressed size and the total, then every part read through once while its bytes are counted (a part inflating
/// past its declared size or the limit — a zip bomb — stops at the limit), the worksheets and shared strings parsed as
/// they stream: a cell's text is measured in chunks and refused at <see cref="ImportLimits.MaxCellChars"/>, rows and
/// columns are counted (cell references and the declared dimension included, which the reader would otherwise allocate).
/// Memory stays at a few buffers whatever the file holds.
/// </summary>
internal static class XlsxGuard
{
    private const string Damaged = "无法读取 Excel 文件：文件已损坏或不是 .xlsx 格式";

    public static void Check(string path, ImportLimits limits)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            if (zip.Entries.Count > limits.MaxXlsxParts)
                throw new TabularFileException($"Excel 文件包含 {zip.Entries.Count:N0} 个部件，超过 {limits.MaxXlsxParts:N0} 个的上限，不是正常的 .xlsx 文件");
            long declared = 0;
            foreach (var entry in zip.Entries)
            {
                if (entry.Length > limits.MaxXlsxPartBytes) throw PartTooLarge(entry.FullName, entry.Length, limits);
                declared += entry.Length;
                if (declared > limits.MaxXlsxBytes) throw TotalTooLarge(limits);
            }

            long total = 0;
            foreach (var entry in zip.Entries)
            {
                using var raw = entry.Open();
                using var counted = new CountingStream(raw, Math.Min(entry.Length, limits.MaxXlsxPartBytes), entry.FullName, limits);
                var name = entry.FullName.TrimStart('/');
                if (name.StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
                    ScanXml(counted, limits, sheet: true);
                else if (name.Equals("xl/sharedStrings.xml", StringComparison.OrdinalIgnoreCase))
                    ScanXml(counted, limits, sheet: false);
                else
                    counted.CopyTo(Stream.Null);
                total += counted.Count;
                if (total > limits.MaxXlsxBytes) throw TotalTooLarge(limits);
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException or XmlException or NotSupportedException)
        {
            throw new TabularFileException(Damaged);
        }
    }

    private static TabularFileException PartTooLarge(string part, long bytes, ImportLimits limits) =>
        new($"Excel 文件的部件“{part}”解压后 {ImportLimits.Bytes(bytes)}，超过 {ImportLimits.Bytes(limits.MaxXlsxPartBytes)} 的解压大小上限，请拆分后分批导入");

    private static TabularFileException TotalTooLarge(ImportLimits limits) =>
        new($"Excel 文件解压后超过 {ImportLimits.Bytes(limits.MaxXlsxBytes)} 的解压大小上限，请拆分后分批导入");

    /// <summary>Streams a worksheet or the shared strings: text measured per cell (si/c), rows and cells counted.</summary>
    private static void ScanXml(Stream stream, ImportLimits limits, bool sheet)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, CloseInput = false };
        using var reader = XmlReader.Create(stream, settings);
        var chunk = new char[8192];
        long rows = 0;
        long row = 0;
        var cells = 0;
        var column = 0;
        long cellChars = 0;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    switch (reader.LocalName)
                    {
                        case "dimension" when sheet:
                            if (reader.GetAttribute("ref") is { } range)
                            {
                                var last = range.Contains(':', StringComparison.Ordinal) ? range[(range.IndexOf(':', StringComparison.Ordinal) + 1)..] : range;
                                var (c, r) = Reference(last);
                                if (c > limits.MaxColumns) throw new TabularFileException(limits.TooManyColumns(1));
                                if (r > limits.MaxRows + 1) throw new TabularFileException(limits.TooManyRows());
                            }

                            break;
                        case "row" when sheet:
                            rows++;
                            row = long.TryParse(reader.GetAttribute("r"), out var number) ? number : row + 1;
                            if (rows > limits.MaxRows + 1 || row > limits.MaxRows + 1) throw new TabularFileException(limits.TooManyRows());
                            cells = 0;
                            column = 0;
                            break;
                        case "c" when sheet:
                            cells++;
                            column = reader.GetAttribute("r") is { } at ? Reference(at).Column : column + 1;
                            if (cells > limits.MaxColumns || column > limits.MaxColumns) throw new TabularFileException(limits.TooManyColumns(row));
                            cellChars = 0;
                            break;
                        case "si" when !sheet:
                            rows++;
                            cellChars = 0;
                            break;
                    }

                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace:
                    int n;
                    while ((n = reader.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
                    {
                        cellChars += n;
                        if (cellChars > limits.MaxCellChars)
                            throw new TabularFileException(sheet
                                ? limits.CellTooLong(row, Math.Max(column, 1))
                                : $"Excel 文件中第 {rows:N0} 个文本超过 {limits.MaxCellChars:N0} 个字符（单元格上限），请检查文件");
                    }

                    break;
            }
        }
    }

    /// <summary>Column (A = 1) and row of an A1 reference; 0 where absent or unreadable.</summary>
    private static (int Column, long Row) Reference(string reference)
    {
        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            if (column > 1_000_000) return (int.MaxValue, 0);
        }

        return (column, long.TryParse(reference.AsSpan(i), out var row) ? row : 0);
    }

    /// <summary>Counts bytes read from an inflating stream; past the declared size or the limit it stops with a Chinese message.</summary>
    private sealed class CountingStream(Stream inner, long limit, string part, ImportLimits limits) : Stream
    {
        public long Count { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Count; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = inner.Read(buffer);
            Count += n;
            if (Count > limit)
            {
                throw Count > limits.MaxXlsxPartBytes
                    ? PartTooLarge(part, Count, limits)
                    : new TabularFileException($"Excel 文件的部件“{part}”解压后的大小与声明的不符（可能是恶意构造的压缩文件），无法导入");
            }

            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
