namespace Zhijian.Complaints.Contracts;

/// <summary>诉求类别: a mixed filing is split into its complaint and its report.</summary>
public enum FilingKind
{
    /// <summary>投诉: a consumer's dispute with a business over everyday consumption, handled by mediation.</summary>
    Complaint = 1,

    /// <summary>举报: a clue that a business broke the law, handled by the penalty procedure.</summary>
    Report = 2,

    /// <summary>咨询</summary>
    Inquiry = 3,

    /// <summary>建议</summary>
    Suggestion = 4,
}

/// <summary>The rules a filing is handled under, fixed by the date it was received.</summary>
public enum RuleVersion
{
    /// <summary>《市场监督管理投诉举报处理暂行办法》（总局令第20号，2022年修正）, received up to 2026-04-14.</summary>
    Order20 = 20,

    /// <summary>《市场监督管理投诉举报处理办法》（总局令第121号）, received from 2026-04-15.</summary>
    Order121 = 121,
}
