namespace Zhijian.Credit.Contracts;

/// <summary>
/// 企业信用信息公示页 extension point: a module registers (<c>services.AddSingleton(new PublicCreditSection(…))</c>) a Razor
/// component with a <c>Uscc</c> string parameter; the public credit page (/gs/credit/{uscc}, static rendering, anonymous)
/// renders it under <see cref="Title"/> in <see cref="Order"/>, without the credit module knowing the module. The
/// component shows public data only.
/// </summary>
public sealed record PublicCreditSection(string Title, Type Component, int Order);
