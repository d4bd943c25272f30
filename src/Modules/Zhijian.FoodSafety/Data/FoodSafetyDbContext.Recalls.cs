using Microsoft.EntityFrameworkCore;

namespace Zhijian.FoodSafety.Data;

/// <summary>食品召回: recalls, their scope, plan, announcement, progress reports, summary and disposal.</summary>
internal partial class FoodSafetyDbContext
{
}
