using Microsoft.EntityFrameworkCore;
using Zhijian.Entities.Contracts;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;
using Zhijian.ProductQuality.Contracts;
using Zhijian.ProductQuality.Data;
using Zhijian.ProductQuality.Domain.Licences;

namespace Zhijian.ProductQuality.Features.Licences;

/// <summary>
/// 证后监督检查 of licence holders and findings of 无证生产; the yearly 许可证后监管覆盖率 (valid licences with at least one check in the year
/// ÷ valid licences). A check concluding 不合格, a check finding an expired licence still producing, and every 无证生产 finding send one
/// <see cref="QualityCaseClue"/> (source kind "licence", source id = the check) through the outbox.
/// </summary>
internal sealed class LicenceChecks(QualityDbContext db, ActorContext actor, IEntityDirectory entities, LicenceRules rules, LicenceBook book, TimeProvider clock)
{
    public async Task<Result<CheckRow>> RecordAsync(CheckInput cmd, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var today = clock.Today();
        var on = cmd.On ?? today;
        if (on > today) errors.Add("on", $"检查日期（{on:yyyy-MM-dd}）不能晚于今天");
        errors.Require("officers", cmd.Officers, "检查人员", 200);
        if (cmd.Officers is { } o && !string.IsNullOrWhiteSpace(o) && o.Split(['、', ',', '，', ' '], StringSplitOptions.RemoveEmptyEntries).Length < 2)
            errors.Add("officers", "检查人员不少于 2 名，以“、”分隔");
        if (cmd.Findings?.Trim().Length > 2000) errors.Add("findings", "检查情况不能超过 2000 个字符");
        ProductLicence? licence = null;
        EntitySummary? party = null;
        CatalogueVariety? variety = null;
        var result = cmd.Result ?? CheckResult.Pass;
        if (cmd.Unlicensed)
        {
            var uscc = cmd.HolderUscc?.Trim().ToUpperInvariant() ?? "";
            if (!Uscc.IsValid(uscc)) errors.Add("holderUscc", $"生产企业统一社会信用代码“{uscc}”无效");
            else if ((party = await entities.FindAsync(uscc, ct)) is null) errors.Add("holderUscc", $"生产企业“{uscc}”不在市场主体库中（或不在您的管辖范围内）");
            variety = LicenceCatalog.Find(cmd.Product, on);
            if (variety is null) errors.Add("product", $"产品单元/品种“{cmd.Product?.Trim()}”不在《工业产品生产许可证实施目录》中，不构成无证生产");
            else if (party is not null && (await book.ValidForAsync(uscc, on, ct)).Any(l => l.ProductName.Contains(variety.Name, StringComparison.Ordinal)))
                errors.Add("product", $"该企业持有{variety.Name}的有效生产许可证，请登记为证后检查");
            errors.Require("findings", cmd.Findings, "无证生产情况", 2000);
            result = CheckResult.Fail;
        }
        else
        {
            var (number, error) = rules.ParseNumber(cmd.LicenceNumber, on);
            if (error is not null) errors.Add("licenceNumber", error);
            else if ((licence = await db.Licences.SingleOrDefaultAsync(l => l.Number == number, ct)) is null)
                errors.Add("licenceNumber", $"许可证 {number} 未登记（或不在您的管辖范围内）");
            if (cmd.Result is not { } r || !Enum.IsDefined(r)) errors.Add("result", "检查结论应为 合格、限期整改 或 不合格");
            if (result == CheckResult.Rectify && (cmd.RectifyBy is not { } by || by <= on)) errors.Add("rectifyBy", "限期整改应填写晚于检查日期的整改期限");
            if (result != CheckResult.Pass && string.IsNullOrWhiteSpace(cmd.Findings)) errors.Add("findings", "限期整改、不合格应写明发现的问题");
        }

        if (errors.Count > 0) return Result<CheckRow>.Invalid(errors.ToDictionary());
        var c = new LicenceCheck
        {
            LicenceId = licence?.Id,
            LicenceNumber = licence?.Number,
            Unlicensed = cmd.Unlicensed,
            HolderUscc = licence?.HolderUscc ?? party!.Uscc,
            HolderName = licence?.HolderName ?? party!.Name,
            DivisionCode = licence?.DivisionCode ?? party!.DivisionCode,
            Variety = variety?.Key ?? licence?.Varieties.Split(',')[0],
            On = on,
            Officers = cmd.Officers!.Trim(),
            ProductionOk = cmd.ProductionOk,
            TestingOk = cmd.TestingOk,
            MarkOk = cmd.MarkOk,
            Sampled = cmd.Sampled,
            Result = result,
            RectifyBy = result == CheckResult.Rectify ? cmd.RectifyBy : null,
            Findings = string.IsNullOrWhiteSpace(cmd.Findings) ? null : cmd.Findings.Trim(),
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = actor.Current.ShownName,
        };
        var expiredProducing = licence is not null && LicenceRules.Effective(licence.Status, licence.ValidTo, on) != LicenceStatus.Valid;
        if (expiredProducing) licence!.ProducingAfterExpiry = true;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.LicenceChecks.Add(c);
        db.Audit(c.Unlicensed ? "pq.licence-check.unlicensed" : "pq.licence-check.recorded", "PqLicenceCheck", c.LicenceNumber ?? c.HolderUscc, null,
            new { c.On, c.Result, c.ProductionOk, c.TestingOk, c.MarkOk, c.Sampled, c.RectifyBy, ExpiredProducing = expiredProducing }, c.DivisionCode);
        await db.SaveChangesAsync(ct);
        string? facts = null;
        if (c.Unlicensed) facts = $"无证生产：未取得工业产品生产许可证生产{variety!.Name}。{c.Findings}";
        else if (expiredProducing) facts = $"生产许可证 {c.LicenceNumber}（{licence!.ProductNames}）已{LicenceRules.NameOf(LicenceRules.Effective(licence.Status, licence.ValidTo, on))}仍在生产。{c.Findings}";
        else if (c.Result == CheckResult.Fail) facts = $"证后监督检查不合格（许可证 {c.LicenceNumber}，{licence!.ProductNames}）：{c.Findings}";
        if (facts is not null)
        {
            c.ClueSent = true;
            db.Publish(new QualityCaseClue("licence", c.Id, c.LicenceNumber ?? $"无证生产-{c.Id}", c.HolderUscc, c.HolderName, facts, c.On, c.CreatedBy, c.DivisionCode, null));
            await db.SaveChangesAsync(ct);
        }

        await tx.CommitAsync(ct);
        return Row(c);
    }

    /// <summary>Checks: year, result (合格/限期整改/不合格), unlicensed only, licence; newest first.</summary>
    public async Task<ListPage<CheckRow>> ListAsync(int? year, CheckResult? result, bool? unlicensed, string? q, string? division, int page, int size, CancellationToken ct)
    {
        size = Math.Clamp(size, 1, 200);
        page = Math.Max(page, 1);
        var query = db.LicenceChecks.AsNoTracking();
        if (year is >= 2000 and <= 2100)
        {
            var from = new DateOnly(year.Value, 1, 1);
            var to = new DateOnly(year.Value, 12, 31);
            query = query.Where(c => c.On >= from && c.On <= to);
        }

        if (result is { } r && Enum.IsDefined(r)) query = query.Where(c => c.Result == r);
        if (unlicensed is { } u) query = query.Where(c => c.Unlicensed == u);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var t = q.Trim();
            query = query.Where(c => c.HolderName.Contains(t) || c.HolderUscc == t || (c.LicenceNumber != null && c.LicenceNumber.Contains(t)));
        }

        if (DivisionTable.IsWellFormed(division)) query = query.Where(c => c.DivisionCode.StartsWith(division!));
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(c => c.On).ThenByDescending(c => c.Id).Skip(Paging.Skip(page, size)).Take(size).ToListAsync(ct);
        return new ListPage<CheckRow>([.. rows.Select(Row)], total, page, size);
    }

    /// <summary>
    /// 许可证后监管覆盖率 of <paramref name="year"/>: licences valid at some time in the year (status 有效, issued by its end, valid to at least
    /// its start — or up to today in the current year) with at least one check dated in the year, over those licences; the unchecked ones listed.
    /// </summary>
    public async Task<CoverageView> CoverageAsync(int? year, CancellationToken ct)
    {
        var today = clock.Today();
        var y = year is >= 2000 and <= 2100 ? year.Value : today.Year;
        var from = new DateOnly(y, 1, 1);
        var to = new DateOnly(y, 12, 31);
        var valid = db.Licences.AsNoTracking().Where(l => l.Status == LicenceStatus.Valid && l.IssuedOn <= to && l.ValidTo >= from);
        var n = await valid.CountAsync(ct);
        var checkedN = await valid.CountAsync(l => db.LicenceChecks.Any(c => c.LicenceId == l.Id && c.On >= from && c.On <= to), ct);
        var notChecked = await valid.Where(l => !db.LicenceChecks.Any(c => c.LicenceId == l.Id && c.On >= from && c.On <= to))
            .OrderBy(l => l.HolderName).Take(200).ToListAsync(ct);
        return new CoverageView(y, n, checkedN, n == 0 ? null : Math.Round((decimal)checkedN / n, 4),
            [.. notChecked.Select(l => book.Row(l, false, null, today))]);
    }

    public static CheckRow Row(LicenceCheck c) => new(c.Id, c.LicenceId, c.LicenceNumber, c.Unlicensed, c.HolderUscc, c.HolderName, c.DivisionCode,
        c.Variety is null ? null : LicenceCatalog.ByKey(c.Variety)?.Name, c.On, c.Officers, c.ProductionOk, c.TestingOk, c.MarkOk, c.Sampled, c.Result,
        LicenceRules.NameOf(c.Result), c.RectifyBy, c.Findings, c.ClueSent);
}
