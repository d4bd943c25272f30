using System.Text.Json;

namespace Zhijian.Prices.Features.Warnings;

/// <summary>
/// A warning as <c>GET /api/v1/prices/warnings</c> answers it: the fields (good, level, rule, period, value, inputs) and the rest a
/// reader needs (number, names, division, rule version, message, status).
/// </summary>
internal sealed record WarningView(long Id, string Number, string Good, string GoodName, int Level, string LevelName, string Rule, string RuleName, string RuleVersion,
    string Period, DateOnly PeriodStart, DateOnly PeriodEnd, decimal Value, string ValueUnit, JsonElement Inputs, string Message, string Division, string DivisionName,
    DateTimeOffset RaisedAt, bool NoticeSent, string Status, string? HandledNote, string? HandledBy, DateTimeOffset? HandledAt);

/// <summary>处置 a warning: what was done (e.g. 已开展专项检查、约谈经营者、启动储备投放).</summary>
internal sealed record HandleWarning(string? Note);

/// <summary>A new change rule for a good (version 1), or the next version of one (posted to the rule group).</summary>
internal sealed record SaveChangeRule(string? Good, string? Window, string? Direction, decimal? Percent, int? Level, DateOnly? EffectiveFrom, string? Note);

internal sealed record ChangeRuleRow(long Id, long GroupId, int Version, string Good, string GoodName, string Window, string Direction, decimal Percent, int Level,
    string LevelName, DateOnly EffectiveFrom, DateOnly? EffectiveTo, bool Current, string? Note, string CreatedBy, DateTimeOffset CreatedAt);
