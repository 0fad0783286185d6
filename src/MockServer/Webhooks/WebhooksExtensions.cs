using AvatarIV.MockServer.Hosting;

namespace AvatarIV.MockServer.Webhooks;

/// <summary>Wires webhook endpoints (legacy and v3) and signed, retried deliveries into the mock.</summary>
public static class WebhooksExtensions
{
    public static IServiceCollection AddMockWebhooks(this IServiceCollection services, MockServerOptions options)
    {
        services.AddSingleton(new WebhookUrlPolicy(options));
        services.AddSingleton<WebhookEndpointStore>();
        services.AddSingleton<WebhookEventLog>();
        services.AddSingleton<WebhookDeliveryLog>();
        services.AddSingleton<WebhookDeliveryQueue>();
        services.AddSingleton<WebhookRetrySettings>();
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
