using System.Text.Json;
using System.Text.RegularExpressions;
using AvatarIV.MockServer.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace MockServer.Tests.OpenApi;

/// <summary>/openapi/v1.json documents every route the mock really serves, so users can generate clients and browse it.</summary>
public sealed partial class OpenApiDocumentTests(OpenApiDocumentTests.Server server) : IClassFixture<OpenApiDocumentTests.Server>
{
    private WebApplication App => server.App;

    private JsonElement Document => server.Document;

    [Fact]
    public void Every_mapped_route_is_in_the_document()
    {
        var documented = Document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => $"{op.Name.ToUpperInvariant()} {path.Name}"))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        var served = MappedRoutes().ToList();

        served.ShouldNotBeEmpty();
        served.Where(route => !documented.Contains(route)).ShouldBeEmpty("routes the mock serves but /openapi/v1.json does not describe");
    }

    [Theory]
    [InlineData("/v3/videos", "post")]
    [InlineData("/v2/video/av4/generate", "post")]
    [InlineData("/v3/webhooks/endpoints", "post")]
    [InlineData("/_mock/faults", "post")]
    [InlineData("/_mock/journal", "get")]
    [InlineData("/_mock/webhooks/deliveries", "get")]
    public void Key_routes_are_described(string path, string method)
    {
        Document.GetProperty("paths").GetProperty(path).TryGetProperty(method, out _).ShouldBeTrue($"{method} {path}");
    }

    [Fact]
    public void Heygen_routes_require_a_key_and_mock_controls_do_not()
    {
        var paths = Document.GetProperty("paths");
        var create = paths.GetProperty("/v3/videos").GetProperty("post");
        var faults = paths.GetProperty("/_mock/faults").GetProperty("post");

        create.GetProperty("security").GetRawText().ShouldContain("ApiKey");
        faults.TryGetProperty("security", out _).ShouldBeFalse();
        Document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey").GetProperty("name").GetString().ShouldBe("X-Api-Key");
        Document.GetProperty("info").GetProperty("title").GetString()!.ShouldContain("HeyGen");
    }

    /// <summary>"METHOD /path" for every endpoint the app routes to, in the document's spelling (no constraints, no trailing slash).</summary>
    private IEnumerable<string> MappedRoutes()
    {
        var endpoints = App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        foreach (var endpoint in endpoints)
        {
            var pattern = "/" + (endpoint.RoutePattern.RawText ?? string.Empty).Trim('/');
            if (pattern.Contains("{*", StringComparison.Ordinal) || pattern.StartsWith("/openapi/", StringComparison.Ordinal))
            {
                continue; // the unknown-route fallback and the document itself
            }

            pattern = Constraint().Replace(pattern, "}");
            foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])
            {
                yield return $"{method} {pattern}";
            }
        }
    }

    [GeneratedRegex(":[^}]+}")]
    private static partial Regex Constraint();

    /// <summary>One mock started in-process (so its endpoint list can be read) and its fetched document.</summary>
    public sealed class Server : IAsyncLifetime
    {
        public WebApplication App { get; private set; } = null!;

        public JsonElement Document { get; private set; }

        public async Task InitializeAsync()
        {
            App = await MockServerApp.StartAsync(["--urls", "http://127.0.0.1:0"]);
            using var http = new HttpClient { BaseAddress = new Uri(MockServerApp.BaseUrlOf(App)) };
            using var response = await http.GetAsync("/openapi/v1.json");
            response.EnsureSuccessStatusCode();
            Document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        }

        public async Task DisposeAsync()
        {
            await App.StopAsync();
            await App.DisposeAsync();
        }
    }
}
