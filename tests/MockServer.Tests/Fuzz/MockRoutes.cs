using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace MockServer.Tests.Fuzz;

/// <summary>Every route the mock maps, read from its endpoint data sources (so a new route is fuzzed without a test change).</summary>
public sealed record MockRoute(string Method, RoutePattern Pattern)
{
    public static IReadOnlyList<MockRoute> Of(WebApplication app) =>
        ((IEndpointRouteBuilder)app).DataSources
            .SelectMany(source => source.Endpoints)
            .OfType<RouteEndpoint>()
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(method => new MockRoute(method, endpoint.RoutePattern)))
            .DistinctBy(route => (route.Method, route.Pattern.RawText))
            .ToList();

    /// <summary>The path with each parameter filled by <paramref name="valueOf"/> (catch-alls may hold slashes).</summary>
    public string Path(Func<string> valueOf) =>
        "/" + string.Join("/", Pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            _ => valueOf(),
        }))));

    public override string ToString() => $"{Method} {Pattern.RawText}";
}
