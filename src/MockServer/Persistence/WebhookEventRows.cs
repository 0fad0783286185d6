using System.Text.Json;
using AvatarIV.MockServer.Webhooks;

namespace AvatarIV.MockServer.Persistence;

/// <summary>The webhook events feed (<c>GET /v3/webhooks/events</c>) in <c>mock.db</c>, oldest first, trimmed to the feed's capacity.</summary>
internal static class WebhookEventRows
{
    public static void AppendWebhookEvent(this MockState state, WebhookEvent webhookEvent, int capacity)
    {
        if (!state.IsPersistent)
        {
            return;
        }

        using (state.BeginBatch())
        {
            state.Write(new("INSERT INTO webhook_events(json) VALUES($json)", ("$json", JsonSerializer.Serialize(webhookEvent, StateText.Json))));
            state.Write(new("DELETE FROM webhook_events WHERE sequence <= (SELECT MAX(sequence) FROM webhook_events) - $capacity", ("$capacity", capacity)));
        }
    }

    public static List<WebhookEvent> LoadWebhookEvents(this MockState state, int capacity)
    {
        var newestFirst = state.Query("SELECT json FROM webhook_events ORDER BY sequence DESC LIMIT $limit", r => JsonSerializer.Deserialize<WebhookEvent>(r.GetString(0), StateText.Json)!, ("$limit", capacity));
        newestFirst.Reverse();
        return newestFirst;
    }
}
