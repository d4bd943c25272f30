using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Zhijian.Cases.Data;
using Zhijian.Cases.Domain;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Privacy;

namespace Zhijian.Cases.Features.Documents;

/// <summary>
/// Issues the case documents: allocates the 文号, renders the HTML from the case (its violation, evidence and issuing
/// unit) and keeps it exactly as issued, with its SHA-256 (全过程记录). Only adds: the caller saves, in the same
/// transaction as the step that issues it.
/// </summary>
internal sealed class CaseDocuments(CasesDbContext db, DocumentNumbers numbers, OrgUnitDirectory units, PersonalData personal, TimeProvider clock)
{
    /// <summary>Adds the document of <paramref name="kind"/> for the case (not saved) and returns it.</summary>
    public async Task<CaseDocument> IssueAsync(Case c, DocumentKind kind, string issuedBy, CancellationToken ct)
    {
        if (kind == DocumentKind.DeclineApproval) throw new ArgumentException("不予立案审批表针对线索，请使用 IssueForClueAsync", nameof(kind));
        var today = clock.Today();
        var number = await numbers.NextAsync(c.OrgUnitId, c.OrgUnitName, kind, today, ct);
        var html = DocumentTemplates.Render(await ModelAsync(c, kind, number, today, ct));
        return Add(new CaseDocument { CaseId = c.Id, Kind = kind, Number = number, IssuedOn = today, IssuedBy = issuedBy, DivisionCode = c.DivisionCode }, html);
    }

    /// <summary>Adds the 不予立案审批表 of a clue (not saved) and returns it.</summary>
    public async Task<CaseDocument> IssueForClueAsync(Clue clue, string issuedBy, CancellationToken ct)
    {
        var today = clock.Today();
        var number = await numbers.NextAsync(clue.OrgUnitId, clue.OrgUnitName, DocumentKind.DeclineApproval, today, ct);
        var html = DocumentTemplates.Render(new DocumentModel
        {
            Kind = DocumentKind.DeclineApproval,
            Authority = await AuthorityAsync(clue.OrgUnitId, clue.OrgUnitName, ct),
            Number = number,
            Date = today,
            Clue = clue,
        });
        var doc = new CaseDocument
        {
            ClueId = clue.Id,
            Kind = DocumentKind.DeclineApproval,
            Number = number,
            IssuedOn = today,
            IssuedBy = issuedBy,
            DivisionCode = clue.DivisionCode,
        };
        return Add(doc, html);
    }

    /// <summary>An issued document, within the caller's jurisdiction (null otherwise).</summary>
    public Task<CaseDocument?> GetAsync(long id, CancellationToken ct) =>
        db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct);

    /// <summary>The document as it would be issued today, without a 文号 and without storing anything (a draft for the console).</summary>
    public async Task<string> PreviewAsync(Case c, DocumentKind kind, CancellationToken ct)
    {
        if (kind == DocumentKind.DeclineApproval && c.ClueId is { } clueId && await db.Clues.AsNoTracking().FirstOrDefaultAsync(x => x.Id == clueId, ct) is { } clue)
        {
            return DocumentTemplates.Render(new DocumentModel
            {
                Kind = kind,
                Authority = await AuthorityAsync(clue.OrgUnitId, clue.OrgUnitName, ct),
                Number = DocumentTemplates.DraftNumber,
                Date = clock.Today(),
                Clue = clue,
            });
        }

        return DocumentTemplates.Render(await ModelAsync(c, kind, DocumentTemplates.DraftNumber, clock.Today(), ct));
    }

    private CaseDocument Add(CaseDocument doc, string html)
    {
        doc.Html = html;
        doc.Sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(html)));
        db.Documents.Add(doc);
        return doc;
    }

    private async Task<DocumentModel> ModelAsync(Case c, DocumentKind kind, string number, DateOnly on, CancellationToken ct)
    {
        var violation = c.ViolationCode is { Length: > 0 } code ? await db.Violations.AsNoTracking().FirstOrDefaultAsync(v => v.Code == code, ct) : null;
        var evidence = c.Id == 0
            ? []
            : await db.Evidence.AsNoTracking().Where(e => e.CaseId == c.Id).OrderBy(e => e.CollectedOn).ThenBy(e => e.Id).ToListAsync(ct);
        return new DocumentModel
        {
            Kind = kind,
            Authority = await AuthorityAsync(c.OrgUnitId, c.OrgUnitName, ct),
            Number = number,
            Date = on,
            Case = c,
            Violation = violation,
            Evidence = evidence,
            PartyAddress = personal.Unprotect(c.PartyAddress),
            PartyIdNumber = personal.Unprotect(c.PartyIdNumber),
            PartyPhone = personal.Unprotect(c.PartyPhone),
            ServedDocument = Served(c),
        };
    }

    /// <summary>The issuing authority as named everywhere (<see cref="AuthorityNames"/>; the case's copy when the unit is gone).</summary>
    private Task<string> AuthorityAsync(int orgUnitId, string fallback, CancellationToken ct) => units.NameAsync(orgUnitId, fallback, ct);

    /// <summary>送达回证: the latest decision-type document of the case (决定书, else 告知书, else 移送书).</summary>
    private static string? Served(Case c) =>
        c.DecisionNo is { Length: > 0 } d ? $"《{CaseNames.Of(c.Procedure == CaseProcedure.Simple ? DocumentKind.OnTheSpotDecision : DocumentKind.Decision)}》（{d}）"
        : c.NoticeNo is { Length: > 0 } n ? $"《{CaseNames.Of(DocumentKind.Notice)}》（{n}）"
        : c.TransferNo is { Length: > 0 } t ? $"《{CaseNames.Of(DocumentKind.PoliceTransfer)}》（{t}）"
        : null;
}
