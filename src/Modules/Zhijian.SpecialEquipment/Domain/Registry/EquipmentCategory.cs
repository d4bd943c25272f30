namespace Zhijian.SpecialEquipment.Domain.Registry;

/// <summary>The 8 categories of 《特种设备目录》; the value is the first character of the category code (锅炉 1000 … 客运索道 9000).</summary>
internal enum EquipmentCategory
{
    /// <summary>锅炉 (1000)</summary>
    Boiler = 1,

    /// <summary>压力容器 (2000, incl. 气瓶 2300)</summary>
    PressureVessel = 2,

    /// <summary>电梯 (3000)</summary>
    Elevator = 3,

    /// <summary>起重机械 (4000)</summary>
    Crane = 4,

    /// <summary>场（厂）内专用机动车辆 (5000)</summary>
    FieldVehicle = 5,

    /// <summary>大型游乐设施 (6000)</summary>
    Ride = 6,

    /// <summary>压力管道 (8000)</summary>
    Pipeline = 8,

    /// <summary>客运索道 (9000)</summary>
    Ropeway = 9,
}
