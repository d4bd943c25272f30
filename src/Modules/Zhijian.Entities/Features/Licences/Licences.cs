using Microsoft.EntityFrameworkCore;
using Zhijian.Entities.Contracts;
using Zhijian.Entities.Data;
using Zhijian.Entities.Dataset;
using Zhijian.Entities.Domain;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.Entities.Features.Licences;

/// <summary>登记许可证 (涉企许可, 证照分离).</summary>
internal sealed record AddLicence(string TypeCode, string Number, string Issuer, DateOnly? ValidFrom, DateOnly? ValidTo, bool Commitment);

internal sealed record LicenceListItem(string Uscc, string EntityName, string DivisionName, string TypeCode, string TypeName, string Number,
    DateOnly ValidFrom, DateOnly? ValidTo, int? DaysLeft, bool Commitment);

/// <summary>Licences: registration (recomputes rule tags), expiring lists (30/60/90 days) and entities operating with an expired licence.</summary>
internal sealed class Licences(EntitiesDbContext db, DivisionTable divisions, ActorContext actor, TimeProvider clock)
{
    public async Task<Result<string>> AddAsync(string uscc, AddLicence cmd, CancellationToken ct)
    {
        var me = actor.Current;
        if (!EntityAccess.CanWrite(me)) return Result<string>.Forbidden("只有登记注册人员可以登记许可信息");
        var entity = await db.Entities.SingleOrDefaultAsync(e => e.Uscc == uscc, ct);
        if (entity is null) return Result<string>.NotFound($"统一社会信用代码“{uscc}”未登记或不在您的管辖范围内");
        var errors = new FieldErrors();
        var type = LicenceCatalogue.Find(cmd.TypeCode);
        if (type is null) errors.Add("typeCode", $"许可类型应为：{string.Join("、", LicenceCatalogue.All.Select(t => $"{t.Code}（{t.Name}）"))}");
        errors.Require("number", cmd.Number, "许可证编号", 60).Require("issuer", cmd.Issuer, "发证机关", 100);
        if (cmd.ValidFrom is null) errors.Add("validFrom", "有效期起始日不能为空");
        else if (cmd.ValidFrom > clock.Today()) errors.Add("validFrom", "有效期起始日不能晚于今天");
        if (cmd.ValidTo is { } to && cmd.ValidFrom is { } from && to < from) errors.Add("validTo", "有效期截止日不能早于起始日");
        if (entity.Status != EntityStatus.Active) errors.Add("uscc", $"主体已{EntityNames.Of(entity.Status)}");
        if (errors.Count > 0) return Result<string>.Invalid(errors.ToDictionary());
        var number = cmd.Number.Trim();
        if (await db.Licences.IgnoreQueryFilters().AnyAsync(l => l.TypeCode == cmd.TypeCode && l.Number == number, ct))
            return Result<string>.Conflict("number", $"{type!.Name}编号“{number}”已登记");

        db.Licences.Add(new Licence
        {
            EntityId = entity.Id,
            TypeCode = cmd.TypeCode,
            Number = number,
            Issuer = cmd.Issuer.Trim(),
            ValidFrom = cmd.ValidFrom!.Value,
            ValidTo = cmd.ValidTo,
            Commitment = cmd.Commitment,
            DivisionCode = entity.DivisionCode,
        });
        var today = clock.Today();
        var held = await db.Licences.Where(l => l.EntityId == entity.Id).Select(l => new { l.TypeCode, l.Status, l.ValidTo }).ToListAsync(ct);
        var before = string.Join(";", entity.Tags);
        entity.Tags = TagRules.Apply(entity.Tags, held.Select(l => (l.TypeCode, l.Status == "有效" && (l.ValidTo is null || l.ValidTo >= today)))
            .Append((cmd.TypeCode, cmd.ValidTo is null || cmd.ValidTo >= today)));
        db.Events.Add(new EntityEvent
        {
            EntityId = entity.Id,
            Kind = "licence",
            OccurredOn = cmd.ValidFrom.Value,
            RecordedAt = clock.GetUtcNow(),
            Actor = me.ShownName,
            Summary = $"取得{type!.Name}（{number}）" + (cmd.Commitment ? "，告知承诺" : ""),
            DivisionCode = entity.DivisionCode,
        });
        db.Audit("entity.licence-added", nameof(Licence), $"{cmd.TypeCode}/{number}", null,
            new { uscc, cmd.TypeCode, number, cmd.ValidFrom, cmd.ValidTo, cmd.Commitment, TagsBefore = before, TagsAfter = string.Join(";", entity.Tags) }, entity.DivisionCode);
        await db.SaveChangesAsync(ct);
        return number;
    }

    /// <summary>Valid licences of entities in business whose validity ends within <paramref name="days"/> days (inclusive).</summary>
    public async Task<IReadOnlyList<LicenceListItem>> ExpiringAsync(int days, string? typeCode, CancellationToken ct)
    {
        var today = clock.Today();
        var until = today.AddDays(days);
        var q = from l in db.Licences.AsNoTracking()
                join e in db.Entities.AsNoTracking() on l.EntityId equals e.Id
                where l.Status == "有效" && l.ValidTo != null && l.ValidTo >= today && l.ValidTo <= until && e.Status == EntityStatus.Active
                select new { l, e };
        if (!string.IsNullOrEmpty(typeCode)) q = q.Where(x => x.l.TypeCode == typeCode);
        var rows = await q.OrderBy(x => x.l.ValidTo).Take(5000).ToListAsync(ct);
        return [.. rows.Select(x => Item(x.e, x.l, today))];
    }

    /// <summary>
    /// 超期经营线索: entities in business whose licence of a type has expired with no valid licence of that type
    /// left — a lead for inspection, not a finding.
    /// </summary>
    public async Task<IReadOnlyList<LicenceListItem>> ExpiredOperatingAsync(CancellationToken ct)
    {
        var today = clock.Today();
        var rows = await (from l in db.Licences.AsNoTracking()
                          join e in db.Entities.AsNoTracking() on l.EntityId equals e.Id
                          where e.Status == EntityStatus.Active && l.Status == "有效" && l.ValidTo != null && l.ValidTo < today
                                && !db.Licences.Any(n => n.EntityId == l.EntityId && n.TypeCode == l.TypeCode && n.Status == "有效" && (n.ValidTo == null || n.ValidTo >= today))
                          orderby l.ValidTo
                          select new { l, e }).Take(5000).ToListAsync(ct);
        return [.. rows.Select(x => Item(x.e, x.l, today))];
    }

    private LicenceListItem Item(MarketEntity e, Licence l, DateOnly today) => new(e.Uscc, e.Name, divisions.FullName(e.DivisionCode), l.TypeCode,
        LicenceCatalogue.Find(l.TypeCode)?.Name ?? l.TypeCode, l.Number, l.ValidFrom, l.ValidTo,
        l.ValidTo is { } to ? to.DayNumber - today.DayNumber : null, l.Commitment);
}
