namespace AvatarIV.PowerShell.Hosting;

/// <summary>An error as PowerShell will show it: becomes an ErrorRecord with <see cref="ErrorId"/> and <see cref="Category"/>.</summary>
/// <param name="Message">What went wrong, naming the input at fault; shown as the record's message.</param>
/// <param name="RecommendedAction">How to fix it.</param>
/// <param name="IsTerminating">True when the whole command must stop (no key, endpoint unreachable).</param>
internal sealed record AvatarIVError(
    string ErrorId,
    AvatarIVErrorCategory Category,
    string Message,
    string? RecommendedAction,
    object? TargetObject,
    Exception? Exception,
    bool IsTerminating = false)
{
    /// <summary>The exception an ErrorRecord needs: the original one, or one carrying the message.</summary>
    public Exception ExceptionForRecord => Exception ?? new AvatarIVErrorException(Message);
}

/// <summary>Stands in for an exception when an error has none (e.g. a video that failed to render).</summary>
internal sealed class AvatarIVErrorException : Exception
{
    public AvatarIVErrorException(string message)
        : base(message)
    {
    }
}

/// <summary>Wraps an exception that escaped a handler; the original is the inner exception.</summary>
internal sealed class AvatarIVUnexpectedException : Exception
{
    public AvatarIVUnexpectedException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
