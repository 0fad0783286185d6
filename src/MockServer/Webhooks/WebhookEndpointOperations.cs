using AvatarIV.MockServer.Domain.Errors;
using AvatarIV.MockServer.Surfaces.Envelopes;
using AvatarIV.MockServer.Surfaces.Http;

namespace AvatarIV.MockServer.Webhooks;

/// <summary>Create/update/delete shared by the legacy and v3 routes (one store behind both).</summary>
public sealed class WebhookEndpointOperations(WebhookEndpointStore store, WebhookUrlPolicy policy)
{
    public async Task<WebhookEndpoint> CreateAsync(HttpContext context)
    {
        var input = await WebhookEndpointInput.ReadAsync(context.Request, policy, urlRequired: true);
        return store.Add(context.CallerKeyId(), input.Url!, input.Events, input.EntityId);
    }

    /// <summary><paramref name="endpointId"/> from the route (v3), or null to take it from the body (legacy).</summary>
    public async Task<WebhookEndpoint> UpdateAsync(HttpContext context, string? endpointId)
    {
        var input = await WebhookEndpointInput.ReadAsync(context.Request, policy, urlRequired: false);
        var id = endpointId ?? input.EndpointId ?? throw MockError.Invalid("endpoint_id", "endpoint_id is required: the id endpoint.add or endpoint.list returned.");
        return store.Update(context.CallerKeyId(), id, endpoint => endpoint with
        {
            Url = input.Url ?? endpoint.Url,
            Events = input.EventsGiven ? input.Events : endpoint.Events,
        }) ?? throw WebhookEndpointInput.UnknownEndpoint(id);
    }

    public void Delete(HttpContext context, string? endpointId)
    {
        if (string.IsNullOrWhiteSpace(endpointId))
        {
            throw MockError.Invalid("endpoint_id", "endpoint_id is required, e.g. ?endpoint_id=ep_… (see the endpoint list).");
        }

        if (!store.Remove(context.CallerKeyId(), endpointId))
        {
            throw WebhookEndpointInput.UnknownEndpoint(endpointId);
        }
    }
}
