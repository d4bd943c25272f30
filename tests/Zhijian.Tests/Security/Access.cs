using PlatformRoles = Zhijian.Platform.Identity.Roles;
using PlatformScopes = Zhijian.Platform.Identity.Scopes;

namespace Zhijian.Tests.Security;

/// <summary>How a caller reaches the app.</summary>
public enum CallerKind
{
    Anonymous,
    Staff,
    ApiClient,
}

/// <summary>
/// One caller of the permissions matrix: nobody, a staff member (cookie, by demo login) or an API client (key), with
/// the org unit it belongs to. The demo org tree: 370100 (济南市局, the top unit) above every county bureau.
/// </summary>
public sealed record Caller(string Name, CallerKind Kind, string? Org, IReadOnlySet<string> Roles, IReadOnlySet<string> Scopes, string? Login = null)
{
    public static Caller Anonymous { get; } = new("anonymous", CallerKind.Anonymous, null, new HashSet<string>(), new HashSet<string>());

    public static Caller Staff(string login, string role, string org) =>
        new($"{login}({role}@{org})", CallerKind.Staff, org, new HashSet<string> { role }, new HashSet<string>(), login);

    public static Caller Client(string name, string org, params string[] scopes) =>
        new($"{name}({string.Join('+', scopes)}@{org})", CallerKind.ApiClient, org, new HashSet<string>(), new HashSet<string>(scopes));

    public bool IsStaff => Kind == CallerKind.Staff;

    public bool IsClient => Kind == CallerKind.ApiClient;

    public bool HasRole(string role) => IsStaff && Roles.Contains(role);

    public bool HasAnyRole(IEnumerable<string> roles) => roles.Any(HasRole);

    /// <summary>An API client's scope; <c>*</c> grants every scope.</summary>
    public bool HasScope(string scope) => IsClient && (Scopes.Contains(PlatformScopes.All) || Scopes.Contains(scope));

    /// <summary>Staff role admin, or an API client with scope admin (or *).</summary>
    public bool IsAdministrator => HasRole(PlatformRoles.Admin) || HasScope(PlatformScopes.Admin);

    public bool AtTopUnit => Org is not null && OrgTree.Parent(Org) is null;

    public override string ToString() => Name;
}

/// <summary>The demo org tree as far as the matrix needs it (DemoData.SeedOrgTreeAsync).</summary>
public static class OrgTree
{
    public const string City = "370100";
    public const string County = "370102";
    public const string OtherCounty = "370103";

    public static string? Parent(string org) => org == City ? null : City;

    /// <summary>Whether <paramref name="upper"/> lies strictly above <paramref name="lower"/>.</summary>
    public static bool StrictlyAbove(string upper, string lower)
    {
        for (var p = Parent(lower); p is not null; p = Parent(p))
        {
            if (p == upper) return true;
        }

        return false;
    }

    public static bool AtOrAbove(string upper, string lower) => upper == lower || StrictlyAbove(upper, lower);
}

/// <summary>The answer the matrix expects.</summary>
public enum Expect
{
    /// <summary>Authorization let the request through: any status except 401 and 403 (ids and bodies are placeholders).</summary>
    Passes,

    /// <summary>401 (API) or a redirect to the login page (console).</summary>
    Unauthenticated,

    /// <summary>403 (API) or, on the console, 403 or a redirect to /account/denied.</summary>
    Forbidden,

    /// <summary>Refused, and the target may also be hidden: 403 or 404.</summary>
    Denied,

    /// <summary>Refused for a target named in the body that the caller cannot see: any 4xx but 401 (403, 404, 400, 422).</summary>
    Refused,
}

/// <summary>
/// An access class: a name and its meaning as a pure function of the caller. The vocabulary is small on purpose;
/// combine with <c>|</c> (either grants) and <c>&amp;</c> (both must).
/// </summary>
public sealed class Access(string name, Func<Caller, Expect> rule, bool anonymous = false)
{
    public string Name { get; } = name;

    /// <summary>The expected answer; every class but <see cref="Public"/> sends the anonymous caller to log in.</summary>
    public Expect For(Caller caller) => caller.Kind == CallerKind.Anonymous && !anonymous ? Expect.Unauthenticated : rule(caller);

    public override string ToString() => Name;

    public static Access operator |(Access a, Access b) => new($"{a.Name} | {b.Name}", c =>
    {
        var (x, y) = (a.For(c), b.For(c));
        if (x == Expect.Passes || y == Expect.Passes) return Expect.Passes;
        return x == Expect.Denied || y == Expect.Denied ? Expect.Denied : Expect.Forbidden;
    });

    /// <summary>Both grant.</summary>
    public static Access operator &(Access a, Access b) => new($"{a.Name} & {b.Name}", c =>
    {
        var (x, y) = (a.For(c), b.For(c));
        if (x == Expect.Passes && y == Expect.Passes) return Expect.Passes;
        return x == Expect.Denied || y == Expect.Denied ? Expect.Denied : Expect.Forbidden;
    });

    private static Expect If(bool granted) => granted ? Expect.Passes : Expect.Forbidden;

    /// <summary>Anyone, signed in or not (the portal, code tables, the calendar's day and deadline look-ups).</summary>
    public static Access Public { get; } = new(nameof(Public), _ => Expect.Passes, anonymous: true);

    /// <summary>Any signed-in staff member or API client.</summary>
    public static Access Authenticated { get; } = new(nameof(Authenticated), _ => Expect.Passes);

    /// <summary>Any staff member (no API client).</summary>
    public static Access AnyStaff { get; } = new(nameof(AnyStaff), c => If(c.IsStaff));

    /// <summary>Staff holding one of <paramref name="roles"/>.</summary>
    public static Access Roles(params string[] roles) => new($"Roles({string.Join(',', roles)})", c => If(c.HasAnyRole(roles)));

    /// <summary>API clients holding one of <paramref name="scopes"/> (or <c>*</c>).</summary>
    public static Access Scopes(params string[] scopes) => new($"Scopes({string.Join(',', scopes)})", c => If(scopes.Any(c.HasScope)));

    /// <summary>Only API clients with <c>*</c>.</summary>
    public static Access AllScopes { get; } = new("Scopes(*)", c => If(c.IsClient && c.Scopes.Contains(PlatformScopes.All)));

    /// <summary>Any staff member, and API clients holding one of <paramref name="scopes"/>.</summary>
    public static Access StaffOrScopes(params string[] scopes) => AnyStaff | Scopes(scopes);

    /// <summary>Administrators: staff role admin, or API clients with scope admin (or *).</summary>
    public static Access Admin { get; } = new(nameof(Admin), c => If(c.IsAdministrator));

    /// <summary>
    /// Administrators (role admin, scope admin or *, plus <paramref name="extraScopes"/>) whose org unit is the top
    /// unit (no parent): settings that hold for the whole platform (rules, the national holiday calendar).
    /// </summary>
    public static Access TopAdmin(params string[] extraScopes) => new(
        extraScopes.Length == 0 ? nameof(TopAdmin) : $"TopAdmin(+{string.Join(',', extraScopes)})",
        c => If((c.IsAdministrator || extraScopes.Any(c.HasScope)) && c.AtTopUnit));

    /// <summary>Staff with role admin whose org unit is the top unit (no API client).</summary>
    public static Access TopAdminStaff { get; } = new(nameof(TopAdminStaff), c => If(c.HasRole(PlatformRoles.Admin) && c.AtTopUnit));

    /// <summary>
    /// Administrators of a unit strictly above <paramref name="target"/> (an administrator never manages its own
    /// unit); callers outside the target's branch may also be answered 404.
    /// </summary>
    public static Access AdminAbove(string target) => new($"AdminAbove({target})", c =>
        !c.IsAdministrator ? Expect.Forbidden
        : OrgTree.StrictlyAbove(c.Org!, target) ? Expect.Passes
        : OrgTree.AtOrAbove(target, c.Org!) ? Expect.Forbidden
        : Expect.Denied);

    /// <summary>
    /// Administrators of <paramref name="parent"/> or above (creating a unit below it); an administrator outside the
    /// parent's branch does not see the parent and may be answered as for a parent that does not exist.
    /// </summary>
    public static Access AdminAtOrAbove(string parent) => new($"AdminAtOrAbove({parent})", c =>
        !c.IsAdministrator ? Expect.Forbidden
        : OrgTree.AtOrAbove(c.Org!, parent) ? Expect.Passes
        : OrgTree.AtOrAbove(parent, c.Org!) ? Expect.Forbidden
        : Expect.Refused);

    /// <summary>A console page: <paramref name="inner"/> for staff; an API key is no console credential (sent to log in).</summary>
    public static Access Console(Access inner) => new($"Console({inner.Name})", c => c.IsClient ? Expect.Unauthenticated : inner.For(c));
}
