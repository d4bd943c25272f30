using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhijian.Entities.Contracts;
using Zhijian.FoodSafety.Data;
using Zhijian.FoodSafety.Domain.Markets;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.FoodSafety.Features.RapidTests;

/// <summary>新增或修改快检点.</summary>
internal sealed record SaveTestPoint(string? Name, TestPointKind Kind, string? OperatorUscc, string? DivisionCode, string? Address, bool Active = true);

internal sealed record TestPointRow(long Id, string Name, string Kind, string OperatorUscc, string OperatorName, string DivisionCode, string Address, bool Active);

/// <summary>新增或修改快检项目.</summary>
internal sealed record SaveRapidItem(string? Code, string? Name, string? Method, IReadOnlyList<string>? Groups, string? Standard, bool Active = true);

internal sealed record RapidItemRow(long Id, string Code, string Name, string Method, IReadOnlyList<string> Groups, string GroupNames, string Standard, bool Active);

/// <summary>快检点 (operator checked against the registry through <see cref="IEntityDirectory"/>) and the 快检项目 catalogue; changes audited.</summary>
internal sealed class TestPoints(FoodSafetyDbContext db, IEntityDirectory entities, TimeProvider clock)
{
    public async Task<IReadOnlyList<TestPointRow>> ListAsync(CancellationToken ct) =>
        [.. (await db.TestPoints.AsNoTracking().OrderBy(p => p.DivisionCode).ThenBy(p => p.Name).ToListAsync(ct)).Select(Row)];

    public async Task<Result<TestPointRow>> SaveAsync(long? id, SaveTestPoint cmd, CancellationToken ct)
    {
        var errors = new FieldErrors().Require("name", cmd.Name, "快检点名称", 100).Require("address", cmd.Address, "地址", 300);
        if (!Enum.IsDefined(cmd.Kind)) errors.Add("kind", "快检点类型应为农贸市场、商超或食堂");
        var division = cmd.DivisionCode?.Trim();
        if (!DivisionTable.Default.IsKnown(division)) errors.Add("divisionCode", $"行政区划代码“{division}”不存在");
        var entity = string.IsNullOrWhiteSpace(cmd.OperatorUscc) ? null : await entities.FindAsync(cmd.OperatorUscc.Trim().ToUpperInvariant(), ct);
        if (entity is null) errors.Add("operatorUscc", $"开办者“{cmd.OperatorUscc}”不在市场主体库中（或不在您的管辖范围内）");
        var name = cmd.Name?.Trim() ?? "";
        if (name.Length > 0 && await db.TestPoints.IgnoreQueryFilters().AnyAsync(p => p.Name == name && p.Id != id, ct)) errors.Add("name", $"快检点“{name}”已存在");
        if (errors.Count > 0) return Result<TestPointRow>.Invalid(errors.ToDictionary());
        TestPoint? p;
        object? before = null;
        if (id is { } existing)
        {
            p = await db.TestPoints.SingleOrDefaultAsync(x => x.Id == existing, ct);
            if (p is null) return Result<TestPointRow>.NotFound($"快检点 {existing} 不存在或不在您的管辖范围内");
            before = Row(p);
        }
        else
        {
            p = new TestPoint { CreatedAt = clock.GetUtcNow() };
            db.TestPoints.Add(p);
        }

        p.Name = name;
        p.Kind = cmd.Kind;
        p.OperatorUscc = entity!.Uscc;
        p.OperatorName = entity.Name;
        p.DivisionCode = division!;
        p.Address = cmd.Address!.Trim();
        p.Active = cmd.Active;
        await db.SaveChangesAsync(ct); // the id for the audit entry
        db.Audit(id is null ? "food.rapid.point-created" : "food.rapid.point-changed", "FoodTestPoint", p.Id.ToString(CultureInfo.InvariantCulture), before, Row(p), p.DivisionCode);
        await db.SaveChangesAsync(ct);
        return Row(p);
    }

    public async Task<IReadOnlyList<RapidItemRow>> ItemsAsync(CancellationToken ct) =>
        [.. (await db.RapidItems.AsNoTracking().OrderBy(i => i.Code).ToListAsync(ct)).Select(Row)];

    public async Task<Result<RapidItemRow>> SaveItemAsync(SaveRapidItem cmd, CancellationToken ct)
    {
        var errors = new FieldErrors().Require("code", cmd.Code, "项目代码", 20).Require("name", cmd.Name, "项目名称", 100)
            .Require("method", cmd.Method, "检测方法", 60).Require("standard", cmd.Standard, "依据的方法或标准", 200);
        var groups = (cmd.Groups ?? []).Select(g => g?.Trim() ?? "").Where(g => g.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (groups.Count == 0) errors.Add("groups", "至少选择一个适用产品类别");
        foreach (var g in groups.Where(g => ProductGroups.Find(g) is null)) errors.Add("groups", $"产品类别“{g}”不存在");
        if (errors.Count > 0) return Result<RapidItemRow>.Invalid(errors.ToDictionary());
        var code = cmd.Code!.Trim().ToUpperInvariant();
        var item = await db.RapidItems.SingleOrDefaultAsync(i => i.Code == code, ct);
        var before = item is null ? null : Row(item);
        if (item is null)
        {
            item = new RapidItem { Code = code };
            db.RapidItems.Add(item);
        }

        item.Name = cmd.Name!.Trim();
        item.Method = cmd.Method!.Trim();
        item.Groups = string.Join(",", groups);
        item.Standard = cmd.Standard!.Trim();
        item.Active = cmd.Active;
        db.Audit(before is null ? "food.rapid.item-created" : "food.rapid.item-changed", "FoodRapidItem", code, before, Row(item));
        await db.SaveChangesAsync(ct);
        return Row(item);
    }

    /// <summary>Seeds the default catalogue when it is empty.</summary>
    public async Task EnsureCatalogueAsync(CancellationToken ct)
    {
        if (await db.RapidItems.AnyAsync(ct)) return;
        db.RapidItems.AddRange(RapidCatalogue.Defaults.Select(d => new RapidItem { Code = d.Code, Name = d.Name, Method = d.Method, Groups = d.Groups, Standard = d.Standard }));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two first readers raced to seed the catalogue: the other one's rows are in (unique codes); read those.
            db.ChangeTracker.Clear();
        }
    }

    private static TestPointRow Row(TestPoint p) => new(p.Id, p.Name, RapidNames.Of(p.Kind), p.OperatorUscc, p.OperatorName, p.DivisionCode, p.Address, p.Active);

    private static RapidItemRow Row(RapidItem i)
    {
        var groups = i.Groups.Split(',', StringSplitOptions.RemoveEmptyEntries);
        return new(i.Id, i.Code, i.Name, i.Method, groups, string.Join("、", groups.Select(ProductGroups.NameOf)), i.Standard, i.Active);
    }
}
