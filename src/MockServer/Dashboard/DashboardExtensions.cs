using AvatarIV.MockServer.Admin;

namespace AvatarIV.MockServer.Dashboard;

/// <summary>
/// The dashboard at <c>/_mock/ui</c>: an embedded page (no CDN, no build step), a server-sent event stream of the mock's
/// state, and read-only helpers for the journal and media. Its own requests stay out of the journal (see
/// <see cref="IsDashboardRequest"/>); the actions it takes go through the ordinary, journaled admin API.
/// </summary>
public static class DashboardExtensions
{
    public const string Prefix = "/_mock/ui";

    public static bool IsDashboardRequest(PathString path) => path.StartsWithSegments(Prefix, StringComparison.OrdinalIgnoreCase);

    public static IEndpointRouteBuilder MapMockDashboard(this IEndpointRouteBuilder app)
    {
        var ui = app.MapGroup(Prefix).WithTags("Admin: dashboard");
        ui.MapDashboardAssets();
        ui.MapDashboardEvents();
        ui.MapDashboardJournal();
        ui.MapDashboardMedia();
        ui.MapGet("/jobs/{id}", JobInspectionApi.Detail).WithSummary("The page's copy of GET /_mock/jobs/{id}/detail (not journaled).");
        return app;
    }
}
