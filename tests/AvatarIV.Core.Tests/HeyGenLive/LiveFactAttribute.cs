namespace AvatarIV.Core.Tests.HeyGenLive;

/// <summary>
/// A test against HeyGen itself, opt-in like Azurite's LIVE_TEST_MODE: it runs only when <c>HEYGEN_LIVE_API_KEY</c> is set,
/// and without it is reported as skipped (not run), never as passed.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class LiveFactAttribute : FactAttribute
{
    public const string KeyVariable = "HEYGEN_LIVE_API_KEY";

    public LiveFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(KeyVariable)))
        {
            Skip = $"Not run: set {KeyVariable} to a HeyGen API key to check our picture of HeyGen against HeyGen (read-only calls and one tiny upload).";
        }
    }
}
