using Microsoft.AspNetCore.Http.HttpResults;

namespace Zhijian.Platform.Web;

/// <summary>How a use case ended, mapped to one HTTP status.</summary>
public enum ResultStatus
{
    Ok,
    Invalid,
    Unprocessable,
    NotFound,
    Forbidden,
    Conflict,
}

/// <summary>A use case's outcome: a value, or field errors in Chinese.</summary>
public sealed record Result<T>(T? Value, ResultStatus Status, IReadOnlyDictionary<string, string[]>? Errors, string? Message)
{
    public bool IsSuccess => Status == ResultStatus.Ok;

    public static implicit operator Result<T>(T value) => new(value, ResultStatus.Ok, null, null);

    public static Result<T> Invalid(IReadOnlyDictionary<string, string[]> errors) => new(default, ResultStatus.Invalid, errors, null);

    public static Result<T> Invalid(string field, string message) => Invalid(new Dictionary<string, string[]> { [field] = [message] });

    public static Result<T> NotFound(string message) => new(default, ResultStatus.NotFound, null, message);

    public static Result<T> Forbidden(string message) => new(default, ResultStatus.Forbidden, null, message);

    /// <summary>The request is well-formed but the records' state does not allow it (422): an empty library, too few officers.</summary>
    public static Result<T> Unprocessable(string message) => new(default, ResultStatus.Unprocessable, null, message);

    public static Result<T> Conflict(string field, string message) =>
        new(default, ResultStatus.Conflict, new Dictionary<string, string[]> { [field] = [message] }, message);

    /// <summary>This failure as the result of another type (a step of a larger command failed).</summary>
    public Result<TOther> Fail<TOther>() =>
        IsSuccess ? throw new InvalidOperationException("成功的结果不能转换为错误") : new(default, Status, Errors, Message);

    /// <summary>All messages in one line, for a console snackbar.</summary>
    public string ErrorText => Errors is { Count: > 0 }
        ? string.Join("；", Errors.SelectMany(e => e.Value))
        : Message ?? "";

    /// <summary>The failure as RFC 7807 problem details (the one mapping of <see cref="ResultStatus"/> to HTTP).</summary>
    public ProblemHttpResult ToProblem() => Status switch
    {
        ResultStatus.Invalid => Problems.Validation(Errors!),
        ResultStatus.Unprocessable => Problems.Unprocessable("无法处理", Message ?? ErrorText, Errors),
        ResultStatus.NotFound => Problems.NotFound("未找到", Message ?? ""),
        ResultStatus.Forbidden => Problems.Forbidden(Message ?? ""),
        ResultStatus.Conflict => Problems.Conflict("与现有数据冲突", ErrorText),
        _ => throw new InvalidOperationException("成功的结果不能转换为错误"),
    };
}

/// <summary>Collects field errors in Chinese.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public int Count => _errors.Count;

    public FieldErrors Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list)) _errors[field] = list = [];
        list.Add(message);
        return this;
    }

    public FieldErrors Require(string field, string? value, string label, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value)) Add(field, $"{label}不能为空");
        else if (value.Trim().Length > maxLength) Add(field, $"{label}不能超过 {maxLength} 个字符");
        return this;
    }

    public IReadOnlyDictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
}

/// <summary>Field errors as a form shows them: one field's text beside it, the rest in a summary under the form.</summary>
public static class FormErrors
{
    /// <summary>The messages of one field, for the field's own error text (null when it has none).</summary>
    public static string? Of(IReadOnlyDictionary<string, string[]>? errors, string field) =>
        errors is not null && errors.TryGetValue(field, out var m) && m.Length > 0 ? string.Join("；", m) : null;

    /// <summary>The messages no field on the form shows (for the summary under the form).</summary>
    public static IReadOnlyDictionary<string, string[]>? Rest(IReadOnlyDictionary<string, string[]>? errors, IEnumerable<string> shown)
    {
        if (errors is null) return null;
        var set = shown.ToHashSet(StringComparer.Ordinal);
        var rest = errors.Where(e => !set.Contains(e.Key)).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        return rest.Count == 0 ? null : rest;
    }
}
