using System.Text.Json;
using AvatarIV.MockServer.Faults;
using AvatarIV.MockServer.Journal;
using AvatarIV.MockServer.OpenApi;
using AvatarIV.MockServer.Surfaces.Envelopes;
using AvatarIV.MockServer.Webhooks;

namespace AvatarIV.MockServer.Hosting;

/// <summary>Registers the mock's services and lays out its pipeline and routes.</summary>
public static class MockServerServiceCollectionExtensions
{
    public static IServiceCollection AddMockServer(this IServiceCollection services, MockServerOptions options, IConfiguration configuration)
    {
        services.AddSingleton(options);
        services.AddSingleton(options.LoadFacts());
        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            json.SerializerOptions.DictionaryKeyPolicy = JsonNamingPolicy.SnakeCaseLower;
        });

        services.AddMockFaults(options);
        services.AddMockJournal();
        services.AddMockWebhooks(options);
        services.AddMockOpenApi();
        return services;
    }

    public static WebApplication UseMockServer(this WebApplication app)
    {
        app.UseMockJournal();
        app.UseMockFaults();
        app.UseMiddleware<ErrorHandlingMiddleware>();

        app.MapGet("/_mock/health", () => TypedResults.Ok(new { status = "ok" }));
        app.MapFaultAdminApi();
        app.MapJournalAdminApi();
        app.MapWebhookApis();
        app.MapMockOpenApi();
        return app;
    }
}
