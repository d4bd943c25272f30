using System.Security.Cryptography;
using System.Text;
using Zhijian.Cases.Data;
using Zhijian.Cases.Domain;
using Zhijian.Platform.Calendar;

namespace Zhijian.Cases.Features.Documents;

/// <summary>
/// Issues the case documents: allocates the 文号 and keeps the HTML exactly as issued, with its SHA-256 (全过程记录).
/// The caller saves (in the same transaction as the step that issues it).
/// </summary>
internal sealed class CaseDocuments(CasesDbContext db, TimeProvider clock)
{
    /// <summary>Adds the document of <paramref name="kind"/> for the case (not saved) and returns it.</summary>
    public Task<CaseDocument> IssueAsync(Case c, DocumentKind kind, string issuedBy, CancellationToken ct)
    {
        var today = clock.Today();
        var number = $"{CaseNames.NumberWord(kind)}〔{today.Year}〕{Guid.NewGuid():N}号";
        var html = $"<!DOCTYPE html><html><body><h1>{CaseNames.Of(kind)}</h1><p>{number}</p><p>{c.PartyName}</p></body></html>";
        var doc = new CaseDocument
        {
            CaseId = c.Id,
            Kind = kind,
            Number = number,
            IssuedOn = today,
            Html = html,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(html))),
            IssuedBy = issuedBy,
            DivisionCode = c.DivisionCode,
        };
        db.Documents.Add(doc);
        return Task.FromResult(doc);
    }

    /// <summary>The 不予立案审批表 of a clue (not saved).</summary>
    public Task<CaseDocument> IssueForClueAsync(Clue clue, DocumentKind kind, string issuedBy, CancellationToken ct)
    {
        var today = clock.Today();
        var number = $"{CaseNames.NumberWord(kind)}〔{today.Year}〕{Guid.NewGuid():N}号";
        var html = $"<!DOCTYPE html><html><body><h1>{CaseNames.Of(kind)}</h1><p>{number}</p><p>{clue.PartyName}</p></body></html>";
        var doc = new CaseDocument
        {
            ClueId = clue.Id,
            Kind = kind,
            Number = number,
            IssuedOn = today,
            Html = html,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(html))),
            IssuedBy = issuedBy,
            DivisionCode = clue.DivisionCode,
        };
        db.Documents.Add(doc);
        return Task.FromResult(doc);
    }
}
