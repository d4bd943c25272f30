using Microsoft.EntityFrameworkCore;
using Zhijian.Credit.Data;
using Zhijian.Credit.Domain;
using Zhijian.Credit.Domain.Risk;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.Credit.Features.Risk;

/// <summary>The saved risk models (表 RiskModels): exactly one active; the default "v1" is seeded when none is.</summary>
internal sealed class RiskModelStore(CreditDbContext db, TimeProvider clock, ActorContext actor)
{
    public async Task<RiskModel> ActiveAsync(CancellationToken ct)
    {
        var row = await db.RiskModels.AsNoTracking().Where(m => m.Active).OrderByDescending(m => m.CreatedAt).FirstOrDefaultAsync(ct);
        return row is null ? await EnsureDefaultAsync(ct) : RiskModel.FromJson(row.Json);
    }

    /// <summary>Seeds (or re-activates) the default model when no model is active. Idempotent; safe when two nodes race.</summary>
    public async Task<RiskModel> EnsureDefaultAsync(CancellationToken ct)
    {
        var active = await db.RiskModels.AsNoTracking().Where(m => m.Active).OrderByDescending(m => m.CreatedAt).FirstOrDefaultAsync(ct);
        if (active is not null) return RiskModel.FromJson(active.Json);
        var model = RiskModel.Default;
        var existing = await db.RiskModels.SingleOrDefaultAsync(m => m.Version == model.Version, ct);
        if (existing is not null)
        {
            existing.Active = true;
            model = RiskModel.FromJson(existing.Json);
        }
        else
        {
            db.RiskModels.Add(new RiskModelVersion
            {
                Version = model.Version,
                Json = model.ToJson(),
                Active = true,
                CreatedBy = "system",
                CreatedAt = clock.GetUtcNow(),
            });
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear(); // another node seeded it first
        }

        return model;
    }

    public async Task<IReadOnlyList<RiskModelVersion>> VersionsAsync(CancellationToken ct) =>
        await db.RiskModels.AsNoTracking().OrderByDescending(m => m.CreatedAt).ToListAsync(ct);

    /// <summary>Validates and saves a new version, making it the active one; all or nothing.</summary>
    public async Task<Result<RiskModel>> SaveAsync(RiskModel model, CancellationToken ct)
    {
        var errors = RiskModelRules.Validate(model);
        if (errors.Count > 0) return Result<RiskModel>.Invalid(errors);
        if (await db.RiskModels.AnyAsync(m => m.Version == model.Version, ct))
            return Result<RiskModel>.Conflict("version", $"模型版本“{model.Version}”已存在，请使用新的版本号。");

        var previous = await db.RiskModels.Where(m => m.Active).ToListAsync(ct);
        foreach (var p in previous) p.Active = false;
        var json = model.ToJson();
        db.RiskModels.Add(new RiskModelVersion
        {
            Version = model.Version,
            Json = json,
            Active = true,
            CreatedBy = actor.Current.Name,
            CreatedAt = clock.GetUtcNow(),
        });
        db.Audit("credit.risk-model.saved", "RiskModel", model.Version,
            previous.Count == 0 ? null : previous[0].Json, json);
        await db.SaveChangesAsync(ct);
        return model;
    }
}
