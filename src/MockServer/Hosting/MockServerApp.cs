using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace AvatarIV.MockServer.Hosting;

/// <summary>Builds and starts the mock; shared by Program.cs and by in-process test hosts.</summary>
public static class MockServerApp
{
    /// <summary>Runs until Ctrl+C. The first stdout line is the bound base URL (tests read it to find a port-0 server).</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Contains("--help") || args.Contains("-h"))
        {
            Console.WriteLine(MockServerOptions.HelpText);
            return 0;
        }

        WebApplication app;
        try
        {
            app = Build(args);
        }
        catch (MockOptionsException ex)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            Console.Error.WriteLine("Run with --help to see the flags.");
            return 2;
        }

        await app.StartAsync();
        Console.WriteLine(BaseUrlOf(app));
        Console.Out.Flush();
        await app.WaitForShutdownAsync();
        return 0;
    }

    /// <summary>Starts a mock in this process; with no --urls it binds 127.0.0.1 on a free port.</summary>
    public static async Task<WebApplication> StartAsync(string[] args, CancellationToken cancellationToken = default)
    {
        var app = Build(args);
        await app.StartAsync(cancellationToken);
        return app;
    }

    /// <summary>The base URL the server actually bound (the real port when port 0 was asked for).</summary>
    public static string BaseUrlOf(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        var first = addresses?.FirstOrDefault() ?? throw new InvalidOperationException("The server has not bound an address yet.");
        return first.Replace("://[::]", "://localhost").Replace("://+", "://localhost").Replace("://*", "://localhost").TrimEnd('/');
    }

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        var options = MockServerOptions.Parse(args, builder.Configuration);
        builder.WebHost.UseUrls(options.Urls);
        // Every log line goes to stderr so that stdout's first line is always the base URL.
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        // Per-request framework logs would drown the output; the request journal (/_mock/journal) records requests.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        // Hosting's per-request category logs only request start/finish (and this pipeline catches every exception
        // before it): enabled at any level, it makes an Activity and a log scope for every request, a measurable
        // share of a status read's CPU.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.None);
        builder.Services.AddMockServer(options, builder.Configuration);
        var app = builder.Build();
        app.UseMockServer();
        return app;
    }
}
