using Microsoft.AspNetCore.Mvc;
using AvatarIV.MockServer.Surfaces.Envelopes;
using AvatarIV.MockServer.Surfaces.Http;

namespace AvatarIV.MockServer.Webhooks;

/// <summary>v3 <c>/v3/webhooks/…</c> routes (docs/heygen-api.md, "Webhooks").</summary>
public static class V3WebhookApi
{
    public static RouteGroupBuilder MapV3WebhookApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v3/webhooks").WithTags("v3: webhooks").RequireApiKey();
        group.MapPost("/endpoints", CreateAsync).WithSummary("Registers an endpoint; the only answer besides rotate-secret that shows the secret.")
            .Accepts<LegacyWebhookApi.EndpointBody>("application/json");
        group.MapGet("/endpoints", List).WithSummary("The key's endpoints (secret null); limit 1–100 (10), token.");
        group.MapPatch("/endpoints/{endpoint_id}", UpdateAsync).WithSummary("Changes url and/or events (events replaces the whole list).")
            .Accepts<LegacyWebhookApi.EndpointBody>("application/json");
        group.MapDelete("/endpoints/{endpoint_id}", Delete).WithSummary("Removes an endpoint.");
        group.MapPost("/endpoints/{endpoint_id}/rotate-secret", Rotate).WithSummary("New secret; the old one stops signing at once.");
        group.MapGet("/event-types", EventTypes).WithSummary("Every event type with a description.");
        group.MapGet("/events", Events).WithSummary("Events emitted for this key, newest first; event_type, entity_id (video id), limit 1–100 (10), token.");
        return group;
    }

    private static async Task<IResult> CreateAsync(HttpContext context, WebhookEndpointOperations operations) =>
        V3Envelope.Ok(V3WebhookEndpointView.Of(await operations.CreateAsync(context), showSecret: true));

    private static IResult List(HttpContext context, WebhookEndpointStore store)
    {
        var page = Paging.Slice(store.ListFor(context.CallerKeyId()), context.Request, 10, 1, 100);
        return V3Envelope.Page(page.Items.Select(e => V3WebhookEndpointView.Of(e, showSecret: false)).ToArray(), page.HasMore, page.NextToken);
    }

    private static async Task<IResult> UpdateAsync(HttpContext context, WebhookEndpointOperations operations, [FromRoute(Name = "endpoint_id")] string endpointId) =>
        V3Envelope.Ok(V3WebhookEndpointView.Of(await operations.UpdateAsync(context, endpointId), showSecret: false));

    private static IResult Delete(HttpContext context, WebhookEndpointOperations operations, [FromRoute(Name = "endpoint_id")] string endpointId)
    {
        operations.Delete(context, endpointId);
        return V3Envelope.Ok(new { });
    }

    private static IResult Rotate(HttpContext context, WebhookEndpointStore store, [FromRoute(Name = "endpoint_id")] string endpointId)
    {
        var endpoint = store.Update(context.CallerKeyId(), endpointId, e => e with { Secret = WebhookSecrets.NewSecret() })
            ?? throw WebhookEndpointInput.UnknownEndpoint(endpointId);
        return V3Envelope.Ok(new RotatedSecret(endpoint.EndpointId, endpoint.Secret));
    }

    private static IResult EventTypes() =>
        V3Envelope.Ok(WebhookEventTypes.All.Select(e => new WebhookEventTypeView(e.EventType, e.Description)).ToArray());

    private static IResult Events(HttpContext context, WebhookEventLog log, [FromQuery(Name = "event_type")] string? eventType, [FromQuery(Name = "entity_id")] string? entityId)
    {
        var all = log.ListFor(context.CallerKeyId(), NullIfBlank(eventType), NullIfBlank(entityId));
        var page = Paging.Slice(all, context.Request, 10, 1, 100);
        return V3Envelope.Page(page.Items.Select(WebhookEventView.Of).ToArray(), page.HasMore, page.NextToken);
    }

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    public sealed record RotatedSecret(string EndpointId, string Secret);
}
