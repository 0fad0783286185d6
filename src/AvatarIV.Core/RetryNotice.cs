namespace AvatarIV.Core;

/// <summary>Raised before each retry so callers (the cmdlets' verbose stream) can show what is happening.</summary>
/// <param name="Attempt">The retry about to happen: 1 for the first retry.</param>
/// <param name="Delay">How long the client waits before it.</param>
/// <param name="Reason">
/// Why, e.g. <c>HTTP 503</c>, <c>HTTP 429: waiting for a render slot or the rate limit, 12 s of the 600 s budget</c> (a create;
/// other requests: <c>waiting for the rate limit</c>) or <c>network: HttpRequestException</c>.
/// </param>
/// <param name="Method">HTTP method of the request.</param>
/// <param name="Path">Request path without host or query (never the key).</param>
public sealed record RetryNotice(int Attempt, TimeSpan Delay, string Reason, string Method, string Path);
