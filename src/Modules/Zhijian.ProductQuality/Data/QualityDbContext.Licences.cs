using Microsoft.EntityFrameworkCore;

namespace Zhijian.ProductQuality.Data;

/// <summary>工业产品生产许可证、证后检查与 CCC 认证: sets and model configuration of the Licences area.</summary>
internal partial class QualityDbContext
{
    static partial void ConfigureLicences(ModelBuilder modelBuilder)
    {
    }
}
