using Microsoft.EntityFrameworkCore;

namespace Zhijian.ProductQuality.Data;

/// <summary>不合格后处理：停止生产销售、责令整改、复查、公告、再次复查、移送: sets and model configuration of the FollowUp area.</summary>
internal partial class QualityDbContext
{
    static partial void ConfigureFollowUp(ModelBuilder modelBuilder)
    {
    }
}
