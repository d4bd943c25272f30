using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Zhijian.Platform.Web;

/// <summary>
/// The HTTP convention of every Zhijian endpoint: a named handler method returns a typed result, so the OpenAPI document
/// carries the answer's schema, and a use case's <see cref="Result{T}"/> becomes HTTP here and nowhere else.
/// <code>
/// g.MapPost("/{id:long}/accept", Accept).RequireAuthorization(...).WithSummary("受理投诉");
/// static Task&lt;Results&lt;Ok&lt;FilingView&gt;, ProblemHttpResult&gt;&gt; Accept(long id, Handling h, CancellationToken ct) =&gt;
///     h.AcceptAsync(id, ct).ToOk();
/// </code>
/// </summary>
public static class ApiResults
{
    /// <summary>200 with the value, or the failure as problem details.</summary>
    public static Results<Ok<T>, ProblemHttpResult> ToOk<T>(this Result<T> result) =>
        result.IsSuccess ? TypedResults.Ok(result.Value!) : result.ToProblem();

    /// <inheritdoc cref="ToOk{T}(Result{T})"/>
    public static async Task<Results<Ok<T>, ProblemHttpResult>> ToOk<T>(this Task<Result<T>> result) => (await result).ToOk();

    /// <summary>201 with the value and its address, or the failure as problem details.</summary>
    public static Results<Created<T>, ProblemHttpResult> ToCreated<T>(this Result<T> result, Func<T, string> location) =>
        result.IsSuccess ? TypedResults.Created(location(result.Value!), result.Value!) : result.ToProblem();

    /// <inheritdoc cref="ToCreated{T}(Result{T}, Func{T, string})"/>
    public static async Task<Results<Created<T>, ProblemHttpResult>> ToCreated<T>(this Task<Result<T>> result, Func<T, string> location) =>
        (await result).ToCreated(location);

    /// <summary>204 when the use case succeeded, or the failure as problem details.</summary>
    public static Results<NoContent, ProblemHttpResult> ToNoContent<T>(this Result<T> result) =>
        result.IsSuccess ? TypedResults.NoContent() : result.ToProblem();

    /// <inheritdoc cref="ToNoContent{T}(Result{T})"/>
    public static async Task<Results<NoContent, ProblemHttpResult>> ToNoContent<T>(this Task<Result<T>> result) => (await result).ToNoContent();

    /// <summary>200 with a record that may be missing (not there, or outside the caller's jurisdiction: 404 with <paramref name="detail"/>).</summary>
    public static Results<Ok<T>, ProblemHttpResult> OkOrNotFound<T>(T? value, string detail) where T : class =>
        value is null ? Problems.NotFound("未找到", detail) : TypedResults.Ok(value);

    /// <inheritdoc cref="OkOrNotFound{T}(T, string)"/>
    public static async Task<Results<Ok<T>, ProblemHttpResult>> OkOrNotFound<T>(Task<T?> value, string detail) where T : class =>
        OkOrNotFound(await value, detail);

    /// <summary>
    /// The problem answers any <c>/api/v1</c> operation can give (bad request, not signed in, forbidden, not found, conflict,
    /// unprocessable), declared once for the whole group so the document lists them on every operation.
    /// </summary>
    public static RouteGroupBuilder WithStandardProblems(this RouteGroupBuilder group)
    {
        foreach (var status in (int[])[400, 401, 403, 404, 409, 422]) group.ProducesProblem(status);
        return group;
    }
}
