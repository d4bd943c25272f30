namespace Zhijian.Cases.Contracts;

/// <summary>行政处罚的种类 (《行政处罚法》第九条).</summary>
public enum PenaltyKind
{
    /// <summary>警告</summary>
    Warning = 1,

    /// <summary>通报批评</summary>
    PublicReprimand = 2,

    /// <summary>罚款</summary>
    Fine = 3,

    /// <summary>没收违法所得</summary>
    ConfiscateIllegalGains = 4,

    /// <summary>没收非法财物</summary>
    ConfiscateProperty = 5,

    /// <summary>暂扣许可证件</summary>
    SuspendLicence = 6,

    /// <summary>降低资质等级</summary>
    LowerQualification = 7,

    /// <summary>吊销许可证件</summary>
    RevokeLicence = 8,

    /// <summary>限制开展生产经营活动</summary>
    RestrictOperations = 9,

    /// <summary>责令停产停业</summary>
    SuspendOperations = 10,

    /// <summary>责令关闭</summary>
    Closure = 11,

    /// <summary>限制从业</summary>
    PracticeRestriction = 12,

    /// <summary>吊销营业执照 (a 许可证件 of 《行政处罚法》第九条 that the provisions name on its own, e.g. 产品质量法第四十九条)</summary>
    RevokeBusinessLicence = 13,
}
