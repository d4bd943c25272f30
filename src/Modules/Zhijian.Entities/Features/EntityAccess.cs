using Zhijian.Platform.Identity;

namespace Zhijian.Entities.Features;

/// <summary>Who may do what in the registry: the one place the module checks roles and scopes.</summary>
internal static class EntityAccess
{
    public const string ReadScope = "entities.read";
    public const string WriteScope = "entities.write";
    public const string ReadPolicy = "entities.read";
    public const string WritePolicy = "entities.write";

    public static bool CanWrite(Actor a) => a.IsInRole(Roles.Registrar) || a.IsInRole(Roles.Admin) || a.HasScope(WriteScope);

    /// <summary>Staff see legal representatives' names in search; the public portal never does.</summary>
    public static bool CanSearchPeople(Actor a) => a.IsAuthenticated && (!a.IsApiClient || a.HasScope(ReadScope));
}
