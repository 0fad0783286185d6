namespace AvatarIV.MockServer.OpenApi;

/// <summary>Serves /openapi/v1.json describing every public and admin route (minimal-API metadata, plus <see cref="MockDocumentTransformer"/>).</summary>
public static class OpenApiExtensions
{
    public const string DocumentPath = "/openapi/v1.json";

    public static IServiceCollection AddMockOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options => options.AddDocumentTransformer<MockDocumentTransformer>());

    public static IEndpointRouteBuilder MapMockOpenApi(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi();
        return app;
    }
}
