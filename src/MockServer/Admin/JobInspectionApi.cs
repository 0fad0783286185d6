using AvatarIV.MockServer.Domain.Errors;
using AvatarIV.MockServer.Domain.Jobs;
using AvatarIV.MockServer.Surfaces.Envelopes;

namespace AvatarIV.MockServer.Admin;

/// <summary><c>GET /_mock/jobs/{id}/detail</c>: what the job list lacks, i.e. the create request and the status history.</summary>
public static class JobInspectionApi
{
    public static IEndpointRouteBuilder MapJobInspectionApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/_mock/jobs").WithTags("admin")
            .MapGet("/{id}/detail", Detail)
            .WithSummary("A job with the request that created it and every status it went through (not a status read).");
        return app;
    }

    /// <summary>Also served at <c>/_mock/ui/jobs/{id}</c>, so the dashboard's reads stay out of the journal.</summary>
    internal static IResult Detail(string id, JobEngine jobs) =>
        jobs.Inspect(id) is { } inspection
            ? TypedResults.Ok(JobInspectionView.Of(inspection))
            : throw ErrorCatalog.NotFound.With($"No job '{id}'. GET /_mock/jobs lists them.", "id");
}
