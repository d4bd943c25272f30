using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.FoodSafety.Data;
using Zhijian.FoodSafety.Domain;
using Zhijian.FoodSafety.Domain.Trace;
using Zhijian.Platform.Identity;

namespace Zhijian.FoodSafety.Features.Demo;

/// <summary>
/// The 济南 追溯 network from the food businesses (registry entities with USCCs): producers, an importer, a cold store, two
/// wholesale markets with 40 stalls (half run by persons without a USCC), supermarkets and canteens; 5,000 batches of meat,
/// seafood and vegetables over the last four months (one in five an imported cold-chain batch with its four documents, a
/// few missing one), shipped and received down to the stalls and sold, with cutting/repacking of three lots into one every
/// 40th batch. Scaled to the registry (≈1.6 batches per food business); nothing when there are no food businesses or parties
/// exist. Bulk inserts without per-row audit, a fixed seed and the app's clock.
/// </summary>
internal static class DemoTrace
{
    private sealed record Product(string Name, string Category, string Gtin12, bool Imported, string Origin, string Uom);

    private static readonly Product[] Products =
    [
        new("冷鲜猪肉（白条）", "33", "690123400001", false, "370124", "KGM"),
        new("鲜牛肉", "33", "690123400002", false, "150102", "KGM"),
        new("鸡胸肉", "33", "690123400003", false, "370181", "KGM"),
        new("鲜活草鱼", "33", "690123400004", false, "370126", "KGM"),
        new("大白菜", "33", "690123400005", false, "370112", "KGM"),
        new("西红柿", "33", "690123400006", false, "370124", "KGM"),
        new("韭菜", "33", "690123400007", false, "370114", "KGM"),
        new("冷冻牛肉（进口）", "33", "690123400008", true, "BR", "KGM"),
        new("冷冻白虾（进口）", "33", "690123400009", true, "EC", "KGM"),
        new("冰鲜三文鱼（进口）", "33", "690123400010", true, "NO", "KGM"),
    ];

    public static async Task SeedAsync(IServiceProvider root, CancellationToken ct)
    {
        using var scope = root.CreateScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<ActorContext>().UseSystem();
        var db = sp.GetRequiredService<FoodSafetyDbContext>();
        if (await db.TraceParties.AnyAsync(ct)) return;
        var food = await db.Businesses.IgnoreQueryFilters().AsNoTracking().Where(b => b.Active)
            .OrderBy(b => b.Id).Select(b => new { b.Uscc, b.Name, b.Type, b.DivisionCode, b.Premises }).ToListAsync(ct);
        if (food.Count < 10) return;

        var clock = sp.GetRequiredService<TimeProvider>();
        var now = clock.GetUtcNow();
        var rnd = new Random(20261206);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var parties = new List<TraceParty>();
        TraceParty Party(TracePartyKind kind, Func<FoodBusinessType, bool> type, string? suffix = null)
        {
            var b = food.FirstOrDefault(f => type(f.Type) && !used.Contains(f.Uscc)) ?? food.First(f => !used.Contains(f.Uscc));
            used.Add(b.Uscc);
            var p = new TraceParty
            {
                PartyId = TraceIds.PartyPrefix + b.Uscc,
                Kind = kind,
                Uscc = b.Uscc,
                Name = b.Name + (suffix ?? ""),
                DivisionCode = b.DivisionCode,
                Address = b.Premises.Length > 0 ? b.Premises : null,
                CreatedAt = now,
                UpdatedAt = now,
            };
            parties.Add(p);
            return p;
        }

        var scale = Math.Clamp(food.Count / 75, 2, 40);
        var producers = Enumerable.Range(0, Math.Min(6, 2 + scale / 8)).Select(_ => Party(TracePartyKind.Producer, t => t == FoodBusinessType.Production)).ToList();
        var importer = Party(TracePartyKind.Importer, t => t == FoodBusinessType.Sales);
        var coldStore = Party(TracePartyKind.ColdStore, t => t == FoodBusinessType.Sales, "（冷库）");
        var markets = new[] { Party(TracePartyKind.WholesaleMarket, t => t == FoodBusinessType.Sales, "（批发市场）"), Party(TracePartyKind.WholesaleMarket, t => t == FoodBusinessType.Sales, "（批发市场）") };
        var supermarkets = Enumerable.Range(0, Math.Min(3, 1 + scale / 10)).Select(_ => Party(TracePartyKind.Supermarket, t => t == FoodBusinessType.Sales)).ToList();
        var canteens = Enumerable.Range(0, Math.Min(2, 1 + scale / 20)).Select(_ => Party(TracePartyKind.Canteen, t => t == FoodBusinessType.Canteen)).ToList();
        db.TraceParties.AddRange(parties);
        await db.SaveChangesAsync(ct);

        string[] surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"];
        var stalls = new List<TraceParty>();
        for (var i = 0; i < scale; i++)
        {
            var market = markets[i % 2];
            var no = string.Create(CultureInfo.InvariantCulture, $"A{i / 2 + 1:D2}");
            var person = i % 2 == 1;
            var b = person ? null : food.FirstOrDefault(f => (f.Type is FoodBusinessType.Vendor or FoodBusinessType.PrepackagedSales or FoodBusinessType.Sales) && !used.Contains(f.Uscc));
            if (b is not null) used.Add(b.Uscc);
            stalls.Add(new TraceParty
            {
                PartyId = $"{market.PartyId}:{no}",
                Kind = TracePartyKind.Stall,
                Uscc = b?.Uscc,
                Name = b?.Name ?? $"{market.Name.Replace("（批发市场）", "", StringComparison.Ordinal)} {no} 号摊位",
                OperatorName = b is null ? surnames[i % surnames.Length] + (i % 3 == 0 ? "建国" : i % 3 == 1 ? "秀英" : "军") : null,
                DivisionCode = market.DivisionCode,
                Address = market.Address,
                ParentId = market.Id,
                CreatedAt = now,
                UpdatedAt = now,
            });
        }

        db.TraceParties.AddRange(stalls);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();

        var target = Math.Min(5000, Math.Max(50, food.Count * 5 / 3));
        var start = now.AddDays(-120);
        var chain = new Chain(db, now);
        var recent = new List<(TraceBatch Batch, TraceParty At)>();
        for (var n = 0; n < target; n++)
        {
            var product = Products[rnd.Next(Products.Length)];
            var t = start.AddMinutes(rnd.Next(0, 118 * 24 * 60));
            var lot = t.ToString("yyMMdd", CultureInfo.InvariantCulture) + string.Create(CultureInfo.InvariantCulture, $"{n:D5}");
            var gtin = "0" + product.Gtin12 + TraceIds.CheckDigit("0" + product.Gtin12).ToString(CultureInfo.InvariantCulture);
            var batch = new TraceBatch
            {
                BatchKey = $"01/{gtin}/10/{lot}",
                Gtin = gtin,
                Lot = lot,
                ProductName = product.Name,
                CategoryCode = product.Category,
                Origin = product.Origin,
                Imported = product.Imported,
                FirstSeenAt = t,
            };
            var qty = rnd.Next(200, 2000);
            TraceParty first;
            if (product.Imported)
            {
                first = coldStore;
                var missing = n % 37 == 5 ? rnd.Next(4) : -1;
                batch.Complete = missing < 0;
                batch.DivisionCode = coldStore.DivisionCode;
                chain.Begin(batch, coldStore);
                var e = chain.Event(TraceStep.Receiving, t, coldStore, importer, null, $"{batch.BatchKey} {qty}KGM");
                e.ColdChainImport = true;
                e.CustomsDeclarationNo = missing == 0 ? null : string.Create(CultureInfo.InvariantCulture, $"4201{t:yyyy}{n:D10}");
                e.QuarantineCertNo = missing == 1 ? null : string.Create(CultureInfo.InvariantCulture, $"JY{t:yyyyMMdd}{n:D5}");
                e.DisinfectionCertNo = missing == 2 ? null : string.Create(CultureInfo.InvariantCulture, $"XD{t:yyyyMMdd}{n:D5}");
                e.NucleicAcidProofNo = missing == 3 ? null : string.Create(CultureInfo.InvariantCulture, $"HS{t:yyyyMMdd}{n:D5}");
                e.DocumentsMissing = missing >= 0;
                chain.Received(batch, coldStore, qty, "KGM", t);
            }
            else
            {
                first = producers[rnd.Next(producers.Count)];
                batch.Complete = true;
                batch.DivisionCode = first.DivisionCode;
                chain.Begin(batch, first);
                chain.Event(TraceStep.Commissioning, t, first, null, null, $"{batch.BatchKey} {qty}KGM");
            }

            // Down the chain: to a wholesale market (imports via the cold store), then to one to three stalls or a supermarket/canteen.
            var market = markets[rnd.Next(2)];
            t = t.AddHours(rnd.Next(4, 30));
            if (t > now) t = now;
            chain.Move(batch, first, market, qty, t);
            var buyers = 1 + rnd.Next(3);
            var left = qty;
            for (var k = 0; k < buyers; k++)
            {
                var mine = stalls.Where(s => s.ParentId == market.Id).ToList();
                var to = rnd.Next(6) == 0 ? (rnd.Next(2) == 0 ? supermarkets[rnd.Next(supermarkets.Count)] : canteens[rnd.Next(canteens.Count)]) : mine[rnd.Next(mine.Count)];
                var part = k == buyers - 1 ? left : left / (buyers - k) / 2 + 1;
                left -= part;
                var at = t.AddHours(2 + k);
                if (at > now) at = now;
                chain.Move(batch, market, to, part, at);
                if (to.Kind == TracePartyKind.Stall && at.AddHours(6) < now) chain.Event(TraceStep.Selling, at.AddHours(6), to, null, null, $"{batch.BatchKey} {part}KGM");
                recent.Add((batch, to));
            }

            // Cutting/repacking: every 40th batch, three lots held at one stall or supermarket become one batch.
            if (n % 40 == 39 && recent.Count >= 3)
            {
                var (_, where) = recent[^1];
                var inputs = recent.Where(r => r.At == where).TakeLast(3).Select(r => r.Batch).Distinct().ToList();
                if (inputs.Count >= 2)
                {
                    var tt = (t.AddHours(8) > now ? now : t.AddHours(8));
                    var code = string.Create(CultureInfo.InvariantCulture, $"JN{tt:yyMMdd}{n:D6}");
                    var output = new TraceBatch
                    {
                        BatchKey = "zj/" + code,
                        TraceCode = code,
                        ProductName = "分切" + inputs[0].ProductName.Replace("（进口）", "", StringComparison.Ordinal),
                        CategoryCode = inputs[0].CategoryCode,
                        Origin = inputs[0].Origin,
                        Complete = inputs.All(b => b.Complete),
                        DivisionCode = where.DivisionCode,
                        FirstSeenAt = tt,
                    };
                    chain.Begin(output, where);
                    chain.Transform(inputs, output, where, tt);
                }
            }

            if (recent.Count > 200) recent.RemoveRange(0, 100);
            if (chain.Pending >= 4000)
            {
                await chain.FlushAsync(ct);
                recent.Clear();
            }
        }

        await chain.FlushAsync(ct);
    }

    /// <summary>Rows of the demo network, written in chunks.</summary>
    private sealed class Chain(FoodSafetyDbContext db, DateTimeOffset now)
    {
        private readonly Dictionary<(TraceBatch, long), TraceHolding> _holdings = [];
        private readonly List<(TraceBatch, TraceHolding)> _origins = [];
        private int _seq;

        public int Pending { get; private set; }

        public void Begin(TraceBatch batch, TraceParty at)
        {
            db.TraceBatches.Add(batch);
            _origins.Add((batch, Holding(batch, at)));
        }

        public TraceEvent Event(TraceStep step, DateTimeOffset at, TraceParty where, TraceParty? source, TraceParty? destination, string what)
        {
            var id = "urn:uuid:" + new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"zhijian-demo-trace-{++_seq}")))[..16]).ToString();
            var e = new TraceEvent
            {
                EventId = id,
                ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id))),
                Transformation = step == TraceStep.Transforming,
                Action = step switch { TraceStep.Commissioning => "ADD", TraceStep.Transforming => null, _ => "OBSERVE" },
                Step = step,
                EventTime = at,
                TimeZoneOffset = "+08:00",
                LocationPartyId = where.Id,
                SourcePartyId = source?.Id,
                DestinationPartyId = destination?.Id,
                DivisionCode = where.DivisionCode,
                What = what,
                RecordedAt = now,
                RecordedBy = "系统（演示数据）",
            };
            db.TraceEvents.Add(e);
            Pending++;
            return e;
        }

        public void Received(TraceBatch batch, TraceParty at, decimal qty, string unit, DateTimeOffset when)
        {
            var h = Holding(batch, at);
            h.QuantityReceived = (h.QuantityReceived ?? 0) + qty;
            h.Unit = unit;
            h.FirstReceivedAt ??= when;
        }

        public void Move(TraceBatch batch, TraceParty from, TraceParty to, decimal qty, DateTimeOffset at)
        {
            var ship = Event(TraceStep.Shipping, at, from, null, to, $"{batch.BatchKey} {qty}KGM");
            Event(TraceStep.Receiving, at.AddHours(1), to, from, null, $"{batch.BatchKey} {qty}KGM");
            Received(batch, to, qty, "KGM", at.AddHours(1));
            db.TraceLinks.Add(new TraceLink { FromHolding = Holding(batch, from), ToHolding = Holding(batch, to), At = at, Quantity = qty, Event = ship });
        }

        public void Transform(IReadOnlyList<TraceBatch> inputs, TraceBatch output, TraceParty at, DateTimeOffset when)
        {
            var e = Event(TraceStep.Transforming, when, at, null, null, string.Join("；", inputs.Select(b => b.BatchKey)) + " → " + output.BatchKey);
            foreach (var input in inputs) db.TraceLinks.Add(new TraceLink { FromHolding = Holding(input, at), ToHolding = Holding(output, at), Transform = true, At = when, Event = e });
        }

        private TraceHolding Holding(TraceBatch batch, TraceParty party)
        {
            if (_holdings.TryGetValue((batch, party.Id), out var h)) return h;
            h = new TraceHolding { Batch = batch, PartyId = party.Id };
            db.TraceHoldings.Add(h);
            _holdings[(batch, party.Id)] = h;
            return h;
        }

        public async Task FlushAsync(CancellationToken ct)
        {
            await db.SaveChangesAsync(ct);
            foreach (var (b, h) in _origins) b.OriginHoldingId = h.Id;
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            _holdings.Clear();
            _origins.Clear();
            Pending = 0;
        }
    }
}
