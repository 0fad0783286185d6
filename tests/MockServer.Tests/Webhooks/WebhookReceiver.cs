using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace MockServer.Tests.Webhooks;

/// <summary>
/// A user's webhook receiver on 127.0.0.1:0. It can answer 500 to its first N requests, and records every
/// request it got so that tests await deliveries instead of sleeping.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly WebApplication _app;
    private readonly Channel<ReceivedWebhook> _received = Channel.CreateUnbounded<ReceivedWebhook>();
    private int _failuresLeft;

    private WebhookReceiver(WebApplication app, int failFirst)
    {
        _app = app;
        _failuresLeft = failFirst;
    }

    public string Url { get; private set; } = "";

    public static async Task<WebhookReceiver> StartAsync(int failFirst = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var receiver = new WebhookReceiver(app, failFirst);
        app.Run(receiver.ReceiveAsync);
        await app.StartAsync();
        receiver.Url = app.Urls.First().TrimEnd('/') + "/hooks";
        return receiver;
    }

    /// <summary>The next request that reached the receiver (whatever it answered).</summary>
    public async Task<ReceivedWebhook> NextAsync() => await _received.Reader.ReadAsync().AsTask().WaitAsync(Patience);

    private async Task ReceiveAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        var status = Interlocked.Decrement(ref _failuresLeft) >= 0 ? StatusCodes.Status500InternalServerError : StatusCodes.Status200OK;
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        context.Response.StatusCode = status;
        await _received.Writer.WriteAsync(new ReceivedWebhook(body.ToArray(), headers, status));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>One request as the receiver saw it.</summary>
public sealed record ReceivedWebhook(byte[] Body, IReadOnlyDictionary<string, string> Headers, int AnsweredStatus)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public string EventType => Json.GetProperty("event_type").GetString()!;

    public JsonElement Data => Json.GetProperty("event_data");

    public string Header(string name) => Headers.TryGetValue(name, out var value) ? value : throw new Xunit.Sdk.XunitException($"The delivery has no {name} header.");

    /// <summary>True when X-HeyGen-Signature is the hex HMAC-SHA256 of the raw body under <paramref name="secret"/>.</summary>
    public bool IsSignedWith(string secret) =>
        Header("X-HeyGen-Signature") == Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Body));
}
