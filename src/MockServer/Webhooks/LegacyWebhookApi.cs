using Microsoft.AspNetCore.Mvc;
using AvatarIV.MockServer.Surfaces.Envelopes;
using AvatarIV.MockServer.Surfaces.Http;

namespace AvatarIV.MockServer.Webhooks;

/// <summary>Legacy <c>/v1/webhook/…</c> routes in the v1 envelope (paths of list/update/delete inferred from <c>endpoint.add</c>).</summary>
public static class LegacyWebhookApi
{
    public static RouteGroupBuilder MapLegacyWebhookApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1/webhook").WithTags("Legacy v1: webhooks").RequireApiKey();
        group.MapPost("/endpoint.add", AddAsync).WithSummary("Registers an endpoint: {url, events?, entity_id?}.").Accepts<EndpointBody>("application/json");
        group.MapGet("/endpoint.list", List).WithSummary("The key's endpoints, secrets included.");
        group.MapPatch("/endpoint.update", UpdateAsync).WithSummary("Changes url and/or events: {endpoint_id, url?, events?}.").Accepts<EndpointBody>("application/json");
        group.MapDelete("/endpoint.delete", Delete).WithSummary("Removes an endpoint: ?endpoint_id=.");
        group.MapGet("/webhook.list", EventNames).WithSummary("Names of the webhook events.");
        return group;
    }

    private static async Task<IResult> AddAsync(HttpContext context, WebhookEndpointOperations operations) =>
        V1Envelope.Ok(LegacyWebhookEndpointView.Of(await operations.CreateAsync(context)));

    private static IResult List(HttpContext context, WebhookEndpointStore store) =>
        V1Envelope.Ok(store.ListFor(context.CallerKeyId()).Select(LegacyWebhookEndpointView.Of).ToArray());

    private static async Task<IResult> UpdateAsync(HttpContext context, WebhookEndpointOperations operations) =>
        V1Envelope.Ok(LegacyWebhookEndpointView.Of(await operations.UpdateAsync(context, endpointId: null)));

    private static IResult Delete(HttpContext context, WebhookEndpointOperations operations, [FromQuery(Name = "endpoint_id")] string? endpointId)
    {
        operations.Delete(context, endpointId);
        return V1Envelope.Ok(null);
    }

    private static IResult EventNames() => V1Envelope.Ok(WebhookEventTypes.All.Select(e => e.EventType).ToArray());

    /// <summary>Request body shape, for the OpenAPI document (the handlers read the JSON themselves).</summary>
    public sealed record EndpointBody(string? EndpointId, string? Url, string[]? Events, string? EntityId);
}
