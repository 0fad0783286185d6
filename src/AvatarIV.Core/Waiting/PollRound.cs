namespace AvatarIV.Core.Waiting;

/// <summary>What one polling round taught about the endpoint, beyond each video's own read: was anyone there, and how long to back off.</summary>
internal sealed class PollRound
{
    /// <summary>At least one read got an HTTP answer (success or error): the endpoint is there.</summary>
    public bool Answered { get; private set; }

    /// <summary>A read that could not connect at all, if any.</summary>
    public AvatarIVApiException? ConnectFailure { get; private set; }

    /// <summary>The longest <c>Retry-After</c> a rate-limited read was given.</summary>
    public TimeSpan RateLimitWait { get; private set; }

    public void NoteAnswer() => Answered = true;

    public void NoteFailure(AvatarIVApiException error)
    {
        if (error.StatusCode != 0)
        {
            Answered = true;
        }
        else if (error.NoConnection)
        {
            ConnectFailure ??= error;
        }
    }

    public void NoteRateLimit(TimeSpan wait)
    {
        if (wait > RateLimitWait)
        {
            RateLimitWait = wait;
        }
    }

    /// <summary>Nothing answered and a read could not even connect: the endpoint is unreachable, and polling on would only hide it until the timeout.</summary>
    public void ThrowIfUnreachable()
    {
        if (!Answered && ConnectFailure is { } failure)
        {
            throw failure;
        }
    }
}
