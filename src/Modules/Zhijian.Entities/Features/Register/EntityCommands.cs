using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhijian.Entities.Contracts;
using Zhijian.Entities.Data;
using Zhijian.Entities.Domain;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Privacy;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.Entities.Features.Register;

/// <summary>登记状态变更: 简易注销, 一般注销, 吊销, 迁出.</summary>
internal sealed record ChangeStatus(string Kind, DateOnly? On, string? Reason, string? DecisionNo, string? ToDivisionCode);

/// <summary>
/// Registration, change and status changes of market entities: validate (the shared rules), check jurisdiction,
/// save with the timeline entry, the audit entry and the domain event in one transaction.
/// </summary>
internal sealed class EntityCommands(
    EntitiesDbContext db, PersonalData personal, DivisionTable divisions, IndustryTable industries, ActorContext actor, TimeProvider clock)
{
    public static readonly IReadOnlyDictionary<string, (EntityStatus Status, string Name)> StatusKinds = new Dictionary<string, (EntityStatus, string)>
    {
        ["simple-deregistration"] = (EntityStatus.Deregistered, "简易注销"),
        ["deregistration"] = (EntityStatus.Deregistered, "一般注销"),
        ["revocation"] = (EntityStatus.Revoked, "吊销营业执照"),
        ["move-out"] = (EntityStatus.MovedOut, "迁出"),
    };

    public async Task<Result<string>> RegisterAsync(EntityInput input, CancellationToken ct)
    {
        var me = actor.Current;
        if (!EntityAccess.CanWrite(me)) return Result<string>.Forbidden("只有登记注册人员可以办理设立登记");
        var today = clock.Today();
        var problems = EntityRules.Validate(input, today, divisions, industries);
        if (Errors(problems) is { } invalid) return Result<string>.Invalid(invalid);
        if (!me.Jurisdiction.Covers(input.DivisionCode!.Trim()))
            return Result<string>.Invalid("divisionCode", $"属地“{divisions.FullName(input.DivisionCode.Trim())}”不在您的管辖范围内");

        var uscc = input.Uscc!.Trim().ToUpperInvariant();
        if (await db.Entities.IgnoreQueryFilters().AnyAsync(e => e.Uscc == uscc, ct))
            return Result<string>.Conflict("uscc", $"统一社会信用代码“{uscc}”已登记");

        var now = clock.GetUtcNow();
        var entity = new MarketEntity { Uscc = uscc, CreatedAt = now };
        Apply(entity, input);
        entity.UsccCheckOverridden = !Uscc.IsValid(uscc);
        entity.UpdatedAt = now;
        db.Entities.Add(entity);
        await db.SaveChangesAsync(ct);

        db.Events.Add(new EntityEvent
        {
            EntityId = entity.Id,
            Kind = "registered",
            OccurredOn = entity.EstablishedOn,
            RecordedAt = now,
            Summary = $"设立登记：{entity.Name}（{EntityNames.Of(entity.Type)}）",
            Actor = me.ShownName,
            DivisionCode = entity.DivisionCode,
        });
        db.Audit("entity.registered", nameof(MarketEntity), uscc, null, Fields(entity), entity.DivisionCode);
        db.Publish(new EntityRegistered(uscc, entity.Name, entity.Type, entity.DivisionCode, entity.IndustryCode, entity.EstablishedOn));
        await db.SaveChangesAsync(ct);
        return uscc;
    }

    public async Task<Result<string>> ChangeAsync(string uscc, EntityInput input, CancellationToken ct)
    {
        var me = actor.Current;
        if (!EntityAccess.CanWrite(me)) return Result<string>.Forbidden("只有登记注册人员可以办理变更登记");
        var entity = await db.Entities.SingleOrDefaultAsync(e => e.Uscc == uscc, ct);
        if (entity is null) return Result<string>.NotFound($"统一社会信用代码“{uscc}”未登记或不在您的管辖范围内");
        if (entity.Status != EntityStatus.Active) return Result<string>.Invalid("status", $"主体已{EntityNames.Of(entity.Status)}，不能办理变更登记");
        if (input.Uscc is { } u && !string.Equals(u.Trim(), uscc, StringComparison.OrdinalIgnoreCase))
            return Result<string>.Invalid("uscc", "统一社会信用代码不能变更");

        var problems = EntityRules.Validate(input with
        {
            Uscc = uscc,
            Confirmed = input.Confirmed || entity.UsccCheckOverridden,
            ApplicationReceivedAt = input.ApplicationReceivedAt ?? entity.ApplicationReceivedAt,
            LicenceIssuedAt = input.LicenceIssuedAt ?? entity.LicenceIssuedAt,
        }, clock.Today(), divisions, industries);
        if (Errors(problems) is { } invalid) return Result<string>.Invalid(invalid);
        if (!me.Jurisdiction.Covers(input.DivisionCode!.Trim()))
            return Result<string>.Invalid("divisionCode", $"属地“{divisions.FullName(input.DivisionCode.Trim())}”不在您的管辖范围内；跨辖区请办理迁出");

        var before = Fields(entity);
        var oldIdCipher = entity.LegalRepIdCipher;
        Apply(entity, input);
        if (input.LegalRepId is null) entity.LegalRepIdCipher = oldIdCipher; // not sent: unchanged
        var after = Fields(entity);
        var changes = before.Keys.Where(k => before[k] != after[k])
            .Select(k => new { field = k, label = Labels[k], old = before[k], @new = after[k] }).ToList();
        if (changes.Count == 0) return uscc;

        var now = clock.GetUtcNow();
        entity.UpdatedAt = now;
        db.Events.Add(new EntityEvent
        {
            EntityId = entity.Id,
            Kind = "changed",
            OccurredOn = clock.Today(),
            RecordedAt = now,
            Summary = "变更登记：" + string.Join("、", changes.Select(c => c.label)),
            Changes = Platform.Storage.ZhijianJson.Serialize(changes),
            Actor = me.ShownName,
            DivisionCode = entity.DivisionCode,
        });
        db.Audit("entity.changed", nameof(MarketEntity), uscc, before, after, entity.DivisionCode);
        db.Publish(new EntityChanged(uscc, [.. changes.Select(c => c.field)], clock.Today()));
        await db.SaveChangesAsync(ct);
        return uscc;
    }

    public async Task<Result<string>> ChangeStatusAsync(string uscc, ChangeStatus cmd, CancellationToken ct)
    {
        var me = actor.Current;
        if (!EntityAccess.CanWrite(me)) return Result<string>.Forbidden("只有登记注册人员可以办理注销、吊销、迁出");
        if (!StatusKinds.TryGetValue(cmd.Kind ?? "", out var kind))
            return Result<string>.Invalid("kind", $"办理类型应为 {string.Join("、", StatusKinds.Select(k => $"{k.Key}（{k.Value.Name}）"))}");
        var entity = await db.Entities.SingleOrDefaultAsync(e => e.Uscc == uscc, ct);
        if (entity is null) return Result<string>.NotFound($"统一社会信用代码“{uscc}”未登记或不在您的管辖范围内");

        var errors = ChangeStatusRules.Validate(cmd, kind, entity.Status, entity.EstablishedOn, clock.Today(), divisions, me.Jurisdiction);
        if (errors.Count > 0) return Result<string>.Invalid(errors.ToDictionary());
        var before = new { Status = EntityNames.Of(entity.Status), entity.StatusDate };
        entity.Status = kind.Status;
        entity.StatusDate = cmd.On;
        entity.UpdatedAt = clock.GetUtcNow();
        var summary = $"{kind.Name}：{cmd.Reason!.Trim()}"
            + (cmd.DecisionNo is { Length: > 0 } no ? $"（{no.Trim()}）" : "")
            + (cmd.Kind == "move-out" ? $"，迁往{divisions.FullName(cmd.ToDivisionCode!.Trim())}" : "");
        db.Events.Add(new EntityEvent
        {
            EntityId = entity.Id,
            Kind = cmd.Kind!,
            OccurredOn = cmd.On!.Value,
            RecordedAt = clock.GetUtcNow(),
            Summary = summary,
            Actor = me.ShownName,
            DivisionCode = entity.DivisionCode,
        });
        db.Audit("entity." + cmd.Kind, nameof(MarketEntity), uscc, before, new { Status = EntityNames.Of(entity.Status), entity.StatusDate, Reason = summary }, entity.DivisionCode);
        db.Publish(new EntityStatusChanged(uscc, entity.Status, cmd.On.Value, summary));
        await db.SaveChangesAsync(ct);
        return uscc;
    }

    private static Dictionary<string, string[]>? Errors(IReadOnlyList<EntityProblem> problems) =>
        problems.Count == 0 ? null : problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray());

    private void Apply(MarketEntity e, EntityInput i)
    {
        e.RegNo = Blank(i.RegNo);
        e.Name = i.Name!.Trim();
        e.Type = i.Type!.Value;
        e.LegalRep = i.LegalRep!.Trim();
        if (i.LegalRepId is not null)
        {
            var id = Blank(i.LegalRepId)?.ToUpperInvariant();
            e.LegalRepIdCipher = personal.Protect(id);
            e.LegalRepIdMasked = id is null ? null : Masks.IdNumber(id);
        }

        e.RegisteredCapital = i.RegisteredCapital;
        e.EstablishedOn = i.EstablishedOn!.Value;
        e.TermFrom = i.TermFrom;
        e.TermTo = i.TermTo;
        e.RegisteredAddress = i.RegisteredAddress!.Trim();
        e.BusinessAddress = Blank(i.BusinessAddress);
        e.DivisionCode = i.DivisionCode!.Trim();
        e.IndustryCode = i.IndustryCode!.Trim();
        e.BusinessScope = Blank(i.BusinessScope);
        e.RegistrationAuthority = i.RegistrationAuthority!.Trim();
        var phone = Blank(i.Phone);
        e.PhoneCipher = personal.Protect(phone);
        e.PhoneMasked = phone is null ? null : Masks.Phone(phone);
        // 登记时间、渠道、名称自主申报: a change that does not send them keeps them (they record how the entity was registered)
        if (i.ApplicationReceivedAt is not null || e.Id == 0) e.ApplicationReceivedAt = i.ApplicationReceivedAt;
        if (i.LicenceIssuedAt is not null || e.Id == 0) e.LicenceIssuedAt = i.LicenceIssuedAt;
        if (i.ApplicationChannel is not null || e.Id == 0) e.ApplicationChannel = i.ApplicationChannel;
        if (i.NameSelfDeclared is not null || e.Id == 0) e.NameSelfDeclared = i.NameSelfDeclared;
        e.Tags = i.Tags?.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct().ToList() ?? e.Tags;
    }

    private static readonly Dictionary<string, string> Labels = new()
    {
        ["regNo"] = "注册号",
        ["name"] = "名称",
        ["type"] = "主体类型",
        ["legalRep"] = "法定代表人",
        ["legalRepId"] = "法定代表人证件号码",
        ["registeredCapital"] = "注册资本",
        ["establishedOn"] = "成立日期",
        ["term"] = "营业期限",
        ["registeredAddress"] = "住所",
        ["businessAddress"] = "经营场所",
        ["divisionCode"] = "属地",
        ["industryCode"] = "行业",
        ["businessScope"] = "经营范围",
        ["registrationAuthority"] = "登记机关",
        ["phone"] = "联系电话",
        ["tags"] = "标签",
        ["applicationReceivedAt"] = "申请受理时间",
        ["licenceIssuedAt"] = "营业执照发放时间",
        ["applicationChannel"] = "登记渠道",
        ["nameSelfDeclared"] = "名称自主申报",
    };

    /// <summary>The recorded fields, personal data masked (what the timeline and the audit keep).</summary>
    private static Dictionary<string, string?> Fields(MarketEntity e) => new()
    {
        ["regNo"] = e.RegNo,
        ["name"] = e.Name,
        ["type"] = EntityNames.Of(e.Type),
        ["legalRep"] = e.LegalRep,
        ["legalRepId"] = e.LegalRepIdMasked,
        ["registeredCapital"] = e.RegisteredCapital?.ToString("0.####", CultureInfo.InvariantCulture),
        ["establishedOn"] = e.EstablishedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["term"] = $"{e.TermFrom:yyyy-MM-dd}~{(e.TermTo is null ? "长期" : e.TermTo.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))}",
        ["registeredAddress"] = e.RegisteredAddress,
        ["businessAddress"] = e.BusinessAddress,
        ["divisionCode"] = e.DivisionCode,
        ["industryCode"] = e.IndustryCode,
        ["businessScope"] = e.BusinessScope,
        ["registrationAuthority"] = e.RegistrationAuthority,
        ["phone"] = e.PhoneMasked,
        ["tags"] = string.Join(";", e.Tags),
        ["applicationReceivedAt"] = Instant(e.ApplicationReceivedAt),
        ["licenceIssuedAt"] = Instant(e.LicenceIssuedAt),
        ["applicationChannel"] = e.ApplicationChannel is { } c ? EntityNames.Of(c) : null,
        ["nameSelfDeclared"] = e.NameSelfDeclared switch { true => "是", false => "否", null => null },
    };

    private static string? Instant(DateTimeOffset? at) =>
        at is { } v ? TimeZoneInfo.ConvertTime(v, ChinaTime.Zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : null;

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
