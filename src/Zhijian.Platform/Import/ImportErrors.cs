using System.Globalization;
using System.Text;

namespace Zhijian.Platform.Import;

/// <summary>One problem of an import file: 行号 (1-based; the header is line 1), 列 (the template's header), 值 (shown safely), 原因 (Chinese).</summary>
public sealed record ImportRowError(long Line, string Column, string? Value, string Reason);

/// <summary>
/// The file is the template's but cannot be imported as it stands (its header, no data rows): a 422 with the reason and,
/// for a header, an error per column on line 1. A <see cref="TabularFileException"/> that is not one of these is a 400:
/// the file is unreadable or not this template's at all.
/// </summary>
public class ImportFileException(string message, IReadOnlyList<ImportRowError>? errors = null) : TabularFileException(message)
{
    public IReadOnlyList<ImportRowError> Errors { get; } = errors ?? [];
}

/// <summary>
/// The errors of one import (all or nothing: one error and nothing is written): every error is counted, the first
/// <see cref="ImportLimits.MaxReportedErrors"/> are listed in the answer and the first <see cref="ImportLimits.MaxErrorFileErrors"/>
/// written to the error report (行号,列,值,原因 — CSV, UTF-8 with BOM) as they come, so memory holds no more than the listed
/// ones whatever the file. Values are shown as the template says (<see cref="ImportTemplate.Shown"/>). The report is
/// deleted on dispose unless the answer links it (<see cref="Keep"/>).
/// </summary>
public sealed class ImportErrors : IDisposable
{
    private readonly ImportTemplate _template;
    private readonly List<ImportRowError> _listed = [];
    private readonly string? _reportPath;
    private StreamWriter? _report;
    private bool _kept;

    /// <summary>Errors listed in memory only (no report file), for a caller that shows them itself.</summary>
    public ImportErrors(ImportTemplate template) => _template = template;

    /// <summary>A console's import: <paramref name="import"/> run with errors listed in memory; its summary, or every error found (nothing written).</summary>
    public static async Task<(T? Summary, IReadOnlyList<ImportRowError> Errors)> ListAsync<T>(ImportTemplate template, Func<ImportErrors, Task<T?>> import)
        where T : class
    {
        using var errors = new ImportErrors(template);
        var summary = await import(errors);
        return (summary, errors.Listed);
    }

    internal ImportErrors(ImportTemplate template, Guid id, string reportPath)
    {
        _template = template;
        ReportId = id;
        _reportPath = reportPath;
        _report = new StreamWriter(reportPath, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        _report.Write("行号,列,值,原因\r\n");
    }

    public ImportTemplate Template => _template;

    /// <summary>How many errors there are in all.</summary>
    public long Count { get; private set; }

    /// <summary>The first <see cref="ImportLimits.MaxReportedErrors"/> errors, in the order they were found.</summary>
    public IReadOnlyList<ImportRowError> Listed => _listed;

    /// <summary>The reason the file as a whole was refused for (its header), when it was; the answer's detail then.</summary>
    public string? Message { get; set; }

    /// <summary>
    /// The file was refused as a whole while it was read (a limit passed, unreadable): the answer is that reason (400), not
    /// the row errors found before it, and no report is kept.
    /// </summary>
    public bool WholeFileRefused { get; set; }

    /// <summary>The id of the error report, when this import keeps one.</summary>
    public Guid? ReportId { get; }

    public void Add(ImportRowError error)
    {
        error = error with { Value = _template.Shown(error.Column, error.Value) };
        Count++;
        if (_listed.Count < ImportLimits.MaxReportedErrors) _listed.Add(error);
        if (_report is not null && Count <= ImportLimits.MaxErrorFileErrors) Write(_report, error);
    }

    public void AddRange(IEnumerable<ImportRowError> errors)
    {
        foreach (var e in errors) Add(e);
    }

    /// <summary>Records an error against a template column.</summary>
    public void Add(long line, int column, string? value, string reason) => Add(new ImportRowError(line, _template.Columns[column].Header, value, reason));

    /// <summary>The answer's detail for a file refused for its rows: the count, and how many are not listed.</summary>
    public string Detail => $"共 {Count:N0} 处错误，涉及文件中的数据行；请改正后重新导入（未导入任何数据）"
        + (ImportLimits.MoreErrors(Count, _listed.Count) is { } more ? $"。此处列出前 {_listed.Count:N0} 处，{more}" : "");

    /// <summary>Completes the error report and keeps it (the answer links it); its id, or null when there is none.</summary>
    public Guid? Keep()
    {
        if (_report is null || Count == 0 || WholeFileRefused) return null;
        Close();
        _kept = true;
        return ReportId;
    }

    private void Close()
    {
        if (_report is null) return;
        if (Count > ImportLimits.MaxErrorFileErrors)
        {
            Write(_report, new ImportRowError(0, "", null,
                $"共 {Count:N0} 处错误，本报告列出前 {ImportLimits.MaxErrorFileErrors:N0} 处，{ImportLimits.MoreErrors(Count, ImportLimits.MaxErrorFileErrors)}"));
        }

        _report.Dispose();
        _report = null;
    }

    public void Dispose()
    {
        Close();
        if (!_kept && _reportPath is not null) File.Delete(_reportPath);
    }

    private static void Write(TextWriter w, ImportRowError e)
    {
        w.Write(e.Line.ToString(CultureInfo.InvariantCulture));
        w.Write(',');
        w.Write(Field(e.Column));
        w.Write(',');
        w.Write(Field(e.Value));
        w.Write(',');
        w.Write(Field(e.Reason));
        w.Write("\r\n");
    }

    /// <summary>A leading = + - @ would make Excel evaluate the cell (CSV injection): it gets an apostrophe.</summary>
    private static string Field(string? value) =>
        string.IsNullOrEmpty(value) ? "" : ImportTemplate.CsvField(value[0] is '=' or '+' or '-' or '@' ? "'" + value : value);
}
