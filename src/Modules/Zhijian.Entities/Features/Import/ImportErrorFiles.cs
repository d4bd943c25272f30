using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Zhijian.Entities.Features.Import;

/// <summary>Settings of 批量导入: <c>Zhijian:Import</c>.</summary>
internal sealed class EntityImportOptions
{
    /// <summary>Largest accepted file in bytes (default 2 GiB); larger files are refused before reading.</summary>
    public long MaxBytes { get; set; } = DefaultMaxBytes;

    /// <summary>Where uploads and error reports are kept (default: the system temp folder).</summary>
    public string? Folder { get; set; }

    /// <summary>Largest number of data rows in one file (default 1,000,000); a file with more is refused while reading.</summary>
    public long MaxRows { get; set; } = DefaultMaxRows;

    public const long DefaultMaxBytes = 2L * 1024 * 1024 * 1024;

    public const long DefaultMaxRows = 1_000_000;

    /// <summary>The platform's import limits with this import's row limit.</summary>
    public Zhijian.Platform.Import.ImportLimits Limits => Zhijian.Platform.Import.ImportLimits.Default with { MaxRows = MaxRows };

    public string Root => Path.Combine(Folder ?? Path.GetTempPath(), "zhijian-import");
}

/// <summary>
/// 错误报告: the full list of a failed import as CSV (行号,列,值,原因), UTF-8 with BOM so Excel opens it, kept for 24 hours
/// under an unguessable id in a folder of the uploading user only.
/// </summary>
internal sealed class ImportErrorFiles(EntityImportOptions options)
{
    public static readonly TimeSpan KeepFor = TimeSpan.FromHours(24);

    private string Folder(string user) =>
        Path.Combine(options.Root, "errors", Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(user)))[..24]);

    /// <summary>A new report file for <paramref name="user"/>; old reports of every user are swept on the way.</summary>
    public (Guid Id, StreamWriter Writer) Create(string user)
    {
        Sweep();
        var folder = Folder(user);
        Directory.CreateDirectory(folder);
        var id = Guid.NewGuid();
        var writer = new StreamWriter(Path.Combine(folder, id.ToString("N") + ".csv"), append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        writer.Write("行号,列,值,原因\r\n");
        return (id, writer);
    }

    public static void Write(TextWriter w, ImportError e)
    {
        w.Write(e.Line.ToString(CultureInfo.InvariantCulture));
        w.Write(',');
        Field(w, e.Column);
        w.Write(',');
        Field(w, e.Value);
        w.Write(',');
        Field(w, e.Reason);
        w.Write("\r\n");
    }

    public void Delete(string user, Guid id) => File.Delete(Path.Combine(Folder(user), id.ToString("N") + ".csv"));

    /// <summary>The report's path if it exists, belongs to <paramref name="user"/> and is younger than 24 hours.</summary>
    public string? Find(string user, Guid id)
    {
        var path = Path.Combine(Folder(user), id.ToString("N") + ".csv");
        if (!File.Exists(path)) return null;
        return DateTime.UtcNow - File.GetLastWriteTimeUtc(path) > KeepFor ? null : path; // file ages are wall-clock
    }

    private void Sweep()
    {
        var root = Path.Combine(options.Root, "errors");
        if (!Directory.Exists(root)) return;
        foreach (var file in Directory.EnumerateFiles(root, "*.csv", SearchOption.AllDirectories))
        {
            try
            {
                if (DateTime.UtcNow - File.GetLastWriteTimeUtc(file) > KeepFor) File.Delete(file);
            }
            catch (IOException)
            {
                // another request is writing or reading it: the next sweep takes it
            }
        }
    }

    private static void Field(TextWriter w, string? value)
    {
        if (string.IsNullOrEmpty(value)) return;
        // A leading = + - @ would make Excel evaluate the cell (CSV injection): prefix it with an apostrophe.
        Dataset.EntityCsv.WriteQuoted(w, value[0] is '=' or '+' or '-' or '@' ? "'" + value : value);
    }
}
