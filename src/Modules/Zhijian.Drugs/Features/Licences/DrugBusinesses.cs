using Microsoft.EntityFrameworkCore;
using Zhijian.Drugs.Data;
using Zhijian.Drugs.Domain.Licences;

namespace Zhijian.Drugs.Features.Licences;

/// <summary>The real <see cref="IDrugBusinesses"/> over the Licences area's tables (jurisdiction-filtered like every read).</summary>
internal sealed class DrugBusinesses(DrugsDbContext db) : IDrugBusinesses
{
    public Task<DrugBusinessRef?> FindAsync(long id, CancellationToken ct) =>
        Query().FirstOrDefaultAsync(b => b.Id == id, ct);

    public async Task<DrugBusinessRef?> FindByKeyAsync(string usccOrLicenceNo, CancellationToken ct)
    {
        var key = usccOrLicenceNo.Trim();
        if (key.Length == 0) return null;
        var upper = key.ToUpperInvariant();
        var byUscc = await Query().Where(b => b.Uscc == upper).OrderByDescending(b => b.Active).ThenBy(b => b.Id).FirstOrDefaultAsync(ct);
        if (byUscc is not null) return byUscc;
        var id = await db.Licences.AsNoTracking().Where(l => l.Number == key).Select(l => (long?)l.BusinessId).FirstOrDefaultAsync(ct);
        return id is { } found ? await FindAsync(found, ct) : null;
    }

    /// <summary>LicenceNo: the business's valid licence or filing, the latest issued (any when none is valid).</summary>
    public IQueryable<DrugBusinessRef> Query() =>
        db.Businesses.AsNoTracking().Select(b => new DrugBusinessRef
        {
            Id = b.Id,
            Uscc = b.Uscc,
            Name = b.Name,
            Kind = b.Kind,
            DivisionCode = b.DivisionCode,
            Address = b.Address,
            ChainHeadquartersId = b.ChainHeadquartersId,
            Active = b.Active,
            LicenceNo = db.Licences.Where(l => l.BusinessId == b.Id).OrderBy(l => l.Status).ThenByDescending(l => l.IssuedOn).Select(l => l.Number).FirstOrDefault(),
        });
}
