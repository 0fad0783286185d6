using AvatarIV.MockServer.Hosting;
using AvatarIV.MockServer.Journal;

namespace AvatarIV.MockServer.Faults;

/// <summary>Wires fault injection (docs/mock-server.md, "Fault rules") into the mock.</summary>
public static class FaultsExtensions
{
    /// <summary>Parses the --fault flags; a bad rule stops start-up with <see cref="MockOptionsException"/>.</summary>
    public static IServiceCollection AddMockFaults(this IServiceCollection services, MockServerOptions options)
    {
        var startupRules = options.FaultRules.Select(ParseFlag).ToList();
        services.AddResettableSingleton(sp => new FaultRuleSet(startupRules, options.Seed, sp.GetService<Persistence.MockState>()));
        return services;
    }

    /// <summary>Call after UseMockJournal so that the journal records the fault that was applied.</summary>
    public static IApplicationBuilder UseMockFaults(this IApplicationBuilder app) => app.UseMiddleware<FaultMiddleware>();

    public static IEndpointRouteBuilder MapFaultAdminApi(this IEndpointRouteBuilder app)
    {
        app.MapFaultAdminRoutes().MapFaultToggleRoute();
        return app;
    }

    private static FaultRule ParseFlag(string text)
    {
        try
        {
            return FaultFlagParser.Parse(text);
        }
        catch (FaultRuleException ex)
        {
            throw new MockOptionsException($"--fault \"{text}\": {ex.Message} Example: --fault \"POST /v3/videos status=503 times=2 phase=after\".");
        }
    }
}
