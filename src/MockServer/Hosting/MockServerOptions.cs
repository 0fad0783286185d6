namespace AvatarIV.MockServer.Hosting;

/// <summary>Thrown for a bad command-line flag; the message names the flag and the fix.</summary>
public sealed class MockOptionsException(string message) : Exception(message);

/// <summary>The mock's command-line flags (see docs/mock-contract.md). PLACEHOLDER: the mock-server work replaces this.</summary>
public sealed class MockServerOptions
{
    public string Urls { get; set; } = "http://127.0.0.1:0";
    public string[] RemainingArgs { get; set; } = [];

    public static string HelpText => "avatariv-mock [--urls URL]";

    public static MockServerOptions Parse(string[] args)
    {
        var options = new MockServerOptions();
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--urls" && i + 1 < args.Length)
            {
                options.Urls = args[++i];
            }
            else
            {
                rest.Add(args[i]);
            }
        }

        options.RemainingArgs = [.. rest];
        return options;
    }
}

public static class MockServerServiceCollectionExtensions
{
    public static IServiceCollection AddMockServer(this IServiceCollection services, MockServerOptions options, IConfiguration configuration)
    {
        services.AddSingleton(options);
        return services;
    }

    public static WebApplication UseMockServer(this WebApplication app)
    {
        app.MapGet("/_mock/health", () => TypedResults.Ok(new { status = "ok" }));
        return app;
    }
}
