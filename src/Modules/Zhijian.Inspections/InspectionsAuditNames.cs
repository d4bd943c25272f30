using Zhijian.Platform.Audit;

namespace Zhijian.Inspections;

/// <summary>The 审计记录 page's words for the inspections module's audit codes.</summary>
internal static class InspectionsAuditNames
{
    public static readonly AuditNames Names = new(
        new Dictionary<string, string>
        {
            ["inspections.inspector.created"] = "新增检查人员",
            ["inspections.inspector.updated"] = "修改检查人员",
            ["inspections.inspector.leave"] = "登记检查人员请假",
            ["inspections.inspector.conflict"] = "登记回避关系",
            ["inspections.plan.created"] = "新建抽查计划",
            ["inspections.plan.updated"] = "修改抽查计划",
            ["inspections.plan.published"] = "发布抽查计划",
            ["inspections.task.created"] = "新建抽查任务",
            ["inspections.assigned"] = "人员摇号（分派检查人员）",
            ["inspections.officers.committed"] = "冻结人员名单并公布承诺值",
            ["inspections.officers.cancelled"] = "作废人员摇号",
            ["inspections.draw.cancelled"] = "作废已冻结的抽取",
            ["inspections.witness.created"] = "登记监督人员",
            ["inspections.witness.changed"] = "修改监督人员",
            ["inspections.recused"] = "检查人员回避",
            ["inspections.result.entered"] = "录入检查结果",
            ["inspections.result.changed"] = "修改检查结果",
            ["inspections.result.confirmed"] = "确认检查结果",
            ["inspections.result.corrected"] = "更正检查结果",
            ["inspections.result.attachment"] = "上传检查附件",
            ["inspections.results.published"] = "公示检查结果",
            ["inspections.items.imported"] = "导入抽查事项清单",
            ["inspections.item.created"] = "新增抽查事项",
            ["inspections.item.updated"] = "修改抽查事项",
            ["inspections.item.activated"] = "启用抽查事项",
            ["inspections.item.retired"] = "停用抽查事项",
            ["inspections.items.published"] = "发布抽查事项清单",
            ["inspections.items.withdrawn"] = "撤回抽查事项清单",
            ["inspections.library.created"] = "新建对象名录库",
            ["inspections.library.updated"] = "修改对象名录库",
            ["inspections.draw.made"] = "随机抽取检查对象",
            ["inspections.draw.committed"] = "冻结名录并公布承诺值",
            ["inspections.supplement.made"] = "补充抽取检查对象",
            ["inspections.supplement.committed"] = "冻结补抽名录并公布承诺值",
        },
        new Dictionary<string, string>
        {
            ["Inspector"] = "检查人员",
            ["InspectionPlan"] = "抽查计划",
            ["InspectionTask"] = "抽查任务",
            ["InspectionResult"] = "检查结果",
            ["InspectionItemList"] = "抽查事项清单",
            ["InspectionItem"] = "抽查事项",
            ["TargetLibrary"] = "对象名录库",
            ["DrawWitness"] = "监督人员",
        });
}
