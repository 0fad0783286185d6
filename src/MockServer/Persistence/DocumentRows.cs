using System.Text.Json;

namespace AvatarIV.MockServer.Persistence;

/// <summary>
/// Small collections stored whole as one JSON document each (webhook endpoints, fault rules): rewritten on every
/// change, which costs nothing at their size and keeps each store's persistence to one call.
/// </summary>
internal static class DocumentRows
{
    public static void SaveDocument<T>(this MockState state, string name, T document)
    {
        if (state.IsPersistent)
        {
            state.Write(new(
                "INSERT INTO documents(name, json) VALUES($name, $json) ON CONFLICT(name) DO UPDATE SET json = excluded.json",
                ("$name", name), ("$json", JsonSerializer.Serialize(document, StateText.Json))));
        }
    }

    public static T? LoadDocument<T>(this MockState state, string name)
        where T : class =>
        state.Query("SELECT json FROM documents WHERE name = $name", r => r.GetString(0), ("$name", name)).FirstOrDefault() is { } json
            ? JsonSerializer.Deserialize<T>(json, StateText.Json)
            : null;
}
