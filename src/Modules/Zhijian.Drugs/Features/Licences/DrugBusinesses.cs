using Microsoft.EntityFrameworkCore;
using Zhijian.Drugs.Data;
using Zhijian.Drugs.Domain.Licences;

namespace Zhijian.Drugs.Features.Licences;

/// <summary>The real <see cref="IDrugBusinesses"/> over the Licences area's business table (jurisdiction-filtered like every read).</summary>
internal sealed class DrugBusinesses(DrugsDbContext db) : IDrugBusinesses
{
    public Task<DrugBusinessRef?> FindAsync(long id, CancellationToken ct) =>
        Query().FirstOrDefaultAsync(b => b.Id == id, ct);

    public async Task<DrugBusinessRef?> FindByKeyAsync(string usccOrLicenceNo, CancellationToken ct)
    {
        var key = usccOrLicenceNo.Trim().ToUpperInvariant();
        if (key.Length == 0) return null;
        return await Query().Where(b => b.Uscc == key).OrderByDescending(b => b.Active).ThenBy(b => b.Id).FirstOrDefaultAsync(ct)
            ?? await Query().Where(b => b.LicenceNo == usccOrLicenceNo.Trim()).OrderBy(b => b.Id).FirstOrDefaultAsync(ct);
    }

    public IQueryable<DrugBusinessRef> Query() =>
        db.Businesses.AsNoTracking().Select(b => new DrugBusinessRef(b.Id, b.Uscc, b.Name, b.Kind, b.DivisionCode, b.Address,
            b.ChainHeadquartersId, b.Active, null));
}
