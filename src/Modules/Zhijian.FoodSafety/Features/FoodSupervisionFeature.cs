using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Zhijian.FoodSafety.Features.Grading;
using Zhijian.FoodSafety.Features.SamplingPlans;
using Zhijian.FoodSafety.Features.Supervision;
using Zhijian.Platform;
using Zhijian.Platform.Audit;
using Zhijian.Platform.Events;
using Zhijian.Platform.Indicators;
using Zhijian.Platform.Portal;
using Zhijian.Platform.Todo;

namespace Zhijian.FoodSafety.Features;

/// <summary>监督检查（Order 49）、明厨亮灶、年度抽检计划: the area's services and endpoints.</summary>
internal static class FoodSupervisionFeature
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<ChecklistService>();
        services.AddScoped<InspectionRecords>();
        services.AddScoped<InspectionPlans>();
        services.AddScoped<Canteens>();
        services.AddScoped<PublicFoodInspections>();
        services.AddScoped<SamplingPlans.SamplingPlans>();
        services.AddScoped<IFoodRiskFacts, NonCompliantInspectionFacts>();
        services.AddScoped<IFoodRiskFacts, BasicInspectionFacts>();
        services.AddEvent<FoodInspectionPublished>();
        services.AddEventHandler<FoodInspectionPublished, InspectionPublishedHandler>();
        services.AddTodoSource<SupervisionTodo>();
        services.AddMeasureSource<SupervisionMeasures>();
        services.AddPortalHomeSection<FoodInspectionsHomeSection>();
        services.AddAuditNames(
            new Dictionary<string, string>
            {
                ["food.checklist.seeded"] = "载入默认检查要点表",
                ["food.checklist.revised"] = "修订检查要点表",
                ["food.plan.generated"] = "生成年度监督检查计划",
                ["food.plan.regenerated"] = "重新生成年度监督检查计划",
                ["food.inspection.recorded"] = "录入食品监督检查记录",
                ["food.inspections.published"] = "公示食品监督检查结果",
                ["food.kitchen.updated"] = "登记明厨亮灶状态",
                ["food.sampling-plan.created"] = "制定年度抽检计划",
                ["food.sampling-plan.changed"] = "修订年度抽检计划",
            },
            new Dictionary<string, string>
            {
                ["FoodChecklist"] = "检查要点表",
                ["FoodInspectionPlan"] = "年度监督检查计划",
                ["FoodInspection"] = "食品监督检查记录",
                ["FoodSamplingPlan"] = "年度抽检计划",
                ["FoodBusiness"] = "食品生产经营者",
            });
    }

    /// <summary><paramref name="api"/> is /api/v1 (codes, public endpoints); <paramref name="food"/> is /api/v1/food (staff read policy).</summary>
    public static void Map(RouteGroupBuilder api, RouteGroupBuilder food) => SupervisionEndpoints.Map(food);
}
