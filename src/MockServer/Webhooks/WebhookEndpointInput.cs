using AvatarIV.MockServer.Domain.Errors;
using System.Text.Json;
using AvatarIV.MockServer.Surfaces.Envelopes;
using AvatarIV.MockServer.Surfaces.Http;

namespace AvatarIV.MockServer.Webhooks;

/// <summary>The fields of an endpoint create/update body, checked: a loopback URL and known event names.</summary>
public sealed record WebhookEndpointInput(string? Url, IReadOnlyList<string>? Events, bool EventsGiven, string? EntityId, string? EndpointId)
{
    public static async Task<WebhookEndpointInput> ReadAsync(HttpRequest request, WebhookUrlPolicy policy, bool urlRequired)
    {
        var body = await JsonBody.ReadObjectAsync(request);
        var fields = new JsonFields(body);
        var url = fields.String("url", maxLength: 2048);
        if ((urlRequired || url is not null) && policy.Problem(url) is { } problem)
        {
            throw fields.Invalid("url", problem);
        }

        var eventsGiven = body.TryGetProperty("events", out var events);
        return new WebhookEndpointInput(url, ReadEvents(fields, events), eventsGiven, fields.NonEmptyString("entity_id"), fields.NonEmptyString("endpoint_id"));
    }

    /// <summary>null or absent = every event; otherwise a non-empty list of known names.</summary>
    private static IReadOnlyList<string>? ReadEvents(JsonFields fields, JsonElement events)
    {
        if (events.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            return null;
        }

        if (events.ValueKind != JsonValueKind.Array)
        {
            throw fields.Invalid("events", $"events must be an array of event names, not {JsonBody.Describe(events.ValueKind)}; leave it out for every event.");
        }

        var names = new List<string>();
        foreach (var item in events.EnumerateArray())
        {
            var name = item.ValueKind == JsonValueKind.String ? item.GetString()! : throw fields.Invalid("events", $"events must hold strings, not {JsonBody.Describe(item.ValueKind)}.");
            if (!WebhookEventTypes.IsKnown(name))
            {
                throw fields.Invalid("events", $"'{name}' is not a webhook event. GET /v3/webhooks/event-types lists them, e.g. {WebhookEventTypes.VideoSuccess}.");
            }

            names.Add(name);
        }

        return names.Count > 0
            ? names.Distinct().ToList()
            : throw fields.Invalid("events", "events is empty; list at least one event, or leave it out for every event.");
    }

    public static MockError UnknownEndpoint(string endpointId) =>
        ErrorCatalog.NotFound.With($"No webhook endpoint '{endpointId}' for this API key. List yours with GET /v3/webhooks/endpoints.", "endpoint_id");
}
