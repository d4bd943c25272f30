using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Zhijian.Entities.Contracts;
using Zhijian.Entities.Data;
using Zhijian.Entities.Domain;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Privacy;
using Zhijian.Platform.Storage;

namespace Zhijian.Entities.Dataset;

/// <summary>
/// The demo registry: <c>Zhijian:Demo:Entities</c> generated entities (default 20,000) over 济南's 12 counties,
/// with their annual reports and licences, seeded once into an empty registry.
/// </summary>
internal static class DemoEntities
{
    public const int DefaultCount = 20_000;
    public const int Seed = 370100;

    public static async Task SeedAsync(IServiceProvider sp, CancellationToken ct)
    {
        var count = sp.GetRequiredService<IConfiguration>().GetValue("Zhijian:Demo:Entities", DefaultCount);
        var db = sp.GetRequiredService<EntitiesDbContext>();
        if (count <= 0 || await db.Entities.IgnoreQueryFilters().AnyAsync(ct)) return;

        var log = sp.GetRequiredService<ILoggerFactory>().CreateLogger("Zhijian.Entities.Demo");
        var personal = sp.GetRequiredService<PersonalData>();
        var clock = sp.GetRequiredService<TimeProvider>();
        var now = clock.GetUtcNow();
        var generator = new EntityDatasetGenerator(Seed, EntityDatasetGenerator.JinanCounties, clock.Today());
        var watch = Stopwatch.StartNew();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var batch = new List<(EntityRow Row, MarketEntity Entity)>(1000);
        var numbers = new HashSet<(string, string)>();
        var progress = sp.GetService<Zhijian.Platform.Demo.DemoSeedProgress>();
        var done = 0;
        progress?.Report("市场主体", 0, count);
        foreach (var row in generator.Entities(count))
        {
            batch.Add((row, WithRegistrationTimes(Features.Import.EntityImporter.ToEntity(row, personal, now), clock.Today())));
            if (batch.Count < 1000) continue;
            done += batch.Count;
            await FlushAsync(db, generator, batch, personal, numbers, ct);
            progress?.Report("市场主体", done, count);
        }

        await FlushAsync(db, generator, batch, personal, numbers, ct);
        progress?.Report("市场主体", count, count);
        db.Audit("entities.demo-seeded", "MarketEntity", "demo", null, new { Count = count, Seed }, "370100");
        await db.SaveChangesAsync(ct);
        log.LogInformation("Seeded {Count} demo entities in {Seconds:0.0} s", count, watch.Elapsed.TotalSeconds);
    }

    private static async Task FlushAsync(EntitiesDbContext db, EntityDatasetGenerator generator, List<(EntityRow Row, MarketEntity Entity)> batch,
        PersonalData personal, HashSet<(string, string)> numbers, CancellationToken ct)
    {
        if (batch.Count == 0) return;
        db.Entities.AddRange(batch.Select(b => b.Entity));
        await db.SaveChangesAsync(ct);
        foreach (var (row, entity) in batch)
        {
            db.Events.Add(new EntityEvent
            {
                EntityId = entity.Id,
                Kind = "registered",
                OccurredOn = entity.EstablishedOn,
                RecordedAt = entity.CreatedAt,
                Summary = $"设立登记：{entity.Name}",
                Actor = "demo",
                DivisionCode = entity.DivisionCode,
            });
            foreach (var r in generator.AnnualReports(row))
            {
                db.AnnualReports.Add(new AnnualReport
                {
                    EntityId = entity.Id,
                    Year = r.Year,
                    FiledOn = r.FiledOn,
                    Late = r.FiledOn > new DateOnly(r.Year + 1, 6, 30),
                    Employees = r.Employees,
                    PhoneCipher = personal.Protect(r.Phone),
                    PhoneMasked = r.Phone is null ? null : Masks.Phone(r.Phone),
                    Websites = r.Websites.Count == 0 ? null : string.Join('\n', r.Websites),
                    PaidInCapital = r.PaidInCapital,
                    DivisionCode = entity.DivisionCode,
                });
            }

            foreach (var l in generator.Licences(row))
            {
                db.Licences.Add(new Licence
                {
                    EntityId = entity.Id,
                    TypeCode = l.TypeCode,
                    Number = Unique(numbers, l.TypeCode, l.Number),
                    Issuer = l.Issuer,
                    ValidFrom = l.ValidFrom,
                    ValidTo = l.ValidTo,
                    Commitment = l.Commitment,
                    Status = entity.Status == Contracts.EntityStatus.Active ? "有效" : "注销",
                    DivisionCode = entity.DivisionCode,
                });
            }
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        batch.Clear();
    }

    /// <summary>
    /// The generator draws serial digits at random, so two demo licences of a type can share a number; real numbers are
    /// unique per type, so the later one takes the next free serial (last digit run incremented).
    /// </summary>
    private static string Unique(HashSet<(string, string)> used, string type, string number)
    {
        var candidate = number;
        var end = number.Length;
        while (end > 0 && !char.IsAsciiDigit(number[end - 1])) end--;
        var start = end;
        while (start > 0 && char.IsAsciiDigit(number[start - 1])) start--;
        for (var k = 1; !used.Add((type, candidate)); k++)
        {
            if (start == end) return number + "-" + k.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var width = end - start;
            var serial = (ulong.Parse(number[start..end], System.Globalization.CultureInfo.InvariantCulture) + (ulong)k) % (ulong)Math.Pow(10, Math.Min(width, 18));
            candidate = number[..start] + serial.ToString(new string('0', width), System.Globalization.CultureInfo.InvariantCulture) + number[end..];
        }

        return candidate;
    }

    /// <summary>
    /// 申请受理/执照发放 times, channel and name self-declaration for the demo enterprises set up since 2025 (earlier records
    /// predate these fields): deterministic from the USCC so the generator's own sequence is unchanged — about 86 % online,
    /// 91 % names self-declared, received 0–3 days before 核准, the licence issued the same day or the next.
    /// </summary>
    internal static MarketEntity WithRegistrationTimes(MarketEntity e, DateOnly today)
    {
        if (!EntityNames.IsEnterprise(e.Type) || e.EstablishedOn < new DateOnly(2025, 1, 1) || e.EstablishedOn > today) return e;
        var h = 2166136261u; // FNV-1a: stable across runs (string.GetHashCode is not)
        foreach (var c in e.Uscc) h = (h ^ c) * 16777619u;
        var china = TimeSpan.FromHours(8);
        var received = e.EstablishedOn.AddDays(-(int)(h % 4));
        var issued = h / 4 % 3 == 0 && e.EstablishedOn < today ? e.EstablishedOn.AddDays(1) : e.EstablishedOn;
        e.ApplicationReceivedAt = new DateTimeOffset(received.ToDateTime(new TimeOnly(9, (int)(h % 50))), china);
        e.LicenceIssuedAt = new DateTimeOffset(issued.ToDateTime(new TimeOnly(16, (int)(h / 7 % 50))), china);
        e.ApplicationChannel = h / 11 % 100 < 86 ? RegistrationChannel.Online : RegistrationChannel.Counter;
        e.NameSelfDeclared = h / 13 % 100 < 91;
        return e;
    }
}
