using System.Diagnostics;
using System.Globalization;
using MockSoak;

// Soak benchmark (issue 8): mixed traffic against the mock as a separate process for --minutes (default 10), its RSS
// sampled every --sample-seconds (default 30). Retention limits are passed through to the mock, so the run shows
// whether memory plateaus. Usage:
//   dotnet run -c Release --project bench/MockSoak -- --mock src/MockServer/bin/Release/net10.0/AvatarIV.MockServer.dll [--minutes 10] [--clients 4] [-- mock flags…]
var settings = SoakSettings.Parse(args);
using var mock = await MockProcess.StartAsync(settings.MockDll, settings.MockFlags);
Console.WriteLine($"mock {mock.BaseUri} flags: {string.Join(' ', settings.MockFlags)}");

using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(settings.Minutes));
var operations = 0L;
var clients = Enumerable.Range(0, settings.Clients).Select(i => RunClientAsync(i, stop.Token)).ToList();
var clock = Stopwatch.StartNew();
Console.WriteLine("minute  rss_mb  operations");
Sample();
while (!stop.IsCancellationRequested)
{
    try
    {
        await Task.Delay(TimeSpan.FromSeconds(settings.SampleSeconds), stop.Token);
    }
    catch (OperationCanceledException)
    {
        // The run is over; take the last sample below.
    }

    Sample();
}

var finished = await Task.WhenAll(clients);
var errors = finished.Sum(t => t.Errors);
var byStatus = finished.SelectMany(t => t.ErrorStatuses).GroupBy(e => e.Key).Select(g => $"{g.Key}×{g.Sum(e => e.Value)}");
Console.WriteLine($"{Interlocked.Read(ref operations)} operations in {clock.Elapsed.TotalMinutes:0.0} min ({Interlocked.Read(ref operations) / clock.Elapsed.TotalSeconds:0.0}/s), {errors} unexpected answers {string.Join(", ", byStatus)}");
return errors == 0 ? 0 : 1;

void Sample() => Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{clock.Elapsed.TotalMinutes,6:0.0}  {mock.RssMb(),6:0.0}  {Interlocked.Read(ref operations),10}"));

async Task<Traffic> RunClientAsync(int index, CancellationToken cancellationToken)
{
    using var http = new HttpClient { BaseAddress = mock.BaseUri };
    http.DefaultRequestHeaders.Add("X-Api-Key", $"soak-key-{index}");
    var traffic = new Traffic(http, new Random(index));
    while (!cancellationToken.IsCancellationRequested)
    {
        await traffic.OneAsync();
        Interlocked.Increment(ref operations);
        if (settings.PauseMs > 0)
        {
            try
            {
                await Task.Delay(settings.PauseMs, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    return traffic;
}
