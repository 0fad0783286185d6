namespace AvatarIV.MockServer.OpenApi;

/// <summary>Serves /openapi/v1.json describing every public and admin route.</summary>
public static class OpenApiExtensions
{
    public static IServiceCollection AddMockOpenApi(this IServiceCollection services)
    {
        services.AddOpenApi();
        return services;
    }

    public static IEndpointRouteBuilder MapMockOpenApi(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi();
        return app;
    }
}
