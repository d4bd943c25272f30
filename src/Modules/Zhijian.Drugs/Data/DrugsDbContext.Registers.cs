using Microsoft.EntityFrameworkCore;

namespace Zhijian.Drugs.Data;

/// <summary>含麻黄碱类复方制剂销售登记、处方药销售检查、药品不良反应/医疗器械不良事件/化妆品不良反应报告与信号: sets and model configuration of the Registers area.</summary>
internal partial class DrugsDbContext
{
    static partial void ConfigureRegisters(ModelBuilder modelBuilder)
    {
    }
}
