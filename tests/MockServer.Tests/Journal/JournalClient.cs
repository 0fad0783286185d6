using System.Text.Json.Nodes;
using AvatarIV.TestSupport;

namespace MockServer.Tests.Journal;

/// <summary>Reads the mock's request journal over HTTP.</summary>
internal static class JournalClient
{
    public static async Task<string> RawAsync(this RunningMock mock, string query = "")
    {
        using var response = await mock.Admin.GetAsync("_mock/journal" + query);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    public static async Task<JsonArray> JournalAsync(this RunningMock mock, string query = "") =>
        JsonNode.Parse(await mock.RawAsync(query))!.AsArray();

    /// <summary>The journal entries for one exact path.</summary>
    public static Task<JsonArray> JournalForAsync(this RunningMock mock, string path) =>
        mock.JournalAsync("?path=" + Uri.EscapeDataString(path));
}
