using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace AvatarIV.MockServer.Dashboard;

/// <summary>
/// <c>GET /_mock/ui/events</c>: a server-sent event stream with a <c>state</c> event each time the mock's state changes
/// (checked four times a second), so the page updates without reloading and without a request per poll.
/// </summary>
internal static class DashboardEvents
{
    private static readonly TimeSpan CheckEvery = TimeSpan.FromMilliseconds(250);

    public static RouteGroupBuilder MapDashboardEvents(this RouteGroupBuilder ui)
    {
        ui.MapGet("/events", (HttpContext context, IOptions<JsonOptions> json, IHostApplicationLifetime lifetime) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
            context.Response.RegisterForDispose(stop);
            return TypedResults.ServerSentEvents(StatesAsync(context.RequestServices, json.Value.SerializerOptions, stop.Token));
        }).WithSummary("Server-sent events: a 'state' event (jobs, ledgers, faults, journal position) whenever it changes.");
        return ui;
    }

    private static async IAsyncEnumerable<SseItem<string>> StatesAsync(IServiceProvider services, JsonSerializerOptions json, [EnumeratorCancellation] CancellationToken stop)
    {
        using var timer = new PeriodicTimer(CheckEvery);
        string? sent = null;
        do
        {
            var state = JsonSerializer.Serialize(DashboardState.Capture(services), json);
            if (state != sent)
            {
                sent = state;
                yield return new SseItem<string>(state, "state");
            }
        }
        while (await TickAsync(timer, stop));
    }

    // Ends the stream quietly when the page goes away or the mock stops.
    private static async Task<bool> TickAsync(PeriodicTimer timer, CancellationToken stop)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stop);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
