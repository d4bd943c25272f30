using Microsoft.EntityFrameworkCore;

namespace Zhijian.FoodSafety.Data;

/// <summary>快检 (test points, methods, items, results, objections, lab confirmation) and 熔断 (rules, failures, suspensions, lifts).</summary>
internal partial class FoodSafetyDbContext
{
}
