using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform.Codes;
using Zhijian.SpecialEquipment.Data;
using Zhijian.SpecialEquipment.Domain.Inspections;
using Zhijian.SpecialEquipment.Domain.Registry;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.SpecialEquipment.Inspections;

/// <summary>One app: an elevator and a tower crane in the registry, an inspection body licensed for elevators with its API client.</summary>
public sealed class InspectionFixture : IAsyncLifetime
{
    public const string Elevator = "311010001202400001";
    public const string Crane = "431010001202000002";

    public ZhijianApp App { get; private set; } = null!;

    public StaffClient Admin { get; private set; } = null!;

    public HttpClient Body { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        App = await ZhijianApp.StartAsync();
        await App.AsSystemAsync(async sp =>
        {
            var db = sp.GetRequiredService<EquipmentDbContext>();
            db.Equipment.AddRange(Equipment(Elevator, EquipmentCategory.Elevator, "3110", new DateOnly(2024, 6, 1)),
                Equipment(Crane, EquipmentCategory.Crane, "4310", new DateOnly(2020, 1, 1)));
            await db.SaveChangesAsync();
        });
        Admin = await App.LoginAsync("admin");
        var body = await (await Admin.PostJsonAsync("/api/v1/equipment/inspection-bodies", new
        {
            name = "济南测试电梯检验所",
            uscc = Uscc.Build('1', '2', "370100", "MB990011"),
            licenceNo = "TS7110099-2028",
            categories = new[] { 3 },
        })).ExpectAsync(HttpStatusCode.Created);
        var client = await (await Admin.PostJsonAsync($"/api/v1/equipment/inspection-bodies/{body.GetProperty("id").GetInt64()}/client", new { })).ExpectAsync();
        Body = App.Anonymous();
        Body.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", client.Str("key"));
    }

    internal static Equipment Equipment(string code, EquipmentCategory category, string variety, DateOnly supervision) => new()
    {
        Code = code,
        Category = category,
        Variety = variety,
        RegistrationNo = "梯" + code[^5..],
        RegisteredOn = supervision,
        UserUscc = Uscc.Build('9', '1', "370102", "MA990012"),
        UserName = "济南某某物业服务有限公司",
        DivisionCode = "370102",
        Address = "济南市历下区某某路1号",
        MakerName = "某某电梯有限公司",
        FirstUseOn = supervision,
        SupervisionMonth = supervision,
        Status = EquipmentStatus.InUse,
    };

    public Task<HttpResponseMessage> PostResultAsync(string code, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/equipment/{code}/inspections") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        return Body.SendAsync(request);
    }

    public async Task<int> ResultCountAsync() =>
        await App.AsSystemAsync(sp => sp.GetRequiredService<EquipmentDbContext>().Inspections.IgnoreQueryFilters().CountAsync());

    public async Task DisposeAsync() => await App.DisposeAsync();
}

/// <summary>The schedule endpoint, results from an inspection body, 检验日期不一致, the objection deadline.</summary>
[Trait("Database", "any")]
public sealed class InspectionFlowTests(InspectionFixture f) : IClassFixture<InspectionFixture>
{
    [Fact]
    public async Task Schedule_endpoint_lists_twenty_years_of_due_months_and_kinds()
    {
        var inspector = await f.App.LoginAsync("inspector");
        var items = await inspector.GetJsonAsync($"/api/v1/equipment/{InspectionFixture.Elevator}/schedule?years=20");
        Assert.Equal(20, items.GetArrayLength());
        Assert.Equal("2025-06", items[0].Str("due"));
        Assert.Equal("periodic-inspection", items[0].Str("kind"));
        Assert.Equal("self-test", items[1].Str("kind"));
        Assert.Equal("2028-06", items[3].Str("due"));
        Assert.Equal("periodic-inspection", items[3].Str("kind"));
        Assert.Contains("years", await (await inspector.GetAsync($"/api/v1/equipment/{InspectionFixture.Elevator}/schedule?years=51")).ExpectProblemAsync(HttpStatusCode.BadRequest));
        await (await inspector.GetAsync("/api/v1/equipment/311010001209999999/schedule")).ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_result_with_a_different_next_due_is_flagged_and_the_schedule_moves()
    {
        // 2025-06 periodic inspection; the body writes next 2026-06, the engine says 2028-06 (years 1, 4, 7…).
        var created = await (await f.PostResultAsync(InspectionFixture.Elevator, new
        {
            kind = "定期检验",
            date = "2025-06-10",
            conclusion = "合格",
            reportNo = "DT2025-0001",
            nextDue = "2026-06-30",
            defects = new[] { new { item = "轿厢", description = "轿厢照明一只灯管损坏", hazard = false } },
        })).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal("日期不一致待处理", created.Str("mismatch"));
        Assert.Equal("2028-06-01", created.Str("computedNextDue"));
        var chief = await f.App.LoginAsync("chief");
        var list = await chief.GetJsonAsync("/api/v1/equipment/inspections?list=mismatch");
        Assert.Contains(list.GetProperty("items").EnumerateArray(), i => i.Str("reportNo") == "DT2025-0001");
        var stored = await f.App.AsSystemAsync(sp => sp.GetRequiredService<EquipmentDbContext>().Schedules.IgnoreQueryFilters()
            .SingleAsync(s => s.Equipment!.Code == InspectionFixture.Elevator));
        // Today is 2026-11-23: the 2026-06 self-test is open and overdue.
        Assert.Equal(new DateOnly(2026, 6, 1), stored.NextDue);
        Assert.Equal(DueKinds.SelfTest, stored.NextKind);
        Assert.Equal(DueWarning.Overdue, stored.Warning);
        var overdue = await chief.GetJsonAsync("/api/v1/equipment/schedules?warning=overdue&division=370102&category=3");
        Assert.Contains(overdue.GetProperty("items").EnumerateArray(), i => i.Str("code") == InspectionFixture.Elevator);
    }

    [Fact]
    public async Task Unregistered_equipment_is_404_and_a_category_outside_the_licence_is_400_nothing_written()
    {
        var before = await f.ResultCountAsync();
        var body = new { kind = "定期检验", date = "2026-11-02", conclusion = "合格", reportNo = "QZ2026-0002" };
        var missing = await (await f.PostResultAsync("311010001209999999", body)).ExpectProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("设备未登记", missing);
        var crane = await (await f.PostResultAsync(InspectionFixture.Crane, body)).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.True(crane.GetProperty("errors").TryGetProperty("category", out var msg), crane.ToString());
        Assert.Contains("起重机械", msg[0].GetString());
        Assert.Equal(before, await f.ResultCountAsync());
    }

    [Fact]
    public async Task Objection_deadline_counts_working_days_across_national_day()
    {
        // 不合格 on Wed 2026-09-30: 10 working days skip 10-01…10-07 and Sunday 10-11, count the make-up Saturday 10-10 → 2026-10-20.
        var failed = await (await f.PostResultAsync(InspectionFixture.Elevator, new
        {
            kind = "自行检测",
            date = "2026-09-30",
            conclusion = "不合格",
            reportNo = "ZJ2026-0003",
        })).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal("2026-10-20", failed.Str("objectionBy"));
        var registrar = await f.App.LoginAsync("registrar");
        var late = await (await registrar.PostJsonAsync($"/api/v1/equipment/inspections/{failed.GetProperty("id").GetInt64()}/objection",
            new { reason = "对钢丝绳检测结论有异议", filedOn = "2026-10-21" })).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.True(late.GetProperty("errors").TryGetProperty("filedOn", out _), late.ToString());
        var ok = await (await registrar.PostJsonAsync($"/api/v1/equipment/inspections/{failed.GetProperty("id").GetInt64()}/objection",
            new { reason = "对钢丝绳检测结论有异议", filedOn = "2026-10-20" })).ExpectAsync();
        Assert.Equal("异议待处理", ok.Str("objection"));
    }
}

/// <summary>The set-based recompute (staging table + one upsert; SQL differs by provider): every schedule written once, a re-run writes nothing.</summary>
public sealed class ScheduleRecomputeTests
{
    [Fact]
    public async Task Bulk_recompute_writes_every_schedule_and_a_rerun_writes_nothing()
    {
        await using var app = await ZhijianApp.StartAsync();
        await app.AsSystemAsync(async sp =>
        {
            var db = sp.GetRequiredService<EquipmentDbContext>();
            var stopped = InspectionFixture.Equipment("311010001202400009", EquipmentCategory.Elevator, "3110", new DateOnly(2024, 6, 1));
            stopped.Status = EquipmentStatus.Stopped;
            db.Equipment.AddRange(InspectionFixture.Equipment(InspectionFixture.Elevator, EquipmentCategory.Elevator, "3110", new DateOnly(2024, 6, 1)),
                InspectionFixture.Equipment(InspectionFixture.Crane, EquipmentCategory.Crane, "4310", new DateOnly(2026, 1, 15)), stopped);
            await db.SaveChangesAsync();
        });
        var chief = await app.LoginAsync("chief");
        var first = await (await chief.PostJsonAsync("/api/v1/equipment/schedules/recompute", new { })).ExpectAsync();
        Assert.Equal(3, first.GetProperty("equipment").GetInt32());
        Assert.Equal(3, first.GetProperty("changed").GetInt32());
        Assert.Equal(1, first.GetProperty("overdue").GetInt32());
        var rows = await app.AsSystemAsync(sp => sp.GetRequiredService<EquipmentDbContext>().Schedules.IgnoreQueryFilters().Include(s => s.Equipment).ToListAsync());
        var elevator = rows.Single(r => r.Equipment!.Code == InspectionFixture.Elevator);
        Assert.Equal((new DateOnly(2025, 6, 1), DueKinds.Periodic, DueWarning.Overdue), (elevator.NextDue!.Value, elevator.NextKind, elevator.Warning));
        var crane = rows.Single(r => r.Equipment!.Code == InspectionFixture.Crane);
        Assert.Equal((new DateOnly(2027, 1, 1), DueWarning.None), (crane.NextDue!.Value, crane.Warning));
        var off = rows.Single(r => r.Equipment!.Code == "311010001202400009");
        Assert.False(off.InUse);
        Assert.Null(off.NextDue);
        Assert.NotNull(off.Note);
        var again = await (await chief.PostJsonAsync("/api/v1/equipment/schedules/recompute", new { })).ExpectAsync();
        Assert.Equal(0, again.GetProperty("changed").GetInt32());
    }
}
