using Microsoft.Extensions.Logging;
using Zhijian.Complaints.Contracts;
using Zhijian.Platform.Events;
using Zhijian.Platform.Privacy;

namespace Zhijian.Complaints.Features.Exchange;

/// <summary>A notice to a party (accept/refuse decision, termination, report decision): the phone stays encrypted in the outbox.</summary>
[EventName("complaints.party-notice")]
internal sealed record PartyNotice(long FilingId, string Number, string ProtectedPhone, string Text) : IDomainEvent;

/// <summary>What the 12345 platform is told about one of its tickets.</summary>
internal sealed record HotlineUpdate(string SourceSystem, string TicketId, string Number, string Status, string StatusName, string Note, DateTimeOffset At, string OrgUnitName);

/// <summary>
/// 12345 exchange, outgoing side. Throwing makes the outbox retry the event (backoff, up to
/// <see cref="OutboxDispatcher.MaxAttempts"/> attempts), so the hotline eventually sees every status change in order of
/// occurrence per ticket.
/// </summary>
internal interface IHotlineSender
{
    Task SendAsync(string sourceSystem, string ticketId, string json, CancellationToken ct);
}

/// <summary>SMS to the parties; the number is clear only inside the sender.</summary>
internal interface ISmsSender
{
    Task SendAsync(string phone, string text, CancellationToken ct);
}

/// <summary>
/// Default when no hotline URL is configured: logs that an update was due, with its status only — the update's note is a
/// handler's free text and may name a person, so it never goes to the log.
/// </summary>
internal sealed class LoggingHotlineSender(ILogger<LoggingHotlineSender> log) : IHotlineSender
{
    public Task SendAsync(string sourceSystem, string ticketId, string json, CancellationToken ct)
    {
        using var update = System.Text.Json.JsonDocument.Parse(json);
        var status = update.RootElement.TryGetProperty("status", out var s) ? s.ToString() : "?";
        log.LogInformation("12345 status update for {Source} ticket {Ticket}: {Status}", sourceSystem, ticketId, status);
        return Task.CompletedTask;
    }
}

/// <summary>POSTs the update as JSON to <c>Complaints:Hotline:Url</c>; a non-2xx answer throws (the outbox retries).</summary>
internal sealed class HttpHotlineSender(HttpClient http, string url) : IHotlineSender
{
    public async Task SendAsync(string sourceSystem, string ticketId, string json, CancellationToken ct)
    {
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(url, content, ct);
        if (!response.IsSuccessStatusCode) throw new HttpRequestException($"12345 平台返回 {(int)response.StatusCode}");
    }
}

/// <summary>Default SMS sender: logs that a notice went out, with the number masked and without its text (free text may name a person).</summary>
internal sealed class LoggingSmsSender(ILogger<LoggingSmsSender> log) : ISmsSender
{
    public Task SendAsync(string phone, string text, CancellationToken ct)
    {
        log.LogInformation("SMS to {Phone}: {Length} characters", Masks.Phone(phone), text.Length);
        return Task.CompletedTask;
    }
}

internal sealed class HotlineStatusHandler(IHotlineSender sender) : IEventHandler<FilingStatusChanged>
{
    public Task HandleAsync(FilingStatusChanged e, EventContext context, CancellationToken ct)
    {
        if (e.SourceSystem is null || e.SourceTicketId is null) return Task.CompletedTask;
        var update = new HotlineUpdate(e.SourceSystem, e.SourceTicketId, e.Number, e.Status.ToString(), e.StatusName, e.Note, e.At, e.OrgUnitName);
        return sender.SendAsync(e.SourceSystem, e.SourceTicketId, System.Text.Json.JsonSerializer.Serialize(update, Zhijian.Platform.Storage.ZhijianJson.Options), ct);
    }
}

internal sealed class PartyNoticeHandler(ISmsSender sms, PersonalData personal) : IEventHandler<PartyNotice>
{
    public Task HandleAsync(PartyNotice e, EventContext context, CancellationToken ct) =>
        personal.Unprotect(e.ProtectedPhone) is { } phone ? sms.SendAsync(phone, $"【市场监管】{e.Number}：{e.Text}", ct) : Task.CompletedTask;
}
