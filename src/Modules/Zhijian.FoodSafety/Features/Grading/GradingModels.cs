using Microsoft.EntityFrameworkCore;
using Zhijian.FoodSafety.Data;
using Zhijian.FoodSafety.Domain.Grading;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.FoodSafety.Features.Grading;

internal sealed record ModelVersionView(string Version, string Name, DateOnly EffectiveFrom, bool BuiltIn, bool InForce, FoodRiskModel Model);

/// <summary>
/// 风险分级模型的版本: the built-in <see cref="FoodRiskModel.Default"/> plus the versions a section chief adds, each effective
/// from a date (today or later: grades already made are not changed retroactively). The model in force on a date is the
/// version with the latest EffectiveFrom on or before it.
/// </summary>
internal sealed class GradingModels(FoodSafetyDbContext db, ActorContext actor, TimeProvider clock)
{
    public async Task<IReadOnlyList<FoodRiskModel>> AllAsync(CancellationToken ct)
    {
        var stored = await db.RiskModels.AsNoTracking().OrderBy(m => m.EffectiveFrom).ThenBy(m => m.Id).Select(m => m.Json).ToListAsync(ct);
        return [FoodRiskModel.Default, .. stored.Select(FoodRiskModel.FromJson)];
    }

    public async Task<FoodRiskModel> InForceAsync(DateOnly on, CancellationToken ct) =>
        (await AllAsync(ct)).Where(m => m.EffectiveFrom <= on).OrderBy(m => m.EffectiveFrom).LastOrDefault() ?? FoodRiskModel.Default;

    public async Task<IReadOnlyList<ModelVersionView>> ListAsync(CancellationToken ct)
    {
        var all = await AllAsync(ct);
        var current = await InForceAsync(clock.Today(), ct);
        return all.Select(m => new ModelVersionView(m.Version, m.Name, m.EffectiveFrom, ReferenceEquals(m, FoodRiskModel.Default), m.Version == current.Version, m)).ToList();
    }

    public async Task<Result<ModelVersionView>> AddAsync(FoodRiskModel? model, CancellationToken ct)
    {
        var errors = FoodRiskModelRules.Validate(model, clock.Today());
        if (errors.Count > 0) return Result<ModelVersionView>.Invalid(errors);
        var m = model!;
        if (m.Version == FoodRiskModel.Default.Version || await db.RiskModels.AnyAsync(x => x.Version == m.Version, ct))
            return Result<ModelVersionView>.Conflict("version", $"模型版本“{m.Version}”已存在");
        db.RiskModels.Add(new FoodRiskModelVersion { Version = m.Version, EffectiveFrom = m.EffectiveFrom, Json = m.ToJson(), CreatedBy = actor.Current.ShownName, CreatedAt = clock.GetUtcNow() });
        db.Audit("food.grading.model-added", "FoodRiskModel", m.Version, null, m.ToJson());
        await db.SaveChangesAsync(ct);
        return new ModelVersionView(m.Version, m.Name, m.EffectiveFrom, false, m.EffectiveFrom <= clock.Today(), m);
    }
}
