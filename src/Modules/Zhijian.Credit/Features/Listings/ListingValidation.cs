using Zhijian.Credit.Contracts;
using Zhijian.Credit.Domain;
using Zhijian.Platform.Web;

namespace Zhijian.Credit.Features.Listings;

/// <summary>The field checks of the listing decisions: pure (no database, no clock), a Chinese message per field.</summary>
internal static class ListingValidation
{
    /// <summary>手工列入: grounds 2–4 or a serious violation with its field; the annual-report and three-year grounds are the jobs'.</summary>
    public static FieldErrors Manual(ManualListing cmd, DateOnly today)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(cmd.Uscc)) errors.Add("uscc", "统一社会信用代码不能为空");
        if (cmd.Ground is not { } ground) errors.Add("ground", "请选择列入事由");
        else if (ground == ListingGround.AnnualReportMissing)
            errors.Add("ground", "“未按规定期限公示年度报告”由年报期满后的自动列入作业办理，不能手工列入");
        else if (ground == ListingGround.AbnormalThreeYears)
            errors.Add("ground", "“列入经营异常名录届满3年”由系统提出拟列入建议，经科室负责人确认，不能手工列入");
        else if (!Enum.IsDefined(ground)) errors.Add("ground", "列入事由无效");
        errors.Require("facts", cmd.Facts, "事实和理由", 1800);
        if (cmd.DecisionNo is { Length: > 100 }) errors.Add("decisionNo", "决定书文号不能超过 100 个字符");
        if (cmd.DecidedOn is { } d && d > today) errors.Add("decidedOn", $"决定日期不能晚于今天（{today:yyyy-MM-dd}）");
        else errors.Date("decidedOn", "决定日期", cmd.DecidedOn, today, past: true);
        if (cmd.Ground == ListingGround.SeriousViolation && cmd.Field is null or CreditField.General)
            errors.Add("field", "严重违法失信名单须注明领域（食品、药品、特种设备、产品质量）");
        return errors;
    }

    /// <summary>移出: a reason, and a removal date neither in the future nor before the listing date.</summary>
    public static FieldErrors Removal(RemoveListing cmd, DateOnly? listedOn, DateOnly today)
    {
        var errors = new FieldErrors();
        errors.Require("reason", cmd.Reason, "移出理由", 480);
        if (cmd.DecisionNo is { Length: > 100 }) errors.Add("decisionNo", "决定书文号不能超过 100 个字符");
        if (cmd.RemovedOn is { } r && r > today) errors.Add("removedOn", $"移出日期不能晚于今天（{today:yyyy-MM-dd}）");
        else errors.Date("removedOn", "移出日期", cmd.RemovedOn, today, past: true);
        if (cmd.RemovedOn is { } r2 && listedOn is { } l && r2 < l) errors.Add("removedOn", $"移出日期不能早于列入日期（{l:yyyy-MM-dd}）");
        return errors;
    }

    /// <summary>拟列入 proposed by another module: one of <see cref="Listings.ProposableGrounds"/>, with its source.</summary>
    public static FieldErrors Proposal(ListingProposal proposal)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(proposal.Uscc)) errors.Add("uscc", "统一社会信用代码不能为空");
        if (!Listings.ProposableGrounds.Contains(proposal.Ground))
            errors.Add("ground", $"拟列入经营异常名录的事由应为：{string.Join("；", Listings.ProposableGrounds.Select(CreditNames.Of))}"
                + (Enum.IsDefined(proposal.Ground) ? $"，不能是“{CreditNames.Of(proposal.Ground)}”" : ""));
        errors.Require("facts", proposal.Facts, "事实和理由", 1800).Require("proposedBy", proposal.ProposedBy, "提出人", 256)
            .Require("sourceSystem", proposal.SourceSystem, "来源系统", Listings.MaxProposalSource)
            .Require("sourceId", proposal.SourceId, "来源编号", Listings.MaxProposalSourceId);
        return errors;
    }
}
