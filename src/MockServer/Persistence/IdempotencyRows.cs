using System.Text.Json;

namespace AvatarIV.MockServer.Persistence;

/// <summary>Answered Idempotency-Keys in <c>mock.db</c> (scoped by key id, never the API key) with the JSON they answered.</summary>
internal static class IdempotencyRows
{
    public static void SaveAnswer(this MockState state, string id, DateTimeOffset createdAt, int status, object payload)
    {
        if (!state.IsPersistent)
        {
            return;
        }

        state.Write(new(
            "INSERT OR REPLACE INTO idempotency(id, created_at, status, payload) VALUES($id, $created, $status, $payload)",
            ("$id", id), ("$created", StateText.Time(createdAt)), ("$status", status), ("$payload", JsonSerializer.Serialize(payload, payload.GetType(), StateText.Answers))));
    }

    public static void DeleteAnswers(this MockState state, IReadOnlyList<string> ids)
    {
        if (!state.IsPersistent || ids.Count == 0)
        {
            return;
        }

        using (state.BeginBatch())
        {
            foreach (var id in ids)
            {
                state.Write(new("DELETE FROM idempotency WHERE id = $id", ("$id", id)));
            }
        }
    }

    /// <summary>Stored answers; each payload comes back as the JSON it was (a <see cref="JsonElement"/> serialises unchanged).</summary>
    public static List<(string Id, DateTimeOffset CreatedAt, int Status, JsonElement Payload)> LoadAnswers(this MockState state) =>
        state.Query("SELECT id, created_at, status, payload FROM idempotency", r =>
        {
            using var document = JsonDocument.Parse(r.GetString(3));
            return (r.GetString(0), StateText.Time(r.GetString(1)), r.GetInt32(2), document.RootElement.Clone());
        });
}
