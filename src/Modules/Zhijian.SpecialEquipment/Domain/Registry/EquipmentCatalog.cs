namespace Zhijian.SpecialEquipment.Domain.Registry;

/// <summary>One entry of 《特种设备目录》: level 1 类别 (x000), 2 类别下的类 (xx00), 3 品种.</summary>
internal sealed record EquipmentVariety(string Code, string Name, EquipmentCategory Category, int Level);

/// <summary>
/// 《特种设备目录》 (原国家质检总局 2014 年第 114 号公告) as a code table: the 8 categories, their classes and their 品种. Recalled
/// from the published catalogue, not copied from a file ([R], research/wave2-rules.md §5 E16 for the code layout): an entry
/// that differs from the current catalogue is corrected here, with the source. A 设备代码 starts with a level-2 or level-3 code.
/// </summary>
internal static class EquipmentCatalog
{
    public const string Source = "《特种设备目录》（原国家质量监督检验检疫总局 2014 年第 114 号公告）";

    public static readonly IReadOnlyList<EquipmentVariety> All =
    [
        new("1000", "锅炉", EquipmentCategory.Boiler, 1),
        new("1100", "承压蒸汽锅炉", EquipmentCategory.Boiler, 2),
        new("1200", "承压热水锅炉", EquipmentCategory.Boiler, 2),
        new("1300", "有机热载体锅炉", EquipmentCategory.Boiler, 2),
        new("1310", "有机热载体气相炉", EquipmentCategory.Boiler, 3),
        new("1320", "有机热载体液相炉", EquipmentCategory.Boiler, 3),
        new("2000", "压力容器", EquipmentCategory.PressureVessel, 1),
        new("2100", "固定式压力容器", EquipmentCategory.PressureVessel, 2),
        new("2110", "超高压容器", EquipmentCategory.PressureVessel, 3),
        new("2130", "第三类压力容器", EquipmentCategory.PressureVessel, 3),
        new("2150", "第二类压力容器", EquipmentCategory.PressureVessel, 3),
        new("2170", "第一类压力容器", EquipmentCategory.PressureVessel, 3),
        new("2200", "移动式压力容器", EquipmentCategory.PressureVessel, 2),
        new("2210", "铁路罐车", EquipmentCategory.PressureVessel, 3),
        new("2220", "汽车罐车", EquipmentCategory.PressureVessel, 3),
        new("2230", "长管拖车", EquipmentCategory.PressureVessel, 3),
        new("2240", "罐式集装箱", EquipmentCategory.PressureVessel, 3),
        new("2250", "管束式集装箱", EquipmentCategory.PressureVessel, 3),
        new("2300", "气瓶", EquipmentCategory.PressureVessel, 2),
        new("2310", "无缝气瓶", EquipmentCategory.PressureVessel, 3),
        new("2320", "焊接气瓶", EquipmentCategory.PressureVessel, 3),
        new("23T0", "特种气瓶", EquipmentCategory.PressureVessel, 2),
        new("2370", "内装填料气瓶", EquipmentCategory.PressureVessel, 3),
        new("2380", "纤维缠绕气瓶", EquipmentCategory.PressureVessel, 3),
        new("2390", "低温绝热气瓶", EquipmentCategory.PressureVessel, 3),
        new("2400", "氧舱", EquipmentCategory.PressureVessel, 2),
        new("2410", "医用氧舱", EquipmentCategory.PressureVessel, 3),
        new("2420", "高气压舱", EquipmentCategory.PressureVessel, 3),
        new("3000", "电梯", EquipmentCategory.Elevator, 1),
        new("3100", "曳引与强制驱动电梯", EquipmentCategory.Elevator, 2),
        new("3110", "曳引驱动乘客电梯", EquipmentCategory.Elevator, 3),
        new("3120", "曳引驱动载货电梯", EquipmentCategory.Elevator, 3),
        new("3130", "强制驱动载货电梯", EquipmentCategory.Elevator, 3),
        new("3200", "液压驱动电梯", EquipmentCategory.Elevator, 2),
        new("3210", "液压乘客电梯", EquipmentCategory.Elevator, 3),
        new("3220", "液压载货电梯", EquipmentCategory.Elevator, 3),
        new("3300", "自动扶梯与自动人行道", EquipmentCategory.Elevator, 2),
        new("3310", "自动扶梯", EquipmentCategory.Elevator, 3),
        new("3320", "自动人行道", EquipmentCategory.Elevator, 3),
        new("3400", "其它类型电梯", EquipmentCategory.Elevator, 2),
        new("3410", "防爆电梯", EquipmentCategory.Elevator, 3),
        new("3420", "消防员电梯", EquipmentCategory.Elevator, 3),
        new("3430", "杂物电梯", EquipmentCategory.Elevator, 3),
        new("4000", "起重机械", EquipmentCategory.Crane, 1),
        new("4100", "桥式起重机", EquipmentCategory.Crane, 2),
        new("4110", "通用桥式起重机", EquipmentCategory.Crane, 3),
        new("4130", "防爆桥式起重机", EquipmentCategory.Crane, 3),
        new("4140", "绝缘桥式起重机", EquipmentCategory.Crane, 3),
        new("4150", "冶金桥式起重机", EquipmentCategory.Crane, 3),
        new("4170", "电动单梁起重机", EquipmentCategory.Crane, 3),
        new("4190", "电动葫芦桥式起重机", EquipmentCategory.Crane, 3),
        new("4200", "门式起重机", EquipmentCategory.Crane, 2),
        new("4210", "通用门式起重机", EquipmentCategory.Crane, 3),
        new("4220", "防爆门式起重机", EquipmentCategory.Crane, 3),
        new("4230", "轨道式集装箱门式起重机", EquipmentCategory.Crane, 3),
        new("4240", "轮胎式集装箱门式起重机", EquipmentCategory.Crane, 3),
        new("4250", "岸边集装箱起重机", EquipmentCategory.Crane, 3),
        new("4260", "造船门式起重机", EquipmentCategory.Crane, 3),
        new("4270", "电动葫芦门式起重机", EquipmentCategory.Crane, 3),
        new("4280", "装卸桥", EquipmentCategory.Crane, 3),
        new("4290", "架桥机", EquipmentCategory.Crane, 3),
        new("4300", "塔式起重机", EquipmentCategory.Crane, 2),
        new("4310", "普通塔式起重机", EquipmentCategory.Crane, 3),
        new("4320", "电站塔式起重机", EquipmentCategory.Crane, 3),
        new("4400", "流动式起重机", EquipmentCategory.Crane, 2),
        new("4410", "轮胎起重机", EquipmentCategory.Crane, 3),
        new("4420", "履带起重机", EquipmentCategory.Crane, 3),
        new("4440", "集装箱正面吊运起重机", EquipmentCategory.Crane, 3),
        new("4450", "铁路起重机", EquipmentCategory.Crane, 3),
        new("4700", "门座式起重机", EquipmentCategory.Crane, 2),
        new("4710", "门座起重机", EquipmentCategory.Crane, 3),
        new("4760", "固定式起重机", EquipmentCategory.Crane, 3),
        new("4800", "升降机", EquipmentCategory.Crane, 2),
        new("4860", "施工升降机", EquipmentCategory.Crane, 3),
        new("4870", "简易升降机", EquipmentCategory.Crane, 3),
        new("4900", "缆索式起重机", EquipmentCategory.Crane, 2),
        new("4A00", "桅杆式起重机", EquipmentCategory.Crane, 2),
        new("4D00", "机械式停车设备", EquipmentCategory.Crane, 2),
        new("5000", "场（厂）内专用机动车辆", EquipmentCategory.FieldVehicle, 1),
        new("5100", "机动工业车辆", EquipmentCategory.FieldVehicle, 2),
        new("5110", "叉车", EquipmentCategory.FieldVehicle, 3),
        new("5200", "非公路用旅游观光车辆", EquipmentCategory.FieldVehicle, 2),
        new("5210", "观光车", EquipmentCategory.FieldVehicle, 3),
        new("5220", "观光列车", EquipmentCategory.FieldVehicle, 3),
        new("6000", "大型游乐设施", EquipmentCategory.Ride, 1),
        new("6100", "观览车类", EquipmentCategory.Ride, 2),
        new("6200", "滑行车类", EquipmentCategory.Ride, 2),
        new("6300", "架空游览车类", EquipmentCategory.Ride, 2),
        new("6400", "陀螺类", EquipmentCategory.Ride, 2),
        new("6500", "飞行塔类", EquipmentCategory.Ride, 2),
        new("6600", "转马类", EquipmentCategory.Ride, 2),
        new("6700", "自控飞机类", EquipmentCategory.Ride, 2),
        new("6800", "赛车类", EquipmentCategory.Ride, 2),
        new("6900", "小火车类", EquipmentCategory.Ride, 2),
        new("6A00", "碰碰车类", EquipmentCategory.Ride, 2),
        new("6B00", "滑道类", EquipmentCategory.Ride, 2),
        new("6D00", "水上游乐设施", EquipmentCategory.Ride, 2),
        new("6D10", "峡谷漂流系列", EquipmentCategory.Ride, 3),
        new("6D20", "水滑梯系列", EquipmentCategory.Ride, 3),
        new("6D40", "碰碰船系列", EquipmentCategory.Ride, 3),
        new("6E00", "无动力游乐设施", EquipmentCategory.Ride, 2),
        new("6E10", "蹦极系列", EquipmentCategory.Ride, 3),
        new("6E40", "滑索系列", EquipmentCategory.Ride, 3),
        new("6E50", "空中飞人系列", EquipmentCategory.Ride, 3),
        new("6E60", "系留式观光气球系列", EquipmentCategory.Ride, 3),
        new("8000", "压力管道", EquipmentCategory.Pipeline, 1),
        new("8100", "长输管道", EquipmentCategory.Pipeline, 2),
        new("8110", "输油管道", EquipmentCategory.Pipeline, 3),
        new("8120", "输气管道", EquipmentCategory.Pipeline, 3),
        new("8200", "公用管道", EquipmentCategory.Pipeline, 2),
        new("8210", "燃气管道", EquipmentCategory.Pipeline, 3),
        new("8220", "热力管道", EquipmentCategory.Pipeline, 3),
        new("8300", "工业管道", EquipmentCategory.Pipeline, 2),
        new("8310", "工艺管道", EquipmentCategory.Pipeline, 3),
        new("8320", "动力管道", EquipmentCategory.Pipeline, 3),
        new("8330", "制冷管道", EquipmentCategory.Pipeline, 3),
        new("9000", "客运索道", EquipmentCategory.Ropeway, 1),
        new("9100", "客运架空索道", EquipmentCategory.Ropeway, 2),
        new("9110", "往复式客运架空索道", EquipmentCategory.Ropeway, 3),
        new("9120", "循环式客运架空索道", EquipmentCategory.Ropeway, 3),
        new("9200", "客运缆车", EquipmentCategory.Ropeway, 2),
        new("9210", "往复式客运缆车", EquipmentCategory.Ropeway, 3),
        new("9220", "循环式客运缆车", EquipmentCategory.Ropeway, 3),
        new("9300", "客运拖牵索道", EquipmentCategory.Ropeway, 2),
        new("9310", "低位客运拖牵索道", EquipmentCategory.Ropeway, 3),
        new("9320", "高位客运拖牵索道", EquipmentCategory.Ropeway, 3),
    ];

    private static readonly Dictionary<string, EquipmentVariety> ByCode = All.ToDictionary(v => v.Code, StringComparer.Ordinal);

    public static EquipmentVariety? Find(string? code) => code is not null && ByCode.TryGetValue(code, out var v) ? v : null;

    /// <summary>The category of a 品种 / class code ("3110" → 电梯), null for an unknown code.</summary>
    public static EquipmentCategory? CategoryOf(string? code) => Find(code)?.Category;

    /// <summary>Chinese name of a category.</summary>
    public static string NameOf(EquipmentCategory category) => Find(((int)category).ToString(System.Globalization.CultureInfo.InvariantCulture) + "000")!.Name;

    /// <summary>True when <paramref name="code"/> is <paramref name="ancestor"/> or below it ("2310" is under "2300" and "2000").</summary>
    public static bool IsUnder(string code, string ancestor)
    {
        var prefix = ancestor.TrimEnd('0');
        return code.StartsWith(prefix, StringComparison.Ordinal);
    }
}
