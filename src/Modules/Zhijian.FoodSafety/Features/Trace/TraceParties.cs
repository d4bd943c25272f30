using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhijian.Entities.Contracts;
using Zhijian.FoodSafety.Data;
using Zhijian.FoodSafety.Domain.Trace;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.FoodSafety.Features.Trace;

/// <summary>
/// 参与方登记 (one row of a bulk registration): its identifier, kind, the registry entity's USCC (a stall run by a person may
/// have none: then the operator's name), name, division, address and, for a stall, the market's identifier.
/// </summary>
internal sealed record RegisterTraceParty(string PartyId, TracePartyKind Kind, string? Uscc, string? Name, string? OperatorName, string? DivisionCode,
    string? Address, string? Parent);

/// <summary>A bulk registration (all rows or none).</summary>
internal sealed record RegisterTraceParties(IReadOnlyList<RegisterTraceParty> Parties);

/// <summary>What a registration did.</summary>
internal sealed record TracePartiesRegistered(int Created, int Updated);

/// <summary>A party as the console lists it.</summary>
internal sealed record TracePartyRow(long Id, string PartyId, string Kind, string Name, string? Uscc, string? Operator, string DivisionCode, string? Address, string? Market);

/// <summary>A page of rows and the total.</summary>
internal sealed record TracePage<T>(IReadOnlyList<T> Items, int Total, int Page, int Size);

/// <summary>参与方: bulk registration (validated against the registry, all or nothing, one audit entry) and the list.</summary>
internal sealed class TraceParties(FoodSafetyDbContext db, IEntityDirectory entities, TimeProvider clock)
{
    public const int MaxPerRequest = 1000;

    public async Task<Result<TracePartiesRegistered>> RegisterAsync(RegisterTraceParties cmd, CancellationToken ct)
    {
        var rows = cmd.Parties ?? [];
        var errors = new FieldErrors();
        if (rows.Count == 0) return Result<TracePartiesRegistered>.Invalid("parties", "参与方列表为空");
        if (rows.Count > MaxPerRequest) return Result<TracePartiesRegistered>.Invalid("parties", $"一次最多登记 {MaxPerRequest} 个参与方（现 {rows.Count} 个）");

        var ids = new string?[rows.Count];
        var usccs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            var at = string.Create(CultureInfo.InvariantCulture, $"parties[{i}]");
            if (r is null)
            {
                errors.Add(at, "参与方不能为空");
                continue;
            }

            ids[i] = TraceIds.ParseParty(r.PartyId, out var idUscc, out var error);
            if (ids[i] is null) errors.Add(at + ".partyId", error!);
            else if (Array.IndexOf(ids, ids[i]) < i) errors.Add(at + ".partyId", $"参与方标识“{ids[i]}”在本次登记中重复");
            if (!Enum.IsDefined(r.Kind)) errors.Add(at + ".kind", "参与方类型应为生产者、进口商、冷库、批发市场、摊位、商超或餐饮/食堂");
            var uscc = string.IsNullOrWhiteSpace(r.Uscc) ? null : r.Uscc.Trim().ToUpperInvariant();
            uscc ??= Implied(ids[i], idUscc);
            if (uscc is not null) usccs.Add(uscc);
            if (uscc is null && string.IsNullOrWhiteSpace(r.OperatorName))
                errors.Add(at + ".uscc", "须填写统一社会信用代码；个人经营的摊位无代码时须填写经营者姓名（operatorName）");
            if (r.Kind == TracePartyKind.Stall && string.IsNullOrWhiteSpace(r.Parent)) errors.Add(at + ".parent", "摊位须填写所属市场（parent：市场的参与方标识）");
            if (r.Name is { Length: > 200 }) errors.Add(at + ".name", "名称不能超过 200 个字符");
            if (r.OperatorName is { Length: > 50 }) errors.Add(at + ".operatorName", "经营者姓名不能超过 50 个字符");
            if (r.Address is { Length: > 300 }) errors.Add(at + ".address", "地址不能超过 300 个字符");
            if (!string.IsNullOrWhiteSpace(r.DivisionCode) && (r.DivisionCode.Trim().Length is not (6 or 9) || !r.DivisionCode.Trim().All(char.IsAsciiDigit)))
                errors.Add(at + ".divisionCode", "行政区划代码应为 6 位（或 9 位乡镇）数字");
        }

        if (errors.Count > 0) return Result<TracePartiesRegistered>.Invalid(errors.ToDictionary());

        var registry = new Dictionary<string, EntitySummary>(StringComparer.Ordinal);
        foreach (var chunk in usccs.Chunk(1000))
        {
            foreach (var s in await entities.FindManyAsync(chunk, ct)) registry[s.Uscc] = s;
        }

        var wanted = ids.OfType<string>().Concat(rows.Select(r => r.Parent).OfType<string>().Select(p => TraceIds.ParseParty(p, out _, out _) ?? p)).Distinct(StringComparer.Ordinal).ToList();
        var existing = new Dictionary<string, TraceParty>(StringComparer.Ordinal);
        foreach (var chunk in wanted.Chunk(1000))
        {
            foreach (var p in await db.TraceParties.Where(p => chunk.Contains(p.PartyId)).ToListAsync(ct)) existing[p.PartyId] = p;
        }

        var now = clock.GetUtcNow();
        var saved = new Dictionary<string, (TraceParty Party, string? Parent)>(StringComparer.Ordinal);
        var created = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            var at = string.Create(CultureInfo.InvariantCulture, $"parties[{i}]");
            var uscc = string.IsNullOrWhiteSpace(r.Uscc) ? null : r.Uscc.Trim().ToUpperInvariant();
            TraceIds.ParseParty(ids[i], out var idUscc, out _);
            uscc ??= Implied(ids[i], idUscc);
            EntitySummary? entity = null;
            if (uscc is not null && !registry.TryGetValue(uscc, out entity)) errors.Add(at + ".uscc", $"统一社会信用代码“{uscc}”不在市场主体库中（或不在您的管辖范围内）");
            var name = string.IsNullOrWhiteSpace(r.Name) ? entity?.Name : r.Name.Trim();
            if (name is null) errors.Add(at + ".name", "名称不能为空");
            var division = string.IsNullOrWhiteSpace(r.DivisionCode) ? entity?.DivisionCode : r.DivisionCode.Trim();
            if (division is null) errors.Add(at + ".divisionCode", "行政区划代码不能为空");
            if (errors.Count > 0) continue;
            if (!existing.TryGetValue(ids[i]!, out var party))
            {
                party = new TraceParty { PartyId = ids[i]!, CreatedAt = now };
                db.TraceParties.Add(party);
                existing[party.PartyId] = party;
                created++;
            }

            party.Kind = r.Kind;
            party.Uscc = uscc;
            party.Name = name!;
            party.OperatorName = string.IsNullOrWhiteSpace(r.OperatorName) ? null : r.OperatorName.Trim();
            party.DivisionCode = division!;
            party.Address = string.IsNullOrWhiteSpace(r.Address) ? null : r.Address.Trim();
            party.UpdatedAt = now;
            saved[party.PartyId] = (party, string.IsNullOrWhiteSpace(r.Parent) ? null : TraceIds.ParseParty(r.Parent, out _, out _) ?? r.Parent.Trim());
        }

        for (var i = 0; i < rows.Count && errors.Count == 0; i++)
        {
            if (ids[i] is not { } id || saved[id].Parent is not { } parent) continue;
            if (!existing.TryGetValue(parent, out var market)) errors.Add($"parties[{i}].parent", $"所属市场“{parent}”未登记");
            else if (market.Kind is not (TracePartyKind.WholesaleMarket or TracePartyKind.Supermarket)) errors.Add($"parties[{i}].parent", $"“{market.Name}”不是市场（批发市场或商超），摊位不能隶属于它");
        }

        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return Result<TracePartiesRegistered>.Invalid(errors.ToDictionary());
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        foreach (var (party, parent) in saved.Values) party.ParentId = parent is null ? null : existing[parent].Id;
        db.Audit("food.trace.parties-registered", "TraceParty", saved.Keys.First(), null,
            new { Created = created, Updated = saved.Count - created, Parties = saved.Keys.Take(50).ToList() }, saved.Values.First().Party.DivisionCode);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new TracePartiesRegistered(created, saved.Count - created);
    }

    /// <summary>The USCC an identifier <c>urn:zhijian:party:{USCC}</c> (without premises) names as the party itself.</summary>
    private static string? Implied(string? id, string? idUscc) => idUscc is not null && id is not null && id.Count(c => c == ':') == 3 ? idUscc : null;

    public async Task<TracePage<TracePartyRow>> ListAsync(string? q, TracePartyKind? kind, int page, int size, CancellationToken ct)
    {
        size = Math.Clamp(size, 1, 200);
        page = Math.Clamp(page, 1, 100_000);
        var query = db.TraceParties.AsNoTracking();
        if (kind is { } k) query = query.Where(p => p.Kind == k);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var t = q.Trim();
            var upper = t.ToUpperInvariant();
            query = query.Where(p => p.Name.Contains(t) || p.PartyId.Contains(t) || (p.Uscc != null && p.Uscc == upper));
        }

        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(p => p.Kind).ThenBy(p => p.Id).Skip((page - 1) * size).Take(size)
            .Select(p => new { p.Id, p.PartyId, p.Kind, p.Name, p.Uscc, p.OperatorName, p.DivisionCode, p.Address, Market = db.TraceParties.Where(m => m.Id == p.ParentId).Select(m => m.Name).FirstOrDefault() })
            .ToListAsync(ct);
        return new TracePage<TracePartyRow>(rows.Select(p => new TracePartyRow(p.Id, p.PartyId, TraceNames.Of(p.Kind), p.Name, p.Uscc, p.OperatorName, p.DivisionCode, p.Address, p.Market)).ToList(),
            total, page, size);
    }
}
