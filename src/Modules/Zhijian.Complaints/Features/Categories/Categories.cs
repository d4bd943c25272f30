using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Complaints.Data;
using Zhijian.Complaints.Domain;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.Complaints.Features;

internal sealed record CategoryView(string Code, string Name, string Kind, string KindName, int Sort, bool Active);

/// <summary>新增或修改分类: kind = goods | service | problem.</summary>
internal sealed record SaveCategory(string? Code, string? Name, string? Kind, int? Sort, bool Active = true);

/// <summary>
/// 投诉分类字典: shipped with the 12315-style defaults (migration seed), edited by administrators; cached because every
/// intake validates against it.
/// </summary>
internal sealed class Categories(IServiceScopeFactory scopes, TimeProvider clock)
{
    private static readonly TimeSpan Ttl = TimeSpan.FromMinutes(1);
    private (DateTimeOffset At, IReadOnlyList<Category> All)? _cache;

    public async Task<IReadOnlyList<Category>> AllAsync(CancellationToken ct)
    {
        if (_cache is { } c && clock.GetUtcNow() - c.At < Ttl) return c.All;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ComplaintsDbContext>();
        IReadOnlyList<Category> all = await db.Categories.AsNoTracking().OrderBy(x => x.Kind).ThenBy(x => x.Sort).ThenBy(x => x.Code).ToListAsync(ct);
        _cache = (clock.GetUtcNow(), all);
        return all;
    }

    public async Task<string> NameAsync(string? code, CancellationToken ct) =>
        code is null ? "—" : (await AllAsync(ct)).FirstOrDefault(c => c.Code == code)?.Name ?? code;

    public async Task<IReadOnlyList<CategoryView>> ListAsync(CancellationToken ct) => [.. (await AllAsync(ct)).Select(View)];

    public static CategoryView View(Category c) => new(c.Code, c.Name, KindCode(c.Kind), KindName(c.Kind), c.Sort, c.Active);

    public static string KindCode(CategoryKind k) => k switch { CategoryKind.Goods => "goods", CategoryKind.Service => "service", _ => "problem" };

    public static string KindName(CategoryKind k) => k switch { CategoryKind.Goods => "商品类", CategoryKind.Service => "服务类", _ => "问题类型" };

    /// <summary>Adds a category or changes one (by code). Codes never change: statistics group by them.</summary>
    public async Task<Result<CategoryView>> SaveAsync(ComplaintsDbContext db, SaveCategory cmd, CancellationToken ct)
    {
        var errors = new FieldErrors().Require("code", cmd.Code, "分类编码", 20).Require("name", cmd.Name, "分类名称", 60);
        CategoryKind? kind = cmd.Kind?.Trim() switch
        {
            "goods" or "商品类" => CategoryKind.Goods,
            "service" or "服务类" => CategoryKind.Service,
            "problem" or "问题类型" => CategoryKind.Problem,
            _ => null,
        };
        if (kind is null) errors.Add("kind", "分类种类必须是 goods（商品类）、service（服务类）或 problem（问题类型）");
        if (cmd.Code is { } code && !System.Text.RegularExpressions.Regex.IsMatch(code.Trim(), "^[A-Z][A-Z0-9]{1,19}$"))
            errors.Add("code", "分类编码由大写字母开头的字母和数字组成，如 G15、S20");
        if (errors.Count > 0) return Result<CategoryView>.Invalid(errors.ToDictionary());
        db.ChangeTracker.Clear(); // the console page's context lives as long as its circuit: start from the database
        var existing = await db.Categories.SingleOrDefaultAsync(x => x.Code == cmd.Code!.Trim(), ct);
        if (existing is not null && existing.Kind != kind) return Result<CategoryView>.Invalid("kind", $"分类 {existing.Code} 已是{KindName(existing.Kind)}，种类不能修改");
        var before = existing is null ? null : View(existing);
        var entity = existing ?? new Category { Id = await db.Categories.MaxAsync(x => (int?)x.Id, ct) + 1 ?? 1, Code = cmd.Code!.Trim(), Kind = kind!.Value };
        entity.Name = cmd.Name!.Trim();
        entity.Sort = cmd.Sort ?? entity.Sort;
        entity.Active = cmd.Active;
        if (existing is null) db.Categories.Add(entity);
        db.Audit(existing is null ? "complaints.category-added" : "complaints.category-changed", nameof(Category), entity.Code, before, View(entity));
        await db.SaveChangesAsync(ct);
        _cache = null;
        return View(entity);
    }
}
