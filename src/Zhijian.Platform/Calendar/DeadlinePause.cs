namespace Zhijian.Platform.Calendar;

/// <summary>
/// 期限中止/扣除期间: a stretch not counted towards a deadline (中止、检验检测、专家评审、听证、公告期间),
/// inclusive of both days.
/// </summary>
/// <param name="Start">First day not counted.</param>
/// <param name="End">Last day not counted; null while the matter is still paused (no deadline can be given yet).</param>
/// <param name="Reason">The recorded reason (中止原因), e.g. 检验检测.</param>
public sealed record DeadlinePause(DateOnly Start, DateOnly? End, string Reason);
