using Microsoft.EntityFrameworkCore;

namespace Zhijian.FoodSafety.Data;

/// <summary>追溯: parties, batches and EPCIS 2.0 events with the indexes/closure of the forward and backward trace.</summary>
internal partial class FoodSafetyDbContext
{
}
