using System.Collections.Frozen;
using System.Reflection;

namespace AvatarIV.MockServer.Dashboard;

/// <summary>Serves the page's HTML, CSS and JS from resources embedded in this assembly, so the mock needs no files beside it.</summary>
internal static class DashboardAssets
{
    private const string ResourcePrefix = "AvatarIV.MockServer.Dashboard.wwwroot.";

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>
    {
        ["index.html"] = "text/html; charset=utf-8",
        ["dashboard.css"] = "text/css; charset=utf-8",
        ["dashboard.js"] = "text/javascript; charset=utf-8",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, byte[]> Files = ContentTypes.Keys.ToFrozenDictionary(name => name, Load);

    public static RouteGroupBuilder MapDashboardAssets(this RouteGroupBuilder ui)
    {
        ui.MapGet("/", () => File("index.html")).WithSummary("The dashboard page.");
        ui.MapGet("/{file}", (string file) => File(file)).WithSummary("The page's script and style sheet, embedded in the mock.");
        return ui;
    }

    private static IResult File(string name) =>
        Files.TryGetValue(name, out var bytes)
            ? TypedResults.Bytes(bytes, ContentTypes[name])
            : TypedResults.NotFound();

    private static byte[] Load(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"The dashboard file '{name}' is not embedded in the mock's assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
