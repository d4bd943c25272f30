using Microsoft.EntityFrameworkCore;

namespace Zhijian.ProductQuality.Data;

/// <summary>抽查：重点产品目录、抽查计划、抽样、检验结果、异议与复检: sets and model configuration of the SpotChecks area.</summary>
internal partial class QualityDbContext
{
    static partial void ConfigureSpotChecks(ModelBuilder modelBuilder)
    {
    }
}
