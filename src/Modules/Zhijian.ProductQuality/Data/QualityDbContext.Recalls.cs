using Microsoft.EntityFrameworkCore;

namespace Zhijian.ProductQuality.Data;

/// <summary>缺陷产品召回：缺陷报告、调查、主动与责令召回（消费品、汽车）: sets and model configuration of the Recalls area.</summary>
internal partial class QualityDbContext
{
    static partial void ConfigureRecalls(ModelBuilder modelBuilder)
    {
    }
}
