using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Zhijian.Platform;
using Zhijian.Platform.Audit;
using Zhijian.Platform.Events;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Storage;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.Platform.Storage;

/// <summary>A minimal module, built the way every business module will be, to test the module base itself.</summary>
public sealed class ModuleDbContextTests
{
    public sealed class Shop : IDivisionScoped
    {
        public int Id { get; set; }

        public string Name { get; set; } = "";

        public string DivisionCode { get; set; } = "";
    }

    [EventName("testmod.shop-opened")]
    public sealed record ShopOpened(int Id, string Name) : IDomainEvent;

    public class ShopsDb(DbContextOptions options, PlatformServices? services) : ModuleDbContext(options, services), IModuleSchema
    {
        public static string SchemaName => "testmod";

        protected override string Schema => SchemaName;

        public DbSet<Shop> Shops => Set<Shop>();

        protected override void ConfigureModel(ModelBuilder modelBuilder) =>
            modelBuilder.Entity<Shop>(e => e.Property(s => s.Name).HasMaxLength(20));
    }

    public sealed class SqliteShopsDb(DbContextOptions<SqliteShopsDb> o, PlatformServices? s = null) : ShopsDb(o, s);

    public sealed class PostgresShopsDb(DbContextOptions<PostgresShopsDb> o, PlatformServices? s = null) : ShopsDb(o, s);

    private static Action<IServiceCollection> Module => s =>
    {
        if (TestDatabase.CurrentKind == DatabaseKind.Sqlite)
            s.AddDbContext<ShopsDb, SqliteShopsDb>((sp, o) => StorageSetup.Configure(o, sp.GetRequiredService<StorageOptions>(), ShopsDb.SchemaName));
        else
            s.AddDbContext<ShopsDb, PostgresShopsDb>((sp, o) => StorageSetup.Configure(o, sp.GetRequiredService<StorageOptions>(), ShopsDb.SchemaName));
        s.AddEvent<ShopOpened>();
    };

    private static async Task<ZhijianApp> StartWithShopsAsync()
    {
        var app = await ZhijianApp.StartAsync(outbox: false, services: Module);
        await app.AsSystemAsync(async sp =>
        {
            var db = sp.GetRequiredService<ShopsDb>();
            var script = db.Database.GenerateCreateScript();
            Assert.DoesNotContain("audit_entries", script); // platform tables belong to the platform's migrations
            if (TestDatabase.CurrentKind == DatabaseKind.Postgres) await db.Database.ExecuteSqlRawAsync("CREATE SCHEMA IF NOT EXISTS testmod");
            await db.Database.ExecuteSqlRawAsync(script);
            db.Shops.AddRange(
                new Shop { Name = "泉城路超市", DivisionCode = "370102001" },
                new Shop { Name = "历下区药店", DivisionCode = "370102" },
                new Shop { Name = "历城区饭店", DivisionCode = "370112" });
            db.Audit("shop.opened", nameof(Shop), "batch", null, new { Count = 3 }, "370100");
            db.Publish(new ShopOpened(0, "批量"));
            await db.SaveChangesAsync();
        });
        return app;
    }

    private static ClaimsPrincipal StaffOf(params string[] divisions) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "tester"), .. divisions.Select(d => new Claim(ZhijianClaims.Division, d))], "test"));

    [Fact]
    public async Task Records_are_filtered_to_the_callers_jurisdiction_on_every_query()
    {
        await using var app = await StartWithShopsAsync();

        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().Use(StaffOf("370102"));
        var db = scope.ServiceProvider.GetRequiredService<ShopsDb>();

        var names = await db.Shops.OrderBy(s => s.Name).Select(s => s.Name).ToListAsync();
        var byId = await db.Shops.CountAsync(s => s.DivisionCode == "370112");

        Assert.Equal(new[] { "历下区药店", "泉城路超市" }, names);
        Assert.Equal(0, byId);
    }

    [Fact]
    public async Task An_anonymous_caller_sees_nothing_and_a_city_sees_its_whole_city()
    {
        await using var app = await StartWithShopsAsync();

        await using var anonymous = app.Services.CreateAsyncScope();
        await using var city = app.Services.CreateAsyncScope();
        city.ServiceProvider.GetRequiredService<ActorContext>().Use(StaffOf("370100"));

        Assert.Equal(0, await anonymous.ServiceProvider.GetRequiredService<ShopsDb>().Shops.CountAsync());
        Assert.Equal(3, await city.ServiceProvider.GetRequiredService<ShopsDb>().Shops.CountAsync());
    }

    [Fact]
    public async Task The_module_owns_its_schema_or_prefix_and_writes_audit_and_outbox_in_its_own_transaction()
    {
        await using var app = await StartWithShopsAsync();

        await app.AsSystemAsync(async sp =>
        {
            var db = sp.GetRequiredService<ShopsDb>();
            var table = db.Model.FindEntityType(typeof(Shop))!;
            if (TestDatabase.CurrentKind == DatabaseKind.Sqlite) Assert.Equal("testmod_shops", table.GetTableName());
            else Assert.Equal(("testmod", "shops"), (table.GetSchema(), table.GetTableName()));

            var platform = sp.GetRequiredService<PlatformDbContext>();
            Assert.True(await platform.AuditEntries.AnyAsync(a => a.Action == "shop.opened"));
            Assert.True(await platform.OutboxMessages.AnyAsync(m => m.Type == "testmod.shop-opened"));
            Assert.True((await AuditChain.VerifyAsync(platform, CancellationToken.None)).Ok);
        });
    }

    [Fact]
    public async Task Several_audit_entries_in_one_save_are_sealed_in_order_into_the_chain()
    {
        await using var app = await StartWithShopsAsync();

        await app.AsSystemAsync(async sp =>
        {
            var db = sp.GetRequiredService<ShopsDb>();
            db.Audit("shop.inspected", "Shop", "1", null, new { step = 1 });
            db.Audit("shop.closed", "Shop", "1", null, new { step = 2 });
            db.Audit("shop.reopened", "Shop", "1", null, new { step = 3 });
            await db.SaveChangesAsync();

            var platform = sp.GetRequiredService<PlatformDbContext>();
            var actions = await platform.AuditEntries.Where(a => a.RecordType == "Shop" && a.RecordId == "1").OrderBy(a => a.Seq).Select(a => a.Action).ToListAsync();
            Assert.Equal(["shop.inspected", "shop.closed", "shop.reopened"], actions.TakeLast(3));
            Assert.True((await AuditChain.VerifyAsync(platform, CancellationToken.None)).Ok);
        });
    }

    [Fact]
    public async Task A_failed_save_writes_neither_the_change_nor_its_audit_entry_nor_its_event()
    {
        await using var app = await StartWithShopsAsync();

        await app.AsSystemAsync(async sp =>
        {
            var db = sp.GetRequiredService<ShopsDb>();
            var platform = sp.GetRequiredService<PlatformDbContext>();
            var auditBefore = await platform.AuditEntries.CountAsync();
            var outboxBefore = await platform.OutboxMessages.CountAsync();

            db.Shops.Add(new Shop { Name = "新开的商店", DivisionCode = "370102" }); // (an over-long name is refused before the database: TextLengths)
            db.Shops.Add(new Shop { Id = 1, Name = "重复主键", DivisionCode = "370102" });
            db.Audit("shop.opened", nameof(Shop), "bad", null, new { }, "370102");
            db.Publish(new ShopOpened(1, "重复"));
            await Assert.ThrowsAnyAsync<DbUpdateException>(() => db.SaveChangesAsync());

            Assert.Equal(auditBefore, await platform.AuditEntries.CountAsync());
            Assert.Equal(outboxBefore, await platform.OutboxMessages.CountAsync());
            Assert.Equal(3, await sp.GetRequiredService<PlatformDbContext>().Database.SqlQueryRaw<int>(
                TestDatabase.CurrentKind == DatabaseKind.Sqlite ? "SELECT COUNT(*) AS \"Value\" FROM testmod_shops" : "SELECT COUNT(*)::int AS \"Value\" FROM testmod.shops").SingleAsync());
        });
    }
}
