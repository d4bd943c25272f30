using Microsoft.EntityFrameworkCore;

namespace Zhijian.Drugs.Data;

/// <summary>网格化监管、GSP 检查、风险分级、跟踪整改与疫苗储存冷链检查: sets and model configuration of the Supervision area.</summary>
internal partial class DrugsDbContext
{
    static partial void ConfigureSupervision(ModelBuilder modelBuilder)
    {
    }
}
