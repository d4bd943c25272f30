using Microsoft.AspNetCore.Http;
using Zhijian.Platform.Web;

namespace Zhijian.Platform.Import;

/// <summary>One bad cell of a template import: line, column header, the value as read, the reason in Chinese.</summary>
public sealed record ImportRowError(long Line, string Column, string? Value, string Reason);

/// <summary>
/// The HTTP side of a template import (CSV UTF-8/GB18030 or XLSX): checks the upload, copies it to a temporary file,
/// runs the import on it and always deletes it; an unreadable file is a 400 with the reason, bad rows a 422 listing
/// the first <see cref="ImportLimits.MaxReportedErrors"/> of them and their count (nothing imported).
/// </summary>
public static class TemplateUpload
{
    public static async Task<IResult> RunAsync(IFormFile? file, string? encoding, long maxBytes, Func<string, Task<IResult>> import, CancellationToken ct)
    {
        if (file is null || file.Length == 0) return Problems.Validation("file", "请上传文件（表单字段 file）：CSV 或 XLSX");
        if (file.Length > maxBytes) return Problems.Validation("file", $"文件 {file.Length / 1024 / 1024} MB，超过 {maxBytes / 1024 / 1024} MB 上限，请分批导入");
        if (!TabularFile.IsKnownEncoding(encoding)) return Problems.Validation("encoding", $"不支持的编码“{encoding}”，请选择 utf-8 或 gb18030（不选则自动识别）");
        var path = Path.GetTempFileName();
        try
        {
            await using (var target = File.Create(path)) await file.CopyToAsync(target, ct);
            return await import(path);
        }
        catch (TabularFileException e)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "无法导入该文件", detail: e.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>422 with the first <see cref="ImportLimits.MaxReportedErrors"/> row errors (line, column, value, reason) and their total count.</summary>
    public static IResult RowErrors(IReadOnlyCollection<ImportRowError> errors)
    {
        var listed = errors.Take(ImportLimits.MaxReportedErrors).Select(e => new { line = e.Line, column = e.Column, value = e.Value, reason = e.Reason }).ToList();
        var more = ImportLimits.MoreErrors(errors.Count, listed.Count);
        return Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "导入文件有误，未导入任何数据",
            detail: $"共 {errors.Count:N0} 处错误，请改正后重新导入" + (more is null ? "" : $"。此处列出前 {listed.Count:N0} 处，{more}"),
            extensions: new Dictionary<string, object?> { ["errors"] = listed, ["errorCount"] = errors.Count });
    }
}
