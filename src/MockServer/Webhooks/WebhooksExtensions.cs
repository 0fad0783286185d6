using AvatarIV.MockServer.Hosting;
using AvatarIV.MockServer.Journal;

namespace AvatarIV.MockServer.Webhooks;

/// <summary>Wires webhook endpoints (legacy and v3) and signed, retried deliveries into the mock.</summary>
public static class WebhooksExtensions
{
    public static IServiceCollection AddMockWebhooks(this IServiceCollection services, MockServerOptions options)
    {
        services.AddSingleton(new WebhookUrlPolicy(options));
        services.AddResettableSingleton<WebhookEndpointStore>();
        services.AddResettableSingleton<WebhookEventLog>();
        services.AddResettableSingleton<WebhookDeliveryLog>();
        services.AddResettableSingleton(_ => new WebhookRetrySettings(options.WebhookRetryBaseMs));
        services.AddSingleton<WebhookDeliveryQueue>();
        services.AddSingleton<WebhookEndpointOperations>();
        services.AddSingleton<IWebhookNotifier, WebhookNotifier>();
        services.AddHostedService<WebhookDispatcher>();
        return services;
    }

    public static IEndpointRouteBuilder MapWebhookApis(this IEndpointRouteBuilder app)
    {
        app.MapLegacyWebhookApi();
        app.MapV3WebhookApi();
        app.MapWebhookAdminApi();
        return app;
    }
}
