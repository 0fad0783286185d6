using AvatarIV.MockServer.Hosting;

namespace AvatarIV.MockServer.Faults;

/// <summary>Wires fault injection (docs/mock-contract.md, "Fault rules") into the mock.</summary>
public static class FaultsExtensions
{
    public static IServiceCollection AddMockFaults(this IServiceCollection services, MockServerOptions options)
    {
        return services;
    }

    /// <summary>Call after UseMockJournal so that the journal records the fault that was applied.</summary>
    public static IApplicationBuilder UseMockFaults(this IApplicationBuilder app)
    {
        return app;
    }

    public static IEndpointRouteBuilder MapFaultAdminApi(this IEndpointRouteBuilder app)
    {
        return app;
    }
}
