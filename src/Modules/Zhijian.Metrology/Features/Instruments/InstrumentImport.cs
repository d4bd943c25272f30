using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Zhijian.Entities.Contracts;
using Zhijian.Metrology.Data;
using Zhijian.Metrology.Domain.Instruments;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Import;
using Zhijian.Platform.Privacy;
using Zhijian.Platform.Storage;

namespace Zhijian.Metrology.Features.Instruments;

/// <summary>
/// 强检器具批量导入 (water and gas meters in bulk from a 水务 / 燃气 company's ledger): XLSX or CSV through the platform's import kit,
/// at most 50,000 rows per file; every row checked like <see cref="InstrumentRegister.CreateAsync"/> (器具种类, DN where needed, owner in
/// the registry, division in the caller's jurisdiction, dates), serials unique per owner and kind in the file and the register;
/// all rows or none. Owners are read in one query; rows are inserted with one save; one audit entry per file.
/// </summary>
internal sealed class InstrumentImport(MetrologyDbContext db, ActorContext actor, IEntityDirectory entities, InstrumentRules rules, PersonalData personal,
    TimeProvider clock)
{
    private const int Kind = 0, Size = 1, Model = 2, Serial = 3, Maker = 4, OwnerUscc = 5, Household = 6, Division = 7, Address = 8, FiledOn = 9, FirstVerified = 10,
        Certificate = 11;

    public static readonly ImportTemplate Template = new("metro-instruments",
    [
        new("器具种类", true, "如 水表、燃气表、燃油加油机、电子计价秤（见 /api/v1/metro/kinds）") { Field = "kind" },
        new("公称口径DN", false, "水表必填（毫米），如 15、20、25、40、80") { Field = "size" },
        new("型号规格", false) { Field = "model", MaxLength = 100 },
        new("出厂编号", true) { Field = "serialNo", MaxLength = 60 },
        new("制造单位", false) { Field = "maker", MaxLength = 200 },
        new("使用单位统一社会信用代码", false, "单位用户填写，须为市场主体库中的主体") { Field = "ownerUscc" },
        new("居民用户姓名", false, "居民用户填写（不公示）") { Field = "ownerName", MaxLength = 50 },
        new("使用地点行政区划代码", true, "县级 6 位或乡镇级 9 位，如 370102") { Field = "divisionCode" },
        new("使用地点", true, "详细地址") { Field = "address", MaxLength = 300 },
        new("备案日期", false, "yyyy-MM-dd") { Field = "filedOn" },
        new("首次检定日期", false, "yyyy-MM-dd") { Field = "firstVerifiedOn" },
        new("检定证书编号", false, "填写首次检定日期时必填") { Field = "certificateNo", MaxLength = 60 },
    ])
    {
        Limits = ImportLimits.Default with { MaxRows = 50_000 },
        MaxBytes = 64L * 1024 * 1024,
    };

    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/instruments/import", Import).AsFileImport(g, "/instruments/import", Template, MetrologyAccess.RegisterPolicy, "强检计量器具",
            "导入强检计量器具（XLSX 或 CSV：UTF-8 / GB18030；每个文件至多 50,000 行；全部通过校验才入库，逐行报告错误）",
            Example);

    private static readonly string?[] Example =
        ["水表", "20", "LXS20E", "JN2026000001", "某某水表有限公司", "91370100MA3C000001", null, "370102", "济南市历下区泉城路 1 号", "2026-01-05", "2026-01-02", "SB2026-000001"];

    private static Task<Results<Ok<InstrumentImportSummary>, ProblemHttpResult>> Import(HttpRequest request, string? encoding, ImportKit kit, InstrumentImport import,
        CancellationToken ct) =>
        kit.RunFileAsync<InstrumentImportSummary>(request, Template, encoding, (path, errors) => import.ImportAsync(path, encoding, errors, ct), ct);

    /// <summary>The console's import: the summary, or every error found (nothing written).</summary>
    public Task<(InstrumentImportSummary? Summary, IReadOnlyList<ImportRowError> Errors)> ImportAsync(string path, string? encoding, CancellationToken ct) =>
        ImportErrors.ListAsync(Template, errors => ImportAsync(path, encoding, errors, ct));

    private sealed record Row(ImportRecord R, string? Uscc, Instrument Draft);

    public async Task<InstrumentImportSummary?> ImportAsync(string path, string? encoding, ImportErrors errors, CancellationToken ct)
    {
        var a = actor.Current;
        if (!MetrologyAccess.CanRegister(a)) throw new TabularFileException("只有登记人员、执法人员、科室负责人可以导入强检计量器具");
        var today = clock.Today();
        var now = clock.GetUtcNow();
        var rows = new List<Row>();
        var firstLine = new Dictionary<(string, string, string?), long>();
        var certs = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var r in Template.Read(path, encoding))
        {
            var kind = InstrumentCatalog.Resolve(r.Text(Kind));
            if (kind is null) r.Error(Kind, InstrumentCatalog.UnknownKind(r.Text(Kind)));
            var size = r.Number(Size, t => $"公称口径“{t}”应为正整数（毫米）");
            DueRule? rule = null;
            if (kind is not null && !r.HasErrorIn(Size))
            {
                if (!kind.NeedsSize && size is not null) r.Error(Size, $"{kind.Name}无须填写口径");
                else if (size is { } s0 && s0 != decimal.Truncate(s0)) r.Error(Size, "公称口径应为正整数（毫米）");
                else if ((rule = DueDates.RuleFor(kind, size is { } s1 ? (int)s1 : null, out var sizeError)) is null) r.Error(Size, sizeError!);
            }

            var serial = r.Text(Serial);
            if (serial is null) r.Error(Serial, "出厂编号不能为空");
            var uscc = r.Text(OwnerUscc)?.ToUpperInvariant();
            var person = r.Text(Household);
            if (uscc is null && person is null) r.Error(OwnerUscc, "请填写使用单位统一社会信用代码，或居民用户姓名");
            else if (uscc is not null && person is not null) r.Error(Household, "使用单位和居民用户只填一项");
            else if (uscc is not null && !Uscc.IsValid(uscc)) r.Error(OwnerUscc, "使用单位统一社会信用代码应为 18 位且校验位正确");
            var division = r.Text(Division);
            if (division is null) r.Error(Division, "使用地点行政区划代码不能为空");
            else if (division.Length < 6 || division.EndsWith("0000", StringComparison.Ordinal) || !DivisionTable.Default.IsKnown(division))
                r.Error(Division, $"“{division}”不是现行的县级（或乡镇级）行政区划代码");
            else if (!a.Jurisdiction.Covers(division)) r.Error(Division, $"{DivisionTable.Default.FullName(division)}不在您的管辖范围内");
            if (r.Text(Address) is null) r.Error(Address, "使用地点不能为空");
            var filed = r.Date(FiledOn);
            if (filed > today) r.Error(FiledOn, "备案日期不能晚于今天");
            var first = r.Date(FirstVerified);
            if (first > today) r.Error(FirstVerified, "首次检定日期不能晚于今天");
            var cert = r.Text(Certificate);
            if (first is not null && cert is null) r.Error(Certificate, "填写了首次检定日期须同时填写检定证书编号");
            if (cert is not null && !certs.TryAdd(cert, r.Line)) r.Error(Certificate, $"与第 {certs[cert]} 行的检定证书编号重复");
            if (kind is not null && serial is not null && !firstLine.TryAdd((kind.Code, serial, uscc ?? person), r.Line))
                r.Error(Serial, $"与第 {firstLine[(kind.Code, serial, uscc ?? person)]} 行的器具重复");
            var draft = new Instrument
            {
                KindCode = kind?.Code ?? "",
                Mode = rule?.Mode ?? VerificationMode.Periodic,
                Size = size is { } sz ? (int)sz : null,
                Model = r.Text(Model),
                SerialNo = serial ?? "",
                Maker = r.Text(Maker),
                OwnerUscc = uscc,
                OwnerName = uscc is null ? Masks.Name(person) : "",
                OwnerNameProtected = uscc is null ? personal.Protect(person) : null,
                Household = uscc is null,
                DivisionCode = division ?? "",
                County = division is { Length: >= 6 } ? division[..6] : "",
                Address = r.Text(Address) ?? "",
                FiledOn = filed,
                FirstVerifiedOn = first,
                LastVerifiedOn = first,
                LastPassed = first is null ? null : true,
                LastCertificateNo = first is null ? null : cert,
                DueOn = rule is null ? null : rules.Due(rule, first, first),
                Status = InstrumentStatus.InUse,
                StatusOn = today,
                CreatedAt = now,
                UpdatedAt = now,
            };
            rows.Add(new Row(r, uscc, draft));
        }

        var usccs = rows.Where(x => x.Uscc is not null).Select(x => x.Uscc!).Distinct(StringComparer.Ordinal).ToList();
        var owners = (await entities.FindManyAsync(usccs, ct)).ToDictionary(u => u.Uscc, StringComparer.Ordinal);
        var existingCerts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in certs.Keys.Chunk(1000))
            existingCerts.UnionWith(await db.Verifications.IgnoreQueryFilters().Where(v => chunk.Contains(v.CertificateNo)).Select(v => v.CertificateNo).ToListAsync(ct));
        var existing = new HashSet<(string, string, string?)>();
        foreach (var chunk in rows.Select(x => x.Draft.SerialNo).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).Chunk(1000))
        {
            var found = await db.Instruments.IgnoreQueryFilters().Where(i => chunk.Contains(i.SerialNo) && i.Status != InstrumentStatus.Scrapped)
                .Select(i => new { i.KindCode, i.SerialNo, i.OwnerUscc }).ToListAsync(ct);
            existing.UnionWith(found.Select(f => (f.KindCode, f.SerialNo, f.OwnerUscc)));
        }

        foreach (var row in rows)
        {
            var d = row.Draft;
            if (row.Uscc is not null)
            {
                if (!owners.TryGetValue(row.Uscc, out var owner)) row.R.Error(OwnerUscc, $"使用单位“{row.Uscc}”不在市场主体库中（或不在您的管辖范围内）");
                else if (owner.Status != EntityStatus.Active) row.R.Error(OwnerUscc, $"使用单位“{owner.Name}”已不在营");
                else d.OwnerName = owner.Name;
                if (existing.Contains((d.KindCode, d.SerialNo, row.Uscc))) row.R.Error(Serial, $"该使用单位出厂编号为 {d.SerialNo} 的器具已在台账中");
            }

            if (d.LastCertificateNo is { } c && existingCerts.Contains(c)) row.R.Error(Certificate, $"检定证书 {c} 已登记在其他器具上");
            errors.AddRange(row.R.Errors);
        }

        if (errors.Count > 0) return null;

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Instruments.AddRange(rows.Select(x => x.Draft));
        await db.SaveChangesAsync(ct);
        db.Verifications.AddRange(rows.Where(x => x.Draft.FirstVerifiedOn is not null).Select(x => new Verification
        {
            InstrumentId = x.Draft.Id,
            DivisionCode = x.Draft.DivisionCode,
            County = x.Draft.County,
            BodyName = "（导入时录入的首次检定）",
            VerifiedOn = x.Draft.FirstVerifiedOn!.Value,
            Passed = true,
            CertificateNo = x.Draft.LastCertificateNo!,
            NextDueOn = x.Draft.DueOn,
            OnTime = true,
            CreatedAt = now,
            CreatedBy = a.ShownName,
        }));
        var firstDivision = rows[0].Draft.DivisionCode;
        db.Audit("metro.instrument.imported", "MetroImport", now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), null,
            new { Rows = rows.Count, Serials = rows.Count <= 20 ? string.Join("、", rows.Select(x => x.Draft.SerialNo)) : $"{rows[0].Draft.SerialNo} 等 {rows.Count} 台" },
            rows.All(x => x.Draft.DivisionCode == firstDivision) ? firstDivision : null);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new InstrumentImportSummary(rows.Count, rows.Count);
    }
}
