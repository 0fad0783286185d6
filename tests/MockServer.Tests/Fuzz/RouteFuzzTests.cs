using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using AvatarIV.MockServer.Hosting;
using AvatarIV.MockServer.Surfaces.Envelopes;
using CsCheck;
using Microsoft.AspNetCore.Builder;
using Xunit.Abstractions;

namespace MockServer.Tests.Fuzz;

/// <summary>
/// Issue 8: random methods, paths, headers and bodies against every route of a real mock (no fault rules) never get a
/// 5xx, and every error comes in its surface's envelope (v1 <c>{code,message,data}</c>, v2 <c>{error,data}</c>,
/// v3 and admin <c>{error{code,message}}</c>, media plain text; the OpenAPI document and dashboard only must not 5xx). Seeded (a failure names its seed and case) and
/// bounded in time.
/// </summary>
public sealed class RouteFuzzTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const ulong Seed = 20261201;
    private const int MaxCases = 6000;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(12);

    private WebApplication _app = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _app = await MockServerApp.StartAsync(["--progression", "immediate", "--max-upload-mb", "1", "--urls", "http://127.0.0.1:0"]);
        _http = new HttpClient { BaseAddress = new Uri(MockServerApp.BaseUrlOf(_app)), Timeout = TimeSpan.FromSeconds(10) };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task No_route_answers_5xx_or_leaves_its_surfaces_envelope()
    {
        var routes = MockRoute.Of(_app).Where(Fuzzable).ToArray();
        routes.Length.ShouldBeGreaterThan(40);
        var request = Gen.Select(Gen.Int[0, routes.Length - 1], Gen.Int[0, 9], FuzzInputs.Method, FuzzInputs.Headers, FuzzInputs.Body);
        var pcg = new PCG(1, Seed);
        var clock = Stopwatch.StartNew();
        var cases = 0;
        var statuses = new SortedDictionary<int, int>();
        for (; cases < MaxCases && clock.Elapsed < Budget; cases++)
        {
            var state = pcg.ToString();
            var (routeIndex, methodDice, randomMethod, headers, (body, contentType)) = request.Generate(pcg, null, out _);
            var route = routes[routeIndex];
            var method = methodDice < 8 ? route.Method : randomMethod;
            var path = route.Path(() => FuzzInputs.RouteValue.Generate(pcg, null, out _));
            var (status, text, mediaType, sentPath) = await SendAsync(method, path, headers, body, contentType);
            statuses[status] = statuses.GetValueOrDefault(status) + 1;

            // Kestrel itself refuses an encoded NUL in the path (bare 400) before the mock sees the request.
            var problem = status == 400 && text.Length == 0 && path.Contains("%00", StringComparison.Ordinal)
                ? null
                : ProblemWith(method, sentPath, status, text, mediaType);
            problem.ShouldBeNull($"case {cases} (PCG {state}, seed {Seed}): {method} {path} [{route}] Content-Type {contentType}, {body.Length} bytes {Preview(body)} → {status} {text}");
        }

        output.WriteLine($"{cases} cases over {routes.Length} routes in {clock.Elapsed.TotalSeconds:0.0} s; statuses {string.Join(", ", statuses.Select(s => $"{s.Key}×{s.Value}"))}");
        cases.ShouldBeGreaterThan(100);
    }

    // Fault rules are left alone (the run must have none); the dashboard's event stream never ends.
    private static bool Fuzzable(MockRoute route)
    {
        var pattern = route.Pattern.RawText ?? "";
        var changesFaults = pattern.StartsWith("/_mock/faults", StringComparison.Ordinal) && route.Method != "GET";
        var endlessStream = pattern == "/_mock/ui/events";
        return !changesFaults && !endlessStream;
    }

    /// <summary>The answer, and the path actually sent: the client resolves dot segments (<c>/_media/assets/../%2e%2e</c> is <c>/</c>), which can move a request to another surface.</summary>
    private async Task<(int Status, string Text, string? MediaType, string SentPath)> SendAsync(string method, string path, (string Name, string Value)[] headers, byte[] body, string? contentType)
    {
        using var message = new HttpRequestMessage(new HttpMethod(method), path);
        foreach (var (name, value) in headers)
        {
            message.Headers.TryAddWithoutValidation(name, Printable(value));
        }

        if (method is not ("GET" or "HEAD") || body.Length > 0)
        {
            message.Content = new ByteArrayContent(body);
            if (contentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }
        }

        using var response = await _http.SendAsync(message);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(), response.Content.Headers.ContentType?.MediaType, response.RequestMessage!.RequestUri!.AbsolutePath);
    }

    /// <summary>Null when the answer is acceptable.</summary>
    private static string? ProblemWith(string method, string sentPath, int status, string text, string? mediaType)
    {
        if (status >= 500)
        {
            return "a 5xx";
        }

        if (status < 400 || method == "HEAD")
        {
            return null;
        }

        var surface = SurfaceRouting.SurfaceOf(sentPath);
        if (surface == ApiSurfaceKind.Media)
        {
            return mediaType == "text/plain" ? null : "media errors are plain text";
        }

        if (surface == ApiSurfaceKind.Other)
        {
            return null; // not an API surface: the OpenAPI document and the dashboard answer in their own ways
        }

        if (mediaType != "application/json")
        {
            return $"an error that is not JSON ({mediaType})";
        }

        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;
        return surface switch
        {
            ApiSurfaceKind.V1 => root.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.Number && root.TryGetProperty("message", out _) && root.TryGetProperty("data", out _) ? null : "not the v1 envelope",
            ApiSurfaceKind.V2 or ApiSurfaceKind.Guide => ErrorObject(root) && root.TryGetProperty("data", out _) ? null : "not the v2 envelope",
            _ => ErrorObject(root) ? null : "not the v3 envelope",
        };
    }

    private static bool ErrorObject(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object
        && error.TryGetProperty("code", out _) && error.TryGetProperty("message", out _);

    private static string Printable(string value) => new(value.Where(c => c is >= ' ' and <= '~').ToArray());

    private static string Preview(byte[] body) => Printable(Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 120)));
}
