using System.Text.Json;
using AvatarIV.MockServer.Webhooks;

namespace AvatarIV.MockServer.Persistence;

/// <summary>Webhook deliveries not yet delivered or given up, in <c>mock.db</c> (with their endpoint's signing secret, never an API key).</summary>
internal static class DeliveryRows
{
    public static void SaveDelivery(this MockState state, string id, WebhookDelivery delivery) =>
        state.Write(new("INSERT OR REPLACE INTO webhook_deliveries(id, json) VALUES($id, $json)", ("$id", id), ("$json", JsonSerializer.Serialize(delivery, StateText.Json))));

    public static void DeleteDelivery(this MockState state, string id) =>
        state.Write(new("DELETE FROM webhook_deliveries WHERE id = $id", ("$id", id)));

    public static List<(string Id, WebhookDelivery Delivery)> LoadDeliveries(this MockState state) =>
        state.Query("SELECT id, json FROM webhook_deliveries ORDER BY rowid", r => (r.GetString(0), JsonSerializer.Deserialize<WebhookDelivery>(r.GetString(1), StateText.Json)!));
}
