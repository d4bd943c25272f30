using Microsoft.EntityFrameworkCore;
using Zhijian.FoodSafety.Data;
using Zhijian.FoodSafety.Domain.Supervision;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.FoodSafety.Features.Supervision;

internal sealed record ChecklistItemView(string Code, string Section, string Text, bool Key);

internal sealed record ChecklistView(long Id, ChecklistKind Kind, string KindName, int Version, DateOnly EffectiveFrom, string Note, string CreatedBy,
    DateTimeOffset CreatedAt, IReadOnlyList<ChecklistItemView> Items);

/// <summary>修订检查要点表: the whole table as the new version (items in order), from a date.</summary>
internal sealed record SaveChecklist(IReadOnlyList<SaveChecklistItem>? Items, DateOnly? EffectiveFrom, string? Note);

internal sealed record SaveChecklistItem(string? Section, string? Text, bool Key);

/// <summary>检查要点表: the shipped tables (seeded on first use), the version in force on a date, and new versions.</summary>
internal sealed class ChecklistService(FoodSafetyDbContext db, ActorContext actor, TimeProvider clock)
{
    public async Task EnsureDefaultsAsync(CancellationToken ct)
    {
        var have = await db.Checklists.AsNoTracking().Select(c => c.Kind).Distinct().ToListAsync(ct);
        var missing = Enum.GetValues<ChecklistKind>().Except(have).ToList();
        if (missing.Count == 0) return;
        var now = clock.GetUtcNow();
        foreach (var kind in missing)
        {
            db.Checklists.Add(new FoodChecklist
            {
                Kind = kind,
                Version = 1,
                EffectiveFrom = new DateOnly(2000, 1, 1),
                Note = ChecklistCatalogue.Source,
                CreatedBy = "system",
                CreatedAt = now,
                Items = Items(ChecklistCatalogue.Defaults(kind)),
            });
        }

        db.Audit("food.checklist.seeded", "FoodChecklist", string.Join(",", missing), null, new { kinds = missing.Select(ChecklistCatalogue.Name) });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another request seeded them at the same moment (unique kind + version): theirs stand.
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>The version in force on <paramref name="on"/> (the first version before that).</summary>
    public async Task<FoodChecklist> InForceAsync(ChecklistKind kind, DateOnly on, CancellationToken ct)
    {
        await EnsureDefaultsAsync(ct);
        return await db.Checklists.AsNoTracking().Include(c => c.Items.OrderBy(i => i.Seq))
                   .Where(c => c.Kind == kind && c.EffectiveFrom <= on).OrderByDescending(c => c.EffectiveFrom).ThenByDescending(c => c.Version).FirstOrDefaultAsync(ct)
               ?? await db.Checklists.AsNoTracking().Include(c => c.Items.OrderBy(i => i.Seq)).Where(c => c.Kind == kind).OrderBy(c => c.Version).FirstAsync(ct);
    }

    /// <summary>Each table as in force today.</summary>
    public async Task<IReadOnlyList<ChecklistView>> CurrentAsync(CancellationToken ct)
    {
        var today = clock.Today();
        var list = new List<ChecklistView>();
        foreach (var kind in Enum.GetValues<ChecklistKind>()) list.Add(View(await InForceAsync(kind, today, ct)));
        return list;
    }

    public async Task<IReadOnlyList<ChecklistView>> HistoryAsync(ChecklistKind kind, CancellationToken ct)
    {
        await EnsureDefaultsAsync(ct);
        var all = await db.Checklists.AsNoTracking().Include(c => c.Items.OrderBy(i => i.Seq)).Where(c => c.Kind == kind).OrderByDescending(c => c.Version).ToListAsync(ct);
        return [.. all.Select(View)];
    }

    public async Task<Result<ChecklistView>> SaveVersionAsync(ChecklistKind kind, SaveChecklist cmd, CancellationToken ct)
    {
        if (!FoodAccess.CanOrganise(actor.Current)) return Result<ChecklistView>.Forbidden("检查要点表由科室负责人修订");
        if (!Enum.IsDefined(kind)) return Result<ChecklistView>.Invalid("kind", "请选择检查要点表的业态类别");
        var e = new FieldErrors();
        var items = cmd.Items ?? [];
        if (items.Count == 0) e.Add("items", "检查要点表至少要有一项检查要点");
        if (items.Count > 100) e.Add("items", "检查要点表最多 100 项");
        if (!items.Any(i => i.Key)) e.Add("items", "检查要点表至少要有一项重点项（重点项不符合即判定为“不符合”）");
        for (var i = 0; i < items.Count; i++)
        {
            e.Require($"items[{i}].section", items[i].Section, $"第 {i + 1} 项的检查项目", 50);
            e.Require($"items[{i}].text", items[i].Text, $"第 {i + 1} 项的检查内容", 300);
        }

        e.Require("note", cmd.Note, "修订说明", 500);
        var today = clock.Today();
        var from = cmd.EffectiveFrom ?? today;
        if (from < today) e.Add("effectiveFrom", "生效日期不能早于今天（已作出的检查记录保留原版本）");
        if (e.Count > 0) return Result<ChecklistView>.Invalid(e.ToDictionary());
        await EnsureDefaultsAsync(ct);
        var last = await db.Checklists.Where(c => c.Kind == kind).MaxAsync(c => c.Version, ct);
        var version = new FoodChecklist
        {
            Kind = kind,
            Version = last + 1,
            EffectiveFrom = from,
            Note = cmd.Note!.Trim(),
            CreatedBy = actor.Current.ShownName,
            CreatedAt = clock.GetUtcNow(),
            Items = Items(items.Select(i => (i.Section!.Trim(), i.Text!.Trim(), i.Key)).ToList()),
        };
        db.Checklists.Add(version);
        db.Audit("food.checklist.revised", "FoodChecklist", $"{kind}/v{version.Version}", null,
            new { table = ChecklistCatalogue.Name(kind), version.Version, version.EffectiveFrom, items = version.Items.Count, keyItems = version.Items.Count(i => i.Key), version.Note });
        await db.SaveChangesAsync(ct);
        return View(version);
    }

    private static List<FoodChecklistItem> Items(IReadOnlyList<(string Section, string Text, bool Key)> items)
    {
        var sections = new List<string>();
        var list = new List<FoodChecklistItem>();
        var perSection = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (section, text, key) in items)
        {
            if (!sections.Contains(section)) sections.Add(section);
            var n = perSection[section] = perSection.GetValueOrDefault(section) + 1;
            list.Add(new FoodChecklistItem
            {
                Seq = list.Count + 1,
                Code = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{sections.IndexOf(section) + 1}.{n}"),
                Section = section,
                Text = text,
                Key = key,
            });
        }

        return list;
    }

    public static ChecklistView View(FoodChecklist c) => new(c.Id, c.Kind, ChecklistCatalogue.Name(c.Kind), c.Version, c.EffectiveFrom, c.Note, c.CreatedBy, c.CreatedAt,
        [.. c.Items.OrderBy(i => i.Seq).Select(i => new ChecklistItemView(i.Code, i.Section, i.Text, i.Key))]);
}
