using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform.Events;
using Zhijian.Platform.Indicators;
using Zhijian.Platform.Storage;
using Zhijian.SpecialEquipment.Data;
using Zhijian.SpecialEquipment.Domain.Registry;
using Zhijian.SpecialEquipment.Features.Maintenance;
using Zhijian.Tests.Entities;
using Zhijian.Tests.Infrastructure;
using Zhijian.Tests.Platform.Todo;

namespace Zhijian.Tests.SpecialEquipment.Maintenance;

/// <summary>Intent methods for the maintenance tests: equipment straight into the registry table, a maintenance company.</summary>
internal static class MaintenanceKit
{
    private static int _serial;

    public static async Task<string> ElevatorAsync(ZhijianApp app, string division = "370102")
    {
        var code = $"3110{10370:D5}2020{Interlocked.Increment(ref _serial):D5}";
        await app.AsSystemAsync(async sp =>
        {
            var db = sp.GetRequiredService<EquipmentDbContext>();
            db.Equipment.Add(new Equipment
            {
                Code = code,
                Category = EquipmentCategory.Elevator,
                Variety = "3110",
                UserUscc = SampleEntities.NewUscc(division),
                UserName = "济南泉城物业管理有限公司",
                DivisionCode = division,
                Address = "济南市历下区泉城路 1 号 3 号楼 2 单元",
                MakerName = "某某电梯有限公司",
                Status = EquipmentStatus.InUse,
                RegisteredOn = new DateOnly(2020, 5, 1),
                FirstUseOn = new DateOnly(2020, 5, 1),
            });
            await db.SaveChangesAsync();
        });
        return code;
    }

    /// <summary>A registry company registered as a maintenance company with a licence for the categories.</summary>
    public static async Task<string> CompanyAsync(ZhijianApp app, StaffClient chief, string name, int[] categories)
    {
        var registrar = await app.LoginAsync("registrar");
        var body = SampleEntities.Company(name);
        await (await registrar.PostJsonAsync("/api/v1/entities", body)).ExpectAsync(HttpStatusCode.Created);
        var uscc = (string)body["uscc"]!;
        await (await chief.PostJsonAsync("/api/v1/equipment/maintainers", new { uscc, licenceNo = "TS3137001-2028", categories, licenceValidUntil = "2028-12-31", hotline = "0531-88888888" }))
            .ExpectAsync(HttpStatusCode.Created);
        return uscc;
    }

    public static Task<T> Db<T>(ZhijianApp app, Func<EquipmentDbContext, Task<T>> read) => app.AsSystemAsync(sp => read(sp.GetRequiredService<EquipmentDbContext>()));
}

/// <summary>
/// 维保 companies, contracts, records and overdue lists; 96333 calls, their SLA and the long-entrapment event — over the API, on both
/// databases (the overdue join, the outbox and the measures' GROUP BY are provider SQL).
/// </summary>
public sealed class MaintenanceApiTests
{
    [Fact]
    public async Task Contract_and_records_move_the_overdue_list_and_only_the_current_contractor_may_record()
    {
        await using var app = await ZhijianApp.StartAsync();
        var chief = await app.LoginAsync("chief");
        var inspector = await app.LoginAsync("inspector");
        var code = await MaintenanceKit.ElevatorAsync(app);
        var a = await MaintenanceKit.CompanyAsync(app, chief, "济南泉城电梯维保有限公司", [3]);
        var cranes = await MaintenanceKit.CompanyAsync(app, chief, "济南起重机械维修有限公司", [4]);

        var refused = await (await chief.PostJsonAsync($"/api/v1/equipment/{code}/contracts", new { maintainerUscc = cranes, from = "2026-11-01" })).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Contains("不含电梯", refused.GetProperty("errors").GetProperty("maintainerUscc")[0].GetString(), StringComparison.Ordinal);
        await (await chief.PostJsonAsync($"/api/v1/equipment/{code}/contracts", new { maintainerUscc = a, from = "2026-11-01", to = "2027-10-31" })).ExpectAsync();
        Assert.Equal(a, await MaintenanceKit.Db(app, db => db.Equipment.Where(e => e.Code == code).Select(e => e.MaintainerUscc).SingleAsync()));

        // 11-01 + 15 days = 11-16; today is 11-23.
        var overdue = await inspector.GetJsonAsync("/api/v1/equipment/maintenance/overdue");
        Assert.Equal(1, overdue.GetProperty("total").GetInt32());
        Assert.Equal(7, overdue.GetProperty("items")[0].GetProperty("daysOverdue").GetInt32());
        Assert.Contains("督促维保逾期的电梯", (await TodoTestKit.TodoAsync(inspector)).ToString(), StringComparison.Ordinal);

        var other = await (await inspector.PostJsonAsync($"/api/v1/equipment/{code}/maintenance", new { maintainerUscc = cranes, on = "2026-11-20", level = "HalfMonth", staff = "张三、李四", signedByUser = true }))
            .ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Contains("不是设备", other.GetProperty("errors").GetProperty("maintainerUscc")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await MaintenanceKit.Db(app, db => db.MaintenanceRecords.CountAsync()));

        var maintenance = await app.ApiClientAsync("370100", "sequip.maintain");
        using var post = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/equipment/{code}/maintenance")
        {
            Content = JsonContent.Create(new { maintainerUscc = a, on = "2026-11-20", level = "Quarter", staff = "张三、李四", findings = "层门门锁触点磨损，已调整", signedByUser = true }),
        };
        post.Headers.Add("Idempotency-Key", "mnt-1");
        var created = await (await maintenance.SendAsync(post)).ExpectAsync(HttpStatusCode.Created);
        Assert.True(created.GetProperty("onTime").GetBoolean() is false); // 19 days after the contract start
        using var again = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/equipment/{code}/maintenance")
        {
            Content = JsonContent.Create(new { maintainerUscc = a, on = "2026-11-20", level = "Quarter", staff = "张三、李四", findings = "层门门锁触点磨损，已调整", signedByUser = true }),
        };
        again.Headers.Add("Idempotency-Key", "mnt-1");
        await (await maintenance.SendAsync(again)).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal(1, await MaintenanceKit.Db(app, db => db.MaintenanceRecords.CountAsync()));

        Assert.Equal(0, (await inspector.GetJsonAsync("/api/v1/equipment/maintenance/overdue")).GetProperty("total").GetInt32());
        Assert.DoesNotContain("督促维保逾期的电梯", (await TodoTestKit.TodoAsync(inspector)).ToString(), StringComparison.Ordinal);
        var records = await inspector.GetJsonAsync($"/api/v1/equipment/maintenance/records?code={code}");
        Assert.Equal("张*、李*", records.GetProperty("items")[0].Str("staff"));

        // A batch is all-or-nothing and names every bad row.
        var batch = await (await maintenance.PostAsJsonAsync("/api/v1/equipment/maintenance/batch", new
        {
            rows = new object[]
            {
                new { equipmentCode = code, maintainerUscc = a, on = "2026-11-22", level = "HalfMonth", staff = "王五", signedByUser = true },
                new { equipmentCode = "31101037020209999", maintainerUscc = a, on = "2026-11-22", level = "HalfMonth", staff = "王五", signedByUser = true },
                new { equipmentCode = code, maintainerUscc = a, on = "2026-12-01", level = "HalfMonth", staff = "王五", signedByUser = true },
            },
        })).ExpectAsync(HttpStatusCode.BadRequest);
        var errors = batch.GetProperty("errors");
        Assert.True(errors.TryGetProperty("rows[1].equipmentCode", out _) && errors.TryGetProperty("rows[2].on", out _), errors.ToString());
        Assert.Equal(1, await MaintenanceKit.Db(app, db => db.MaintenanceRecords.CountAsync()));
        Assert.Equal(1, await app.AsSystemAsync(sp => sp.GetRequiredService<PlatformDbContext>().AuditEntries.CountAsync(x => x.Action == "sequip.maintenance.recorded")));
    }

    [Fact]
    public async Task Rescue_call_lifecycle_checks_the_order_of_times_counts_a_late_arrival_and_publishes_a_long_entrapment()
    {
        await using var app = await ZhijianApp.StartAsync(outbox: false);
        var chief = await app.LoginAsync("chief");
        var code = await MaintenanceKit.ElevatorAsync(app);
        var a = await MaintenanceKit.CompanyAsync(app, chief, "济南泉城电梯维保有限公司", [3]);
        await (await chief.PostJsonAsync($"/api/v1/equipment/{code}/contracts", new { maintainerUscc = a, from = "2026-11-01" })).ExpectAsync();
        var centre = await app.ApiClientAsync("370100", "sequip.rescue");

        var unknown = await (await centre.PostAsJsonAsync("/api/v1/equipment/rescue/calls", new { callNumber = "96333-0", equipmentCode = "31101037020209999", receivedAt = "2026-11-23T09:00:00+08:00", trapped = 1 }))
            .ExpectAsync(HttpStatusCode.BadRequest);
        Assert.True(unknown.GetProperty("errors").TryGetProperty("equipmentCode", out _), unknown.ToString());

        var call = await (await centre.PostAsJsonAsync("/api/v1/equipment/rescue/calls", new
        {
            callNumber = "96333-1",
            equipmentCode = code,
            receivedAt = "2026-11-23T08:00:00+08:00",
            callerPhone = "13812345678",
            trapped = 1,
            description = "电梯停在两层之间",
        })).ExpectAsync(HttpStatusCode.Created);
        var url = $"/api/v1/equipment/rescue/calls/{call.GetProperty("id").GetInt64()}";
        Assert.Equal((30, "138****5678"), (call.GetProperty("slaMinutes").GetInt32(), call.Str("callerPhone")));
        var early = await (await centre.PostAsJsonAsync($"{url}/dispatch", new { at = "2026-11-23T07:59:00+08:00" })).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Contains("不能早于接警时间", early.GetProperty("errors").GetProperty("at")[0].GetString(), StringComparison.Ordinal);
        var future = await (await centre.PostAsJsonAsync($"{url}/dispatch", new { at = "2026-11-23T10:00:00+08:00" })).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Contains("晚于当前时间", future.GetProperty("errors").GetProperty("at")[0].GetString(), StringComparison.Ordinal);
        await (await centre.PostAsJsonAsync($"{url}/dispatch", new { at = "2026-11-23T08:02:00+08:00" })).ExpectAsync();
        var arrived = await (await centre.PostAsJsonAsync($"{url}/arrive", new { at = "2026-11-23T08:41:00+08:00" })).ExpectAsync();
        Assert.Equal((41, false), (arrived.GetProperty("arrivalMinutes").GetInt32(), arrived.GetProperty("slaMet").GetBoolean()));
        var before = await (await centre.PostAsJsonAsync($"{url}/release", new { at = "2026-11-23T08:40:00+08:00", outcome = "盘车放人" })).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.True(before.GetProperty("errors").TryGetProperty("at", out _), before.ToString());
        await (await centre.PostAsJsonAsync($"{url}/release", new { at = "2026-11-23T08:50:00+08:00", outcome = "盘车放人，1 人安全撤离" })).ExpectAsync();
        var closed = await (await centre.PostAsJsonAsync($"{url}/close", new { cause = "Door" })).ExpectAsync();
        Assert.Equal(("已关闭", "门系统"), (closed.Str("status"), closed.Str("cause")));
        Assert.Equal("13812345678", (await chief.GetJsonAsync(url)).Str("callerPhone"));
        Assert.Equal("138****5678", (await (await app.LoginAsync("inspector")).GetJsonAsync(url)).Str("callerPhone"));

        // Trapped 2 h 5 min: the release publishes LongEntrapment in the same save.
        var longCall = await (await centre.PostAsJsonAsync("/api/v1/equipment/rescue/calls", new { callNumber = "96333-2", equipmentCode = code, receivedAt = "2026-11-23T07:00:00+08:00", trapped = 2 }))
            .ExpectAsync(HttpStatusCode.Created);
        var longUrl = $"/api/v1/equipment/rescue/calls/{longCall.GetProperty("id").GetInt64()}";
        await (await centre.PostAsJsonAsync($"{longUrl}/dispatch", new { at = "2026-11-23T07:03:00+08:00" })).ExpectAsync();
        await (await centre.PostAsJsonAsync($"{longUrl}/arrive", new { at = "2026-11-23T07:25:00+08:00" })).ExpectAsync();
        var released = await (await centre.PostAsJsonAsync($"{longUrl}/release", new { at = "2026-11-23T09:05:00+08:00", outcome = "破拆后救出" })).ExpectAsync();
        Assert.Equal((125, true), (released.GetProperty("entrapmentMinutes").GetInt32(), released.GetProperty("longEntrapment").GetBoolean()));
        var events = await MaintenanceKit.Db(app, db => db.Set<OutboxMessage>().Where(m => m.Type == "sequip.long-entrapment").Select(m => m.Payload).ToListAsync());
        var payload = JsonDocument.Parse(Assert.Single(events)).RootElement;
        Assert.Equal(("96333-2", 125), (payload.Str("callNumber"), payload.GetProperty("minutes").GetInt32()));

        var today = new DateOnly(2026, 11, 23);
        var values = await app.AsSystemAsync(sp => sp.GetServices<IMeasureSource>().OfType<MaintenanceMeasures>().Single()
            .ComputeAsync(new MeasureQuery("370100", today, today, [MaintenanceMeasures.RescueCalls, MaintenanceMeasures.RescueOnTime, MaintenanceMeasures.LongEntrapments]), CancellationToken.None));
        Assert.Equal(2m, values.Single(v => v.Code == MaintenanceMeasures.RescueCalls && v.County == "370102").Value);
        Assert.Equal(1m, values.Single(v => v.Code == MaintenanceMeasures.RescueOnTime).Value); // the long one arrived in 25 min; the first was late
        Assert.Equal(1m, values.Single(v => v.Code == MaintenanceMeasures.LongEntrapments).Value);
    }
}
