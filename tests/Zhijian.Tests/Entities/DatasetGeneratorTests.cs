using System.Text;
using Zhijian.Entities.Contracts;
using Zhijian.Entities.Dataset;
using Zhijian.Platform.Codes;

namespace Zhijian.Tests.Entities;

[Trait("Database", "none")] // pure: runs once, in the SQLite pass
public class DatasetGeneratorTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly IReadOnlyList<string> Jinan = EntityDatasetGenerator.JinanCounties;
    private static readonly Lazy<List<EntityRow>> Rows20K = new(() => [.. Generator(7).Entities(20_000)]);

    private static EntityDatasetGenerator Generator(int seed) => new(seed, Jinan, Today);

    [Fact]
    public void Same_seed_gives_identical_rows()
    {
        var a = Generator(42).Entities(500).ToList();
        var b = Generator(42).Entities(500).ToList();
        Assert.Equal(500, a.Count);
        for (var i = 0; i < a.Count; i++)
        {
            Assert.Equal(Csv(a[i]), Csv(b[i]));
        }
    }

    [Fact]
    public void Output_is_pinned_across_processes_and_runtime_versions()
    {
        // own PRNG and FNV-1a only: these values must not change unless the generator is changed on purpose
        var rows = new EntityDatasetGenerator(1, Jinan, Today).Entities(3).ToList();
        Assert.Equal(["913701035YU7WW2J19", "92370115D9PLG6W0XN", "9237010307KJ7FDD87"], rows.Select(r => r.Uscc));
        Assert.Equal(["济南鸿齐医药有限公司市中分公司", "济阳区王记百货店", "市中区旭海食品店"], rows.Select(r => r.Name));
    }

    [Fact]
    public void Different_seed_gives_different_rows()
    {
        var a = Generator(1).Entities(200).Select(Csv).ToList();
        var b = Generator(2).Entities(200).Select(Csv).ToList();
        Assert.True(a.Zip(b).Count(p => p.First != p.Second) > 190);
    }

    [Fact]
    public void Entities_is_lazy()
    {
        // a huge count returns at once and yields rows one by one
        var first = Generator(3).Entities(int.MaxValue).Take(3).ToList();
        Assert.Equal(3, first.Count);
    }

    [Fact]
    public void Usccs_are_valid_unique_and_carry_the_county_code()
    {
        var rows = Rows20K.Value;
        Assert.All(rows, r =>
        {
            var check = Uscc.Check(r.Uscc);
            Assert.True(check.Valid, $"{r.Uscc}: {check.Error}");
            Assert.Equal('9', r.Uscc[0]);
            Assert.Equal(EntityNames.UsccTypeChar(r.Type), r.Uscc[1]);
            Assert.Equal(r.DivisionCode[..6], r.Uscc.Substring(2, 6));
            Assert.True(OrganizationCode.IsValid(r.Uscc.Substring(8, 9)));
        });
        Assert.Equal(rows.Count, rows.Select(r => r.Uscc).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Names_are_unique_and_shaped_by_type()
    {
        var rows = Rows20K.Value;
        Assert.Equal(rows.Count, rows.Select(r => r.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.All(rows.Where(r => r.Type == EntityType.LimitedCompany), r => Assert.EndsWith("有限公司", r.Name, StringComparison.Ordinal));
        Assert.All(rows.Where(r => r.Type == EntityType.JointStockCompany), r => Assert.EndsWith("股份有限公司", r.Name, StringComparison.Ordinal));
        Assert.All(rows.Where(r => r.Type == EntityType.Branch), r => Assert.EndsWith("分公司", r.Name, StringComparison.Ordinal));
        Assert.All(rows.Where(r => r.Type == EntityType.Partnership), r => Assert.Contains("合伙企业（", r.Name, StringComparison.Ordinal));
        Assert.All(rows.Where(r => r.Type == EntityType.FarmerCooperative), r => Assert.EndsWith("合作社", r.Name, StringComparison.Ordinal));
        Assert.All(rows.Where(r => r.Type == EntityType.SoleProprietorship), r => Assert.DoesNotContain("公司", r.Name, StringComparison.Ordinal));
        Assert.All(rows.Where(r => r.Type == EntityType.IndividualBusiness), r =>
            Assert.StartsWith(DivisionTable.Default.Find(r.DivisionCode[..6])!.Name, r.Name, StringComparison.Ordinal));
    }

    [Fact]
    public void Legal_rep_ids_are_valid_with_the_county_prefix_and_plausible_age()
    {
        foreach (var r in Rows20K.Value)
        {
            Assert.False(string.IsNullOrWhiteSpace(r.LegalRep));
            if (r.LegalRepId is null)
            {
                continue;
            }

            var check = ResidentId.Check(r.LegalRepId, Today);
            Assert.True(check.Valid, $"{r.LegalRepId}: {check.Error}");
            Assert.StartsWith(r.DivisionCode[..6], r.LegalRepId, StringComparison.Ordinal);
            var birth = check.BirthDate!.Value;
            Assert.InRange(birth, Today.AddYears(-70), Today.AddYears(-22));
            Assert.True(birth <= r.EstablishedOn.AddYears(-18), $"{r.LegalRepId} too young on {r.EstablishedOn}");
        }
    }

    [Fact]
    public void Codes_dates_and_divisions_are_consistent()
    {
        var industries = IndustryTable.Default;
        foreach (var r in Rows20K.Value)
        {
            var industry = industries.Find(r.IndustryCode);
            Assert.NotNull(industry);
            Assert.Equal(IndustryTable.Class, industry.Level);
            Assert.Contains(r.DivisionCode, Jinan);
            Assert.InRange(r.EstablishedOn, new DateOnly(1995, 1, 1), Today);
            Assert.EndsWith("市场监督管理局", r.RegistrationAuthority, StringComparison.Ordinal);
            Assert.StartsWith(DivisionTable.Default.FullName(r.DivisionCode), r.RegisteredAddress, StringComparison.Ordinal);
            if (r.Phone is not null)
            {
                Assert.Matches(@"^(1[358]\d{9}|0531-\d{8})$", r.Phone);
            }

            if (r.Status == EntityStatus.Active)
            {
                Assert.Null(r.StatusDate);
            }
            else
            {
                Assert.NotNull(r.StatusDate);
                Assert.InRange(r.StatusDate.Value, r.EstablishedOn.AddDays(1), Today);
            }

            if (r.TermTo is { } to)
            {
                Assert.True(to > r.EstablishedOn);
            }

            Assert.True(r.RegisteredCapital is null or > 0m);
            Assert.True(r.Type != EntityType.Branch || r.RegisteredCapital is null);
        }

        Assert.Equal("济南市历下区市场监督管理局",
            Rows20K.Value.First(r => r.DivisionCode == "370102").RegistrationAuthority);
        Assert.Equal(Jinan.Count, Rows20K.Value.Select(r => r.DivisionCode).Distinct().Count());
    }

    [Fact]
    public void Status_and_type_mix_are_within_bounds()
    {
        var rows = Rows20K.Value;
        double Share(Func<EntityRow, bool> p) => rows.Count(p) / (double)rows.Count;
        Assert.InRange(Share(r => r.Status == EntityStatus.Active), 0.86, 0.90);
        Assert.InRange(Share(r => r.Status == EntityStatus.Deregistered), 0.06, 0.08);
        Assert.InRange(Share(r => r.Status == EntityStatus.Revoked), 0.02, 0.04);
        Assert.InRange(Share(r => r.Status == EntityStatus.MovedOut), 0.01, 0.03);
        Assert.InRange(Share(r => r.Type == EntityType.IndividualBusiness), 0.50, 0.60);
        Assert.InRange(Share(r => r.Type == EntityType.IndividualBusiness && r.RegisteredCapital is null), 0.35, 0.50);
        Assert.InRange(Share(r => r.EstablishedOn.Year >= 2015), 0.5, 0.85);
    }

    [Fact]
    public void Annual_reports_stay_within_the_reporting_years()
    {
        var generator = Generator(7);
        var reports = 0;
        var late = 0;
        foreach (var e in Rows20K.Value.Take(5000))
        {
            var list = generator.AnnualReports(e).ToList();
            Assert.Equal(list.Select(Describe), generator.AnnualReports(e).Select(Describe));
            foreach (var a in list)
            {
                reports++;
                Assert.Equal(e.Uscc, a.Uscc);
                Assert.InRange(a.Year, Math.Max(e.EstablishedOn.Year, Today.Year - 5), Today.Year - 1);
                Assert.Equal(a.Year + 1, a.FiledOn.Year);
                Assert.True(a.FiledOn <= Today);
                Assert.True(a.Employees >= 1);
                if (e.StatusDate is { } ended)
                {
                    Assert.True(a.Year < ended.Year && a.FiledOn < ended);
                }

                late += a.FiledOn.Month > 6 ? 1 : 0;
            }
        }

        Assert.True(reports > 10_000);
        Assert.InRange(late / (double)reports, 0.02, 0.07);
    }

    [Fact]
    public void Licences_fit_the_industry_and_match_the_tags()
    {
        var generator = Generator(7);
        var all = new List<LicenceRow>();
        foreach (var e in Rows20K.Value.Take(5000))
        {
            var licences = generator.Licences(e).ToList();
            Assert.Equal(licences.Select(l => l.Number), generator.Licences(e).Select(l => l.Number));
            Assert.Equal(e.Tags.Contains("食品经营者"), licences.Any(l => l.TypeCode == LicenceCatalogue.FoodOperation));
            foreach (var l in licences)
            {
                Assert.NotNull(LicenceCatalogue.Find(l.TypeCode));
                Assert.InRange(l.ValidFrom, e.EstablishedOn, e.StatusDate ?? Today);
                Assert.EndsWith("管理局", l.Issuer, StringComparison.Ordinal);
                if (l.TypeCode == LicenceCatalogue.FoodOperation)
                {
                    Assert.Matches(@"^JY[12]" + e.DivisionCode[..6] + @"\d{7}$", l.Number);
                    Assert.Contains(e.IndustryCode[..2], (string[])["52", "61", "62"]);
                }
            }

            all.AddRange(licences);
        }

        Assert.NotEmpty(all);
        var expiring = all.Where(l => l.ValidTo is { } to && to >= Today && to <= Today.AddDays(90)).ToList();
        Assert.NotEmpty(expiring);
        Assert.Contains(all, l => l.ValidTo < Today);
        Assert.InRange(all.Count(l => l.Commitment) / (double)all.Count, 0.25, 0.35);
        Assert.All(all.Where(l => l.ValidTo is not null && LicenceCatalogue.Find(l.TypeCode)!.ValidYears == 5),
            l => Assert.Equal(l.ValidFrom.AddYears(5).AddDays(-1), l.ValidTo));
    }

    [Fact]
    public void Csv_header_matches_the_columns()
    {
        var w = new StringWriter();
        EntityCsv.Write(w, Generator(5).Entities(3));
        var records = ParseCsv(w.ToString());
        Assert.Equal(EntityRow.Columns.Select(c => c.Header), records[0]);
        Assert.Equal(4, records.Count);
        Assert.All(records, r => Assert.Equal(EntityRow.Columns.Count, r.Count));
    }

    [Fact]
    public void Csv_quotes_fields_with_commas_quotes_and_line_breaks()
    {
        var row = Generator(5).Entities(1).Single() with
        {
            Name = "济南\"鑫源\",商贸有限公司",
            BusinessScope = "第一行\r\n第二行, 含逗号",
            RegNo = null,
            Tags = ["食品经营者", "小微企业"],
        };
        var w = new StringWriter();
        EntityCsv.Write(w, [row]);
        var records = ParseCsv(w.ToString());
        Assert.Equal(2, records.Count);
        var fields = records[1];
        Assert.Equal(row.Uscc, fields[0]);
        Assert.Equal(string.Empty, fields[1]);
        Assert.Equal(row.Name, fields[2]);
        Assert.Equal(EntityNames.Of(row.Type), fields[3]);
        Assert.Equal(row.EstablishedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), fields[7]);
        Assert.Equal(row.BusinessScope, fields[14]);
        Assert.Equal(EntityNames.Of(row.Status), fields[17]);
        Assert.Equal("食品经营者;小微企业", fields[19]);
    }

    [Fact]
    public void Rejects_unknown_or_non_county_divisions()
    {
        Assert.Throws<ArgumentException>(() => new EntityDatasetGenerator(1, ["999999"], Today));
        Assert.Throws<ArgumentException>(() => new EntityDatasetGenerator(1, ["370100"], Today));
        Assert.Throws<ArgumentException>(() => new EntityDatasetGenerator(1, [], Today));
    }

    [Fact]
    public void Town_codes_keep_the_town_and_use_the_county_in_codes()
    {
        var town = DivisionTable.Default.ChildrenOf("370102")[0];
        var rows = new EntityDatasetGenerator(9, [town.Code], Today).Entities(200).ToList();
        Assert.All(rows, r =>
        {
            Assert.Equal(town.Code, r.DivisionCode);
            Assert.Equal("370102", r.Uscc.Substring(2, 6));
            Assert.Contains(town.Name, r.RegisteredAddress, StringComparison.Ordinal);
        });
    }

    private static string Describe(AnnualReportRow a) => $"{a.Year}|{a.FiledOn}|{a.Employees}|{a.Phone}|{a.PaidInCapital}";

    private static string Csv(EntityRow row)
    {
        var w = new StringWriter();
        EntityCsv.Write(w, [row]);
        return w.ToString();
    }

    /// <summary>Minimal RFC 4180 parser: quoted fields, doubled quotes, CRLF record ends.</summary>
    private static List<List<string>> ParseCsv(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            records.Add(record);
        }

        return records;
    }
}

[Trait("Database", "none")] // pure: runs once, in the SQLite pass
public sealed class DatasetImportabilityTests
{
    [Fact]
    public void Every_generated_row_passes_the_registration_rules_so_generated_files_import()
    {
        var today = new DateOnly(2026, 11, 23);
        var generator = new Zhijian.Entities.Dataset.EntityDatasetGenerator(11, Zhijian.Entities.Dataset.EntityDatasetGenerator.JinanCounties, today);

        var failures = generator.Entities(5000)
            .Select(r => (r, Problems: Zhijian.Entities.Domain.EntityRules.Validate(new Zhijian.Entities.Domain.EntityInput(
                r.Uscc, r.RegNo, r.Name, r.Type, r.LegalRep, r.LegalRepId, r.RegisteredCapital, r.EstablishedOn, r.TermFrom, r.TermTo,
                r.RegisteredAddress, r.BusinessAddress, r.DivisionCode, r.IndustryCode, r.BusinessScope, r.RegistrationAuthority, r.Phone, r.Tags),
                today, Zhijian.Platform.Codes.DivisionTable.Default, Zhijian.Platform.Codes.IndustryTable.Default)))
            .Where(x => x.Problems.Count > 0)
            .Select(x => $"{x.r.Name}: {string.Join("；", x.Problems.Select(p => p.Message))}")
            .Take(5).ToList();

        Assert.Empty(failures);
    }
}
