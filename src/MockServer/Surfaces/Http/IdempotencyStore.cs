using AvatarIV.MockServer.Domain.Errors;
using AvatarIV.MockServer.Hosting;
using AvatarIV.MockServer.Persistence;
using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using AvatarIV.MockServer.Surfaces.Envelopes;

namespace AvatarIV.MockServer.Surfaces.Http;

/// <summary>
/// v3 <c>Idempotency-Key</c>: the same key (per API key and route) within 24 h replays the first successful answer;
/// while the first request is still running a duplicate gets 409 <c>request_in_progress</c>. Refused requests do
/// not keep the key, so a retry after a 4xx/429 is processed afresh.
/// </summary>
public sealed partial class IdempotencyStore : IMockResettable
{
    public const string HeaderName = "Idempotency-Key";
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock;
    private readonly MockState _state;

    public IdempotencyStore(TimeProvider clock, MockState? state = null)
    {
        _clock = clock;
        _state = state ?? MockState.InMemory;
        foreach (var (id, createdAt, status, payload) in _state.LoadAnswers())
        {
            _entries[id] = new Entry(createdAt) { Result = new Answer(status, payload) };
        }
    }

    [GeneratedRegex("^[A-Za-z0-9_:.-]{1,255}$")]
    private static partial Regex KeySyntax();

    /// <summary>Runs <paramref name="create"/> once per key; duplicates replay its result.</summary>
    public async Task<(int Status, object Payload)> RunAsync(HttpContext ctx, string scope, Func<Task<(int Status, object Payload)>> create)
    {
        var key = ctx.Request.Headers[HeaderName].ToString();
        if (!ctx.Request.Headers.ContainsKey(HeaderName))
        {
            return await create();
        }

        if (!KeySyntax().IsMatch(key))
        {
            throw ErrorCatalog.InvalidParameter.With("Idempotency-Key must be 1–255 characters of letters, digits and _ : . - (e.g. a UUID).", HeaderName);
        }

        var id = $"{ctx.CallerKeyId()} {scope} {key}";
        var now = _clock.GetUtcNow();
        var mine = new Entry(now);
        var entry = _entries.AddOrUpdate(id, mine, (_, existing) => existing.ExpiresAt(now) ? mine : existing);
        if (!ReferenceEquals(entry, mine))
        {
            return entry.Result is { } replay ? (replay.Status, replay.Payload) : throw ErrorCatalog.RequestInProgress.With("A request with this Idempotency-Key is still being processed. Wait for it to finish, then retry to get its answer.", HeaderName);
        }

        try
        {
            var result = await create();
            // Stored before the answer is sent: after a restart the same key still replays it.
            _state.SaveAnswer(id, now, result.Status, result.Payload);
            mine.Result = new Answer(result.Status, result.Payload);
            return result;
        }
        catch
        {
            _entries.TryRemove(new KeyValuePair<string, Entry>(id, mine));
            throw;
        }
    }

    /// <summary>Retention: forgets answered keys older than 24 h (they could no longer be replayed anyway), in the store too.</summary>
    public int ForgetExpired()
    {
        var now = _clock.GetUtcNow();
        var expired = _entries.Where(entry => entry.Value.ExpiresAt(now) && _entries.TryRemove(entry)).Select(entry => entry.Key).ToList();
        _state.DeleteAnswers(expired);
        return expired.Count;
    }

    public void Reset() => _entries.Clear();

    private sealed record Answer(int Status, object Payload);

    private sealed class Entry(DateTimeOffset createdAt)
    {
        private volatile Answer? _result;

        public Answer? Result
        {
            get => _result;
            set => _result = value;
        }

        public bool ExpiresAt(DateTimeOffset now) => Result is not null && now - createdAt > Lifetime;
    }
}
