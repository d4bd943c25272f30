using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform.Events;
using Zhijian.SpecialEquipment.Data;
using Zhijian.SpecialEquipment.Domain.Registry;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.SpecialEquipment.Safety;

/// <summary>Intent methods of the safety tests: an elevator in the registry (stored directly: the registry area owns its API) and the clues sent.</summary>
internal static class SafetyKit
{
    public const string Code = "311010001202600001";

    public static Task<long> ElevatorAsync(ZhijianApp app, string code = Code) => app.AsSystemAsync(async sp =>
    {
        var db = sp.GetRequiredService<EquipmentDbContext>();
        var e = new Equipment
        {
            Code = code,
            Category = EquipmentCategory.Elevator,
            Variety = "3110",
            UserUscc = "91370102MA3C8KXX1Q",
            UserName = "济南泉城物业管理有限公司",
            DivisionCode = "370102",
            Address = "济南市历下区泉城路 1 号 3 号楼",
            MakerName = "某电梯有限公司",
            Status = EquipmentStatus.InUse,
            RegistrationNo = "梯11鲁A" + code[^5..],
        };
        db.Equipment.Add(e);
        await db.SaveChangesAsync();
        return e.Id;
    });

    /// <summary>How many case clues of <paramref name="kind"/> the module has put in its outbox.</summary>
    public static Task<int> CluesAsync(ZhijianApp app, string kind) => app.AsSystemAsync(async sp =>
    {
        var db = sp.GetRequiredService<EquipmentDbContext>();
        var payloads = await db.Set<OutboxMessage>().Where(m => m.Type == "sequip.case-clue").Select(m => m.Payload).ToListAsync();
        return payloads.Count(p => p.Contains($"\"{kind}\"", StringComparison.Ordinal));
    });

    public static Task<T> CountAsync<T>(ZhijianApp app, Func<EquipmentDbContext, Task<T>> count) =>
        app.AsSystemAsync(sp => count(sp.GetRequiredService<EquipmentDbContext>()));
}
