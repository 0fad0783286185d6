namespace AvatarIV.MockServer.Journal;

/// <summary>Wires the request journal (every request, keys redacted) into the mock.</summary>
public static class JournalExtensions
{
    public static IServiceCollection AddMockJournal(this IServiceCollection services) =>
        services.AddResettableSingleton<RequestJournal>();

    /// <summary>Call first in the pipeline so that every request, faulted ones included, is recorded.</summary>
    public static IApplicationBuilder UseMockJournal(this IApplicationBuilder app) => app.UseMiddleware<JournalMiddleware>();

    public static IEndpointRouteBuilder MapJournalAdminApi(this IEndpointRouteBuilder app)
    {
        app.MapJournalAdminRoutes();
        return app;
    }
}
