using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AvatarIV.Benchmarks.Scale;

/// <summary>The yardstick: Kestrel with one route that answers fixed JSON bytes (the mock's own answer, captured).</summary>
internal sealed class BareKestrel : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BareKestrel(WebApplication app) => _app = app;

    public Uri BaseUri => new(_app.Urls.First().TrimEnd('/') + "/");

    public static async Task<BareKestrel> StartAsync(string route, byte[] json)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapGet(route, (HttpContext ctx) => Results.Bytes(json, "application/json"));
        await app.StartAsync();
        return new BareKestrel(app);
    }

    /// <summary>A file served as it is (streamed from disk, as a CDN would), for download comparisons.</summary>
    public static async Task<BareKestrel> StartFileAsync(string route, string path)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapGet(route, () => Results.File(path, "video/mp4"));
        await app.StartAsync();
        return new BareKestrel(app);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
