using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.Cases;

/// <summary>Intent methods for the 行政执法办案 tests: a clue, a case opened by the chief with two certified officers, a proposal.</summary>
internal static class CaseTestKit
{
    /// <summary>A 1×1 PNG (evidence photo).</summary>
    public static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    public static async Task<long> ClueAsync(StaffClient chief, string uscc, string party = "济南泉城消费电子有限公司")
    {
        var clue = await chief.PostJsonAsync("/api/v1/cases/clues", new { source = "OwnFinding", uscc, partyName = party, facts = "日常检查发现该店销售的预包装食品标签未标注生产日期。" });
        return (await clue.ExpectAsync()).GetProperty("id").GetInt64();
    }

    public static object Open(string uscc, string[]? officers = null, bool major = false, DateOnly? conductEnded = null, string party = "济南泉城消费电子有限公司") => new
    {
        causeOfAction = "涉嫌经营标签不符合规定的食品",
        partyKind = "Organisation",
        partyName = party,
        uscc,
        representative = "张三",
        partyAddress = "济南市历下区泉城路88号",
        field = "Food",
        officers = officers ?? ["casehandler", "inspector"],
        leadOfficer = (officers ?? ["casehandler"])[0],
        conductEndedOn = conductEnded ?? new DateOnly(2026, 11, 20),
        safetyWithHarm = false,
        primaFacie = true,
        penaltyDue = true,
        ourJurisdiction = true,
        major,
        majorReason = major ? "涉案货值大、社会影响较大" : null,
    };

    /// <summary>Registers a clue and opens it as the chief: returns the case id.</summary>
    public static async Task<long> OpenCaseAsync(StaffClient chief, string uscc, bool major = false)
    {
        var clue = await ClueAsync(chief, uscc);
        return (await (await chief.PostJsonAsync($"/api/v1/cases/clues/{clue}/open", Open(uscc, major: major))).ExpectAsync()).GetInt64();
    }

    /// <summary>Evidence with a photo and a proposal under SP125 (货值 8,000 元 → 法定 5,000–50,000 元), then 调查终结.</summary>
    public static async Task InvestigateAsync(StaffClient handler, long id, decimal fine = 20000, string? reason = null)
    {
        var ev = await (await handler.PostJsonAsync($"/api/v1/cases/{id}/evidence", new
        {
            type = "SiteRecord",
            title = "现场检查笔录",
            source = "当事人经营场所",
            collectedOn = "2026-11-23",
            collectedBy = new[] { "casehandler", "inspector" },
        })).ExpectAsync();
        var detail = await handler.GetJsonAsync($"/api/v1/cases/{id}");
        var evidenceId = detail.GetProperty("evidence")[0].GetProperty("id").GetInt64();
        await UploadAsync(handler, id, evidenceId);
        await (await handler.PostJsonAsync($"/api/v1/cases/{id}/proposal", Proposal(fine, reason))).ExpectAsync();
        await (await handler.PostAsync($"/api/v1/cases/{id}/submit")).ExpectAsync();
    }

    public static async Task UploadAsync(StaffClient handler, long id, long evidenceId)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Png);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(file, "file", "现场照片.png");
        await (await handler.Http.PostAsync($"/api/v1/cases/{id}/files?evidenceId={evidenceId}", form)).ExpectAsync();
    }

    public static object Proposal(decimal fine, string? reason = null, string level = "Normal") => new
    {
        violationCode = "SP125",
        penalties = new object[] { new { kind = "Fine", amount = fine }, new { kind = "ConfiscateProperty" } },
        discretion = level,
        discretionReason = reason,
        baseAmount = 8000m,
    };

    public static Task<HttpResponseMessage> PostAsync(this StaffClient client, string url) => client.PostJsonAsync(url, new { });

    public static async Task<JsonElement> CaseAsync(StaffClient client, long id) => (await client.GetJsonAsync($"/api/v1/cases/{id}")).GetProperty("case");

    public static async Task<string> RefusedAsync(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.BadRequest) => await response.ExpectProblemAsync(status);
}
