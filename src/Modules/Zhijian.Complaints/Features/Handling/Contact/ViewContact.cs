using Zhijian.Complaints.Data;
using Zhijian.Complaints.Domain;
using Zhijian.Platform.Privacy;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.Complaints.Features.Handling;

/// <summary>投诉人/举报人的明文信息 (handler role only, audited).</summary>
internal sealed record ContactDetails(string? Name, string? Phone, string? IdNumber, string? Address, bool Anonymous);

/// <summary>The clear contact details (handler role only); the reading is audited.</summary>
internal sealed class ViewContactHandler(FilingActions actions, ComplaintsDbContext db, PersonalData personal)
{
    public async Task<Result<ContactDetails>> Handle(long id, CancellationToken ct)
    {
        if (!ComplaintAccess.SeesIdentity(actions.Actor)) return Result<ContactDetails>.Forbidden("投诉人、举报人的身份和联系方式仅承办人员可以查看");
        actions.StartFresh();
        var f = await actions.FindAsync(id, ct);
        if (f is null) return Result<ContactDetails>.NotFound(FilingActions.NotFound(id));
        db.Audit("complaints.identity-viewed", nameof(Filing), FilingClock.Number(f), null, new { f.Kind, Reason = "办理需要" }, f.DivisionCode);
        await db.SaveChangesAsync(ct);
        return new ContactDetails(personal.Unprotect(f.PersonName), personal.Unprotect(f.PersonPhone), personal.Unprotect(f.PersonIdNumber),
            personal.Unprotect(f.PersonAddress), f.Anonymous);
    }
}
