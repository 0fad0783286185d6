using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace MockServer.Tests.Infrastructure;

/// <summary>
/// A tiny file server on 127.0.0.1:0 standing in for "a URL on the user's machine" (audio_url, image url).
/// A gated path holds its request until the test releases it, so tests can observe a request in flight without sleeping.
/// </summary>
public sealed class LoopbackFileServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Dictionary<string, (byte[] Bytes, string ContentType)> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RequestDelegate> _handlers = new(StringComparer.Ordinal);

    private LoopbackFileServer(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    /// <summary>Completes when a request for the gated path arrives.</summary>
    public TaskCompletionSource GateReached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Complete this to let the gated request get its answer.</summary>
    public TaskCompletionSource GateRelease { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static async Task<LoopbackFileServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new LoopbackFileServer(app);
        app.Run(server.ServeAsync);
        await app.StartAsync();
        server.BaseUrl = app.Urls.First().TrimEnd('/');
        return server;
    }

    public string Serve(string path, byte[] bytes, string contentType)
    {
        _files[path] = (bytes, contentType);
        return BaseUrl + path;
    }

    /// <summary>Answers <paramref name="path"/> with a handler of the test's own (redirects, trickling bodies…).</summary>
    public string Handle(string path, RequestDelegate handler)
    {
        _handlers[path] = handler;
        return BaseUrl + path;
    }

    /// <summary>Answers <paramref name="path"/> with a redirect to <paramref name="location"/>.</summary>
    public string Redirect(string path, string location, int status = StatusCodes.Status302Found) =>
        Handle(path, ctx =>
        {
            ctx.Response.StatusCode = status;
            ctx.Response.Headers.Location = location;
            return Task.CompletedTask;
        });

    private async Task ServeAsync(HttpContext ctx)
    {
        var path = ctx.Request.Path.Value ?? "";
        if (_handlers.TryGetValue(path, out var handler))
        {
            await handler(ctx);
            return;
        }

        if (path.StartsWith("/gated/", StringComparison.Ordinal))
        {
            GateReached.TrySetResult();
            await GateRelease.Task;
            path = path["/gated".Length..];
        }

        if (!_files.TryGetValue(path, out var file))
        {
            ctx.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        ctx.Response.ContentType = file.ContentType;
        await ctx.Response.Body.WriteAsync(file.Bytes);
    }

    public async ValueTask DisposeAsync()
    {
        GateRelease.TrySetResult();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
