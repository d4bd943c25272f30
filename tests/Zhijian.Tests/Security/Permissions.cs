using static Zhijian.Tests.Security.Access;
using R = Zhijian.Platform.Identity.Roles;

namespace Zhijian.Tests.Security;

/// <summary>
/// One row of the matrix: the access class, and optionally a sample path and body to send instead of the placeholders
/// ({token}s are demo values: see PermissionsMatrixTests.TokensAsync). <see cref="Multipart"/> as the body sends a tiny
/// file as multipart/form-data field "file".
/// </summary>
public sealed record Rule(Access Access, string? Sample = null, string? Body = null)
{
    public const string Multipart = "<multipart>";
}

/// <summary>
/// The expected access of every API operation and every console/portal page, written by hand from the code and from
/// the rules of issue 16 — never derived from the server's metadata, so that the test can fail. A new operation or
/// page needs a line here; read its code (policy and service checks) and pick the class.
/// </summary>
public static class Permissions
{
    // ───── classes of the modules, as their *Access classes define them ─────
    private static readonly Access EntityRead = StaffOrScopes("entities.read", "entities.write");
    private static readonly Access EntityWrite = Roles(R.Registrar, R.Admin) | Scopes("entities.write");

    private static readonly Access CreditRead = StaffOrScopes("credit.read", "credit.write");
    private static readonly Access CreditWrite = Roles(R.Registrar, R.SectionChief, R.Admin) | Scopes("credit.write");
    private static readonly Access CreditDecide = Roles(R.Registrar, R.SectionChief, R.Admin);
    private static readonly Access CreditConfirm = Roles(R.SectionChief, R.Admin);
    private static readonly Access RiskRecompute = Roles(R.Registrar, R.SectionChief, R.Admin) | AllScopes;

    private static readonly Access InspectionRead = StaffOrScopes("inspections.read", "inspections.write");
    private static readonly Access InspectionOrganise = Roles(R.SectionChief, R.Admin);
    private static readonly Access InspectionResults = Roles(R.Inspector, R.SectionChief, R.Admin) | Scopes("inspections.write");

    private static readonly Access ComplaintRead = Roles(R.ComplaintHandler, R.SectionChief, R.Leader, R.Admin) | Scopes("complaints.read", "complaints.write");
    private static readonly Access ComplaintIntake = Roles(R.ComplaintHandler, R.SectionChief) | Scopes("complaints.write");
    private static readonly Access ComplaintHandle = Roles(R.ComplaintHandler, R.SectionChief);
    private static readonly Access ComplaintManage = Roles(R.SectionChief, R.Admin);

    private static readonly Access CaseRead = Roles(R.CaseHandler, R.LegalReviewer, R.SectionChief, R.Leader, R.Admin);
    private static readonly Access CaseHandle = Roles(R.CaseHandler, R.SectionChief);
    private static readonly Access CaseApprove = Roles(R.SectionChief, R.Leader);
    private static readonly Access CaseReview = Roles(R.LegalReviewer);
    private static readonly Access CaseLead = Roles(R.Leader);

    private static readonly Access IndicatorRead = Roles(R.Leader, R.SectionChief, R.Admin, R.LegalReviewer, R.Registrar, R.Inspector, R.ComplaintHandler, R.CaseHandler)
        | Scopes("indicators.read");
    private static readonly Access IndicatorManage = Roles(R.Leader, R.SectionChief, R.Admin);
    private static readonly Access IndicatorApprove = Roles(R.SectionChief, R.Leader);

    /// <summary>The ODR businesses' own interface: X-Odr-Key, which no matrix caller holds.</summary>
    private static readonly Access OdrKey = new(nameof(OdrKey), _ => Expect.Unauthenticated, anonymous: true);

    public static readonly IReadOnlyDictionary<string, Rule> Api = new Dictionary<string, Rule>(StringComparer.Ordinal)
    {
        // ───── platform: identity, org units, rules, calendar, codes, audit ─────
        ["GET /api/v1/me"] = new(Authenticated),
        ["GET /api/v1/todo"] = new(Authenticated),
        ["GET /api/v1/audit/verify"] = new(Admin),
        ["GET /api/v1/admin/jobs"] = new(Admin),
        // Runs a job now (the cheapest one): administrators of the top unit only, like the other deployment-wide settings.
        ["POST /api/v1/admin/jobs/{key}/trigger"] = new(TopAdmin(), "/api/v1/admin/jobs/cases.disclosure-sweep/trigger"),
        ["GET /api/v1/org-units"] = new(Authenticated),
        // A new unit below the county bureau: its administrators or those above (issue 16, hierarchical administration).
        ["POST /api/v1/org-units"] = new(AdminAtOrAbove(OrgTree.County),
            Body: """{"parentId":{unit:county},"code":"MATRIX-{caller}","name":"矩阵测试所","divisionCode":"{street:county}"}"""),
        // The county bureau itself, sent back unchanged: only administrators strictly above it (finding 1).
        ["PUT /api/v1/org-units/{id}"] = new(AdminAbove(OrgTree.County), "/api/v1/org-units/{unit:county}",
            """{"name":"{unit:county:name}","coveredDivisions":[{unit:county:covered}],"active":true}"""),
        ["GET /api/v1/rules"] = new(Authenticated),
        ["GET /api/v1/rules/{key}"] = new(Authenticated),
        // City-wide rule settings: administrators of the top unit only (finding 3).
        ["POST /api/v1/rules/{key}/versions"] = new(TopAdmin(), "/api/v1/rules/complaint.flag-frequent/versions",
            """{"value":"10","effectiveFrom":"2099-01-01","note":"权限矩阵测试"}"""),
        ["GET /api/v1/calendar/years"] = new(Public),
        // The national holiday calendar: administrators (or scope calendar.write) of the top unit only (finding 4).
        ["PUT /api/v1/calendar/years/{year}"] = new(TopAdmin("calendar.write"), "/api/v1/calendar/years/2027",
            """{"year":2027,"holidays":[],"makeupDays":[],"source":"权限矩阵测试"}"""),
        ["GET /api/v1/calendar/days/{date}"] = new(Public),
        ["GET /api/v1/calendar/deadline"] = new(Public, "/api/v1/calendar/deadline?from=2026-11-23&workingDays=5"),
        ["GET /api/v1/codes/divisions/{code}"] = new(Public),
        ["GET /api/v1/codes/industries/{code}"] = new(Public, "/api/v1/codes/industries/F52"),
        ["GET /api/v1/codes/uscc/{code}"] = new(Public, "/api/v1/codes/uscc/91370102MA00000000"),

        // ───── entities ─────
        ["GET /api/v1/entities"] = new(EntityRead),
        ["POST /api/v1/entities"] = new(EntityWrite),
        ["GET /api/v1/entities/{uscc}"] = new(EntityRead),
        ["PUT /api/v1/entities/{uscc}"] = new(EntityWrite),
        ["POST /api/v1/entities/{uscc}/status"] = new(EntityWrite),
        ["POST /api/v1/entities/{uscc}/annual-reports"] = new(EntityWrite),
        ["POST /api/v1/entities/{uscc}/licences"] = new(EntityWrite),
        ["GET /api/v1/entities/annual-reports/missing"] = new(EntityRead),
        ["GET /api/v1/entities/annual-reports/rate"] = new(EntityRead),
        ["GET /api/v1/entities/licences/expired-operating"] = new(EntityRead),
        ["GET /api/v1/entities/licences/expiring"] = new(EntityRead),
        ["GET /api/v1/entities/export.csv"] = new(EntityRead),
        ["GET /api/v1/entities/export.xlsx"] = new(EntityRead),
        ["POST /api/v1/entities/import"] = new(EntityWrite, "/api/v1/entities/import?dryRun=true", Rule.Multipart),
        ["GET /api/v1/entities/import/template.csv"] = new(EntityWrite),
        ["GET /api/v1/entities/import/errors/{id}.csv"] = new(EntityWrite, "/api/v1/entities/import/errors/0000000000000000.csv"),

        // ───── credit ─────
        ["GET /api/v1/credit/records"] = new(CreditRead),
        ["POST /api/v1/credit/records"] = new(CreditWrite),
        ["POST /api/v1/credit/records/batch"] = new(CreditWrite, Body: "[]"),
        ["POST /api/v1/credit/records/import"] = new(CreditWrite, Body: Rule.Multipart),
        ["GET /api/v1/credit/records/import/template.csv"] = new(CreditWrite),
        ["GET /api/v1/credit/records/import/errors/{id}.csv"] = new(CreditWrite, "/api/v1/credit/records/import/errors/0000000000000000.csv"),
        ["GET /api/v1/credit/quarantine"] = new(CreditDecide),
        ["POST /api/v1/credit/quarantine/release"] = new(CreditDecide),
        ["GET /api/v1/credit/sharing-scopes"] = new(CreditDecide),
        ["POST /api/v1/credit/sharing-scopes"] = new(Roles(R.SectionChief, R.Admin)),
        ["POST /api/v1/credit/sharing-scopes/{id}/revoke"] = new(Roles(R.SectionChief, R.Admin)),
        ["GET /api/v1/credit/reviews"] = new(CreditDecide),
        ["POST /api/v1/credit/records/{id}/review"] = new(Roles(R.SectionChief, R.Admin)),
        ["GET /api/v1/credit/events"] = new(CreditRead),
        ["GET /api/v1/credit/listings"] = new(CreditRead),
        ["POST /api/v1/credit/listings"] = new(CreditDecide),
        ["GET /api/v1/credit/listings/{id}"] = new(CreditRead),
        ["POST /api/v1/credit/listings/{id}/remove"] = new(CreditDecide),
        ["POST /api/v1/credit/listings/{id}/confirm"] = new(CreditConfirm),
        ["POST /api/v1/credit/listings/{id}/reject"] = new(CreditConfirm),
        ["POST /api/v1/credit/listings/abnormal/run"] = new(CreditDecide),
        ["POST /api/v1/credit/listings/serious/run"] = new(CreditDecide),
        ["GET /api/v1/credit/repairs"] = new(CreditRead),
        ["POST /api/v1/credit/repairs"] = new(CreditWrite),
        ["GET /api/v1/credit/repairs/{id}"] = new(CreditRead),
        ["POST /api/v1/credit/repairs/{id}/accept"] = new(CreditDecide),
        ["POST /api/v1/credit/repairs/{id}/not-accept"] = new(CreditDecide),
        ["POST /api/v1/credit/repairs/{id}/approve"] = new(CreditDecide),
        ["POST /api/v1/credit/repairs/{id}/deny"] = new(CreditDecide),
        ["POST /api/v1/credit/repairs/{id}/complete"] = new(CreditDecide),
        ["GET /api/v1/credit/entities/{uscc}/risk"] = new(CreditRead),
        ["POST /api/v1/credit/entities/{uscc}/risk/recompute"] = new(RiskRecompute),
        ["GET /api/v1/credit/risk/distribution"] = new(CreditRead),
        ["GET /api/v1/credit/risk/warnings"] = new(CreditRead),
        ["GET /api/v1/credit/risk/model"] = new(CreditRead),
        // One model for the whole platform, like the rule settings: administrators of the top unit, on the console.
        ["PUT /api/v1/credit/risk/model"] = new(TopAdminStaff),
        ["POST /api/v1/credit/risk/recompute"] = new(RiskRecompute),

        // ───── inspections ─────
        ["GET /api/v1/inspections/items"] = new(InspectionRead),
        ["POST /api/v1/inspections/items"] = new(InspectionOrganise),
        ["PUT /api/v1/inspections/items/{id}"] = new(InspectionOrganise),
        ["POST /api/v1/inspections/items/{id}/retire"] = new(InspectionOrganise),
        ["POST /api/v1/inspections/items/publish"] = new(InspectionOrganise),
        ["POST /api/v1/inspections/items/import"] = new(InspectionOrganise, Body: Rule.Multipart),
        ["GET /api/v1/inspections/items/import/template.csv"] = new(InspectionRead),
        ["GET /api/v1/inspections/items/import/errors/{id}.csv"] = new(InspectionOrganise, "/api/v1/inspections/items/import/errors/0000000000000000.csv"),
        ["GET /api/v1/inspections/libraries"] = new(InspectionRead),
        ["POST /api/v1/inspections/libraries"] = new(InspectionOrganise),
        ["GET /api/v1/inspections/libraries/{id}"] = new(InspectionRead),
        ["PUT /api/v1/inspections/libraries/{id}"] = new(InspectionOrganise),
        ["GET /api/v1/inspections/libraries/{id}/preview"] = new(InspectionRead),
        ["GET /api/v1/inspections/inspectors"] = new(InspectionRead),
        ["POST /api/v1/inspections/inspectors"] = new(InspectionOrganise),
        ["PUT /api/v1/inspections/inspectors/{id}"] = new(InspectionOrganise),
        ["POST /api/v1/inspections/inspectors/{id}/leaves"] = new(InspectionOrganise),
        ["POST /api/v1/inspections/inspectors/{id}/conflicts"] = new(InspectionOrganise),
        ["GET /api/v1/inspections/witnesses"] = new(InspectionRead),
        ["POST /api/v1/inspections/witnesses"] = new(InspectionOrganise),
        ["PUT /api/v1/inspections/witnesses/{id}"] = new(InspectionOrganise),
        ["GET /api/v1/inspections/plans"] = new(InspectionRead),
        ["POST /api/v1/inspections/plans"] = new(InspectionOrganise),
        ["PUT /api/v1/inspections/plans/{id}"] = new(InspectionOrganise),
        ["POST /api/v1/inspections/plans/{id}/publish"] = new(InspectionOrganise),
        ["GET /api/v1/inspections/tasks"] = new(InspectionRead),
        ["POST /api/v1/inspections/tasks"] = new(InspectionOrganise),
        ["GET /api/v1/inspections/tasks/{id}"] = new(InspectionRead),
        ["POST /api/v1/inspections/tasks/{id}/commit"] = new(InspectionOrganise),
        ["POST /api/v1/inspections/tasks/{id}/draw"] = new(InspectionOrganise),
        ["POST /api/v1/inspections/tasks/{id}/supplement"] = new(InspectionOrganise),
        ["GET /api/v1/inspections/tasks/{id}/draws"] = new(InspectionRead),
        ["POST /api/v1/inspections/tasks/{id}/draws/{seq}/cancel"] = new(InspectionOrganise),
        ["POST /api/v1/inspections/tasks/{id}/assign"] = new(InspectionOrganise),
        ["GET /api/v1/inspections/tasks/{id}/officer-draws"] = new(InspectionRead),
        ["POST /api/v1/inspections/tasks/{id}/officer-draws/{seq}/draw"] = new(InspectionOrganise),
        ["POST /api/v1/inspections/tasks/{id}/officer-draws/{seq}/cancel"] = new(InspectionOrganise),
        ["GET /api/v1/inspections/tasks/{id}/assignments"] = new(InspectionRead),
        ["POST /api/v1/inspections/assignments/{id}/recuse"] = new(InspectionOrganise),
        ["GET /api/v1/inspections/tasks/{id}/results"] = new(InspectionResults),
        ["POST /api/v1/inspections/tasks/{id}/results"] = new(InspectionResults),
        ["GET /api/v1/inspections/mine"] = new(InspectionResults),
        ["POST /api/v1/inspections/results/{id}/confirm"] = new(InspectionResults),
        ["POST /api/v1/inspections/results/{id}/attachments"] = new(InspectionResults, Body: Rule.Multipart),
        ["GET /api/v1/inspections/attachments/{id}"] = new(InspectionRead),
        ["POST /api/v1/inspections/tasks/{id}/publish"] = new(InspectionOrganise),
        ["POST /api/v1/inspections/results/{id}/correct"] = new(InspectionOrganise),
        ["GET /api/v1/inspections/metrics"] = new(InspectionRead),
        ["GET /api/v1/inspections/due"] = new(InspectionRead),
        ["GET /api/v1/public/inspections/items"] = new(Public),
        ["GET /api/v1/public/inspections/plans"] = new(Public),
        ["GET /api/v1/public/inspections/tasks"] = new(Public),
        ["GET /api/v1/public/inspections/tasks/{id}/assignments"] = new(Public),
        ["GET /api/v1/public/inspections/tasks/{id}/draw"] = new(Public),
        ["GET /api/v1/public/inspections/tasks/{id}/draws"] = new(Public),
        ["GET /api/v1/public/inspections/tasks/{id}/draws/{seq}"] = new(Public),
        ["GET /api/v1/public/inspections/tasks/{id}/results"] = new(Public),
        ["GET /api/v1/public/inspections/tasks/{id}/officer-draws"] = new(Public),
        ["GET /api/v1/public/inspections/tasks/{id}/officer-draws/{seq}"] = new(Public),

        // ───── complaints ─────
        ["GET /api/v1/complaints"] = new(ComplaintRead),
        ["POST /api/v1/complaints"] = new(ComplaintIntake),
        ["GET /api/v1/complaints/{id}"] = new(ComplaintRead),
        ["GET /api/v1/complaints/by-ticket/{source}/{ticket}"] = new(ComplaintRead),
        // The clear identity of complainants: the handler role only (ComplaintAccess.SeesIdentity).
        ["GET /api/v1/complaints/{id}/contact"] = new(Roles(R.ComplaintHandler)),
        ["POST /api/v1/complaints/{id}/assign"] = new(ComplaintHandle),
        ["POST /api/v1/complaints/{id}/respond"] = new(ComplaintHandle),
        ["POST /api/v1/complaints/{id}/notes"] = new(ComplaintHandle),
        ["POST /api/v1/complaints/{id}/accept"] = new(ComplaintHandle),
        ["POST /api/v1/complaints/{id}/refuse"] = new(ComplaintHandle),
        ["POST /api/v1/complaints/{id}/transfer"] = new(ComplaintHandle),
        ["POST /api/v1/complaints/{id}/pause"] = new(ComplaintHandle),
        ["POST /api/v1/complaints/{id}/resume"] = new(ComplaintHandle),
        ["POST /api/v1/complaints/{id}/settle"] = new(ComplaintHandle),
        ["POST /api/v1/complaints/{id}/terminate"] = new(ComplaintHandle),
        ["POST /api/v1/complaints/{id}/clue"] = new(ComplaintHandle),
        ["POST /api/v1/complaints/{id}/extend"] = new(ComplaintHandle),
        ["POST /api/v1/complaints/{id}/decide"] = new(ComplaintHandle),
        ["POST /api/v1/complaints/{id}/duplicate"] = new(ComplaintHandle),
        ["POST /api/v1/complaints/{id}/answer"] = new(ComplaintHandle),
        ["POST /api/v1/complaints/{id}/attachments"] = new(ComplaintIntake, Body: Rule.Multipart),
        ["GET /api/v1/complaints/attachments/{id}"] = new(ComplaintRead),
        ["GET /api/v1/complaints/sla"] = new(ComplaintRead),
        ["GET /api/v1/complaints/monthly"] = new(ComplaintRead),
        ["GET /api/v1/complaints/categories"] = new(ComplaintRead),
        ["POST /api/v1/complaints/categories"] = new(ComplaintManage),
        ["GET /api/v1/complaints/odr"] = new(ComplaintRead),
        ["POST /api/v1/complaints/odr"] = new(ComplaintManage),
        ["POST /api/v1/complaints/odr/{id}/deactivate"] = new(ComplaintManage),
        ["GET /api/v1/complaints/analysis/hotspots"] = new(ComplaintRead),
        ["POST /api/v1/complaints/analysis/spikes/detect"] = new(ComplaintManage),
        ["GET /api/v1/complaints/analysis/warnings"] = new(ComplaintRead),
        ["POST /api/v1/complaints/analysis/warnings/{id}/acknowledge"] = new(ComplaintHandle),
        ["GET /api/v1/complaints/warnings"] = new(ComplaintRead),
        ["POST /api/v1/complaints/warnings/draft"] = new(ComplaintManage),
        ["GET /api/v1/complaints/warnings/{id}"] = new(ComplaintRead),
        ["PUT /api/v1/complaints/warnings/{id}"] = new(ComplaintManage),
        ["POST /api/v1/complaints/warnings/{id}/publish"] = new(ComplaintManage),
        ["POST /api/v1/complaints/warnings/{id}/withdraw"] = new(ComplaintManage),
        ["GET /api/v1/odr/complaints"] = new(OdrKey),
        ["POST /api/v1/odr/complaints/{id}/answer"] = new(OdrKey),
        ["POST /api/v1/public/complaints"] = new(Public),
        ["GET /api/v1/public/complaints/{number}"] = new(Public),
        ["POST /api/v1/public/complaints/{number}/satisfaction"] = new(Public),
        ["POST /api/v1/public/complaints/{number}/attachments"] = new(Public, Body: Rule.Multipart),
        ["GET /api/v1/public/complaints/businesses"] = new(Public),
        ["GET /api/v1/public/complaints/businesses/{uscc}"] = new(Public),
        ["GET /api/v1/public/complaints/categories"] = new(Public),
        ["GET /api/v1/public/complaints/odr"] = new(Public),
        ["GET /api/v1/public/complaints/warnings"] = new(Public),
        ["GET /api/v1/public/complaints/warnings/{id}"] = new(Public),

        // ───── cases (staff only; the service names who acts at each step: CaseActions.RunAsync) ─────
        ["GET /api/v1/cases"] = new(CaseRead),
        ["GET /api/v1/cases/{id}"] = new(CaseRead),
        ["GET /api/v1/cases/metrics"] = new(CaseRead),
        ["GET /api/v1/cases/files/{id}"] = new(CaseRead),
        ["GET /api/v1/cases/documents/{id}"] = new(CaseRead),
        ["GET /api/v1/cases/clues"] = new(CaseRead),
        ["POST /api/v1/cases/clues"] = new(CaseHandle),
        ["GET /api/v1/cases/clues/{id}"] = new(CaseRead),
        ["POST /api/v1/cases/clues/{id}/extend"] = new(CaseApprove),
        ["POST /api/v1/cases/clues/{id}/pause"] = new(CaseHandle),
        ["POST /api/v1/cases/clues/{id}/resume"] = new(CaseHandle),
        ["POST /api/v1/cases/clues/{id}/decline"] = new(CaseApprove),
        ["POST /api/v1/cases/clues/{id}/open"] = new(CaseApprove),
        ["POST /api/v1/cases/simple"] = new(CaseHandle),
        ["POST /api/v1/cases/{id}/evidence"] = new(CaseHandle),
        ["POST /api/v1/cases/{id}/files"] = new(CaseHandle, Body: Rule.Multipart),
        ["POST /api/v1/cases/{id}/measures"] = new(CaseHandle),
        ["POST /api/v1/cases/{id}/measures/{mid}/extend"] = new(CaseApprove),
        ["POST /api/v1/cases/{id}/measures/{mid}/end"] = new(CaseHandle),
        ["POST /api/v1/cases/{id}/proposal"] = new(CaseHandle),
        ["POST /api/v1/cases/{id}/submit"] = new(CaseHandle),
        ["POST /api/v1/cases/{id}/review"] = new(CaseReview),
        ["POST /api/v1/cases/{id}/notice"] = new(CaseHandle),
        ["POST /api/v1/cases/{id}/statement"] = new(CaseHandle),
        ["POST /api/v1/cases/{id}/advance"] = new(CaseHandle),
        ["POST /api/v1/cases/{id}/hearing"] = new(CaseHandle),
        ["POST /api/v1/cases/{id}/legal-review"] = new(CaseReview),
        ["POST /api/v1/cases/{id}/collective"] = new(CaseLead),
        ["POST /api/v1/cases/{id}/decide"] = new(CaseApprove),
        ["POST /api/v1/cases/{id}/serve"] = new(CaseHandle),
        ["POST /api/v1/cases/{id}/payment"] = new(CaseHandle),
        ["POST /api/v1/cases/{id}/enforcement"] = new(CaseApprove),
        ["POST /api/v1/cases/{id}/close"] = new(CaseApprove),
        ["POST /api/v1/cases/{id}/extend"] = new(CaseApprove),
        ["POST /api/v1/cases/{id}/suspend"] = new(CaseHandle),
        ["POST /api/v1/cases/{id}/resume"] = new(CaseHandle),
        ["POST /api/v1/cases/{id}/police"] = new(CaseApprove),
        ["POST /api/v1/cases/{id}/police/receipt"] = new(CaseHandle),
        ["POST /api/v1/cases/{id}/police/outcome"] = new(CaseHandle),
        ["POST /api/v1/cases/{id}/corrections"] = new(CaseApprove),
        ["GET /api/v1/cases/review-items"] = new(CaseRead),
        ["POST /api/v1/cases/review-items"] = new(Roles(R.SectionChief, R.Leader, R.Admin)),
        ["POST /api/v1/cases/{id}/file-review"] = new(Roles(R.LegalReviewer, R.SectionChief, R.Leader)),
        ["GET /api/v1/cases/file-reviews"] = new(CaseRead),

        // ───── supervision centre (dashboard) ─────
        ["GET /api/v1/indicators"] = new(IndicatorRead),
        ["GET /api/v1/indicators/plans"] = new(IndicatorRead),
        ["POST /api/v1/indicators/plans"] = new(IndicatorManage),
        ["POST /api/v1/indicators/plans/import"] = new(IndicatorManage, Body: Rule.Multipart),
        ["GET /api/v1/indicators/plans/template"] = new(IndicatorRead),
        ["POST /api/v1/indicators/plans/{id}/indicators"] = new(IndicatorManage),
        ["PUT /api/v1/indicators/plans/{id}/indicators/{indicatorId}"] = new(IndicatorManage),
        ["POST /api/v1/indicators/plans/{id}/attachments"] = new(IndicatorManage),
        ["DELETE /api/v1/indicators/attachments/{id}"] = new(IndicatorManage),
        ["GET /api/v1/indicators/measures"] = new(IndicatorRead),
        ["POST /api/v1/indicators/snapshots"] = new(IndicatorManage),
        ["GET /api/v1/indicators/warnings"] = new(IndicatorRead),
        ["GET /api/v1/indicators/manual"] = new(IndicatorRead),
        // Any staff member of the unit enters values; API clients do not.
        ["POST /api/v1/indicators/manual"] = new(IndicatorRead & AnyStaff),
        ["POST /api/v1/indicators/manual/{id}/approve"] = new(IndicatorApprove),
        ["POST /api/v1/indicators/manual/{id}/reject"] = new(IndicatorApprove),
        ["GET /api/v1/indicators/manual/{id}/evidence"] = new(IndicatorRead),
        ["GET /api/v1/indicators/population"] = new(IndicatorRead),
        ["PUT /api/v1/indicators/population"] = new(IndicatorManage),
        ["GET /api/v1/indicators/reports"] = new(IndicatorRead),
    };

    public static readonly IReadOnlyDictionary<string, Rule> Pages = new Dictionary<string, Rule>(StringComparer.Ordinal)
    {
        ["/"] = new(Console(AnyStaff)),
        ["/account/login"] = new(Public),
        ["/account/denied"] = new(Public),
        ["/admin/org-units"] = new(Console(Roles(R.Admin))),
        ["/admin/staff"] = new(Console(Roles(R.Admin))),
        ["/admin/api-clients"] = new(Console(Roles(R.Admin))),
        ["/admin/rules"] = new(Console(Roles(R.Admin))),
        ["/admin/calendar"] = new(Console(Roles(R.Admin))),
        ["/admin/audit"] = new(Console(Roles(R.Admin))),
        ["/admin/jobs"] = new(Console(Roles(R.Admin))),
        ["/entities"] = new(Console(AnyStaff)),
        ["/entities/{Uscc}"] = new(Console(AnyStaff)),
        ["/entities/annual-reports"] = new(Console(AnyStaff)),
        ["/entities/licences"] = new(Console(AnyStaff)),
        ["/entities/import"] = new(Console(Roles(R.Registrar, R.Admin))),
        ["/entities/new"] = new(Console(Roles(R.Registrar, R.Admin))),
        ["/entities/{Uscc}/edit"] = new(Console(Roles(R.Registrar, R.Admin))),
        ["/credit/records"] = new(Console(AnyStaff)),
        ["/credit/listings"] = new(Console(AnyStaff)),
        ["/credit/risk"] = new(Console(AnyStaff)),
        ["/credit/repairs"] = new(Console(AnyStaff)),
        ["/inspections/tasks"] = new(Console(AnyStaff)),
        ["/inspections/tasks/{Id:long}"] = new(Console(AnyStaff)),
        ["/inspections/mine"] = new(Console(AnyStaff)),
        ["/inspections/plans"] = new(Console(AnyStaff)),
        ["/inspections/libraries"] = new(Console(AnyStaff)),
        ["/inspections/inspectors"] = new(Console(AnyStaff)),
        ["/inspections/metrics"] = new(Console(AnyStaff)),
        ["/complaints"] = new(Console(ComplaintRead)),
        ["/complaints/{Id:long}"] = new(Console(ComplaintRead)),
        ["/complaints/new"] = new(Console(ComplaintHandle)),
        ["/complaints/sla"] = new(Console(ComplaintRead)),
        ["/complaints/analysis"] = new(Console(ComplaintRead)),
        ["/complaints/odr"] = new(Console(ComplaintRead)),
        ["/complaints/categories"] = new(Console(ComplaintRead)),
        ["/cases"] = new(Console(CaseRead)),
        ["/cases/{Id:long}"] = new(Console(CaseRead)),
        ["/cases/clues"] = new(Console(CaseRead)),
        ["/cases/metrics"] = new(Console(CaseRead)),
        ["/cases/reviews"] = new(Console(CaseRead)),
        ["/cases/catalogue"] = new(Console(CaseRead)),
        ["/dashboard"] = new(Console(IndicatorRead)),
        ["/dashboard/screen"] = new(Console(IndicatorRead)),
        ["/dashboard/plans"] = new(Console(IndicatorRead)),
        ["/dashboard/indicators/{Id:int}"] = new(Console(IndicatorRead)),
        ["/dashboard/manual"] = new(Console(AnyStaff)),
        ["/dashboard/reports"] = new(Console(IndicatorRead)),
        ["/dashboard/reports/print"] = new(Console(IndicatorRead)),
        ["/gs"] = new(Public),
        ["/error"] = new(Public),
        ["/gs/credit"] = new(Public),
        ["/gs/credit/{Uscc}"] = new(Public),
        ["/gs/inspections"] = new(Public),
        ["/gs/inspections/tasks/{Id:long}"] = new(Public),
        ["/gs/inspections/verification"] = new(Public),
        ["/gs/complaints"] = new(Public),
        ["/gs/complaints/new"] = new(Public),
        ["/gs/complaints/follow"] = new(Public),
        ["/gs/complaints/businesses/{Uscc}"] = new(Public),
        ["/gs/consumer-warnings"] = new(Public),
        ["/gs/consumer-warnings/{Id:long}"] = new(Public),
        ["/gs/odr"] = new(Public),
        ["/gs/penalties"] = new(Public),
        ["/gs/penalties/{Id:long}"] = new(Public),
    };
}
