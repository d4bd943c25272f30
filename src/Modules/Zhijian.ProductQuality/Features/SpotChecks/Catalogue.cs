using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;
using Zhijian.ProductQuality.Data;
using Zhijian.ProductQuality.Domain.SpotChecks;

namespace Zhijian.ProductQuality.Features.SpotChecks;

/// <summary>重点产品目录 (seeded with the schema, edited by section chiefs for the yearly catalogue) and the 承检机构 with their API clients.</summary>
internal sealed partial class Catalogue(QualityDbContext db, ActorContext actor, ApiClientService clients, OrgUnitDirectory units)
{
    [GeneratedRegex(@"^(GB|GB/T|GB/Z)\s?\d{1,6}(\.\d{1,3})?-\d{4}(\s.*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex StandardPattern();

    [GeneratedRegex(@"^([A-T]|\d{2,4})$", RegexOptions.CultureInvariant)]
    private static partial Regex IndustryPattern();

    public async Task<IReadOnlyList<CategoryView>> ListAsync(bool all, CancellationToken ct) =>
        [.. (await db.ProductCategories.AsNoTracking().Where(c => all || c.Active).OrderBy(c => c.Code).ToListAsync(ct)).Select(View)];

    public async Task<Result<CategoryView>> CreateAsync(SaveCategory cmd, CancellationToken ct)
    {
        var errors = Validate(cmd);
        if (errors.Count > 0) return Result<CategoryView>.Invalid(errors.ToDictionary());
        var code = cmd.Code!.Trim();
        if (await db.ProductCategories.AnyAsync(c => c.Code == code, ct)) return Result<CategoryView>.Conflict("code", $"目录中已有编号 {code}");
        var c = new ProductCategory { Code = code, Name = "", IndustryPrefixes = "", Standards = "" };
        Apply(c, cmd);
        db.ProductCategories.Add(c);
        await db.SaveChangesAsync(ct);
        db.Audit("pq.category.created", "PqCategory", c.Id.ToString(CultureInfo.InvariantCulture), null, View(c));
        await db.SaveChangesAsync(ct);
        return View(c);
    }

    public async Task<Result<CategoryView>> UpdateAsync(int id, SaveCategory cmd, CancellationToken ct)
    {
        var c = await db.ProductCategories.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return Result<CategoryView>.NotFound($"产品类别 {id} 不存在");
        var errors = Validate(cmd with { Code = c.Code });
        if (errors.Count > 0) return Result<CategoryView>.Invalid(errors.ToDictionary());
        var before = View(c);
        Apply(c, cmd);
        db.Audit("pq.category.updated", "PqCategory", c.Id.ToString(CultureInfo.InvariantCulture), before, View(c));
        await db.SaveChangesAsync(ct);
        return View(c);
    }

    private static FieldErrors Validate(SaveCategory cmd)
    {
        var errors = new FieldErrors().Require("code", cmd.Code, "目录编号", 20).Require("name", cmd.Name, "产品类别名称", 60);
        var prefixes = (cmd.IndustryPrefixes ?? []).Select(p => p?.Trim() ?? "").Where(p => p.Length > 0).ToList();
        if (prefixes.Count == 0) errors.Add("industryPrefixes", "请至少填写一个生产者的国民经济行业代码（GB/T 4754，门类字母或 2–4 位代码）");
        else if (prefixes.FirstOrDefault(p => !IndustryPattern().IsMatch(p)) is { } bad) errors.Add("industryPrefixes", $"行业代码“{bad}”格式不正确（门类字母或 2–4 位数字）");
        var standards = (cmd.Standards ?? []).Select(s => s?.Trim() ?? "").Where(s => s.Length > 0).ToList();
        if (standards.Count == 0) errors.Add("standards", "请至少填写一项适用标准（如“GB 6675.1-2014 玩具安全 第1部分：基本规范”）");
        else if (standards.FirstOrDefault(s => !StandardPattern().IsMatch(s) || s.Length > 200) is { } badStd) errors.Add("standards", $"标准“{badStd}”格式不正确，应为“GB 编号-年份 标题”或“GB/T 编号-年份 标题”");
        return errors;
    }

    private static void Apply(ProductCategory c, SaveCategory cmd)
    {
        c.Name = cmd.Name!.Trim();
        c.ConsumerGood = cmd.ConsumerGood;
        c.IndustryPrefixes = string.Join(",", cmd.IndustryPrefixes!.Select(p => p?.Trim() ?? "").Where(p => p.Length > 0).Distinct());
        c.Standards = string.Join("\n", cmd.Standards!.Select(s => s?.Trim() ?? "").Where(s => s.Length > 0).Distinct());
        c.LicenceRequired = cmd.LicenceRequired;
        c.CccRequired = cmd.CccRequired;
        c.Active = cmd.Active;
    }

    public static CategoryView View(ProductCategory c) => new(c.Id, c.Code, c.Name, c.ConsumerGood, c.ConsumerGood ? "消费品" : "工业品",
        c.IndustryPrefixes.Split(',', StringSplitOptions.RemoveEmptyEntries), [.. Standards(c.Standards)], c.LicenceRequired, c.CccRequired, c.Active);

    public static IEnumerable<StandardView> Standards(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line =>
    {
        // "GB/T 2099.1-2021 title": the number is up to the year.
        var m = Regex.Match(line, @"^(GB/T|GB/Z|GB)\s?[\d.]+-\d{4}");
        return m.Success ? new StandardView(m.Value, line[m.Length..].Trim()) : new StandardView(line, "");
    });

    /// <summary>Whether <paramref name="standard"/> (e.g. "GB 6675.2-2014") is one of the category's standards (number match, spaces ignored).</summary>
    public static bool HasStandard(ProductCategory c, string standard)
    {
        var want = ProductKey.Normalise(standard);
        return Standards(c.Standards).Any(s => ProductKey.Normalise(s.Number) == want || want.StartsWith(ProductKey.Normalise(s.Number), StringComparison.Ordinal));
    }

    public async Task<IReadOnlyList<LabView>> LabsAsync(CancellationToken ct) =>
        [.. (await db.Labs.AsNoTracking().OrderBy(l => l.Id).ToListAsync(ct)).Select(LabView)];

    /// <summary>Creates the lab's API client (scope pq.lab; revokes an earlier one). Administrators only.</summary>
    public async Task<Result<LabClientCreated>> CreateLabClientAsync(long id, CancellationToken ct)
    {
        if (!actor.Current.IsInRole(Roles.Admin)) return Result<LabClientCreated>.Forbidden("只有系统管理员可以为承检机构创建 API 客户端");
        var lab = await db.Labs.SingleOrDefaultAsync(l => l.Id == id, ct);
        if (lab is null) return Result<LabClientCreated>.NotFound($"承检机构 {id} 不存在");
        var unit = actor.Current.OrgUnitId is { } uid ? await units.FindAsync(uid, ct) : await units.RootAsync(ct);
        if (unit is null) return Result<LabClientCreated>.Unprocessable("未找到创建客户端的机构");
        if (lab.ApiClientId is { } old)
        {
            var revoked = await clients.RevokeAsync(old, ct);
            if (!revoked.IsSuccess) return revoked.Fail<LabClientCreated>();
        }

        var created = await clients.CreateAsync($"{lab.Name}（产品质量监督抽查检验结果报送）", unit.Code, [QualityAccess.LabScope], ct);
        if (!created.IsSuccess) return created.Fail<LabClientCreated>();
        lab.ApiClientId = created.Value!.Client.Id;
        lab.ApiClientName = created.Value.Client.Name;
        db.Audit("pq.lab.client", "PqLab", lab.Id.ToString(CultureInfo.InvariantCulture), null, new { lab.Name, lab.ApiClientId, lab.ApiClientName });
        await db.SaveChangesAsync(ct);
        return new LabClientCreated(lab.Id, lab.ApiClientId.Value, lab.ApiClientName, created.Value.Key);
    }

    /// <summary>The lab the calling API client is bound to (null for staff and for other clients).</summary>
    public async Task<QualityLab?> LabOf(Actor a, CancellationToken ct)
    {
        if (!a.IsApiClient || a.UserId is not { } uid || !uid.StartsWith("api-client-", StringComparison.Ordinal)) return null;
        if (!int.TryParse(uid["api-client-".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var clientId)) return null;
        return await db.Labs.AsNoTracking().SingleOrDefaultAsync(l => l.ApiClientId == clientId && l.Active, ct);
    }

    private static LabView LabView(QualityLab l) => new(l.Id, l.Name, l.Uscc, l.Accreditation, l.Active, l.ApiClientId, l.ApiClientName);
}
