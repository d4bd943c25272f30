using System.Globalization;
using System.Text;
using Zhijian.Entities.Contracts;
using Zhijian.Platform.Codes;

namespace Zhijian.Entities.Dataset;

/// <summary>
/// Deterministic synthetic market entities for tests, demos and benchmarks. The same seed, divisions and
/// <c>today</c> give the same rows on every machine and .NET version (own SplitMix64 generator, FNV-1a for
/// per-entity seeds). <see cref="Entities"/> streams: only a set of 64-bit name hashes (for unique names)
/// grows with the row count, about 30 MB per million rows.
/// </summary>
internal sealed class EntityDatasetGenerator
{
    /// <summary>Jinan's 12 county-level divisions (GB/T 2260, 2024), the default spread.</summary>
    public static readonly IReadOnlyList<string> JinanCounties =
        ["370102", "370103", "370104", "370105", "370112", "370113", "370114", "370115", "370116", "370117", "370124", "370126"];

    private const ulong LicenceSalt = 0x4C4943454E434531UL;
    private const ulong ReportSalt = 0x5245504F52543131UL;
    private const ulong RunSalt = 0x454E544954494553UL;
    private const ulong OrgMask = (1UL << 39) - 1;
    private const string ScopeTail = "（依法须经批准的项目，经相关部门批准后方可开展经营活动）";

    private static readonly string TradeChars =
        "鑫华盛泰宏源德福兴隆祥瑞丰恒昌达信诚鼎嘉佳汇金安康润泽博睿众和顺通利美新宇天海永立正凯创尚卓越远鸿鹏峰辰泉明辉晟耀智联益沃骏腾皓航旭景齐鲁乐优品君豪铭锦圣启宸汉坤弘川浩";

    private static readonly string[] RoadStems =
    [
        "人民", "建设", "解放", "和平", "文化", "工业", "胜利", "新华", "中山", "幸福", "民生", "振兴", "花园", "青年", "光明",
        "朝阳", "长江", "黄河", "泰山", "泉城", "历山", "经一", "经二", "经七", "纬二", "纬六", "二环东", "工业南", "北园", "山师",
    ];

    private static readonly string[] RoadSuffixes = ["路", "路", "路", "街", "大街", "大道"];
    private static readonly string[] SoleForms = ["中心", "商行", "经营部", "工作室"];
    private static readonly string[] MobilePrefixes =
    [
        "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151", "152", "153", "155", "156", "157",
        "158", "159", "180", "181", "182", "183", "184", "185", "186", "187", "188", "189",
    ];

    private static readonly string[] FoodCategories = ["101", "102", "103", "104", "106", "107", "110", "111", "123", "124"];
    private static readonly string[] EquipmentKinds = ["梯", "容", "起", "锅", "车"];
    private static readonly string ChineseDigits = "零一二三四五六七八九";

    // ~55% 个体工商户, 33% 有限责任公司, then branches, sole proprietorships, cooperatives, partnerships …
    private static readonly (EntityType Type, int Weight)[] TypeWeights =
    [
        (EntityType.IndividualBusiness, 550), (EntityType.LimitedCompany, 330), (EntityType.Branch, 50),
        (EntityType.SoleProprietorship, 25), (EntityType.FarmerCooperative, 20), (EntityType.Partnership, 15),
        (EntityType.ForeignInvested, 5), (EntityType.JointStockCompany, 5),
    ];

    private readonly int seed;
    private readonly DateOnly today;
    private readonly DatasetPlace[] places;
    private readonly Dictionary<string, DatasetPlace> placeByCode;
    private readonly IndustryProfile[] enterpriseProfiles;
    private readonly IndustryProfile[] individualProfiles;
    private readonly IndustryProfile[] cooperativeProfiles;

    /// <param name="seed">Run seed.</param>
    /// <param name="divisionCodes">County (6-digit) or town (9-digit) codes the entities are spread over.</param>
    /// <param name="today">The generator's “today”: no date is later, annual reports end the year before.</param>
    public EntityDatasetGenerator(int seed, IReadOnlyList<string> divisionCodes, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(divisionCodes);
        if (divisionCodes.Count == 0)
        {
            throw new ArgumentException("至少需要一个行政区划代码", nameof(divisionCodes));
        }

        this.seed = seed;
        this.today = today;
        places = [.. divisionCodes.Select(c => DatasetPlace.Of(DivisionTable.Default, c.Trim()))];
        placeByCode = places.DistinctBy(p => p.DivisionCode).ToDictionary(p => p.DivisionCode, StringComparer.Ordinal);
        enterpriseProfiles = [.. IndustryProfiles.All.Where(p => p.Use.HasFlag(ProfileUse.Enterprise))];
        individualProfiles = [.. IndustryProfiles.All.Where(p => p.Use.HasFlag(ProfileUse.Individual))];
        cooperativeProfiles = [.. IndustryProfiles.All.Where(p => p.Use.HasFlag(ProfileUse.Cooperative))];
    }

    /// <summary>The given division codes, as used in <see cref="EntityRow.DivisionCode"/>.</summary>
    public IReadOnlyList<string> DivisionCodes => [.. places.Select(p => p.DivisionCode)];

    /// <summary>
    /// <paramref name="count"/> entities, generated lazily one at a time. Names are unique within the run:
    /// a clash is retried with other 字号 (2, then 3 characters), and only then gets a Chinese ordinal
    /// (个体工商户 “（二店）”, others “（二）”).
    /// </summary>
    public IEnumerable<EntityRow> Entities(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return Generate(count);
    }

    /// <summary>
    /// 年报 of an entity for the years max(成立年度, today.Year−5) … today.Year−1, filed Jan–Jun of the next year
    /// (about 4% later in that year, about 6% missing); none for the year an entity was deregistered, revoked or
    /// moved out, nor after. Deterministic per seed and USCC.
    /// </summary>
    public IEnumerable<AnnualReportRow> AnnualReports(EntityRow e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return Reports(e);
    }

    /// <summary>
    /// Licences fitting the entity's industry (<see cref="LicenceCatalogue"/>), valid 5 years where they expire,
    /// some expiring within 30/60/90 days of today and some expired; about 30% issued under 告知承诺.
    /// Deterministic per seed and USCC, and consistent with the entity's tags (食品经营者 …).
    /// </summary>
    public IEnumerable<LicenceRow> Licences(EntityRow e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return IssueLicences(e);
    }

    private IEnumerable<EntityRow> Generate(int count)
    {
        var rng = new DatasetRandom(DatasetRandom.Mix((ulong)(uint)seed ^ RunSalt));
        var orgKey = DatasetRandom.Mix((ulong)(uint)seed ^ 0x4F5247UL) & OrgMask;
        var names = new HashSet<ulong>();
        for (var i = 0; i < count; i++)
        {
            yield return Build(i, rng, orgKey, names);
        }
    }

    private EntityRow Build(int index, DatasetRandom rng, ulong orgKey, HashSet<ulong> names)
    {
        var type = PickType(rng);
        var place = places[rng.Next(places.Length)];
        var profile = PickProfile(rng, type);
        var industry = profile.Classes[rng.Next(profile.Classes.Count)];
        var established = EstablishedOn(rng, type);
        var uscc = Uscc.Build('9', EntityNames.UsccTypeChar(type), place.CountyCode, OrgBody((ulong)index, orgKey));
        var regNo = established < new DateOnly(2015, 10, 1) ? RegistrationNumber(place.CountyCode, (ulong)index, orgKey) : null;

        var male = rng.Chance(type == EntityType.IndividualBusiness ? 0.55 : 0.68);
        var surname = Surname(rng);
        var legalRep = surname + rng.Pick(male ? NameData.MaleGivenNames : NameData.FemaleGivenNames);
        var legalRepId = rng.Chance(0.97) ? ResidentNumber(rng, place.CountyCode, established, male) : null;

        var name = UniqueName(rng, names, type, place, profile, surname);
        var capital = Capital(rng, type);
        DateOnly? termTo = null;
        if (type is EntityType.LimitedCompany or EntityType.JointStockCompany or EntityType.ForeignInvested
            or EntityType.Partnership or EntityType.SoleProprietorship && rng.Chance(0.45))
        {
            var end = established.AddYears(rng.Pick([20, 30, 50]));
            termTo = end > today ? end.AddDays(-1) : null;
        }

        var address = Address(rng, place, type);
        var r = rng.NextDouble();
        var businessAddress = r < 0.65 ? address : r < 0.9 ? null : Address(rng, place, type);
        var scope = type == EntityType.Branch ? "在隶属企业经营范围内从事经营活动：" + profile.Scope + ScopeTail : profile.Scope + ScopeTail;
        var phone = rng.Chance(0.08) ? null : Phone(rng, place, type);
        var (status, statusDate) = Status(rng, established);

        var licenceRng = DatasetRandom.For(seed, uscc, LicenceSalt);
        var licences = ChooseLicences(licenceRng, profile);
        var tags = new List<string>(3);
        if (licences.Contains(LicenceCatalogue.FoodOperation))
        {
            tags.Add("食品经营者");
        }

        if (licences.Contains(LicenceCatalogue.FoodProduction))
        {
            tags.Add("食品生产者");
        }

        if (licences.Contains(LicenceCatalogue.SpecialEquipmentUse))
        {
            tags.Add("特种设备使用单位");
        }

        if (type is EntityType.LimitedCompany or EntityType.SoleProprietorship or EntityType.Partnership
            && capital is null or <= 1000m && rng.Chance(0.6))
        {
            tags.Add("小微企业");
        }

        return new EntityRow(uscc, regNo, name, type, legalRep, legalRepId, capital, established, established, termTo,
            address, businessAddress, place.DivisionCode, industry, scope, place.CountyAuthority, phone, status, statusDate, tags);
    }

    private static EntityType PickType(DatasetRandom rng)
    {
        var n = rng.Next(1000);
        foreach (var (type, weight) in TypeWeights)
        {
            if (n < weight)
            {
                return type;
            }

            n -= weight;
        }

        return EntityType.LimitedCompany;
    }

    private IndustryProfile PickProfile(DatasetRandom rng, EntityType type)
    {
        var list = type switch
        {
            EntityType.IndividualBusiness => individualProfiles,
            EntityType.FarmerCooperative => cooperativeProfiles,
            _ => enterpriseProfiles,
        };
        var total = 0;
        foreach (var p in list)
        {
            total += p.Weight;
        }

        var n = rng.Next(total);
        foreach (var p in list)
        {
            if (n < p.Weight)
            {
                return p;
            }

            n -= p.Weight;
        }

        return list[^1];
    }

    /// <summary>1995-01-01 … today, denser towards today (individual businesses more so: they churn).</summary>
    private DateOnly EstablishedOn(DatasetRandom rng, EntityType type)
    {
        var start = new DateOnly(1995, 1, 1);
        var span = today.DayNumber - start.DayNumber;
        var k = type == EntityType.IndividualBusiness ? 0.4 : 0.55;
        var offset = (int)(span * Math.Pow(rng.NextDouble(), k));
        return start.AddDays(Math.Min(offset, span));
    }

    /// <summary>8-character organisation body: a seed-keyed bijection of the row index over 2^39, in the USCC alphabet.</summary>
    private static string OrgBody(ulong index, ulong key)
    {
        var x = Permute(index, key);
        Span<char> body = stackalloc char[8];
        for (var i = 7; i >= 0; i--)
        {
            body[i] = Uscc.Alphabet[(int)(x % 31)];
            x /= 31;
        }

        return new string(body);
    }

    private static ulong Permute(ulong x, ulong key)
    {
        // every step is invertible modulo 2^39, so distinct indexes give distinct bodies (31^8 > 2^39)
        x = (x + key) & OrgMask;
        x = (x * 0x5DEECE66DUL) & OrgMask;
        x ^= x >> 19;
        x = (x * 0x2545F4914FUL) & OrgMask;
        x ^= x >> 17;
        return (x + (key >> 7)) & OrgMask;
    }

    /// <summary>15-digit 注册号: 6-digit authority code + 8-digit sequence + ISO 7064 MOD 11,10 check digit.</summary>
    private static string RegistrationNumber(string countyCode, ulong index, ulong key)
    {
        var seq = (Permute(index, key ^ 0x2A2A) % 100_000_000UL).ToString("D8", CultureInfo.InvariantCulture);
        var first14 = countyCode + seq;
        var p = 10;
        foreach (var c in first14)
        {
            var s = (p + (c - '0')) % 10;
            p = (s == 0 ? 10 : s) * 2 % 11;
        }

        return first14 + (char)('0' + ((11 - p) % 10));
    }

    private static string Surname(DatasetRandom rng)
    {
        // frequency order: the front of the list is drawn far more often
        var u = rng.NextDouble();
        return NameData.Surnames[(int)(NameData.Surnames.Length * u * u)];
    }

    /// <summary>GB 11643 number: county address code, birth making the person 22–70 today and ≥ 18 at establishment.</summary>
    private string ResidentNumber(DatasetRandom rng, string countyCode, DateOnly established, bool male)
    {
        var lower = today.AddYears(-70).AddDays(1);
        var upper = today.AddYears(-22);
        var adult = established.AddYears(-18);
        if (adult < upper)
        {
            upper = adult < lower ? lower : adult;
        }

        var birth = lower.AddDays(rng.Next(upper.DayNumber - lower.DayNumber + 1));
        var seq = (rng.Next(499) * 2) + (male ? 1 : 2);
        var first17 = countyCode + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture)
            + seq.ToString("D3", CultureInfo.InvariantCulture);
        return first17 + ResidentId.ComputeCheckChar(first17);
    }

    private static string UniqueName(DatasetRandom rng, HashSet<ulong> names, EntityType type, DatasetPlace place,
        IndustryProfile profile, string surname)
    {
        string name = string.Empty;
        for (var attempt = 0; attempt < 6; attempt++)
        {
            name = ComposeName(rng, type, place, profile, surname, attempt);
            if (names.Add(DatasetRandom.Fnv1a(name)))
            {
                return name;
            }
        }

        // still taken: a Chinese ordinal (rare; individual businesses read as another shop of the same owner)
        var open = name.EndsWith('）') && type != EntityType.IndividualBusiness ? name[..name.LastIndexOf('（')] : name;
        var close = type != EntityType.IndividualBusiness && open.Length != name.Length ? name[open.Length..] : string.Empty;
        for (var n = 2; ; n++)
        {
            var ordinal = type == EntityType.IndividualBusiness ? $"（{ChineseNumber(n)}店）" : $"（{ChineseNumber(n)}）";
            var candidate = open + ordinal + close;
            if (names.Add(DatasetRandom.Fnv1a(candidate)))
            {
                return candidate;
            }
        }
    }

    private static string ComposeName(DatasetRandom rng, EntityType type, DatasetPlace place, IndustryProfile profile,
        string surname, int attempt)
    {
        var trade = TradeName(rng, attempt < 3 ? 2 : 3);
        var word = rng.Pick(profile.Words);
        var prefix = rng.Chance(0.6) ? place.CityShort : place.CityShort + place.CountyShort;
        return type switch
        {
            EntityType.IndividualBusiness => attempt == 0 && rng.Chance(0.6)
                ? place.CountyName + surname + (rng.Chance(0.8) ? "记" : "氏") + rng.Pick(profile.ShopWords)
                : place.CountyName + trade + rng.Pick(profile.ShopWords),
            EntityType.FarmerCooperative => place.CountyName + trade + rng.Pick(profile.ShopWords.Where(w => w.EndsWith("合作社", StringComparison.Ordinal)).DefaultIfEmpty("种植专业合作社").ToArray()),
            EntityType.JointStockCompany => (rng.Chance(0.5) ? place.ProvinceShort : place.CityShort) + trade + word + "股份有限公司",
            EntityType.SoleProprietorship => prefix + trade + word + rng.Pick(SoleForms),
            EntityType.Partnership => prefix + trade + word + (rng.Chance(0.7) ? "合伙企业（有限合伙）" : "合伙企业（普通合伙）"),
            EntityType.Branch => rng.Chance(0.5)
                ? place.ProvinceShort + trade + word + "有限公司" + place.CityShort + place.CountyShort + "分公司"
                : place.CityShort + trade + word + "有限公司" + place.CountyShort + "分公司",
            _ => prefix + trade + word + "有限公司",
        };
    }

    private static string TradeName(DatasetRandom rng, int length)
    {
        var sb = new StringBuilder(length);
        while (sb.Length < length)
        {
            var c = TradeChars[rng.Next(TradeChars.Length)];
            if (sb.Length == 0 || sb[^1] != c)
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>Chinese numeral for 1 … 9999 (二, 十二, 一百零五); larger numbers in Arabic digits.</summary>
    internal static string ChineseNumber(int n)
    {
        if (n is < 1 or > 9999)
        {
            return n.ToString(CultureInfo.InvariantCulture);
        }

        if (n is >= 10 and < 20)
        {
            return "十" + (n == 10 ? string.Empty : ChineseDigits[n - 10].ToString());
        }

        var units = new[] { "千", "百", "十", string.Empty };
        var digits = new[] { n / 1000, n / 100 % 10, n / 10 % 10, n % 10 };
        var sb = new StringBuilder();
        var zero = false;
        for (var i = 0; i < 4; i++)
        {
            if (digits[i] == 0)
            {
                zero = sb.Length > 0;
                continue;
            }

            if (zero)
            {
                sb.Append('零');
                zero = false;
            }

            sb.Append(ChineseDigits[digits[i]]).Append(units[i]);
        }

        return sb.ToString();
    }

    /// <summary>注册资本（万元）, log-normal by type and rounded as registrations are; none for branches, mostly none for 个体.</summary>
    private static decimal? Capital(DatasetRandom rng, EntityType type)
    {
        var (mu, sigma) = type switch
        {
            EntityType.Branch => (0.0, 0.0),
            EntityType.IndividualBusiness => rng.Chance(0.78) ? (0.0, 0.0) : (Math.Log(5), 0.8),
            EntityType.JointStockCompany => (Math.Log(3000), 1.0),
            EntityType.ForeignInvested => (Math.Log(500), 1.2),
            EntityType.Partnership => (Math.Log(500), 1.5),
            EntityType.SoleProprietorship => (Math.Log(30), 1.0),
            EntityType.FarmerCooperative => (Math.Log(100), 1.0),
            _ => (Math.Log(100), 1.3),
        };
        if (mu == 0.0)
        {
            return null;
        }

        var v = Math.Exp(mu + (sigma * rng.Normal()));
        var step = v switch { < 10 => 1.0, < 100 => 5.0, < 1000 => 50.0, < 10000 => 100.0, _ => 1000.0 };
        return (decimal)Math.Max(1.0, Math.Round(v / step) * step);
    }

    private static string Address(DatasetRandom rng, DatasetPlace place, EntityType type)
    {
        var road = rng.Pick(RoadStems) + rng.Pick(RoadSuffixes);
        var number = rng.Between(1, 2999).ToString(CultureInfo.InvariantCulture) + "号";
        var extra = type == EntityType.IndividualBusiness
            ? (rng.Chance(0.4) ? "商铺" : string.Empty)
            : rng.Next(3) switch
            {
                0 => string.Empty,
                1 => $"{rng.Between(1, 30)}号楼{rng.Between(1, 28)}层{rng.Between(1, 30):D2}室",
                _ => $"{rng.Between(1, 6)}号楼{rng.Between(101, 2610)}室",
            };
        return place.FullName + road + number + extra;
    }

    private static string Phone(DatasetRandom rng, DatasetPlace place, EntityType type)
    {
        var mobile = place.AreaCode is null || rng.Chance(type == EntityType.IndividualBusiness ? 0.85 : 0.55);
        if (mobile)
        {
            return rng.Pick(MobilePrefixes) + rng.Next(100_000_000).ToString("D8", CultureInfo.InvariantCulture);
        }

        return place.AreaCode + "-" + rng.Between(5, 8).ToString(CultureInfo.InvariantCulture)
            + rng.Next(10_000_000).ToString("D7", CultureInfo.InvariantCulture);
    }

    /// <summary>~88% 存续, 7% 注销, 3% 吊销, 2% 迁出; the status date is after establishment and not after today.</summary>
    private (EntityStatus Status, DateOnly? Date) Status(DatasetRandom rng, DateOnly established)
    {
        var r = rng.Next(100);
        var status = r switch
        {
            < 88 => EntityStatus.Active,
            < 95 => EntityStatus.Deregistered,
            < 98 => EntityStatus.Revoked,
            _ => EntityStatus.MovedOut,
        };
        if (status == EntityStatus.Active || established >= today)
        {
            return (EntityStatus.Active, null);
        }

        var minGap = status == EntityStatus.Revoked ? 400 : 30;
        var from = established.AddDays(Math.Min(minGap, today.DayNumber - established.DayNumber));
        var date = from.AddDays(rng.Next(today.DayNumber - from.DayNumber + 1));
        return (status, date <= established ? established.AddDays(1) : date);
    }

    private static List<string> ChooseLicences(DatasetRandom rng, IndustryProfile? profile)
    {
        var result = new List<string>(2);
        if (profile is null)
        {
            return result;
        }

        foreach (var (code, p) in profile.Licences)
        {
            if (rng.Chance(p))
            {
                result.Add(code);
            }
        }

        return result;
    }

    private DatasetPlace PlaceOf(EntityRow e) =>
        placeByCode.TryGetValue(e.DivisionCode, out var p) ? p : DatasetPlace.Of(DivisionTable.Default, e.DivisionCode);

    private IEnumerable<LicenceRow> IssueLicences(EntityRow e)
    {
        var profile = IndustryProfiles.ForCode(e.IndustryCode);
        var rng = DatasetRandom.For(seed, e.Uscc, LicenceSalt);
        var codes = ChooseLicences(rng, profile);
        if (codes.Count == 0)
        {
            yield break;
        }

        var place = PlaceOf(e);
        foreach (var code in codes)
        {
            var type = LicenceCatalogue.Find(code)!;
            var (from, to) = e.StatusDate is { } ended
                ? IssuedBefore(rng, e.EstablishedOn, ended, type.ValidYears)
                : Validity(rng, e.EstablishedOn, type.ValidYears);
            var (number, issuer) = LicenceNumber(rng, code, place, profile!, from);
            yield return new LicenceRow(e.Uscc, code, number, issuer, from, to, rng.Chance(0.3));
        }
    }

    /// <summary>An entity no longer in business: the licence was issued between establishment and the status date.</summary>
    private static (DateOnly From, DateOnly? To) IssuedBefore(DatasetRandom rng, DateOnly established, DateOnly ended, int? years)
    {
        var from = established.AddDays(rng.Next(Math.Max(0, ended.DayNumber - established.DayNumber) + 1));
        return (from, years is { } y ? from.AddYears(y).AddDays(-1) : null);
    }

    private (DateOnly From, DateOnly? To) Validity(DatasetRandom rng, DateOnly established, int? years)
    {
        if (years is not { } y)
        {
            return (established.AddDays(rng.Next(today.DayNumber - established.DayNumber + 1)), null);
        }

        var r = rng.NextDouble();
        DateOnly? to = r switch
        {
            < 0.04 => today.AddDays(rng.Between(0, 30)),
            < 0.08 => today.AddDays(rng.Between(31, 60)),
            < 0.12 => today.AddDays(rng.Between(61, 90)),
            < 0.20 => today.AddDays(-rng.Between(1, 720)),
            _ => null,
        };
        if (to is { } t && t.AddDays(1).AddYears(-y) is var f && f >= established && f <= today)
        {
            return (f, t);
        }

        // current licence, not expiring within 90 days
        var lowest = today.AddYears(-y).AddDays(92);
        var low = established > lowest ? established : lowest;
        var from = low.AddDays(rng.Next(Math.Max(0, today.DayNumber - low.DayNumber) + 1));
        return (from, from.AddYears(y).AddDays(-1));
    }

    private static (string Number, string Issuer) LicenceNumber(DatasetRandom rng, string code, DatasetPlace place,
        IndustryProfile profile, DateOnly from)
    {
        string Digits(int n) => rng.NextULong().ToString("D20", CultureInfo.InvariantCulture)[^n..];
        var year = from.Year.ToString(CultureInfo.InvariantCulture);
        var cityAbbr = place.CityShort[..1];
        return code switch
        {
            LicenceCatalogue.FoodOperation =>
                ("JY" + (profile.Prefix is "62" or "61" ? "2" : "1") + place.CountyCode + Digits(7), place.CountyAuthority),
            LicenceCatalogue.FoodProduction =>
                ("SC" + rng.Pick(FoodCategories) + place.CountyCode + Digits(5), place.CityAuthority),
            LicenceCatalogue.DrugOperation => profile.Prefix == "515"
                ? (place.ProvinceAbbr + "AA" + AreaDigits(place) + Digits(4), place.ProvinceDrugAuthority)
                : (place.ProvinceAbbr + "DA" + AreaDigits(place) + Digits(4), place.CityAuthority),
            LicenceCatalogue.DeviceOperation =>
                ($"{place.ProvinceAbbr}{cityAbbr}市监械经营许{year}{Digits(4)}号", place.CityAuthority),
            LicenceCatalogue.DeviceRecord =>
                ($"{place.ProvinceAbbr}{cityAbbr}市监械经营备{year}{Digits(4)}号", place.CityAuthority),
            LicenceCatalogue.IndustrialProduct =>
                ($"（{place.ProvinceAbbr}）XK{rng.Between(1, 31):D2}-{Digits(3)}-{Digits(5)}", place.ProvinceAuthority),
            LicenceCatalogue.SpecialEquipmentUse =>
                ($"{rng.Pick(EquipmentKinds)}{rng.Between(10, 39)}{place.ProvinceAbbr}A{Digits(5)}({year[2..]})", place.CityAuthority),
            _ => (year + place.CountyCode[..2] + Digits(6), place.ProvinceAuthority),
        };
    }

    private static string AreaDigits(DatasetPlace place) =>
        place.AreaCode is { } a ? a.TrimStart('0').PadRight(3, '0')[..3] : place.CountyCode.Substring(1, 3);

    private IEnumerable<AnnualReportRow> Reports(EntityRow e)
    {
        var rng = DatasetRandom.For(seed, e.Uscc, ReportSalt);
        var first = Math.Max(e.EstablishedOn.Year, today.Year - 5);
        for (var year = first; year <= today.Year - 1; year++)
        {
            if (e.Status != EntityStatus.Active && e.StatusDate is { } ended && ended.Year <= year)
            {
                yield break;
            }

            var missing = rng.Chance(0.06);
            var late = rng.Chance(0.04);
            var day = late ? rng.Between(0, 183) : (int)(180 * Math.Pow(rng.NextDouble(), 0.6));
            var filed = late ? new DateOnly(year + 1, 7, 1).AddDays(day) : new DateOnly(year + 1, 1, 1).AddDays(day);
            var employees = e.Type switch
            {
                EntityType.IndividualBusiness => rng.Between(1, 5),
                EntityType.FarmerCooperative => rng.Between(5, 60),
                _ => Math.Max(1, (int)Math.Exp(Math.Log(8) + rng.Normal())),
            };
            var phone = rng.Chance(0.9) ? e.Phone : null;
            IReadOnlyList<string> websites = rng.Chance(0.04) ? [$"www.{e.Uscc.Substring(8, 8).ToLowerInvariant()}.cn"] : [];
            var paidPercent = rng.Pick([0, 20, 50, 100, 100]);
            if (missing || filed > today || (e.StatusDate is { } d && filed >= d))
            {
                continue;
            }

            decimal? paid = e.RegisteredCapital is { } c && e.Type != EntityType.IndividualBusiness ? Math.Round(c * paidPercent / 100m, 2) : null;
            yield return new AnnualReportRow(e.Uscc, year, filed, employees, phone, websites, paid);
        }
    }
}
