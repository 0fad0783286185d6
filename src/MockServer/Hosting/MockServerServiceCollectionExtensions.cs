using System.Text.Json;
using AvatarIV.MockServer.Admin;
using AvatarIV.MockServer.Dashboard;
using AvatarIV.MockServer.Domain;
using AvatarIV.MockServer.Domain.Assets;
using AvatarIV.MockServer.Domain.Batches;
using AvatarIV.MockServer.Domain.Folders;
using AvatarIV.MockServer.Domain.Jobs;
using AvatarIV.MockServer.Domain.Ledgers;
using AvatarIV.MockServer.Domain.Media;
using AvatarIV.MockServer.Domain.Retention;
using AvatarIV.MockServer.Domain.Videos;
using AvatarIV.MockServer.Faults;
using AvatarIV.MockServer.Journal;
using AvatarIV.MockServer.MediaLinks;
using AvatarIV.MockServer.OpenApi;
using AvatarIV.MockServer.Persistence;
using AvatarIV.MockServer.Rendering;
using AvatarIV.MockServer.Retention;
using AvatarIV.MockServer.Surfaces.Envelopes;
using AvatarIV.MockServer.Surfaces.Guide;
using AvatarIV.MockServer.Surfaces.Http;
using AvatarIV.MockServer.Surfaces.Legacy;
using AvatarIV.MockServer.Surfaces.V3;
using AvatarIV.MockServer.Webhooks;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace AvatarIV.MockServer.Hosting;

/// <summary>Registers the mock's services and lays out its pipeline and routes.</summary>
public static class MockServerServiceCollectionExtensions
{
    public static IServiceCollection AddMockServer(this IServiceCollection services, MockServerOptions options, IConfiguration configuration)
    {
        var facts = options.LoadFacts();
        services.AddSingleton(options);
        services.AddSingleton(facts);
        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            json.SerializerOptions.DictionaryKeyPolicy = JsonNamingPolicy.SnakeCaseLower;
        });

        // Opened here, while the app is built, so a locked or unreadable --state-dir stops start-up with its message.
        var state = options.StateDir is { } stateDir ? MockState.Open(stateDir) : MockState.InMemory;
        services.AddSingleton(_ => state); // a factory, so the container disposes it (closing mock.db, dropping the lock)
        AddResettable<MockState>(services);
        services.AddSingleton<MockClock>();
        services.AddSingleton<TimeProvider>(sp => sp.GetRequiredService<MockClock>());
        services.AddSingleton<IdGenerator>();
        services.AddSingleton<MediaUrlSigner>();
        services.AddSingleton<OutboundMediaPolicy>();
        services.AddSingleton<MediaFetcher>();
        services.AddSingleton<MediaResolver>();
        services.AddSingleton<VideoPlanner>();
        services.AddSingleton<UploadReader>();
        services.AddSingleton<V3Json>();
        services.AddSingleton<MediaRenderer>();
        AddResettable<MockClock>(services);
        AddResettable<AssetStore>(services);
        AddResettable<LedgerBook>(services);
        AddResettable<AccountSettings>(services);
        AddResettable<FolderStore>(services);
        AddResettable<BatchStore>(services);
        AddResettable<JobEngine>(services);
        AddResettable<IdempotencyStore>(services);
        services.AddSingleton(RetentionLimits.From(options));
        services.AddSingleton(sp => new RenderCache(sp.GetRequiredService<RetentionLimits>().RenderCacheBytes, sp.GetRequiredService<MockState>()));
        AddResettable<RenderCache>(services);
        services.AddSingleton<RetentionSweeper>();
        services.AddHostedService<TimeModeTicker>();
        services.AddHostedService<StoredDraftWarmup>();

        // A failing background service (ticker, webhook dispatcher) is logged; it never stops the mock.
        services.Configure<HostOptions>(host => host.BackgroundServiceExceptionBehavior = BackgroundServiceExceptionBehavior.Ignore);

        // Kestrel's own cap sits well above the largest upload limit: oversize uploads get our 413 envelope, and
        // Kestrel can still drain the rest of a body up to twice the limit (multipart overhead included), so the
        // client reads the 413 instead of a connection reset while it is still sending.
        var bodyCap = 2 * new UploadReader(options, facts).LargestCap + 1024 * 1024;
        services.Configure<KestrelServerOptions>(kestrel => kestrel.Limits.MaxRequestBodySize = bodyCap);

        services.AddMockFaults(options);
        services.AddMockJournal();
        services.AddMockWebhooks(options);
        services.AddMockOpenApi();
        return services;
    }

    public static WebApplication UseMockServer(this WebApplication app)
    {
        app.UseMiddleware<RequestIdMiddleware>();
        app.UseMockJournal();
        app.UseMockFaults();
        app.UseMiddleware<ErrorHandlingMiddleware>();
        app.UseMiddleware<RetentionMiddleware>();

        var api = app.MapGroup(string.Empty).RequireApiKey();
        api.MapGroup("/v3").WithTags("v3").MapV3AssetsApi().MapV3VideosApi().MapV3AccountApi().MapV3AvatarsApi().MapV3BatchesApi();
        api.MapLegacyAssetsApi().MapLegacyVideosApi().MapLegacyAccountApi().MapLegacyFoldersApi();
        api.MapGuideAliasesApi();

        app.MapMediaApi();
        app.MapMockAdminApi().MapAccountAdminApi();
        app.MapJobInspectionApi().MapLedgerByKeyIdApi().MapMockDashboard();
        app.MapFaultAdminApi();
        app.MapJournalAdminApi();
        app.MapWebhookApis();
        app.MapMockOpenApi();
        return app;
    }

    private static void AddResettable<T>(IServiceCollection services)
        where T : class, IMockResettable
    {
        if (services.All(d => d.ServiceType != typeof(T)))
        {
            services.AddSingleton<T>();
        }

        services.AddSingleton<IMockResettable>(sp => sp.GetRequiredService<T>());
    }
}
