using Microsoft.EntityFrameworkCore;

namespace Zhijian.SpecialEquipment.Data;

internal partial class EquipmentDbContext
{
    static partial void ConfigureMaintenance(ModelBuilder modelBuilder)
    {
    }
}
