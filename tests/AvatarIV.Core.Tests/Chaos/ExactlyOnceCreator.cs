namespace AvatarIV.Core.Tests.Chaos;

/// <summary>
/// How a careful caller creates a video exactly once when answers get lost. v3: repeat the same request with the same
/// <c>Idempotency-Key</c> (the server replays the first answer). Legacy: the client never repeats a create that may have
/// reached the server, so, as its error message says, list videos (titles are unique here) before trying again.
/// </summary>
internal sealed class ExactlyOnceCreator(AvatarIVClient client)
{
    private const int MaxAttempts = 30;
    private int _repeated;
    private int _found;

    /// <summary>Creates sent again after a failed one.</summary>
    public int Repeated => _repeated;

    /// <summary>Legacy creates whose answer was lost but whose video the list showed.</summary>
    public int Found => _found;

    public async Task<string> CreateAsync(CreateVideoRequest request)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return (await client.CreateVideoAsync(request)).VideoId;
            }
            catch (AvatarIVApiException ex) when (attempt < MaxAttempts && (ex.IsRetryable || ex.StatusCode is 0 or >= 500))
            {
                if (client.Options.Surface == ApiSurface.Legacy && !ex.IsRetryable && await FindAsync(request.Title!) is { } existing)
                {
                    Interlocked.Increment(ref _found);
                    return existing;
                }

                Interlocked.Increment(ref _repeated);
            }
        }
    }

    private async Task<string?> FindAsync(string title)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await foreach (var video in client.ListVideosAsync(new VideoListQuery { Title = title }))
                {
                    if (video.Title == title)
                    {
                        return video.VideoId;
                    }
                }

                return null;
            }
            catch (AvatarIVApiException ex) when (ex.IsRetryable && attempt < MaxAttempts)
            {
            }
        }
    }
}
