using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhijian.Entities.Contracts;
using Zhijian.Inspections.Data;
using Zhijian.Inspections.Domain;
using Zhijian.Inspections.Domain.Draw;
using Zhijian.Inspections.Features.Draws;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.Inspections.Features.Libraries;

internal sealed record SaveLibrary(string? Name, string? Description, IReadOnlyList<EntityType>? Types, IReadOnlyList<string>? IndustryCodes,
    IReadOnlyList<string>? DivisionCodes, IReadOnlyList<string>? Tags, IReadOnlyList<string>? LicenceTypes, IReadOnlyList<string>? RiskClasses,
    bool? ActiveOnly, IReadOnlyList<Exemption>? Exemptions);

internal sealed record LibraryView(long Id, string Name, string Description, IReadOnlyList<EntityType> Types, IReadOnlyList<string> IndustryCodes,
    IReadOnlyList<string> DivisionCodes, IReadOnlyList<string> Tags, IReadOnlyList<string> LicenceTypes, IReadOnlyList<string> RiskClasses,
    bool ActiveOnly, IReadOnlyList<Exemption> Exemptions, string Summary, DateTimeOffset UpdatedAt)
{
    public static LibraryView Of(TargetLibrary l, DivisionTable divisions, IndustryTable industries) => new(l.Id, l.Name, l.Description,
        [.. l.Types.Select(t => (EntityType)int.Parse(t, CultureInfo.InvariantCulture))], l.IndustryCodes, l.DivisionCodes, l.Tags, l.LicenceTypes,
        l.RiskClasses, l.ActiveOnly, l.Exemptions, Libraries.Describe(l, divisions, industries), l.UpdatedAt);
}

/// <summary>The library evaluated now: how many match, by risk class, and how many an exemption leaves out.</summary>
internal sealed record LibraryPreview(int Matching, int Exempted, int Candidates, IReadOnlyDictionary<string, int> ByClass);

/// <summary>检查对象名录库: named filters over the registry, always current because they are evaluated at each draw.</summary>
internal sealed class Libraries(InspectionsDbContext db, OrgScope scope, CandidateFreezer freezer, DivisionTable divisions, IndustryTable industries, TimeProvider clock)
{
    public static readonly IReadOnlyList<string> RiskLabels = DrawAlgorithm.RiskOrder;

    public FieldErrors Validate(SaveLibrary c)
    {
        var e = new FieldErrors();
        e.Require("name", c.Name, "名录库名称", 100);
        if (c.Description is { Length: > 1000 }) e.Add("description", "说明不能超过 1000 个字符");
        if (c.Types?.Any(t => !Enum.IsDefined(t)) == true) e.Add("types", "主体类型取值无效");
        foreach (var d in c.DivisionCodes ?? [])
            if (divisions.Find(d) is null) e.Add("divisionCodes", $"行政区划代码“{d}”不存在（GB/T 2260）");
        foreach (var i in c.IndustryCodes ?? [])
            if (industries.Find(i) is null) e.Add("industryCodes", $"行业代码“{i}”不存在（GB/T 4754）");
        foreach (var r in c.RiskClasses ?? [])
            if (!RiskLabels.Contains(r)) e.Add("riskClasses", $"信用风险分类“{r}”无效（A、B、C、D，U 表示未分类）");
        foreach (var t in (c.Tags ?? []).Concat(c.LicenceTypes ?? []))
            if (t.Contains(',', StringComparison.Ordinal) || t.Length > 40 || t.Any(char.IsControl)) e.Add("tags", $"标签或许可类型“{t}”无效（不超过 40 个字符，不能含逗号、换行或制表符）");
        foreach (var x in c.Exemptions ?? [])
        {
            if (string.IsNullOrWhiteSpace(x.Tag)) e.Add("exemptions", "免检标签不能为空");
            else if (x.Tag.Any(char.IsControl) || x.Tag.Contains(',', StringComparison.Ordinal)) e.Add("exemptions", $"免检标签“{x.Tag}”不能含逗号、换行或制表符");
            if (string.IsNullOrWhiteSpace(x.Reason)) e.Add("exemptions", $"免检标签“{x.Tag}”须说明免检理由（将在每次抽取记录中公示）");
        }

        return e;
    }

    public async Task<IReadOnlyList<LibraryView>> ListAsync(CancellationToken ct) =>
        [.. (await db.Libraries.AsNoTracking().OrderBy(x => x.Name).ToListAsync(ct)).Select(l => LibraryView.Of(l, divisions, industries))];

    public async Task<LibraryView?> GetAsync(long id, CancellationToken ct) =>
        await db.Libraries.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct) is { } l ? LibraryView.Of(l, divisions, industries) : null;

    public async Task<Result<LibraryView>> SaveAsync(long? id, SaveLibrary cmd, CancellationToken ct)
    {
        if (await scope.CurrentAsync(ct) is not { } unit) return Result<LibraryView>.Forbidden("只有机构内的工作人员可以维护检查对象名录库");
        var errors = Validate(cmd);
        if (errors.Count > 0) return Result<LibraryView>.Invalid(errors.ToDictionary());
        foreach (var d in cmd.DivisionCodes ?? [])
            if (!unit.CoveredDivisions.Any(c => DivisionTable.ScopePrefix(c) is var p && d.StartsWith(p, StringComparison.Ordinal)))
                return Result<LibraryView>.Invalid("divisionCodes", $"行政区划“{divisions.FullName(d)}”（{d}）不在{unit.Name}的辖区内");
        var library = id is null ? new TargetLibrary { OrgUnitId = unit.Id, DivisionCode = unit.DivisionCode } : await db.Libraries.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (library is null) return Result<LibraryView>.NotFound($"检查对象名录库 {id} 不存在或不在您的管辖范围内");
        var before = id is null ? null : LibraryView.Of(library, divisions, industries);
        library.Name = cmd.Name!.Trim();
        library.Description = cmd.Description?.Trim() ?? "";
        library.Types = [.. (cmd.Types ?? []).Distinct().Order().Select(t => ((int)t).ToString(CultureInfo.InvariantCulture))];
        library.IndustryCodes = Clean(cmd.IndustryCodes);
        library.DivisionCodes = Clean(cmd.DivisionCodes);
        library.Tags = Clean(cmd.Tags);
        library.LicenceTypes = Clean(cmd.LicenceTypes);
        library.RiskClasses = [.. RiskLabels.Where(r => cmd.RiskClasses?.Contains(r) == true)];
        library.ActiveOnly = cmd.ActiveOnly ?? true;
        library.Exemptions = [.. (cmd.Exemptions ?? []).Select(x => new Exemption(x.Tag.Trim(), x.Reason.Trim())).DistinctBy(x => x.Tag)];
        library.UpdatedAt = clock.GetUtcNow();
        if (id is null) db.Libraries.Add(library);
        db.Audit(id is null ? "inspections.library.created" : "inspections.library.updated", "TargetLibrary", library.Name, before, LibraryView.Of(library, divisions, industries), library.DivisionCode);
        await db.SaveChangesAsync(ct);
        return LibraryView.Of(library, divisions, industries);
    }

    /// <summary>Evaluates the library now (as a draw would) and counts; nothing is stored.</summary>
    public async Task<Result<LibraryPreview>> PreviewAsync(long id, CancellationToken ct)
    {
        var library = await db.Libraries.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (library is null) return Result<LibraryPreview>.NotFound($"检查对象名录库 {id} 不存在或不在您的管辖范围内");
        var unit = await scope.FindAsync(library.OrgUnitId, ct);
        var frozen = await freezer.FreezeAsync(library, unit?.CoveredDivisions ?? [], true, new HashSet<string>(), ct);
        return new LibraryPreview(frozen.Candidates.Count + frozen.Exempted.Count, frozen.Exempted.Count, frozen.Candidates.Count,
            frozen.Candidates.GroupBy(c => c.Label).ToDictionary(g => g.Key, g => g.Count()));
    }

    private static List<string> Clean(IReadOnlyList<string>? values) =>
        [.. (values ?? []).Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    public static string Describe(TargetLibrary l, DivisionTable divisions, IndustryTable industries)
    {
        var parts = new List<string>();
        if (l.DivisionCodes.Count > 0) parts.Add("区划：" + string.Join("、", l.DivisionCodes.Select(d => divisions.Find(d)?.Name ?? d)));
        if (l.Types.Count > 0) parts.Add("类型：" + string.Join("、", l.Types.Select(t => EntityNames.Of((EntityType)int.Parse(t, CultureInfo.InvariantCulture)))));
        if (l.IndustryCodes.Count > 0) parts.Add("行业：" + string.Join("、", l.IndustryCodes.Select(i => industries.Find(i)?.Name ?? i)));
        if (l.Tags.Count > 0) parts.Add("标签：" + string.Join("、", l.Tags));
        if (l.LicenceTypes.Count > 0) parts.Add("许可：" + string.Join("、", l.LicenceTypes));
        if (l.RiskClasses.Count > 0) parts.Add("风险分类：" + string.Join("、", l.RiskClasses.Select(r => r == "U" ? "未分类" : r + "类")));
        parts.Add(l.ActiveOnly ? "仅存续主体" : "含非存续主体");
        if (l.Exemptions.Count > 0) parts.Add("免检：" + string.Join("、", l.Exemptions.Select(x => x.Tag)));
        return string.Join("；", parts);
    }
}
