using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Web;

namespace Zhijian.Platform.Import;

/// <summary>Settings of every import: <c>Zhijian:Import</c>.</summary>
public sealed class ImportOptions
{
    public const long DefaultMaxBytes = 2L * 1024 * 1024 * 1024;

    /// <summary>Largest accepted upload in bytes (default 2 GiB); an import may set a smaller cap of its own (<see cref="ImportTemplate.MaxBytes"/>).</summary>
    public long MaxBytes { get; set; } = DefaultMaxBytes;

    /// <summary>Where uploads and error reports are kept (default: the system temp folder).</summary>
    public string? Folder { get; set; }

    public string Root => Path.Combine(Folder ?? Path.GetTempPath(), "zhijian-import");
}

/// <summary>An upload saved to a temporary file (deleted on dispose), or why it was refused.</summary>
public sealed class ImportUpload : IDisposable
{
    internal ImportUpload(string? path, string? fileName, ProblemHttpResult? problem)
    {
        Path = path;
        FileName = fileName;
        Problem = problem;
    }

    public string? Path { get; }

    /// <summary>The file's own name as the client sent it (no folders).</summary>
    public string? FileName { get; }

    /// <summary>Why the upload was refused (400), or null when <see cref="Path"/> holds the file.</summary>
    public ProblemHttpResult? Problem { get; }

    public void Dispose()
    {
        if (Path is not null) File.Delete(Path);
    }
}

/// <summary>
/// 导入工具 — the one way an import of the platform receives and answers a file: the upload streamed to a temporary file
/// under the size limit (<see cref="ReceiveAsync"/>, <see cref="SaveAsync(Stream, string, ImportTemplate, IProgress{long}, CancellationToken)"/>), the errors collected with their report
/// (<see cref="Errors"/>), and the answers (<see cref="RunAsync{T}"/>: 200 with the module's summary, 400 for a file
/// that cannot be read, 422 with every row's errors and a link to the error report). A module declares its
/// <see cref="ImportTemplate"/>, reads the rows with <see cref="ImportTemplate.Read(string, string?)"/> and writes them.
/// </summary>
public sealed class ImportKit(IOptions<ImportOptions> options, ActorContext actor)
{
    /// <summary>Room for the multipart envelope around the file.</summary>
    public const long EnvelopeBytes = 1024 * 1024;

    /// <summary>How long an error report is kept.</summary>
    public static readonly TimeSpan KeepReportsFor = TimeSpan.FromHours(24);

    public ImportOptions Options => options.Value;

    /// <summary>The upload limit of <paramref name="template"/>: its own cap under the configured one.</summary>
    public long MaxBytes(ImportTemplate template) => Math.Min(Options.MaxBytes, template.MaxBytes ?? long.MaxValue);

    public static string TooLarge(long max) =>
        $"文件超过导入大小上限 {max / (1024.0 * 1024 * 1024):0.##} GB（{max:N0} 字节），请拆分后分批导入";

    public static string UnknownEncoding(string? encoding) => $"不支持的编码“{encoding}”，请选择 utf-8 或 gb18030（不选则自动识别）";

    private static ProblemHttpResult BadFile(string detail) => Problems.Problem(StatusCodes.Status400BadRequest, "无法导入该文件", detail);

    /// <summary>
    /// Streams the multipart field <c>file</c> of the request to a temporary file, refusing more than the limit before
    /// (Content-Length) and while reading; a cut-off body is refused too.
    /// </summary>
    public async Task<ImportUpload> ReceiveAsync(HttpRequest request, ImportTemplate template, CancellationToken ct)
    {
        var max = MaxBytes(template);
        if (!request.HasFormContentType || !request.ContentType!.Contains("multipart/form-data", StringComparison.OrdinalIgnoreCase))
            return new(null, null, BadFile("请以 multipart/form-data 上传，文件放在表单字段 file 中"));
        if (request.ContentLength > max + EnvelopeBytes) return new(null, null, BadFile(TooLarge(max)));

        var boundary = HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(request.ContentType).Boundary).Value;
        if (string.IsNullOrEmpty(boundary)) return new(null, null, BadFile("multipart/form-data 缺少 boundary"));
        var reader = new MultipartReader(boundary, request.Body) { BodyLengthLimit = null };
        while (await NextSectionAsync(reader, ct) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                || !disposition.IsFileDisposition() || HeaderUtilities.RemoveQuotes(disposition.Name).Value != "file")
                continue;
            var fileName = disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value! : HeaderUtilities.RemoveQuotes(disposition.FileName).Value ?? "upload";
            return await SaveAsync(section.Body, Path.GetFileName(fileName), max, cutOffIsError: true, ct);
        }

        return new(null, null, BadFile("没有收到文件：请在表单字段 file 中上传 CSV 或 XLSX 文件"));
    }

    /// <summary>Copies an upload from a stream (a console page's file) to a temporary file under <paramref name="template"/>'s limit.</summary>
    public Task<ImportUpload> SaveAsync(Stream source, string fileName, ImportTemplate template, IProgress<long>? copied, CancellationToken ct) =>
        SaveAsync(source, Path.GetFileName(fileName), MaxBytes(template), cutOffIsError: false, ct, copied);

    private async Task<ImportUpload> SaveAsync(Stream source, string fileName, long max, bool cutOffIsError, CancellationToken ct, IProgress<long>? copied = null)
    {
        var folder = Path.Combine(Options.Root, "uploads");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, Guid.NewGuid().ToString("N") + ".upload");
        string? refused = null;
        try
        {
            await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous);
            var buffer = new byte[1 << 16];
            long total = 0;
            int n;
            while ((n = await ReadAsync(source, buffer, ct)) != 0)
            {
                if (n < 0)
                {
                    if (cutOffIsError) refused = "上传内容不完整（表单在文件结束前中断），请重新上传";
                    break;
                }

                total += n;
                if (total > max)
                {
                    refused = TooLarge(max);
                    break;
                }

                await file.WriteAsync(buffer.AsMemory(0, n), ct);
                copied?.Report(total);
            }
        }
        catch
        {
            File.Delete(path);
            throw;
        }

        if (refused is null) return new(path, fileName, null);
        File.Delete(path);
        return new(null, null, BadFile(refused));
    }

    /// <summary>The next part, or null at the end — also when the body ends before its closing boundary (a cut-off upload).</summary>
    private static async Task<MultipartSection?> NextSectionAsync(MultipartReader reader, CancellationToken ct)
    {
        try
        {
            return await reader.ReadNextSectionAsync(ct);
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Reads the next bytes; -1 when the body ends before the part's boundary.</summary>
    private static async Task<int> ReadAsync(Stream part, byte[] buffer, CancellationToken ct)
    {
        try
        {
            return await part.ReadAsync(buffer, ct);
        }
        catch (IOException)
        {
            return -1;
        }
    }

    private string ReportFolder(ImportTemplate template, string user) =>
        Path.Combine(Options.Root, "errors", template.Key, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(user)))[..24]);

    /// <summary>The errors of a new import by the current user, with a report file (old reports of every user are swept on the way).</summary>
    public ImportErrors Errors(ImportTemplate template)
    {
        SweepReports();
        var folder = ReportFolder(template, actor.Current.Name);
        Directory.CreateDirectory(folder);
        var id = Guid.NewGuid();
        return new ImportErrors(template, id, Path.Combine(folder, id.ToString("N") + ".csv"));
    }

    /// <summary>The report's path if it exists, belongs to the current user and is younger than 24 hours.</summary>
    public string? FindReport(ImportTemplate template, Guid id)
    {
        var path = Path.Combine(ReportFolder(template, actor.Current.Name), id.ToString("N") + ".csv");
        if (!File.Exists(path)) return null;
        return DateTime.UtcNow - File.GetLastWriteTimeUtc(path) > KeepReportsFor ? null : path; // file ages are wall-clock
    }

    private void SweepReports()
    {
        var root = Path.Combine(Options.Root, "errors");
        if (!Directory.Exists(root)) return;
        foreach (var file in Directory.EnumerateFiles(root, "*.csv", SearchOption.AllDirectories))
        {
            try
            {
                if (DateTime.UtcNow - File.GetLastWriteTimeUtc(file) > KeepReportsFor) File.Delete(file);
            }
            catch (IOException)
            {
                // another request is writing or reading it: the next sweep takes it
            }
        }
    }

    /// <summary>
    /// One import over HTTP, all or nothing: the encoding choice checked, the upload received, <paramref name="import"/> run
    /// on the saved file with the import's error list; any row error is answered 422 (<see cref="Refused"/>, whatever
    /// <paramref name="import"/> returned — it must write nothing when <see cref="ImportErrors.Count"/> is not 0; unless it
    /// marked the file <see cref="ImportErrors.WholeFileRefused"/>: then its own answer stands), a file that
    /// cannot be read 400, a header that is not the template's 422 with an error per column. The upload is always deleted,
    /// the error report kept only when the answer links it.
    /// </summary>
    public async Task<Results<Ok<T>, ProblemHttpResult>> RunAsync<T>(HttpRequest request, ImportTemplate template, string? encoding,
        Func<ImportUpload, ImportErrors, Task<Results<Ok<T>, ProblemHttpResult>>> import, CancellationToken ct)
    {
        if (!TabularFile.IsKnownEncoding(encoding)) return BadFile(UnknownEncoding(encoding));
        using var upload = await ReceiveAsync(request, template, ct);
        if (upload.Problem is { } problem) return problem;
        using var errors = Errors(template);
        try
        {
            var answer = await import(upload, errors);
            return errors.Count > 0 && !errors.WholeFileRefused ? Refused(errors, ErrorFileUrl(request, errors), errors.Message) : answer;
        }
        catch (ImportFileException e)
        {
            errors.AddRange(e.Errors);
            return Refused(errors, errors.Count > 0 ? ErrorFileUrl(request, errors) : null, e.Message);
        }
        catch (TabularFileException e)
        {
            return BadFile(e.Message);
        }
    }

    /// <summary>
    /// <see cref="RunAsync{T}"/> for an import of the saved file that returns its summary, or null when it wrote nothing (its
    /// row errors are then answered 422).
    /// </summary>
    public Task<Results<Ok<T>, ProblemHttpResult>> RunFileAsync<T>(HttpRequest request, ImportTemplate template, string? encoding,
        Func<string, ImportErrors, Task<T?>> import, CancellationToken ct)
        where T : class =>
        RunAsync<T>(request, template, encoding, async (upload, errors) =>
            await import(upload.Path!, errors) is { } summary ? TypedResults.Ok(summary) : Refused(errors, null), ct);

    /// <summary>The error report's address: <c>{the import's path}/errors/{id}.csv</c>, which <see cref="ImportKitEndpoints.MapImportErrorFile"/> serves.</summary>
    private static string? ErrorFileUrl(HttpRequest request, ImportErrors errors) =>
        errors.Keep() is { } id ? $"{request.PathBase}{request.Path.Value?.TrimEnd('/')}/errors/{id:N}.csv" : null;

    /// <summary>
    /// 422 for a file refused for its contents: title, detail with the counts (or <paramref name="detail"/>), the first
    /// <see cref="ImportLimits.MaxReportedErrors"/> errors (<c>errors</c>: line, column, value, reason), their total
    /// (<c>errorCount</c>) and the error report's address (<c>errorFile</c>, null when there is none).
    /// </summary>
    public static ProblemHttpResult Refused(ImportErrors errors, string? errorFile, string? detail = null)
    {
        var problem = new Microsoft.AspNetCore.Mvc.ProblemDetails
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = errors.Count == 0 ? "无法导入该文件" : "导入文件有误，未导入任何数据",
            Detail = detail ?? errors.Detail,
        };
        if (errors.Count > 0)
        {
            problem.Extensions["errors"] = errors.Listed;
            problem.Extensions["errorCount"] = errors.Count;
            problem.Extensions["errorFile"] = errorFile;
        }

        return TypedResults.Problem(problem);
    }
}

/// <summary>Registration and endpoint helpers of the import kit.</summary>
public static class ImportKitEndpoints
{
    /// <summary>The kit and its settings (<c>Zhijian:Import</c>); the platform registers it once.</summary>
    public static IServiceCollection AddImportKit(this IServiceCollection services)
    {
        services.AddOptions<ImportOptions>().BindConfiguration("Zhijian:Import");
        services.AddScoped<ImportKit>();
        return services;
    }

    /// <summary>
    /// The metadata of an import upload endpoint: multipart with the field <c>file</c>, no antiforgery token (API clients),
    /// the request size limit raised to the import's, and its 400/422 answers.
    /// </summary>
    public static RouteHandlerBuilder AcceptsImportUpload(this RouteHandlerBuilder endpoint, long maxBytes) => endpoint
        .DisableAntiforgery()
        .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(maxBytes + ImportKit.EnvelopeBytes))
        .Accepts<IFormFile>("multipart/form-data")
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    /// <summary>The configured upload limit of <paramref name="template"/>, for the endpoint's metadata at mapping time.</summary>
    public static long MaxBytes(this IEndpointRouteBuilder routes, ImportTemplate template) =>
        Math.Min(routes.ServiceProvider.GetRequiredService<IConfiguration>().GetValue("Zhijian:Import:MaxBytes", ImportOptions.DefaultMaxBytes),
            template.MaxBytes ?? long.MaxValue);

    /// <summary>
    /// A file import's endpoints beside its upload <paramref name="upload"/> (which the module maps at <paramref name="prefix"/>):
    /// the upload's metadata (multipart, the template's size limit, <paramref name="policy"/>, <paramref name="summary"/>);
    /// <c>GET {prefix}/template.csv</c>, the header and <paramref name="example"/> as 「<paramref name="noun"/>导入模板.csv」
    /// (under <paramref name="templatePolicy"/>, else the group's own); <c>GET {prefix}/errors/{id}.csv</c> under <paramref name="policy"/>.
    /// </summary>
    public static RouteHandlerBuilder AsFileImport(this RouteHandlerBuilder upload, RouteGroupBuilder group, string prefix, ImportTemplate template, string policy,
        string noun, string summary, IReadOnlyList<string?>? example = null, string? templatePolicy = null)
    {
        var csv = example is null ? template.TemplateCsv() : template.TemplateCsv(example);
        var fileName = noun + "导入模板.csv";
        var file = group.MapGet(prefix.TrimEnd('/') + "/template.csv", () => TypedResults.File(csv, "text/csv; charset=utf-8", fileName))
            .Produces<byte[]>(StatusCodes.Status200OK, "text/csv")
            .WithSummary($"{noun}导入模板（CSV 表头{(example is null ? "" : "和一行示例")}，UTF-8 带 BOM，可直接用 Excel 打开）");
        if (templatePolicy is not null) file.RequireAuthorization(templatePolicy);
        group.MapImportErrorFile(prefix, template)
            .RequireAuthorization(policy)
            .WithSummary($"{noun}导入错误报告（行号、列、值、原因；保留 24 小时，仅上传人可下载）");
        return upload.RequireAuthorization(policy).AcceptsImportUpload(((IEndpointRouteBuilder)group).MaxBytes(template)).WithSummary(summary);
    }

    /// <summary>
    /// <c>GET {prefix}/errors/{id}.csv</c>: an import's error report (行号、列、值、原因), kept 24 hours, for its uploader only.
    /// </summary>
    public static RouteHandlerBuilder MapImportErrorFile(this IEndpointRouteBuilder routes, string prefix, ImportTemplate template) =>
        routes.MapGet(prefix.TrimEnd('/') + "/errors/{id}.csv", (string id, ImportKit kit) => ErrorFile(id, kit, template))
            .Produces<byte[]>(StatusCodes.Status200OK, "text/csv")
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static Results<PhysicalFileHttpResult, ProblemHttpResult> ErrorFile(string id, ImportKit kit, ImportTemplate template) =>
        Guid.TryParse(id, out var guid) && kit.FindReport(template, guid) is { } path
            ? TypedResults.PhysicalFile(path, "text/csv; charset=utf-8", $"导入错误报告-{guid:N}.csv")
            : Problems.NotFound("未找到错误报告", "错误报告不存在、已超过 24 小时或不属于您");
}
