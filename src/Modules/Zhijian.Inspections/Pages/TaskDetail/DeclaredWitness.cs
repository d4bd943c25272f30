namespace Zhijian.Inspections.Pages.TaskDetail;

/// <summary>A declared witness as the draw cards show it (a public type, so components can take it as a parameter).</summary>
public sealed record DeclaredWitness(long Id, string Name, string Unit, string Role, string? Value);
