using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace AvatarIV.MockServer.OpenApi;

/// <summary>Describes the document as a whole and marks which routes need an API key (the HeyGen surfaces, not /_mock or /_media).</summary>
public sealed class MockDocumentTransformer : IOpenApiDocumentTransformer
{
    private const string ApiKeyScheme = "ApiKey";
    private const string BearerScheme = "Bearer";
    private static readonly string[] KeyedPrefixes = ["/v1/", "/v2/", "/v3/"];

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "AvatarIV mock of HeyGen's API",
            Version = "v1",
            Description = "Offline stand-in for HeyGen's Avatar IV API: the v3 surface, the legacy v1/v2 surface, the original guide's "
                + "routes (mock-only aliases), presigned media under /_media (no key), and the mock's own test controls under /_mock (no key).",
        };

        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[ApiKeyScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = "X-Api-Key",
            Description = "Your HeyGen API key (any non-empty key, unless the mock was started with --api-key).",
        };
        document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "The same key sent as Authorization: Bearer <key>.",
        };

        foreach (var (path, item) in document.Paths)
        {
            if (!KeyedPrefixes.Any(prefix => path.StartsWith(prefix, StringComparison.Ordinal)) || item.Operations is null)
            {
                continue;
            }

            foreach (var operation in item.Operations.Values)
            {
                operation.Security ??= [];
                operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyScheme, document)] = [] });
                operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, document)] = [] });
            }
        }

        return Task.CompletedTask;
    }
}
